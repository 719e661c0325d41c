import { addDays, localDate, weekday, type LocalDate } from './local-date';

/** A Dutch public holiday on which Voordeur sends no training reminders. */
export interface PublicHoliday {
  date: LocalDate;
  name: string;
}

/**
 * Easter Sunday of a Gregorian year (the "anonymous" computus of Meeus, Jones and Butcher).
 * @example easterSunday(2025) === '2025-04-20'
 */
export function easterSunday(year: number): LocalDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return localDate(year, month, day);
}

/**
 * Koningsdag: 27 April, or Saturday 26 April when the 27th is a Sunday (the rule since 2014, when the King's
 * birthday replaced Koninginnedag on 30 April; earlier years are not needed for reminders).
 */
export function koningsdag(year: number): LocalDate {
  const date = localDate(year, 4, 27);
  return weekday(date) === 0 ? localDate(year, 4, 26) : date;
}

/**
 * The Dutch public holidays of a year, in date order.
 * @remarks The days of the Algemene termijnenwet, computed rather than typed in per year:
 * - Goede Vrijdag is left out: it is not a general public holiday in the Netherlands; only some collective
 *   agreements give it off, so on that Friday most staff work and a reminder is not out of place.
 * - Bevrijdingsdag (5 May) is in, every year. It is a national holiday every year, although many employers give
 *   it off only once every five years (2025, 2030, …); a reminder held back one day costs nothing, a reminder on
 *   someone's day off is the thing to avoid.
 * - Eerste Paasdag and Eerste Pinksterdag fall on Sundays, which are no working days anyway; they are listed so
 *   the list reads as people know it.
 */
export function dutchPublicHolidays(year: number): PublicHoliday[] {
  const easter = easterSunday(year);
  const days: PublicHoliday[] = [
    { date: localDate(year, 1, 1), name: 'Nieuwjaarsdag' },
    { date: easter, name: 'Eerste Paasdag' },
    { date: addDays(easter, 1), name: 'Tweede Paasdag' },
    { date: koningsdag(year), name: 'Koningsdag' },
    { date: localDate(year, 5, 5), name: 'Bevrijdingsdag' },
    { date: addDays(easter, 39), name: 'Hemelvaartsdag' },
    { date: addDays(easter, 49), name: 'Eerste Pinksterdag' },
    { date: addDays(easter, 50), name: 'Tweede Pinksterdag' },
    { date: localDate(year, 12, 25), name: 'Eerste Kerstdag' },
    { date: localDate(year, 12, 26), name: 'Tweede Kerstdag' },
  ];
  return days.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
}

const cache = new Map<number, Map<LocalDate, string>>();

/** The holiday on `date`, if there is one. */
export function dutchPublicHoliday(date: LocalDate): string | undefined {
  const year = Number(date.slice(0, 4));
  let days = cache.get(year);
  if (!days) {
    days = new Map(dutchPublicHolidays(year).map((h) => [h.date, h.name]));
    cache.set(year, days);
  }
  return days.get(date);
}
