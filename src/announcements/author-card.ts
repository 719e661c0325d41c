import { langFromLocale } from '../guidance';
import type { DeliveryStatus } from '../delivery/delivery-status';
import type { NewOutboxItem } from '../delivery/outbox';
import type { Announcement } from './announcement';
import { enqueueAll, type AnnouncementDeps } from './announcement-deps';
import { failuresByReason } from './failure-reasons';
import type { ProgressView } from './outbound';
import { messageKey, purposes } from './purposes';

type Counts = Pick<DeliveryStatus, 'total' | 'remaining' | 'counts' | 'failures'>;

/** The author's card, as it stands. */
function progressView(a: Announcement, state: ProgressView['state'], status: Counts): ProgressView {
  return {
    id: a.id,
    title: a.title,
    state,
    total: status.total - status.counts.cancelled,
    sent: status.counts.sent,
    failed: status.counts.failed,
    pending: status.remaining,
    failures: failuresByReason(status.failures),
  };
}

async function authorLang(deps: AnnouncementDeps, a: Announcement) {
  const [author] = await deps.directory.peopleByIds([a.authorId]);
  return langFromLocale(author?.locale);
}

/**
 * The author's "sending" card, to enqueue before the recipients' messages.
 * @remarks It goes to the author's personal chat: the admin learns in Teams that sending started, and the same
 * card is updated in place when it ends.
 */
export async function authorCardItem(
  deps: AnnouncementDeps,
  a: Announcement,
  total: number,
): Promise<NewOutboxItem> {
  const purpose = purposes.author(a.id);
  const status: Counts = {
    total,
    remaining: total,
    counts: { pending: total, sending: 0, sent: 0, failed: 0, cancelled: 0 },
    failures: {},
  };
  return {
    purpose,
    recipient: { kind: 'person', aadObjectId: a.authorId },
    payload: deps.messages.progress(progressView(a, 'sending', status), await authorLang(deps, a)),
    idempotencyKey: messageKey(purpose, 'progress'),
  };
}

/**
 * Updates the author's card in place with how sending ended (sent, stopped or retracted), once per outcome.
 * @returns false when there is no card to update (it could not be delivered)
 */
export async function updateAuthorCard(
  deps: AnnouncementDeps,
  a: Announcement,
  state: Exclude<ProgressView['state'], 'sending'>,
): Promise<boolean> {
  const purpose = purposes.author(a.id);
  const [card] = await deps.delivery.sentActivities([purpose]);
  if (!card) return false;
  const status = await deps.delivery.status(purposes.message(a.id));
  await enqueueAll(deps, [
    {
      purpose,
      recipient: { kind: 'conversation', conversationId: card.conversationId },
      payload: deps.messages.progress(progressView(a, state, status), await authorLang(deps, a)),
      idempotencyKey: messageKey(purpose, state),
      operation: { kind: 'update', activityId: card.activityId },
    },
  ]);
  return true;
}
