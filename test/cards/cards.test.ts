import { contactPersonCard } from '../../src/bot/cards/contact-person-card';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import draft06 from 'ajv/dist/refs/json-schema-draft-06.json';
import type { Browser } from 'playwright-core';
import { editorQuestionCard } from '../../src/bot/cards/editor-question-card';
import { errorCard } from '../../src/bot/cards/error-card';
import * as expandModule from '../../src/bot/cards/expand-card';
import type { AdaptiveCardJson } from '../../src/bot/cards/expand-card';
import { fallbackCard } from '../../src/bot/cards/fallback-card';
import { feedbackReasonCard } from '../../src/bot/cards/feedback-reason-card';
import { helpCard } from '../../src/bot/cards/help-card';
import { modelAnswerCard } from '../../src/bot/cards/model-answer-card';
import {
  handoverNoteCard,
  seeSomethingDangerCard,
  seeSomethingDoneCard,
  seeSomethingFactsCard,
  seeSomethingReviewCard,
  seeSomethingWhereCard,
  statusAction,
} from '../../src/bot/see-something/cards';
import { composeNote, LIMITS, SIGNAL_CHOICES } from '../../src/see-something';
import { topicCard } from '../../src/bot/cards/topic-card';
import { welcomeCard } from '../../src/bot/cards/welcome-card';
import type { Lang } from '../../src/bot/locale';
import { loadKnowledge } from '../../src/guidance';
import { openCardRenderer, type CardRenderer } from '../support/card-render';
import { launchChromium } from '../support/chromium';

const ROOT = path.resolve(__dirname, '../..');
/** CI keeps a copy of shared/ beside the clone, at the same place relative to the repository. */
const SCHEMA_PATH = path.resolve(ROOT, '../shared/schemas/adaptive-card-1.5.json');
const PNG_DIR = path.join(ROOT, 'test-output/cards');
/** Teams refuses messages over ~100 KB; the design keeps each card well under that. */
const MAX_CARD_BYTES = 28 * 1024;
const LANGS: readonly Lang[] = ['nl', 'en'];
const SAMPLE_ERROR_ID = '3f1c9a52-7d4e-4b8a-9c21-5e6f7a8b9c0d';

interface CardCase {
  /** Names the case and its PNG. */
  id: string;
  lang: Lang;
  build: () => AdaptiveCardJson;
}

/** Every topic of the knowledge base becomes an answer card. */
const TOPICS = loadKnowledge();

/** Every typed card function, with sample data, in both languages. A new card function belongs here. */
const CASES: CardCase[] = LANGS.flatMap((lang) => [
  { id: `welcome-${lang}`, lang, build: () => welcomeCard(lang) },
  { id: `help-${lang}`, lang, build: () => helpCard(lang) },
  { id: `fallback-${lang}`, lang, build: () => fallbackCard(lang) },
  { id: `fallback-suggestions-${lang}`, lang, build: () => fallbackCard(lang, TOPICS.slice(0, 3)) },
  {
    id: `fallback-possible-danger-${lang}`,
    lang,
    build: () => fallbackCard(lang, TOPICS.slice(0, 3), true),
  },
  {
    id: `danger-advice-${lang}`,
    lang,
    // Every advice line at once: the longest danger banner.
    build: () => {
      const danger = TOPICS.find((t) => t.id === 'direct-gevaar')!;
      const related = danger.related.flatMap((id) => TOPICS.find((t) => t.id === id) ?? []);
      return topicCard(danger, related, lang, { dangerKinds: ['unconscious', 'threat-to-life'] });
    },
  },
  {
    id: `topic-possible-danger-${lang}`,
    lang,
    build: () => {
      const topic = TOPICS.find((t) => t.id === 'partnergeweld')!;
      const related = topic.related.flatMap((id) => TOPICS.find((t) => t.id === id) ?? []);
      return topicCard(topic, related, lang, { possibleDanger: true });
    },
  },
  { id: `error-${lang}`, lang, build: () => errorCard(lang, SAMPLE_ERROR_ID) },
  { id: `feedback-reason-${lang}`, lang, build: () => feedbackReasonCard(lang, SAMPLE_ERROR_ID) },
  { id: `editor-question-${lang}`, lang, build: () => editorQuestionCard(lang) },
  {
    id: `model-answer-${lang}`,
    lang,
    build: () =>
      modelAnswerCard({
        text:
          lang === 'nl'
            ? 'Bel Veilig Thuis voor advies: 0800-2000.\n1. Schrijf feiten op.\n- Bij gevaar: 112.'
            : 'Call Veilig Thuis for advice: 0800-2000.\n1. Write down facts.\n- Danger now: 112.',
        // The topic with the most phone numbers, with related topics: the card reaches the 6-action maximum.
        cited: ['wie-bel-ik', 'meldrecht'].map((id) => TOPICS.find((t) => t.id === id)!),
        related: TOPICS.slice(0, 3),
        lang,
      }),
  },
  ...seeSomethingCases(lang),
  {
    id: `contact-person-${lang}`,
    lang,
    build: () =>
      contactPersonCard(lang, {
        kind: 'manual',
        contact: { name: 'Fatima Aandacht', userPrincipalName: 'fatima@example.org', phone: '013-5551234' },
        scope: 'team',
      }),
  },
  { id: `contact-person-none-${lang}`, lang, build: () => contactPersonCard(lang, { kind: 'none' }) },
  ...TOPICS.map((topic) => ({
    id: `topic-${topic.id}-${lang}`,
    lang,
    build: () =>
      topicCard(
        topic,
        topic.related.flatMap((id) => TOPICS.find((t) => t.id === id) ?? []),
        lang,
      ),
  })),
]);

