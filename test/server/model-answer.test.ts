import { inspect } from 'node:util';
import { sql } from 'kysely';
import type { WebFetch } from '../../src/bot/ai/neutral-error-fetch';
import { createModelAnswerer, MAX_CONCURRENT_CALLS } from '../../src/bot/ai/teams-ai-answerer';
import { MAX_PARAGRAPHS, modelAnswerCard } from '../../src/bot/cards/model-answer-card';
import { DANGER_TOPIC, createGuidance, loadKnowledge, shownLines } from '../../src/guidance';
import { createLogger } from '../../src/logging';
import { openStorage } from '../../src/storage/database';
import { cardTexts, mentionMessage, message } from '../support/activities';
import { ConnectorStandIn } from '../support/connector-stand-in';
import { OpenAIStandIn, type CompletionRequest } from '../support/openai-stand-in';
import { startTestService, type TestService } from '../support/service';

const TOPICS = loadKnowledge();
/** The same search the service runs, to know which topics a question retrieves. */
const guidance = createGuidance(TOPICS);
const topic = (id: string) => TOPICS.find((t) => t.id === id)!;

const QUESTION = 'wat is het afwegingskader eigenlijk';
/** A marker in every scripted answer, so a test can tell the model's text from the knowledge base's. */
const MODEL_TEXT = 'Volgens het afwegingskader stel je vijf vragen op volgorde [model-7f3a].';
const composed = (ids: string[], answer = MODEL_TEXT) => ({
  content: JSON.stringify({ answer, topics: ids }),
});

/** Every text that must never reach a log line: questions and completions. */
const CONTENT: string[] = [QUESTION, MODEL_TEXT, 'model-7f3a'];

/** Whether a reply is the language model's card: it says a language model wrote it. */
const isComposed = (activity: Record<string, unknown>) =>
  cardTexts(activity).some((t) => /taalmodel|language model/.test(t));
/** The closing line of every guidance card. */
const FOOTER = /112.*0800-2000/;
const hasFooter = (activity: Record<string, unknown>) => cardTexts(activity).some((t) => FOOTER.test(t));
/** Teams refuses messages over ~100 KB; the design keeps each card well under that (as test/cards does). */
const MAX_CARD_BYTES = 28 * 1024;

/** The card's elements of one type, such as the `RichTextBlock`s that hold the model's paragraphs. */
function elementsOf(activity: Record<string, unknown>, type: string): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    if (record.type === type) found.push(record);
    Object.values(record).forEach(walk);
  };
  walk(activity.attachments);
  return found;
}

