import { z } from 'zod';

/**
 * The least an incoming activity must have before botbuilder sees it.
 * @remarks botbuilder answers a malformed body with a bare 400 or throws; checking first gives the sender
 * a reason. Unknown fields and activity types pass: they are accepted and ignored.
 */
const activitySchema = z
  .object({
    type: z.string().min(1, 'must not be empty'),
    id: z.string().optional(),
    serviceUrl: z.string().url(),
    channelId: z.string().min(1),
    conversation: z.object({ id: z.string().min(1) }).passthrough(),
    from: z.object({ id: z.string() }).passthrough().optional(),
    recipient: z.object({ id: z.string() }).passthrough(),
    text: z.string().optional(),
    locale: z.string().optional(),
  })
  .passthrough();

export type IncomingActivity = z.infer<typeof activitySchema>;

/** Validates a request body as an activity; returns the reasons when it is not one. */
export function parseActivityBody(
  body: unknown,
): { ok: true; activity: IncomingActivity } | { ok: false; reason: string } {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return { ok: false, reason: 'the body must be a JSON object (a Bot Framework activity)' };
  }
  const parsed = activitySchema.safeParse(body);
  if (parsed.success) return { ok: true, activity: parsed.data };
  const reason = parsed.error.issues.map((i) => `${i.path.join('.') || 'activity'}: ${i.message}`).join('; ');
  return { ok: false, reason: `not a valid activity: ${reason}` };
}
