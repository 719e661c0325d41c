import {
  Badge,
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Spinner,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import type { AnnouncementDetail, AudienceCount, AuditList, RecipientList } from '../../../contracts';
import type { Lang } from '../../i18n';
import { AdminError } from '../admin-api';
import type { AnnouncementsApi } from './announcements-api';
import { AudienceCountText } from './audience-picker';
import { AuditLog } from './audit-log';
import { CardPreview } from './card-preview';
import { contentOf, composeOf } from './compose-model';
import { ConfirmButton } from './confirm-button';
import { formatWhen, type AnnouncementStrings } from './i18n-announcements';
import { ProgressPanel } from './progress-panel';
import { ReportPanel } from './report-panel';
import { useCardPreview } from './use-card-preview';

/** How often the tab asks how sending is getting on. */
const POLL_MS = 1000;

const useStyles = makeStyles({
  layout: {
    display: 'grid',
    gap: '16px',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 320px), 1fr))',
    alignItems: 'start',
  },
  // minmax(0, 1fr): a wide table scrolls inside the column instead of widening it.
  column: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: '16px', minWidth: 0 },
  title: { fontSize: tokens.fontSizeBase500, margin: 0, overflowWrap: 'anywhere' },
  meta: { color: tokens.colorNeutralForeground3, margin: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: '8px', alignItems: 'end' },
  schedule: { display: 'flex', flexWrap: 'wrap', gap: '8px', alignItems: 'end' },
});

/**
 * One announcement: its card, what can be done with it now (send, schedule, stop, edit, retract), its progress
 * while sending (asked again every second until done), the report per recipient and the audit log.
 */