/** The "ik zie iets" cards, filled as far as a person can fill them. */
function seeSomethingCases(lang: Lang): CardCase[] {
  const flow = '6d1f7c1e-4b2a-4c3d-8e9f-0a1b2c3d4e5f';
  // The longest texts the inputs take, with accents as Dutch writes them (2 bytes each in UTF-8).
  const long = (n: number) =>
    'Ik zag één kind (ca. 5 jaar) alleen in de gang; geschreeuw, café. '.repeat(40).slice(0, n);
  const fields = {
    choices: [...SIGNAL_CHOICES],
    observed: long(LIMITS.observed),
    whenWhere: long(LIMITS.whenWhere),
    who: long(LIMITS.who),
  };
  const note = composeNote(fields, lang, new Date('2026-11-27T13:05:00Z'), 'Europe/Amsterdam');
  const contact = { name: 'Fatima Aandacht', aadObjectId: 'aad-1' };
  return [
    { id: `see-something-danger-${lang}`, lang, build: () => seeSomethingDangerCard(lang, flow) },
    {
      id: `see-something-facts-${lang}`,
      lang,
      build: () => seeSomethingFactsCard(lang, flow, fields, 'Kies minstens één.'),
    },
    { id: `see-something-where-${lang}`, lang, build: () => seeSomethingWhereCard(lang, flow, fields) },
    {
      id: `see-something-review-${lang}`,
      lang,
      build: () =>
        seeSomethingReviewCard(lang, flow, fields, note, { kind: 'teams', contact, scope: 'team' }),
    },
    {
      id: `see-something-done-${lang}`,
      lang,
      build: () =>
        seeSomethingDoneCard(lang, {
          title: 'Je notitie',
          after: 'Verstuurd.',
          note,
          actions: [statusAction(lang, flow)],
        }),
    },
    {
      id: `handover-note-${lang}`,
      lang,
      build: () =>
        handoverNoteCard(lang, note, { name: 'Sanne de Vries', userPrincipalName: 'sanne@example.org' }),
    },
  ];
}

const cards = new Map<string, AdaptiveCardJson>();
/** Which template each case expanded, seen by spying on the one function that reads `cards/`. */
const templatesOf = new Map<string, string[]>();
let browser: Browser | undefined;
let renderer: CardRenderer | undefined;

beforeAll(async () => {
  const expand = jest.spyOn(expandModule, 'expandCard');
  try {
    // Card functions cache their result, so build each once, here, before anything else can.
    for (const c of CASES) {
      expand.mockClear();
      cards.set(c.id, c.build());
      templatesOf.set(
        c.id,
        expand.mock.calls.map(([name]) => name),
      );
    }
  } finally {
    expand.mockRestore();
  }
  browser = await launchChromium();
  renderer = await openCardRenderer(browser);
});

afterAll(async () => {
  await renderer?.close();
  await browser?.close();
});

function cardOf(c: CardCase): AdaptiveCardJson {
  const card = cards.get(c.id);
  if (!card) throw new Error(`card ${c.id} was not built`);
  return card;
}

