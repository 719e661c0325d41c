import { EDITOR_QUESTION_RETENTION_DAYS, type AnswerStatsRepository } from '../guidance';
import type { SeeSomethingFlowRepository } from '../see-something';
import { errorFields, type Logger } from '../logging';

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

/**
 * Deletes what Voordeur no longer needs, at start and every hour: "ik zie iets" flows whose cards have expired
 * and questions sent to the editors longer ago than {@link EDITOR_QUESTION_RETENTION_DAYS}.
 * @remarks Safe to run in every instance at once: each run only deletes rows past their date.
 */
export function startHousekeeping(props: {
  seeSomethingFlows: SeeSomethingFlowRepository;
  answerStats: AnswerStatsRepository;
  logger: Logger;
  now: () => Date;
  intervalMs?: number;
}): { stop(): Promise<void> } {
  let running: Promise<void> = Promise.resolve();
  const run = () => {
    running = (async () => {
      const now = props.now();
      try {
        const flows = await props.seeSomethingFlows.deleteExpired(now);
        const questions = await props.answerStats.forgetQuestionsBefore(
          new Date(now.getTime() - EDITOR_QUESTION_RETENTION_DAYS * DAY_MS),
        );
        if (flows || questions)
          props.logger.info({ event: 'housekeeping', flows, questions }, 'old rows deleted');
      } catch (error) {
        props.logger.warn({ event: 'housekeeping-failed', ...errorFields(error) }, 'housekeeping failed');
      }
    })();
  };
  run();
  const timer = setInterval(run, props.intervalMs ?? HOUR_MS);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
