import { contactPersonCard } from '../../src/bot/cards/contact-person-card';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { editorQuestionCard } from '../../src/bot/cards/editor-question-card';
import { errorCard } from '../../src/bot/cards/error-card';
import * as expandModule from '../../src/bot/cards/expand-card';
import type { AdaptiveCardJson } from '../../src/bot/cards/expand-card';
import { fallbackCard } from '../../src/bot/cards/fallback-card';
import { helpCard } from '../../src/bot/cards/help-card';
import { announcementCard, announcementProgressCard } from '../../src/bot/announcements/announcement-card';
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
import {
  trainingReminderCard,
  trainingReminderDoneCard,
  trainingSummaryCard,
} from '../../src/bot/training/cards';
import { trainingStatusCard } from '../../src/bot/training/status-card';
import { SEED_COURSES, type TeamTrainingSummary } from '../../src/training';
import { welcomeCard } from '../../src/bot/cards/welcome-card';
import type { Lang } from '../../src/bot/locale';
import { loadKnowledge } from '../../src/guidance';
import { openCardRenderer, type CardRenderer } from '../support/card-render';
import { cardProblems } from '../support/card-validate';
import { launchChromium } from '../support/chromium';

const ROOT = path.resolve(__dirname, '../..');
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
  ...answerCases(lang),
  { id: `editor-question-${lang}`, lang, build: () => editorQuestionCard(lang) },
  {
    id: `editor-question-filled-${lang}`,
    lang,
    build: () => editorQuestionCard(lang, 'mag een opzichter foto’s maken als bewijs? '.repeat(20)),
  },
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
  ...trainingCases(lang),
  ...announcementCases(lang),
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

/** Answer cards in the states a question or a feedback press can put them in. */
function answerCases(lang: Lang): CardCase[] {
  const topic = (id: string) => TOPICS.find((t) => t.id === id)!;
  const related = (id: string) => topic(id).related.map(topic);
  return [
    {
      id: `topic-actions-first-${lang}`,
      lang,
      build: () =>
        topicCard(topic('kindermishandeling'), related('kindermishandeling'), lang, { actionsFirst: true }),
    },
    {
      id: `topic-feedback-reason-${lang}`,
      lang,
      build: () =>
        topicCard(topic('ouderenmishandeling'), related('ouderenmishandeling'), lang, {
          possibleDanger: true,
          feedback: { step: 'reason', id: SAMPLE_ERROR_ID },
        }),
    },
    {
      id: `topic-feedback-thanks-${lang}`,
      lang,
      build: () =>
        topicCard(topic('meldrecht'), related('meldrecht'), lang, { feedback: { step: 'thanks' } }),
    },
    {
      id: `fallback-question-${lang}`,
      lang,
      build: () =>
        fallbackCard(lang, TOPICS.slice(3, 6), false, 'waar vind ik het formulier voor de parkeervergunning'),
    },
  ];
}

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

