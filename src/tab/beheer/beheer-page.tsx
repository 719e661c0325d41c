import { Spinner, Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
import { Suspense, lazy, useEffect, useMemo, useState, type ComponentType } from 'react';
import type { Lang } from '../i18n';
import type { TeamsSession } from '../teams';
import { AdminApi } from './admin-api';
import { BEHEER_STRINGS } from './i18n-beheer';
import { SectionBoundary } from './section-boundary';
import { asSection, SECTIONS, type Section, type SectionProps } from './section';

const useStyles = makeStyles({
  header: { display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', columnGap: '12px' },
  // Wrapped, not scrolled: at 360 px every section stays in sight.
  tabs: { flexWrap: 'wrap', marginBottom: '12px' },
});

/** A section's module, loaded when an admin opens it: the team tab's first load carries none of them. */
const lazySection = (load: () => Promise<ComponentType<SectionProps>>) =>
  lazy(async () => ({ default: await load() }));

const SECTION_VIEWS: Record<Section, ComponentType<SectionProps>> = {
  aankondigingen: lazySection(async () => (await import('./announcements-section')).AnnouncementsSection),
  organisatie: lazySection(async () => (await import('./organisation-section')).OrganisationSection),
  redactie: lazySection(async () => (await import('./editorial-section')).EditorialSection),
  controle: lazySection(async () => (await import('./self-check-section')).SelfCheckSection),
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
            <SectionBoundary key={section} failed={t.sectionFailed} reload={t.reload}>
              <Suspense fallback={<Spinner size="small" label={t.loadingSection} />}>
                <View api={api} lang={lang} session={session} />
              </Suspense>
            </SectionBoundary>
          </section>
        </>
      )}
    </>
  );
}
