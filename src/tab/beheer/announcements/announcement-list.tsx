import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { AnnouncementSummary } from '../../../contracts';
import type { Lang } from '../../i18n';
import { formatWhen, type AnnouncementStrings } from './i18n-announcements';

type Status = AnnouncementSummary['status'];
/** What needs the admin first: what is being written, then what is about to go or going, then the past. */
const GROUPS: Status[] = ['draft', 'scheduled', 'sending', 'sent', 'cancelled', 'retracted'];

const useStyles = makeStyles({
  group: { margin: '0 0 16px 0' },
  heading: { fontSize: tokens.fontSizeBase400, margin: '0 0 4px 0' },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: '4px' },
  item: {
    display: 'block',
    width: '100%',
    textAlign: 'left',
    justifyContent: 'flex-start',
    padding: '8px 12px',
    height: 'auto',
    fontWeight: tokens.fontWeightRegular,
  },
  title: { display: 'block', fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  meta: { display: 'block', color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

/** The announcements by status, newest first within each (the API lists them newest first). */
export function AnnouncementList({
  items,
  t,
  lang,
  open,
}: {
  items: AnnouncementSummary[];
  t: AnnouncementStrings;
  lang: Lang;
  open: (id: string) => void;
}) {
  const s = useStyles();
  if (items.length === 0) return <p>{t.empty}</p>;
  return (
    <div data-testid="announcement-list">
      {GROUPS.map((status) => {
        const group = items.filter((a) => a.status === status);
        if (group.length === 0) return null;
        return (
          <section key={status} className={s.group} aria-labelledby={`group-${status}`} data-group={status}>
            <h2 id={`group-${status}`} className={s.heading}>
              {t.groups[status]} ({group.length})
            </h2>
            <ul className={s.list}>
              {group.map((a) => (
                <li key={a.id}>
                  <Button className={s.item} onClick={() => open(a.id)} data-id={a.id}>
                    <span className={s.title}>{a.title}</span>
                    <span className={s.meta}>{metaOf(a, t, lang)}</span>
                  </Button>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

function metaOf(a: AnnouncementSummary, t: AnnouncementStrings, lang: Lang): string {
  const when =
    a.status === 'scheduled' && a.sendAt
      ? t.scheduledFor(formatWhen(a.sendAt, lang))
      : a.sentAt
        ? t.sentOn(formatWhen(a.sentAt, lang))
        : t.updatedOn(formatWhen(a.updatedAt, lang));
  return [when, t.audienceKinds[a.audienceKind], a.authorName && t.by(a.authorName)]
    .filter(Boolean)
    .join(' · ');
}