/** The training reminder in each of its kinds, after a button, and the manager's summary at its fullest. */
function trainingCases(lang: Lang): CardCase[] {
  const [vadv, elearning] = SEED_COURSES;
  const withUrl = { ...vadv!, enrolUrl: 'https://leren.example.org/veilig-achter-de-voordeur' };
  const person = (i: number) => ({ aadObjectId: `aad-${i}`, displayName: `Collega met een lange naam ${i}` });
  const claimedAt = new Date('2025-03-10T10:00:00Z');
  const summary: TeamTrainingSummary = {
    teamId: 'team-1',
    week: '2025-W11',
    people: 40,
    upToDate: 25,
    late: Array.from({ length: 14 }, (_, i) => ({
      ...person(i),
      courses: [
        { courseId: vadv!.id, status: 'overdue' as const, dueOn: '2025-02-01' },
        { courseId: elearning!.id, status: 'never' as const },
      ],
    })),
    escalated: [{ ...person(20), courses: [{ courseId: vadv!.id, status: 'never' as const }] }],
    openClaims: [
      {
        ...person(30),
        courses: [{ courseId: vadv!.id, status: 'overdue' as const, dueOn: '2025-01-01', claimedAt }],
      },
      {
        ...person(31),
        courses: [
          { courseId: vadv!.id, status: 'never' as const, claimedAt },
          { courseId: elearning!.id, status: 'never' as const, claimedAt },
        ],
      },
    ],
  };
  return [
    {
      id: `training-reminder-before-${lang}`,
      lang,
      build: () => trainingReminderCard(lang, { course: withUrl, stage: 'before-14', dueOn: '2025-04-01' }),
    },
    {
      id: `training-reminder-overdue-${lang}`,
      lang,
      build: () => trainingReminderCard(lang, { course: vadv!, stage: 'overdue-2', dueOn: '2025-03-01' }),
    },
    {
      id: `training-reminder-never-${lang}`,
      lang,
      build: () => trainingReminderCard(lang, { course: elearning!, stage: 'never-1' }),
    },
    {
      id: `training-reminder-claimed-${lang}`,
      lang,
      build: () => trainingReminderDoneCard(lang, { course: withUrl, stage: 'never-1' }, 'claimed'),
    },
    {
      id: `training-summary-${lang}`,
      lang,
      build: () => trainingSummaryCard(lang, summary, SEED_COURSES, { teamName: 'Vakmannen Tilburg-Noord' }),
    },
    {
      id: `training-summary-decided-${lang}`,
      lang,
      build: () =>
        trainingSummaryCard(lang, summary, SEED_COURSES, {
          notice: 'Bevestigd: Collega met een lange naam 30 heeft "Veilig achter de voordeur" gedaan.',
        }),
    },
    {
      id: `training-status-${lang}`,
      lang,
      // Every status at once, one course with a claim waiting, one with and one without a sign-up link.
      build: () =>
        trainingStatusCard(lang, {
          today: '2025-03-12',
          courses: [
            { course: withUrl, standing: { courseId: vadv!.id, status: 'overdue', dueOn: '2025-02-01' } },
            { course: elearning!, standing: { courseId: elearning!.id, status: 'never' }, claimedAt },
            {
              course: { ...elearning!, id: 'e2', enrolUrl: 'https://leren.example.org/e2' },
              standing: {
                courseId: 'e2',
                status: 'due-soon',
                completedOn: '2024-04-01',
                dueOn: '2025-04-01',
              },
            },
            {
              course: { ...vadv!, id: 'v2' },
              standing: { courseId: 'v2', status: 'done', completedOn: '2025-01-01', dueOn: '2027-01-01' },
            },
          ],
        }),
    },
    {
      id: `training-status-none-${lang}`,
      lang,
      build: () => trainingStatusCard(lang, { today: '2025-03-12', courses: [] }),
    },
  ];
}

