import { DANGER_KINDS, DANGER_TOPIC, loadKnowledge, type DangerKind } from '../../guidance';
import type { Lang } from '../locale';
import { topicCard } from './topic-card';

const topics = loadKnowledge();
const danger = topics.find((t) => t.id === DANGER_TOPIC)!;
const related = danger.related.flatMap((id) => topics.filter((t) => t.id === id));

/** The texts of a card in reading order, and the URLs of its buttons. */
function read(card: object): { texts: string[]; urls: string[] } {
  const texts: string[] = [];
  const urls: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    if (typeof record.text === 'string') texts.push(record.text);
    if (typeof record.url === 'string') urls.push(record.url);
    Object.entries(record).forEach(([key, value]) => key !== 'fallback' && walk(value));
  };
  walk(card);
  return { texts, urls };
}

const OWN_SAFETY = {
  nl: /eigen veiligheid gaat voor: grijp niet zelf in/i,
  en: /own safety comes first: do not step in/i,
};
const STAY_OUT = { nl: /grijp niet zelf in|veilige plek/i, en: /do not step in|somewhere safe/i };
const OPERATOR = {
  nl: /bel 112 en doe wat de meldkamer zegt/i,
  en: /call 112 and do what the operator tells you/i,
};
const SUICIDE = { nl: /bel eerst 112, daarna 113 .*0800-0113/i, en: /call 112 first, then 113 .*0800-0113/i };

/** What the danger card must and must not say for each kind of danger now. */
const FITS: Record<DangerKind, { says: (keyof typeof WORDS)[]; never: (keyof typeof WORDS)[] }> = {
  'violence-now': { says: ['ownSafety'], never: ['operator', 'suicide'] },
  weapon: { says: ['ownSafety'], never: ['operator', 'suicide'] },
  threat: { says: ['ownSafety'], never: ['operator', 'suicide'] },
  'threat-to-me': { says: ['ownSafety'], never: ['operator', 'suicide'] },
  'cry-for-help': { says: ['ownSafety'], never: ['operator', 'suicide'] },
  fire: { says: ['ownSafety'], never: ['operator', 'suicide'] },
  'threat-to-life': { says: ['ownSafety'], never: ['operator', 'suicide'] },
  suicide: { says: ['suicide'], never: ['operator', 'ownSafety', 'stayOut'] },
  // Someone who does not respond needs help from whoever is there, on the operator's instructions.
  unconscious: { says: ['operator'], never: ['stayOut', 'suicide'] },
  // A small child alone or at a window may need someone to stay: nothing that says keep out.
  'child-alone': { says: [], never: ['stayOut', 'operator', 'suicide'] },
};
const WORDS = { ownSafety: OWN_SAFETY, stayOut: STAY_OUT, operator: OPERATOR, suicide: SUICIDE };

describe.each(['nl', 'en'] as Lang[])('the danger card (%s)', (lang) => {
  it('covers every kind of danger now', () => {
    expect(Object.keys(FITS).sort()).toEqual([...DANGER_KINDS].sort());
  });

  it.each(DANGER_KINDS)('gives advice that fits %s, with 112 first and 113 only for a suicide', (kind) => {
    const { texts, urls } = read(topicCard(danger, related, lang, { dangerKinds: [kind] }));
    const all = texts.join('\n');
    expect(texts[0]).toBe(lang === 'nl' ? 'Direct gevaar? Bel 112.' : 'Danger now? Call 112.');
    expect(urls[0]).toBe('tel:112');
    for (const word of FITS[kind].says) expect(all).toMatch(WORDS[word][lang]);
    for (const word of FITS[kind].never) expect(all).not.toMatch(WORDS[word][lang]);
    const calls113 = urls.filter((u) => u === 'tel:113' || u === 'tel:08000113');
    expect(calls113.length > 0).toBe(FITS[kind].says.includes('suicide'));
  });

  it('keeps advice of other kinds out of the card: no topic text with its own instructions', () => {
    const { texts } = read(topicCard(danger, related, lang, { dangerKinds: ['unconscious'] }));
    for (const line of danger.body[lang]) expect(texts).not.toContain(`• ${line}`);
  });
});

describe('the danger topic in the knowledge base', () => {
  it.each(['nl', 'en'] as const)(
    'says "keep out" only for violence and threats, and the operator for someone not responding (%s)',
    (lang) => {
      const lines = danger.body[lang];
      for (const line of lines.filter((l) => STAY_OUT[lang].test(l))) {
        expect(line).toMatch(lang === 'nl' ? /geweld|bedreigd/ : /violence|threatened/);
      }
      expect(lines.some((l) => OPERATOR[lang].test(l))).toBe(true);
      expect(lines.join('\n')).toMatch(
        lang === 'nl' ? /Bel eerst 112\. Bel daarna ook 113/ : /Call 112 first\. Then also call 113/,
      );
    },
  );
});
