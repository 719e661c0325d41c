import { ANNOUNCEMENT_STATUSES, AUDIT_ACTIONS, FAILURE_REASONS, audienceSchema } from '../announcements';
import { z } from './zod';

const at = (description: string) => z.string().datetime().optional().openapi({ description });

/** Who an announcement goes to, as the admin chose it. The announcements capability owns the rules. */
export const announcementAudienceSchema = audienceSchema.openapi('AnnouncementAudience', {
  description:
    '`all`: everyone with the app. `teams`: one post in each channel, or 1:1 to every member. `users`: Entra ' +
    'object ids. `profiles`: the members of the teams with that checklist profile. `csv`: e-mail addresses or UPNs',
});

export const linkButtonViewSchema = z
  .object({ title: z.string(), url: z.string() })
  .openapi('AnnouncementButton');

/** One line of the announcements list: enough to choose one, without its text or progress. */
export const announcementSummarySchema = z
  .object({
    id: z.string(),
    status: z.enum(ANNOUNCEMENT_STATUSES),
    revision: z.number().int(),
    title: z.string(),
    audienceKind: z.enum(['all', 'teams', 'users', 'profiles', 'csv']),
    acknowledge: z.boolean(),
    authorName: z.string().optional(),
    createdAt: z.string().datetime(),
    updatedAt: z.string().datetime(),
    sendAt: at('When a scheduled one goes out'),
    sentAt: at('When sending started'),
  })
  .openapi('AnnouncementSummary');
export type AnnouncementSummary = z.infer<typeof announcementSummarySchema>;

export const announcementListSchema = z
  .object({ announcements: z.array(announcementSummarySchema).openapi({ description: 'Newest first' }) })
  .openapi('AnnouncementList');
export type AnnouncementList = z.infer<typeof announcementListSchema>;

/** An announcement with how its sending is getting on. */
export const announcementDetailSchema = z
  .object({
    id: z.string(),
    status: z.enum(ANNOUNCEMENT_STATUSES),
    revision: z.number().int().openapi({ description: 'Send it back as `expectedRevision` with an edit' }),
    title: z.string(),
    body: z.string(),
    imageUrl: z.string().optional(),
    buttons: z.array(linkButtonViewSchema),
    audience: announcementAudienceSchema,
    acknowledge: z.boolean(),
    reminderAfterDays: z.number().int().optional(),
    authorId: z.string(),
    authorName: z.string().optional(),
    createdAt: z.string().datetime(),
    updatedAt: z.string().datetime(),
    sendAt: at('When a scheduled one goes out'),
    sentAt: at('When sending started'),
    finishedAt: at('When the last message was delivered or given up on'),
    cancelledAt: at('When sending was stopped'),
    retractedAt: at('When it was retracted'),
    retractDoneAt: at('When every sent message was deleted'),
    remindedAt: at('When the one reminder went out'),
    counts: z
      .object({
        total: z.number().int(),
        pending: z.number().int().openapi({ description: 'Waiting or being sent' }),
        sent: z.number().int(),
        failed: z.number().int(),
        cancelled: z.number().int().openapi({ description: 'Stopped before they were sent' }),
        acknowledged: z.number().int(),
      })
      .openapi({ description: 'Recipients of the announcement itself (not of its updates or deletes)' }),
    ratePerSecond: z.number().openapi({ description: 'Messages per second over the last minute' }),
    secondsLeft: z.number().int().openapi({ description: 'Until every message is sent, at that rate' }),
    failures: z
      .array(z.object({ reason: z.enum(FAILURE_REASONS), count: z.number().int() }))
      .openapi({ description: 'Why messages failed, most first' }),
  })
  .openapi('Announcement');
export type AnnouncementDetail = z.infer<typeof announcementDetailSchema>;

export const announcementCreatedSchema = z.object({ id: z.string() }).openapi('AnnouncementCreated');

/** Who an audience comes to now. */
export const audienceCountSchema = z
  .object({
    count: z.number().int().openapi({ description: 'People or channels that get one message each' }),
    unknown: z.array(z.string()).openapi({ description: 'Entries Voordeur does not know, as given' }),
    gone: z.number().int().openapi({ description: 'Left out: Teams said they can no longer be reached' }),
  })
  .openapi('AudienceCount');
export type AudienceCount = z.infer<typeof audienceCountSchema>;

/** The Adaptive Card recipients get, as the Bot Framework attachment's `content`. */
export const announcementCardSchema = z
  .object({
    card: z
      .record(z.unknown())
      .openapi({ description: 'Adaptive Card 1.5 JSON, as the send puts it in the message' }),
  })
  .openapi('AnnouncementCard');
export type AnnouncementCard = z.infer<typeof announcementCardSchema>;

/** One recipient of an announcement, for the report in the Beheer tab. */
export const recipientViewSchema = z
  .object({
    name: z.string(),
    kind: z.enum(['person', 'channel', 'reader']).openapi({
      description: '`reader`: acknowledged a channel post, without being a recipient of their own',
    }),
    status: z.enum(['pending', 'sending', 'sent', 'failed', 'cancelled']).optional(),
    sentAt: at('When the message arrived'),
    acknowledgedAt: at("When they pressed 'Gelezen en begrepen'"),
    failure: z.enum(FAILURE_REASONS).optional(),
  })
  .openapi('AnnouncementRecipient');

export const recipientListSchema = z
  .object({ recipients: z.array(recipientViewSchema) })
  .openapi('AnnouncementRecipients');
export type RecipientList = z.infer<typeof recipientListSchema>;

export const sendResultSchema = z
  .object({
    status: z.enum(['sending', 'scheduled']),
    sendAt: z.string().datetime().optional(),
    recipients: z.number().int(),
    unknown: z.array(z.string()),
    gone: z.number().int(),
  })
  .openapi('AnnouncementSendResult');
export type SendResult = z.infer<typeof sendResultSchema>;

export const cancelResultSchema = z
  .object({ cancelled: z.number().int().openapi({ description: 'Messages that will not go out' }) })
  .openapi('AnnouncementCancelResult');

export const retractResultSchema = z
  .object({ deletes: z.number().int().openapi({ description: 'Sent messages that will be deleted' }) })
  .openapi('AnnouncementRetractResult');

export const previewResultSchema = z
  .object({
    queued: z.boolean().openapi({ description: 'false: this version was already sent to you as a preview' }),
  })
  .openapi('AnnouncementPreviewResult');

export const removedSchema = z.object({ id: z.string() }).openapi('AnnouncementRemoved');

export const auditEntrySchema = z
  .object({
    action: z.enum(AUDIT_ACTIONS),
    title: z.string().openapi({ description: 'The title at the time' }),
    actorId: z.string().openapi({ description: 'An Entra object id, or `system` for Voordeur itself' }),
    actorName: z.string().optional(),
    at: z.string().datetime(),
    detail: z.record(z.union([z.string(), z.number()])).optional(),
  })
  .openapi('AnnouncementAuditEntry');

export const auditListSchema = z
  .object({ entries: z.array(auditEntrySchema).openapi({ description: 'Newest first' }) })
  .openapi('AnnouncementAudit');
export type AuditList = z.infer<typeof auditListSchema>;