/**
 * The official 1.5 schema (draft-06), with Teams' `msteams` key allowed on the card.
 * @remarks The schema annotates properties with `version`, `features` and `example`; ajv's strict mode would refuse
 * those unknown keywords, so they are declared as annotations instead of turning strict mode off.
 */
function compileCardSchema(): ValidateFunction {
  const { id, ...schema } = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as {
    id?: string;
    definitions: { AdaptiveCard: { properties: Record<string, unknown> } };
  };
  // Upstream names the schema with draft-04's `id`; draft-06 spells it `$id`.
  Object.assign(schema, { $id: id });
  schema.definitions.AdaptiveCard.properties.msteams = {
    type: 'object',
    properties: { width: { enum: ['Full'] } },
  };
  // The upstream schema is not written for ajv's strict type checks: those only warn about the schema itself.
  const ajv = new Ajv({ allErrors: true, strictTypes: false });
  ajv.addMetaSchema(draft06);
  ajv.addVocabulary(['version', 'features', 'example']);
  ajv.addFormat('uri', (value: string) => URL.canParse(value));
  ajv.addFormat('uri-reference', (value: string) => URL.canParse(value, 'https://example.org/'));
  return ajv.compile(schema);
}

const validateCard = compileCardSchema();

function schemaErrors(card: object): string[] {
  if (validateCard(card)) return [];
  return (validateCard.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? e.keyword}`);
}

/** Template expressions (`${...}`) and keywords (`$data`, `$when`) that survived expansion, with their path. */
function leftoverTemplating(value: unknown, at = ''): string[] {
  if (typeof value === 'string') return value.includes('${') ? [`${at || '/'}: ${value}`] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => leftoverTemplating(v, `${at}/${i}`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => [
      ...(k.startsWith('$') && k !== '$schema' ? [`${at}/${k}: template keyword`] : []),
      ...leftoverTemplating(v, `${at}/${k}`),
    ]);
  }
  return [];
}

/** Every action of a card, in the body's action sets and in its own action bar. */
function actionsOf(value: unknown): Record<string, unknown>[] {
  if (Array.isArray(value)) return value.flatMap(actionsOf);
  if (!value || typeof value !== 'object') return [];
  const node = value as Record<string, unknown>;
  const self = typeof node.type === 'string' && node.type.startsWith('Action.') ? [node] : [];
  // An action's fallback is shown only instead of it, never beside it.
  const { fallback: _fallback, ...rest } = node;
  return [...self, ...Object.values(self.length ? rest : node).flatMap(actionsOf)];
}

describe('the card validator', () => {
  const good = {
    type: 'AdaptiveCard',
    version: '1.5',
    body: [{ type: 'TextBlock', text: 'Bel 112', wrap: true }],
  };

  it('accepts a plain card and one with Teams’ msteams key', () => {
    expect(schemaErrors(good)).toEqual([]);
    expect(schemaErrors({ ...good, msteams: { width: 'Full' } })).toEqual([]);
  });

  it('refuses what the schema forbids, so the card checks below are not vacuous', () => {
    expect(schemaErrors({ ...good, colour: 'red' })).not.toEqual([]);
    expect(schemaErrors({ ...good, body: [{ type: 'TextBlock' }] })).not.toEqual([]);
    expect(schemaErrors({ ...good, body: [{ type: 'TextBlok', text: 'x' }] })).not.toEqual([]);
    expect(schemaErrors({ ...good, actions: [{ type: 'Action.OpenUrl', title: 'x' }] })).not.toEqual([]);
  });

  it('finds template expressions that were left unexpanded', () => {
    expect(leftoverTemplating({ body: [{ text: 'Foutcode: ${errorId}' }] })).toEqual([
      '/body/0/text: Foutcode: ${errorId}',
    ]);
    expect(leftoverTemplating({ body: [{ $when: true, text: 'x' }] })).toEqual([
      '/body/0/$when: template keyword',
    ]);
    expect(leftoverTemplating({ $schema: 'http://adaptivecards.io/schemas/adaptive-card.json' })).toEqual([]);
  });
});

describe.each(CASES)('card $id', (c) => {
  it('is valid Adaptive Cards 1.5', () => {
    const card = cardOf(c);
    expect(card.type).toBe('AdaptiveCard');
    expect(card.version).toBe('1.5');
    expect(card.lang).toBe(c.lang);
    expect(schemaErrors(card)).toEqual([]);
  });

  it('says what to do in danger even where it cannot be shown, and makes 112 its one primary button', () => {
    const card = cardOf(c);
    expect(card.fallbackText).toEqual(expect.stringContaining('112'));
    const actions = actionsOf(card);
    const primary = actions.filter((a) => a.style === 'positive');
    expect(primary.length).toBeLessThanOrEqual(1);
    const call112 = actions.filter((a) => a.url === 'tel:112');
    expect(call112.length).toBeLessThanOrEqual(1);
    if (call112.length) expect(primary).toEqual(call112);
  });

  it(`is under ${MAX_CARD_BYTES / 1024} KB`, () => {
    expect(Buffer.byteLength(JSON.stringify(cardOf(c)), 'utf8')).toBeLessThan(MAX_CARD_BYTES);
  });

  it('has no unexpanded template expressions', () => {
    expect(leftoverTemplating(cardOf(c))).toEqual([]);
  });

  it('renders in Chromium without errors, with a heading and the 112 line', async () => {
    if (!renderer) throw new Error('no renderer');
    const result = await renderer.render(cardOf(c), path.join(PNG_DIR, `${c.id}.png`));
    expect(result.problems).toEqual([]);
    expect(result.height).toBeGreaterThan(0);
    expect(result.text).not.toBe('');
    expect(result.headings).toHaveLength(1);
    expect(result.text).toContain('112');
    // Every action shows as a button: none was dropped into an overflow menu or left out by the renderer.
    expect(result.buttons).toEqual(actionsOf(cardOf(c)).map((a) => a.title));
  });
});

describe('card templates', () => {
  it.each(LANGS)(
    'the possible-danger line leads the topic and fallback cards, with 112 once (%s)',
    (lang) => {
      const line =
        lang === 'nl' ? 'Is iemand nu in gevaar? Bel 112.' : 'Is someone in danger right now? Call 112.';
      const topic = TOPICS.find((t) => t.id === 'partnergeweld')!;
      for (const card of [
        topicCard(topic, [], lang, { possibleDanger: true }),
        fallbackCard(lang, [], true),
      ]) {
        const json = JSON.stringify(card);
        expect(json.indexOf(line)).toBeGreaterThan(-1);
        expect(json.indexOf('tel:112')).toBeGreaterThan(json.indexOf(line));
        expect(json.split('tel:112')).toHaveLength(2);
      }
      for (const card of [topicCard(topic, [], lang), fallbackCard(lang, [])]) {
        expect(JSON.stringify(card)).not.toContain(line);
      }
    },
  );

  it('the error card carries the error id it was given', () => {
    const errorTexts = LANGS.map((lang) => JSON.stringify(cards.get(`error-${lang}`)));
    for (const text of errorTexts) expect(text).toContain(SAMPLE_ERROR_ID);
  });

  it('each template in cards/ is expanded by a typed card function, and each function expands one', () => {
    const files = readdirSync(path.join(ROOT, 'cards'))
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.replace(/\.json$/, ''))
      .sort();
    for (const c of CASES)
      expect({ id: c.id, templates: templatesOf.get(c.id) }).toEqual({
        id: c.id,
        templates: [expect.any(String)],
      });
    const used = [...new Set([...templatesOf.values()].flat())].sort();
    expect(used).toEqual(files);
  });

  it('no card is built outside cards/', () => {
    const allowed = path.join(ROOT, 'src/bot/cards/expand-card.ts');
    const inlineCard = [
      /['"`]AdaptiveCard['"`]/,
      /application\/vnd\.microsoft\.card\./,
      /CardFactory\.\w+Card\(/,
      /adaptivecards-templating/,
    ];
    const offenders = sourceFiles(path.join(ROOT, 'src'))
      .filter((file) => file !== allowed)
      .flatMap((file) => {
        const source = readFileSync(file, 'utf8');
        return inlineCard.filter((re) => re.test(source)).map((re) => `${path.relative(ROOT, file)} ${re}`);
      });
    expect(offenders).toEqual([]);
  });
});

/** TypeScript sources, without unit tests (which may build cards by hand to test the code that sends them). */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.(spec|test)\.tsx?$/.test(entry.name) ? [full] : [];
  });
}
