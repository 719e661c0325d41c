import { makeStyles, tokens } from '@fluentui/react-components';
import type { ChecklistChange } from '../../contracts';
import type { FieldProblem } from '../api';
import type { Lang, Strings } from '../i18n';

/** What became of one save: shown where the manager pressed the button, not at the top of the page. */
export type Outcome =
  | { kind: 'saved' }
  | { kind: 'conflict' }
  | { kind: 'invalid'; problems: FieldProblem[] }
  | { kind: 'failed'; message: string };

export type Apply = (change: ChecklistChange) => Promise<Outcome>;

const useStyles = makeStyles({
  status: { margin: '4px 0 0', fontWeight: tokens.fontWeightSemibold },
  saved: { color: tokens.colorPaletteGreenForeground1 },
  problem: { color: tokens.colorPaletteRedForeground1 },
});

/** The sentence for a field's problem: the API's Dutch, or the tab's English for the same field. */
export function problemFor(
  outcome: Outcome | undefined,
  field: string,
  t: Strings,
  lang: Lang,
): string | undefined {
  if (outcome?.kind !== 'invalid') return undefined;
  const problem = outcome.problems.find((p) => p.field === field);
  if (!problem) return undefined;
  return lang === 'en' ? (t.problems[field.split('.').pop() ?? ''] ?? problem.message) : problem.message;
}

/** The outcome of a save, beside the button that made it; read out by screen readers. */
export function SaveStatus({ outcome, t }: { outcome?: Outcome; t: Strings }) {
  const s = useStyles();
  const text =
    outcome?.kind === 'saved'
      ? t.saved
      : outcome?.kind === 'conflict'
        ? t.conflict
        : outcome?.kind === 'invalid'
          ? t.fixFields
          : outcome?.kind === 'failed'
            ? `${t.saveFailed}: ${outcome.message}`
            : '';
  return (
    <p
      role="status"
      data-testid="save-status"
      data-outcome={outcome?.kind ?? ''}
      className={`${s.status} ${outcome?.kind === 'saved' ? s.saved : s.problem}`}
    >
      {text}
    </p>
  );
}
