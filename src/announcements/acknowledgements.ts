import type { Actor, Announcement } from './announcement';
import { SYSTEM } from './announcement';
import { audit, enqueueAll, viewOf, type AnnouncementDeps } from './announcement-deps';
import { AnnouncementNotFoundError, AnnouncementStateError } from './errors';
import type { AnnouncementView } from './outbound';
import { messageKey, purposes } from './purposes';

const DAY_MS = 24 * 60 * 60 * 1000;

/** What the bot needs to show the person the card in its acknowledged state. */
export interface Acknowledged {
  view: AnnouncementView;
  acknowledgedAt: Date;
  /** False when the person had already acknowledged: the first time stays on record. */
  first: boolean;
}

/**
 * Records that a person pressed "Gelezen en begrepen" (only the person and the time; nothing typed).
 * @throws {AnnouncementNotFoundError} for an unknown, deleted or retracted announcement;
 * {@link AnnouncementStateError} for one that asks for no acknowledgement
 */
export async function acknowledgeAnnouncement(
  deps: AnnouncementDeps,
  id: string,
  person: { aadObjectId: string; name?: string },
): Promise<Acknowledged> {
  const a = await deps.announcements.get(id);
  if (!a || a.status === 'retracted' || a.status === 'draft' || a.status === 'scheduled')
    throw new AnnouncementNotFoundError(id);
  if (!a.acknowledge)
    throw new AnnouncementStateError(id, a.status, 'Bij deze aankondiging hoeft niemand iets te bevestigen.');
  const recorded = await deps.recipients.acknowledge(id, person, deps.now());
  return { view: viewOf(a), ...recorded };
}

/** Whether the reminder of a sent announcement is due at `now`. */
export function reminderDue(a: Announcement, now: Date): boolean {
  if (a.status !== 'sent' || !a.acknowledge || !a.reminderAfterDays || a.remindedAt || !a.sentAt)
    return false;
  return a.sentAt.getTime() + a.reminderAfterDays * DAY_MS <= now.getTime();
}

/**
 * Sends the one reminder of each announcement whose day has come, to the people whose message arrived and who did
 * not acknowledge. Channel posts get none: who read them is not known.
 * @returns how many reminders were enqueued
 */
export async function sendDueReminders(
  deps: AnnouncementDeps,
  now: Date,
  actor: Actor = SYSTEM,
): Promise<number> {
  let total = 0;
  for (const a of (await deps.announcements.inStatus(['sent'])).filter((x) => reminderDue(x, now))) {
    const purpose = purposes.reminder(a.id);
    const view = viewOf(a);
    const waiting = await deps.recipients.awaitingAcknowledgement(a.id);
    const inserted = await enqueueAll(
      deps,
      waiting.flatMap((r) =>
        r.aadObjectId
          ? [
              {
                purpose,
                recipient: { kind: 'person' as const, aadObjectId: r.aadObjectId },
                payload: deps.messages.message(view, { lang: r.lang, reminder: true }),
                idempotencyKey: messageKey(purpose, r.recipientKey),
              },
            ]
          : [],
      ),
    );
    if (await deps.announcements.mark(a.id, 'remindedAt', deps.now())) {
      await audit(deps, a, 'reminded', actor, { recipients: waiting.length });
    }
    total += inserted;
  }
  return total;
}
