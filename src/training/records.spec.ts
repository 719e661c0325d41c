import { SEED_COURSES, courseAppliesTo, courseFinder, COURSE_ID, type Course } from './courses';
import { dueDate, standing, type TrainingRecord } from './records';

const course: Course = {
  id: 'veilig-achter-de-voordeur',
  name: { nl: 'Veilig achter de voordeur', en: 'Safe behind the front door' },
  validityMonths: 24,
  appliesTo: { kind: 'all' },
};
const rec = (completedOn: string): TrainingRecord => ({
  aadObjectId: 'a',
  courseId: course.id,
  completedOn,
  source: 'import',
});

describe('standing', () => {
  it('is never done without a record', () => {
    expect(standing(course, undefined, '2025-03-12')).toEqual({ courseId: course.id, status: 'never' });
  });

  it('is due soon from 30 days before the due date, overdue from the due date on', () => {
    const r = rec('2023-04-11');
    expect(dueDate(course, r.completedOn)).toBe('2025-04-11');
    expect(standing(course, r, '2025-03-11').status).toBe('done');
    expect(standing(course, r, '2025-03-12')).toEqual({
      courseId: course.id,
      status: 'due-soon',
      completedOn: '2023-04-11',
      dueOn: '2025-04-11',
    });
    expect(standing(course, r, '2025-04-10').status).toBe('due-soon');
    expect(standing(course, r, '2025-04-11').status).toBe('overdue');
  });

  it('is done for good for a course without a validity', () => {
    const once = { ...course, validityMonths: undefined };
    expect(standing(once, rec('1999-01-01'), '2030-01-01')).toEqual({
      courseId: course.id,
      status: 'done',
      completedOn: '1999-01-01',
      dueOn: undefined,
    });
  });
});

describe('courses', () => {
  it('finds a course by id or either name, ignoring case and spaces', () => {
    const find = courseFinder(SEED_COURSES);
    expect(find('veilig-achter-de-voordeur')?.id).toBe('veilig-achter-de-voordeur');
    expect(find('  VEILIG  achter de Voordeur ')?.id).toBe('veilig-achter-de-voordeur');
    expect(find('E-learning: refresh the meldcode')?.id).toBe('meldcode-e-learning');
    expect(find('e-learning meldcode: opfrissen')?.id).toBe('meldcode-e-learning');
    expect(find('EHBO')).toBeUndefined();
  });

  it('applies to everyone, to teams or to profiles', () => {
    const person = { teamIds: ['t1'], profiles: ['vakmannen' as const] };
    expect(courseAppliesTo(course, person)).toBe(true);
    expect(courseAppliesTo({ ...course, appliesTo: { kind: 'teams', teamIds: ['t2', 't1'] } }, person)).toBe(
      true,
    );
    expect(courseAppliesTo({ ...course, appliesTo: { kind: 'teams', teamIds: ['t2'] } }, person)).toBe(false);
    expect(
      courseAppliesTo({ ...course, appliesTo: { kind: 'profiles', profiles: ['vakmannen'] } }, person),
    ).toBe(true);
    expect(
      courseAppliesTo({ ...course, appliesTo: { kind: 'profiles', profiles: ['buurtbeheer'] } }, person),
    ).toBe(false);
  });

  it('seeds valid ids, and the main training every 24 months for everyone', () => {
    for (const c of SEED_COURSES) expect(c.id).toMatch(COURSE_ID);
    expect(SEED_COURSES[0]).toMatchObject({
      id: 'veilig-achter-de-voordeur',
      validityMonths: 24,
      appliesTo: { kind: 'all' },
    });
    expect(COURSE_ID.test('Veilig')).toBe(false);
    expect(COURSE_ID.test('a--b')).toBe(false);
    expect(COURSE_ID.test('a'.repeat(65))).toBe(false);
  });
});
