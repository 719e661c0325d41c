/**
 * Training: the courses staff follow, who completed which when, reminders at sensible hours, and each team's
 * status. Plain TypeScript: storage implements the ports in `ports.ts`, the bot and the API call the use cases.
 */
export { COURSE_ID, SEED_COURSES, courseAppliesTo, courseFinder } from './courses';
export type { AppliesTo, Course, CourseName, Learner } from './courses';
export { DUE_SOON_DAYS, STATUS_ORDER, dueDate, recordKey, standing } from './records';
export type { CourseStanding, RecordSource, TrainingRecord, TrainingStatus } from './records';
export {
  BEFORE_DUE_DAYS,
  CLAIM_PAUSE_DAYS,
  MAX_LATE_REMINDERS,
  REMINDER_INTERVAL_DAYS,
  SNOOZE_DAYS,
  reminderKey,
} from './reminders';
export type { Claim, ClaimStatus, ReminderStage, SentReminder, Snooze } from './reminders';
export { planReminders } from './plan-reminders';
export type { Escalation, PlannedReminder, ReminderPlan, ReminderPlanInput } from './plan-reminders';
export { reminderPurpose, runReminderPass } from './run-reminder-pass';
export type { ReminderOutbox, ReminderPassResult } from './run-reminder-pass';
export { runSummaryPass } from './run-summary-pass';
export type { TrainingPasses, TrainingPassesResult } from './passes';
export type { SummaryPassResult, TeamManagerSource } from './run-summary-pass';
export { summaryKey, teamTrainingStatus, teamTrainingSummary } from './team-status';
export type {
  MemberCourse,
  MemberTraining,
  StatusCounts,
  SummaryPerson,
  TeamTrainingStatus,
  TeamTrainingSummary,
} from './team-status';
export { claimCourseDone, decideClaim, snoozeCourse } from './claims';
export { loadPersonTraining, loadTeamTrainingStatus } from './load-training-status';
export type { TrainingStatusSources } from './load-training-status';
export { currentTeamSummary } from './team-summary';
export { myTraining } from './my-training';
export type { MyCourse, MyTraining } from './my-training';
export type { CardActionResult } from './claims';
export { importTrainingRecords, MAX_REPORTED_ERRORS } from './import-records';
export type { ImportLineError, ImportResult } from './import-records';
export { ImportFormatError, ImportTooLargeError, MAX_IMPORT_BYTES } from './import-errors';
export { DEFAULT_TIME_ZONE, WORKDAY_END_HOUR, WORKDAY_START_HOUR, workingTime } from './working-time';
export type { WorkingTime } from './working-time';
export { dutchPublicHoliday, dutchPublicHolidays, easterSunday } from './dutch-holidays';
export type { PublicHoliday } from './dutch-holidays';
export { isLocalDate, isoWeek, todayIn } from './local-date';
export type { LocalDate } from './local-date';
export type {
  CourseCatalogue,
  CourseRepository,
  RemovedCourse,
  LearnerLookup,
  LearnerSource,
  PersonMatcher,
  ReminderRepository,
  TrainingRecordRepository,
} from './ports';
