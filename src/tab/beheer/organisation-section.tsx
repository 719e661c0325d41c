import type { SectionProps } from './section';

/** The Beheer tab's "organisatie" section. */
export function OrganisationSection(_props: SectionProps) {
  return <p data-section="organisatie" />;
}
