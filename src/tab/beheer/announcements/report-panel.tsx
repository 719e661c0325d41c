import { Button, Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { FAILURE_TEXTS } from '../../../announcements/failure-reasons';
import type { RecipientList } from '../../../contracts';
import type { Lang } from '../../i18n';
import type { AnnouncementsApi } from './announcements-api';
import { formatWhen, type AnnouncementStrings } from './i18n-announcements';

type Row = RecipientList['recipients'][number];
type Filter = 'all' | 'acknowledged' | 'not-acknowledged' | 'failed';

const PAGE = 50;

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', gap: '8px', alignItems: 'end', marginBottom: '8px' },
  scroll: { overflowX: 'auto', maxWidth: '100%' },
  table: {
    borderCollapse: 'collapse',
    width: '100%',
    fontSize: tokens.fontSizeBase300,
    '& th, & td': {
      textAlign: 'left',
      padding: '6px 8px',
      borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
      verticalAlign: 'top',
    },
    '& th': { fontWeight: tokens.fontWeightSemibold, whiteSpace: 'nowrap' },
    '& td:first-child': { minWidth: '9em' },
  },
  heading: { fontSize: tokens.fontSizeBase400, margin: '0 0 4px 0' },
  time: { whiteSpace: 'nowrap' },
});

const FILTERS: Record<Filter, (r: Row) => boolean> = {
  all: () => true,
  acknowledged: (r) => Boolean(r.acknowledgedAt),
  'not-acknowledged': (r) => !r.acknowledgedAt && r.kind !== 'channel',
  failed: (r) => r.status === 'failed',
};

/** The report per recipient: who got it, when, who acknowledged, why it failed; and the CSV for Excel. */
export function ReportPanel({
  id,
  recipients,
  api,
  t,
  lang,
}: {
  id: string;
  recipients: Row[];
  api: AnnouncementsApi;
  t: AnnouncementStrings;
  lang: Lang;
}) {
  const s = useStyles();
  const [filter, setFilter] = useState<Filter>('all');
  const [shown, setShown] = useState(PAGE);
  const rows = useMemo(() => recipients.filter(FILTERS[filter]), [recipients, filter]);

  const download = async () => {
    const csv = await api.reportCsv(id, lang);
    // fetch's text() drops the byte-order mark that tells Excel the file is UTF-8.
    const url = URL.createObjectURL(new Blob([`\uFEFF${csv}`], { type: 'text/csv;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = lang === 'nl' ? 'aankondiging-rapport.csv' : 'announcement-report.csv';
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  return (
    <section aria-labelledby="report-heading" data-testid="report">
      <h3 id="report-heading" className={s.heading}>
        {t.report}
      </h3>
      <div className={s.bar}>
        <Field label={t.statusColumn}>
          <Select
            value={filter}
            onChange={(_e, d) => {
              setFilter(d.value as Filter);
              setShown(PAGE);
            }}
          >
            <option value="all">{t.filterAll}</option>
            <option value="acknowledged">{t.filterAcknowledged}</option>
            <option value="not-acknowledged">{t.filterNotAcknowledged}</option>
            <option value="failed">{t.filterFailed}</option>
          </Select>
        </Field>
        <Button onClick={() => void download()}>{t.reportCsv}</Button>
      </div>
      {rows.length === 0 ? (
        <p>{t.reportEmpty}</p>
      ) : (
        // Scrolls sideways on a phone; focusable so a keyboard can scroll it too.
        <div className={s.scroll} tabIndex={0} role="region" aria-labelledby="report-heading">
          <table className={s.table}>
            <thead>
              <tr>
                <th scope="col">{t.name}</th>
                <th scope="col">{t.statusColumn}</th>
                <th scope="col">{t.sentAt}</th>
                <th scope="col">{t.acknowledgedAt}</th>
                <th scope="col">{t.reason}</th>
              </tr>
            </thead>
            <tbody>
              {rows.slice(0, shown).map((r, i) => (
                <tr key={i} data-acknowledged={r.acknowledgedAt ? 'yes' : 'no'}>
                  <td>
                    {r.name}
                    {r.kind === 'channel' ? ` (${t.channel})` : ''}
                  </td>
                  <td>{t.recipientStatus[r.kind === 'reader' ? 'reader' : (r.status ?? 'pending')]}</td>
                  <td className={s.time}>{formatWhen(r.sentAt, lang)}</td>
                  <td className={s.time}>{formatWhen(r.acknowledgedAt, lang)}</td>
                  <td>{r.failure ? FAILURE_TEXTS[lang][r.failure] : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {rows.length > shown && (
        <Button appearance="subtle" onClick={() => setShown((n) => n + PAGE)}>
          {t.showMore(Math.min(PAGE, rows.length - shown))}
        </Button>
      )}
    </section>
  );
}