export function AnnouncementDetailView({
  id,
  api,
  lang,
  t,
  onEdit,
  onGone,
}: {
  id: string;
  api: AnnouncementsApi;
  lang: Lang;
  t: AnnouncementStrings;
  onEdit: (detail: AnnouncementDetail) => void;
  onGone: () => void;
}) {
  const s = useStyles();
  const [detail, setDetail] = useState<AnnouncementDetail>();
  const [recipients, setRecipients] = useState<RecipientList['recipients']>();
  const [audit, setAudit] = useState<AuditList>();
  const [count, setCount] = useState<AudienceCount>();
  const [sendAt, setSendAt] = useState('');
  const [notice, setNotice] = useState<{ intent: 'success' | 'error'; text: string }>();
  const [sendAtProblem, setSendAtProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  const card = useCardPreview(
    api,
    detail ? { ...contentOf(composeOf(detail)), acknowledge: detail.acknowledge } : {},
    lang,
  );

  const reload = useCallback(async () => {
    const next = await api.get(id);
    setDetail(next);
    setAudit(await api.audit(id));
    if (next.status !== 'draft' && next.status !== 'scheduled')
      setRecipients((await api.recipients(id)).recipients);
    return next;
  }, [api, id]);

  useEffect(() => {
    reload().catch((e: unknown) => setNotice({ intent: 'error', text: errorText(e, t) }));
  }, [reload, t]);

  // Before sending: who it reaches now.
  const beforeSending = detail?.status === 'draft' || detail?.status === 'scheduled';
  useEffect(() => {
    if (!detail || !beforeSending) return;
    api
      .countAudience({ audience: detail.audience })
      .then(setCount)
      .catch(() => setCount(undefined));
  }, [api, detail?.revision, beforeSending]);

  // While sending (or deleting after a retraction): ask again until it is done.
  const moving = detail?.status === 'sending' || (detail?.status === 'retracted' && !detail.retractDoneAt);
  useEffect(() => {
    if (!moving) return;
    const timer = setTimeout(() => void reload().catch(() => undefined), POLL_MS);
    return () => clearTimeout(timer);
  }, [moving, detail, reload]);

  const act = async (what: () => Promise<string | undefined>) => {
    setBusy(true);
    setNotice(undefined);
    setSendAtProblem(undefined);
    try {
      const text = await what();
      if (text) setNotice({ intent: 'success', text });
      await reload();
    } catch (error) {
      const problem =
        error instanceof AdminError ? error.problems.find((p) => p.field === 'sendAt') : undefined;
      if (problem) setSendAtProblem(problem.message);
      else setNotice({ intent: 'error', text: errorText(error, t) });
    } finally {
      setBusy(false);
    }
  };

  if (!detail)
    return notice ? <p role="alert">{notice.text}</p> : <Spinner size="small" label={t.previewLoading} />;

  const st = detail.status;
  const canEdit = st !== 'sending' && st !== 'retracted';
  const canSend = st === 'draft' || st === 'scheduled';
  const canCancel = st === 'scheduled' || st === 'sending';
  const canRetract = (st === 'sending' || st === 'sent' || st === 'cancelled') && Boolean(detail.sentAt);
  const canRemove = st === 'draft' || st === 'sent' || st === 'cancelled' || st === 'retracted';

  return (
    <div className={s.layout} data-testid="announcement-detail" data-status={st} data-id={id}>
      <div className={s.column}>
        <div>
          <h2 className={s.title}>{detail.title}</h2>
          <p className={s.meta}>
            <Badge appearance="tint" data-testid="status">
              {t.status[st]}
            </Badge>{' '}
            {t.audienceKinds[detail.audience.kind]}
            {detail.acknowledge ? ` · ${t.acknowledgeAsked}` : ''}
            {detail.sendAt && st === 'scheduled'
              ? ` · ${t.scheduledFor(formatWhen(detail.sendAt, lang))}`
              : ''}
            {detail.sentAt ? ` · ${t.sentOn(formatWhen(detail.sentAt, lang))}` : ''}
          </p>
        </div>
        {canSend && count && <AudienceCountText count={count} t={t} />}
        <div className={s.actions}>
          {canEdit && <Button onClick={() => onEdit(detail)}>{t.edit}</Button>}
          {st !== 'retracted' && (
            <Button
              disabled={busy}
              onClick={() =>
                void act(async () =>
                  (await api.sendPreview(id)).queued ? t.previewQueued : t.previewAlready,
                )
              }
            >
              {t.sendMePreview}
            </Button>
          )}
          {canSend && (
            <ConfirmButton
              label={t.sendNow}
              title={t.sendNow}
              confirm={t.confirmSend}
              keep={t.keep}
              disabled={busy}
              testId="send-now"
              onConfirm={() => void act(async () => void (await api.send(id)))}
            >
              {count ? t.sendConfirm(count.count) : t.sendConfirmUnknown}
            </ConfirmButton>
          )}
          {canCancel && (
            <Button
              disabled={busy}
              onClick={() => void act(async () => t.cancelled((await api.cancel(id)).cancelled))}
            >
              {t.cancelSend}
            </Button>
          )}
          {canRetract && (
            <ConfirmButton
              label={t.retract}
              title={t.retractTitle}
              confirm={t.confirmRetract}
              keep={t.keep}
              disabled={busy}
              testId="retract"
              onConfirm={() => void act(async () => t.retracted((await api.retract(id)).deletes))}
            >
              {t.retractConfirm}
            </ConfirmButton>
          )}
          {canRemove && (
            <ConfirmButton
              label={t.remove}
              title={t.remove}
              confirm={t.confirmRemove}
              keep={t.keep}
              disabled={busy}
              onConfirm={() =>
                void act(async () => {
                  await api.remove(id);
                  onGone();
                  return undefined;
                })
              }
            >
              {t.removeConfirm}
            </ConfirmButton>
          )}
        </div>
        {canSend && (
          <div className={s.schedule}>
            <Field
              label={t.sendAt}
              validationMessage={sendAtProblem}
              validationState={sendAtProblem ? 'error' : 'none'}
            >
              <Input type="datetime-local" value={sendAt} onChange={(_e, d) => setSendAt(d.value)} />
            </Field>
            <Button
              disabled={busy || !sendAt}
              onClick={() => void act(async () => void (await api.send(id, new Date(sendAt).toISOString())))}
            >
              {t.schedule}
            </Button>
          </div>
        )}
        <div aria-live="polite">
          {notice && (
            <MessageBar intent={notice.intent} data-testid="notice">
              <MessageBarBody>{notice.text}</MessageBarBody>
            </MessageBar>
          )}
        </div>
        {!beforeSending && <ProgressPanel detail={detail} t={t} lang={lang} />}
        {recipients && !beforeSending && (
          <ReportPanel id={id} recipients={recipients} api={api} t={t} lang={lang} />
        )}
        {audit && <AuditLog audit={audit} t={t} lang={lang} />}
      </div>
      <section className={s.column} aria-labelledby="detail-preview-heading">
        <h3 id="detail-preview-heading" style={{ margin: 0, fontSize: tokens.fontSizeBase400 }}>
          {t.preview}
        </h3>
        <CardPreview card={card} t={t} />
      </section>
    </div>
  );
}

function errorText(error: unknown, t: AnnouncementStrings): string {
  if (!(error instanceof AdminError)) return t.actionFailed;
  const why = error.problems.length ? error.problems.map((p) => p.message).join(' ') : error.message;
  return `${t.actionFailed} ${why}`;
}
