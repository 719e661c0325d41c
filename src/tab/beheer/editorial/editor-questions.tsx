import {
  Badge,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Lang } from '../../i18n';
import { AdminError } from '../admin-api';
import type { EditorQuestionView, EditorialApi, QuestionFilter } from './editorial-api';
import { formatDay, type EditorialStrings } from './i18n-editorial';
import { LoadState } from './load-state';
import { useLoad } from './use-load';

const FILTERS: QuestionFilter[] = ['open', 'unread', 'handled', 'all'];
type Done = keyof EditorialStrings['done'];

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'grid', gap: '8px' },
  item: {
    padding: '10px 12px',
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  meta: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: '8px',
    alignItems: 'center',
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
  },
  text: { margin: '6px 0 8px', whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: '8px' },
  heading: { ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` } },
  filters: { flexWrap: 'wrap' },
  quote: {
    margin: 0,
    paddingLeft: '12px',
    borderLeft: `3px solid ${tokens.colorNeutralStroke1}`,
    overflowWrap: 'anywhere',
  },
});

/**
 * The questions sent to the editors: filter by state, mark read or handled (or undo), delete after a
 * confirmation. After each action the list is read again, so counts and filters follow the server.
 * @remarks A question that leaves the list (handled while showing "Open", deleted) moves focus to the list's
 * heading, so a keyboard user is not left on nothing.
 */
export function EditorQuestions(props: { api: EditorialApi; lang: Lang; t: EditorialStrings }) {
  const { api, lang, t } = props;
  const s = useStyles();
  const [filter, setFilter] = useState<QuestionFilter>('open');
  const load = useCallback(() => api.questions(filter), [api, filter]);
  const { data, failed, reload } = useLoad(load);
  const [busy, setBusy] = useState<string>();
  const [message, setMessage] = useState<{ intent: 'success' | 'warning' | 'error'; text: string }>();
  const [toDelete, setToDelete] = useState<EditorQuestionView>();
  const heading = useRef<HTMLHeadingElement>(null);
  const [acted, setActed] = useState<string>();

  useEffect(() => {
    if (!acted || !data) return;
    if (!document.querySelector(`[data-question="${acted}"]`)) heading.current?.focus();
    setActed(undefined);
  }, [acted, data]);

  const act = async (question: EditorQuestionView, run: () => Promise<unknown>, done: Done) => {
    setBusy(question.id);
    setMessage(undefined);
    try {
      await run();
      setMessage({ intent: 'success', text: t.done[done] });
    } catch (e) {
      setMessage(
        e instanceof AdminError && e.status === 404
          ? { intent: 'warning', text: t.gone }
          : { intent: 'error', text: t.actionFailed },
      );
    } finally {
      await reload();
      setBusy(undefined);
      setActed(question.id);
    }
  };

  const counts = data?.counts;
  const countOf = (f: QuestionFilter) =>
    counts ? (f === 'all' ? counts.total : counts[f as 'open' | 'unread' | 'handled']) : undefined;

  return (
    <>
      <h2 ref={heading} tabIndex={-1} className={s.heading} id="editor-questions-title">
        {t.questionsTitle}
      </h2>
      <p>{t.questionsIntro}</p>
      <Field label={t.filterLabel}>
        <RadioGroup
          layout="horizontal"
          className={s.filters}
          value={filter}
          onChange={(_e, d) => setFilter(d.value as QuestionFilter)}
          data-testid="question-filter"
        >
          {FILTERS.map((f) => (
            <Radio
              key={f}
              value={f}
              label={countOf(f) === undefined ? t.filters[f] : `${t.filters[f]} (${countOf(f)})`}
            />
          ))}
        </RadioGroup>
      </Field>
      <div role="status" aria-live="polite">
        {message && (
          <MessageBar intent={message.intent} style={{ margin: '8px 0' }}>
            <MessageBarBody>{message.text}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      <LoadState loaded={data !== undefined} failed={failed} retry={() => void reload()} t={t} />
      {data && data.questions.length === 0 && <p>{t.questionsEmpty[filter]}</p>}
      {data && data.questions.length > 0 && (
        <ul className={s.list} aria-labelledby="editor-questions-title" data-testid="editor-questions">
          {data.questions.map((q) => {
            const date = formatDay(q.day, lang);
            const state = q.handledAt ? 'handled' : q.readAt ? 'read' : 'new';
            return (
              <li key={q.id} className={s.item} data-question={q.id} data-state={state}>
                <div className={s.meta}>
                  <span>{t.sentOn(date)}</span>
                  <span>· {t.inLang[q.lang]}</span>
                  <Badge
                    appearance={state === 'new' ? 'filled' : 'tint'}
                    color={state === 'handled' ? 'success' : state === 'new' ? 'brand' : 'informative'}
                  >
                    {t.status[state]}
                  </Badge>
                </div>
                <p className={s.text} lang={q.lang}>
                  {q.text}
                </p>
                <div className={s.actions} role="group" aria-label={t.questionLabel(date)}>
                  <Button
                    size="small"
                    disabled={busy === q.id}
                    onClick={() =>
                      void act(q, () => api.mark(q.id, { read: !q.readAt }), q.readAt ? 'unread' : 'read')
                    }
                  >
                    {q.readAt ? t.markUnread : t.markRead}
                  </Button>
                  <Button
                    size="small"
                    appearance={q.handledAt ? 'secondary' : 'primary'}
                    disabled={busy === q.id}
                    onClick={() =>
                      void act(
                        q,
                        () => api.mark(q.id, { handled: !q.handledAt }),
                        q.handledAt ? 'reopened' : 'handled',
                      )
                    }
                  >
                    {q.handledAt ? t.reopen : t.markHandled}
                  </Button>
                  <Button size="small" disabled={busy === q.id} onClick={() => setToDelete(q)}>
                    {t.delete}
                  </Button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      <Dialog open={toDelete !== undefined} onOpenChange={(_e, d) => !d.open && setToDelete(undefined)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t.confirmTitle}</DialogTitle>
            <DialogContent>
              <p>{t.confirmBody}</p>
              {toDelete && (
                <blockquote lang={toDelete.lang} className={s.quote}>
                  {toDelete.text}
                </blockquote>
              )}
            </DialogContent>
            <DialogActions>
              <Button
                appearance="primary"
                onClick={() => {
                  const q = toDelete;
                  setToDelete(undefined);
                  if (q) void act(q, () => api.remove(q.id), 'deleted');
                }}
              >
                {t.confirmDelete}
              </Button>
              <Button onClick={() => setToDelete(undefined)}>{t.cancel}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </>
  );
}
