import type { Profile } from '../checklists/types';

/**
 * Where an announcement is in its life.
 * @remarks `draft` → `scheduled` (a `sendAt`) or `sending` → `sent` once every message is delivered or given up on.
 * `cancelled`: stopped before or while sending (what was sent stays, and can be edited or retracted).
 * `retracted`: every sent message is being, or has been, deleted from Teams.
 */
export const ANNOUNCEMENT_STATUSES = [
  'draft',
  'scheduled',
  'sending',
  'sent',
  'cancelled',
  'retracted',
] as const;
export type AnnouncementStatus = (typeof ANNOUNCEMENT_STATUSES)[number];

/** A button under the announcement that opens a web page. */
export interface LinkButton {
  title: string;
  /** Always https. */
  url: string;
}

/** How a team is reached: one post in its channel, or a 1:1 message to every member. */
export type TeamMode = 'channel' | 'members';

/**
 * Who an announcement goes to.
 * @remarks `all`: everyone with a personal installation of the app. `users`: Entra object ids. `profiles`: the
 * members of the teams whose manager chose one of these profiles. `csv`: e-mail addresses or UPNs, one per row.
 */
export type Audience =
  | { kind: 'all' }
  | { kind: 'teams'; teamIds: string[]; mode: TeamMode }
  | { kind: 'users'; userIds: string[] }
  | { kind: 'profiles'; profiles: Profile[] }
  | { kind: 'csv'; csv: string };

/** What recipients read: the part that can still be edited after sending. */
export interface AnnouncementContent {
  title: string;
  /** Basic Markdown, as an Adaptive Card TextBlock shows it: **bold**, _italic_, lists and [links](https://…). */
  body: string;
  /** An https image shown under the title. */
  imageUrl?: string;
  /** At most three. */
  buttons: LinkButton[];
}

/** Everything an admin decides before sending. */
export interface AnnouncementDraft extends AnnouncementContent {
  audience: Audience;
  /** Whether recipients are asked to press "Gelezen en begrepen". */
  acknowledge: boolean;
  /** With `acknowledge`: days after sending when one reminder goes to those who did not acknowledge. */
  reminderAfterDays?: number;
}

/** A stored announcement. */
export interface Announcement extends AnnouncementDraft {
  id: string;
  status: AnnouncementStatus;
  /** Raised by every edit; an edit that names an older revision was overtaken by someone else's. */
  revision: number;
  authorId: string;
  authorName?: string;
  createdAt: Date;
  updatedAt: Date;
  /** When a scheduled announcement is due. */
  sendAt?: Date;
  /** When sending started. */
  sentAt?: Date;
  /** When every recipient's message was in the outbox: until then a crashed send is resumed. */
  enqueuedAt?: Date;
  /** When the last message was delivered or given up on. */
  finishedAt?: Date;
  cancelledAt?: Date;
  retractedAt?: Date;
  /** When the deletes of a retraction covered every message that was sent. */
  retractDoneAt?: Date;
  remindedAt?: Date;
}

/** Who did something: an admin (by Entra object id) or Voordeur itself (`system`). */
export interface Actor {
  id: string;
  name?: string;
}

/** The actor of what the scheduled jobs do. */
export const SYSTEM: Actor = { id: 'system', name: 'Voordeur' };
