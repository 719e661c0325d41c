import { QuestionChangeError, daysEndingOn, nextQuestionState, unansweredTable } from './editorial';

describe('nextQuestionState', () => {
  const t1 = new Date('2026-12-01T10:00:00Z');
  const t2 = new Date('2026-12-02T10:00:00Z');

  it('keeps the first moment a question was read, and marks a handled question read', () => {
    expect(nextQuestionState({}, { read: true }, t1)).toEqual({ readAt: t1 });
    expect(nextQuestionState({ readAt: t1 }, { read: true }, t2)).toEqual({ readAt: t1 });
    expect(nextQuestionState({}, { handled: true }, t2)).toEqual({ readAt: t2, handledAt: t2 });
    expect(nextQuestionState({ readAt: t1 }, { handled: true }, t2)).toEqual({ readAt: t1, handledAt: t2 });
  });

  it('reopens: handled false keeps it read, read false clears both', () => {
    const done = { readAt: t1, handledAt: t1 };
    expect(nextQuestionState(done, { handled: false }, t2)).toEqual({ readAt: t1 });
    expect(nextQuestionState(done, { read: false }, t2)).toEqual({});
    expect(nextQuestionState(done, {}, t2)).toEqual(done);
  });

  it('refuses a handled question that is not read', () => {
    expect(() => nextQuestionState({}, { read: false, handled: true }, t1)).toThrow(QuestionChangeError);
  });
});

describe('unansweredTable', () => {
  it('lists every day newest first, with zeros, across a month and a year', () => {
    expect(daysEndingOn('2026-03-01', 3)).toEqual(['2026-03-01', '2026-02-28', '2026-02-27']);
    expect(daysEndingOn('2027-01-01', 2)).toEqual(['2027-01-01', '2026-12-31']);
    const table = unansweredTable(daysEndingOn('2026-12-03', 3), [
      { day: '2026-12-03', lang: 'nl', count: 2 },
      { day: '2026-12-01', lang: 'en', count: 1 },
      { day: '2026-12-01', lang: 'nl', count: 4 },
      { day: '2026-11-01', lang: 'nl', count: 9 },
    ]);
    expect(table).toEqual([
      { day: '2026-12-03', counts: { nl: 2, en: 0 }, total: 2 },
      { day: '2026-12-02', counts: { nl: 0, en: 0 }, total: 0 },
      { day: '2026-12-01', counts: { nl: 4, en: 1 }, total: 5 },
    ]);
  });
});
