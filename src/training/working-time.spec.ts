import { workingTime } from './working-time';

// Amsterdam is UTC+1 in winter and UTC+2 in summer.
describe('workingTime', () => {
  it('is open on a weekday from 09:00 to 16:59 local time, in winter and in summer', () => {
    expect(workingTime(new Date('2025-03-12T08:00:00Z'))).toEqual({ ok: true, today: '2025-03-12' });
    expect(workingTime(new Date('2025-03-12T15:59:00Z')).ok).toBe(true);
    expect(workingTime(new Date('2025-07-09T07:00:00Z')).ok).toBe(true);
    expect(workingTime(new Date('2025-07-09T14:59:00Z')).ok).toBe(true);
  });

  it('is closed before 09:00 and from 17:00 local time', () => {
    expect(workingTime(new Date('2025-03-12T07:59:00Z'))).toEqual({
      ok: false,
      today: '2025-03-12',
      reason: 'outside-hours',
    });
    expect(workingTime(new Date('2025-03-12T16:00:00Z')).ok).toBe(false);
    // 08:30 UTC is 10:30 in summer but would be 09:30 in winter: the zone's own offset counts.
    expect(workingTime(new Date('2025-07-09T06:59:00Z')).ok).toBe(false);
    expect(workingTime(new Date('2025-07-09T15:00:00Z')).ok).toBe(false);
  });

  it('uses the local date: late evening UTC on Friday is already Saturday in Amsterdam', () => {
    expect(workingTime(new Date('2025-03-14T23:30:00Z'))).toMatchObject({
      today: '2025-03-15',
      reason: 'weekend',
    });
  });

  it('is closed at weekends and on public holidays', () => {
    expect(workingTime(new Date('2025-03-15T10:00:00Z'))).toMatchObject({ ok: false, reason: 'weekend' });
    expect(workingTime(new Date('2025-03-16T10:00:00Z'))).toMatchObject({ ok: false, reason: 'weekend' });
    expect(workingTime(new Date('2025-04-21T10:00:00Z'))).toEqual({
      ok: false,
      today: '2025-04-21',
      reason: 'holiday',
      holiday: 'Tweede Paasdag',
    });
    expect(workingTime(new Date('2025-05-29T10:00:00Z'))).toMatchObject({ reason: 'holiday' });
    expect(workingTime(new Date('2025-12-26T10:00:00Z'))).toMatchObject({ reason: 'holiday' });
  });

  it('honours another time zone', () => {
    // 10:00 UTC is 06:00 in New York: too early there.
    expect(workingTime(new Date('2025-03-12T10:00:00Z'), 'America/New_York').ok).toBe(false);
    expect(workingTime(new Date('2025-03-12T14:00:00Z'), 'America/New_York').ok).toBe(true);
  });
});
