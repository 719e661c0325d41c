/**
 * The tables of Voordeur, as kysely sees them.
 * @remarks Times are ISO-8601 UTC strings and structured values are JSON text, so that SQLite and PostgreSQL
 * return the same shapes and one query layer serves both.
 */
export interface Database {
  installations: InstallationTable;
  people: PersonTable;
  outbox: OutboxTable;
  delivery_budget: DeliveryBudgetTable;
  team_checklist_versions: TeamChecklistVersionTable;
  team_roles: TeamRoleTable;
  org_settings: OrgSettingTable;
  answer_feedback: AnswerFeedbackTable;
  unanswered_daily: UnansweredDailyTable;
  editor_questions: EditorQuestionTable;
  see_something_flows: SeeSomethingFlowTable;
  job_runs: JobRunTable;
  training_courses: TrainingCourseTable;
  training_records: TrainingRecordTable;
  training_reminders: TrainingReminderTable;
  training_snoozes: TrainingSnoozeTable;
  training_claims: TrainingClaimTable;
  team_members: TeamMemberTable;
  announcements: AnnouncementTable;
  announcement_recipients: AnnouncementRecipientTable;
  announcement_acks: AnnouncementAckTable;
  announcement_audit: AnnouncementAuditTable;
  admin_audit: AdminAuditTable;
}

export interface InstallationTable {
  /** The Teams conversation id: a personal chat, a group chat or a team's channel. */
  conversation_id: string;
  scope: 'personal' | 'groupChat' | 'team';
  tenant_id: string | null;
  team_id: string | null;
  /** The team's name as Teams last sent it (migration 013); null when never heard. */
  team_name: string | null;
  /** For a personal chat: the Entra object id of the person. */
  aad_object_id: string | null;
  service_url: string;
  /** The Bot Framework conversation reference (JSON): ids and addresses, never message content. */
  reference: string;
  installed_at: string;
  updated_at: string;
  uninstalled_at: string | null;
  /** Set when Teams answered 403 or 404 to a send: the conversation can no longer be reached. */
  gone_at: string | null;
  gone_reason: string | null;
}

export interface PersonTable {
  aad_object_id: string;
  tenant_id: string | null;
  display_name: string | null;
  locale: string | null;
  email: string | null;
  user_principal_name: string | null;
  updated_at: string;
}

/** One proactive message per purpose and recipient; see `src/delivery/outbox.ts`. */
export interface OutboxTable {
  id: string;
  purpose: string;
  idempotency_key: string;
  /** JSON of the recipient: ids and addresses only. */
  recipient: string;
  conversation_id: string | null;
  /** JSON of the activity to send (the card). Never logged. */
  payload: string;
  status: 'pending' | 'sending' | 'sent' | 'failed' | 'cancelled';
  attempts: number;
  next_attempt_at: string;
  last_error: string | null;
  activity_id: string | null;
  lease_owner: string | null;
  lease_expires_at: string | null;
  created_at: string;
  /** Position within its enqueue call, for a stable order among rows created in the same millisecond. */
  seq: number;
  /** 1 for a message that goes before the others due (migration 007), such as a handover note. */
  urgent: number;
  updated_at: string;
  sent_at: string | null;
  /** What the message does (migration 011): a new activity, or an update or delete of `target_activity_id`. */
  operation: 'send' | 'update' | 'delete';
  target_activity_id: string | null;
}

/** The next free send slot of a shared rate budget, in epoch milliseconds. */
export interface DeliveryBudgetTable {
  name: string;
  next_free_ms: number;
  updated_at: string;
}

/** One version of a team's checklist (migration 003). The newest version is the current checklist. */
export interface TeamChecklistVersionTable {
  team_id: string;
  version: number;
  at: string;
  actor_id: string;
  actor_name: string | null;
  /** JSON: what changed (kind, signal id, profile, rollback target). */
  summary: string;
  /** JSON: the whole checklist content after the change. */
  content: string;
}

/** Who holds a role in a team (migration 003): managers assigned by admins, owners from the roster. */
export interface TeamRoleTable {
  team_id: string;
  aad_object_id: string;
  role: 'manager';
  source: 'admin' | 'roster';
  display_name: string | null;
  assigned_by: string;
  assigned_at: string;
}

/** Organisation-wide settings kept by admins (migration 003); `value` is JSON. */
export interface OrgSettingTable {
  key: string;
  value: string;
  updated_by: string;
  updated_at: string;
}

/** A verdict on one answer (migration 004): no question text, no person. */
export interface AnswerFeedbackTable {
  id: string;
  topic_id: string;
  lang: string;
  /** 1 helpful, 0 not helpful. */
  helpful: number;
  reason: string | null;
  /** The day in the service's time zone, YYYY-MM-DD. */
  day: string;
  created_at: string;
}

/** How many questions got the fallback, per day and language (migration 004). */
export interface UnansweredDailyTable {
  day: string;
  lang: string;
  count: number;
}

