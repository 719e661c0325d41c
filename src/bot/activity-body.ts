import { z } from 'zod';

/**
 * The longest id accepted (activity, conversation, sender, recipient).
 * @remarks Teams ids are well under 300 characters (a personal chat's `a:…` id is the longest); the limit keeps
 * a request from carrying megabytes of id into the database and the log.
 */
export const MAX_ID_LENGTH = 1024;
/** The longest activity type, channel id or locale accepted. */
export const MAX_NAME_LENGTH = 64;
/** The longest service URL accepted. */
export const MAX_URL_LENGTH = 2048;
/** At most this many reasons are given for a refused body. */
const MAX_REASONS = 5;

const id = () => z.string().max(MAX_ID_LENGTH);

/**
 * The least an incoming activity must have before botbuilder sees it, with every string it names bounded.
 * @remarks botbuilder answers a malformed body with a bare 400 or throws; checking first gives the sender
 * a reason. Unknown fields and activity types pass: they are accepted and ignored.
 */
export const activitySchema = z
  .object({
    type: z.string().min(1, 'must not be empty').max(MAX_NAME_LENGTH),
    id: id().optional(),
    serviceUrl: z.string().max(MAX_URL_LENGTH).url(),
    channelId: z.string().min(1).max(MAX_NAME_LENGTH),
    conversation: z.object({ id: id().min(1) }).passthrough(),
    from: z.object({ id: id() }).passthrough().optional(),
    recipient: z.object({ id: id() }).passthrough(),
    text: z.string().optional(),
    locale: z.string().max(MAX_NAME_LENGTH).optional(),
  })
  .passthrough();

export type IncomingActivity = z.infer<typeof activitySchema>;

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
  const { type, id, serviceUrl, channelId, conversation, from, recipient, text, locale } = body;
  return (
    plainObject(body) &&
    filled(type, MAX_NAME_LENGTH) &&
    optionalString(id, MAX_ID_LENGTH) &&
    string(serviceUrl, MAX_URL_LENGTH) &&
    URL.canParse(serviceUrl) &&
    filled(channelId, MAX_NAME_LENGTH) &&
    plainObject(conversation) &&
    filled(conversation.id, MAX_ID_LENGTH) &&
    (from === undefined || (plainObject(from) && string(from.id, MAX_ID_LENGTH))) &&
    plainObject(recipient) &&
    string(recipient.id, MAX_ID_LENGTH) &&
    optionalString(text, Infinity) &&
    optionalString(locale, MAX_NAME_LENGTH)
  );
}

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
