import { Spinner, Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import type { Lang } from '../i18n';
import type { TeamsSession } from '../teams';
import { AdminApi } from './admin-api';
import { AnnouncementsSection } from './announcements-section';
import { EditorialSection } from './editorial-section';
import { BEHEER_STRINGS } from './i18n-beheer';
import { OrganisationSection } from './organisation-section';
import { asSection, SECTIONS, type Section, type SectionProps } from './section';
import { SelfCheckSection } from './self-check-section';

const useStyles = makeStyles({
  header: { display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', columnGap: '12px' },
  // Wrapped, not scrolled: at 360 px every section stays in sight.
  tabs: { flexWrap: 'wrap', marginBottom: '12px' },
});

const SECTION_VIEWS: Record<Section, (p: SectionProps) => React.JSX.Element> = {
  aankondigingen: AnnouncementsSection,
  organisatie: OrganisationSection,
  redactie: EditorialSection,
  controle: SelfCheckSection,
};

/**
 * The personal tab "Beheer": for Voordeur admins only. Teams shows a personal tab to everyone who has the app,
 * so the page asks the API who is calling and shows non-admins a plain explanation instead of the sections.
 * The section is in the URL (`?sectie=redactie`), so a link can open one.
 */
export function BeheerPage({ session, lang }: { session: TeamsSession; lang: Lang }) {
  const s = useStyles();
  const t = BEHEER_STRINGS[lang];
  const api = useMemo(() => new AdminApi(session.token), [session.token]);
  const [isAdmin, setIsAdmin] = useState<boolean | 'failed' | undefined>();
  const [section, setSection] = useState<Section>(() =>
    asSection(new URLSearchParams(window.location.search).get('sectie')),
  );

  useEffect(() => {
    api
      .me()
      .then((me) => setIsAdmin(me.isAdmin))
      .catch(() => setIsAdmin('failed'));
  }, [api]);

  const choose = (next: Section) => {
    setSection(next);
    const url = new URL(window.location.href);
    url.searchParams.set('sectie', next);
    window.history.replaceState(null, '', url);
  };

  const View = SECTION_VIEWS[section];
  return (
    <>
      <div className={s.header}>
        <h1 style={{ fontSize: tokens.fontSizeBase500, margin: '4px 0' }}>{t.title}</h1>
        <span>{t.intro}</span>
      </div>
      {isAdmin === undefined && <Spinner size="small" label={t.title} />}
      {isAdmin === 'failed' && <p role="alert">{t.loadFailed}</p>}
      {isAdmin === false && <p role="alert">{t.onlyAdmins}</p>}
      {isAdmin === true && (
        <>
          <TabList
            className={s.tabs}
            selectedValue={section}
            onTabSelect={(_e, d) => choose(d.value as Section)}
          >
            {SECTIONS.map((key) => (
              <Tab key={key} value={key}>
                {t.sections[key]}
              </Tab>
            ))}
          </TabList>
          <section aria-label={t.sections[section]}>
            <View api={api} lang={lang} session={session} />
          </section>
        </>
      )}
    </>
  );
}
