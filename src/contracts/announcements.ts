import {
  audienceInputSchema,
  cardPreviewSchema,
  draftSchema,
  editSchema,
  sendSchema,
} from '../announcements';
import {
  announcementCardSchema,
  announcementCreatedSchema,
  announcementDetailSchema,
  announcementListSchema,
  audienceCountSchema,
  auditListSchema,
  cancelResultSchema,
  previewResultSchema,
  recipientListSchema,
  removedSchema,
  retractResultSchema,
  sendResultSchema,
} from './announcement-views';
import { defineRoute } from './route';
import { z } from './zod';

export * from './announcement-views';

/**
 * A new announcement. The announcements capability owns the rules (lengths, https links, the phone numbers the
 * text may name, what a TextBlock can show); this names them for the API.
 * @remarks The routes hand the body to the capability as sent, which lists every field problem at once (400 with
 * `error.problems`), each in Dutch.
 */
export const announcementDraftSchema = draftSchema.openapi('AnnouncementDraft', {
  description:
    'title ≤ 120, body ≤ 4000 characters of Teams Markdown (no headings, images or HTML; https links only), up ' +
    'to 3 https buttons. Phone numbers: only 112, 0800-2000, 0900-8844, 0800-0432, 113, 0800-0113 and the ' +
    "organisation's configured contacts. `reminderAfterDays` (1–30) only with `acknowledge`",
});
export type AnnouncementDraftBody = z.input<typeof announcementDraftSchema>;

export const announcementEditSchema = editSchema.openapi('AnnouncementEdit', {
  description:
    'Any field of the draft. Once sent, only title, body, imageUrl and buttons: every sent message is updated in ' +
    'place. `expectedRevision`: the revision you edited; someone else saved first gives 409',
});
export type AnnouncementEditBody = z.input<typeof announcementEditSchema>;

export const announcementSendSchema = sendSchema.openapi('AnnouncementSendRequest', {
  description: '`{}` sends now; `sendAt` (ISO 8601 with offset, within a year) schedules it',
});
export type AnnouncementSendBody = z.input<typeof announcementSendSchema>;

export const audienceCountRequestSchema = audienceInputSchema.openapi('AudienceCountRequest');
export type AudienceCountBody = z.input<typeof audienceCountRequestSchema>;

export const cardPreviewRequestSchema = cardPreviewSchema.openapi('AnnouncementCardRequest', {
  description:
    'What the compose screen has so far; every field optional. Only lengths are checked: an image or button ' +
    'that is not https is left out of the card, and saving says why',
});
export type CardPreviewBody = z.input<typeof cardPreviewRequestSchema>;

/** `/api/admin/announcements/{id}/…` */
export const announcementParamsSchema = z.object({
  id: z.string().min(1).max(100).openapi({ description: 'The announcement id' }),
});

export const reportQuerySchema = z.object({
  lang: z.enum(['nl', 'en']).default('nl').openapi({ description: 'The language of the headings' }),
});

const base = '/api/admin/announcements';
const params = announcementParamsSchema;
const NOT_FOUND = 'No announcement has this id';
const WRONG_STATE = 'Not possible in its current status, or someone else changed it first (reload)';

