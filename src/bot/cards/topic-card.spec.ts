import { createGuidance, DANGER_TOPIC, loadKnowledge, type Topic } from '../../guidance';
import { answerCardAgain } from './answer-card-again';
import { topicCard } from './topic-card';

const topics = loadKnowledge();
const guidance = createGuidance(topics);
const related = (t: Topic) => guidance.related(t);

/** The verbs of a card's buttons (an action's fallback is not shown beside it). */
function verbsOf(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(verbsOf);
  if (!node || typeof node !== 'object') return [];
  const record = node as Record<string, unknown>;
  if (typeof record.type === 'string' && record.type.startsWith('Action.')) {
    const data = record.data as { verb?: string } | undefined;
    return [String(record.verb ?? data?.verb ?? record.url)];
  }
  return Object.values(record).flatMap(verbsOf);
}
const offersSeeSomething = (card: object) => verbsOf(card).includes('see-something.start');

describe('topicCard', () => {
  // The topics that list what someone may see; each needs "ik zie iets" on its card.
  const SIGNALS = [
    'kindermishandeling',
    'partnergeweld',
    'ouderenmishandeling',
    'signalen-in-de-woning',
    'eergerelateerd-geweld',
    'vrouwelijke-genitale-verminking',
  ];

  it('knows the signals topics by their signs', () => {
    expect(
      topics
        .filter((t) => t.signs)
        .map((t) => t.id)
        .sort(),
    ).toEqual([...SIGNALS].sort());
  });

  it.each(topics.map((t) => [t.id, t] as const))(
    '%s offers "ik zie iets" when it is a signals topic',
    (_, topic) => {
      for (const lang of ['nl', 'en'] as const) {
        expect(offersSeeSomething(topicCard(topic, related(topic), lang))).toBe(SIGNALS.includes(topic.id));
      }
    },
  );

  it('offers "ik zie iets" on every answer to a question what to do, but never on the danger card', () => {
    for (const topic of topics) {
      const card = topicCard(topic, related(topic), 'nl', { actionsFirst: true });
      expect([topic.id, offersSeeSomething(card)]).toEqual([topic.id, topic.id !== DANGER_TOPIC]);
    }
  });
});

describe('answerCardAgain', () => {
  const view = (text: string) => ({
    card: 'model' as const,
    lang: 'nl' as const,
    cited: ['meldrecht'],
    text,
  });
  const line = topics.find((t) => t.id === 'meldrecht')!.body.nl[0]!;

  it('builds the language model’s card again from a text the checks accept', () => {
    const card = answerCardAgain(guidance, 'meldrecht', view(line), { step: 'thanks' });
    expect(JSON.stringify(card)).toContain(line);
  });

  it.each([
    `${line} Kijk op https://example.org voor meer.`,
    `${line} Bel gerust 013-1234567.`,
    'Je hoeft niets te melden, niemand komt het te weten.',
  ])('refuses a text a fresh reply could not have had: %s', (text) => {
    expect(answerCardAgain(guidance, 'meldrecht', view(text), { step: 'thanks' })).toBeUndefined();
  });

  it('refuses a main topic that is not the first cited, and a topic that does not exist', () => {
    expect(answerCardAgain(guidance, 'afwegingskader', view(line), { step: 'thanks' })).toBeUndefined();
    expect(
      answerCardAgain(guidance, 'bestaat-niet', { card: 'topic', lang: 'nl' }, { step: 'thanks' }),
    ).toBeUndefined();
  });
});
