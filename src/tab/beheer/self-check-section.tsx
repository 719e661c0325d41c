import type { SectionProps } from './section';

/** The Beheer tab's "controle" section. */
export function SelfCheckSection(_props: SectionProps) {
  return <p data-section="controle" />;
}
