/**
 * Calendar dates without a time or a zone, written `YYYY-MM-DD`.
 * @remarks Training dates are days on a calendar ("completed on 12 March"), not instants: keeping them as plain
 * strings means a record never shifts a day when the server's or the reader's time zone changes, and ISO strings
 * sort and compare the same way as the days they name.
 */
export type LocalDate = string;

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when year, month (1-12) and day name a day that exists, such as 29 February 2028 but not 2027. */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

/** The number of days of a month (1-12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Writes a day as `YYYY-MM-DD`; the caller has checked it with {@link isRealDate}. */
export function localDate(year: number, month: number, day: number): LocalDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Year, month (1-12) and day of a `YYYY-MM-DD` date; throws on anything else, which is a bug upstream. */
export function partsOf(date: LocalDate): { year: number; month: number; day: number } {
  const match = ISO_DATE.exec(date);
  const parts = match && { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  if (!parts || !isRealDate(parts.year, parts.month, parts.day)) throw new Error(`not a date: ${date}`);
  return parts;
}

/** True for a well-formed `YYYY-MM-DD` that names a real day. */
export function isLocalDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  return match !== null && isRealDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

function dayNumber(date: LocalDate): number {
  const { year, month, day } = partsOf(date);
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

function fromDayNumber(n: number): LocalDate {
  const d = new Date(n * MS_PER_DAY);
  return localDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** The date `days` days later (earlier when negative). */
export function addDays(date: LocalDate, days: number): LocalDate {
  return fromDayNumber(dayNumber(date) + days);
}

/**
 * The same day `months` months later; a day the target month lacks becomes its last day (31 March + 1 month
 * is 30 April, 29 February + 12 months is 28 February).
 */
export function addMonths(date: LocalDate, months: number): LocalDate {
  const { year, month, day } = partsOf(date);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return localDate(y, m, Math.min(day, daysInMonth(y, m)));
}

/** Whole days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** Day of the week: 0 Sunday, 1 Monday … 6 Saturday. */
export function weekday(date: LocalDate): number {
  // Day 0 of the epoch, 1 January 1970, was a Thursday.
  return (((dayNumber(date) + 4) % 7) + 7) % 7;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The date and time on the wall clock of `timeZone` at the instant `at`.
 * @throws RangeError for a time zone Node does not know (a configuration error, found at start-up).
 */
export function wallClock(at: Date, timeZone: string): { date: LocalDate; hour: number; minute: number } {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, format);
  }
  const parts: Record<string, string> = {};
  for (const part of format.formatToParts(at)) parts[part.type] = part.value;
  return {
    date: localDate(Number(parts.year), Number(parts.month), Number(parts.day)),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
  };
}

/** The date of `at` in `timeZone`. */
export function todayIn(at: Date, timeZone: string): LocalDate {
  return wallClock(at, timeZone).date;
}

/** The ISO week of a date, such as `2025-W03`: weeks start on Monday; week 1 holds the year's first Thursday. */
export function isoWeek(date: LocalDate): string {
  const monday = addDays(date, -((weekday(date) + 6) % 7));
  const thursday = addDays(monday, 3);
  const year = Number(thursday.slice(0, 4));
  const week = Math.floor(daysBetween(localDate(year, 1, 1), thursday) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}
