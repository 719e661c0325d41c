import { SEED_COURSES } from '../../training';
import { trainingReminderCard, trainingReminderDoneCard, trainingSummaryCard } from './cards';
import { claimDecisionData, reminderActionData, TRAINING } from './verbs';

type Node = Record<string, unknown>;
const actions = (card: unknown): Node[] => {
  if (Array.isArray(card)) return card.flatMap(actions);
  if (!card || typeof card !== 'object') return [];
  const node = card as Node;
  const self = typeof node.type === 'string' && node.type.startsWith('Action.') ? [node] : [];
  const { fallback: _fallback, ...rest } = node;
  return [...self, ...Object.values(self.length ? rest : node).flatMap(actions)];
};
const texts = (card: unknown): string => JSON.stringify(card);

const course = { ...SEED_COURSES[0]!, enrolUrl: 'https://leren.example.org/vadv' };

describe('trainingReminderCard', () => {
  it('says what is due in the person’s language, with enrol, snooze and claim buttons', () => {
    const nl = trainingReminderCard('nl', { course, stage: 'before-14', dueOn: '2025-04-01' });
    expect(texts(nl)).toContain('Doe \\"Veilig achter de voordeur\\" opnieuw vóór 1 april 2025.');
    const en = trainingReminderCard('en', { course, stage: 'overdue-1', dueOn: '2025-04-01' });
    expect(texts(en)).toContain('expired on 1 April 2025');
    expect(actions(nl).map((a) => [a.type, a.title])).toEqual([
      ['Action.OpenUrl', 'Inschrijven'],
      ['Action.Execute', 'Herinner me volgende week'],
      ['Action.Execute', 'Ik heb deze training al gedaan'],
    ]);
  });

  it('gives every Execute button an Action.Submit fallback whose data the route’s schema accepts', () => {
    const card = trainingReminderCard('nl', { course, stage: 'never-1' });
    const execute = actions(card).filter((a) => a.type === 'Action.Execute');
    for (const action of execute) {
      const fallback = action.fallback as Node;
      expect(fallback.type).toBe('Action.Submit');
      expect(fallback.data).toEqual(action.data);
      expect(reminderActionData.parse(action.data)).toEqual({
        verb: action.verb,
        course: course.id,
        stage: 'never-1',
      });
    }
    expect(execute.map((a) => a.verb)).toEqual([TRAINING.snooze, TRAINING.claim]);
    const due = trainingReminderCard('en', { course, stage: 'before-3', dueOn: '2025-04-01' });
    expect(actions(due).filter((a) => a.type === 'Action.Execute')[0]!.data).toEqual({
      verb: TRAINING.snooze,
      course: course.id,
      stage: 'before-3',
      due: '2025-04-01',
    });
  });

  it('sends people to their manager when the course has no enrol link, instead of inventing one', () => {
    const card = trainingReminderCard('nl', { course: SEED_COURSES[1]!, stage: 'never-1' });
    expect(actions(card).some((a) => a.type === 'Action.OpenUrl')).toBe(false);
    expect(texts(card)).toContain('Vraag je leidinggevende hoe je je inschrijft.');
    expect(texts(card)).toContain('nog niet gedaan');
  });

  it('answers a button in place, keeping only the enrol button', () => {
    const done = trainingReminderDoneCard('en', { course, stage: 'never-1' }, 'snoozed');
    expect(texts(done)).toContain('I will remind you about');
    expect(actions(done).map((a) => a.type)).toEqual(['Action.OpenUrl']);
    const claimed = trainingReminderDoneCard('nl', { course, stage: 'never-1' }, 'claimed');
    expect(texts(claimed)).toContain('14 dagen geen herinnering');
  });
});

describe('training verbs', () => {
  it('refuse tampered data', () => {
    expect(reminderActionData.safeParse({ verb: TRAINING.snooze, course: '../etc' }).success).toBe(false);
    expect(reminderActionData.safeParse({ verb: TRAINING.confirm, course: course.id }).success).toBe(false);
    expect(reminderActionData.safeParse({ verb: TRAINING.claim }).success).toBe(false);
    const press = { verb: TRAINING.claim, course: course.id, stage: 'overdue-2', due: '2025-04-01' };
    expect(reminderActionData.parse(press)).toEqual(press);
    expect(reminderActionData.safeParse({ ...press, stage: 'overdue-9' }).success).toBe(false);
    expect(reminderActionData.safeParse({ ...press, due: '2025-02-30' }).success).toBe(false);
    const decision = { verb: TRAINING.confirm, course: course.id, person: 'aad-1', team: 't1' };
    expect(claimDecisionData.parse(decision)).toEqual(decision);
    expect(claimDecisionData.safeParse({ ...decision, person: 'x; drop' }).success).toBe(false);
  });
});

describe('trainingSummaryCard', () => {
  it('puts a confirm and a reject button under each open claim, naming the course when there are several', () => {
    const claimedAt = new Date('2025-03-10T23:30:00Z');
    const card = trainingSummaryCard(
      'nl',
      {
        teamId: 't1',
        week: '2025-W11',
        people: 3,
        upToDate: 1,
        late: [],
        escalated: [],
        openClaims: [
          {
            aadObjectId: 'aad-9',
            displayName: 'Sam',
            courses: SEED_COURSES.map((c) => ({ courseId: c.id, status: 'never' as const, claimedAt })),
          },
        ],
      },
      SEED_COURSES,
    );
    // 23:30 UTC is the next day in Amsterdam.
    expect(texts(card)).toContain('gemeld op 11 maart 2025');
    expect(texts(card)).toContain('1 van de 3 collega');
    const buttons = actions(card);
    // One entry per claimed course, its buttons under its own line.
    expect(buttons.map((a) => a.title)).toEqual(['Klopt', 'Klopt niet', 'Klopt', 'Klopt niet']);
    expect(buttons.map((a) => (a.data as { course: string }).course)).toEqual(
      SEED_COURSES.slice(0, 2).flatMap((c) => [c.id, c.id]),
    );
    for (const b of buttons)
      expect(claimDecisionData.parse(b.data)).toMatchObject({ person: 'aad-9', team: 't1' });
  });
});
