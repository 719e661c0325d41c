import { courseIdSchema } from './training-courses';
import { objectIdSchema } from './params';
import { z } from './zod';

const localDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .openapi({ description: 'A calendar date, YYYY-MM-DD', example: '2025-03-12' });

export const importQuerySchema = z.object({
  dryRun: z
    .enum(['true', 'false'])
    .default('false')
    .openapi({ description: '`true`: check the file and count what would change, without writing anything' }),
});

export const importResultSchema = z
  .object({
    dryRun: z.boolean(),
    imported: z.number().int().openapi({ description: 'New records' }),
    updated: z.number().int().openapi({ description: 'Records whose completion date moved to a later one' }),
    unchanged: z
      .number()
      .int()
      .openapi({ description: 'Lines that changed nothing (the same or an older date than the one kept)' }),
    errors: z
      .array(z.object({ line: z.number().int(), message: z.string() }))
      .openapi({ description: 'Lines not imported and why (Dutch); the other lines were imported' }),
  })
  .openapi('ImportResult');
export type ImportResultView = z.infer<typeof importResultSchema>;

export const reminderRunBodySchema = z
  .object({
    at: z.string().datetime({ offset: true }).optional().openapi({
      description: 'Plan as if it were this moment (default: now); a run that sends cannot be in the future',
    }),
    dryRun: z
      .boolean()
      .default(false)
      .openapi({ description: 'Plan and answer, but send and remember nothing' }),
  })
  .strict()
  .openapi('ReminderRunRequest');
export type ReminderRunBody = z.input<typeof reminderRunBodySchema>;

export const reminderRunSchema = z
  .object({
    at: z.string().datetime(),
    dryRun: z.boolean(),
    skipped: z.enum(['no-records']).optional().openapi({
      description: 'Nothing was planned: no completion is recorded yet (import the records first)',
    }),
    workingTime: z
      .object({
        ok: z.boolean(),
        today: localDateSchema,
        reason: z.enum(['weekend', 'holiday', 'outside-hours']).optional(),
        holiday: z.string().optional(),
      })
      .openapi({ description: 'Reminders go out Monday-Friday 09:00-17:00 on working days only' }),
    reminders: z.array(
      z.object({
        key: z.string(),
        aadObjectId: z.string(),
        courseId: z.string(),
        stage: z.string(),
        dueOn: localDateSchema.optional(),
      }),
    ),
    enqueued: z.number().int().openapi({ description: 'Reminders new in the outbox (0 in a dry run)' }),
    escalations: z
      .array(
        z.object({
          aadObjectId: z.string(),
          courseId: z.string(),
          status: z.enum(['overdue', 'never']),
          dueOn: localDateSchema.optional(),
          lateReminders: z.number().int(),
          lastReminderAt: z.string().datetime(),
        }),
      )
      .openapi({
        description: 'People still late after every reminder: their managers’ summaries list them',
      }),
    summaries: z.object({
      week: z.string(),
      ran: z.boolean().openapi({ description: 'False outside working time' }),
      summaries: z.array(z.object({ teamId: z.string(), managerId: z.string(), key: z.string() })),
      enqueued: z.number().int(),
    }),
  })
  .openapi('ReminderRun');
export type ReminderRun = z.infer<typeof reminderRunSchema>;

export const claimsSchema = z
  .object({
    claims: z.array(
      z.object({
        aadObjectId: z.string(),
        displayName: z.string().optional(),
        courseId: z.string(),
        claimedAt: z.string().datetime(),
      }),
    ),
  })
  .openapi('OpenClaims');
export type OpenClaims = z.infer<typeof claimsSchema>;

/** `/training/claims/{aadObjectId}/{courseId}` */
export const adminClaimParamsSchema = z.object({ aadObjectId: objectIdSchema, courseId: courseIdSchema });

export const adminClaimDecisionBodySchema = z
  .object({
    decision: z.enum(['confirmed', 'rejected']),
    completedOn: localDateSchema
      .optional()
      .openapi({ description: 'Confirmed only: when it was done (default: the day of the claim)' }),
  })
  .strict()
  .openapi('AdminClaimDecisionRequest');
export type AdminClaimDecisionBody = z.input<typeof adminClaimDecisionBodySchema>;

export const claimDecisionSchema = z
  .object({
    aadObjectId: z.string(),
    courseId: z.string(),
    decision: z.enum(['confirmed', 'rejected']),
  })
  .openapi('ClaimDecision');
export type ClaimDecision = z.infer<typeof claimDecisionSchema>;
