import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { openStorage, type Storage } from '../../src/storage/database';
import { ChecklistStore } from '../../src/storage/checklist-store';
import { OrgSettingsStore } from '../../src/storage/org-settings-store';
import { emptyContent } from '../../src/checklists/profiles';
import {
  botInstalled,
  cardExecute,
  cardSubmit,
  cardTexts,
  mentionMessage,
  message,
} from '../support/activities';
import { ConnectorStandIn } from '../support/connector-stand-in';
import { startTestService, type TestService } from '../support/service';

type Json = Record<string, unknown>;
type Action = { type: string; title: string; verb?: string; url?: string; data?: Json; fallback?: Action };

const EMPLOYEE_CHAT = 'a:employee-chat';
const AF_CHAT = 'a:af-chat';
const TEAM = '19:team-noord@thread.tacv2';
/** A text only the person typed: it must reach the note and nowhere else. */
const OBSERVED =
  'Om 10.00 uur twee kinderen van ongeveer 4 en 6 jaar alleen thuis, zagen er verwaarloosd uit (zebrapaard-7).';

/** Waits until no file in the service's data folder holds `phrase`, raw; fails with the files that still do. */
async function untilGoneFromDisk(dataDir: string, phrase: string): Promise<void> {
  const holding = () =>
    readdirSync(dataDir).filter((file) => readFileSync(path.join(dataDir, file)).includes(phrase));
  const deadline = Date.now() + 10_000;
  while (holding().length > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  expect(holding()).toEqual([]);
}

describe('"ik zie iets": from a worrying home visit to a note for the aandachtsfunctionaris', () => {
  let connector: ConnectorStandIn;
  let service: TestService;
  let storage: Storage;
  let settings: OrgSettingsStore;

  beforeAll(async () => {
    connector = await new ConnectorStandIn().start();
    service = await startTestService();
    storage = await openStorage({ dataDir: service.dataDir });
    settings = new OrgSettingsStore(storage.db);
    // The employee is in no team with its own aandachtsfunctionaris unless a test says so.
    connector.rosters.set(TEAM, new Set());
    // The aandachtsfunctionaris has talked to Voordeur before, so their personal chat is known.
    await service.post(
      message('hulp', { serviceUrl: connector.url, conversationId: AF_CHAT, aadObjectId: 'aad-af-1' }),
    );
    await settings.setOrgAandachtsfunctionaris(
      { name: 'Fatima Aandacht', aadObjectId: 'aad-af-1' },
      'admin-1',
      new Date(),
    );
  });
  afterAll(async () => {
    await storage?.close();
    await service?.stop();
    await connector?.stop();
  });

  const inChat = { conversationId: EMPLOYEE_CHAT };
  const opts = (o: { aadObjectId?: string; locale?: string } = {}) => ({
    serviceUrl: connector.url,
    ...inChat,
    ...o,
  });

  /**
   * Presses an Action.Execute button; returns the card that replaces it, or the text Teams shows instead.
   * @remarks As Teams' renderer does, an input is merged into the button's data only when it is not empty.
   */
  async function execute(action: Action, inputs: Json = {}, o: { aadObjectId?: string } = {}) {
    expect(action.type).toBe('Action.Execute');
    const filled = Object.fromEntries(Object.entries(inputs).filter(([, v]) => v !== ''));
    const response = await service.post(cardExecute(action.verb!, { ...action.data, ...filled }, opts(o)));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { statusCode: number; type: string; value: unknown };
    expect(body.statusCode).toBe(200);
    return body.type === 'application/vnd.microsoft.card.adaptive'
      ? { card: body.value as Json, text: undefined }
      : { card: undefined, text: body.value as string };
  }

  const actionsOf = (card: Json | undefined) => (card?.actions ?? []) as Action[];
  const button = (card: Json | undefined, title: string | RegExp) => {
    const found = actionsOf(card).find((a) =>
      typeof title === 'string' ? a.title === title : title.test(a.title),
    );
    if (!found)
      throw new Error(
        `no button ${String(title)} in ${actionsOf(card)
          .map((a) => a.title)
          .join(', ')}`,
      );
    return found;
  };
  /** The messages `conversationId` received after its first `count`, once it has (delivery runs in the background). */
  const messagesAfter = (conversationId: string, count: number) =>
    connector.messagesAfter(conversationId, count);

  /**
   * Resolves once the outbox has recorded Teams' answer to every handover note: the answer is written just after
   * the message arrives. Ends on that condition; only a delivery that never records would leave it to jest.
   */
  async function handoversRecorded(): Promise<void> {
    for (;;) {
      const open = await storage.db
        .selectFrom('outbox')
        .select('id')
        .where('purpose', 'like', 'handover:%')
        .where('status', 'in', ['pending', 'sending'])
        .execute();
      if (open.length === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
  const texts = (card: Json | undefined) => cardTexts({ attachments: [{ content: card }] }).join('\n');

  async function startInChat(o: { aadObjectId?: string } = {}) {
    const before = connector.messages(EMPLOYEE_CHAT).length;
    expect((await service.post(message('ik zie iets', opts(o)))).status).toBe(200);
    const sent = connector.messages(EMPLOYEE_CHAT).slice(before);
    expect(sent).toHaveLength(1);
    return (sent[0].attachments as { content: Json }[])[0].content;
  }

  /** Walks the wizard to the review card with the given answers. */
  async function toReview(o: { aadObjectId?: string } = {}) {
    const danger = await startInChat(o);
    const facts = await execute(button(danger, 'Nee, niet nu'), {}, o);
    const where = await execute(
      button(facts.card, 'Volgende'),
      { choices: 'kind,woning', observed: OBSERVED },
      o,
    );
    return execute(button(where.card, 'Volgende'), { whenWhere: 'dinsdag, keuken', who: 'twee kinderen' }, o);
  }

  it('asks first whether there is danger now, with 112 as the first button', async () => {
    const card = await startInChat();
    expect(texts(card)).toContain('Is er nu gevaar?');
    const [first, ...rest] = actionsOf(card);
    expect(first).toMatchObject({ type: 'Action.OpenUrl', url: 'tel:112' });
    // Every step button is Action.Execute with an Action.Submit fallback that carries the same data.
    for (const action of rest) {
      expect(action.type).toBe('Action.Execute');
      expect(action.fallback).toMatchObject({ type: 'Action.Submit', data: action.data });
    }
    const yes = await execute(button(card, 'Ja, er is nu gevaar'));
    expect(cardTexts({ attachments: [{ content: yes.card }] })[0]).toBe('Direct gevaar? Bel 112.');
  });

  it('asks for something noticed, refuses personal data, and loses nothing typed on the way', async () => {
    const danger = await startInChat();
    const facts = await execute(button(danger, 'Nee, niet nu'));
    expect(texts(facts.card)).toContain('Stap 1 van 3');

    const empty = await execute(button(facts.card, 'Volgende'), { choices: '', observed: '  ' });
    expect(texts(empty.card)).toContain('Kies minstens één onderwerp');

    const withPhone = await execute(button(facts.card, 'Volgende'), {
      choices: 'kind',
      observed: 'moeder zegt bel me op 0612345678',
    });
    expect(texts(withPhone.card)).toContain('persoonsgegevens');
    expect(service.logLines.join('\n')).not.toContain('0612345678');

    const where = await execute(button(facts.card, 'Volgende'), {
      choices: 'kind,woning',
      observed: OBSERVED,
    });
    expect(texts(where.card)).toContain('Stap 2 van 3');
    const back = await execute(button(where.card, 'Terug'), { whenWhere: 'dinsdag', who: '' });
    // The earlier answers are filled in again.
    const body = JSON.stringify(back.card);
    expect(body).toContain('"value":"kind,woning"');
    expect(body).toContain(JSON.stringify(OBSERVED));
    // Cleared fields stay cleared: the card's buttons do not carry what its own inputs hold.
    const cleared = await execute(button(back.card, 'Volgende'), { choices: '', observed: '' });
    expect(texts(cleared.card)).toContain('Kies minstens één onderwerp');
    // Text that would make the card too big for Teams is sent back to be shortened, not sent on.
    const where2 = await execute(button(back.card, 'Volgende'), {
      choices: 'kind',
      observed: '€'.repeat(1000),
    });
    const tooLong = await execute(button(where2.card, 'Volgende'), {
      whenWhere: '€'.repeat(300),
      who: '€'.repeat(200),
    });
    expect(texts(tooLong.card)).toContain('te lang');
    expect(Buffer.byteLength(JSON.stringify(tooLong.card))).toBeLessThan(28 * 1024);
  });

  it('sends the facts-only note 1:1 to the aandachtsfunctionaris once, keeps nothing, and logs none of it', async () => {
    const review = await toReview();
    const reviewText = texts(review.card);
    expect(reviewText).toContain('Controleer je notitie');
    expect(reviewText).toContain(OBSERVED);
    expect(reviewText).toMatch(/\d{4} om \d{2}:\d{2}/); // the date and time the note was made
    expect(reviewText).toContain('aandachtsfunctionaris van je organisatie is Fatima Aandacht');
    expect(
      actionsOf(review.card)
        .map((a) => a.url)
        .filter(Boolean),
    ).toContain('tel:08002000');

    const before = connector.messages(AF_CHAT).length;
    const sent = await execute(button(review.card, 'Stuur naar Fatima Aandacht'));
    expect(texts(sent.card)).toContain('Je notitie wordt verstuurd');
    // The sender keeps their own copy in this card.
    expect(texts(sent.card)).toContain(OBSERVED);
    const [note] = await messagesAfter(AF_CHAT, before);
    const noteText = cardTexts(note).join('\n');
    expect(noteText).toContain('notitie van Sanne de Vries');
    expect(noteText).toContain(OBSERVED);
    expect(noteText).toContain('Kinderen, De woning');

    // A second press sends nothing again.
    const again = await execute(button(review.card, 'Stuur naar Fatima Aandacht'));
    expect(again.text).toContain('al verstuurd');
    expect(connector.messages(AF_CHAT).length).toBe(before + 1);

    // Not kept: the outbox row is blanked once sent, the flow row holds no text, no log line has it.
    // Teams' answer to the send is recorded just after the message arrives: ask once it is.
    await handoversRecorded();
    const status = await execute(button(sent.card, 'Is hij aangekomen?'));
    expect(texts(status.card)).toContain('aangekomen bij de aandachtsfunctionaris');
    const rows = await storage.db.selectFrom('outbox').select(['purpose', 'payload', 'status']).execute();
    const handover = rows.filter((r) => r.purpose.startsWith('handover:'));
    expect(handover).toHaveLength(1);
    expect(handover[0].status).toBe('sent');
    const everything = JSON.stringify([
      rows,
      await storage.db.selectFrom('see_something_flows').selectAll().execute(),
    ]);
    expect(everything).not.toContain('zebrapaard-7');
    expect(service.logLines.join('\n')).not.toContain('zebrapaard-7');
    // Nor in the database files themselves, the write-ahead log included: the outbox scrubs them soon after.
    await untilGoneFromDisk(service.dataDir, 'zebrapaard-7');
  });

  it('answers a stale, forged or someone else\'s card with "deze kaart is verlopen"', async () => {
    const review = await toReview();
    const keep = button(review.card, 'Bewaar voor mezelf');
    // Someone else pressing this person's card.
    expect((await execute(keep, {}, { aadObjectId: 'aad-someone-else' })).text).toContain(
      'Deze kaart is verlopen',
    );
    // A forged flow id, and data that no card of ours carries.
    expect(
      (await execute({ ...keep, data: { ...keep.data, flow: '6d1f7c1e-0000-4000-8000-000000000000' } })).text,
    ).toContain('verlopen');
    expect((await execute({ ...keep, data: { ...keep.data, choices: 'kind,<script>' } })).text).toContain(
      'verlopen',
    );
    expect((await execute({ ...keep, data: { verb: 'see-something.keep' } })).text).toContain('verlopen');
    expect((await execute({ ...keep, verb: 'see-something.unknown' })).text).toContain('verlopen');

    // After 24 hours the flow's cards stop working.
    await storage.db
      .updateTable('see_something_flows')
      .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
      .where('id', '=', String(keep.data?.flow))
      .execute();
    expect((await execute(keep)).text).toContain('Deze kaart is verlopen');

    // A card of a flow that ended no longer works either.
    const other = await toReview();
    const kept = await execute(button(other.card, 'Bewaar voor mezelf'));
    expect(texts(kept.card)).toContain(OBSERVED); // the note stays in the person's own chat, not in Voordeur
    expect((await execute(button(other.card, 'Aanpassen'))).text).toContain('verlopen');
  });

  it('works with Action.Submit too: each step answers with a new message', async () => {
    const danger = await startInChat();
    const no = button(danger, 'Nee, niet nu').fallback!;
    const before = connector.messages(EMPLOYEE_CHAT).length;
    expect((await service.post(cardSubmit(no.data, opts()))).status).toBe(200);
    const [facts] = connector.messages(EMPLOYEE_CHAT).slice(before);
    expect(cardTexts(facts).join('\n')).toContain('Wat viel je op?');
    await service.post(cardSubmit({ verb: 'see-something.facts', flow: 'not-a-uuid' }, opts()));
    expect(String(connector.messages(EMPLOYEE_CHAT).at(-1)?.text)).toContain('Deze kaart is verlopen');
  });

  it("moves a channel request to the personal chat and hands over to the team's own aandachtsfunctionaris", async () => {
    // The employee's personal chat is known from earlier messages.
    await service.post(message('hulp', opts()));
    const checklists = new ChecklistStore(storage.db);
    await checklists.append({
      teamId: TEAM,
      version: 1,
      at: new Date(),
      actorId: 'manager-1',
      summary: { kind: 'contacts' },
      content: {
        ...emptyContent('vakmannen'),
        contacts: {
          aandachtsfunctionaris: {
            name: 'Team Noord AF',
            userPrincipalName: 'af@noord.example',
            phone: '013-5551234',
          },
        },
      },
    });
    const channel = 'a:channel-noord';
    const before = connector.messages(EMPLOYEE_CHAT).length;
    await service.post(
      mentionMessage('ik zie iets', { serviceUrl: connector.url, conversationId: channel, teamId: TEAM }),
    );
    expect(String(connector.messages(channel).at(-1)?.text)).toContain('privéchat');
    const [danger] = await messagesAfter(EMPLOYEE_CHAT, before);
    const card = (danger.attachments as { content: Json }[])[0].content;
    const facts = await execute(button(card, 'Nee, niet nu'));
    const where = await execute(button(facts.card, 'Volgende'), {
      choices: 'partner',
      observed: 'geschreeuw',
    });
    const review = await execute(button(where.card, 'Volgende'), { whenWhere: '', who: '' });
    // This contact has no Teams id: no send button, but a chat link and their own number.
    expect(texts(review.card)).toContain('van je team is Team Noord AF');
    expect(actionsOf(review.card).some((a) => /^Stuur naar/.test(a.title))).toBe(false);
    const urls = actionsOf(review.card).map((a) => a.url);
    expect(urls).toContain('https://teams.microsoft.com/l/chat/0/0?users=af%40noord.example');
    expect(urls).toContain('tel:0135551234');
  });

  it("names the aandachtsfunctionaris when asked who it is: the team's in its channel, else the organisation's", async () => {
    const team = '19:vraag-wie@thread.tacv2';
    // The employee asks in this team's channel, but is no member of it by the roster.
    connector.rosters.set(team, new Set());
    await new ChecklistStore(storage.db).append({
      teamId: team,
      version: 1,
      at: new Date(),
      actorId: 'manager-1',
      summary: { kind: 'contacts' },
      content: {
        ...emptyContent('buurtbeheer'),
        contacts: {
          aandachtsfunctionaris: {
            name: 'Team West AF',
            userPrincipalName: 'af@west.example',
            phone: '013-5550000',
          },
        },
      },
    });
    const channel = 'a:channel-west';
    await service.post(
      mentionMessage('wie is onze aandachtsfunctionaris?', {
        serviceUrl: connector.url,
        conversationId: channel,
        teamId: team,
      }),
    );
    const inTeam = (connector.messages(channel).at(-1)?.attachments as { content: Json }[])[0].content;
    expect(texts(inTeam)).toContain('Jullie aandachtsfunctionaris is Team West AF');
    expect(actionsOf(inTeam).map((a) => a.url)).toEqual([
      'tel:112',
      'https://teams.microsoft.com/l/chat/0/0?users=af%40west.example',
      'tel:0135550000',
    ]);

    const before = connector.messages(EMPLOYEE_CHAT).length;
    await service.post(message('who is the contact person in my team', { ...opts(), locale: 'en-US' }));
    const [reply] = await messagesAfter(EMPLOYEE_CHAT, before);
    const personal = (reply.attachments as { content: Json }[])[0].content;
    expect(texts(personal)).toContain('Your aandachtsfunctionaris is Fatima Aandacht');
    expect(texts(personal)).toContain('112');
  });

  it('sends nothing when the aandachtsfunctionaris changed after the review, and only once when pressed twice at once', async () => {
    const review = await toReview();
    await settings.setOrgAandachtsfunctionaris(
      { name: 'Nieuwe AF', aadObjectId: 'aad-af-2' },
      'admin-1',
      new Date(),
    );
    try {
      const changed = await execute(button(review.card, 'Stuur naar Fatima Aandacht'));
      expect(texts(changed.card)).toContain('intussen gewijzigd');
      expect(button(changed.card, 'Stuur naar Nieuwe AF')).toBeDefined();
    } finally {
      await settings.setOrgAandachtsfunctionaris(
        { name: 'Fatima Aandacht', aadObjectId: 'aad-af-1' },
        'admin-1',
        new Date(),
      );
    }
    const count = async () =>
      (await storage.db.selectFrom('outbox').select('purpose').execute()).filter((r) =>
        r.purpose.startsWith('handover:'),
      ).length;
    const queued = await count();
    const send = button(review.card, 'Stuur naar Fatima Aandacht');
    const results = await Promise.all([
      execute(send),
      execute(send),
      execute(button(review.card, 'Bewaar voor mezelf')),
    ]);
    expect(results.filter((r) => r.card)).toHaveLength(1);
    expect(results.filter((r) => r.text?.includes('al verstuurd of afgesloten'))).toHaveLength(2);
    const sentNow = results.some((r) => texts(r.card).includes('wordt verstuurd'));
    expect(await count()).toBe(queued + (sentNow ? 1 : 0));
  });

  it('tells the sender in their own chat when the note could not be delivered', async () => {
    const blockedChat = 'a:af-blocked-chat';
    await service.post(
      message('hulp', {
        serviceUrl: connector.url,
        conversationId: blockedChat,
        aadObjectId: 'aad-af-blocked',
      }),
    );
    connector.refusing.set(blockedChat, 403);
    await settings.setOrgAandachtsfunctionaris(
      { name: 'Geblokkeerd AF', aadObjectId: 'aad-af-blocked' },
      'admin-1',
      new Date(),
    );
    try {
      const review = await toReview();
      const before = connector.messages(EMPLOYEE_CHAT).length;
      const sent = await execute(button(review.card, 'Stuur naar Geblokkeerd AF'));
      expect(texts(sent.card)).toContain(OBSERVED); // the sender's own copy
      const [notice] = await messagesAfter(EMPLOYEE_CHAT, before);
      expect(cardTexts(notice).join('\n')).toContain('Je notitie is niet aangekomen');
      expect(JSON.stringify(notice)).toContain('tel:08002000');
      expect(
        connector.messages(blockedChat).filter((m) => JSON.stringify(m).includes('zebrapaard-7')),
      ).toEqual([]);
    } finally {
      connector.refusing.clear();
      await settings.setOrgAandachtsfunctionaris(
        { name: 'Fatima Aandacht', aadObjectId: 'aad-af-1' },
        'admin-1',
        new Date(),
      );
    }
  });

  it('says so when no aandachtsfunctionaris is set, and still offers Veilig Thuis', async () => {
    await settings.setOrgAandachtsfunctionaris(null, 'admin-1', new Date());
    try {
      const review = await toReview();
      expect(texts(review.card)).toContain('nog geen aandachtsfunctionaris ingesteld');
      expect(actionsOf(review.card).map((a) => a.title)).toEqual([
        'Bel Veilig Thuis voor advies',
        'Bewaar voor mezelf',
        'Aanpassen',
        'Stoppen',
      ]);
      const stopped = await execute(button(review.card, 'Stoppen'));
      expect(texts(stopped.card)).toContain('Er is niets verstuurd');
    } finally {
      await settings.setOrgAandachtsfunctionaris(
        { name: 'Fatima Aandacht', aadObjectId: 'aad-af-1' },
        'admin-1',
        new Date(),
      );
    }
  });

  it("hands a flow started in the personal chat to the person's own team's aandachtsfunctionaris, by the roster", async () => {
    const zuid = '19:team-zuid@thread.tacv2';
    const west = '19:team-west@thread.tacv2';
    const checklists = new ChecklistStore(storage.db);
    for (const [teamId, name, aadObjectId] of [
      [zuid, 'Team Zuid AF', 'aad-af-zuid'],
      [west, 'Team West AF', 'aad-af-west'],
    ]) {
      await service.post(
        botInstalled({
          serviceUrl: connector.url,
          conversationId: teamId,
          conversationType: 'channel',
          teamId,
        }),
      );
      await checklists.append({
        teamId,
        version: 1,
        at: new Date(),
        actorId: 'manager-1',
        summary: { kind: 'contacts' },
        content: { ...emptyContent('gemengd'), contacts: { aandachtsfunctionaris: { name, aadObjectId } } },
      });
    }
    const afChat = 'a:af-zuid-chat';
    await service.post(
      message('hulp', { serviceUrl: connector.url, conversationId: afChat, aadObjectId: 'aad-af-zuid' }),
    );
    // The employee is in team Zuid only; every other team's roster leaves them out.
    connector.rosters.set(zuid, new Set(['29:employee-1']));
    connector.rosters.set(west, new Set());
    try {
      const review = await toReview();
      expect(texts(review.card)).toContain('De aandachtsfunctionaris van je team is Team Zuid AF');
      const before = connector.messages(afChat).length;
      await execute(button(review.card, 'Stuur naar Team Zuid AF'));
      const [note] = await messagesAfter(afChat, before);
      expect(cardTexts(note).join('\n')).toContain(OBSERVED);

      // In both teams, with different people named: the organisation's aandachtsfunctionaris.
      connector.rosters.set(west, new Set(['29:employee-1']));
      expect(texts((await toReview()).card)).toContain('van je organisatie is Fatima Aandacht');

      // A roster that does not answer in time counts as "not a member" (the first card must not wait on Teams):
      // a member of Zuid only, by a roster that never answers, goes to the organisation's.
      connector.rosters.set(west, new Set());
      connector.rosterHangs = true;
      expect(texts((await toReview()).card)).toContain('van je organisatie is Fatima Aandacht');
    } finally {
      connector.rosterHangs = false;
      connector.rosters.delete(zuid);
      connector.rosters.delete(west);
    }
  });
});
