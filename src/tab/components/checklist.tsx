import { Badge, Field, Input, Link, makeStyles, shorthands, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import type { ChecklistSignal } from '../../contracts';
import type { ChecklistView, SignalSearch } from '../api';
import { pick, type Lang, type Strings } from '../i18n';
import { askVoordeur } from './see-something';

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
  status: { margin: '6px 0', color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  empty: {
    margin: '8px 0',
    padding: '8px 12px',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  steps: { margin: '4px 0 0', paddingLeft: '1.2em', display: 'grid', gap: '6px' },
  danger: {
    margin: '8px 0',
    padding: '8px 12px',
    borderLeft: `6px solid ${tokens.colorStatusDangerBorder2}`,
    backgroundColor: tokens.colorStatusDangerBackground1,
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
  },
  tel: { color: tokens.colorBrandForegroundLink, fontWeight: tokens.fontWeightSemibold },
});

/** How long typing may pause before the words are searched. */
const SEARCH_DELAY_MS = 250;

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/** The plain match the tab falls back to when the search cannot be reached. */
function plainMatch(signal: ChecklistSignal, query: string): boolean {
  const haystack = fold(
    [signal.text.nl, signal.text.en, signal.action.nl, signal.action.en, signal.note ?? ''].join(' '),
  );
  return fold(query)
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}

const telHref = (number: string) => `tel:${number.replace(/[\s-]/g, '')}`;

/** No signal matched: what the person can do instead. */
function NextSteps(props: { view: ChecklistView; query: string; botId?: string; t: Strings; lang: Lang }) {
  const { view, query, botId, t, lang } = props;
  const s = useStyles();
  const vt = view.numbers.find((n) => n.id === 'veilig-thuis');
  const alarm = view.numbers.find((n) => n.id === 'alarm');
  return (
    <div className={s.empty} data-testid="no-results">
      <p style={{ margin: 0, fontWeight: tokens.fontWeightSemibold }}>
        {t.noResults} {t.nextSteps}
      </p>
      <ul className={s.steps}>
        <li>
          {botId ? (
            <Link
              href="#"
              onClick={(e) => {
                e.preventDefault();
                askVoordeur(botId, query);
              }}
            >
              {t.askVoordeur}
            </Link>
          ) : (
            t.seeSomethingType
          )}
          {botId && <span className={s.label}> {t.askVoordeurHint}</span>}
        </li>
        {vt && (
          <li>
            {t.adviceVt}{' '}
            <a className={s.tel} href={telHref(vt.number)}>
              {t.call} {pick(vt.label, lang)} {vt.number}
            </a>
          </li>
        )}
        {alarm && (
          <li>
            {t.dangerNow}{' '}
            <a className={s.tel} href={telHref(alarm.number)}>
              {t.call112}
            </a>
          </li>
        )}
      </ul>
    </div>
  );
}

/**
 * The signal checklist, searchable in everyday words (the server's search, the same analysis the bot uses);
 * managers get controls per signal through `controls`.
 */
export function Checklist(props: {
  view: ChecklistView;
  t: Strings;
  lang: Lang;
  search: (q: string) => Promise<SignalSearch>;
  botId?: string;
  controls?: (signal: ChecklistSignal) => ReactNode;
}) {
  const { view, t, lang, search, botId, controls } = props;
  const s = useStyles();
  const [query, setQuery] = useState('');
  // The answer for one query: the matching ids in order, or a plain match when the search failed.
  const [found, setFound] = useState<{ query: string; ids?: string[]; danger: boolean }>();
  const words = query.trim();

  useEffect(() => {
    if (!words) return setFound(undefined);
    let current = true;
    const timer = setTimeout(() => {
      search(words)
        .then((r) => current && setFound({ query: words, ids: r.signalIds, danger: r.danger }))
        .catch(() => current && setFound({ query: words, danger: false }));
    }, SEARCH_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [words, search, view.version]);

  const searched = found && found.query === words ? found : undefined;
  const categories = useMemo(() => {
    if (!searched) return view.categories;
    const { ids } = searched;
    const keep = (x: ChecklistSignal) => (ids ? ids.includes(x.id) : plainMatch(x, searched.query));
    return view.categories
      .map((c) => ({ ...c, signals: c.signals.filter(keep) }))
      .filter((c) => c.signals.length > 0);
  }, [view, searched]);
  const count = categories.reduce((n, c) => n + c.signals.length, 0);

  return (
    <section
      aria-labelledby="checklist-title"
      data-testid="checklist"
      data-searched={searched?.query ?? (words ? undefined : '')}
    >
      <h2 id="checklist-title">{t.checklist}</h2>
      <p>{t.checklistIntro}</p>
      <Field label={t.search} className="no-print">
        <Input type="search" value={query} maxLength={200} onChange={(_e, d) => setQuery(d.value)} />
      </Field>
      <div aria-live="polite">
        {words && !searched && <p className={s.status}>{t.searching}</p>}
        {searched?.danger && (
          <p className={s.danger} data-testid="search-danger">
            {t.searchDanger}{' '}
            <a className={s.tel} href="tel:112">
              {t.call112}
            </a>
          </p>
        )}
        {searched && count > 0 && <p className={s.status}>{t.found(count)}</p>}
        {searched && count === 0 && (
          <NextSteps view={view} query={searched.query} botId={botId} t={t} lang={lang} />
        )}
      </div>
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
