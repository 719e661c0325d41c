import type { OutboundActivity } from '../../delivery/outbox';
import { langFromLocale } from '../../guidance';
import type { Course, Learner, PlannedReminder, TeamTrainingSummary } from '../../training';
import { cardAttachment } from '../cards/expand-card';
import { trainingReminderCard, trainingSummaryCard } from './cards';

/** The message of a planned reminder, in the person's language (from their Teams locale; Dutch by default). */
export function reminderActivity(reminder: PlannedReminder): OutboundActivity {
  const card = trainingReminderCard(langFromLocale(reminder.learner.locale), {
    course: reminder.course,
    stage: reminder.stage,
    dueOn: reminder.standing.dueOn,
  });
  return { type: 'message', attachments: [cardAttachment(card)] };
}

/**
 * The message of a manager's weekly summary, in the manager's language when the directory knows it.
 * @param courses the catalogue, for the courses' names
 */
export function summaryActivity(
  summary: TeamTrainingSummary,
  manager: Learner | undefined,
  courses: readonly Pick<Course, 'id' | 'name'>[],
  timeZone: string,
): OutboundActivity {
  const card = trainingSummaryCard(langFromLocale(manager?.locale), summary, courses, { timeZone });
  return { type: 'message', attachments: [cardAttachment(card)] };
}
