import type { ConversationAddress, Installation, InstallationRepository } from '../directory/installations';
import type { PersonalChatRequest } from './message-sender';
import type { OutboxItem } from './outbox';

/** Where personal chats are created when a recipient does not say. */
export interface PersonalChatDefaults {
  /** The bot's channel account id, `28:<BOT_ID>`. */
  botId?: string;
  /** The Bot Connector service URL of the tenant's region, such as `https://smba.trafficmanager.net/emea/`. */
  serviceUrl?: string;
  tenantId?: string;
}

/** What sending one outbox message takes. */
export type DeliveryPlan =
  | { kind: 'send'; conversationId: string; address: ConversationAddress }
  | { kind: 'create'; request: PersonalChatRequest; aadObjectId: string; tenantId?: string }
  | { kind: 'fail'; code: string };

/**
 * Finds where a message goes, from the directory: a stored conversation, a person's stored personal chat,
 * or a personal chat still to be created.
 * @remarks Read at send time, not at enqueue time, so that an address refreshed by a later activity (Teams
 * may move a conversation to another service URL) and an uninstall in the meantime are both respected.
 */
export async function planDelivery(
  item: OutboxItem,
  installations: InstallationRepository,
  defaults: PersonalChatDefaults,
): Promise<DeliveryPlan> {
  const { recipient } = item;
  if (recipient.kind === 'conversation' || item.conversationId) {
    const conversationId =
      item.conversationId ?? (recipient.kind === 'conversation' ? recipient.conversationId : '');
    return reachable(conversationId, await installations.get(conversationId));
  }
  const chat = await installations.findPersonalChat(recipient.aadObjectId);
  if (chat) return reachable(chat.conversationId, chat);
  const serviceUrl = recipient.serviceUrl ?? defaults.serviceUrl;
  const tenantId = recipient.tenantId ?? defaults.tenantId;
  if (!serviceUrl) return { kind: 'fail', code: 'no-service-url' };
  if (!defaults.botId) return { kind: 'fail', code: 'no-bot-id' };
  return {
    kind: 'create',
    aadObjectId: recipient.aadObjectId,
    tenantId,
    request: {
      serviceUrl,
      tenantId,
      botId: defaults.botId,
      memberId: recipient.userId ?? recipient.aadObjectId,
    },
  };
}

function reachable(conversationId: string, installation: Installation | undefined): DeliveryPlan {
  if (!installation) return { kind: 'fail', code: 'unknown-conversation' };
  if (installation.goneAt) return { kind: 'fail', code: 'conversation-gone' };
  if (installation.uninstalledAt) return { kind: 'fail', code: 'uninstalled' };
  return {
    kind: 'send',
    conversationId,
    address: { ...installation.address, serviceUrl: installation.serviceUrl },
  };
}

/** The directory entry for a personal chat that delivery just created. */
export function createdChatAddress(
  plan: Extract<DeliveryPlan, { kind: 'create' }>,
  conversationId: string,
  serviceUrl: string | undefined,
): ConversationAddress {
  return {
    channelId: 'msteams',
    serviceUrl: serviceUrl ?? plan.request.serviceUrl,
    conversation: {
      id: conversationId,
      tenantId: plan.tenantId,
      conversationType: 'personal',
      isGroup: false,
    },
    bot: { id: plan.request.botId },
    user: { id: plan.request.memberId, aadObjectId: plan.aadObjectId },
  };
}
