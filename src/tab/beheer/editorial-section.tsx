import { Spinner } from '@fluentui/react-components';
import { lazy, Suspense } from 'react';
import type { SectionProps } from './section';

// Loaded when an admin opens "Redactie": its tables and dialog stay out of the JavaScript every tab loads first.
const EditorialView = lazy(() =>
  import('./editorial/editorial-view').then((m) => ({ default: m.EditorialView })),
);

const LOADING = { nl: 'De redactie wordt geladen…', en: "Loading the editors' section…" };

/** The Beheer tab's "redactie" section (see editorial/editorial-view.tsx). */
export function EditorialSection(props: SectionProps) {
  return (
    <Suspense fallback={<Spinner size="small" label={LOADING[props.lang]} />}>
      <EditorialView {...props} />
    </Suspense>
  );
}
