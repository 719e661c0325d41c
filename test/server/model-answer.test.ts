import { createModelAnswerer, type ModelAnswererDependencies } from '../../src/bot/ai/teams-ai-answerer';
import { createGuidance } from '../../src/guidance/create-guidance';
import { loadKnowledge } from '../../src/guidance/load-knowledge';
import { createLogger } from '../../src/logging';
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

describe('the optional language model', () => {
  let connector: ConnectorStandIn;
  let model: OpenAIStandIn;
  let chat = 0;
  const consoleLines: string[] = [];

  beforeAll(async () => {
    connector = await new ConnectorStandIn().start();
    model = await new OpenAIStandIn().start();
    // teams-ai prints a failed model call with console.log; keep it, to check it for content too.
    jest.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
      consoleLines.push(
        args.map((a) => (a instanceof Error ? `${a.name} ${a.message}` : String(a))).join(' '),
      );
    });
  });
  afterAll(async () => {
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
        LANGUAGE_MODEL_TIMEOUT_MS: '1000',
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
      // Says a language model wrote it, and from which topics.
      const label = texts.find((t) => t.includes('taalmodel'));
      expect(label).toContain(topic('afwegingskader').title.nl);
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
        expect(system).not.toContain(t.body.nl[0]);
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
      expect(texts).toContain(topic('afwegingskader').title.nl);
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
      ['fails with 500', () => ({ status: 500 })],
      ['is rate limited', () => ({ status: 429 })],
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

    it('shows the normal topic card when the model does not answer in time', async () => {
      model.reply = () => ({ hang: true });
      const started = Date.now();
      const { replies, requests } = await ask(service, QUESTION);
      const elapsed = Date.now() - started;
      expect(requests).toHaveLength(1);
      expect(elapsed).toBeGreaterThanOrEqual(900);
      expect(elapsed).toBeLessThan(4000);
      expect(cardTexts(replies[0])[0]).toBe(topic('afwegingskader').title.nl);
    });

    it('never sends a message with personal data to the model, and warns as before', async () => {
      for (const text of [
        'mevrouw op 0612345678 wordt volgens mij financieel uitgebuit door haar zoon',
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

    it('logs outcomes by id and event, never a question or a completion', () => {
      const events = service.logLines
        .map((line) => JSON.parse(line) as Record<string, unknown>)
        .filter((l) => l.event === 'model-answer');
      const outcomes = new Set(
        events.map((e) => `${String(e.outcome)}:${String(e.problem ?? e.status ?? '')}`),
      );
      for (const outcome of [
        'composed:',
        'out-of-scope:',
        'refused:unknown-topic',
        'refused:not-json',
        'refused:unsafe-content',
        'failed:error',
        'failed:rate_limited',
        'timeout:',
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
    });
  });

  describe('on Azure OpenAI', () => {
    const ENDPOINT = 'https://voordeur-test.openai.azure.com';
    const logLines: string[] = [];
    const logger = createLogger('debug', { write: (line: string) => void logLines.push(line) });
    // Azure endpoints are https only; the stand-in listens on plain http on loopback.
    const toStandIn = ((url: string, init: RequestInit) =>
      fetch(String(url).replace(ENDPOINT, model.url), init)) as unknown as ModelAnswererDependencies['fetch'];
    const answerer = () =>
      createModelAnswerer(
        {
          kind: 'azure',
          apiKey: 'azure-key',
          endpoint: ENDPOINT,
          deployment: 'voordeur-gpt',
          apiVersion: '2024-10-21',
          timeoutMs: 1000,
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

    it('gives up after one failed try and says so in the log only by outcome', async () => {
      model.reply = () => ({ status: 503 });
      const before = model.requests.length;
      expect(await answerer().compose(QUESTION, 'nl', [topic('afwegingskader')])).toBeUndefined();
      expect(model.requests.length - before).toBe(1);
      expect(JSON.parse(logLines.at(-1)!)).toMatchObject({ event: 'model-answer', outcome: 'failed' });
      expect(logLines.join('\n')).not.toContain(QUESTION);
    });
  });
});
