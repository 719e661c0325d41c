import { FEEDBACK_REASONS, QUESTION_FILTERS } from '../guidance';
import { defineRoute } from './route';
import { z } from './zod';

/** The longest stretch of days the unanswered counts are asked for at once. */
export const MAX_UNANSWERED_DAYS = 366;

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'moet een datum zijn als 2026-12-01')
  // Date.parse takes 2026-02-30 for 2 March: the day must come back as written.
  .refine((d) => {
    const at = new Date(`${d}T00:00:00Z`);
    return !Number.isNaN(at.getTime()) && at.toISOString().slice(0, 10) === d;
  }, 'die datum bestaat niet');

const langCounts = z.object({ nl: z.number().int(), en: z.number().int() });
const reasonCounts = z
  .object(
    Object.fromEntries(FEEDBACK_REASONS.map((r) => [r, z.number().int()])) as Record<
      (typeof FEEDBACK_REASONS)[number],
      z.ZodNumber
    >,
  )
  .openapi({
    description:
      '"Not helpful" verdicts per reason: `wrong-topic`, `unclear`, `incomplete`, `emergency` ("dit was een noodgeval")',
  });

export const feedbackQuerySchema = z.object({
  from: day.optional().openapi({ description: 'First day (YYYY-MM-DD, service time zone), inclusive' }),
  to: day.optional().openapi({ description: 'Last day (YYYY-MM-DD), inclusive' }),
});

export const topicFeedbackSchema = z
  .object({
    topicId: z.string(),
    title: z
      .object({ nl: z.string(), en: z.string() })
      .optional()
      .openapi({ description: 'Absent for a topic no longer in the knowledge base' }),
    helpful: z.number().int(),
    notHelpful: z.number().int(),
    reasons: reasonCounts,
    withoutReason: z.number().int().openapi({ description: '"Not helpful" verdicts that got no reason' }),
  })
  .openapi('TopicFeedback');
export type TopicFeedback = z.infer<typeof topicFeedbackSchema>;

export const editorialFeedbackSchema = z
  .object({
    from: day.optional(),
    to: day.optional(),
    topics: z.array(topicFeedbackSchema),
  })
  .openapi('EditorialFeedback');
export type EditorialFeedback = z.infer<typeof editorialFeedbackSchema>;

export const unansweredQuerySchema = z.object({
  days: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_UNANSWERED_DAYS)
    .default(30)
    .openapi({ description: 'How many days, ending today (service time zone)' }),
});

export const editorialUnansweredSchema = z
  .object({
    from: day,
    to: day,
    days: z
      .array(z.object({ day, counts: langCounts, total: z.number().int() }))
      .openapi({ description: 'Every day from `to` back to `from`, newest first; 0 on a day without any' }),
    total: z.number().int(),
  })
  .openapi('EditorialUnanswered');
export type EditorialUnanswered = z.infer<typeof editorialUnansweredSchema>;

export const questionsQuerySchema = z.object({
  status: z.enum(QUESTION_FILTERS).default('all').openapi({
    description: '`unread`: not marked read; `open`: not handled; `handled`; `all`',
  }),
});

export const editorQuestionSchema = z
  .object({
    id: z.string().uuid(),
    lang: z.enum(['nl', 'en']),
    text: z
      .string()
      .openapi({ description: 'As its author sent it, after a warning to leave out personal data' }),
    day: z.string(),
    createdAt: z.string().datetime(),
    readAt: z.string().datetime().optional(),
    handledAt: z.string().datetime().optional(),
  })
  .openapi('EditorQuestion');
export type EditorQuestionView = z.infer<typeof editorQuestionSchema>;

export const editorQuestionsSchema = z
  .object({
    questions: z.array(editorQuestionSchema),
    counts: z.object({
      total: z.number().int(),
      unread: z.number().int(),
      open: z.number().int(),
      handled: z.number().int(),
    }),
  })
  .openapi('EditorQuestions');
export type EditorQuestions = z.infer<typeof editorQuestionsSchema>;

export const questionParamsSchema = z.object({
  id: z.string().uuid('moet het id van een vraag zijn').openapi({ description: 'The question id' }),
});

export const questionChangeSchema = z
  .object({
    read: z.boolean().optional(),
    handled: z.boolean().optional(),
  })
  .strict()
  .refine((c) => c.read !== undefined || c.handled !== undefined, 'geef read of handled')
  .openapi('EditorQuestionChange', {
    description:
      'Handled implies read: `handled: true` also marks it read, `read: false` also reopens it; `{ read: false, handled: true }` is refused',
  });
export type EditorQuestionChange = z.infer<typeof questionChangeSchema>;

export const questionDeletedSchema = z
  .object({ id: z.string(), deleted: z.literal(true) })
  .openapi('EditorQuestionDeleted');

const NO_QUESTION = 'No question has this id (it may have been deleted, or removed after 180 days)';

/** The Beheer tab's "Redactie", for admins: feedback per topic, unanswered questions, questions to the editors. */
export const EDITORIAL_ROUTES = {
  feedback: defineRoute({
    name: 'admin-editorial-feedback',
    method: 'get',
    path: '/api/admin/editorial/feedback',
    access: 'admin',
    summary: '"Had je hier iets aan?" per topic: helpful, not helpful, and why',
    query: feedbackQuerySchema,
    response: editorialFeedbackSchema,
  }),
  unanswered: defineRoute({
    name: 'admin-editorial-unanswered',
    method: 'get',
    path: '/api/admin/editorial/unanswered',
    access: 'admin',
    summary: 'Questions that got no answer, counted per day and language (their text is not kept)',
    query: unansweredQuerySchema,
    response: editorialUnansweredSchema,
  }),
  questions: defineRoute({
    name: 'admin-editorial-questions',
    method: 'get',
    path: '/api/admin/editorial/questions',
    access: 'admin',
    summary: 'Questions people sent to the editors, newest first',
    query: questionsQuerySchema,
    response: editorQuestionsSchema,
  }),
  markQuestion: defineRoute({
    name: 'admin-editorial-mark-question',
    method: 'patch',
    path: '/api/admin/editorial/questions/{id}',
    access: 'admin',
    summary: 'Mark a question read or handled (or undo that); audited',
    params: questionParamsSchema,
    body: { schema: questionChangeSchema, required: true },
    response: editorQuestionSchema,
    errors: { 404: NO_QUESTION },
  }),
  deleteQuestion: defineRoute({
    name: 'admin-editorial-delete-question',
    method: 'delete',
    path: '/api/admin/editorial/questions/{id}',
    access: 'admin',
    summary: 'Delete a question; audited',
    params: questionParamsSchema,
    response: questionDeletedSchema,
    errors: { 404: NO_QUESTION },
  }),
};
