import AnnouncementsView from './announcements/announcements-view';
import type { SectionProps } from './section';

/**
 * The Beheer tab's "aankondigingen" section.
 * @remarks Loaded on demand by the Beheer page, like every section: the team tab's first load stays small.
 */
export function AnnouncementsSection(props: SectionProps) {
  return <AnnouncementsView {...props} />;
}
