import { createGuidance, loadKnowledge } from '../../src/guidance';
import { cardExecute, cardTexts, message } from '../support/activities';
import { ConnectorStandIn } from '../support/connector-stand-in';
import { OpenAIStandIn } from '../support/openai-stand-in';
import { startTestService, type TestService } from '../support/service';

type Json = Record<string, unknown>;

/** Two questions the search answers with the same plain topic, so both go to the language model. */
const QUESTIONS = ['wat is het afwegingskader eigenlijk', 'leg het afwegingskader eens uit'];
const MODEL_TEXT = 'Volgens het afwegingskader stel je vijf vragen op volgorde [model-5c1e].';
const composed = { content: JSON.stringify({ answer: MODEL_TEXT, topics: ['afwegingskader'] }) };

/** Every action of a card, in the body's action sets too; an action's fallback is not shown beside it. */
function actionsOf(node: unknown): { type: string; verb?: string; data?: Json }[] {
  if (Array.isArray(node)) return node.flatMap(actionsOf);
  if (!node || typeof node !== 'object') return [];
  const record = node as Json;
  if (typeof record.type === 'string' && record.type.startsWith('Action.'))
    return [record as { type: string }];
  return Object.values(record).flatMap(actionsOf);
}

const isComposed = (activity: Json) => cardTexts(activity).some((t) => /taalmodel|language model/.test(t));

describe('a turn answered by the language model', () => {
  let connector: ConnectorStandIn;
  let model: OpenAIStandIn;
  let service: TestService;
  let chat = 0;

  beforeAll(async () => {
    connector = await new ConnectorStandIn().start();
    model = await new OpenAIStandIn().start();
    service = await startTestService({
      OPENAI_API_KEY: 'test-key',
      OPENAI_MODEL: 'stand-in-model',
      OPENAI_BASE_URL: `${model.url}/v1`,
      // The longest allowed: the stand-in decides when it answers, so the timeout never decides these tests.
      LANGUAGE_MODEL_TIMEOUT_MS: '30000',
    });
  });
  afterAll(async () => {
    await service?.stop();
    await model?.stop();
    await connector?.stop();
  });

  it('goes to the model with both questions', () => {
    const guidance = createGuidance(loadKnowledge());
    for (const q of QUESTIONS) {
      const answer = guidance.answer(q, 'nl-NL');
      expect([answer.kind, answer.topic?.id, answer.possibleDanger]).toEqual([
        'answer',
        'afwegingskader',
        false,
      ]);
    }
  });

  it('shows "typing" before the answer, also for two questions at the same time', async () => {
    const conversations = QUESTIONS.map(() => `a:model-turn-${++chat}`);
    // Each completion is held until its own conversation has seen a typing indicator: without one the answer
    // never comes back (and the test fails on its timeout), with one it comes at once. No clock decides.
    model.reply = (request) => {
      const question = request.body.messages?.at(-1)?.content;
      const conversation = conversations[QUESTIONS.indexOf(String(question))]!;
      return { ...composed, until: connector.typingIn(conversation) };
    };
    const responses = await Promise.all(
      QUESTIONS.map((q, i) =>
        service.post(message(q, { serviceUrl: connector.url, conversationId: conversations[i] })),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual([200, 200]);
    for (const conversationId of conversations) {
      const sent = connector.received
        .filter((r) => r.conversationId === conversationId)
        .map((r) => r.activity);
      const typing = sent.findIndex((a) => a.type === 'typing');
      const answer = sent.findIndex((a) => a.type === 'message');
      expect(typing).toBeGreaterThanOrEqual(0);
      expect(typing).toBeLessThan(answer);
      expect(isComposed(sent[answer]!)).toBe(true);
      // Nothing after the answer: a typing indicator there would show under it.
      expect(sent.slice(answer + 1).filter((a) => a.type === 'typing')).toEqual([]);
    }
  });

  it('updates the model’s card in place after "Ja", keeping its text', async () => {
    model.reply = () => composed;
    const o = { serviceUrl: connector.url, conversationId: `a:model-turn-${++chat}` };
    await service.post(message(QUESTIONS[0]!, o));
    const [answer] = connector.messages(o.conversationId);
    expect(isComposed(answer!)).toBe(true);
    const card = (answer!.attachments as { content: Json }[])[0]!.content;
    const yes = actionsOf(card).find((a) => a.verb === 'answer.feedback' && a.data?.helpful === true);
    expect(yes?.type).toBe('Action.Execute');
    const response = await service.post(cardExecute('answer.feedback', yes!.data!, o));
    const body = (await response.json()) as { type: string; value: Json };
    expect(body.type).toBe('application/vnd.microsoft.card.adaptive');
    const texts = cardTexts({ attachments: [{ content: body.value }] });
    expect(texts).toContain(MODEL_TEXT);
    expect(texts).toContain('Dank je. Zo maken we Voordeur beter.');
    expect(isComposed({ attachments: [{ content: body.value }] })).toBe(true);
  });
});