/** An announcement with everything it may hold, and the author's card in its fullest state. */
function announcementCases(lang: Lang): CardCase[] {
  const view = {
    id: '2b7c5e1a-9f3d-4c8e-a1b2-c3d4e5f60718',
    title: 'Nieuwe data voor de opfriscursus Veilig achter de voordeur',
    // The longest body an admin may write, in the Markdown a TextBlock shows.
    body: '**Let op:** de cursus is verplaatst.\n\n- _dinsdag_ 3 maart\n- donderdag 5 maart\n\n[Aanmelden](https://intranet.example.org/cursus). '
      .repeat(40)
      .slice(0, 4000),
    // The renderer loads nothing from the network, so the image is inlined; in Teams it is the admin's https address.
    imageUrl:
      'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAQAAAACCAIAAADwyuo0AAAAD0lEQVR4nGNgqMhDIGQOAFoaBzFztqVvAAAAAElFTkSuQmCC',
    buttons: [
      { title: 'Aanmelden', url: 'https://intranet.example.org/aanmelden' },
      { title: 'Het protocol', url: 'https://intranet.example.org/protocol' },
      { title: 'Vragen? Mail ons', url: 'https://intranet.example.org/contact' },
    ],
    acknowledge: true,
  };
  return [
    { id: `announcement-${lang}`, lang, build: () => announcementCard(view, { lang }) },
    {
      id: `announcement-reminder-${lang}`,
      lang,
      build: () => announcementCard(view, { lang, reminder: true }),
    },
    {
      id: `announcement-acknowledged-${lang}`,
      lang,
      build: () => announcementCard(view, { lang, acknowledgedAt: new Date('2026-12-03T13:05:00Z') }),
    },
    {
      id: `announcement-preview-${lang}`,
      lang,
      build: () => announcementCard(view, { lang, preview: true }),
    },
    {
      id: `announcement-progress-${lang}`,
      lang,
      build: () =>
        announcementProgressCard(
          {
            id: view.id,
            title: view.title,
            state: 'sent',
            total: 2000,
            sent: 1987,
            failed: 13,
            pending: 0,
            failures: [
              { reason: 'gone', count: 11 },
              { reason: 'gave-up', count: 2 },
            ],
          },
          lang,
        ),
    },
  ];
}

const cards = new Map<string, AdaptiveCardJson>();
/** Which template each case expanded, seen by spying on the one function that reads `cards/`. */
const templatesOf = new Map<string, string[]>();
let browser: Browser | undefined;
let renderer: CardRenderer | undefined;
/** Teams' narrowest card: a chat on a small phone, or a narrow side panel. */
const NARROW_WIDTH = 320;
let narrow: CardRenderer | undefined;
const SHOTS_DIR = process.env.CARD_SHOTS_DIR;

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
  narrow = await openCardRenderer(browser, { width: NARROW_WIDTH });
});

afterAll(async () => {
  await narrow?.close();
  await renderer?.close();
  await browser?.close();
});

