import {
  activitySchema,
  CONVERSATION_ID,
  MAX_ID_LENGTH,
  MAX_LABEL_LENGTH,
  MAX_NAME_LENGTH,
  MAX_URL_LENGTH,
  type IncomingActivity,
} from './activity-schema';

/** At most this many reasons are given for a refused body. */
const MAX_REASONS = 5;

/**
 * Validates a request body as an activity; returns the reasons when it is not one.
 * @remarks A body that plainly passes is returned as it is. zod copies every object it checks, which cost about
 * 50 µs of each turn's 1 ms in the turn bench; it still gives the reasons for any other body.
 */
export function parseActivityBody(
  body: unknown,
): { ok: true; activity: IncomingActivity } | { ok: false; reason: string } {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return { ok: false, reason: 'the body must be a JSON object (a Bot Framework activity)' };
  }
  if (plainlyValid(body as Record<string, unknown>)) return { ok: true, activity: body as IncomingActivity };
  const parsed = activitySchema.safeParse(body);
  if (parsed.success) return { ok: true, activity: parsed.data };
  const reason = parsed.error.issues
    .slice(0, MAX_REASONS)
    .map((i) => `${i.path.join('.') || 'activity'}: ${i.message}`)
    .join('; ');
  return { ok: false, reason: `not a valid activity: ${reason}` };
}

/** True only when {@link activitySchema} accepts the body; false also when unsure (then zod decides). */
function plainlyValid(body: Record<string, unknown>): boolean {
  const { type, id, serviceUrl, channelId, conversation, from, recipient, text, locale, replyToId } = body;
  const { name, action, channelData, entities, membersAdded, membersRemoved } = body;
  return (
    plainObject(body) &&
    filled(type, MAX_NAME_LENGTH) &&
    optionalString(id, MAX_ID_LENGTH) &&
    string(serviceUrl, MAX_URL_LENGTH) &&
    URL.canParse(serviceUrl) &&
    filled(channelId, MAX_NAME_LENGTH) &&
    plainObject(conversation) &&
    filled(conversation.id, MAX_ID_LENGTH) &&
    CONVERSATION_ID.test(conversation.id as string) &&
    optionalString(conversation.tenantId, MAX_ID_LENGTH) &&
    optionalString(conversation.conversationType, MAX_NAME_LENGTH) &&
    (conversation.isGroup === undefined || typeof conversation.isGroup === 'boolean') &&
    (from === undefined || plainFrom(from)) &&
    plainObject(recipient) &&
    string(recipient.id, MAX_ID_LENGTH) &&
    optionalString(recipient.name, MAX_LABEL_LENGTH) &&
    optionalString(text, Infinity) &&
    optionalString(replyToId, MAX_ID_LENGTH) &&
    optionalString(locale, MAX_NAME_LENGTH) &&
    optionalString(name, MAX_LABEL_LENGTH) &&
    optionalString(action, MAX_NAME_LENGTH) &&
    (channelData === undefined ||
      (plainObject(channelData) && idHolder(channelData.tenant) && idHolder(channelData.team))) &&
    (entities === undefined || plainEntities(entities, type, text)) &&
    (membersAdded === undefined || plainMembers(membersAdded)) &&
    (membersRemoved === undefined || plainMembers(membersRemoved))
  );
}

function plainFrom(from: unknown): boolean {
  return (
    plainObject(from) &&
    string(from.id, MAX_ID_LENGTH) &&
    optionalString(from.name, MAX_LABEL_LENGTH) &&
    optionalString(from.aadObjectId, MAX_ID_LENGTH)
  );
}

const idHolder = (value: unknown): boolean =>
  value === undefined || (plainObject(value) && optionalString(value.id, MAX_ID_LENGTH));

/** Entities with a type each; a mention names who; a message with a mention has text. Else zod decides. */
function plainEntities(entities: unknown, type: unknown, text: unknown): boolean {
  if (!Array.isArray(entities)) return false;
  for (const entity of entities as unknown[]) {
    if (!plainObject(entity) || !string(entity.type, MAX_NAME_LENGTH)) return false;
    if (entity.type.toLowerCase() === 'mention') {
      const mentioned = entity.mentioned;
      if (!plainObject(mentioned) || typeof mentioned.id !== 'string') return false;
      if (type === 'message' && text === undefined) return false;
    }
  }
  return true;
}

const plainMembers = (members: unknown): boolean =>
  Array.isArray(members) && members.every((m) => plainObject(m) && string(m.id, MAX_ID_LENGTH));

const string = (value: unknown, max: number): value is string =>
  typeof value === 'string' && value.length <= max;
const filled = (value: unknown, max: number): boolean => string(value, max) && value.length > 0;
const optionalString = (value: unknown, max: number): boolean => value === undefined || string(value, max);
// zod leaves out a `__proto__` key of the objects it checks; such a body goes through zod.
const plainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' &&
  value !== null &&
  Object.getPrototypeOf(value) === Object.prototype &&
  !Object.hasOwn(value, '__proto__');
