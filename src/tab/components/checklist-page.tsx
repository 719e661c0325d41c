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
import { SaveStatus, type Outcome } from './save-status';
import { SeeSomethingButton } from './see-something';
import { SignalControls } from './signal-controls';
import { StepsStrip } from './steps-strip';
import { TeamTrainingPanel } from './team-training-panel';

const useStyles = makeStyles({
  // The same for the personal and the team tab: the title on the left, what you can do on the right.
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: '8px',
    alignItems: 'flex-start',
    justifyContent: 'space-between',
  },
  title: { margin: '4px 0', fontSize: tokens.fontSizeBase500 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: '8px', alignItems: 'flex-start' },
  profile: { maxWidth: '20em', marginBottom: '4px' },
  // Narrow: contacts before the steps and the long checklist, so 112, Veilig Thuis and the aandachtsfunctionaris
  // are on the first screen of a phone. Wide: the checklist on the left, contacts and manager tools beside it.
  grid: {
    display: 'grid',
    gap: '0 16px',
    gridTemplateColumns: 'minmax(0, 1fr)',
    gridTemplateAreas: '"contacts" "steps" "checklist" "manage"',
    '@media (min-width: 800px)': {
      gridTemplateColumns: 'minmax(0, 2fr) minmax(0, 1fr)',
      gridTemplateRows: 'auto auto 1fr',
      gridTemplateAreas: '"steps steps" "checklist contacts" "checklist manage"',
    },
  },
  steps: { gridArea: 'steps' },
  checklist: { gridArea: 'checklist' },
  contacts: { gridArea: 'contacts' },
  manage: { gridArea: 'manage' },
  meta: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, margin: '4px 0' },
  training: { marginTop: '16px' },
});

const PROFILE_KEY = 'voordeur.profile';

/** What a refused save means for the one who pressed the button. */
function outcomeOf(e: unknown): Outcome {
  if (e instanceof ApiError && e.status === 409) return { kind: 'conflict' };
  if (e instanceof ApiError && e.problems.length) return { kind: 'invalid', problems: e.problems };
  return { kind: 'failed', message: e instanceof Error ? e.message : '' };
}

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
  const [botId, setBotId] = useState<string>();
  const [rolledBack, setRolledBack] = useState<Outcome>();
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
        text:
          e instanceof ApiError && e.status === 401
            ? t.authFailed
            : e instanceof ApiError && e.status === 403
              ? t.notMember
              : t.loadFailed,
      }),
    );
  }, [load, t]);

  useEffect(() => {
    // Without the bot's id the "ik zie iets" button says what to type instead.
    api
      .me()
      .then((me) => setBotId(me.botId))
      .catch(() => undefined);
  }, [api]);

  useEffect(() => {
    // For bench/tab: the first checklist on screen, measured from this frame's navigation.
    if (view && performance.getEntriesByName('voordeur:checklist-rendered').length === 0) {
      performance.mark('voordeur:checklist-rendered');
    }
  }, [view]);

  const search = useCallback(
    (q: string) => api.search(teamId, profile, { q: q.slice(0, 200), lang }),
    [api, teamId, profile, lang],
  );

  const mutate = async (run: (version: number) => Promise<ChecklistView>): Promise<Outcome> => {
    if (!view) return { kind: 'failed', message: '' };
    setBusy(true);
    try {
      setView(await run(view.version));
      if (teamId) setVersions(await api.versions(teamId));
      return { kind: 'saved' };
    } catch (e) {
      const outcome = outcomeOf(e);
      if (outcome.kind === 'conflict') await load();
      return outcome;
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
        <div className={s.actions}>
          <SeeSomethingButton botId={botId} t={t} />
          <Button className="no-print" onClick={() => setPrint('a6')} disabled={!view}>
            {t.print}
          </Button>
        </div>
      </div>
      {!teamId && (
        <Field label={t.chooseProfile} className={s.profile}>
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
      {teamId && view && (
        <p className={s.meta}>
          {t.profile}: {t.profiles[view.profile]}
          {view.updatedAt && ` · ${t.updated} ${new Date(view.updatedAt).toLocaleDateString(lang)}`}
          {view.updatedBy && ` ${t.by} ${view.updatedBy}`}
        </p>
      )}
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
          <div className={s.grid}>
            {/* First in the page's order too, so keyboard and screen reader meet them where the eye does. */}
            <div className={s.contacts}>
              <Contacts view={view} t={t} lang={lang} />
            </div>
            <div className={s.steps}>
              <StepsStrip steps={view.steps} t={t} lang={lang} />
            </div>
            <div className={s.checklist}>
              <Checklist
                view={view}
                t={t}
                lang={lang}
                search={search}
                botId={botId}
                controls={
                  view.canEdit
                    ? (signal) => (
                        <SignalControls key={signal.id} signal={signal} t={t} busy={busy} apply={apply} />
                      )
                    : undefined
                }
              />
            </div>
            {view.canEdit && teamId && (
              <section aria-labelledby="manage-title" className={`${s.manage} no-print`}>
                <h2 id="manage-title">{t.manage}</h2>
                <ContactsForm view={view} t={t} lang={lang} busy={busy} apply={apply} />
                <AddSignalForm view={view} t={t} lang={lang} busy={busy} apply={apply} />
                <HistoryPanel
                  versions={versions}
                  t={t}
                  lang={lang}
                  busy={busy}
                  status={rolledBack && <SaveStatus outcome={rolledBack} t={t} />}
                  rollback={(to) =>
                    void mutate((v) => api.rollback(teamId, profile, v, to)).then(setRolledBack)
                  }
                />
              </section>
            )}
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
