import { PROFILES } from '../checklists/types';
import { COURSE_ID } from '../training/courses';
import { teamIdSchema } from './params';
import { z } from './zod';

/** A course id: lowercase words joined by hyphens. */
export const courseIdSchema = z
  .string()
  .regex(COURSE_ID, 'must be lowercase letters and digits in words joined by hyphens, at most 64 characters')
  .openapi({ description: 'Course id', example: 'veilig-achter-de-voordeur' });

/** `/training/courses/{courseId}` */
export const courseParamsSchema = z.object({ courseId: courseIdSchema });

const nameText = z.string().trim().min(1).max(120);

export const courseNameSchema = z
  .object({ nl: nameText, en: nameText })
  .strict()
  .openapi('CourseName', { description: 'Dutch first, English second' });

export const appliesToSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('all') }).strict(),
    z.object({ kind: z.literal('teams'), teamIds: z.array(teamIdSchema).min(1).max(500) }).strict(),
    z.object({ kind: z.literal('profiles'), profiles: z.array(z.enum(PROFILES)).min(1) }).strict(),
  ])
  .openapi('AppliesTo', {
    description:
      'Who the course is for: `all` (everyone with the app), the members of `teams`, or the teams whose checklist has one of `profiles`',
  });

const validityMonthsSchema = z
  .number()
  .int()
  .min(1)
  .max(120)
  .nullable()
  .openapi({ description: 'Months until a refresher is due; null for a course done once' });

const enrolUrlSchema = z
  .string()
  .max(2000)
  .url()
  .regex(/^https:\/\//i, 'must be an https:// link')
  .nullable()
  .openapi({ description: 'Where to sign up (https only); null: the reminder has no enrol button' });

/** `PUT /api/admin/training/courses/{courseId}`: the whole course, as it should be. */
export const courseBodySchema = z
  .object({
    name: courseNameSchema,
    validityMonths: validityMonthsSchema,
    appliesTo: appliesToSchema,
    enrolUrl: enrolUrlSchema.default(null),
  })
  .strict()
  .openapi('CourseRequest');
export type CourseBody = z.input<typeof courseBodySchema>;
/** A `PUT` body as the route reads it: `enrolUrl` is `null` when left out. */
export type CourseFields = z.output<typeof courseBodySchema>;

export const courseSchema = z
  .object({
    id: courseIdSchema,
    name: courseNameSchema,
    validityMonths: validityMonthsSchema,
    appliesTo: appliesToSchema,
    enrolUrl: z.string().nullable(),
  })
  .openapi('Course');
export type CourseView = z.infer<typeof courseSchema>;

export const coursesSchema = z
  .object({
    courses: z.array(courseSchema).openapi({ description: 'In catalogue order, most important first' }),
  })
  .openapi('Courses');
export type Courses = z.infer<typeof coursesSchema>;

export const courseSavedSchema = z
  .object({ created: z.boolean(), course: courseSchema })
  .openapi('CourseSaved');
export type CourseSaved = z.infer<typeof courseSavedSchema>;

export const courseRemovedSchema = z
  .object({
    courseId: courseIdSchema,
    removed: z
      .object({
        records: z.number().int(),
        reminders: z.number().int(),
        snoozes: z.number().int(),
        claims: z.number().int(),
      })
      .openapi({ description: 'What was deleted with the course: everything Voordeur kept about it' }),
  })
  .openapi('CourseRemoved');
export type CourseRemoved = z.infer<typeof courseRemovedSchema>;
