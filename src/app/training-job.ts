import { refreshStaleRosters, type ReadRoster, type RosterTeam } from '../directory/roster-sync';
import type { PersonRepository } from '../directory/people';
import type { TeamMemberRepository } from '../directory/team-members';
import type { ScheduledJob } from '../jobs';
import { clip, type Logger } from '../logging';
import type { TrainingPasses } from '../training';

/**
 * Every hour from 09:00 to 16:00 on weekdays, in the service's time zone.
 * @remarks One run a day would be enough; the hourly ones make up for an hour or a day that no instance ran (a
 * restart, an outage), and the passes' keys make every run after the first of the day queue nothing new. The
 * passes themselves check working time, including Dutch public holidays, which a cron pattern cannot.
 */
export const TRAINING_SCHEDULE = '7 9-16 * * 1-5';

/**
 * The daily training job: first the rosters older than a day are read again (who is in which team decides whose
 * status a manager sees), then the reminder pass and the managers' weekly summaries.
 * @remarks A roster that cannot be read is logged by team id and retried on the next run; the passes run anyway.
 */
export function trainingJob(props: {
  passes: TrainingPasses;
  teams: () => Promise<RosterTeam[]>;
  readRoster: ReadRoster;
  teamMembers: TeamMemberRepository;
  people: Pick<PersonRepository, 'upsertMany'>;
  logger: Logger;
}): ScheduledJob {
  return {
    name: 'training',
    schedule: TRAINING_SCHEDULE,
    async run(at) {
      const rosters = await refreshStaleRosters({
        ...props,
        teams: await props.teams(),
        at,
        onFailure: (teamId, error) =>
          props.logger.warn(
            { event: 'roster-read-failed', teamId: clip(teamId), errorName: (error as Error).name },
            'roster read failed',
          ),
      });
      const passes = await props.passes({ now: at });
      const counts = { rostersRead: rosters.refreshed, rostersFailed: rosters.failed };
      if (passes.skipped) return { ...counts, noRecords: 1 };
      const { reminders, summaries } = passes;
      return {
        ...counts,
        reminders: reminders.reminders.length,
        remindersQueued: reminders.enqueued,
        escalations: reminders.escalations.length,
        summaries: summaries.summaries.length,
        summariesQueued: summaries.enqueued,
      };
    },
  };
}
