import type { TurnContext } from 'botbuilder';
import { claimCourseDone, snoozeCourse, standing, todayIn } from '../../training';
import type { BotDependencies } from '../bot-dependencies';
import type { AdaptiveCardJson } from '../cards/expand-card';
import { langOf, type Lang } from '../locale';
import { setRoute } from '../route-name';
import { EXPIRED } from '../routes/expired-card';
import { trainingReminderDoneCard } from './cards';
import { reminderActionData, TRAINING } from './verbs';

/** What replaces a pressed training card: the card again with the answer, or a short text. */
export type TrainingResult = { card: AdaptiveCardJson } | { text: string };

export type TrainingDeps = Pick<
  BotDependencies,
  | 'training'
  | 'trainingReminders'
  | 'trainingLearners'
  | 'teamRoles'
  | 'teamMembers'
  | 'isAdmin'
  | 'now'
  | 'timeZone'
>;

/** A card that no longer works (tampered data, a course no longer in the catalogue): said plainly. */
export function trainingCardExpired(context: TurnContext, lang: Lang, reason: string): TrainingResult {
  setRoute(context, `training:expired:${reason}`);
  return { text: EXPIRED[lang] };
}

/**
 * "Herinner me volgende week" and "ik heb deze training al gedaan" on a reminder card. The person is whoever
 * pressed; the card comes back with what happens now.
 * @remarks Pressing twice is harmless: a second snooze moves the week along, a second claim finds the first
 * still open. A claim for a course the records already show as done opens nothing.
 */
export async function pressReminderButton(
  context: TurnContext,
  raw: unknown,
  deps: TrainingDeps,
): Promise<TrainingResult> {
  const lang = langOf(context.activity);
  const parsed = reminderActionData.safeParse(raw);
  const person = context.activity.from?.aadObjectId;
  if (!parsed.success || !person) return trainingCardExpired(context, lang, 'invalid');
  const { verb, stage, due } = parsed.data;
  const course = await deps.training.get(parsed.data.course);
  if (!course) return trainingCardExpired(context, lang, 'unknown-course');
  const input = { course, stage, dueOn: due };
  const now = deps.now();
  const use = { courses: deps.training, reminders: deps.trainingReminders, aadObjectId: person };
  if (verb === TRAINING.snooze) {
    setRoute(context, 'training:snooze');
    await snoozeCourse({ ...use, courseId: course.id, now });
    return { card: trainingReminderDoneCard(lang, input, 'snoozed') };
  }
  const record = (await deps.training.recordsOf([person])).find((r) => r.courseId === course.id);
  if (standing(course, record, todayIn(now, deps.timeZone)).status === 'done') {
    setRoute(context, 'training:claim:already-done');
    return { card: trainingReminderDoneCard(lang, input, 'already-done') };
  }
  const claimed = await claimCourseDone({ ...use, courseId: course.id, now });
  setRoute(context, claimed.ok ? 'training:claim' : `training:claim:${claimed.reason}`);
  return { card: trainingReminderDoneCard(lang, input, 'claimed') };
}
