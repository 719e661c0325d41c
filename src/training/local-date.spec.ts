import {
  addDays,
  addMonths,
  daysBetween,
  isLocalDate,
  isoWeek,
  isRealDate,
  wallClock,
  weekday,
} from './local-date';

describe('local dates', () => {
  it('knows which days exist', () => {
    expect(isRealDate(2025, 2, 28)).toBe(true);
    expect(isRealDate(2025, 2, 29)).toBe(false);
    expect(isRealDate(2028, 2, 29)).toBe(true);
    expect(isRealDate(1900, 2, 29)).toBe(false);
    expect(isRealDate(2000, 2, 29)).toBe(true);
    expect(isRealDate(2025, 4, 31)).toBe(false);
    expect(isRealDate(2025, 13, 1)).toBe(false);
    expect(isLocalDate('2025-02-31')).toBe(false);
    expect(isLocalDate('2025-2-3')).toBe(false);
    expect(isLocalDate('2025-12-31')).toBe(true);
  });

  it('adds months, ending on the last day of a shorter month', () => {
    expect(addMonths('2024-03-15', 24)).toBe('2026-03-15');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2025-11-30', 3)).toBe('2026-02-28');
    expect(addMonths('2025-03-31', -1)).toBe('2025-02-28');
  });

  it('counts days across months, years and daylight saving time', () => {
    expect(addDays('2025-12-30', 3)).toBe('2026-01-02');
    expect(daysBetween('2025-03-29', '2025-03-31')).toBe(2);
    expect(daysBetween('2025-01-01', '2024-12-01')).toBe(-31);
    expect(weekday('2025-03-12')).toBe(3);
    expect(weekday('1970-01-01')).toBe(4);
    expect(weekday('1969-12-28')).toBe(0);
  });

  it('reads the wall clock of a time zone', () => {
    expect(wallClock(new Date('2025-03-30T00:59:00Z'), 'Europe/Amsterdam')).toEqual({
      date: '2025-03-30',
      hour: 1,
      minute: 59,
    });
    // Summer time has started: 01:00 UTC is 03:00.
    expect(wallClock(new Date('2025-03-30T01:00:00Z'), 'Europe/Amsterdam').hour).toBe(3);
  });

  it('names ISO weeks, across the turn of the year', () => {
    expect(isoWeek('2025-03-12')).toBe('2025-W11');
    expect(isoWeek('2024-12-30')).toBe('2025-W01');
    expect(isoWeek('2027-01-01')).toBe('2026-W53');
    expect(isoWeek('2027-01-04')).toBe('2027-W01');
    expect(isoWeek('2026-01-01')).toBe('2026-W01');
  });
});
