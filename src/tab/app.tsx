import {
  FluentProvider,
  Spinner,
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import { TabApi } from './api';
import { BeheerPage } from './beheer/beheer-page';
import { ChecklistPage } from './components/checklist-page';
import { ConfigPage } from './components/config-page';
import { DangerBanner } from './components/danger-banner';
import { langFromLocale, STRINGS } from './i18n';
import { currentRoute } from './route';
import { connectToTeams, onThemeChange, type TeamsSession, type TeamsTheme } from './teams';

const THEMES = { default: teamsLightTheme, dark: teamsDarkTheme, contrast: teamsHighContrastTheme };

type Phase =
  | { kind: 'connecting' }
  | { kind: 'outside' }
  | { kind: 'failed' }
  | { kind: 'ready'; session: TeamsSession };

/** The tab: connects to Teams, then shows the view its URL names. */
export function App() {
  const [phase, setPhase] = useState<Phase>({ kind: 'connecting' });
  const [theme, setTheme] = useState<TeamsTheme>('default');
  const route = useMemo(() => currentRoute(), []);

  useEffect(() => {
    performance.mark('voordeur:app-start');
    connectToTeams(() => setPhase({ kind: 'outside' }))
      .then((session) => {
        if (!session) return setPhase({ kind: 'outside' });
        setTheme(session.theme);
        onThemeChange(setTheme);
        performance.mark('voordeur:teams-ready');
        setPhase({ kind: 'ready', session });
      })
      // In Teams, but no context or token (consent, network): not the same as "open this in Teams".
      .catch(() => setPhase({ kind: 'failed' }));
  }, []);

  const api = useMemo(() => (phase.kind === 'ready' ? new TabApi(phase.session.token) : undefined), [phase]);
  const lang = phase.kind === 'ready' ? langFromLocale(phase.session.locale) : 'nl';
  const t = STRINGS[lang];
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  return (
    <FluentProvider
      theme={THEMES[theme]}
      data-theme={theme}
      style={{ minHeight: '100vh', background: tokens.colorNeutralBackground2 }}
    >
      <main style={{ maxWidth: 1100, margin: '0 auto', padding: '12px', boxSizing: 'border-box' }}>
        {phase.kind !== 'ready' && <DangerBanner t={t} />}
        {phase.kind === 'connecting' && <Spinner size="small" label={t.loading} />}
        {phase.kind === 'failed' && <p role="alert">{t.authFailed}</p>}
        {phase.kind === 'outside' && (
          // Outside Teams the user's language is unknown: Dutch first, English second.
          <div role="alert" style={{ fontSize: tokens.fontSizeBase400 }}>
            <p>{STRINGS.nl.openInTeams}</p>
            <p lang="en">{STRINGS.en.openInTeams}</p>
          </div>
        )}
        {phase.kind === 'ready' &&
          api &&
          (route.view === 'beheer' ? (
            <BeheerPage session={phase.session} lang={lang} />
          ) : route.view === 'config' ? (
            <ConfigPage api={api} session={phase.session} t={t} lang={lang} />
          ) : (
            <ChecklistPage api={api} session={phase.session} route={route} t={t} lang={lang} />
          ))}
      </main>
    </FluentProvider>
  );
}
