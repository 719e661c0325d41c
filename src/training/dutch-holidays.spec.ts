import { dutchPublicHoliday, dutchPublicHolidays, easterSunday, koningsdag } from './dutch-holidays';
import { addDays, weekday } from './local-date';

describe('easterSunday', () => {
  it.each([
    [2008, '2008-03-23'],
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    // The latest and the earliest dates Easter can fall on.
    [2038, '2038-04-25'],
    [2285, '2285-03-22'],
  ])('%i: %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });

  it('is a Sunday between 22 March and 25 April in every year of two centuries', () => {
    for (let year = 1950; year < 2150; year += 1) {
      const easter = easterSunday(year);
      expect(weekday(easter)).toBe(0);
      expect(easter >= `${year}-03-22` && easter <= `${year}-04-25`).toBe(true);
    }
  });
});

describe('koningsdag', () => {
  it('is 27 April, or Saturday the 26th when the 27th is a Sunday', () => {
    expect(koningsdag(2024)).toBe('2024-04-27');
    expect(koningsdag(2025)).toBe('2025-04-26');
    expect(koningsdag(2026)).toBe('2026-04-27');
    expect(koningsdag(2031)).toBe('2031-04-26');
  });
});

describe('dutchPublicHolidays', () => {
  it('lists the days of 2025 as the calendar has them', () => {
    expect(dutchPublicHolidays(2025)).toEqual([
      { date: '2025-01-01', name: 'Nieuwjaarsdag' },
      { date: '2025-04-20', name: 'Eerste Paasdag' },
      { date: '2025-04-21', name: 'Tweede Paasdag' },
      { date: '2025-04-26', name: 'Koningsdag' },
      { date: '2025-05-05', name: 'Bevrijdingsdag' },
      { date: '2025-05-29', name: 'Hemelvaartsdag' },
      { date: '2025-06-08', name: 'Eerste Pinksterdag' },
      { date: '2025-06-09', name: 'Tweede Pinksterdag' },
      { date: '2025-12-25', name: 'Eerste Kerstdag' },
      { date: '2025-12-26', name: 'Tweede Kerstdag' },
    ]);
  });

  it.each([
    [2024, '2024-04-01', '2024-05-09', '2024-05-20'],
    [2026, '2026-04-06', '2026-05-14', '2026-05-25'],
    [2027, '2027-03-29', '2027-05-06', '2027-05-17'],
  ])('%i: Tweede Paasdag %s, Hemelvaartsdag %s, Tweede Pinksterdag %s', (year, paas, hemel, pinkster) => {
    expect(dutchPublicHoliday(paas)).toBe('Tweede Paasdag');
    expect(dutchPublicHoliday(hemel)).toBe('Hemelvaartsdag');
    expect(dutchPublicHoliday(pinkster)).toBe('Tweede Pinksterdag');
    expect(weekday(hemel)).toBe(4);
    expect(weekday(paas)).toBe(1);
    expect(weekday(pinkster)).toBe(1);
    expect(dutchPublicHolidays(year)).toHaveLength(10);
  });

  it('leaves Goede Vrijdag out and keeps Bevrijdingsdag in every year', () => {
    for (const year of [2024, 2025, 2026, 2027]) {
      expect(dutchPublicHoliday(addDays(easterSunday(year), -2))).toBeUndefined();
      expect(dutchPublicHoliday(`${year}-05-05`)).toBe('Bevrijdingsdag');
    }
  });

  it('knows an ordinary working day is none', () => {
    expect(dutchPublicHoliday('2025-03-12')).toBeUndefined();
    expect(dutchPublicHoliday('2025-12-24')).toBeUndefined();
  });
});
