import { MAX_IMPORT_BYTES } from '../training/import-errors';
import { defineRoute } from './route';
import {
  courseBodySchema,
  courseParamsSchema,
  courseRemovedSchema,
  courseSavedSchema,
  coursesSchema,
} from './training-courses';
import {
  adminClaimDecisionBodySchema,
  claimDecisionSchema,
  adminClaimParamsSchema,
  claimsSchema,
  importQuerySchema,
  importResultSchema,
  reminderRunBodySchema,
  reminderRunSchema,
} from './training-runs';

export * from './training-courses';
export * from './training-runs';

/** The training admin API: completion records from a CSV file, the catalogue, reminder runs and claims. */
export const TRAINING_ROUTES = {
  importRecords: defineRoute({
    name: 'admin-training-import',
    method: 'post',
    path: '/api/admin/training/import',
    access: 'admin',
    summary: 'Import completion records from a CSV file',
    query: importQuerySchema,
    upload: {
      mediaType: 'text/csv',
      maxBytes: MAX_IMPORT_BYTES,
      description:
        'UTF-8 (with or without BOM), `,` or `;`, a header naming `email` or `upn` (or `object_id`), `course` (id or name) and `completed_on` (dd-mm-jjjj, d-m-jjjj or jjjj-mm-dd). Lines with a problem are listed in `errors`; the others are imported.',
    },
    response: importResultSchema,
  }),
  courses: defineRoute({
    name: 'admin-training-courses',
    method: 'get',
    path: '/api/admin/training/courses',
    access: 'admin',
    summary: 'The course catalogue',
    response: coursesSchema,
  }),
  saveCourse: defineRoute({
    name: 'admin-training-save-course',
    method: 'put',
    path: '/api/admin/training/courses/{courseId}',
    access: 'admin',
    summary: 'Create a course, or replace it',
    params: courseParamsSchema,
    body: { schema: courseBodySchema, required: true },
    response: courseSavedSchema,
  }),
  removeCourse: defineRoute({
    name: 'admin-training-remove-course',
    method: 'delete',
    path: '/api/admin/training/courses/{courseId}',
    access: 'admin',
    summary: 'Delete a course with its records, reminders, snoozes and claims',
    params: courseParamsSchema,
    response: courseRemovedSchema,
    errors: { 404: 'No such course' },
  }),
  runReminders: defineRoute({
    name: 'admin-run-reminders',
    method: 'post',
    path: '/api/admin/reminders/run',
    access: 'admin',
    summary: "Run the training reminder pass and the managers' summaries now",
    body: { schema: reminderRunBodySchema, required: false },
    response: reminderRunSchema,
  }),
  claims: defineRoute({
    name: 'admin-training-claims',
    method: 'get',
    path: '/api/admin/training/claims',
    access: 'admin',
    summary: 'Open claims ("ik heb deze training al gedaan") to confirm or reject',
    response: claimsSchema,
  }),
  decideClaim: defineRoute({
    name: 'admin-training-decide-claim',
    method: 'post',
    path: '/api/admin/training/claims/{aadObjectId}/{courseId}',
    access: 'admin',
    summary: 'Confirm or reject an open claim',
    params: adminClaimParamsSchema,
    body: { schema: adminClaimDecisionBodySchema, required: true },
    response: claimDecisionSchema,
    errors: { 404: 'No open claim for this person and course (it may have been decided already)' },
  }),
};
