import type { SectionProps } from './section';

/** The Beheer tab's "aankondigingen" section. */
export function AnnouncementsSection(_props: SectionProps) {
  return <p data-section="aankondigingen" />;
}