/** A question sent to the editors on purpose (migration 005): its text, but nobody's name or id. */
export interface EditorQuestionTable {
  id: string;
  lang: string;
  text: string;
  day: string;
  created_at: string;
  /** When an editor first marked it read (migration 013); who did is in `admin_audit`. */
  read_at: string | null;
  /** When an editor marked it handled (migration 013). */
  handled_at: string | null;
}

/** A started "ik zie iets" flow (migration 006): ids and times only, never what the person typed. */
export interface SeeSomethingFlowTable {
  id: string;
  /** Entra object id of the person who started it. */
  owner_id: string;
  team_id: string | null;
  created_at: string;
  expires_at: string;
  finished_at: string | null;
  outcome: 'sent' | 'kept' | 'cancelled' | null;
}

export interface JobRunTable {
  job: string;
  slot: string;
  owner: string;
  started_at: string;
  finished_at: string | null;
  outcome: string | null;
  summary: string | null;
}

/** A course of the training catalogue (migration 010). */
export interface TrainingCourseTable {
  id: string;
  name_nl: string;
  name_en: string;
  /** Months until a refresher is due; null for a course done once. */
  validity_months: number | null;
  /** JSON: `{"kind":"all"}`, `{"kind":"teams","teamIds":[…]}` or `{"kind":"profiles","profiles":[…]}`. */
  applies_to: string;
  enrol_url: string | null;
  /** The catalogue's order: the first course is the most important. */
  position: number;
  updated_at: string;
}

/** A person's latest completion of a course (migration 010). */
export interface TrainingRecordTable {
  aad_object_id: string;
  course_id: string;
  /** A calendar date, YYYY-MM-DD. */
  completed_on: string;
  source: 'import' | 'claim-confirmed';
  updated_at: string;
}

/** A training reminder handed to the outbox (migration 010); `key` is its idempotency key. */
export interface TrainingReminderTable {
  key: string;
  aad_object_id: string;
  course_id: string;
  stage: string;
  /** The due date the reminder was about; null for a course never done. */
  due_on: string | null;
  sent_at: string;
}

/** "Herinner me volgende week" (migration 010). */
export interface TrainingSnoozeTable {
  aad_object_id: string;
  course_id: string;
  until: string;
}

/** "Ik heb deze training al gedaan" and its decision (migration 010). */
export interface TrainingClaimTable {
  aad_object_id: string;
  course_id: string;
  claimed_at: string;
  status: 'open' | 'confirmed' | 'rejected';
  decided_at: string | null;
  decided_by: string | null;
}

/** Who is in a team, as the Teams roster says (migration 010). */
export interface TeamMemberTable {
  team_id: string;
  aad_object_id: string;
  updated_at: string;
}

/** An announcement (migration 011): its text lives here only, as long as the announcement exists. */
export interface AnnouncementTable {
  id: string;
  title: string;
  body: string;
  image_url: string | null;
  /** JSON: `[{ title, url }]`. */
  buttons: string;
  acknowledge: number;
  reminder_days: number | null;
  /** JSON of the audience (a CSV audience holds its addresses). */
  audience: string;
  status: 'draft' | 'scheduled' | 'sending' | 'sent' | 'cancelled' | 'retracted';
  revision: number;
  author_id: string;
  author_name: string | null;
  created_at: string;
  updated_at: string;
  send_at: string | null;
  sent_at: string | null;
  enqueued_at: string | null;
  finished_at: string | null;
  cancelled_at: string | null;
  retracted_at: string | null;
  retract_done_at: string | null;
  reminded_at: string | null;
}

/** Who an announcement went to (migration 011); `outbox_key` is their message's idempotency key. */
export interface AnnouncementRecipientTable {
  announcement_id: string;
  recipient_key: string;
  outbox_key: string;
  kind: 'person' | 'channel';
  aad_object_id: string | null;
  conversation_id: string | null;
  display_name: string | null;
  lang: 'nl' | 'en';
}

/** Who pressed "Gelezen en begrepen", and when (migration 011). */
export interface AnnouncementAckTable {
  announcement_id: string;
  aad_object_id: string;
  display_name: string | null;
  acknowledged_at: string;
}

/** Who did what to which announcement (migration 011): title and counts, never the text. */
export interface AnnouncementAuditTable {
  id: string;
  announcement_id: string;
  title: string;
  action: string;
  actor_id: string;
  actor_name: string | null;
  at: string;
  /** JSON of counts and ids. */
  detail: string | null;
}

/**
 * An admin's action on a person's data (export or erase, AVG articles 15 and 17) or on a question sent to the
 * editors (marked or deleted; migration 013 on).
 */
export interface AdminAuditTable {
  id: string;
  action: AdminAuditAction;
  actor_id: string;
  /** The Entra object id of the person whose data it was, or `editor-question:<id>`. */
  subject_id: string;
  at: string;
  /** JSON of counts: rows per table, or the question's new read and handled flags (1 or 0). */
  detail: string | null;
}

export type AdminAuditAction =
  'person-exported' | 'person-erased' | 'editor-question-marked' | 'editor-question-deleted';
