import { Spinner } from '@fluentui/react-components';
import { Suspense, lazy } from 'react';
import type { SectionProps } from './section';

// Loaded when an admin opens it: the team tab's first load stays small.
const AnnouncementsView = lazy(() => import('./announcements/announcements-view'));

/** The Beheer tab's "aankondigingen" section. */
export function AnnouncementsSection(props: SectionProps) {
  return (
    <Suspense fallback={<Spinner size="small" />}>
      <AnnouncementsView {...props} />
    </Suspense>
  );
}
