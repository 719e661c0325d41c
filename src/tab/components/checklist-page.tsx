import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import { PROFILES, type Profile } from '../../checklists/types';
import type { ChecklistChange } from '../../contracts';
import { ApiError, type ChecklistView, type TabApi, type VersionEntry } from '../api';
import type { Lang, Strings } from '../i18n';
import { asProfile, type currentRoute } from '../route';
import type { TeamsSession } from '../teams';
import { Checklist } from './checklist';
import { Contacts } from './contacts';
import { DangerBanner } from './danger-banner';
import { HistoryPanel } from './history-panel';
import { AddSignalForm, ContactsForm } from './manager-forms';
import { MyTraining } from './my-training';
import { PrintView } from './print-view';
import { SignalControls } from './signal-controls';
import { StepsStrip } from './steps-strip';
import { TeamTrainingPanel } from './team-training-panel';

const useStyles = makeStyles({
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: '8px',
    alignItems: 'end',
    justifyContent: 'space-between',
  },
  title: { margin: '4px 0', fontSize: tokens.fontSizeBase500 },
  grid: {
    display: 'grid',
    gap: '16px',
    gridTemplateColumns: 'minmax(0, 1fr)',
    '@media (min-width: 800px)': { gridTemplateColumns: 'minmax(0, 2fr) minmax(0, 1fr)' },
  },
  meta: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  training: { marginTop: '16px' },
});

const PROFILE_KEY = 'voordeur.profile';

/** "Mijn meldcode" (personal) or the team's checklist, with manager tools for the team's managers. */
export function ChecklistPage(props: {
  api: TabApi;
  session: TeamsSession;
  route: ReturnType<typeof currentRoute>;
  t: Strings;
  lang: Lang;
}) {
  const { api, session, route, t, lang } = props;
  const s = useStyles();
  const teamId = route.view === 'personal' ? undefined : session.teamId;
  const [profile, setProfile] = useState<Profile>(
    route.profile ?? asProfile(teamId ? undefined : localStorage.getItem(PROFILE_KEY)),
  );
  const [view, setView] = useState<ChecklistView>();
  const [versions, setVersions] = useState<VersionEntry[]>([]);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ intent: 'success' | 'error' | 'warning'; text: string }>();
  const [print, setPrint] = useState<'a4' | 'a6' | undefined>(
    route.view === 'print' ? route.size : undefined,
  );

  const load = useCallback(async () => {
    const next = teamId ? await api.teamChecklist(teamId, profile) : await api.personal(profile);
    performance.mark('voordeur:checklist-data');
    setView(next);
    if (teamId && next.canEdit) setVersions(await api.versions(teamId));
    return next;
  }, [api, teamId, profile]);

  useEffect(() => {
    load().catch((e: unknown) =>
      setMessage({
        intent: 'error',
        text: e instanceof ApiError && e.status === 401 ? t.authFailed : t.loadFailed,
      }),
    );
  }, [load, t]);

  useEffect(() => {
    // For bench/tab: the first checklist on screen, measured from this frame's navigation.
    if (view && performance.getEntriesByName('voordeur:checklist-rendered').length === 0) {
      performance.mark('voordeur:checklist-rendered');
    }
  }, [view]);

  const mutate = async (run: (version: number) => Promise<ChecklistView>): Promise<boolean> => {
    if (!view) return false;
    setBusy(true);
    try {
      setView(await run(view.version));
      if (teamId) setVersions(await api.versions(teamId));
      setMessage({ intent: 'success', text: t.saved });
      return true;
    } catch (e) {
      if (e instanceof ApiError && e.status === 409) {
        await load();
        setMessage({ intent: 'warning', text: t.conflict });
      } else {
        setMessage({ intent: 'error', text: `${t.saveFailed}: ${e instanceof Error ? e.message : ''}` });
      }
      return false;
    } finally {
      setBusy(false);
    }
  };
  const apply = (change: ChecklistChange) => mutate((v) => api.change(teamId!, profile, v, change));

  if (print && view)
    return (
      <PrintView
        view={view}
        size={print}
        t={t}
        lang={lang}
        setSize={setPrint}
        close={() => setPrint(undefined)}
      />
    );

  return (
    <>
      <DangerBanner t={t} />
      <div className={s.header}>
        <h2 className={s.title}>{teamId ? t.teamChecklist : t.myMeldcode}</h2>
        {!teamId && (
          <Field label={t.chooseProfile}>
            <Select
              value={profile}
              onChange={(_e, d) => {
                const next = asProfile(d.value);
                localStorage.setItem(PROFILE_KEY, next);
                setProfile(next);
              }}
            >
              {PROFILES.map((p) => (
                <option key={p} value={p}>
                  {t.profiles[p]}
                </option>
              ))}
            </Select>
          </Field>
        )}
        <Button className="no-print" onClick={() => setPrint('a6')} disabled={!view}>
          {t.print}
        </Button>
      </div>
      <div aria-live="polite">
        {message && (
          <MessageBar intent={message.intent}>
            <MessageBarBody>{message.text}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {!view && !message && <Spinner size="small" label={t.loading} />}
      {view && (
        <>
          <StepsStrip steps={view.steps} t={t} lang={lang} />
          <div className={s.grid}>
            <div>
              {teamId && (
                <p className={s.meta}>
                  {t.profile}: {t.profiles[view.profile]}
                  {view.updatedAt && ` · ${t.updated} ${new Date(view.updatedAt).toLocaleDateString(lang)}`}
                  {view.updatedBy && ` ${t.by} ${view.updatedBy}`}
                </p>
              )}
              <Checklist
                view={view}
                t={t}
                lang={lang}
                controls={
                  view.canEdit
                    ? (signal) => (
                        <SignalControls key={signal.id} signal={signal} t={t} busy={busy} apply={apply} />
                      )
                    : undefined
                }
              />
            </div>
            <div>
              <Contacts view={view} t={t} lang={lang} />
              {view.canEdit && teamId && (
                <section aria-labelledby="manage-title" className="no-print">
                  <h2 id="manage-title">{t.manage}</h2>
                  <ContactsForm view={view} t={t} busy={busy} apply={apply} />
                  <AddSignalForm view={view} t={t} lang={lang} busy={busy} apply={apply} />
                  <HistoryPanel
                    versions={versions}
                    t={t}
                    lang={lang}
                    busy={busy}
                    rollback={(to) => void mutate((v) => api.rollback(teamId, profile, v, to))}
                  />
                </section>
              )}
            </div>
          </div>
          {teamId && (
            <div className={s.training}>
              {view.canEdit ? (
                <TeamTrainingPanel api={api} teamId={teamId} t={t} lang={lang} />
              ) : (
                <MyTraining api={api} t={t} lang={lang} />
              )}
            </div>
          )}
        </>
      )}
    </>
  );
}
