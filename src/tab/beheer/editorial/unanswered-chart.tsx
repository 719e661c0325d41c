import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Lang } from '../../i18n';
import type { EditorialUnanswered } from './editorial-api';
import { formatDay, type EditorialStrings } from './i18n-editorial';

const useStyles = makeStyles({
  chart: {
    display: 'flex',
    alignItems: 'flex-end',
    gap: '2px',
    height: '96px',
    padding: '4px',
    borderBottom: `1px solid ${tokens.colorNeutralForeground1}`,
    marginBottom: '4px',
  },
  column: { flexGrow: 1, flexBasis: 0, display: 'flex', flexDirection: 'column', justifyContent: 'flex-end' },
  nl: { backgroundColor: tokens.colorBrandBackground },
  // Outlined, not a second fill: two fills can look alike in the high-contrast theme.
  en: {
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralForeground1}`,
    boxSizing: 'border-box',
  },
  legend: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: '12px',
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    margin: '0 0 8px',
  },
  swatch: {
    display: 'inline-block',
    width: '10px',
    height: '10px',
    marginRight: '4px',
    border: `1px solid ${tokens.colorNeutralForeground1}`,
  },
  axis: {
    display: 'flex',
    justifyContent: 'space-between',
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
  table: { borderCollapse: 'collapse', marginTop: '8px', width: '100%', maxWidth: '480px' },
  cell: {
    padding: '4px 8px 4px 0',
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    textAlign: 'left',
    fontWeight: tokens.fontWeightRegular,
  },
  head: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  number: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
});

/**
 * Unanswered questions per day: columns for sighted users (oldest day left, Dutch below English), and the days
 * that had any in a table per language, which is what assistive technology reads.
 */
export function UnansweredChart(props: { data: EditorialUnanswered; lang: Lang; t: EditorialStrings }) {
  const { data, lang, t } = props;
  const s = useStyles();
  const days = [...data.days].reverse();
  const highest = Math.max(1, ...days.map((d) => d.total));
  const counted = data.days.filter((d) => d.total > 0);
  return (
    <figure style={{ margin: 0 }} data-testid="unanswered">
      <figcaption>
        <strong>{t.unansweredTotal(data.total, data.days.length)}</strong>
      </figcaption>
      <div aria-hidden="true">
        <p className={s.legend}>
          <span>
            <span className={mergeClasses(s.swatch, s.nl)} />
            {t.dutch}
          </span>
          <span>
            <span className={mergeClasses(s.swatch, s.en)} />
            {t.english}
          </span>
        </p>
        <div className={s.chart}>
          {days.map((d) => (
            <div
              key={d.day}
              className={s.column}
              data-day={d.day}
              title={`${formatDay(d.day, lang)}: ${d.total}`}
            >
              {d.counts.en > 0 && (
                <div className={s.en} style={{ height: `${(d.counts.en / highest) * 88}px` }} />
              )}
              {d.counts.nl > 0 && (
                <div className={s.nl} style={{ height: `${(d.counts.nl / highest) * 88}px` }} />
              )}
            </div>
          ))}
        </div>
        <div className={s.axis}>
          <span>{formatDay(data.from, lang)}</span>
          <span>{formatDay(data.to, lang)}</span>
        </div>
      </div>
      {counted.length === 0 ? (
        <p>{t.unansweredEmpty}</p>
      ) : (
        <table className={s.table}>
          <caption className="sr-only">{t.unansweredCaption}</caption>
          <thead>
            <tr>
              <th scope="col" className={mergeClasses(s.cell, s.head)}>
                {t.day}
              </th>
              <th scope="col" className={mergeClasses(s.cell, s.head, s.number)}>
                {t.dutch}
              </th>
              <th scope="col" className={mergeClasses(s.cell, s.head, s.number)}>
                {t.english}
              </th>
              <th scope="col" className={mergeClasses(s.cell, s.head, s.number)}>
                {t.total}
              </th>
            </tr>
          </thead>
          <tbody>
            {counted.map((d) => (
              <tr key={d.day} data-day={d.day}>
                <th scope="row" className={s.cell}>
                  {formatDay(d.day, lang)}
                </th>
                <td className={mergeClasses(s.cell, s.number)} data-lang="nl">
                  {d.counts.nl}
                </td>
                <td className={mergeClasses(s.cell, s.number)} data-lang="en">
                  {d.counts.en}
                </td>
                <td className={mergeClasses(s.cell, s.number)}>{d.total}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </figure>
  );
}
