import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { TEXTS } from '../../src/bot/cards/texts';
import { SEE_SOMETHING_TEXTS } from '../../src/bot/see-something/texts';
import { TRAINING_TEXTS } from '../../src/bot/training/texts';
import { findContentErrors, LANGS } from '../../src/guidance';

const ROOT = path.resolve(__dirname, '../..');
const read = (...parts: string[]) => readFileSync(path.join(ROOT, ...parts), 'utf8');

/** Every string in a text table; functions are called with a sample name, so their sentences are read too. */
function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') return stringsOf((value as (...a: unknown[]) => unknown)('Sam', true));
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsOf);
  return [];
}

/** The paragraphs and list items of an HTML page, as plain text. */
function paragraphsOf(html: string): string[] {
  return [...html.matchAll(/<(p|li)\b[^>]*>([\s\S]*?)<\/\1>/g)].map((m) =>
    m[2]
      .replace(/<[^>]+>/g, '')
      .replace(/\s+/g, ' ')
      .trim(),
  );
}

const cardFiles = readdirSync(path.join(ROOT, 'cards')).filter((f) => f.endsWith('.json'));
const knowledgeFiles = readdirSync(path.join(ROOT, 'knowledge')).filter((f) => f.endsWith('.json'));
const texts: [string, string][] = [
  ...stringsOf(TEXTS).map((t): [string, string] => ['cards/texts', t]),
  ...stringsOf(SEE_SOMETHING_TEXTS).map((t): [string, string] => ['see-something/texts', t]),
  ...stringsOf(TRAINING_TEXTS).map((t): [string, string] => ['training/texts', t]),
  ...cardFiles.flatMap((f) => stringsOf(JSON.parse(read('cards', f))).map((t): [string, string] => [f, t])),
  ...paragraphsOf(read('public', 'privacy.html')).map((t): [string, string] => ['privacy.html', t]),
];

describe('the texts people read outside the knowledge base', () => {
  it('are all read (the walk finds the texts it should)', () => {
    expect(texts.filter(([file]) => file === 'cards/texts').length).toBeGreaterThan(50);
    expect(texts.filter(([file]) => file === 'see-something/texts').length).toBeGreaterThan(50);
    expect(texts.filter(([file]) => file === 'training/texts').length).toBeGreaterThan(50);
    expect(texts.filter(([file]) => file === 'privacy.html').length).toBeGreaterThan(5);
  });

  it('have none of the content errors', () => {
    const problems = texts.flatMap(([file, text]) => findContentErrors(text).map((p) => `${file}: ${p}`));
    expect(problems).toEqual([]);
  });

  it('ask to remove a message with personal data, since it is already in the chat', () => {
    expect(TEXTS.nl.privacy).toMatch(/haal je bericht weg/i);
    expect(TEXTS.en.privacy).toMatch(/remove your message/i);
    for (const lang of LANGS) expect(TEXTS[lang].privacy).toMatch(/Teams/);
  });
});

describe('the privacy statement on training', () => {
  const html = read('public', 'privacy.html');
  const [dutch, english] = html.split('<h2 lang="en">').map((part) => paragraphsOf(part).join('\n'));

  it('says in Dutch what is kept, why, who sees it, where the summary goes and for how long', () => {
    for (const kept of ['welke training', 'het laatst deed', 'waar die datum', 'herinneringen je kreeg']) {
      expect(dutch).toContain(kept);
    }
    expect(dutch).toContain('herinner me volgende week');
    expect(dutch).toContain('ik heb deze training al gedaan');
    expect(dutch).toMatch(/Waarom:/);
    expect(dutch).toMatch(/jijzelf .*leidinggevenden van je team en de beheerders/);
    expect(dutch).toContain('nooit in een kanaal');
    expect(dutch).toMatch(/Hoe lang:/);
    expect(dutch).toContain('na een jaar');
  });

  it('says the same in English', () => {
    for (const kept of ['the course', 'last completed it', 'where that date came from', 'the reminders']) {
      expect(english).toContain(kept);
    }
    expect(english).toContain("team's managers and Voordeur's admins");
    expect(english).toContain('never to a channel');
    expect(english).toContain('as long as your organisation uses Voordeur');
    expect(english).toContain('after a year');
  });
});

describe('116 111', () => {
  it.each([
    ...knowledgeFiles.map((f) => ['knowledge', f]),
    ...cardFiles.map((f) => ['cards', f]),
    ['src/bot/cards', 'texts.ts'],
    ['src/bot/see-something', 'texts.ts'],
    ['src/bot/training', 'texts.ts'],
    ['public', 'privacy.html'],
  ])('is nowhere in %s/%s', (dir, file) => {
    expect(read(dir, file)).not.toMatch(/116[\s-]?111/);
  });
});
