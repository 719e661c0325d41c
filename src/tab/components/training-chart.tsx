import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { TrainingCourseView } from '../../contracts';
import { pick, type Lang, type Strings } from '../i18n';
import { STATUSES, Swatch, useStatusFill } from './training-status';

const useStyles = makeStyles({
  figure: { margin: '0 0 16px' },
  caption: { fontWeight: tokens.fontWeightSemibold, marginBottom: '6px' },
  total: {
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground2,
    whiteSpace: 'nowrap',
  },
  bar: {
    display: 'flex',
    gap: '2px',
    height: '28px',
    padding: '2px',
    border: `1px solid ${tokens.colorNeutralForeground1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  segment: { minWidth: '6px', borderRadius: tokens.borderRadiusSmall },
  table: { borderCollapse: 'collapse', marginTop: '6px', width: '100%', maxWidth: '420px' },
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
 * Per course, a bar of the team's statuses and, below it, the same figures as a table.
 * @remarks The bar is hidden from assistive technology: the table is its text equivalent, and the
 * figures, not the colours, carry the meaning.
 */
export function TrainingChart(props: { courses: TrainingCourseView[]; t: Strings; lang: Lang }) {
  const { courses, t, lang } = props;
  const s = useStyles();
  const fill = useStatusFill();
  const percent = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'nl-NL', { style: 'percent' });
  return (
    <section aria-labelledby="training-chart-title" data-testid="training-chart">
      <h3 id="training-chart-title">{t.tr.chartTitle}</h3>
      {courses.map((course) => {
        const total = STATUSES.reduce((n, status) => n + course.counts[status], 0);
        const name = pick(course.name, lang);
        const captionId = `training-course-${course.courseId}`;
        return (
          <figure
            key={course.courseId}
            className={s.figure}
            aria-labelledby={captionId}
            data-course={course.courseId}
          >
            <figcaption id={captionId} className={s.caption}>
              {name} <span className={s.total}>· {t.tr.people(total)}</span>
            </figcaption>
            {total > 0 && (
              <div className={s.bar} aria-hidden="true">
                {STATUSES.filter((status) => course.counts[status] > 0).map((status) => (
                  <div
                    key={status}
                    className={mergeClasses(s.segment, fill(status))}
                    style={{ flexGrow: course.counts[status], flexBasis: 0 }}
                    data-status={status}
                  />
                ))}
              </div>
            )}
            <table className={s.table}>
              <caption className="sr-only">{t.tr.tableCaption(name)}</caption>
              <thead>
                <tr>
                  <th scope="col" className={mergeClasses(s.cell, s.head)}>
                    {t.tr.statusColumn}
                  </th>
                  <th scope="col" className={mergeClasses(s.cell, s.head, s.number)}>
                    {t.tr.countColumn}
                  </th>
                  <th scope="col" className={mergeClasses(s.cell, s.head, s.number)}>
                    {t.tr.shareColumn}
                  </th>
                </tr>
              </thead>
              <tbody>
                {STATUSES.map((status) => (
                  <tr key={status} data-status={status}>
                    <th scope="row" className={s.cell}>
                      <Swatch status={status} />
                      {t.tr.status[status]}
                    </th>
                    <td className={mergeClasses(s.cell, s.number)}>{course.counts[status]}</td>
                    <td className={mergeClasses(s.cell, s.number)}>
                      {total > 0 ? percent.format(course.counts[status] / total) : '–'}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </figure>
        );
      })}
    </section>
  );
}
