import { openStorage } from '../../src/storage/database';
import { InstallationStore } from '../../src/storage/installation-store';
import { PersonStore } from '../../src/storage/person-store';
import {
  botInstalled,
  cardExecute,
  cardSubmit,
  cardTexts,
  installationUpdate,
  mentionMessage,
  message,
} from '../support/activities';
import { ConnectorStandIn } from '../support/connector-stand-in';
import { startTestService, type TestService } from '../support/service';

describe('POST /api/messages in local mode', () => {
  let connector: ConnectorStandIn;
  let service: TestService;
  let chat: number;

  beforeAll(async () => {
    connector = await new ConnectorStandIn().start();
    service = await startTestService();
  });
  afterAll(async () => {
    await service?.stop();
    await connector?.stop();
  });

  /** Each test talks in its own conversation, so the replies it reads are its own. */
  const conversation = () => ({ serviceUrl: connector.url, conversationId: `a:chat-${++chat}` });
  chat = 0;

  async function reply(activity: { conversation: { id: string } }) {
    const before = connector.messages(activity.conversation.id).length;
    const response = await service.post(activity);
    expect(response.status).toBe(200);
    const sent = connector.messages(activity.conversation.id);
    expect(sent.length).toBe(before + 1);
    return sent[sent.length - 1];
  }

  it('welcomes on install in Dutch, stores the conversation and looks the installer up', async () => {
    const o = conversation();
    const welcome = await reply(botInstalled(o));
    expect(cardTexts(welcome)).toContain('Welkom bij Voordeur');
    expect(cardTexts(welcome).join(' ')).toContain('Bel 112');

    const storage = await openStorage({ dataDir: service.dataDir });
    try {
      const installation = await new InstallationStore(storage.db).get(o.conversationId);
      expect(installation).toMatchObject({
        scope: 'personal',
        serviceUrl: connector.url,
        tenantId: 'tenant-1',
      });
      expect(installation?.address.bot.id).toBe('28:voordeur-bot');
      const person = await new PersonStore(storage.db).get('aad-employee-1');
      expect(person).toMatchObject({ displayName: 'Test Medewerker', email: 'medewerker@example.org' });
    } finally {
      await storage.close();
    }
  });

  it('welcomes in English when the client is English', async () => {
    const welcome = await reply(botInstalled({ ...conversation(), locale: 'en-US' }));
    expect(cardTexts(welcome)).toContain('Welcome to Voordeur');
  });

  it('welcomes in the language of the install event when the conversationUpdate names none, as Teams sends them', async () => {
    const o = { ...conversation(), aadObjectId: 'aad-english-colleague' };
    expect((await service.post(installationUpdate('add', { ...o, locale: 'en-US' }))).status).toBe(200);
    const { locale: _none, ...update } = botInstalled(o);
    const welcome = await reply(update);
    expect(cardTexts(welcome)).toContain('Welcome to Voordeur');
  });

  it('records an uninstall', async () => {
    const o = conversation();
    await reply(botInstalled(o));
    expect((await service.post(installationUpdate('remove', o))).status).toBe(200);
    const storage = await openStorage({ dataDir: service.dataDir });
    try {
      expect((await new InstallationStore(storage.db).get(o.conversationId))?.uninstalledAt).toBeInstanceOf(
        Date,
      );
    } finally {
      await storage.close();
    }
  });

  it('answers "hulp" and "help" with the help card, whose buttons open a topic', async () => {
    const o = conversation();
    const help = await reply(message('hulp', o));
    expect(cardTexts(help)).toContain('Wat kan Voordeur voor je doen?');
    const english = await reply(message('Help!', { ...o, locale: 'en-GB' }));
    expect(cardTexts(english)).toContain('What can Voordeur do for you?');
    // Dutch typed in a Teams set to English gets Dutch; "help" follows the locale, Dutch staff type it too.
    const dutchInEnglishTeams = await reply(message('hulp', { ...o, locale: 'en-US' }));
    expect(cardTexts(dutchInEnglishTeams)).toContain('Wat kan Voordeur voor je doen?');

    const buttons = (
      (help.attachments as { content: { actions: { data?: unknown }[] } }[])[0].content.actions ?? []
    )
      .map((a) => a.data)
      .filter(Boolean);
    expect(buttons).toContainEqual({ verb: 'topic.show', topic: 'meldcode-stappen' });
    const steps = await reply(cardSubmit({ verb: 'topic.show', topic: 'meldcode-stappen' }, o));
    expect(cardTexts(steps)).toContain('De meldcode in vijf stappen');
    expect(cardTexts(steps).join(' ')).toContain('0800-2000');
  });

  it('leads the danger topic with 112', async () => {
    const danger = await reply(cardSubmit({ verb: 'topic.show', topic: 'direct-gevaar' }, conversation()));
    expect(cardTexts(danger)[0]).toBe('Direct gevaar? Bel 112.');
  });

  it('strips the @mention in a channel', async () => {
    const help = await reply(
      mentionMessage('hulp', {
        ...conversation(),
        conversationType: 'channel',
        teamId: '19:team@thread.tacv2',
      }),
    );
    expect(cardTexts(help)).toContain('Wat kan Voordeur voor je doen?');
  });

  it('says plainly when it has no answer', async () => {
    const fallback = await reply(message('hoe laat gaat de kantine open', conversation()));
    expect(cardTexts(fallback).join(' ')).toContain('geen antwoord');
    const english = await reply(message('where is the canteen', { ...conversation(), locale: 'en-US' }));
    expect(cardTexts(english).join(' ')).toContain('no answer');
  });

  it('answers a forged or stale card submit with "verlopen", not a crash', async () => {
    const o = conversation();
    for (const value of [
      { verb: 'topic.show', topic: 'drop tables' },
      { verb: 'no.such.verb' },
      'just a string',
    ]) {
      const expired = await reply(cardSubmit(value, o));
      expect(String(expired.text)).toContain('verlopen');
    }
  });

  it('answers every invoke it cannot handle with a proper invoke response, never a bare 501', async () => {
    const o = conversation();
    const invoke = (name: string, value?: unknown) => ({
      ...message('', o),
      text: undefined,
      type: 'invoke',
      name,
      value,
    });
    const post = async (activity: Record<string, unknown>) => {
      const response = await service.post(activity);
      const text = await response.text();
      return { status: response.status, body: text ? (JSON.parse(text) as unknown) : text };
    };
    const expiredMessage = {
      statusCode: 200,
      type: 'application/vnd.microsoft.activity.message',
      value: expect.stringContaining('verlopen'),
    };
    for (const value of [
      { action: { type: 'Action.Execute', verb: 7, data: {} } },
      { action: { type: 'Action.Execute' } },
      { action: { type: 'Action.Submit', verb: 'topic.show' } },
      undefined,
    ]) {
      expect(await post(invoke('adaptiveCard/action', value))).toEqual({ status: 200, body: expiredMessage });
    }
    expect(
      await post(invoke('composeExtension/query', { commandId: 'somethingElse', parameters: [] })),
    ).toEqual({
      status: 200,
      body: { composeExtension: { type: 'result', attachmentLayout: 'list', attachments: [] } },
    });
    expect(await post(invoke('task/fetch', { data: {} }))).toEqual({
      status: 200,
      body: { task: { type: 'message', value: expect.stringContaining('verlopen') } },
    });
    expect(await post(invoke('some/futureInvoke', {}))).toEqual({ status: 200, body: expiredMessage });
    expect(service.logLines.filter((l) => l.includes('"turn-failed"'))).toEqual([]);
  });

  it('accepts and ignores unknown activity types', async () => {
    const o = conversation();
    const response = await service.post({ ...message('', o), type: 'somethingNew' });
    expect(response.status).toBe(200);
    expect(connector.messages(o.conversationId)).toHaveLength(0);
  });

  it('rejects bodies that are not activities with 400 and a reason, and keeps serving', async () => {
    const cases: [unknown, RegExp][] = [
      ['{not json', /Invalid JSON/],
      ['[1,2,3]', /JSON object/],
      ['"a string"', /JSON object/],
      [{ type: 'message', text: 'hi' }, /serviceUrl/],
      [{ ...message('hi', conversation()), conversation: {} }, /conversation\.id/],
      [{ ...message('hi', conversation()), serviceUrl: 'not a url' }, /serviceUrl/],
    ];
    for (const [body, reason] of cases) {
      const response = await service.post(body);
      expect(response.status).toBe(400);
      expect(JSON.stringify(await response.json())).toMatch(reason);
    }
    const response = await fetch(`${service.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'hello',
    });
    expect(response.status).toBe(400);
    expect((await fetch(`${service.url}/healthz`)).status).toBe(200);
  });

  it('refuses fields of the wrong type with 400 and the field, before any turn runs', async () => {
    const o = conversation();
    const base = message('hulp', o);
    const cases: [Record<string, unknown>, string][] = [
      [{ ...base, from: { ...base.from, name: { first: 'Sanne' } } }, 'from.name'],
      [{ ...base, from: { ...base.from, aadObjectId: ['aad'] } }, 'from.aadObjectId'],
      [{ ...base, recipient: { ...base.recipient, name: 7 } }, 'recipient.name'],
      [{ ...base, conversation: { ...base.conversation, tenantId: { id: 't' } } }, 'conversation.tenantId'],
      [
        { ...base, conversation: { ...base.conversation, conversationType: 1 } },
        'conversation.conversationType',
      ],
      [{ ...base, channelData: { tenant: { id: 42 } } }, 'channelData.tenant.id'],
      [{ ...base, channelData: { ...base.channelData, team: { id: { x: 1 } } } }, 'channelData.team.id'],
      [{ ...base, channelData: 'team-1' }, 'channelData'],
      [{ ...base, entities: 'mention' }, 'entities'],
      [{ ...base, entities: [null] }, 'entities.0'],
      [{ ...base, entities: [{ type: 7 }] }, 'entities.0.type'],
      [{ ...base, entities: [{ type: 'mention', text: '<at>x</at>' }] }, 'entities.0.mentioned'],
      [{ ...botInstalled(o), membersAdded: 'everyone' }, 'membersAdded'],
      [{ ...botInstalled(o), membersAdded: [{ name: 'no id' }] }, 'membersAdded.0.id'],
      [{ ...base, value: undefined, name: 12 }, 'name'],
      // Found by test/proof/fuzz-activities: a card press whose replyToId was no string failed its turn.
      [{ ...cardSubmit({ verb: 'training.snooze' }, o), replyToId: [1, 2] }, 'replyToId'],
      // Found by test/proof/fuzz-activities: the connector client sends the conversation id in a header, where
      // only Latin-1 fits, so every reply to such a conversation failed.
      [
        { ...base, conversation: { ...base.conversation, id: 'a:chat-\ufad9\ud83a\udc97' } },
        'conversation.id',
      ],
    ];
    for (const [body, field] of cases) {
      const response = await service.post(body);
      const answer = await response.text();
      expect([field, response.status]).toEqual([field, 400]);
      expect(answer).toContain(field);
    }
    expect(connector.messages(o.conversationId)).toHaveLength(0);
    expect(service.logLines.filter((l) => l.includes('"turn-failed"'))).toEqual([]);
    await reply(message('hulp', o));
  });

  it('answers a failed Action.Execute with an invoke response even when the chat cannot be reached', async () => {
    // Found by test/proof/fuzz-activities: the turn failed on a send, the apology card failed too, and the
    // invoke got no answer of its own (botbuilder's bare 501).
    const o = conversation();
    connector.refusing.set(o.conversationId, 403); // the person blocked the bot
    try {
      const verb = 'see-something.start';
      const response = await service.post(cardExecute(verb, { verb }, o));
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({
        statusCode: 200,
        type: 'application/vnd.microsoft.activity.message',
        value: expect.stringMatching(/^Sorry, er ging iets mis\. Foutcode: /),
      });
    } finally {
      connector.refusing.delete(o.conversationId);
    }
  });

  it('refuses a body over 1 MB with 413', async () => {
    const big = message('x'.repeat(1024 * 1024 + 10), conversation());
    const response = await service.post(big);
    expect(response.status).toBe(413);
    await reply(message('hulp', conversation()));
  });

  it('answers a 10,000-character message and an empty one without failing', async () => {
    const long = await reply(message('zomaar wat woorden '.repeat(530), conversation()));
    expect(cardTexts(long).join(' ')).toContain('112');
    const empty = await reply(message('', conversation()));
    expect(cardTexts(empty).join(' ')).toContain('geen antwoord');
  });

  it('logs one line per turn with ids and route, and never what a person typed', async () => {
    const phrase = 'Zwaluwstaart Kersenboom 7781 bij de achterdeur';
    const o = conversation();
    await reply(message(phrase, o));
    await reply(cardSubmit({ verb: 'topic.show', topic: 'wie-bel-ik', note: phrase }, o));
    const all = service.logLines.join('\n');
    expect(all).not.toContain('Zwaluwstaart');
    expect(all).not.toContain('Kersenboom');
    const turns = service.logLines
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .filter((l) => l.event === 'turn' && l.conversationId === o.conversationId);
    expect(turns).toHaveLength(2);
    expect(turns[0]).toMatchObject({ activityType: 'message', route: 'fallback', status: 200 });
    expect(turns[1]).toMatchObject({ route: 'topic:wie-bel-ik' });
    expect(typeof turns[0].durationMs).toBe('number');
  });

  it('serves health, readiness and metrics', async () => {
    expect(await (await fetch(`${service.url}/healthz`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${service.url}/readyz`);
    expect(ready.status).toBe(200);
    const metrics = await (await fetch(`${service.url}/metrics`)).text();
    expect(metrics).toMatch(/voordeur_bot_turns_total\{type="message",route="help",outcome="200"\} \d+/);
    expect(metrics).toContain('voordeur_process_resident_memory_bytes');
  });

  it('serves the website, privacy statement, terms and tab that the manifest links to', async () => {
    for (const [url, text] of [
      ['/', 'Direct gevaar? Bel'],
      ['/privacy', 'Wat Voordeur niet bewaart'],
      ['/terms', 'Bel 112'],
      ['/tab/personal', 'Voordeur laadt'],
      ['/tab/config', 'Voordeur laadt'],
    ]) {
      const response = await fetch(`${service.url}${url}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('text/html');
      expect(await response.text()).toContain(text);
    }
    const css = await fetch(`${service.url}/page.css`);
    expect(css.headers.get('content-type')).toContain('text/css');
  });
});
