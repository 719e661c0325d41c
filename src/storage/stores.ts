import type { Storage } from './database';
import { AnnouncementAuditStore } from './announcement-audit-store';
import { AnnouncementRecipientStore } from './announcement-recipient-store';
import { AnnouncementStore } from './announcement-store';
import { AudienceDirectoryStore } from './audience-directory-store';
import { AnswerStatsStore } from './answer-stats-store';
import { ChecklistStore } from './checklist-store';
import { EditorialStore } from './editorial-store';
import { InstallationStore } from './installation-store';
import { JobLeaseStore } from './job-lease-store';
import { OrgSettingsStore } from './org-settings-store';
import { OutboxStore } from './outbox-store';
import { PersonDataStore } from './person-data-store';
import { PersonStore } from './person-store';
import { RetentionStore } from './retention-store';
import { SeeSomethingFlowStore } from './see-something-flow-store';
import { SendBudgetStore } from './send-budget-store';
import { TeamMemberStore } from './team-member-store';
import { TeamDirectoryStore } from './team-directory-store';
import { TeamRoleStore } from './team-role-store';
import { TrainingLearnerStore } from './training-learner-store';
import { TrainingReminderStore } from './training-reminder-store';
import { TrainingStore } from './training-store';

/** Every repository of Voordeur over one open database, each built once. */
export function createStores(storage: Storage, timeZone: string) {
  const { db, dialect } = storage;
  const answerStats = new AnswerStatsStore(db, timeZone);
  return {
    installations: new InstallationStore(db),
    people: new PersonStore(db),
    answerStats,
    /** The Beheer tab's "Redactie": it flushes `answerStats`' unanswered counts before reading them. */
    editorial: new EditorialStore(db, answerStats),
    seeSomethingFlows: new SeeSomethingFlowStore(db),
    checklists: new ChecklistStore(db),
    orgSettings: new OrgSettingsStore(db),
    teamRoles: new TeamRoleStore(db),
    outbox: new OutboxStore(db, dialect),
    sendBudget: new SendBudgetStore(db),
    jobLeases: new JobLeaseStore(db),
    announcements: new AnnouncementStore(db),
    announcementRecipients: new AnnouncementRecipientStore(db),
    announcementAudit: new AnnouncementAuditStore(db),
    audienceDirectory: new AudienceDirectoryStore(db),
    teamMembers: new TeamMemberStore(db),
    /** The teams an admin picks from, by name. */
    teamDirectory: new TeamDirectoryStore(db),
    retention: new RetentionStore(db),
    personData: new PersonDataStore(db),
    /** Courses and completion records. */
    training: new TrainingStore(db),
    trainingReminders: new TrainingReminderStore(db),
    trainingLearners: new TrainingLearnerStore(db),
  };
}

/** The repositories {@link createStores} builds. */
export type Stores = ReturnType<typeof createStores>;
