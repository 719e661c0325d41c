// The announcements capability: drafts, audiences, sending through the outbox, scheduling, progress, editing and
// retracting sent messages, acknowledgements, reminders, the report and the audit log. No SDK, no database: it
// receives its ports (see announcement-deps.ts). Code outside src/announcements imports only this file.
export { SYSTEM, ANNOUNCEMENT_STATUSES } from './announcement';
export type {
  Actor,
  Announcement,
  AnnouncementContent,
  AnnouncementDraft,
  AnnouncementStatus,
  Audience,
  LinkButton,
  TeamMode,
} from './announcement';
export type { AnnouncementDeps } from './announcement-deps';
export type { Acknowledged } from './acknowledgements';
export {
  audienceInputSchema,
  audienceSchema,
  draftSchema,
  editSchema,
  linkButtonSchema,
  sendSchema,
} from './announcement-schema';
export type {
  AudienceDirectory,
  KnownPerson,
  PersonalChat,
  RosterMember,
  TeamChannel,
  TeamProfiles,
  TeamRoster,
} from './audience-ports';
export { cardPreviewSchema } from './card-preview';
export { configuredContactNumbers, teamProfilesFrom } from './directory-adapters';
export { createAnnouncements } from './create-announcements';
export type { Announcements, AudiencePreview } from './create-announcements';
export {
  AnnouncementConflictError,
  AnnouncementInvalidError,
  AnnouncementNotFoundError,
  AnnouncementStateError,
  AudienceUnavailableError,
} from './errors';
export type { FieldProblem } from './errors';
export { FAILURE_REASONS, FAILURE_TEXTS, failureReason } from './failure-reasons';
export type { FailureReason } from './failure-reasons';
export { LIMITS } from './field-messages';
export type {
  AnnouncementDelivery,
  AnnouncementMessages,
  AnnouncementView,
  ProgressView,
  RecipientState,
} from './outbound';
export { ANNOUNCEMENT_NUMBERS } from './phone-rule';
export type { AnnouncementProgress } from './progress';
export { purposes } from './purposes';
export type { ReportRow } from './report';
export { AUDIT_ACTIONS } from './repositories';
export type {
  AnnouncementMoment,
  AnnouncementRepository,
  AuditAction,
  AuditEntry,
  AuditLog,
  RecipientRepository,
  RecipientRow,
  ReportEntry,
} from './repositories';
export type { AudienceMember, ResolvedAudience } from './resolve-audience';
