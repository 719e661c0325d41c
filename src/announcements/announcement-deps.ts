import type { NewOutboxItem } from '../delivery/outbox';
import type { Logger } from '../logging';
import type { Actor, Announcement } from './announcement';
import { AnnouncementNotFoundError } from './errors';
import type { AnnouncementDelivery, AnnouncementMessages, AnnouncementView } from './outbound';
import type { AuditAction, AnnouncementRepository, AuditLog, RecipientRepository } from './repositories';
import type { AudienceSources } from './resolve-audience';

/** Everything the announcement use cases need, as ports: the composition root passes the real ones. */
export interface AnnouncementDeps extends AudienceSources {
  announcements: AnnouncementRepository;
  recipients: RecipientRepository;
  audit: AuditLog;
  delivery: AnnouncementDelivery;
  messages: AnnouncementMessages;
  /** The phone numbers of the organisation's configured contacts, which announcements may name. */
  contactNumbers(): Promise<string[]>;
  now(): Date;
  logger: Logger;
}

/**
 * Outbox items per enqueue call. Small, because the database call holds the event loop (SQLite's is synchronous):
 * while an announcement is still going in, the sender loop is already sending it, and a call longer than one
 * send interval (20 ms at 50 per second) would cost it send slots.
 */
const ENQUEUE_CHUNK = 100;

/** The announcement, or {@link AnnouncementNotFoundError}. */
export async function mustGet(
  deps: Pick<AnnouncementDeps, 'announcements'>,
  id: string,
): Promise<Announcement> {
  const announcement = await deps.announcements.get(id);
  if (!announcement) throw new AnnouncementNotFoundError(id);
  return announcement;
}

/** What a card shows of an announcement. */
export function viewOf(a: Announcement): AnnouncementView {
  return {
    id: a.id,
    title: a.title,
    body: a.body,
    imageUrl: a.imageUrl,
    buttons: a.buttons,
    acknowledge: a.acknowledge,
  };
}

/** Enqueues in chunks; returns how many were new. Enqueuing again after a crash adds only what is missing. */
export async function enqueueAll(deps: Pick<AnnouncementDeps, 'delivery'>, items: readonly NewOutboxItem[]) {
  let inserted = 0;
  for (let i = 0; i < items.length; i += ENQUEUE_CHUNK) {
    inserted += (await deps.delivery.enqueue(items.slice(i, i + ENQUEUE_CHUNK))).inserted;
  }
  return inserted;
}

/** Writes an audit line and logs the event (ids and counts, never the text). */
export async function audit(
  deps: Pick<AnnouncementDeps, 'audit' | 'logger' | 'now'>,
  a: Pick<Announcement, 'id' | 'title'>,
  action: AuditAction,
  actor: Actor,
  detail?: Record<string, string | number>,
): Promise<void> {
  await deps.audit.record({
    announcementId: a.id,
    title: a.title,
    action,
    actorId: actor.id,
    actorName: actor.name,
    at: deps.now(),
    detail,
  });
  deps.logger.info(
    { event: `announcement-${action}`, announcementId: a.id, actorId: actor.id, ...detail },
    `announcement ${action}`,
  );
}
