import { Button } from '@fluentui/react-components';
import type { Outcome } from './form-feedback';
import { useOrgStyles } from './styles';

/**
 * What a save did, beside its button: "Opgeslagen" politely, a refusal as an alert.
 * @remarks Both live regions are always in the page, so screen readers announce when their text changes.
 */
export function OutcomeLine({ outcome, testId }: { outcome: Outcome; testId: string }) {
  const s = useOrgStyles();
  return (
    <>
      <span role="status" data-testid={`${testId}-saved`} className={s.saved}>
        {outcome?.kind === 'saved' ? outcome.text : ''}
      </span>
      <span role="alert" data-testid={`${testId}-error`} className={s.failed}>
        {outcome?.kind === 'error' ? outcome.text : ''}
      </span>
    </>
  );
}

/** A part of the page that could not be loaded, as an alert with a button that tries again. */
export function LoadFailedLine({
  text,
  retry,
  onRetry,
}: {
  text: string;
  retry: string;
  onRetry: () => void;
}) {
  return (
    <p role="alert">
      {text}{' '}
      <Button size="small" onClick={onRetry}>
        {retry}
      </Button>
    </p>
  );
}
