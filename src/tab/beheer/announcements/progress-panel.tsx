import { ProgressBar, makeStyles, tokens } from '@fluentui/react-components';
import { FAILURE_TEXTS } from '../../../announcements/failure-reasons';
import type { AnnouncementDetail } from '../../../contracts';
import type { Lang } from '../../i18n';
import type { AnnouncementStrings } from './i18n-announcements';

const useStyles = makeStyles({
  counts: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(130px, 1fr))',
    gap: '8px',
    margin: '8px 0',
  },
  count: {
    margin: 0,
    padding: '8px',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    '& dt': { fontSize: tokens.fontSizeBase200 },
    '& dd': { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  },
  heading: { fontSize: tokens.fontSizeBase400, margin: '0 0 4px 0' },
});

/** How sending is getting on: a bar, the counts, and while sending the rate and the time left. */
export function ProgressPanel({
  detail,
  t,
  lang,
}: {
  detail: AnnouncementDetail;
  t: AnnouncementStrings;
  lang: Lang;
}) {
  const s = useStyles();
  const { total, pending, sent, failed, acknowledged } = detail.counts;
  const done = total - pending;
  const sending = detail.status === 'sending';
  const counts: [string, string, number][] = [
    ['total', t.total, total],
    ['pending', t.pending, pending],
    ['sent', t.sent, sent],
    ['failed', t.failed, failed],
    ['acknowledged', t.acknowledged, acknowledged],
  ];
  return (
    <section aria-labelledby="progress-heading" data-testid="progress" data-status={detail.status}>
      <h3 id="progress-heading" className={s.heading}>
        {t.progress}
      </h3>
      <ProgressBar
        value={total ? done / total : sending ? undefined : 1}
        thickness="large"
        aria-label={t.progressLabel(done, total)}
        aria-valuetext={t.progressLabel(done, total)}
        color={failed > 0 && !sending ? 'warning' : undefined}
      />
      <dl className={s.counts}>
        {counts.map(([key, label, n]) => (
          <div key={key} className={s.count} data-count={key}>
            <dt>{label}</dt>
            <dd>{n}</dd>
          </div>
        ))}
      </dl>
      <p aria-live="polite" data-testid="progress-state" style={{ margin: 0 }}>
        {sending
          ? `${t.progressLabel(done, total)} · ${t.rate(detail.ratePerSecond)} · ${t.timeLeft(detail.secondsLeft)}`
          : detail.status === 'sent'
            ? t.done
            : t.progressLabel(done, total)}
      </p>
      {detail.failures.length > 0 && (
        <>
          <h4 style={{ margin: '8px 0 4px 0' }}>{t.failures}</h4>
          <ul style={{ margin: 0 }}>
            {detail.failures.map((f) => (
              <li key={f.reason}>
                {f.count} × {FAILURE_TEXTS[lang][f.reason]}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