/** The admin API of announcements: write, count the audience, send, follow, edit, retract, report. */
export const ANNOUNCEMENT_ROUTES = {
  list: defineRoute({
    name: 'announcements-list',
    method: 'get',
    path: base,
    access: 'admin',
    summary: 'Every announcement, newest first',
    response: announcementListSchema,
  }),
  create: defineRoute({
    name: 'announcements-create',
    method: 'post',
    path: base,
    access: 'admin',
    summary: 'Save a new announcement as a draft',
    body: { schema: announcementDraftSchema, required: true },
    response: announcementCreatedSchema,
    status: 201,
  }),
  audienceCount: defineRoute({
    name: 'announcements-audience-count',
    method: 'post',
    path: `${base}/audience-count`,
    access: 'admin',
    summary: 'How many an audience reaches now, which entries nobody knows, how many are gone',
    body: { schema: audienceCountRequestSchema, required: true },
    response: audienceCountSchema,
    errors: { 503: "Teams' member list of a team cannot be read now; try again" },
  }),
  card: defineRoute({
    name: 'announcements-card',
    method: 'post',
    path: `${base}/card`,
    access: 'admin',
    summary:
      'The Adaptive Card recipients would get for this content (the live preview of the compose screen)',
    query: reportQuerySchema,
    body: { schema: cardPreviewRequestSchema, required: true },
    response: announcementCardSchema,
  }),
  get: defineRoute({
    name: 'announcements-get',
    method: 'get',
    path: `${base}/{id}`,
    access: 'admin',
    summary: 'An announcement with its progress: counts, rate, time left',
    params,
    response: announcementDetailSchema,
    errors: { 404: NOT_FOUND },
  }),
  edit: defineRoute({
    name: 'announcements-edit',
    method: 'patch',
    path: `${base}/{id}`,
    access: 'admin',
    summary: 'Edit a draft, or the content of a sent one (its messages are updated in place)',
    params,
    body: { schema: announcementEditSchema, required: true },
    response: announcementDetailSchema,
    errors: { 404: NOT_FOUND, 409: WRONG_STATE },
  }),
  remove: defineRoute({
    name: 'announcements-remove',
    method: 'delete',
    path: `${base}/{id}`,
    access: 'admin',
    summary: 'Delete an announcement with its text, recipients and acknowledgements (the audit log stays)',
    params,
    response: removedSchema,
    errors: { 404: NOT_FOUND, 409: WRONG_STATE },
  }),
  send: defineRoute({
    name: 'announcements-send',
    method: 'post',
    path: `${base}/{id}/send`,
    access: 'admin',
    summary: 'Send now, or at `sendAt`',
    params,
    body: { schema: announcementSendSchema, required: false },
    response: sendResultSchema,
    status: 202,
    errors: { 404: NOT_FOUND, 409: WRONG_STATE, 503: "Teams' member list of a team cannot be read now" },
  }),
  cancel: defineRoute({
    name: 'announcements-cancel',
    method: 'post',
    path: `${base}/{id}/cancel`,
    access: 'admin',
    summary: 'Stop a scheduled send, or the messages of a running one that have not gone out',
    params,
    response: cancelResultSchema,
    errors: { 404: NOT_FOUND, 409: WRONG_STATE },
  }),
  retract: defineRoute({
    name: 'announcements-retract',
    method: 'post',
    path: `${base}/{id}/retract`,
    access: 'admin',
    summary: 'Delete every sent message from Teams',
    params,
    response: retractResultSchema,
    status: 202,
    errors: { 404: NOT_FOUND, 409: WRONG_STATE },
  }),
  preview: defineRoute({
    name: 'announcements-preview',
    method: 'post',
    path: `${base}/{id}/preview`,
    access: 'admin',
    summary: '"Stuur mij een voorbeeld": the card as recipients see it, to your own chat',
    params,
    response: previewResultSchema,
    status: 202,
    errors: { 404: NOT_FOUND },
  }),
  report: defineRoute({
    name: 'announcements-report',
    method: 'get',
    path: `${base}/{id}/report.csv`,
    access: 'admin',
    summary: 'Per recipient: name, status, sent at, acknowledged at, why it failed (CSV for Excel)',
    params,
    query: reportQuerySchema,
    response: z.string().openapi({
      description:
        'UTF-8 with a byte-order mark, `;` between cells, CRLF lines; cells cannot run as formulas',
    }),
    download: { mediaType: 'text/csv', filename: 'aankondiging-rapport.csv' },
    errors: { 404: NOT_FOUND },
  }),
  recipients: defineRoute({
    name: 'announcements-recipients',
    method: 'get',
    path: `${base}/{id}/recipients`,
    access: 'admin',
    summary: 'Per recipient: status, sent at, acknowledged at, why it failed (the report as JSON)',
    params,
    response: recipientListSchema,
    errors: { 404: NOT_FOUND },
  }),
  audit: defineRoute({
    name: 'announcements-audit',
    method: 'get',
    path: `${base}/{id}/audit`,
    access: 'admin',
    summary: 'Who did what to the announcement, when (counts, never the text)',
    params,
    response: auditListSchema,
    errors: { 404: NOT_FOUND },
  }),
};
