import { makeStyles, tokens } from '@fluentui/react-components';
import type { AuditList } from '../../../contracts';
import type { Lang } from '../../i18n';
import { formatWhen, type AnnouncementStrings } from './i18n-announcements';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: '20px', display: 'grid', gap: '4px' },
  when: { color: tokens.colorNeutralForeground3 },
  heading: { fontSize: tokens.fontSizeBase400, margin: '0 0 4px 0' },
});

/** Who did what to the announcement, and when: newest first. */
export function AuditLog({ audit, t, lang }: { audit: AuditList; t: AnnouncementStrings; lang: Lang }) {
  const s = useStyles();
  return (
    <section aria-labelledby="audit-heading" data-testid="audit">
      <h3 id="audit-heading" className={s.heading}>
        {t.audit}
      </h3>
      {audit.entries.length === 0 ? (
        <p>{t.auditEmpty}</p>
      ) : (
        <ol className={s.list}>
          {audit.entries.map((e, i) => {
            const who = e.actorId === 'system' ? t.system : (e.actorName ?? e.actorId);
            const details = Object.entries(e.detail ?? {})
              .filter(([key]) => t.auditDetail[key])
              .map(([key, value]) => `${value} ${t.auditDetail[key]}`);
            return (
              <li key={i} data-action={e.action}>
                <span className={s.when}>{formatWhen(e.at, lang)}</span> · {who}: {t.auditActions[e.action]}
                {details.length > 0 && ` (${details.join(', ')})`}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
