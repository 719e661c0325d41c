import { EDITOR_QUESTION_RETENTION_DAYS, type AnswerStatsRepository } from '../guidance';
import type { ScheduledJob } from '../jobs';
import type { SeeSomethingFlowRepository } from '../see-something';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Deletes what Voordeur no longer needs, every hour: "ik zie iets" flows whose cards have expired and questions
 * sent to the editors longer ago than {@link EDITOR_QUESTION_RETENTION_DAYS}.
 * @remarks Each run deletes every row past its date, so a run that no instance took is made up by the next one.
 */
export function housekeepingJob(props: {
  seeSomethingFlows: SeeSomethingFlowRepository;
  answerStats: AnswerStatsRepository;
}): ScheduledJob {
  return {
    name: 'housekeeping',
    schedule: '17 * * * *',
    async run(at) {
      const flows = await props.seeSomethingFlows.deleteExpired(at);
      const questions = await props.answerStats.forgetQuestionsBefore(
        new Date(at.getTime() - EDITOR_QUESTION_RETENTION_DAYS * DAY_MS),
      );
      return { flows, questions };
    },
  };
}
