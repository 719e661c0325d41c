import { rmSync } from 'node:fs';
import { openStorage } from '../../src/storage/database';
import { AnswerStatsStore } from '../../src/storage/answer-stats-store';
import { cardSubmit, cardTexts, mentionMessage, message } from '../support/activities';
import { ConnectorStandIn } from '../support/connector-stand-in';
import { startTestService, type TestService } from '../support/service';

describe('answering meldcode questions', () => {
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

  /** Sends one message in a fresh conversation and returns every message the bot sent back, in order. */
  async function ask(text: string, options: { locale?: string; channel?: boolean; to?: TestService } = {}) {
    const o = { serviceUrl: connector.url, conversationId: `a:guidance-${++chat}`, locale: options.locale };
    const activity = options.channel
      ? mentionMessage(text, { ...o, conversationType: 'channel', teamId: '19:team@thread.tacv2' })
      : message(text, o);
    const response = await (options.to ?? service).post(activity);
    expect(response.status).toBe(200);
    return connector.messages(o.conversationId);
  }

  it.each([
    'kind alleen thuis wat moet ik doen',
    'hij slaat haar nu, ik hoor het door de deur',
    'er ligt iemand bewusteloos in de gang',
    'he has a knife',
  ])('leads with 112 when there is danger now: %s', async (text) => {
    const [first] = await ask(text);
    const texts = cardTexts(first);
    expect(texts[0]).toMatch(/^(Direct gevaar\? Bel 112\.|Danger now\? Call 112\.)$/);
    const actions = JSON.stringify(first.attachments);
    expect(actions).toContain('tel:112');
  });

  it.each([
    ['de kinderen zijn vaak alleen thuis, moeder werkt tot laat', 'Is iemand nu in gevaar? Bel 112.'],
    [
      'een huurder vertelde dat haar ex haar vorig jaar heeft geslagen, wat kan ik daarmee',
      'Is iemand nu in gevaar? Bel 112.',
    ],
    [
      'last month a tenant said her ex threatened her with a knife, what are the signs of partner violence',
      'Is someone in danger right now? Call 112.',
    ],
  ])('leads an answer about danger that is not now with one 112 line: %s', async (text, line) => {
    const [first] = await ask(text);
    const texts = cardTexts(first);
    expect(texts[0]).toBe(line);
    // Not the danger card: the answer itself follows.
    expect(texts).not.toContain('Direct gevaar? Bel 112.');
    expect(texts).not.toContain('Danger now? Call 112.');
    // The 112 button right under the line, before the answer.
    expect(texts[1]).toMatch(/^(Bel|Call) 112$/);
    expect(JSON.stringify(first.attachments).match(/"url":"([^"]*)"/)?.[1]).toBe('tel:112');
  });

  it('puts the possible-danger line before the privacy warning', async () => {
    const replies = await ask('mevrouw op 0612345678 zei dat haar man haar vorig jaar sloeg');
    expect(cardTexts(replies[0])[0]).toBe('Is iemand nu in gevaar? Bel 112.');
    expect(String(replies[1].text)).toContain('persoonsgegevens');
  });

  it.each(['de planning staat weer in brand deze week', 'hij reageert niet op mijn mails'])(
    'leads work talk with neither 112 line: %s',
    async (text) => {
      const [first] = await ask(text);
      const texts = cardTexts(first);
      expect(texts[0]).not.toMatch(/112/);
    },
  );

  it.each([
    ['hij slaat haar nu, ik hoor het door de deur', /^Jouw eigen veiligheid gaat voor: grijp niet zelf in/],
    [
      'er ligt iemand bewusteloos in de gang, hij ademt niet',
      /^Reageert iemand niet .*doe wat de meldkamer zegt/,
    ],
    [
      'hij zegt dat hij er vanavond een eind aan maakt, de pillen liggen klaar',
      /Bel eerst 112, daarna 113 .*0800-0113/,
    ],
    [
      'old man not responding on the floor in the hallway',
      /^Someone not responding .*do what the operator tells you/,
    ],
  ])('gives the danger card advice that fits the kind: %s', async (text, advice) => {
    const [first] = await ask(text);
    const texts = cardTexts(first);
    expect(texts[0]).toMatch(/^(Direct gevaar\? Bel 112\.|Danger now\? Call 112\.)$/);
    expect(texts[1]).toMatch(advice);
  });

  it('does not tell staff to keep out when someone is only not responding', async () => {
    const [first] = await ask('er ligt iemand bewusteloos in de gang, hij ademt niet');
    const banner = cardTexts(first).slice(0, 3).join(' ');
    expect(banner).not.toMatch(/grijp niet zelf in/i);
  });

  it('answers a question with the right topic, in Dutch', async () => {
    const [answer] = await ask('wat is het afwegingskader eigenlijk');
    const texts = cardTexts(answer);
    expect(texts[0]).toMatch(/^Het afwegingskader/);
    // Every guidance card ends with 112 and Veilig Thuis.
    expect(texts.join(' ')).toMatch(/112.*0800-2000/);
  });

  it('answers in English when the question is English, whatever the client locale', async () => {
    const [answer] = await ask('what does veilig thuis do with my report', { locale: 'nl-NL' });
    expect(cardTexts(answer).join(' ')).toContain('Danger now: call 112.');
  });

  it('strips the @mention in a channel before answering', async () => {
    const [answer] = await ask('wat is meldrecht', { channel: true });
    expect(cardTexts(answer).join(' ')).toContain('Meldrecht');
  });

  it('asks not to share personal data, answers anyway, and logs none of it', async () => {
    const replies = await ask('mijn collega op 0612345678 wil weten hoe ze Veilig Thuis om advies vraagt');
    expect(String(replies[0].text)).toContain('persoonsgegevens');
    expect(replies).toHaveLength(2);
    expect(cardTexts(replies[1]).join(' ')).toContain('0800-2000');
    expect(service.logLines.join('\n')).not.toContain('0612345678');
  });

  it('says plainly when it has no answer, for off-topic text, emoji and empty messages', async () => {
    for (const text of ['hoe laat gaat de kantine open', '😀😀😀', '   ']) {
      const [fallback] = await ask(text);
      expect(cardTexts(fallback).join(' ')).toContain('geen antwoord');
    }
    const [english] = await ask('what is the wifi password', { locale: 'en-US' });
    expect(cardTexts(english).join(' ')).toContain('no answer');
  });

  it.each([
    ['gevaar', 'Direct gevaar? Bel 112.'],
    ['danger', 'Direct gevaar? Bel 112.'],
    ['stappen', 'De meldcode in vijf stappen'],
    ['contact', 'Wie bel je wanneer?'],
  ])('opens the topic of the manifest command "%s"', async (command, first) => {
    const [card] = await ask(command);
    expect(cardTexts(card)[0]).toBe(first);
  });

  describe('the Meldcode search extension', () => {
    const search = async (query: string | undefined, locale = 'nl-NL') => {
      const activity = {
        ...message('', { serviceUrl: connector.url, conversationId: `a:extension-${++chat}`, locale }),
        type: 'invoke',
        name: 'composeExtension/query',
        value: {
          commandId: 'searchTopics',
          parameters:
            query === undefined ? [{ name: 'initialRun', value: 'true' }] : [{ name: 'query', value: query }],
          queryOptions: { skip: 0, count: 25 },
        },
      };
      const response = await service.post(activity);
      expect(response.status).toBe(200);
      const body = (await response.json()) as {
        composeExtension: {
          type: string;
          attachments: { content: unknown; preview: { content: { title: string } } }[];
        };
      };
      expect(body.composeExtension.type).toBe('result');
      return body.composeExtension.attachments;
    };

    it('lists the home topics when it opens', async () => {
      const results = await search(undefined);
      expect(results.map((r) => r.preview.content.title)).toEqual([
        'Direct gevaar: bel 112',
        'De meldcode in vijf stappen',
        'Wie bel je wanneer?',
      ]);
    });

    it('finds topics for a search and inserts the full answer card', async () => {
      const results = await search('signalen ouderenmishandeling');
      expect(results[0].preview.content.title).toBe('Ouderenmishandeling');
      expect(cardTexts({ attachments: [results[0]] }).join(' ')).toContain('0800-2000');
      expect(service.logLines.join('\n')).not.toContain('signalen ouderenmishandeling');
    });
  });

  describe('feedback and unanswered questions', () => {
    const stats = async (of: TestService = service) => {
      const storage = await openStorage({ dataDir: of.dataDir });
      try {
        const store = new AnswerStatsStore(storage.db, 'Europe/Amsterdam');
        return {
          feedback: await store.feedbackSummary(),
          unanswered: await store.unansweredByDay(),
          questions: await store.editorQuestions(),
        };
      } finally {
        await storage.close();
      }
    };
    const submit = async (value: unknown) => {
      const o = { serviceUrl: connector.url, conversationId: `a:feedback-${++chat}` };
      expect((await service.post(cardSubmit(value, o))).status).toBe(200);
      return connector.messages(o.conversationId)[0];
    };

    it('answers forged feedback with "verlopen" and stores nothing', async () => {
      for (const value of [
        { verb: 'answer.feedback', topic: 'bestaat-niet', helpful: true },
        { verb: 'answer.feedback', topic: 'meldrecht', helpful: 'yes' },
        { verb: 'answer.reason', id: '3f1c9a52-7d4e-4b8a-9c21-5e6f7a8b9c0d', reason: 'unclear' },
        { verb: 'answer.reason', id: 'not-a-uuid', reason: 'rude' },
      ]) {
        expect(String((await submit(value)).text)).toContain('verlopen');
      }
      expect((await stats()).feedback.find((f) => f.topicId === 'bestaat-niet')).toBeUndefined();
    });

    it('counts unanswered questions per day and language', async () => {
      // A service of its own, so that no earlier test's counts are on their way to the database. The service
      // writes its counts about once a second and, on stopping, whatever it still holds: stopping it ends the
      // wait, not a clock.
      const own = await startTestService();
      try {
        await ask('waar staat de koffieautomaat', { to: own });
        await ask('wie heeft de sleutel van het hok', { to: own });
        await ask('what is the wifi password', { to: own, locale: 'en-US' });
        const [answered] = await ask('wat is meldrecht', { to: own });
        expect(cardTexts(answered).join(' ')).toContain('Meldrecht');
      } finally {
        await own.stop({ keepData: true });
      }
      try {
        // Days as the service counts them: summed per language, in case the test runs over midnight.
        const counts: Record<string, number> = {};
        for (const { lang, count } of (await stats(own)).unanswered)
          counts[lang] = (counts[lang] ?? 0) + count;
        expect(counts).toEqual({ nl: 2, en: 1 });
      } finally {
        rmSync(own.dataDir, { recursive: true, force: true });
      }
    });

    it('sends a question to the editors only on request, after a warning, and never one with personal data', async () => {
      const [fallback] = await ask('hoe vraag ik een parkeervergunning aan');
      expect(JSON.stringify(fallback.attachments)).toContain('"verb":"question.offer"');
      const form = await submit({ verb: 'question.offer' });
      expect(cardTexts(form).join(' ')).toContain('Zet er geen namen, adressen');
      expect((await stats()).questions).toEqual([]);

      const refused = await submit({
        verb: 'question.send',
        question: 'wat doe ik bij 1234 AB 12, mw 0612345678?',
      });
      expect(String(refused.text)).toContain('niet verstuurd');
      expect((await stats()).questions).toEqual([]);

      const sent = await submit({
        verb: 'question.send',
        question: '  mag een opzichter foto’s maken als bewijs?  ',
      });
      expect(String(sent.text)).toContain('Dank je');
      expect((await stats()).questions).toEqual([
        { day: expect.any(String), lang: 'nl', text: 'mag een opzichter foto’s maken als bewijs?' },
      ]);
      for (const value of [{ verb: 'question.send' }, { verb: 'question.send', question: 'x'.repeat(501) }]) {
        expect(String((await submit(value)).text)).toContain('verlopen');
      }
    });
  });
});
