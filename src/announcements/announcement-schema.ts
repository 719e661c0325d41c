import { z } from 'zod';
import { PROFILES } from '../checklists/types';
import { bodyProblems, isHttpsUrl } from './body-rules';
import { LIMITS, OWN_MESSAGE } from './field-messages';

// Word and some browsers put control characters in pasted text; they only break cards. Newlines and tabs stay.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
const text = (max: number) =>
  z
    .string()
    .transform((value) => value.replace(CONTROL, ' ').trim())
    .pipe(z.string().min(1).max(max));

const httpsUrl = z.string().trim().max(LIMITS.url).refine(isHttpsUrl);

export const linkButtonSchema = z.object({ title: text(LIMITS.buttonTitle), url: httpsUrl }).strict();

/** A Teams team id (19:…@thread.tacv2) or an Entra group id. */
const teamId = z.string().regex(/^[A-Za-z0-9:@._-]{1,200}$/);
const objectId = z.string().regex(/^[A-Za-z0-9-]{1,64}$/);

export const audienceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('all') }).strict(),
  z
    .object({
      kind: z.literal('teams'),
      teamIds: z.array(teamId).min(1).max(LIMITS.teams),
      mode: z.enum(['channel', 'members']),
    })
    .strict(),
  z.object({ kind: z.literal('users'), userIds: z.array(objectId).min(1).max(LIMITS.users) }).strict(),
  z
    .object({ kind: z.literal('profiles'), profiles: z.array(z.enum(PROFILES)).min(1).max(PROFILES.length) })
    .strict(),
  z
    .object({
      kind: z.literal('csv'),
      csv: z
        .string()
        .min(1)
        .refine((csv) => Buffer.byteLength(csv, 'utf8') <= LIMITS.csvBytes),
    })
    .strict(),
]);

/** The body: its length, then what a TextBlock cannot show. */
const body = text(LIMITS.body).superRefine((value, ctx) => {
  for (const message of bodyProblems(value))
    ctx.addIssue({ code: z.ZodIssueCode.custom, message, params: { [OWN_MESSAGE]: true } });
});

/** What recipients read. `imageUrl`: `null` or `''` removes the image (null after parsing). */
export const contentFields = {
  title: text(LIMITS.title),
  body,
  imageUrl: httpsUrl
    .nullable()
    .or(z.literal(''))
    .optional()
    .transform((url) => (url === undefined ? undefined : url || null)),
  buttons: z.array(linkButtonSchema).max(LIMITS.buttons).default([]),
};

/** A new announcement: `POST /api/admin/announcements`. */
export const draftSchema = z
  .object({
    ...contentFields,
    audience: audienceSchema,
    acknowledge: z.boolean().default(false),
    reminderAfterDays: z.number().int().min(1).max(LIMITS.reminderDays).nullish(),
  })
  .strict();

/** An edit (`PATCH …/{id}`): any of the fields, and the revision the admin started from. */
export const editSchema = draftSchema
  .partial()
  .extend({ expectedRevision: z.number().int().min(0).optional() })
  .strict();

/** The audience alone, as the compose screen asks for its count before saving. */
export const audienceInputSchema = z.object({ audience: audienceSchema }).strict();

/** `POST …/{id}/send`: now, or at `sendAt`. */
export const sendSchema = z.object({ sendAt: z.string().datetime({ offset: true }).optional() }).strict();
