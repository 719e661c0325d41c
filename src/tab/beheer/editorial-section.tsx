import type { SectionProps } from './section';

/** The Beheer tab's "redactie" section. */
export function EditorialSection(_props: SectionProps) {
  return <p data-section="redactie" />;
}
