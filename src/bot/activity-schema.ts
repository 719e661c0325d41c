import { z } from 'zod';

/**
 * The longest id accepted (activity, conversation, sender, recipient, tenant, team).
 * @remarks Teams ids are well under 300 characters (a personal chat's `a:…` id is the longest); the limit keeps
 * a request from carrying megabytes of id into the database and the log.
 */
export const MAX_ID_LENGTH = 1024;
/** The longest activity type, channel id, locale, conversation type or install action accepted. */
export const MAX_NAME_LENGTH = 64;
/** The longest display name (Entra ID allows 256 characters) or invoke name accepted. */
export const MAX_LABEL_LENGTH = 256;
/** The longest service URL accepted. */
export const MAX_URL_LENGTH = 2048;

const id = () => z.string().max(MAX_ID_LENGTH);
/**
 * Printable ASCII, as every Teams conversation id is.
 * @remarks The Bot Connector client sends the conversation id in an HTTP header, where another character makes
 * every reply to the conversation fail.
 */
export const CONVERSATION_ID = /^[\x21-\x7e]+$/;
const name = () => z.string().max(MAX_NAME_LENGTH);
const label = () => z.string().max(MAX_LABEL_LENGTH);
const idHolder = () => z.object({ id: id().optional() }).passthrough();
const member = () => z.object({ id: id() }).passthrough();

/**
 * An entity as botbuilder reads it: `type` always; a mention also names who is mentioned (botbuilder reads
 * `mentioned.id` of every mention to strip the bot's own from the text).
 */
const entity = z
  .object({ type: name() })
  .passthrough()
  .superRefine((value, ctx) => {
    if (value.type.toLowerCase() !== 'mention') return;
    const mentioned = value.mentioned as { id?: unknown } | undefined;
    if (typeof mentioned !== 'object' || mentioned === null || typeof mentioned.id !== 'string') {
      ctx.addIssue({ code: 'custom', path: ['mentioned'], message: 'a mention must name mentioned.id' });
    }
  });

/**
 * What an incoming activity must look like before botbuilder sees it: every field Voordeur, teams-ai or
 * botbuilder reads has its type checked and its strings bounded.
 * @remarks botbuilder answers a malformed body with a bare 400 or throws, and a field of the wrong type would
 * fail the turn later (an object bound as a name in SQLite, `entities` that is no array): checking first gives
 * the sender a reason. Unknown fields and activity types pass: they are accepted and ignored.
 */
export const activitySchema = z
  .object({
    type: name().min(1, 'must not be empty'),
    id: id().optional(),
    serviceUrl: z.string().max(MAX_URL_LENGTH).url(),
    channelId: name().min(1),
    conversation: z
      .object({
        id: id().min(1).regex(CONVERSATION_ID, 'must be printable ASCII, as a Teams conversation id is'),
        tenantId: id().optional(),
        conversationType: name().optional(),
        isGroup: z.boolean().optional(),
      })
      .passthrough(),
    from: z
      .object({ id: id(), name: label().optional(), aadObjectId: id().optional() })
      .passthrough()
      .optional(),
    recipient: z.object({ id: id(), name: label().optional() }).passthrough(),
    text: z.string().optional(),
    // The activity a card button was on: the training buttons update it.
    replyToId: id().optional(),
    locale: name().optional(),
    name: label().optional(),
    action: name().optional(),
    channelData: z
      .object({ tenant: idHolder().optional(), team: idHolder().optional() })
      .passthrough()
      .optional(),
    entities: z.array(entity).optional(),
    membersAdded: z.array(member()).optional(),
    membersRemoved: z.array(member()).optional(),
  })
  .passthrough()
  .superRefine((value, ctx) => {
    // botbuilder strips the bot's mention from a message's text, and fails when there is no text.
    const mentions = value.entities?.some((e) => e.type.toLowerCase() === 'mention');
    if (value.type === 'message' && mentions && value.text === undefined) {
      ctx.addIssue({ code: 'custom', path: ['text'], message: 'a message with a mention must have text' });
    }
  });

export type IncomingActivity = z.infer<typeof activitySchema>;
