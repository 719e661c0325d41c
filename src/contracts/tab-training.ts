import { COURSE_ID } from '../training/courses';
import { localizedSchema } from './checklist-view';
import { objectIdSchema, teamIdSchema, teamParamsSchema } from './params';
import { defineRoute } from './route';
import { z } from './zod';

const localDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .openapi({ description: 'A calendar day, `YYYY-MM-DD`', example: '2026-12-03' });

/** Where a person stands for one course, most urgent first: overdue, never done, due soon, done. */
export const trainingStatusSchema = z.enum(['overdue', 'never', 'due-soon', 'done']).openapi({
  description:
    '`overdue`: the refresher was due. `never`: no completion known. `due-soon`: due within 30 days. `done`: up to date',
});
export type TrainingStatusName = z.infer<typeof trainingStatusSchema>;

export const trainingCountsSchema = z
  .object({
    overdue: z.number().int().min(0),
    never: z.number().int().min(0),
    'due-soon': z.number().int().min(0),
    done: z.number().int().min(0),
  })
  .openapi('TrainingStatusCounts', { description: 'Person-and-course pairs per status' });
export type TrainingCounts = z.infer<typeof trainingCountsSchema>;

/** One course of one person. */
export const memberCourseSchema = z
  .object({
    courseId: z.string(),
    status: trainingStatusSchema,
    completedOn: localDateSchema.optional(),
    dueOn: localDateSchema.optional().openapi({ description: 'From this day on the course is overdue' }),
    escalated: z.boolean().openapi({
      description: 'Three reminders while late went unanswered: Voordeur stopped reminding; the manager acts',
    }),
    claimedAt: z.string().datetime().optional().openapi({
      description: 'The person said they already did it; a manager or admin confirms or rejects the claim',
    }),
  })
  .openapi('TrainingMemberCourse');
export type MemberCourseView = z.infer<typeof memberCourseSchema>;

export const teamTrainingMemberSchema = z
  .object({
    aadObjectId: z.string(),
    displayName: z.string().optional(),
    isCaller: z.boolean().openapi({ description: 'The caller: they cannot decide their own claims' }),
    worst: trainingStatusSchema.optional().openapi({ description: 'Absent when no course applies' }),
    courses: z.array(memberCourseSchema).openapi({ description: 'The courses that apply, catalogue order' }),
  })
  .openapi('TeamTrainingMember');
export type TeamTrainingMember = z.infer<typeof teamTrainingMemberSchema>;

export const trainingCourseSchema = z
  .object({ courseId: z.string(), name: localizedSchema, counts: trainingCountsSchema })
  .openapi('TeamTrainingCourse');
export type TrainingCourseView = z.infer<typeof trainingCourseSchema>;

/** A team's training for its managers: counts for the chart and every member, most urgent first. */
export const teamTrainingSchema = z
  .object({
    teamId: z.string(),
    today: localDateSchema,
    counts: trainingCountsSchema,
    courses: z
      .array(trainingCourseSchema)
      .openapi({ description: 'Catalogue order; the first matters most' }),
    members: z.array(teamTrainingMemberSchema).openapi({ description: 'Most urgent first, then by name' }),
  })
  .openapi('TeamTraining');
export type TeamTraining = z.infer<typeof teamTrainingSchema>;

/** The caller's own courses: shown only to themselves. */
export const myTrainingSchema = z
  .object({
    today: localDateSchema,
    courses: z.array(memberCourseSchema.extend({ name: localizedSchema }).openapi('MyTrainingCourse')),
  })
  .openapi('MyTraining');
export type MyTraining = z.infer<typeof myTrainingSchema>;

export const claimDecisionBodySchema = z
  .object({ decision: z.enum(['confirmed', 'rejected']) })
  .strict()
  .openapi('ClaimDecisionRequest', {
    description:
      '`confirmed` records the course as done on the day of the claim; `rejected` resumes reminders',
  });
export type ClaimDecisionBody = z.input<typeof claimDecisionBodySchema>;

/** `/teams/{teamId}/training/claims/{aadObjectId}/{courseId}` */
export const claimParamsSchema = z.object({
  teamId: teamIdSchema,
  aadObjectId: objectIdSchema,
  courseId: z.string().regex(COURSE_ID, 'must be a course id').openapi({
    description: 'The course id',
    example: 'veilig-achter-de-voordeur',
  }),
});

/** The tab's training API: a team's status for its managers and admins, your own status for yourself. */
export const TAB_TRAINING_ROUTES = {
  teamTraining: defineRoute({
    name: 'tab-team-training',
    method: 'get',
    path: '/api/tab/teams/{teamId}/training',
    access: 'user',
    summary: "A team's training status with names (the team's managers and admins)",
    params: teamParamsSchema,
    response: teamTrainingSchema,
  }),
  decideClaim: defineRoute({
    name: 'tab-training-claim-decide',
    method: 'post',
    path: '/api/tab/teams/{teamId}/training/claims/{aadObjectId}/{courseId}',
    access: 'user',
    summary: "Confirm or reject a member's claim to have done a course (the team's managers and admins)",
    params: claimParamsSchema,
    body: { schema: claimDecisionBodySchema, required: true },
    response: teamTrainingSchema,
    errors: {
      404: 'Not a member of this team, no such course, or no claim to decide',
      409: 'Someone else decided this claim first',
    },
  }),
  myTraining: defineRoute({
    name: 'tab-my-training',
    method: 'get',
    path: '/api/tab/me/training',
    access: 'user',
    summary: "The caller's own training status",
    response: myTrainingSchema,
  }),
};
