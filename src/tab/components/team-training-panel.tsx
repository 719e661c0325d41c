import { Button, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, type TabApi, type TeamTraining } from '../api';
import { pick, type Lang, type Strings } from '../i18n';
import { TrainingActions, claimRows, type ClaimRow, type Decision } from './training-actions';
import { TrainingChart } from './training-chart';

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gap: '16px',
    gridTemplateColumns: 'minmax(0, 1fr)',
    '@media (min-width: 800px)': { gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)' },
  },
  privacy: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, margin: '0 0 8px' },
  focusTarget: { ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` } },
});

type Message = { intent: 'success' | 'warning' | 'error'; text: string };

/**
 * The team's training for its managers and admins: a chart per course and the people to act on; claims are
 * confirmed or rejected in place.
 * @remarks After a decision the list is redrawn from the server's answer, and focus moves to the claim that
 * took the decided one's place (or to the list's heading), so a keyboard or screen-reader user keeps their
 * place and the page does not jump.
 */
export function TeamTrainingPanel(props: { api: TabApi; teamId: string; t: Strings; lang: Lang }) {
  const { api, teamId, t, lang } = props;
  const s = useStyles();
  const [data, setData] = useState<TeamTraining>();
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message>();
  const [focusTarget, setFocusTarget] = useState<{ index?: number }>();
  const panel = useRef<HTMLElement>(null);

  const load = useCallback(async () => {
    setFailed(false);
    try {
      setData(await api.teamTraining(teamId));
    } catch {
      setFailed(true);
    }
  }, [api, teamId]);

  useEffect(() => {
    void load();
  }, [load]);

  useEffect(() => {
    if (!focusTarget || !panel.current) return;
    // The first decision button from the decided claim's place on (your own claims have none), else the
    // nearest one before it, else the heading of the list.
    const at = focusTarget.index ?? 0;
    const rows =
      focusTarget.index === undefined ? [] : [...panel.current.querySelectorAll<HTMLElement>('[data-claim]')];
    const button = [...rows.slice(at), ...rows.slice(0, at).reverse()]
      .map((row) => row.querySelector<HTMLElement>('button'))
      .find((b) => b !== null);
    (button ?? panel.current.querySelector<HTMLElement>('#training-act-title'))?.focus();
    setFocusTarget(undefined);
  }, [focusTarget, data]);

  const decide = async (row: ClaimRow, decision: Decision) => {
    if (!data) return;
    const index = claimRows(data).findIndex((r) => r.key === row.key);
    const name = row.member.displayName ?? t.tr.unknownName;
    const course = pick(
      data.courses.find((c) => c.courseId === row.course.courseId)?.name ?? { nl: '', en: '' },
      lang,
    );
    setBusy(true);
    try {
      const next = await api.decideClaim(teamId, row.member.aadObjectId, row.course.courseId, decision);
      setData(next);
      setFocusTarget({ index });
      setMessage({
        intent: 'success',
        text: decision === 'confirmed' ? t.tr.confirmed(name, course) : t.tr.rejected(name, course),
      });
    } catch (e) {
      if (e instanceof ApiError && (e.status === 409 || e.status === 404)) {
        await load();
        setFocusTarget({});
        setMessage({ intent: 'warning', text: t.tr.decidedElsewhere });
      } else {
        setMessage({ intent: 'error', text: `${t.tr.decideFailed}: ${e instanceof Error ? e.message : ''}` });
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <section
      ref={panel}
      aria-labelledby="training-title"
      data-testid="team-training"
      aria-busy={!data && !failed}
    >
      <h2 id="training-title">{t.tr.title}</h2>
      {failed && (
        <MessageBar intent="error">
          <MessageBarBody>
            {t.tr.loadFailed}{' '}
            <Button size="small" onClick={() => void load()}>
              {t.tr.retry}
            </Button>
          </MessageBarBody>
        </MessageBar>
      )}
      {!data && !failed && <Spinner size="small" label={t.tr.loading} />}
      {data && (
        <>
          <p className={s.privacy}>{t.tr.privacy}</p>
          {data.members.length === 0 ? (
            <p>{t.tr.noMembers}</p>
          ) : (
            <div className={s.grid}>
              <TrainingChart courses={data.courses} t={t} lang={lang} />
              <section aria-labelledby="training-act-title" data-testid="training-actions">
                <h3 id="training-act-title" tabIndex={-1} className={s.focusTarget}>
                  {t.tr.actTitle}
                </h3>
                <div aria-live="polite">
                  {message && (
                    <MessageBar intent={message.intent}>
                      <MessageBarBody>{message.text}</MessageBarBody>
                    </MessageBar>
                  )}
                </div>
                <TrainingActions
                  data={data}
                  t={t}
                  lang={lang}
                  busy={busy}
                  decide={(row, d) => void decide(row, d)}
                />
              </section>
            </div>
          )}
        </>
      )}
    </section>
  );
}
