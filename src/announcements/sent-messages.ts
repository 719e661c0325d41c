import type { Lang } from '../guidance';
import type { NewOutboxItem, OutboundActivity, SentActivity } from '../delivery/outbox';
import type { Actor, Announcement } from './announcement';
import { audit, enqueueAll, mustGet, viewOf, type AnnouncementDeps } from './announcement-deps';
import { updateAuthorCard } from './author-card';
import { AnnouncementStateError } from './errors';
import { messageKey, purposes, recipientKeyOf } from './purposes';

/** The purposes whose messages recipients have in Teams: the announcement and its reminder. */
const delivered = (id: string) => [purposes.message(id), purposes.reminder(id)];

/**
 * After an edit of a sent announcement: one update per message recipients have, each showing that person's own
 * state (acknowledged or not, reminder or not), through the paced outbox.
 * @remarks Updates of an earlier edit that were not made yet are cancelled: this edit's replace them.
 * @returns how many updates were enqueued
 */
export async function updateSentMessages(deps: AnnouncementDeps, a: Announcement): Promise<number> {
  const purpose = purposes.edit(a.id, a.revision);
  await deps.delivery.cancel(purposes.edit(a.id, a.revision - 1));
  const sent = await deps.delivery.sentActivities(delivered(a.id));
  const recipients = new Map((await deps.recipients.list(a.id)).map((r) => [r.recipientKey, r]));
  const acknowledged = await deps.recipients.acknowledgements(a.id);
  const view = viewOf(a);
  const unacknowledged = new Map<string, OutboundActivity>();
  const items = sent.map((s): NewOutboxItem => {
    const recipient = recipients.get(recipientKeyOf(s.idempotencyKey));
    const lang: Lang = recipient?.lang ?? 'nl';
    const reminder = s.purpose === purposes.reminder(a.id);
    const acknowledgedAt = recipient?.aadObjectId ? acknowledged.get(recipient.aadObjectId) : undefined;
    // Cards without a personal date are the same for everyone of a language: built once.
    const key = `${lang}|${reminder}`;
    let payload = acknowledgedAt ? undefined : unacknowledged.get(key);
    if (!payload) {
      payload = deps.messages.message(view, { lang, reminder, acknowledgedAt });
      if (!acknowledgedAt) unacknowledged.set(key, payload);
    }
    return change(purpose, s, payload, 'update');
  });
  await enqueueAll(deps, items);
  return items.length;
}

/**
 * Retracts a sent (or sending, or stopped) announcement: stops what was not sent and deletes every message
 * recipients have, through the paced outbox.
 * @remarks Messages that were in flight when it was retracted are deleted by {@link reconcileRetraction}, which the
 * scheduled job repeats until nothing of the announcement is left unfinished.
 */
export async function retractAnnouncement(deps: AnnouncementDeps, id: string, actor: Actor): Promise<number> {
  const a = await mustGet(deps, id);
  if (a.status !== 'sending' && a.status !== 'sent' && a.status !== 'cancelled')
    throw new AnnouncementStateError(id, a.status, 'Alleen een verstuurde aankondiging kun je intrekken.');
  if (!a.sentAt) throw new AnnouncementStateError(id, a.status, 'Er is niets verstuurd om in te trekken.');
  const now = deps.now();
  if (!(await deps.announcements.transition(id, [a.status], 'retracted', now, { retractedAt: now })))
    throw new AnnouncementStateError(
      id,
      a.status,
      'Deze aankondiging is intussen gewijzigd. Laad haar opnieuw.',
    );
  await cancelFollowUps(deps, a);
  const deletes = await reconcileRetraction(deps, a);
  await updateAuthorCard(deps, a, 'retracted');
  await audit(deps, a, 'retracted', actor, { deletes });
  return deletes;
}

/**
 * Enqueues a delete for every message recipients have that has none yet; marks the retraction done once no
 * message of the announcement is still pending or being sent.
 * @returns how many deletes were new
 */
export async function reconcileRetraction(deps: AnnouncementDeps, a: Announcement): Promise<number> {
  const statuses = await Promise.all(delivered(a.id).map((purpose) => deps.delivery.status(purpose)));
  // Read before the sent messages: whatever finishes after this read is picked up by the next round.
  const unfinished = statuses.reduce((sum, s) => sum + s.remaining, 0);
  const purpose = purposes.retract(a.id);
  const sent = await deps.delivery.sentActivities(delivered(a.id));
  const inserted = await enqueueAll(
    deps,
    sent.map((s) => change(purpose, s, {}, 'delete')),
  );
  if (unfinished === 0) await deps.announcements.mark(a.id, 'retractDoneAt', deps.now());
  return inserted;
}

/** Stops the messages of an announcement that are not sent yet: the rest of it, its reminder, its updates. */
export async function cancelFollowUps(deps: AnnouncementDeps, a: Announcement): Promise<number> {
  const all = [
    ...delivered(a.id),
    ...Array.from({ length: a.revision }, (_, i) => purposes.edit(a.id, i + 1)),
  ];
  let cancelled = 0;
  for (const purpose of all) cancelled += await deps.delivery.cancel(purpose);
  return cancelled;
}

function change(
  purpose: string,
  sent: SentActivity,
  payload: OutboundActivity,
  kind: 'update' | 'delete',
): NewOutboxItem {
  return {
    purpose,
    recipient: { kind: 'conversation', conversationId: sent.conversationId },
    payload,
    idempotencyKey: messageKey(purpose, sent.activityId),
    operation: { kind, activityId: sent.activityId },
  };
}