function cardOf(c: CardCase): AdaptiveCardJson {
  const card = cards.get(c.id);
  if (!card) throw new Error(`card ${c.id} was not built`);
  return card;
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
  const withBody = (...body: object[]) => ({ ...good, body });
  const withActions = (...actions: object[]) => ({ ...good, actions });

  it('accepts a plain card, one with Teams’ msteams key, and the same card twice in a row', () => {
    expect(cardProblems(good)).toEqual([]);
    expect(cardProblems({ ...good, msteams: { width: 'Full' } })).toEqual([]);
    const withLang = { ...good, lang: 'nl' };
    expect([cardProblems(withLang), cardProblems(withLang)]).toEqual([[], []]);
  });

  it('reports unknown element and action types', () => {
    expect(cardProblems(withBody({ type: 'TextBlok', text: 'x' }))).toEqual([
      expect.stringMatching(/^UnknownElementType: .*"TextBlok"/),
    ]);
    expect(cardProblems(withActions({ type: 'Action.Exec', title: 'x', verb: 'v' }))).toEqual([
      expect.stringMatching(/^UnknownActionType: .*"Action.Exec"/),
    ]);
  });

  it('reports what is newer than Adaptive Cards 1.5', () => {
    // The Carousel element, an action's role and card version 1.6 all came after 1.5.
    expect(cardProblems(withBody({ type: 'Carousel', pages: [] }))).toEqual([
      expect.stringMatching(/^UnknownElementType: .*"Carousel"/),
    ]);
    expect(
      cardProblems(withActions({ type: 'Action.OpenUrl', title: 'x', url: 'tel:112', role: 'Link' })),
    ).toEqual([expect.stringMatching(/^UnsupportedProperty: Action.OpenUrl: .*"role".*1\.6/)]);
    expect(cardProblems({ ...good, version: '1.6' })).toEqual([
      expect.stringMatching(/^UnsupportedCardVersion: AdaptiveCard: /),
    ]);
  });

  it('reports invalid property values and missing required ones', () => {
    expect(cardProblems(withBody({ type: 'TextBlock', text: 'x', size: 'huge' }))).toEqual([
      expect.stringMatching(/^InvalidPropertyValue: TextBlock: .*"huge".*"size"/),
    ]);
    expect(cardProblems(withBody({ type: 'Container', items: [], style: 'loud' }))).toEqual([
      expect.stringMatching(/^InvalidPropertyValue: Container: .*"loud".*"style"/),
    ]);
    expect(cardProblems(withActions({ type: 'Action.OpenUrl', title: 'x' }))).toEqual([
      expect.stringMatching(/^PropertyCantBeNull: Action.OpenUrl: .*"url"/),
    ]);
    expect(cardProblems(withBody({ type: 'Input.Text', label: 'x' }))).toEqual([
      expect.stringMatching(/^PropertyCantBeNull: Input.Text: /),
    ]);
  });

  it('reports more actions than Teams shows', () => {
    const action = { type: 'Action.OpenUrl', title: 'x', url: 'https://example.org/' };
    expect(cardProblems(withActions(...Array.from({ length: 6 }, () => action)))).toEqual([]);
    expect(cardProblems(withActions(...Array.from({ length: 7 }, () => action)))).toEqual([
      expect.stringMatching(/^TooManyActions: /),
    ]);
  });

  it('reports keys the library would drop, on the card, on elements and on actions', () => {
    expect(cardProblems({ ...good, colour: 'red' })).toEqual([
      'UnknownProperty: AdaptiveCard has no property "colour"',
    ]);
    expect(cardProblems(withBody({ type: 'TextBlock', text: 'x', wrapp: true }))).toEqual([
      'UnknownProperty: TextBlock has no property "wrapp"',
    ]);
    expect(
      cardProblems(withActions({ type: 'Action.OpenUrl', title: 'x', url: 'tel:112', href: 'x' })),
    ).toEqual(['UnknownProperty: Action.OpenUrl has no property "href"']);
    expect(
      cardProblems(withBody({ type: 'FactSet', facts: [{ title: 'Bel', value: '112', valeu: '' }] })),
    ).toEqual(['UnknownProperty: Fact has no property "valeu"']);
    expect(cardProblems({ ...good, msteams: { width: 'Wide' } })).toEqual([
      'msteams: width must be "Full", not "Wide"',
    ]);
  });

  it('reports an action that posts back without a verb the bot routes on', () => {
    expect(cardProblems(withActions({ type: 'Action.Execute', title: 'Verstuur' }))).toEqual([
      'MissingVerb: Action.Execute "Verstuur" names no verb',
    ]);
    expect(cardProblems(withActions({ type: 'Action.Submit', title: 'Verstuur', data: {} }))).toEqual([
      'MissingVerb: Action.Submit "Verstuur" names no verb',
    ]);
    expect(cardProblems(withActions({ type: 'Action.Execute', title: 'x', verb: 'v' }))).toEqual([]);
    expect(cardProblems(withActions({ type: 'Action.Submit', title: 'x', data: { verb: 'v' } }))).toEqual([]);
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
    expect(cardProblems(card)).toEqual([]);
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

  it(`cuts off no button title at ${NARROW_WIDTH} px, and says "Direct gevaar" at most once`, async () => {
    if (!narrow) throw new Error('no renderer');
    const shot = SHOTS_DIR ? path.join(SHOTS_DIR, `${c.id}-${NARROW_WIDTH}.png`) : undefined;
    const result = await narrow.render(cardOf(c), shot);
    expect(result.problems).toEqual([]);
    // Measured in the rendered card, not counted in characters: Teams cuts a title that is wider than its button.
    expect(result.clippedButtons).toEqual([]);
    // "Direct gevaar" (and its English label, "Danger now" at the start of a sentence) once per card at most.
    const labels = [...result.text.matchAll(/direct gevaar|(?:^|[.!?]\s+)danger now[?:]/gim)];
    expect(labels.slice(1).map((m) => m[0].trim())).toEqual([]);
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
