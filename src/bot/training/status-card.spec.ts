import { SEED_COURSES, type MyTraining } from '../../training';
import { trainingStatusCard } from './status-card';

const [vadv, elearning] = SEED_COURSES;
const lines = (card: unknown): string[] => {
  const found: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    if (record.type === 'TextBlock') found.push(String(record.text));
    if (record.type === 'Action.OpenUrl') found.push(`[${String(record.title)}] ${String(record.url)}`);
    Object.values(record).forEach(walk);
  };
  walk(card);
  return found;
};

describe('trainingStatusCard', () => {
  it('says per course where the person stands, with a sign-up button only for what is to do', () => {
    const mine: MyTraining = {
      today: '2025-03-12',
      courses: [
        {
          course: { ...vadv!, enrolUrl: 'https://leren.example.org/vadv' },
          standing: { courseId: vadv!.id, status: 'overdue', completedOn: '2023-02-01', dueOn: '2025-02-01' },
        },
        {
          course: elearning!,
          standing: { courseId: elearning!.id, status: 'never' },
          claimedAt: new Date('2025-03-10T23:30:00Z'),
        },
        {
          course: {
            ...elearning!,
            id: 'once',
            validityMonths: undefined,
            enrolUrl: 'https://x.example/once',
          },
          standing: { courseId: 'once', status: 'done', completedOn: '2020-05-01' },
        },
      ],
    };
    expect(lines(trainingStatusCard('nl', mine))).toEqual([
      'Jouw training',
      'Zo staat je training er vandaag (12 maart 2025) voor.',
      'Veilig achter de voordeur',
      'Verlopen op 1 februari 2025.',
      '[Inschrijven] https://leren.example.org/vadv',
      'E-learning meldcode: opfrissen',
      'Nog niet gedaan.',
      // 23:30 UTC on the 10th is the 11th in Amsterdam.
      'Je meldde op 11 maart 2025 dat je deze training hebt gedaan. Je leidinggevende of een beheerder bevestigt dat nog.',
      'Vraag je leidinggevende hoe je je inschrijft.',
      'E-learning meldcode: opfrissen',
      'Gedaan op 1 mei 2020.',
      'Direct gevaar: bel 112. Twijfel of advies nodig: bel Veilig Thuis, 0800-2000 (gratis).',
    ]);
  });

  it('says so when no course applies', () => {
    const shown = lines(trainingStatusCard('en', { today: '2025-03-12', courses: [] }));
    expect(shown).toContain('There is no training waiting for you now.');
    expect(shown.some((l) => l.startsWith('['))).toBe(false);
  });
});
