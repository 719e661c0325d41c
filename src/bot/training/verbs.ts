import { z } from 'zod';
import { COURSE_ID, isLocalDate, type ReminderStage } from '../../training';

/**
 * The verbs of the training cards. Each button is an `Action.Execute` with an `Action.Submit` fallback carrying
 * the same data, so one schema serves both.
 */
export const TRAINING = {
  /** "Herinner me volgende week". */
  snooze: 'training.snooze',
  /** "Ik heb deze training al gedaan". */
  claim: 'training.claim',
  /** A manager confirms a claim from the weekly summary. */
  confirm: 'training.claim.confirm',
  /** A manager rejects a claim from the weekly summary. */
  reject: 'training.claim.reject',
} as const;
export type TrainingVerb = (typeof TRAINING)[keyof typeof TRAINING];

const courseId = z.string().regex(COURSE_ID);
/** An Entra object id (a GUID in practice); only letters, digits and hyphens, so a tampered card fails here. */
const personId = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9-]+$/);

const REMINDER_STAGE = /^(before-(30|14|3)|overdue-[123]|never-[123])$/;

/**
 * The data of a reminder card's buttons: the person is whoever pressed, so only the course travels, with the
 * stage and due date the card was about (to show the same card again, with the answer).
 * @remarks Whether the course exists is checked by the use case, not here. A changed stage or date changes only
 * the words of the presser's own card.
 */
export const reminderActionData = z.object({
  verb: z.enum([TRAINING.snooze, TRAINING.claim]),
  course: courseId,
  stage: z
    .string()
    .regex(REMINDER_STAGE)
    .transform((s) => s as ReminderStage),
  due: z.string().refine(isLocalDate).optional(),
});
export type ReminderActionData = z.infer<typeof reminderActionData>;

/**
 * The data of a summary card's confirm and reject buttons.
 * @remarks The pressing manager's right to decide for this person (their team's manager, or an admin) is
 * checked by the route before the use case runs.
 */
export const claimDecisionData = z.object({
  verb: z.enum([TRAINING.confirm, TRAINING.reject]),
  course: courseId,
  person: personId,
  team: z.string().min(1).max(200),
});
export type ClaimDecisionData = z.infer<typeof claimDecisionData>;