describe('the optional language model', () => {
  let connector: ConnectorStandIn;
  let model: OpenAIStandIn;
  let chat = 0;
  /** Everything printed while the tests run: console calls as console.log prints them, and raw stdout/stderr. */
  const consoleLines: string[] = [];
  const warnings: string[] = [];
  const onWarning = (warning: Error) => void warnings.push(`${warning.name}: ${warning.message}`);

  beforeAll(async () => {
    connector = await new ConnectorStandIn().start();
    model = await new OpenAIStandIn().start();
    // teams-ai prints a failed model call with console.log: the error object with the provider's body and
    // headers. Record what console.log really prints (util.inspect, all levels deep) to check it for content.
    const print = (...args: unknown[]) =>
      void consoleLines.push(
        args
          .map((a) =>
            typeof a === 'string'
              ? a
              : inspect(a, { depth: null, maxStringLength: null, maxArrayLength: null }),
          )
          .join(' '),
      );
    for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      jest.spyOn(console, level).mockImplementation(print);
    }
    for (const stream of [process.stdout, process.stderr]) {
      const write = stream.write.bind(stream) as (...args: unknown[]) => boolean;
      jest.spyOn(stream, 'write').mockImplementation((chunk: unknown, ...rest: unknown[]) => {
        consoleLines.push(
          typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8'),
        );
        return write(chunk, ...rest);
      });
    }
    process.on('warning', onWarning);
  });
  afterAll(async () => {
    process.off('warning', onWarning);
    jest.restoreAllMocks();
    await model?.stop();
    await connector?.stop();
  });

  /** Sends one message in a fresh conversation; returns the bot's messages and the model requests it caused. */
  async function ask(
    service: TestService,
    text: string,
    options: { channel?: boolean; locale?: string } = {},
  ) {
    CONTENT.push(text);
    const before = model.requests.length;
    const o = { serviceUrl: connector.url, conversationId: `a:model-${++chat}`, locale: options.locale };
    const activity = options.channel
      ? mentionMessage(text, { ...o, conversationType: 'channel', teamId: '19:team@thread.tacv2' })
      : message(text, o);
    const response = await service.post(activity);
    expect(response.status).toBe(200);
    return { replies: connector.messages(o.conversationId), requests: model.requests.slice(before) };
  }

  describe('without model settings', () => {
    let service: TestService;
    beforeAll(async () => {
      service = await startTestService();
    });
    afterAll(async () => {
      await service?.stop();
    });

    it('answers with the topic card, as before, and never calls a model', async () => {
      model.reply = () => composed(['afwegingskader']);
      const { replies, requests } = await ask(service, QUESTION);
      expect(requests).toEqual([]);
      expect(replies).toHaveLength(1);
      expect(cardTexts(replies[0])[0]).toBe(topic('afwegingskader').title.nl);
      expect(isComposed(replies[0])).toBe(false);
      expect(service.logLines.join('\n')).not.toContain('model-answer');
    });
  });

  describe('with OpenAI settings', () => {
    let service: TestService;
    beforeAll(async () => {
      service = await startTestService({
        OPENAI_API_KEY: 'test-key',
        OPENAI_MODEL: 'stand-in-model',
        OPENAI_BASE_URL: `${model.url}/v1`,
        // The longest allowed: the stand-in answers at once, however busy the machine, so the timeout never
        // decides these tests. The one about a model that does not answer has a service of its own.
        LANGUAGE_MODEL_TIMEOUT_MS: '30000',
      });
    });
    afterAll(async () => {
      await service?.stop();
    });
    beforeEach(() => {
      model.reply = () => composed(['afwegingskader']);
    });

    it('words the answer from the retrieved topics and cites them, keeping sources, buttons, 112 and Veilig Thuis', async () => {
      model.reply = () => composed(['afwegingskader', 'meldcode-stappen']);
      const { replies, requests } = await ask(service, QUESTION);
      expect(requests).toHaveLength(1);
      expect(replies).toHaveLength(1);
      const [card] = replies;
      const texts = cardTexts(card);
      expect(texts[0]).toBe(topic('afwegingskader').title.nl);
      expect(texts).toContain(MODEL_TEXT);
      // Says a language model wrote it, and on which topics it is based: not "only from" them.
      const label = texts.find((t) => t.includes('taalmodel'));
      expect(label).toContain('op basis van');
      expect(label).not.toContain('alleen uit');
      expect(label).toContain(topic('afwegingskader').title.nl);
      // The model's text is plain text: a TextRun, never a TextBlock, which Teams reads as Markdown.
      const runs = elementsOf(card, 'RichTextBlock').flatMap((b) => b.inlines as Record<string, unknown>[]);
      expect(runs).toContainEqual({ type: 'TextRun', text: MODEL_TEXT });
      expect(elementsOf(card, 'TextBlock').map((b) => b.text)).not.toContain(MODEL_TEXT);
      expect(label).toContain(topic('meldcode-stappen').title.nl);
      // Not the topic card: its summary is not there.
      expect(texts).not.toContain(topic('afwegingskader').summary.nl);
      expect(texts.join(' ')).toContain('Bronnen:');
      // The card ends with 112 and Veilig Thuis.
      expect(texts.at(-1)).toMatch(FOOTER);
      const json = JSON.stringify(card.attachments);
      expect(json).toContain('"verb":"topic.show","topic":"afwegingskader"');
      expect(json).toContain('"verb":"topic.show","topic":"meldcode-stappen"');
      expect(json).toContain('"verb":"answer.feedback","topic":"afwegingskader","helpful":true');
      expect(json).toContain('"url":"tel:08002000"');
      expect(isComposed(card)).toBe(true);
    });

    it('sends the question and only the retrieved topics, as system rules and a user message', async () => {
      const { requests } = await ask(service, QUESTION);
      const [request] = requests as [CompletionRequest];
      expect(request.path).toBe('/v1/chat/completions');
      expect(request.headers.authorization).toBe('Bearer test-key');
      expect(request.body).toMatchObject({ model: 'stand-in-model', temperature: 0 });
      expect(request.body.response_format).toEqual({ type: 'json_object' });
      const messages = request.body.messages!;
      expect(messages.map((m) => m.role)).toEqual(['system', 'user']);
      expect(messages[1]!.content).toBe(QUESTION);

      const answer = guidance.answer(QUESTION, 'nl-NL');
      const retrieved = [answer.topic!, ...answer.related];
      expect(retrieved.map((t) => t.id)).toContain('afwegingskader');
      const system = messages[0]!.content;
      expect(system).toContain('Dutch');
      for (const t of retrieved) {
        expect(system).toContain(`<topic id="${t.id}">`);
        expect(system).toContain(t.summary.nl);
        for (const line of t.body.nl) expect(system).toContain(line);
      }
      const others = TOPICS.filter((t) => !retrieved.includes(t));
      expect(others.length).toBeGreaterThan(20);
      for (const t of others) {
        expect(request.raw).not.toContain(`id=\\"${t.id}\\"`);
        expect(system).not.toContain(t.summary.nl);
        // The topic's longest line: short ones ("Is er nu gevaar? Bel 112.") are in several topics.
        expect(system).not.toContain(shownLines(t, 'nl').reduce((a, b) => (b.length > a.length ? b : a)));
      }
    });

    it('answers in English from the English text, and leaves the @mention out of the question', async () => {
      const question = 'what does veilig thuis do with my report';
      const retrieved = guidance.answer(question, 'nl-NL');
      model.reply = () =>
        composed([retrieved.topic!.id], 'Veilig Thuis gives advice or takes a report [model-7f3a].');
      CONTENT.push('Veilig Thuis gives advice or takes a report');
      const { replies, requests } = await ask(service, question, { channel: true });
      const messages = requests[0]!.body.messages!;
      expect(messages[1]!.content).toBe(question);
      expect(messages[0]!.content).toContain('English');
      expect(messages[0]!.content).toContain(retrieved.topic!.body.en[0]);
      expect(cardTexts(replies[0]).join(' ')).toContain('A language model wrote this answer');
      expect(cardTexts(replies[0]).at(-1)).toMatch(FOOTER);
    });

    it.each([
      'hij slaat haar nu, ik hoor het door de deur',
      'he has a knife',
      'kind alleen thuis wat moet ik doen',
      'wat moet ik doen bij direct gevaar',
    ])('sends danger straight to the 112 card, without asking the model: %s', async (text) => {
      const { replies, requests } = await ask(service, text);
      expect(requests).toEqual([]);
      expect(cardTexts(replies[0])[0]).toMatch(/^(Direct gevaar\? Bel 112\.|Danger now\? Call 112\.)$/);
      expect(JSON.stringify(replies[0].attachments)).toContain('tel:112');
      expect(replies.some(isComposed)).toBe(false);
    });

    {
      // The danger topic only related to the question: found beside the main topic.
      const question = 'wat moet ik doen als het gevaarlijk wordt bij een huisbezoek';
      const main = 'achter-de-voordeur';
      // Grounded in the main topic, so that only the danger citation can make the difference.
      const text = `${topic(main).body.nl[0]} [model-7f3a]`;

      it('finds the danger topic as a related topic of a question about house visits', () => {
        const answer = guidance.answer(question, 'nl-NL');
        expect(answer.kind).toBe('answer');
        expect(answer.topic?.id).toBe(main);
        expect(answer.related.map((t) => t.id)).toContain(DANGER_TOPIC);
      });

      it('leaves the danger topic out of what the model gets, and sends the topic card when the model cites it anyway', async () => {
        model.reply = () => composed([main, DANGER_TOPIC], text);
        const { replies, requests } = await ask(service, question);
        expect(requests).toHaveLength(1);
        const system = requests[0]!.body.messages![0]!.content;
        expect(system).toContain(`<topic id="${main}">`);
        expect(system).not.toContain(`<topic id="${DANGER_TOPIC}">`);
        expect(system).not.toContain(topic(DANGER_TOPIC).summary.nl);
        expect(replies).toHaveLength(1);
        expect(isComposed(replies[0])).toBe(false);
        const texts = cardTexts(replies[0]);
        expect(texts[0]).toBe(topic(main).title.nl);
        expect(texts).toContain(topic(main).summary.nl);
        expect(texts.join(' ')).not.toContain('model-7f3a');
      });

      it('still words the main topic when the model cites only what it was given', async () => {
        model.reply = () => composed([main], text);
        const { replies } = await ask(service, question);
        expect(isComposed(replies[0])).toBe(true);
        expect(cardTexts(replies[0])[0]).toBe(topic(main).title.nl);
      });
    }

    it('gives the fallback for a question outside the knowledge base, without asking the model', async () => {
      for (const text of ['hoe laat gaat de kantine open', 'wat is het wifi wachtwoord']) {
        const { replies, requests } = await ask(service, text);
        expect(requests).toEqual([]);
        expect(cardTexts(replies[0]).join(' ')).toContain('geen antwoord');
      }
    });

    it('gives the fallback, with the retrieved topics as suggestions, when the model says they do not answer it', async () => {
      model.reply = () => ({ content: '{"outOfScope": true}' });
      const { replies, requests } = await ask(service, QUESTION);
      expect(requests).toHaveLength(1);
      expect(replies).toHaveLength(1);
      const texts = cardTexts(replies[0]);
      expect(texts.join(' ')).toContain('geen antwoord');
      // Suggested as a button, with its short title.
      const suggested = topic('afwegingskader');
      expect(texts).toContain((suggested.button ?? suggested.title).nl);
      expect(hasFooter(replies[0])).toBe(true);
      expect(isComposed(replies[0])).toBe(false);
    });

    it.each<[string, () => ReturnType<OpenAIStandIn['reply']>]>([
      ['cites a topic that does not exist', () => composed(['bestaat-niet'])],
      ['cites a real topic it was not given', () => composed(['afwegingskader', 'cijfers'])],
      [
        'returns text instead of JSON',
        () => ({ content: 'Het afwegingskader heeft vijf vragen [model-7f3a].' }),
      ],
      ['returns half a JSON object', () => ({ content: '{"answer": "Het afwegingskader [model-7f3a]' })],
      [
        'makes up a phone number',
        () => composed(['afwegingskader'], 'Bel de meldlijn 0800-1234567 [model-7f3a].'),
      ],
      [
        'makes up a phone number with an en dash',
        () => composed(['afwegingskader'], 'Bel de meldlijn 0800–1234567 [model-7f3a].'),
      ],
      [
        'adds a Markdown link',
        () =>
          composed(['afwegingskader'], 'Het afwegingskader [model-7f3a]: [Meld hier](https:/evil.example)'),
      ],
      [
        'promises secrecy and no need to report',
        () => composed(['afwegingskader'], 'Je hoeft nooit te melden en alles blijft geheim [model-7f3a].'),
      ],
      [
        'adds a claim of its own',
        () =>
          composed(
            ['afwegingskader'],
            'De gemeente stuurt de corporatie een boete als de huurder klaagt [model-7f3a].',
          ),
      ],
      ['fails with 400, quoting the question in its error', () => ({ status: 400 })],
      ['fails with 500', () => ({ status: 500 })],
      ['is rate limited', () => ({ status: 429 })],
      [
        'answers 200 with a body that is not JSON and quotes the question',
        () => ({ raw: `{"oops": ${QUESTION}` }),
      ],
    ])('shows the normal topic card when the model %s', async (_name, reply) => {
      model.reply = reply;
      const { replies, requests } = await ask(service, QUESTION);
      // One try only: no retries keep the reader waiting.
      expect(requests).toHaveLength(1);
      expect(replies).toHaveLength(1);
      const texts = cardTexts(replies[0]);
      expect(texts[0]).toBe(topic('afwegingskader').title.nl);
      expect(texts).toContain(topic('afwegingskader').summary.nl);
      expect(texts.join(' ')).not.toContain('model-7f3a');
      expect(isComposed(replies[0])).toBe(false);
    });

    it('never sends a message with personal data to the model, and warns as before', async () => {
      for (const text of [
        'mevrouw op 0612345678 vraagt wat meldrecht is',
        'wat is het afwegingskader, mail me op jan.jansen@example.org',
        'wat is meldrecht bij 1234 AB 12',
      ]) {
        const { replies, requests } = await ask(service, text);
        expect(requests).toEqual([]);
        expect(String(replies[0].text)).toContain('persoonsgegevens');
        expect(hasFooter(replies[1])).toBe(true);
        expect(isComposed(replies[1])).toBe(false);
      }
    });

    it('keeps a card of many short lines small: a few paragraphs, well under the size Teams takes', async () => {
      // 1,500 characters of one-character lines: 750 paragraphs before the cap.
      model.reply = () => composed(['afwegingskader'], 'a\n'.repeat(749) + 'a');
      const { replies } = await ask(service, QUESTION);
      expect(isComposed(replies[0])).toBe(true);
      expect(elementsOf(replies[0], 'RichTextBlock')).toHaveLength(MAX_PARAGRAPHS);
      expect(Buffer.byteLength(JSON.stringify(replies[0].attachments), 'utf8')).toBeLessThan(MAX_CARD_BYTES);
    });

    it(`answers ${MAX_CONCURRENT_CALLS * 4 - 1} questions at once, all worded by the model, without a listener warning`, async () => {
      const model7f3a = 'Het afwegingskader heeft vijf vragen in een vaste volgorde [model-7f3a].';
      model.reply = () => ({ ...composed(['afwegingskader'], model7f3a), delayMs: 50 });
      const questions = Array.from({ length: MAX_CONCURRENT_CALLS * 4 - 1 }, () => QUESTION);
      const printed = consoleLines.length;
      model.resetPeak();
      const results = await Promise.all(questions.map((q) => ask(service, q)));
      expect(model.peakInFlight).toBeLessThanOrEqual(MAX_CONCURRENT_CALLS);
      expect(results.map((r) => r.requests.length)).not.toContain(0);
      for (const { replies } of results) {
        expect(replies).toHaveLength(1);
        expect(isComposed(replies[0])).toBe(true);
        expect(cardTexts(replies[0])).toContain(model7f3a);
      }
      // Give a deferred warning the chance to be emitted.
      await new Promise((resolve) => setImmediate(resolve));
      expect(warnings).toEqual([]);
      expect(consoleLines.slice(printed).join('\n')).not.toMatch(/MaxListeners|Warning/);
    });

    it('keeps nothing of the question in any table', async () => {
      // A word of its own (a place name), to look for in every table.
      const question = 'zoutelande: welke vragen stel ik mezelf in het afwegingskader';
      expect(guidance.answer(question, 'nl-NL').topic?.id).toBe('afwegingskader');
      model.reply = () => composed(['afwegingskader']);
      const { replies } = await ask(service, question);
      expect(isComposed(replies[0])).toBe(true);
      const storage = await openStorage({ dataDir: service.dataDir });
      try {
        const tables = await sql<{
          name: string;
        }>`select name from sqlite_master where type = 'table'`.execute(storage.db);
        // The service's own database: every turn stores its conversation before it is answered. (Unanswered
        // counts reach the database only about once a second, so they cannot show this without a race.)
        expect(await storage.db.selectFrom('installations').selectAll().execute()).not.toEqual([]);
        for (const { name } of tables.rows) {
          const rows = await sql.raw(`select * from "${name}"`).execute(storage.db);
          expect(JSON.stringify(rows.rows)).not.toContain('zoutelande');
          expect(JSON.stringify(rows.rows)).not.toContain('model-7f3a');
        }
      } finally {
        await storage.close();
      }
    });

    it('logs outcomes by id and event, never a question or a completion', () => {
      const events = service.logLines
        .map((line) => JSON.parse(line) as Record<string, unknown>)
        .filter((l) => l.event === 'model-answer');
      const outcomes = new Set(
        events.map((e) => `${String(e.outcome)}:${String(e.problem ?? e.status ?? '')}`),
      );
      // The timeout is logged by the service of its own below, and checked there.
      for (const outcome of [
        'composed:',
        'out-of-scope:',
        'refused:unknown-topic',
        'refused:not-json',
        'refused:unsafe-content',
        'refused:unsafe-claim',
        'refused:ungrounded',
        'failed:error',
        'failed:rate_limited',
      ]) {
        expect(outcomes).toContain(outcome);
      }
      expect(events.find((e) => e.outcome === 'composed')).toMatchObject({
        topics: expect.arrayContaining(['afwegingskader']),
        cited: ['afwegingskader', 'meldcode-stappen'],
      });
      const logs = [...service.logLines, ...consoleLines].join('\n');
      for (const text of CONTENT) expect(logs).not.toContain(text);
      expect(logs).not.toContain('test-key');
      // Not vacuous: teams-ai did print the failed calls, with the neutral body in place of the provider's.
      expect(consoleLines.join('\n')).toMatch(/upstream 400/);
      expect(consoleLines.join('\n')).toMatch(/upstream 200 not json/);
    });
  });

  describe('with a model that does not answer', () => {
    let service: TestService;
    beforeAll(async () => {
      service = await startTestService({
        OPENAI_API_KEY: 'test-key',
        OPENAI_MODEL: 'stand-in-model',
        OPENAI_BASE_URL: `${model.url}/v1`,
        LANGUAGE_MODEL_TIMEOUT_MS: '1000',
      });
    });
    afterAll(async () => {
      await service?.stop();
    });

    it('shows the normal topic card once its timeout has run out', async () => {
      // The stand-in never answers: the timeout ends the wait whatever its length, and the log says it did.
      model.reply = () => ({ hang: true });
      const logged = service.logLines.length;
      const { replies, requests } = await ask(service, QUESTION);
      expect(requests).toHaveLength(1);
      expect(cardTexts(replies[0])[0]).toBe(topic('afwegingskader').title.nl);
      expect(isComposed(replies[0])).toBe(false);
      const outcomes = service.logLines
        .slice(logged)
        .map((line) => JSON.parse(line) as { event?: string; outcome?: string })
        .filter((entry) => entry.event === 'model-answer')
        .map((entry) => entry.outcome);
      expect(outcomes).toEqual(['timeout']);
      expect(service.logLines.join('\n')).not.toContain(QUESTION);
    });
  });

  describe('the model answer card', () => {
    // The card with the most besides the text: six actions, sources of two topics.
    const cited = ['wie-bel-ik', 'meldrecht'].map(topic);
    const cardOf = (text: string) => ({
      attachments: [{ content: modelAnswerCard({ text, cited, related: TOPICS.slice(0, 3), lang: 'nl' }) }],
    });

    it.each([
      ['one-character lines', 'a\n'.repeat(750)],
      ['lines of a three-byte character', '€\n'.repeat(750)],
      ['lines of emoji', '🚪\n'.repeat(500)],
      ['one line of three-byte characters', '€'.repeat(1500)],
      ['one line of emoji', '🚪'.repeat(750)],
      ['quotes and backslashes, escaped in JSON', '"\\'.repeat(750)],
      ['control and invisible characters', '\u0001\u200b\u202e\n'.repeat(375)],
      ['a text far beyond what the model may write', 'ë\n'.repeat(20_000)],
    ])('stays under 28 KB and 12 paragraphs with %s', (_name, text) => {
      const card = cardOf(text);
      expect(elementsOf(card, 'RichTextBlock').length).toBeLessThanOrEqual(MAX_PARAGRAPHS);
      expect(Buffer.byteLength(JSON.stringify(card.attachments[0]!.content), 'utf8')).toBeLessThan(
        MAX_CARD_BYTES,
      );
    });

    it('joins the lines beyond the cap into the last paragraph, keeping every word', () => {
      const lines = Array.from({ length: 20 }, (_, i) => `regel ${i + 1}`);
      const paragraphs = elementsOf(cardOf(lines.join('\n')), 'TextRun').map((r) => r.text);
      expect(paragraphs).toHaveLength(MAX_PARAGRAPHS);
      expect(paragraphs.slice(0, MAX_PARAGRAPHS - 1)).toEqual(lines.slice(0, MAX_PARAGRAPHS - 1));
      expect(paragraphs.at(-1)).toBe(lines.slice(MAX_PARAGRAPHS - 1).join(' '));
    });

    it('shows Markdown as typed: in TextRuns, never in a TextBlock', () => {
      const card = cardOf('**Let op**: meld het bij de aandachtsfunctionaris.\n- Schrijf feiten op.');
      expect(elementsOf(card, 'TextRun').map((r) => r.text)).toEqual([
        '**Let op**: meld het bij de aandachtsfunctionaris.',
        '• Schrijf feiten op.',
      ]);
      expect(JSON.stringify(elementsOf(card, 'TextBlock'))).not.toContain('Let op');
    });
  });

  describe('on Azure OpenAI', () => {
    const ENDPOINT = 'https://voordeur-test.openai.azure.com';
    const logLines: string[] = [];
    const logger = createLogger('debug', { write: (line: string) => void logLines.push(line) });
    // Azure endpoints are https only; the stand-in listens on plain http on loopback.
    const toStandIn: WebFetch = (url, init) => fetch(String(url).replace(ENDPOINT, model.url), init);
    // Long enough never to decide a test in which the stand-in answers; the test of hung calls passes its own.
    const answerer = (timeoutMs = 30_000) =>
      createModelAnswerer(
        {
          kind: 'azure',
          apiKey: 'azure-key',
          endpoint: ENDPOINT,
          deployment: 'voordeur-gpt',
          apiVersion: '2024-10-21',
          timeoutMs,
        },
        { logger, fetch: toStandIn },
      );

    it('calls the deployment with the api-key header and the configured API version', async () => {
      model.reply = () => composed(['afwegingskader']);
      const before = model.requests.length;
      const result = await answerer().compose(QUESTION, 'nl', [topic('afwegingskader')]);
      expect(result).toEqual({ kind: 'answer', text: MODEL_TEXT, cited: [topic('afwegingskader')] });
      const [request] = model.requests.slice(before) as [CompletionRequest];
      expect(request.deployment).toBe('voordeur-gpt');
      expect(request.path).toBe('/openai/deployments/voordeur-gpt/chat/completions?api-version=2024-10-21');
      expect(request.headers['api-key']).toBe('azure-key');
      expect(request.body.messages?.[1]?.content).toBe(QUESTION);
    });

    it('gives up after one failed try and says so in the log only by outcome, printing nothing of the question', async () => {
      model.reply = () => ({ status: 503 });
      const before = model.requests.length;
      const printed = consoleLines.length;
      expect(await answerer().compose(QUESTION, 'nl', [topic('afwegingskader')])).toBeUndefined();
      expect(model.requests.length - before).toBe(1);
      expect(JSON.parse(logLines.at(-1)!)).toMatchObject({ event: 'model-answer', outcome: 'failed' });
      expect(logLines.join('\n')).not.toContain(QUESTION);
      const output = consoleLines.slice(printed).join('\n');
      expect(output).toContain('upstream 503');
      expect(output).not.toContain(QUESTION);
    });

    it(`runs at most ${MAX_CONCURRENT_CALLS} calls at once; the others wait their turn`, async () => {
      // The first calls are held until as many are open as may be: the peak does not depend on timing.
      let arrived = 0;
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      model.reply = () => {
        if (++arrived === MAX_CONCURRENT_CALLS) release();
        return { ...composed(['afwegingskader']), until: held };
      };
      const answer = answerer();
      model.resetPeak();
      const results = await Promise.all(
        Array.from({ length: 10 }, () => answer.compose(QUESTION, 'nl', [topic('afwegingskader')])),
      );
      expect(results.every((r) => r?.kind === 'answer')).toBe(true);
      expect(model.peakInFlight).toBe(MAX_CONCURRENT_CALLS);
    });

    it('gives up on a question that finds no free place within the timeout, without calling the model', async () => {
      model.reply = () => ({ hang: true });
      const answer = answerer(300);
      const before = model.requests.length;
      const logged = logLines.length;
      const results = await Promise.all(
        Array.from({ length: MAX_CONCURRENT_CALLS + 1 }, () =>
          answer.compose(QUESTION, 'nl', [topic('afwegingskader')]),
        ),
      );
      // The last one gave up rather than wait for a place: it never reached the model.
      expect(results).toEqual(Array.from({ length: MAX_CONCURRENT_CALLS + 1 }, () => undefined));
      expect(model.requests.length - before).toBe(MAX_CONCURRENT_CALLS);
      const outcomes = logLines.slice(logged).map((l) => (JSON.parse(l) as { outcome: string }).outcome);
      expect(outcomes.sort()).toEqual([
        'busy',
        ...Array.from({ length: MAX_CONCURRENT_CALLS }, () => 'timeout'),
      ]);
    });
  });
});
