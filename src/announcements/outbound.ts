import type { Lang } from '../guidance';
import type { DeliveryStatus } from '../delivery/delivery-status';
import type { EnqueueResult, NewOutboxItem, OutboundActivity, SentActivity } from '../delivery/outbox';
import type { FailureReason } from './failure-reasons';

/** The part of delivery announcements use: the outbox, its status and its sent activities. */
export interface AnnouncementDelivery {
  enqueue(items: readonly NewOutboxItem[]): Promise<EnqueueResult>;
  status(purpose: string): Promise<DeliveryStatus>;
  cancel(purpose: string): Promise<number>;
  sentActivities(purposes: readonly string[]): Promise<SentActivity[]>;
}

/** What a recipient's card shows of an announcement. */
export interface AnnouncementView {
  id: string;
  title: string;
  body: string;
  imageUrl?: string;
  buttons: { title: string; url: string }[];
  acknowledge: boolean;
}

/** How one recipient sees the announcement. */
export interface RecipientState {
  lang: Lang;
  /** When this person acknowledged: the card shows that instead of the button. */
  acknowledgedAt?: Date;
  /** The reminder to acknowledge. */
  reminder?: boolean;
  /** "Stuur mij een voorbeeld": marked as a preview, without a working acknowledge button. */
  preview?: boolean;
}

/** The author's card: how sending is getting on, and why messages failed. */
export interface ProgressView {
  id: string;
  title: string;
  state: 'sending' | 'sent' | 'cancelled' | 'retracted';
  total: number;
  sent: number;
  failed: number;
  pending: number;
  failures: { reason: FailureReason; count: number }[];
}

/** Builds the activities of announcements; the bot edge implements it with the cards in `cards/`. */
export interface AnnouncementMessages {
  message(view: AnnouncementView, state: RecipientState): OutboundActivity;
  progress(view: ProgressView, lang: Lang): OutboundActivity;
}
