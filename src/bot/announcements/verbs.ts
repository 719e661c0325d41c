import { z } from 'zod';

/** The verbs of the announcement cards. Shared by the cards and the routes that answer them. */
export const ANNOUNCEMENT_VERBS = {
  /** "Gelezen en begrepen": an `Action.Execute` with an `Action.Submit` fallback carrying the same data. */
  acknowledge: 'announcement.acknowledge',
} as const;

/** The data of the acknowledge button, as Teams delivers it for either action. */
export const acknowledgeData = z.object({
  verb: z.literal(ANNOUNCEMENT_VERBS.acknowledge),
  announcement: z.string().uuid(),
});
export type AcknowledgeData = z.infer<typeof acknowledgeData>;
