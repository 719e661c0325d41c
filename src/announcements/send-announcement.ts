import { langFromLocale, type Lang } from '../guidance';
import type { NewOutboxItem, OutboundActivity } from '../delivery/outbox';
import type { Actor, Announcement } from './announcement';
import { audit, enqueueAll, mustGet, viewOf, type AnnouncementDeps } from './announcement-deps';
import { authorCardItem } from './author-card';
import { AnnouncementInvalidError, AnnouncementStateError } from './errors';
import { messageKey, purposes } from './purposes';
import { resolveAudience, type ResolvedAudience } from './resolve-audience';
import { validateSendAt } from './validate-announcement';

/** What a send came to: sending now, or scheduled; with the audience's counts. */
export interface SendResult {
  status: 'sending' | 'scheduled';
  sendAt?: Date;
  recipients: number;
  unknown: string[];
  gone: number;
}

/**
 * Sends a draft or scheduled announcement now, or schedules it (`{ sendAt }`).
 * @remarks The audience is resolved at once either way, so an audience of nobody is refused now rather than at
 * the scheduled time; a scheduled one is resolved again when it is sent.
 */
export async function sendAnnouncement(
  deps: AnnouncementDeps,
  id: string,
  actor: Actor,
  input: unknown,
): Promise<SendResult> {
  const a = await mustGet(deps, id);
  if (a.status !== 'draft' && a.status !== 'scheduled')
    throw new AnnouncementStateError(id, a.status, 'Deze aankondiging is al verstuurd of gestopt.');
  const sendAt = validateSendAt(input, deps.now());
  if (!sendAt) return deliver(deps, a, actor);
  const resolved = await resolveWithRecipients(deps, a);
  if (!(await deps.announcements.transition(id, ['draft', 'scheduled'], 'scheduled', deps.now(), { sendAt })))
    throw new AnnouncementStateError(id, a.status, 'Deze aankondiging is intussen verstuurd of gestopt.');
  await audit(deps, a, 'scheduled', actor, {
    sendAt: sendAt.toISOString(),
    recipients: resolved.members.length,
  });
  return { status: 'scheduled', sendAt, ...counts(resolved) };
}

/**
 * Puts one message per recipient in the outbox, and the author's progress card before them.
 * @remarks Resumable: an announcement left in `sending` without `enqueuedAt` (the process died while enqueuing)
 * is delivered again by the scheduled job. Recipients and messages are keyed per recipient, so nothing is added
 * twice and nobody gets the announcement twice.
 */
export async function deliver(deps: AnnouncementDeps, a: Announcement, actor: Actor): Promise<SendResult> {
  const resolved = await resolveWithRecipients(deps, a);
  const resuming = a.status === 'sending';
  const now = deps.now();
  if (!resuming) {
    if (!(await deps.announcements.transition(a.id, [a.status], 'sending', now, { sentAt: now })))
      throw new AnnouncementStateError(a.id, a.status, 'Deze aankondiging is intussen verstuurd of gestopt.');
    // Written before the messages go in: a send that dies while enqueuing was still sent by this actor.
    await audit(deps, a, 'sent', actor, auditCounts(resolved));
  }
  const purpose = purposes.message(a.id);
  await deps.recipients.add(
    a.id,
    resolved.members.map((m) => ({
      recipientKey: m.key,
      outboxKey: messageKey(purpose, m.key),
      kind: m.kind,
      aadObjectId: m.aadObjectId,
      conversationId: m.conversationId,
      name: m.name,
      lang: m.lang,
    })),
  );
  const cards = new Map<Lang, OutboundActivity>();
  const card = (lang: Lang) => {
    if (!cards.has(lang)) cards.set(lang, deps.messages.message(viewOf(a), { lang }));
    return cards.get(lang)!;
  };
  const items: NewOutboxItem[] = [
    await authorCardItem(deps, a, resolved.members.length),
    ...resolved.members.map((m) => ({
      purpose,
      recipient: m.recipient,
      payload: card(m.lang),
      idempotencyKey: messageKey(purpose, m.key),
    })),
  ];
  await enqueueAll(deps, items);
  await deps.announcements.mark(a.id, 'enqueuedAt', deps.now());
  // A stop or retraction that came while the messages went in must also stop those that went in after it.
  const after = await deps.announcements.get(a.id);
  if (after?.status === 'cancelled' || after?.status === 'retracted') await deps.delivery.cancel(purpose);
  return { status: 'sending', ...counts(resolved) };
}

/** "Stuur mij een voorbeeld": the card as recipients will see it, to the admin's own chat, once per version. */
export async function sendPreview(deps: AnnouncementDeps, id: string, actor: Actor): Promise<boolean> {
  const a = await mustGet(deps, id);
  const [me] = await deps.directory.peopleByIds([actor.id]);
  const purpose = purposes.preview(id, a.revision);
  const { inserted } = await deps.delivery.enqueue([
    {
      purpose,
      recipient: { kind: 'person', aadObjectId: actor.id },
      payload: deps.messages.message(viewOf(a), {
        lang: langFromLocale(me?.locale),
        preview: true,
      }),
      idempotencyKey: messageKey(purpose, actor.id),
    },
  ]);
  if (inserted) await audit(deps, a, 'previewed', actor, { revision: a.revision });
  return inserted > 0;
}

async function resolveWithRecipients(deps: AnnouncementDeps, a: Announcement): Promise<ResolvedAudience> {
  const resolved = await resolveAudience(a.audience, deps);
  if (resolved.members.length === 0) {
    const why = resolved.gone ? ` (${resolved.gone} niet meer bereikbaar)` : '';
    throw new AnnouncementInvalidError([
      { field: 'audience', message: `Er is niemand om dit naar te sturen${why}. Kies een andere doelgroep.` },
    ]);
  }
  return resolved;
}

function counts(resolved: ResolvedAudience) {
  return { recipients: resolved.members.length, unknown: resolved.unknown, gone: resolved.gone };
}

function auditCounts(resolved: ResolvedAudience) {
  return { recipients: resolved.members.length, unknown: resolved.unknown.length, gone: resolved.gone };
}
