import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { MemberCourseView, TrainingStatusName } from '../../contracts';
import type { Lang, Strings } from '../i18n';

/** Most urgent first: the order of the chart, its table and the lists. */
export const STATUSES: readonly TrainingStatusName[] = ['overdue', 'never', 'due-soon', 'done'];

// Each status has its own pattern as well as its own colour, so the chart reads without colour: in the
// high-contrast theme every palette colour is white and only the patterns (drawn in the background colour)
// tell the statuses apart.
const line = tokens.colorNeutralBackground1;
const useStyles = makeStyles({
  fill: {
    '@media (forced-colors: active)': { forcedColorAdjust: 'none' },
  },
  overdue: {
    backgroundColor: tokens.colorPaletteRedBackground3,
    backgroundImage: `repeating-linear-gradient(45deg, ${line} 0 2px, transparent 2px 7px)`,
  },
  never: {
    backgroundColor: tokens.colorNeutralForeground3,
    backgroundImage: `radial-gradient(circle, ${line} 1.5px, transparent 2px)`,
    backgroundSize: '6px 6px',
  },
  'due-soon': {
    backgroundColor: tokens.colorPaletteMarigoldBackground3,
    backgroundImage: `repeating-linear-gradient(0deg, ${line} 0 2px, transparent 2px 6px)`,
  },
  done: { backgroundColor: tokens.colorPaletteGreenBackground3 },
  swatch: {
    display: 'inline-block',
    width: '16px',
    height: '16px',
    verticalAlign: 'middle',
    margin: '2px 6px 0 0',
    border: `1px solid ${tokens.colorNeutralForeground1}`,
    borderRadius: tokens.borderRadiusSmall,
    flexShrink: 0,
  },
});

/** The class that paints a status (colour and pattern). */
export function useStatusFill(): (status: TrainingStatusName) => string {
  const s = useStyles();
  return (status) => mergeClasses(s.fill, s[status]);
}

/** The small square that matches a status's part of the chart; decorative, the text says the status. */
export function Swatch({ status }: { status: TrainingStatusName }) {
  const s = useStyles();
  const fill = useStatusFill();
  return <span aria-hidden="true" className={mergeClasses(s.swatch, fill(status))} />;
}

const locale = (lang: Lang) => (lang === 'en' ? 'en-GB' : 'nl-NL');

/** A calendar day (`YYYY-MM-DD`) as people read it; it never shifts with the reader's time zone. */
export const formatDay = (day: string, lang: Lang): string =>
  new Intl.DateTimeFormat(locale(lang), { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );

/** An instant (ISO date-time) as the day it was, where the reader is. */
export const formatInstant = (at: string, lang: Lang): string =>
  new Intl.DateTimeFormat(locale(lang), { dateStyle: 'medium' }).format(new Date(at));

/** What a course's status means in words, with its dates: "Te laat, verlopen sinds 3 nov 2026". */
export function describeCourse(course: MemberCourseView, t: Strings, lang: Lang): string {
  const parts = [t.tr.status[course.status]];
  if (course.status === 'overdue' && course.dueOn)
    parts.push(t.tr.overdueSince(formatDay(course.dueOn, lang)));
  if (course.completedOn && course.status !== 'overdue') {
    parts.push(t.tr.completedOn(formatDay(course.completedOn, lang)));
  }
  if (course.dueOn && (course.status === 'due-soon' || course.status === 'done')) {
    parts.push(t.tr.dueOn(formatDay(course.dueOn, lang)));
  }
  return parts.join(', ');
}
