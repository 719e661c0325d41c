import { Button, Radio, RadioGroup, makeStyles, tokens } from '@fluentui/react-components';
import { useLayoutEffect, useRef, useState } from 'react';
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
    fontFamily: 'Arial, "Liberation Sans", Helvetica, sans-serif',
    '@media print': { border: 'none', padding: 0 },
  },
  a4: { width: '210mm', fontSize: '11pt', lineHeight: 1.35 },
  // A6 is 105 x 148 mm; with 4 mm margins that leaves 97 x 140 mm, at 8 pt at the least.
  a6: { width: '105mm', fontSize: '8pt', lineHeight: 1.2, padding: '4mm' },
  alarm: {
    border: '2px solid #a4262c',
    padding: '1.5mm 2.5mm',
    margin: '0 0 1.5mm',
    fontWeight: 700,
    fontSize: '2em',
    lineHeight: 1.1,
  },
  vt: { margin: '0 0 1.5mm', fontSize: '1.6em', fontWeight: 700, lineHeight: 1.15 },
  when: { display: 'block', fontSize: '0.625em', fontWeight: 400, lineHeight: 1.25 },
  h: { margin: '1.5mm 0 0.5mm', fontSize: '1.1em' },
  p: { margin: '0 0 0.6mm' },
  ul: { margin: 0, paddingLeft: '1.1em' },
  li: { marginBottom: '0.6mm' },
});

const MM = 96 / 25.4;
/** The height of the A6 card's content: 148 mm less 4 mm margins above and below. */
const A6_CONTENT_PX = 140 * MM;

const line = (role: string, c?: Contact) =>
  c
    ? `${role}: ${c.name}${c.phone ? `, ${c.phone}` : ''}${c.userPrincipalName ? ` (${c.userPrincipalName})` : ''}`
    : undefined;

/**
 * The pocket card: 112 and Veilig Thuis first and biggest, then the contacts, the steps and the signals.
 * @remarks A4 gives each signal its text and what to do. A6 gives the short words of each signal, per form of
 * violence, and one line on what to do; when a team's list is too long for one A6 page, notes go first, then
 * signals from the end of each group, and the card says the whole list is in Voordeur.
 */
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
  const sheet = useRef<HTMLElement>(null);
  // 0: everything; 1: without notes; 2 and more: one signal fewer per group each step.
  const [shrink, setShrink] = useState(0);
  const vt = view.numbers.find((n) => n.id === 'veilig-thuis');
  const people = [
    line(t.teamAf, view.contacts.aandachtsfunctionaris),
    line(t.teamManager, view.contacts.manager),
    line(t.orgAf, view.contacts.organisation),
  ].filter(Boolean);
  const categories = view.categories
    .map((c) => ({ ...c, signals: c.signals.filter((x) => !x.hidden) }))
    .filter((c) => c.signals.length > 0);
  const most = Math.max(0, ...categories.map((c) => c.signals.length));
  const perGroup = shrink < 2 ? most : Math.max(1, most - (shrink - 1));
  const cut = categories.some((c) => c.signals.length > perGroup);

  useLayoutEffect(() => setShrink(0), [view, size, lang]);
  useLayoutEffect(() => {
    const el = sheet.current;
    if (size !== 'a6' || !el) return;
    const padding = parseFloat(getComputedStyle(el).paddingTop) * 2;
    if (el.scrollHeight - padding > A6_CONTENT_PX && perGroup > 1) setShrink((n) => n + 1);
  });

  return (
    <>
      {/* In millimetres: Chromium ignores the keyword A6 (it knows A5, A4, A3), and would print on its default. */}
      <style>{`@page { size: ${size === 'a6' ? '105mm 148mm' : '210mm 297mm'}; margin: ${size === 'a6' ? '4mm' : '12mm'}; }`}</style>
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
        ref={sheet}
        className={`${s.sheet} ${size === 'a6' ? s.a6 : s.a4}`}
        data-testid="pocket-card"
        data-size={size}
        data-shrink={shrink}
      >
        <p className={s.alarm} data-testid="pocket-112">
          {t.danger}
        </p>
        {vt && (
          <p className={s.vt} data-testid="pocket-vt">
            {pick(vt.label, lang)} {vt.number}
            <span className={s.when}>{pick(vt.when, lang)}</span>
          </p>
        )}
        {people.length > 0 && (
          <ul className={s.ul}>
            {people.map((p) => (
              <li key={p} className={s.li}>
                {p}
              </li>
            ))}
          </ul>
        )}
        <h2 className={s.h}>{t.steps}</h2>
        <p className={s.p}>{view.steps.map((step, i) => `${i + 1}. ${pick(step, lang)}`).join(' · ')}</p>
        <h2 className={s.h}>{t.checklist}</h2>
        {size === 'a6' ? (
          <>
            <p className={s.p}>
              <strong>{t.pocketEvery}</strong>
            </p>
            {categories.map((c) => (
              <p key={c.id} className={s.p}>
                <strong>{pick(c.title, lang)}:</strong>{' '}
                {c.signals
                  .slice(0, perGroup)
                  .map((x) => `${pick(x.short, lang)}${x.note && shrink === 0 ? ` (${x.note})` : ''}`)
                  .join('; ')}
              </p>
            ))}
            <p className={s.p}>{cut ? t.pocketFull : t.pocketMore}</p>
          </>
        ) : (
          categories.map((c) => (
            <section key={c.id}>
              <h3 className={s.h} style={{ fontSize: '1em' }}>
                {pick(c.title, lang)}
              </h3>
              <ul className={s.ul}>
                {c.signals.map((x) => (
                  <li key={x.id} className={s.li}>
                    {pick(x.text, lang)} → {pick(x.action, lang)}
                    {x.note ? ` (${x.note})` : ''}
                  </li>
                ))}
              </ul>
            </section>
          ))
        )}
      </article>
    </>
  );
}
