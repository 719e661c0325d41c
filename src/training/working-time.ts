import { dutchPublicHoliday } from './dutch-holidays';
import { wallClock, weekday, type LocalDate } from './local-date';

/** The time zone reminders are planned in when none is configured (`TZ`). */
export const DEFAULT_TIME_ZONE = 'Europe/Amsterdam';

/** Reminders go out from this hour (inclusive) … */
export const WORKDAY_START_HOUR = 9;
/** … until this hour (exclusive): 09:00 to 16:59. */
export const WORKDAY_END_HOUR = 17;

/** Whether reminders may go out now, and the local date they are planned for. */
export type WorkingTime =
  | { ok: true; today: LocalDate }
  | { ok: false; today: LocalDate; reason: 'weekend' | 'holiday' | 'outside-hours'; holiday?: string };

/**
 * Whether `now` is a working moment in `timeZone`: Monday to Friday, not a Dutch public holiday, 09:00-17:00.
 * @remarks Reminders are about the person's work, so they come when people are at work, never in an evening,
 * a weekend or a day off.
 */
export function workingTime(now: Date, timeZone: string = DEFAULT_TIME_ZONE): WorkingTime {
  const { date, hour } = wallClock(now, timeZone);
  const day = weekday(date);
  if (day === 0 || day === 6) return { ok: false, today: date, reason: 'weekend' };
  const holiday = dutchPublicHoliday(date);
  if (holiday) return { ok: false, today: date, reason: 'holiday', holiday };
  if (hour < WORKDAY_START_HOUR || hour >= WORKDAY_END_HOUR) {
    return { ok: false, today: date, reason: 'outside-hours' };
  }
  return { ok: true, today: date };
}
