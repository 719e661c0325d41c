import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { openStorage } from '../../src/storage/database';
import { OrgSettingsStore } from '../../src/storage/org-settings-store';
import { cardExecute, cardSubmit, cardTexts, message } from '../support/activities';
import { ConnectorStandIn } from '../support/connector-stand-in';
import { startTestService, type TestService } from '../support/service';
import { EntraStandIn, USERS } from '../support/teams-host/entra-stand-in';

/**
 * The privacy audit: a realistic session against a real server on SQLite, with every log line and console write
 * captured; then the service is stopped and every log line and every file of its data folder (`-wal` and `-shm`
 * included, whatever is there) is searched for the distinctive words the person typed. None may be anywhere,
 * except the question sent to the editors on purpose, which the database keeps (and no log line has).
 * @remarks The words are made up, so that finding one can only mean the service kept what was typed.
 */

/** What the person typed about cases: names, addresses and made-up marks. */
const CASE_WORDS = [
  'Okkerbloem', // a neighbour's surname, in a question
  'Kalverdijkstraat', // a street, in a question
  'Pimpelmeester', // in an English question
  'Wervelwind', // in a question without personal data
  'Brommelkamp', // a family name typed in the "ik zie iets" note, refused there
  'vlinderkoffer', // the note as sent to the aandachtsfunctionaris
  'Lijsterbeslaan', // where, in the note
  'Wimpelhout', // who, in the note
];
/** The question to the editors, sent on purpose after the warning: kept in the database only. */
const EDITOR_WORD = 'regenboogtoets';
/** The announcement's own text: stored as the admin's content, never logged. */
const ANNOUNCEMENT_WORD = 'Kraanvogeloverleg';

const EMPLOYEE_CHAT = 'a:audit-employee';
const AF_CHAT = 'a:audit-af';
const AF = { aadObjectId: 'aad-audit-af', name: 'Fatima Aandacht' };

type Json = Record<string, unknown>;
type Action = { type: string; title: string; verb?: string; data?: Json };

