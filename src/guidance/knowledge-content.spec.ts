import { checkTopicContent } from './content-rules';
import { loadKnowledge } from './load-knowledge';
import { digitsOf, findPhoneNumbers, SERVICE_NUMBERS } from './phone-numbers';

// The content test of issue 3: it reads the knowledge base as shipped.
const topics = loadKnowledge();
const allowed = new Set(SERVICE_NUMBERS.map(digitsOf));

describe('the knowledge base', () => {
  it.each(topics.map((t) => [t.id, t] as const))(
    '%s has no phone number but 112, 0800-2000, 0900-8844, 116 111',
    (_, topic) => {
      const numbers = findPhoneNumbers(JSON.stringify(topic));
      expect(numbers.filter((n) => !allowed.has(n))).toEqual([]);
    },
  );

  it.each(topics.map((t) => [t.id, t] as const))(
    '%s words UNVERIFIED claims as a possibility',
    (_, topic) => {
      expect(checkTopicContent(topic)).toEqual([]);
    },
  );

  it.each(topics.map((t) => [t.id, t] as const))(
    '%s names its sources and a review date that has passed',
    (_, topic) => {
      expect(topic.sources.length).toBeGreaterThan(0);
      expect(Date.parse(topic.lastReviewed)).toBeLessThanOrEqual(Date.now());
    },
  );

  it('leads the danger answer with "Bel 112" and a 112 button', () => {
    const danger = topics.find((t) => t.id === 'direct-gevaar');
    expect(danger?.summary.nl).toMatch(/^Bel 112\./);
    expect(danger?.summary.en).toMatch(/^Call 112\./);
    expect(danger?.calls[0]).toBe('112');
  });

  it('has Dutch and English for every shown text, with as many body lines in each', () => {
    for (const topic of topics)
      expect([topic.id, topic.body.en.length]).toEqual([topic.id, topic.body.nl.length]);
  });

  it('never states professional secrecy of corporation staff as fact', () => {
    const shown = topics.flatMap((t) => [t.summary.nl, t.summary.en, ...t.body.nl, ...t.body.en]);
    for (const line of shown.filter((l) => /beroepsgeheim|professional secrecy/i.test(l))) {
      expect(line).toMatch(/Let op|Note/);
    }
  });
});
