import { Button, MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import type { EditorialStrings } from './i18n-editorial';

/** A spinner while loading; after a failure, what happened and "Opnieuw proberen". */
export function LoadState(props: {
  loaded: boolean;
  failed: boolean;
  retry: () => void;
  t: EditorialStrings;
}) {
  const { loaded, failed, retry, t } = props;
  if (failed) {
    return (
      <MessageBar intent="error">
        <MessageBarBody>
          {t.loadFailed}{' '}
          <Button size="small" onClick={retry}>
            {t.retry}
          </Button>
        </MessageBarBody>
      </MessageBar>
    );
  }
  return loaded ? null : <Spinner size="small" label={t.loading} />;
}
