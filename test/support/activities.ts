import { randomUUID } from 'node:crypto';

/** Options for a test activity; ids default to one personal chat. */
export interface ActivityOptions {
  serviceUrl: string;
  conversationId?: string;
  conversationType?: 'personal' | 'channel' | 'groupChat';
  locale?: string;
  aadObjectId?: string;
  teamId?: string;
}

const BOT = { id: '28:voordeur-bot', name: 'Voordeur' };

function base(type: string, o: ActivityOptions) {
  const conversationType = o.conversationType ?? 'personal';
  return {
    type,
    id: randomUUID(),
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl: o.serviceUrl,
    locale: o.locale ?? 'nl-NL',
    from: { id: '29:employee-1', name: 'Sanne de Vries', aadObjectId: o.aadObjectId ?? 'aad-employee-1' },
    recipient: BOT,
    conversation: {
      id: o.conversationId ?? 'a:personal-chat-1',
      conversationType,
      tenantId: 'tenant-1',
      isGroup: conversationType !== 'personal',
    },
    channelData: {
      tenant: { id: 'tenant-1' },
      ...(o.teamId ? { team: { id: o.teamId }, channel: { id: o.conversationId } } : {}),
    },
  };
}

/** A message as Teams sends it. */
export function message(text: string, o: ActivityOptions) {
  return { ...base('message', o), text, textFormat: 'plain' };
}

/** A channel message that @mentions the bot, as Teams sends it. */
export function mentionMessage(text: string, o: ActivityOptions) {
  const mention = `<at>${BOT.name}</at>`;
  return {
    ...base('message', { conversationType: 'channel', ...o }),
    text: `${mention} ${text}`,
    entities: [{ type: 'mention', text: mention, mentioned: BOT }],
  };
}

/** An Action.Submit press: a message whose value is the button's data. */
export function cardSubmit(value: unknown, o: ActivityOptions) {
  return { ...base('message', o), value };
}

/** An Action.Execute press: an `adaptiveCard/action` invoke whose answer comes back in the HTTP response. */
export function cardExecute(verb: string, data: Record<string, unknown>, o: ActivityOptions) {
  return {
    ...base('invoke', o),
    name: 'adaptiveCard/action',
    value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
  };
}

/** The conversationUpdate Teams sends when the app is installed in a chat or team. */
export function botInstalled(o: ActivityOptions) {
  return { ...base('conversationUpdate', o), membersAdded: [{ id: BOT.id }] };
}

/** The installationUpdate Teams sends on install ("add") and uninstall ("remove"). */
export function installationUpdate(action: 'add' | 'remove', o: ActivityOptions) {
  return { ...base('installationUpdate', o), action };
}

/** Titles and texts of the Adaptive Cards in a sent activity, for assertions. */
export function cardTexts(activity: Record<string, unknown>): string[] {
  const texts: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (typeof record.text === 'string') texts.push(record.text);
      if (typeof record.title === 'string') texts.push(record.title);
      Object.values(record).forEach(walk);
    }
  };
  walk((activity.attachments as unknown[] | undefined) ?? []);
  return texts;
}
