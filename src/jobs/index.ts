// Scheduled work (housekeeping, reminders, announcements): croner in each instance, a lease row per run.
export { startJobs } from './start-jobs';
export type { RunningJobs } from './start-jobs';
export type { JobLeaseRepository, JobRun, ScheduledJob } from './scheduled-job';
