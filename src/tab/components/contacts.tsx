import { makeStyles, tokens } from '@fluentui/react-components';
import type { Contact } from '../../checklists/types';
import type { ChecklistView } from '../api';
import { pick, type Lang, type Strings } from '../i18n';
import { openInTeams } from '../teams';

const useStyles = makeStyles({
  // Two side by side wherever they fit (a phone, the column beside the checklist): all in reach at a glance.
  list: {
    listStyle: 'none',
    padding: 0,
    margin: 0,
    display: 'grid',
    gap: '6px',
    gridTemplateColumns: 'repeat(auto-fill, minmax(150px, 1fr))',
  },
  heading: { margin: '8px 0 6px', fontSize: tokens.fontSizeBase500 },
  item: {
    padding: '6px 10px',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  role: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  name: { margin: '2px 0', fontWeight: tokens.fontWeightSemibold },
  links: { display: 'flex', flexWrap: 'wrap', gap: '12px' },
  link: {
    color: tokens.colorBrandForegroundLink,
    minHeight: '24px',
    display: 'inline-flex',
    alignItems: 'center',
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  muted: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

const telHref = (phone: string) => `tel:${phone.replace(/[\s-]/g, '')}`;
export const chatLink = (upn: string) =>
  `https://teams.microsoft.com/l/chat/0/0?users=${encodeURIComponent(upn)}`;

function Person({
  role,
  contact,
  t,
  unset,
}: {
  role: string;
  contact?: Contact;
  t: Strings;
  unset?: string;
}) {
  const s = useStyles();
  return (
    <li className={s.item}>
      <p className={s.role}>{role}</p>
      {contact ? (
        <>
          <p className={s.name}>{contact.name}</p>
          <div className={s.links}>
            {contact.userPrincipalName && (
              <a
                className={s.link}
                href={chatLink(contact.userPrincipalName)}
                onClick={(e) => {
                  e.preventDefault();
                  openInTeams(chatLink(contact.userPrincipalName!));
                }}
              >
                {t.chat}
                <span className="sr-only"> ({contact.name})</span>
              </a>
            )}
            {contact.phone && (
              <a className={s.link} href={telHref(contact.phone)}>
                {t.call} {contact.phone}
              </a>
            )}
          </div>
        </>
      ) : (
        <p className={s.muted}>{unset ?? t.notSet}</p>
      )}
    </li>
  );
}

/** Who to call: the team's people, the organisation's aandachtsfunctionaris, Veilig Thuis and 112. */
export function Contacts({ view, t, lang }: { view: ChecklistView; t: Strings; lang: Lang }) {
  const s = useStyles();
  const { contacts } = view;
  return (
    <section aria-labelledby="contacts-title" data-testid="contacts">
      <h2 id="contacts-title" className={s.heading}>
        {t.contacts}
      </h2>
      <ul className={s.list}>
        {view.teamId !== undefined && (
          <Person role={t.teamAf} contact={contacts.aandachtsfunctionaris} t={t} />
        )}
        {view.teamId !== undefined && <Person role={t.teamManager} contact={contacts.manager} t={t} />}
        <Person role={t.orgAf} contact={contacts.organisation} t={t} unset={t.orgNotSet} />
        {[...view.numbers].reverse().map((n) => (
          <li key={n.id} className={s.item}>
            <p className={s.role}>{pick(n.label, lang)}</p>
            <p className={s.name}>
              <a className={s.link} href={telHref(n.number)}>
                {t.call} {n.number}
              </a>
            </p>
            <p className={s.muted}>{pick(n.when, lang)}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
