import type { ConversationAddress } from '../directory/installations';
import type { OutboundActivity } from './outbox';

/**
 * What one request to Teams came to.
 * @remarks `status` is the HTTP status when Teams answered; `timeout` and `network` when it did not.
 * `retryAfterMs` is Teams' `Retry-After`, already turned into milliseconds.
 */
export type SendOutcome =
  | { ok: true; activityId?: string }
  | { ok: false; status?: number; kind: 'http' | 'timeout' | 'network'; retryAfterMs?: number };

/** The outcome of creating a personal chat: on success, where it lives. */
export type CreateOutcome =
  { ok: true; conversationId: string; serviceUrl?: string } | Extract<SendOutcome, { ok: false }>;

/** What is needed to open a personal chat with someone. */
export interface PersonalChatRequest {
  serviceUrl: string;
  tenantId?: string;
  /** The bot's channel account id (`28:<app id>`). */
  botId: string;
  /** The Teams user id, or the Entra object id. */
  memberId: string;
}

/**
 * The port through which delivery talks to Teams. The Bot Connector adapter in `src/bot/` implements it.
 * @remarks Implementations never throw for an HTTP or network failure: they report it as an outcome, and
 * give up on a request after their own timeout so that a hung connection cannot hold a lease.
 */
export interface MessageSender {
  send(address: ConversationAddress, activity: OutboundActivity): Promise<SendOutcome>;
  /** Replaces the activity `activityId` sent earlier in the address's conversation. */
  update(address: ConversationAddress, activityId: string, activity: OutboundActivity): Promise<SendOutcome>;
  /** Deletes the activity `activityId` sent earlier in the address's conversation. */
  delete(address: ConversationAddress, activityId: string): Promise<SendOutcome>;
  createPersonalChat(request: PersonalChatRequest): Promise<CreateOutcome>;
}
