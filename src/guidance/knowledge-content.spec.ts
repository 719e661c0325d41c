import { checkTopicContent } from './content-rules';
import { createGuidance } from './create-guidance';
import { loadKnowledge } from './load-knowledge';
import { digitsOf, findPhoneNumbers, SERVICE_NUMBERS } from './phone-numbers';
import { shownLines, type Topic } from './topic';

// The content test of issue 3 and of "Guidance, round 2": it reads the knowledge base as shipped.
const topics = loadKnowledge();
const allowed = new Set(SERVICE_NUMBERS.map(digitsOf));
const byId = (id: string): Topic => {
  const topic = topics.find((t) => t.id === id);
  if (!topic) throw new Error(`no topic ${id}`);
  return topic;
};
const shown = (t: Topic) => [
  t.title.nl,
  t.title.en,
  t.summary.nl,
  t.summary.en,
  ...shownLines(t, 'nl'),
  ...shownLines(t, 'en'),
];

describe('the knowledge base', () => {
  it.each(topics.map((t) => [t.id, t] as const))(
    `%s has no phone number but ${SERVICE_NUMBERS.join(', ')}`,
    (_, topic) => {
      const numbers = findPhoneNumbers(JSON.stringify(topic));
      expect(numbers.filter((n) => !allowed.has(n))).toEqual([]);
    },
  );

  it.each(topics.map((t) => [t.id, t] as const))(
    '%s words UNVERIFIED claims as a possibility and has none of the content errors',
    (_, topic) => {
      expect(checkTopicContent(topic)).toEqual([]);
    },
  );

  it.each(topics.map((t) => [t.id, t] as const))(
    '%s names public sources, not the editors’ brief, and a review date that has passed',
    (_, topic) => {
      expect(topic.sources.length).toBeGreaterThan(0);
      expect(topic.sources.filter((s) => /domeinbrief|domain brief/i.test(s))).toEqual([]);
      expect(Date.parse(topic.lastReviewed)).toBeLessThanOrEqual(Date.now());
    },
  );

  it('leads the danger answer with "Bel 112" and a 112 button', () => {
    const danger = byId('direct-gevaar');
    expect(danger.summary.nl).toMatch(/^Bel 112\./);
    expect(danger.summary.en).toMatch(/^Call 112\./);
    expect(danger.calls[0]).toBe('112');
  });

  it('has Dutch and English for every shown text, with as many body lines and signs in each', () => {
    for (const topic of topics) {
      expect([topic.id, topic.body.en.length]).toEqual([topic.id, topic.body.nl.length]);
      expect([topic.id, topic.signs?.en.length]).toEqual([topic.id, topic.signs?.nl.length]);
    }
  });

  it('never states professional secrecy of corporation staff as fact', () => {
    for (const line of topics.flatMap(shown).filter((l) => /beroepsgeheim|professional secrecy/i.test(l))) {
      expect(line).toMatch(/Let op|Note/);
    }
  });

  it('gives the Kindertelefoon as 0800-0432, where children are told whom to call', () => {
    for (const id of ['kindertelefoon', 'wie-bel-ik']) {
      expect([id, shown(byId(id)).some((l) => l.includes('0800-0432'))]).toEqual([id, true]);
      expect(byId(id).calls).toContain('0800-0432');
    }
  });

  it.each(['direct-gevaar', 'wie-bel-ik', 'zelfmoord'])(
    '%s names 113 Zelfmoordpreventie, after 112 for danger now',
    (id) => {
      for (const lang of ['nl', 'en'] as const) {
        const t = byId(id);
        const text = [t.summary[lang], ...t.body[lang]].join('\n');
        expect(text).toMatch(/\b113\b[^\n]*0800-0113/);
        // Danger now comes first: 112 is named before 113.
        expect(text.search(/\b112\b/)).toBeLessThan(text.search(/\b113\b/));
      }
      expect(byId(id).calls).toEqual(expect.arrayContaining(['112', '113']));
    },
  );
});

describe('answers to "do I have to report this?"', () => {
  const guidance = createGuidance(topics);
  // Asked in many ways; whatever topic answers, it must read as a right, through the aandachtsfunctionaris.
  const questions: [string, string][] = [
    ['moet ik dit melden', 'nl-NL'],
    ['moet ik dit melden bij veilig thuis', 'nl-NL'],
    ['ben ik verplicht om te melden', 'nl-NL'],
    ['moet ik altijd melden als een kind iets vertelt', 'nl-NL'],
    ['wanneer moet er gemeld worden', 'nl-NL'],
    ['do I have to report this', 'en-GB'],
    ['must I report this to veilig thuis', 'en-GB'],
    ['am I obliged to report', 'en-GB'],
  ];

  it.each(questions)(
    '"%s" is not answered with a yes, and names the aandachtsfunctionaris',
    (text, locale) => {
      const answer = guidance.answer(text, locale);
      expect(answer.kind).toBe('answer');
      const topic = answer.topic as Topic;
      expect(topic.summary[answer.lang]).not.toMatch(/^(Ja|Yes)\b/);
      expect([topic.summary[answer.lang], ...topic.body[answer.lang]].join(' ')).toMatch(
        /aandachtsfunctionaris/,
      );
    },
  );
});
