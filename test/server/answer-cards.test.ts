import { openStorage } from '../../src/storage/database';
import { AnswerStatsStore } from '../../src/storage/answer-stats-store';
import { cardExecute, cardSubmit, cardTexts, message } from '../support/activities';
import { ConnectorStandIn } from '../support/connector-stand-in';
import { startTestService, type TestService } from '../support/service';

type Json = Record<string, unknown>;
interface Action {
  type: string;
  title: string;
  verb?: string;
  data?: Json;
}

/** Every action of a card, in the body's action sets too; an action's fallback is not shown beside it. */
function actionsOf(node: unknown): Action[] {
  if (Array.isArray(node)) return node.flatMap(actionsOf);
  if (!node || typeof node !== 'object') return [];
  const record = node as Json;
  if (typeof record.type === 'string' && record.type.startsWith('Action.'))
    return [record as unknown as Action];
  return Object.values(record).flatMap(actionsOf);
}
const cardOf = (activity: Json) => (activity.attachments as { content: Json }[])[0]!.content;
const texts = (card: Json) => cardTexts({ attachments: [{ content: card }] });

describe('answer cards: what to do, the editors, feedback in place', () => {
  let connector: ConnectorStandIn;
  let service: TestService;
  let chat = 0;

  beforeAll(async () => {
    connector = await new ConnectorStandIn().start();
    service = await startTestService();
  });
  afterAll(async () => {
    await service?.stop();
    await connector?.stop();
  });

  const conversation = () => ({ serviceUrl: connector.url, conversationId: `a:answers-${++chat}` });

  /** Asks one question in a fresh conversation; returns the bot's card and the conversation it is in. */
  async function ask(text: string, locale = 'nl-NL') {
    const o = { ...conversation(), locale };
    expect((await service.post(message(text, o))).status).toBe(200);
    const replies = connector.messages(o.conversationId);
    const answer = replies.find((r) => Array.isArray(r.attachments));
    if (!answer) throw new Error(`no card for "${text}"`);
    return { card: cardOf(answer), o };
  }

  /** Presses an Action.Execute button; returns the card Teams puts in its place, or the text it shows. */
  async function execute(action: Action | undefined, o: { serviceUrl: string; conversationId: string }) {
    if (!action?.verb) throw new Error('no Action.Execute button');
    const response = await service.post(cardExecute(action.verb, action.data ?? {}, o));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { statusCode: number; type: string; value: unknown };
    return body.type === 'application/vnd.microsoft.card.adaptive'
      ? { card: body.value as Json, text: undefined }
      : { card: undefined, text: String(body.value) };
  }

  const stats = async () => {
    const storage = await openStorage({ dataDir: service.dataDir });
    try {
      const store = new AnswerStatsStore(storage.db, 'Europe/Amsterdam');
      return { feedback: await store.feedbackSummary() };
    } finally {
      await storage.close();
    }
  };

  describe('a question what to do about something seen', () => {
    it.each([
      [
        'het jongetje van de buren is heel mager en bang voor zijn vader, wat moet ik doen?',
        'nl-NL',
        'Wat doe je?',
      ],
      [
        'the little boy next door is very thin and scared of his father, what should I do?',
        'en-US',
        'What do you do?',
      ],
    ])('gets the steps before the signs, and "ik zie iets": %s', async (text, locale, steps) => {
      const { card } = await ask(text, locale);
      const all = texts(card);
      const signs = locale === 'nl-NL' ? 'Waar kun je op letten?' : 'What to look out for';
      expect(all.indexOf(steps)).toBeGreaterThan(-1);
      expect(all.indexOf(steps)).toBeLessThan(all.indexOf(signs));
      expect(actionsOf(card).filter((a) => a.verb === 'see-something.start')).toHaveLength(1);
    });

    it('keeps the signs first when the question asks what to look for, and still offers "ik zie iets"', async () => {
      const { card } = await ask('waaraan zie je dat een kind verwaarloosd wordt');
      const all = texts(card);
      expect(all.indexOf('Waar kun je op letten?')).toBeLessThan(all.indexOf('Wat doe je?'));
      expect(actionsOf(card).some((a) => a.verb === 'see-something.start')).toBe(true);
    });

    it('starts "ik zie iets" from the answer: its first card asks about danger now', async () => {
      const { card, o } = await ask(
        'het jongetje van de buren is heel mager en bang voor zijn vader, wat moet ik doen?',
      );
      const before = connector.messages(o.conversationId).length;
      const pressed = await execute(
        actionsOf(card).find((a) => a.verb === 'see-something.start'),
        o,
      );
      expect(pressed.text).toBeDefined();
      const [first] = await connector.messagesAfter(o.conversationId, before);
      expect(texts(cardOf(first!))).toContain('Is er nu gevaar? Voor jou, een kind of iemand anders?');
    });
  });

  describe('a question Voordeur has no answer to', () => {
    it.each([
      ['waar kan ik mijn parkeervergunning verlengen', 'nl-NL', /^Voordeur is er voor de meldcode: /],
      ['where can I renew my parking permit', 'en-US', /^Voordeur is for the meldcode: /],
    ])('says in one line what Voordeur is for: %s', async (text, locale, purpose) => {
      const { card } = await ask(text, locale);
      expect(texts(card).filter((t) => purpose.test(t))).toHaveLength(1);
    });

    it('opens the editors’ form with the question filled in, under the privacy warning', async () => {
      const question = 'waar kan ik mijn parkeervergunning verlengen';
      const { card, o } = await ask(question);
      const offer = actionsOf(card).find((a) => a.data?.verb === 'question.offer');
      expect(offer?.data).toEqual({ verb: 'question.offer', question });
      expect((await service.post(cardSubmit(offer!.data, o))).status).toBe(200);
      const form = cardOf(connector.messages(o.conversationId).at(-1)!);
      const input = (form.body as Json[]).find((e) => e.type === 'Input.Text');
      expect(input?.value).toBe(question);
      expect(texts(form).join(' ')).toContain('Zet er geen namen, adressen of andere gegevens');
    });

    it('opens an empty form for a question with personal data, whatever the button carries', async () => {
      const { card } = await ask('wat is het wachtwoord van de wifi, bel me op 0612345678');
      expect(actionsOf(card).find((a) => a.data?.verb === 'question.offer')?.data).toEqual({
        verb: 'question.offer',
        question: '',
      });
      const o = conversation();
      await service.post(
        cardSubmit({ verb: 'question.offer', question: 'bel mevrouw Jansen op 0612345678' }, o),
      );
      const form = cardOf(connector.messages(o.conversationId).at(-1)!);
      expect((form.body as Json[]).find((e) => e.type === 'Input.Text')?.value).toBe('');
    });
  });

  describe('feedback', () => {
    const QUESTION = 'mag ik informatie delen zonder toestemming? meldrecht';
    const feedback = (card: Json, title: string) => actionsOf(card).find((a) => a.title === title);

    it('"Nee" puts the reasons in place of the buttons, and a reason puts thanks there: nothing twice', async () => {
      const { card, o } = await ask(QUESTION);
      const before = await stats();
      const reasons = await execute(feedback(card, 'Nee'), o);
      // The same answer, with the reasons where "Ja" and "Nee" were.
      expect(texts(reasons.card!)[0]).toBe(texts(card)[0]);
      expect(feedback(reasons.card!, 'Nee')).toBeUndefined();
      expect(feedback(reasons.card!, 'Ja, dit helpt')).toBeUndefined();
      const unclear = feedback(reasons.card!, 'Niet duidelijk');
      expect(unclear?.type).toBe('Action.Execute');
      const done = await execute(unclear, o);
      expect(texts(done.card!)).toContain('Dank je. Zo maken we Voordeur beter.');
      expect(actionsOf(done.card!).filter((a) => /answer\./.test(String(a.verb)))).toEqual([]);
      const notHelpful = (s: Awaited<ReturnType<typeof stats>>) =>
        s.feedback.find((f) => f.topicId === 'meldrecht')?.notHelpful ?? 0;
      expect(notHelpful(await stats())).toBe(notHelpful(before) + 1);
    });

    it('"Ja" puts thanks in place of the buttons', async () => {
      const { card, o } = await ask(QUESTION);
      const done = await execute(feedback(card, 'Ja, dit helpt'), o);
      expect(texts(done.card!)).toContain('Dank je. Zo maken we Voordeur beter.');
      expect(feedback(done.card!, 'Nee')).toBeUndefined();
    });

    it('answers "dit was een noodgeval" with the 112 card as a message of its own', async () => {
      const { card, o } = await ask(QUESTION);
      const reasons = await execute(feedback(card, 'Nee'), o);
      const before = connector.messages(o.conversationId).length;
      const done = await execute(feedback(reasons.card!, 'Dit was een noodgeval'), o);
      expect(texts(done.card!)).toContain('Dank je. Zo maken we Voordeur beter.');
      const [danger] = await connector.messagesAfter(o.conversationId, before);
      expect(texts(cardOf(danger!))[0]).toBe('Direct gevaar? Bel 112.');
    });

    it('updates the message itself when the host sends the Action.Submit fallback', async () => {
      const { card, o } = await ask(QUESTION);
      const yes = feedback(card, 'Ja, dit helpt') as Action & { fallback?: { data: Json } };
      const messageId = 'answer-message-1';
      const submit = { ...cardSubmit(yes.data, o), replyToId: messageId };
      expect((await service.post(submit)).status).toBe(200);
      const update = connector.updated.find((u) => u.conversationId === o.conversationId);
      expect(update?.activityId).toBe(messageId);
      expect(texts(cardOf(update!.activity))).toContain('Dank je. Zo maken we Voordeur beter.');
    });
  });
});
