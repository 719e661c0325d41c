import { makeStyles, tokens } from '@fluentui/react-components';
import type { Localized } from '../../checklists/types';
import { pick, type Lang, type Strings } from '../i18n';

const useStyles = makeStyles({
  list: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(150px, 1fr))',
    gap: '6px',
    listStyle: 'none',
    padding: 0,
    margin: '4px 0 12px',
    counterReset: 'step',
  },
  step: {
    padding: '6px 8px',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    fontSize: tokens.fontSizeBase200,
  },
  num: { fontWeight: tokens.fontWeightBold, marginRight: '4px' },
  heading: { fontSize: tokens.fontSizeBase300, margin: '8px 0 0' },
});

/** The five meldcode steps as a compact strip. */
export function StepsStrip({ steps, t, lang }: { steps: readonly Localized[]; t: Strings; lang: Lang }) {
  const s = useStyles();
  return (
    <section aria-labelledby="steps-title">
      <h2 id="steps-title" className={s.heading}>
        {t.steps}
      </h2>
      <ol className={s.list}>
        {steps.map((step, i) => (
          <li key={i} className={s.step}>
            <span className={s.num}>{i + 1}.</span>
            {pick(step, lang)}
          </li>
        ))}
      </ol>
    </section>
  );
}
