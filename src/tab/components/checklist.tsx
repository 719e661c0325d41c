import { Badge, Field, Input, makeStyles, shorthands, tokens } from '@fluentui/react-components';
import { useMemo, useState, type ReactNode } from 'react';
import type { ChecklistSignal } from '../../contracts';
import type { ChecklistView } from '../api';
import { pick, type Lang, type Strings } from '../i18n';

const useStyles = makeStyles({
  category: { margin: '12px 0' },
  heading: { fontSize: tokens.fontSizeBase400, margin: '0 0 6px' },
  list: { listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: '6px' },
  item: {
    padding: '8px 12px',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  hidden: { ...shorthands.borderStyle('dashed'), backgroundColor: tokens.colorNeutralBackground3 },
  text: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  action: { margin: '4px 0 0' },
  label: { fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground2 },
  note: {
    margin: '6px 0 0',
    padding: '4px 8px',
    borderLeft: `3px solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  badges: { display: 'flex', gap: '6px', marginBottom: '4px', flexWrap: 'wrap' },
});

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

function matches(signal: ChecklistSignal, query: string): boolean {
  if (!query) return true;
  const haystack = fold(
    [signal.text.nl, signal.text.en, signal.action.nl, signal.action.en, signal.note ?? ''].join(' '),
  );
  return fold(query)
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}

/** The searchable signal checklist; managers get controls per signal through `controls`. */
export function Checklist(props: {
  view: ChecklistView;
  t: Strings;
  lang: Lang;
  controls?: (signal: ChecklistSignal) => ReactNode;
}) {
  const { view, t, lang, controls } = props;
  const s = useStyles();
  const [query, setQuery] = useState('');
  const categories = useMemo(
    () =>
      view.categories
        .map((c) => ({ ...c, signals: c.signals.filter((x) => matches(x, query)) }))
        .filter((c) => c.signals.length > 0),
    [view, query],
  );
  return (
    <section aria-labelledby="checklist-title" data-testid="checklist">
      <h2 id="checklist-title">{t.checklist}</h2>
      <p>{t.checklistIntro}</p>
      <Field label={t.search} className="no-print">
        <Input type="search" value={query} onChange={(_e, d) => setQuery(d.value)} />
      </Field>
      <div aria-live="polite">{categories.length === 0 && <p>{t.noResults}</p>}</div>
      {categories.map((c) => (
        <section key={c.id} className={s.category} aria-labelledby={`cat-${c.id}`}>
          <h3 id={`cat-${c.id}`} className={s.heading}>
            {pick(c.title, lang)}
          </h3>
          <ul className={s.list}>
            {c.signals.map((signal) => (
              <li
                key={signal.id}
                className={signal.hidden ? `${s.item} ${s.hidden}` : s.item}
                data-signal={signal.id}
              >
                {(signal.custom || signal.hidden) && (
                  <div className={s.badges}>
                    {signal.custom && (
                      <Badge appearance="tint" color="brand">
                        {t.own}
                      </Badge>
                    )}
                    {signal.hidden && (
                      <Badge appearance="outline" color="informative">
                        {t.hiddenLabel}
                      </Badge>
                    )}
                  </div>
                )}
                <p className={s.text} id={`sig-${signal.id}`}>
                  {pick(signal.text, lang)}
                </p>
                <p className={s.action}>
                  <span className={s.label}>{t.whatToDo} </span>
                  {pick(signal.action, lang)}
                </p>
                {signal.note && (
                  <p className={s.note}>
                    <span className={s.label}>{t.note}: </span>
                    {signal.note}
                  </p>
                )}
                {controls?.(signal)}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
