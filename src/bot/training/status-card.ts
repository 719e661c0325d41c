import { DEFAULT_TIME_ZONE, todayIn, type MyCourse, type MyTraining } from '../../training';
import { type AdaptiveCardJson, expandCard } from '../cards/expand-card';
import { TEXTS } from '../cards/texts';
import type { Lang } from '../locale';
import { formatDate, TRAINING_TEXTS } from './texts';

/** How each status looks: the words say it, the colour only repeats it. */
const COLOR = { done: 'Good', 'due-soon': 'Warning', overdue: 'Attention', never: 'Attention' } as const;

function statusLine(lang: Lang, { standing }: MyCourse): string {
  const t = TRAINING_TEXTS[lang].mine;
  const date = (d: string | undefined) => formatDate(d!, lang);
  switch (standing.status) {
    case 'done':
      return standing.dueOn ? t.done(date(standing.dueOn)) : t.doneOnce(date(standing.completedOn));
    case 'due-soon':
      return t.dueSoon(date(standing.dueOn));
    case 'overdue':
      return t.overdue(date(standing.dueOn));
    case 'never':
      return t.never;
  }
}

/**
 * "Mijn training": the person's own status per course, with a button to sign up for what is due, overdue or
 * never done (when the course has an enrolment link; otherwise a hint to ask their manager, nothing invented).
 * @param timeZone for the day a claim was made (default Europe/Amsterdam)
 */
export function trainingStatusCard(
  lang: Lang,
  mine: MyTraining,
  timeZone: string = DEFAULT_TIME_ZONE,
): AdaptiveCardJson {
  const t = TRAINING_TEXTS[lang];
  const toDo = (c: MyCourse) => c.standing.status !== 'done';
  const courses = mine.courses.map((c) => {
    const name = c.course.name[lang];
    return {
      name,
      line: statusLine(lang, c),
      color: COLOR[c.standing.status],
      claim: c.claimedAt ? t.mine.claimed(formatDate(todayIn(c.claimedAt, timeZone), lang)) : '',
      hint: toDo(c) && !c.course.enrolUrl ? t.noEnrolUrl : '',
      actions:
        toDo(c) && c.course.enrolUrl
          ? [{ type: 'Action.OpenUrl', title: t.mine.enrol, url: c.course.enrolUrl }]
          : [],
    };
  });
  return expandCard('training-status', {
    lang,
    title: t.mine.title,
    intro: courses.length ? t.mine.intro(formatDate(mine.today, lang)) : t.mine.none,
    courses,
    footer: TEXTS[lang].footer,
  });
}
