import { cardAttachment, type AdaptiveCardJson } from '../bot/cards/expand-card';
import { trainingReminderCard, trainingSummaryCard } from '../bot/training/cards';
import { langFromLocale } from '../guidance';
import type { Stores } from '../storage/stores';
import { runReminderPass, runSummaryPass, type ReminderOutbox, type TrainingPasses } from '../training';

const message = (card: AdaptiveCardJson) => ({ type: 'message', attachments: [cardAttachment(card)] });

/**
 * The daily training run with its cards: reminders to people 1:1, then each team's weekly summary to its
 * managers, all through the outbox.
 * @remarks The one place that joins the training passes to the bot's card builders. The admin API's
 * `POST /api/admin/reminders/run` calls it; the scheduled reminder job is to call the same function (with the
 * job's time as `now`), so a run by hand and a scheduled one cannot differ. Each card is in the person's own
 * language (their Teams locale; Dutch when unknown).
 */
export function trainingPasses(deps: {
  stores: Pick<Stores, 'training' | 'trainingReminders' | 'trainingLearners'>;
  outbox: ReminderOutbox;
  timeZone: string;
}): TrainingPasses {
  const { training, trainingReminders, trainingLearners } = deps.stores;
  const { outbox, timeZone } = deps;
  return async ({ now, dryRun = false }) => {
    const common = {
      learners: trainingLearners,
      courses: training,
      records: training,
      reminders: trainingReminders,
      outbox,
      now,
      timeZone,
      dryRun,
    };
    const reminders = await runReminderPass({
      ...common,
      card: (r) =>
        message(
          trainingReminderCard(langFromLocale(r.learner.locale), {
            course: r.course,
            stage: r.stage,
            dueOn: r.standing.dueOn,
          }),
        ),
    });
    const catalogue = await training.list();
    const summaries = await runSummaryPass({
      ...common,
      teams: trainingLearners,
      card: (summary, manager) =>
        message(trainingSummaryCard(langFromLocale(manager?.locale), summary, catalogue, { timeZone })),
    });
    return { reminders, summaries };
  };
}