describe('privacy audit: after a whole session, no log line and no database file holds what was typed', () => {
  let connector: ConnectorStandIn;
  let entra: EntraStandIn;
  let service: TestService;
  let dataDir = '';
  const consoleWrites: string[] = [];
  const streams: { stream: NodeJS.WriteStream; write: NodeJS.WriteStream['write'] }[] = [];

  beforeAll(async () => {
    // Whatever a library prints past the logger (botbuilder writes to the console) is captured too.
    for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      jest.spyOn(console, method).mockImplementation((...args: unknown[]) => {
        consoleWrites.push(args.map(String).join(' '));
      });
    }
    for (const stream of [process.stdout, process.stderr]) {
      const write = stream.write.bind(stream);
      streams.push({ stream, write: stream.write });
      stream.write = ((chunk: string | Uint8Array, ...rest: never[]) => {
        consoleWrites.push(String(chunk));
        return write(chunk, ...rest);
      }) as NodeJS.WriteStream['write'];
    }
    connector = await new ConnectorStandIn().start();
    entra = await new EntraStandIn().start();
    service = await startTestService({ ...entra.serviceEnv(), DELIVERY_POLL_MS: '100' });
    dataDir = service.dataDir;
  });
  afterAll(async () => {
    for (const { stream, write } of streams) stream.write = write;
    jest.restoreAllMocks();
    await service?.stop();
    await entra?.stop();
    await connector?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  const opts = (conversationId = EMPLOYEE_CHAT, aadObjectId = 'aad-employee-1') => ({
    serviceUrl: connector.url,
    conversationId,
    aadObjectId,
  });
  /** Sends a message; returns what the bot sent back. */
  async function say(text: string, conversationId = EMPLOYEE_CHAT) {
    const before = connector.messages(conversationId).length;
    expect((await service.post(message(text, opts(conversationId)))).status).toBe(200);
    return connector.messages(conversationId).slice(before);
  }
  /** Presses an Action.Execute button with what was typed in the card's inputs; returns the new card. */
  async function press(action: Action, inputs: Json = {}) {
    const response = await service.post(cardExecute(action.verb!, { ...action.data, ...inputs }, opts()));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { value: unknown };
    return body.value as Json;
  }
  /** Presses an Action.Submit button (the fallback); returns what the bot sent back. */
  async function submit(data: unknown) {
    const before = connector.messages(EMPLOYEE_CHAT).length;
    expect((await service.post(cardSubmit(data, opts()))).status).toBe(200);
    return connector.messages(EMPLOYEE_CHAT).slice(before);
  }
  const actions = (card: unknown): Action[] => {
    const found: Action[] = [];
    const walk = (node: unknown) => {
      if (Array.isArray(node)) return node.forEach(walk);
      if (node && typeof node === 'object') {
        const record = node as Json;
        if (typeof record.type === 'string' && record.type.startsWith('Action.') && record.title)
          found.push(record as unknown as Action);
        Object.values(record).forEach(walk);
      }
    };
    walk(card);
    return found;
  };
  const button = (card: unknown, title: string | RegExp) => {
    const found = actions(card).find((a) =>
      typeof title === 'string' ? a.title === title : title.test(a.title),
    );
    if (!found)
      throw new Error(
        `no button ${String(title)} in ${actions(card)
          .map((a) => a.title)
          .join(', ')}`,
      );
    return found;
  };
  const texts = (card: unknown) => cardTexts({ attachments: [{ content: card }] }).join('\n');

  it('runs a whole session: questions, "ik zie iets" with a note, feedback, an editor question, an announcement', async () => {
    // The aandachtsfunctionaris has talked to Voordeur (so their chat is known), and the admin named them.
    await service.post(message('hulp', { ...opts(AF_CHAT, AF.aadObjectId) }));
    const storage = await openStorage({ dataDir });
    try {
      await new OrgSettingsStore(storage.db).setOrgAandachtsfunctionaris(AF, 'admin', new Date());
    } finally {
      await storage.close();
    }

    // Questions with case details in them, as people type them.
    await say(
      'De buurvrouw mevrouw Okkerbloem op de Kalverdijkstraat 17 in Tilburg heeft steeds blauwe plekken, wat moet ik doen?',
    );
    await say('kinderen bij de Wervelwind flat zijn vaak alleen thuis en schreeuwen, wat zijn signalen');
    await say('a tenant called Pimpelmeester told me her partner hits her, what should I do');

    // Feedback on an answer: "not helpful", then a reason.
    const [answer] = await say('wat is meldrecht');
    const feedback = actions(answer.attachments).find((a) => a.data?.verb === 'answer.feedback');
    expect(feedback).toBeDefined();
    const reasons = await submit({ ...feedback!.data, helpful: false });
    const reason = actions(reasons.map((m) => m.attachments)).find((a) => a.data?.verb === 'answer.reason');
    if (reason) await submit(reason.data);

    // "ik zie iets": a name is refused, the facts without it go to the aandachtsfunctionaris.
    const [start] = await say('ik zie iets');
    const danger = (start.attachments as { content: Json }[])[0].content;
    const facts = await press(button(danger, 'Nee, niet nu'));
    const refused = await press(button(facts, 'Volgende'), {
      choices: 'kind',
      observed: 'Bij familie Brommelkamp, 06 12345678, drie kinderen zonder jas',
    });
    expect(texts(refused)).toContain('persoonsgegevens');
    const where = await press(button(facts, 'Volgende'), {
      choices: 'kind,woning',
      observed: 'Drie kinderen zonder jas in de kou, koelkast leeg, vlinderkoffer op de gang',
    });
    const refusedWho = await press(button(where, 'Volgende'), {
      whenWhere: 'dinsdag 10 uur, in de portiek',
      who: 'de opa, meneer Wimpelhout, 06 12345678',
    });
    expect(texts(refusedWho)).toContain('persoonsgegevens');
    const review = await press(button(where, 'Volgende'), {
      whenWhere: 'dinsdag 10 uur, portiek bij de lijsterbeslaan',
      who: 'de opa met de wimpelhout-jas',
    });
    expect(texts(review)).toContain('Controleer je notitie');
    const noteBefore = connector.messages(AF_CHAT).length;
    const sent = await press(button(review, /^Stuur naar/));
    expect(texts(sent)).toContain('Je notitie wordt verstuurd');
    const [note] = await connector.messagesAfter(AF_CHAT, noteBefore);
    expect(cardTexts(note).join('\n')).toContain('vlinderkoffer');

    // A question to the editors, on purpose, after the warning.
    const [fallback] = await say(
      'mag ik als opzichter een foto maken van de schimmel (regenboogtoets) in de badkamer',
    );
    const offer = actions(fallback.attachments).find((a) => a.data?.verb === 'question.offer');
    expect(offer).toBeDefined();
    await submit(offer!.data);
    const [thanks] = await submit({
      verb: 'question.send',
      question: 'mag ik als opzichter een foto maken van de schimmel (regenboogtoets) in de badkamer?',
    });
    expect(String(thanks.text)).toContain('Dank je');

    // An announcement to everyone the bot knows.
    const call = (method: string, route: string, body?: unknown) =>
      fetch(`${service.url}${route}`, {
        method,
        headers: {
          authorization: `Bearer ${entra.token(USERS.admin)}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    const created = await call('POST', '/api/admin/announcements', {
      title: 'Werkoverleg',
      body: `Het ${ANNOUNCEMENT_WORD} over de meldcode is donderdag.`,
      audience: { kind: 'all' },
      acknowledge: false,
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    expect((await call('POST', `/api/admin/announcements/${id}/send`, {})).status).toBe(202);

    // Everything queued has been delivered (and so blanked): the announcement reports itself sent.
    for (;;) {
      const status = (await (await call('GET', `/api/admin/announcements/${id}`)).json()) as {
        status: string;
      };
      const open = await (async () => {
        const s = await openStorage({ dataDir });
        try {
          return await s.db
            .selectFrom('outbox')
            .select('id')
            .where('status', 'in', ['pending', 'sending'])
            .execute();
        } finally {
          await s.close();
        }
      })();
      if (status.status === 'sent' && open.length === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(connector.messages(EMPLOYEE_CHAT).some((m) => JSON.stringify(m).includes(ANNOUNCEMENT_WORD))).toBe(
      true,
    );
  }, 120_000);

  /** The files of the data folder, as bytes read as text, lower case. */
  const dataFiles = () =>
    readdirSync(dataDir).map((file) => ({
      file,
      text: readFileSync(path.join(dataDir, file)).toString('latin1').toLowerCase(),
    }));

  it('while it runs, the database files hold none of it once the outbox has scrubbed them, the write-ahead log included', async () => {
    const holding = () =>
      dataFiles()
        .filter((f) => CASE_WORDS.some((word) => f.text.includes(word.toLowerCase())))
        .map((f) => f.file);
    // The write-ahead log is emptied within a second of the last blanking (wal-scrub.ts); ten is the backstop.
    const deadline = Date.now() + 10_000;
    while (holding().length > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(holding()).toEqual([]);
    expect(dataFiles().map((f) => f.file)).toEqual(
      expect.arrayContaining(['voordeur.sqlite', 'voordeur.sqlite-wal', 'voordeur.sqlite-shm']),
    );
  });

  it('leaves none of it in the log or the console, and none but the editor question in the database files', async () => {
    await service.stop({ keepData: true });
    const log = [...service.logLines, ...consoleWrites].join('\n').toLowerCase();
    const files = dataFiles();
    // The files are the database and whatever SQLite left beside it.
    expect(files.map((f) => f.file).every((f) => f.startsWith('voordeur.sqlite'))).toBe(true);

    const found = (word: string) => ({
      word,
      log: log.includes(word.toLowerCase()),
      files: files.filter((f) => f.text.includes(word.toLowerCase())).map((f) => f.file),
    });
    expect(CASE_WORDS.map(found)).toEqual(CASE_WORDS.map((word) => ({ word, log: false, files: [] })));
    // The editor question is kept on purpose, in the database, and logged nowhere.
    expect(found(EDITOR_WORD)).toEqual({ word: EDITOR_WORD, log: false, files: ['voordeur.sqlite'] });
    expect(found(ANNOUNCEMENT_WORD).log).toBe(false);
    // The audit reads what it should: the log has the session in it.
    expect(service.logLines.length).toBeGreaterThan(20);
  });
});
