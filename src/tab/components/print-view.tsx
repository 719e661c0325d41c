import { Button, Radio, RadioGroup, makeStyles, tokens } from '@fluentui/react-components';
import type { Contact } from '../../checklists/types';
import type { ChecklistView } from '../api';
import { pick, type Lang, type Strings } from '../i18n';

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', gap: '8px', alignItems: 'center', marginBottom: '12px' },
  sheet: {
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    padding: '8mm',
    boxSizing: 'border-box',
    margin: '0 auto',
    maxWidth: '100%',
    '@media print': { border: 'none', padding: 0 },
  },
  a4: { width: '210mm', fontSize: '11pt' },
  a6: { width: '105mm', fontSize: '7pt', lineHeight: 1.25, padding: '4mm' },
  danger: { border: '2px solid #a4262c', padding: '2mm 3mm', fontWeight: 700, margin: '0 0 2mm' },
  h: { margin: '2mm 0 1mm', fontSize: '1.15em' },
  ul: { margin: 0, paddingLeft: '1.1em' },
  li: { marginBottom: '0.6mm' },
});

const line = (role: string, c?: Contact) =>
  c
    ? `${role}: ${c.name}${c.phone ? `, ${c.phone}` : ''}${c.userPrincipalName ? ` (${c.userPrincipalName})` : ''}`
    : undefined;

/** The pocket card: checklist and contacts on paper, A4 or A6, for whoever has no phone at hand. */
export function PrintView(props: {
  view: ChecklistView;
  size: 'a4' | 'a6';
  t: Strings;
  lang: Lang;
  setSize: (size: 'a4' | 'a6') => void;
  close: () => void;
}) {
  const { view, size, t, lang, setSize, close } = props;
  const s = useStyles();
  const people = [
    line(t.teamAf, view.contacts.aandachtsfunctionaris),
    line(t.teamManager, view.contacts.manager),
    line(t.orgAf, view.contacts.organisation),
  ].filter(Boolean);
  // Most signals share one action; on a pocket card it is said once, and only other actions per line.
  const visible = view.categories.flatMap((c) => c.signals.filter((x) => !x.hidden));
  const counts = new Map<string, number>();
  for (const x of visible) counts.set(pick(x.action, lang), (counts.get(pick(x.action, lang)) ?? 0) + 1);
  const common = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  return (
    <>
      <style>{`@page { size: ${size === 'a6' ? 'A6' : 'A4'}; margin: ${size === 'a6' ? '4mm' : '12mm'}; }`}</style>
      <div className={`${s.bar} no-print`}>
        <Button onClick={close}>{t.back}</Button>
        <RadioGroup
          layout="horizontal"
          value={size}
          aria-label={t.size}
          onChange={(_e, d) => setSize(d.value as 'a4' | 'a6')}
        >
          <Radio value="a4" label="A4" />
          <Radio value="a6" label="A6" />
        </RadioGroup>
        <Button appearance="primary" onClick={() => window.print()}>
          {t.printNow}
        </Button>
      </div>
      <article
        className={`${s.sheet} ${size === 'a6' ? s.a6 : s.a4}`}
        data-testid="pocket-card"
        data-size={size}
      >
        <p className={s.danger}>{t.danger}</p>
        <h2 className={s.h}>{t.contacts}</h2>
        <ul className={s.ul}>
          {people.map((p) => (
            <li key={p} className={s.li}>
              {p}
            </li>
          ))}
          {view.numbers.map((n) => (
            <li key={n.id} className={s.li}>
              {pick(n.label, lang)}: {n.number}
            </li>
          ))}
        </ul>
        <h2 className={s.h}>{t.steps}</h2>
        <p style={{ margin: 0 }}>
          {view.steps.map((step, i) => `${i + 1}. ${pick(step, lang)}`).join(' · ')}
        </p>
        <h2 className={s.h}>{t.checklist}</h2>
        {common && (
          <p style={{ margin: 0 }}>
            <strong>{t.everySignal}</strong> {common}
          </p>
        )}
        {view.categories.map((c) => (
          <section key={c.id}>
            <h3 className={s.h} style={{ fontSize: '1em' }}>
              {pick(c.title, lang)}
            </h3>
            <ul className={s.ul}>
              {c.signals
                .filter((x) => !x.hidden)
                .map((x) => (
                  <li key={x.id} className={s.li}>
                    {pick(x.text, lang)}
                    {pick(x.action, lang) === common ? '' : ` → ${pick(x.action, lang)}`}
                    {x.note ? ` (${x.note})` : ''}
                  </li>
                ))}
            </ul>
          </section>
        ))}
      </article>
    </>
  );
}
