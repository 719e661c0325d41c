import {
  CLAIM_PAUSE_DAYS,
  DEFAULT_TIME_ZONE,
  todayIn,
  type Course,
  type ReminderStage,
  type TeamTrainingSummary,
} from '../../training';
import { type AdaptiveCardJson, expandCard } from '../cards/expand-card';
import { TEXTS } from '../cards/texts';
import type { Lang } from '../locale';
import { executeAction } from '../see-something/cards';
import { formatDate, TRAINING_TEXTS } from './texts';
import { TRAINING } from './verbs';

/** What a reminder card is about: one course, the stage reached, and its due date (none when never done). */
export interface ReminderCardInput {
  course: Pick<Course, 'id' | 'name' | 'enrolUrl'>;
  stage: ReminderStage;
  dueOn?: string;
}

const kindOf = (stage: ReminderStage): 'before' | 'overdue' | 'never' =>
  stage.startsWith('before-') ? 'before' : stage.startsWith('overdue-') ? 'overdue' : 'never';

function enrolAction(lang: Lang, course: ReminderCardInput['course']) {
  return course.enrolUrl
    ? [{ type: 'Action.OpenUrl', title: TRAINING_TEXTS[lang].enrol, url: course.enrolUrl, style: 'positive' }]
    : [];
}

function dueLine(lang: Lang, input: ReminderCardInput): string {
  const t = TRAINING_TEXTS[lang];
  const name = input.course.name[lang];
  const kind = kindOf(input.stage);
  if (kind === 'never' || !input.dueOn) return t.due.never(name);
  return t.due[kind](name, formatDate(input.dueOn, lang));
}

/**
 * The reminder a person gets in their 1:1 chat: what is due, one line on why it matters, and the buttons to
 * sign up, to be reminded next week, or to say it is already done.
 * @remarks The snooze and claim buttons are `Action.Execute` (Teams replaces the card with the answer) with an
 * `Action.Submit` fallback; their data names only the course, since the person is whoever presses.
 */
export function trainingReminderCard(lang: Lang, input: ReminderCardInput): AdaptiveCardJson {
  const t = TRAINING_TEXTS[lang];
  const data = (verb: typeof TRAINING.snooze | typeof TRAINING.claim) => ({
    verb,
    course: input.course.id,
    stage: input.stage,
    ...(input.dueOn ? { due: input.dueOn } : {}),
  });
  return expandCard('training-reminder', {
    lang,
    title: t.title[kindOf(input.stage)],
    due: dueLine(lang, input),
    why: t.why,
    hint: input.course.enrolUrl ? '' : t.noEnrolUrl,
    after: '',
    footer: TEXTS[lang].footer,
    actions: [
      ...enrolAction(lang, input.course),
      executeAction(t.snooze, data(TRAINING.snooze)),
      executeAction(t.claim, data(TRAINING.claim)),
    ],
  });
}

/** The reminder card after a button: what happens now, with the enrol button kept. */
export function trainingReminderDoneCard(
  lang: Lang,
  input: ReminderCardInput,
  outcome: 'snoozed' | 'claimed' | 'already-done' | 'unknown-course',
): AdaptiveCardJson {
  const t = TRAINING_TEXTS[lang];
  const name = input.course.name[lang];
  const after = {
    snoozed: () => t.snoozed(name),
    claimed: () => t.claimed(name, CLAIM_PAUSE_DAYS),
    'already-done': () => t.alreadyDone(name),
    'unknown-course': () => t.unknownCourse,
  }[outcome]();
  return expandCard('training-reminder', {
    lang,
    title: t.title[kindOf(input.stage)],
    due: dueLine(lang, input),
    why: '',
    hint: '',
    after,
    footer: TEXTS[lang].footer,
    actions: outcome === 'unknown-course' ? [] : enrolAction(lang, input.course),
  });
}

/** At most this many people per section of the summary; the tab lists everyone. */
export const SUMMARY_MAX_PEOPLE = 10;

/**
 * The manager's weekly summary of a team: completion, who is late, who did not respond to three reminders,
 * and the claims to confirm or reject (buttons that update the card in place).
 * @param courses the catalogue, for the courses' names
 * @param options the team's name when known; the time zone for the dates of claims (default Europe/Amsterdam);
 *   a notice on top, such as the decision a manager just made on this card
 * @remarks No button is styled as the primary one: each claim is a decision of its own.
 */
export function trainingSummaryCard(
  lang: Lang,
  summary: TeamTrainingSummary,
  courses: readonly Pick<Course, 'id' | 'name'>[],
  options: { teamName?: string; timeZone?: string; notice?: string } = {},
): AdaptiveCardJson {
  const { teamName, timeZone = DEFAULT_TIME_ZONE, notice = '' } = options;
  const t = TRAINING_TEXTS[lang];
  const s = t.summary;
  const courseName = (id: string) => courses.find((c) => c.id === id)?.name[lang] ?? id;
  const describe = (c: TeamTrainingSummary['late'][number]['courses'][number]) =>
    c.claimedAt
      ? `${courseName(c.courseId)}: ${t.claimedOn(formatDate(todayIn(c.claimedAt, timeZone), lang))}`
      : `${courseName(c.courseId)}: ${t.status[c.status](c.dueOn ? formatDate(c.dueOn, lang) : '')}`;
  // A claim to decide on is one entry per course, its two buttons right under its line: a button that named the
  // course ("Klopt niet: E-learning meldcode: opfrissen") was cut off on a narrow card.
  const decisions = (p: TeamTrainingSummary['late'][number]) =>
    p.courses.map((c) => ({
      name: p.displayName ?? s.someone,
      lines: [{ text: describe(c) }],
      actions: [TRAINING.confirm, TRAINING.reject].map((verb) =>
        executeAction(verb === TRAINING.confirm ? s.confirm : s.reject, {
          verb,
          course: c.courseId,
          person: p.aadObjectId,
          team: summary.teamId,
        }),
      ),
    }));
  const section = (title: string, intro: string, people: TeamTrainingSummary['late'], decide = false) => ({
    title,
    intro,
    people: people.slice(0, SUMMARY_MAX_PEOPLE).flatMap((p) =>
      decide
        ? decisions(p)
        : [
            {
              name: p.displayName ?? s.someone,
              lines: p.courses.map((c) => ({ text: describe(c) })),
              actions: [],
            },
          ],
    ),
    more: people.length > SUMMARY_MAX_PEOPLE ? s.more(people.length - SUMMARY_MAX_PEOPLE) : '',
  });
  const sections = [
    section(s.claimsTitle, s.claimsIntro, summary.openClaims, true),
    section(s.escalatedTitle, s.escalatedIntro, summary.escalated),
    section(s.lateTitle, s.lateIntro, summary.late),
  ].filter((x) => x.people.length > 0);
  return expandCard('training-summary', {
    lang,
    title: teamName ? s.titleOf(teamName) : s.title,
    week: s.week(summary.week),
    completion: s.completion(summary.upToDate, summary.people),
    notice,
    sections,
    footer: TEXTS[lang].footer,
  });
}
