import { openStorage, type Storage } from '../../src/storage/database';
import { createStores, type Stores } from '../../src/storage/stores';
import { trainingReminderCard, trainingSummaryCard } from '../../src/bot/training/cards';
import { TRAINING } from '../../src/bot/training/verbs';
import { SEED_COURSES, currentTeamSummary, todayIn } from '../../src/training';
import { addDays, addMonths } from '../../src/training/local-date';
import { formatDate } from '../../src/bot/training/texts';
import {
  botInstalled,
  cardExecute,
  cardSubmit,
  cardTexts,
  mentionMessage,
  message,
  type ActivityOptions,
} from '../support/activities';
import { cardProblems } from '../support/card-validate';
import { ConnectorStandIn } from '../support/connector-stand-in';
import { startTestService, type TestService } from '../support/service';

type Json = Record<string, unknown>;
type Action = { type: string; title: string; verb?: string; url?: string; data?: Json; fallback?: Action };

const TZ = 'Europe/Amsterdam';
const ADMIN = '4f8c2a1e-0b3d-4c5e-9f6a-7b8c9d0e1f2a';
const TEAM = '19:team-training@thread.tacv2';
const OTHER_TEAM = '19:team-elders@thread.tacv2';
const VADV = SEED_COURSES[0]!.id;
const ELEARNING = SEED_COURSES[1]!.id;
const ENROL = 'https://leren.example.org/veilig-achter-de-voordeur';

/** Every action of a card, those in action sets of its body included. */
function actionsOf(card: unknown): Action[] {
  if (Array.isArray(card)) return card.flatMap(actionsOf);
  if (!card || typeof card !== 'object') return [];
  const node = card as Json;
  const self = typeof node.type === 'string' && node.type.startsWith('Action.') ? [node as Action] : [];
  const { fallback: _fallback, ...rest } = node;
  return [...self, ...Object.values(self.length ? rest : node).flatMap(actionsOf)];
}
const button = (card: unknown, title: string) => {
  const found = actionsOf(card).find((a) => a.title === title);
  if (!found) throw new Error(`no button ${title} in ${actionsOf(card).map((a) => a.title)}`);
  return found;
};
const texts = (card: unknown) => cardTexts({ attachments: [{ content: card }] }).join('\n');

/** The names people have in Teams: every activity carries the sender's, and the directory keeps it. */
const NAMES: Record<string, string> = {
  'aad-sam': 'Sam de Boer',
  'aad-noor': 'Noor Visser',
  'aad-manager': 'Mira Manager',
  [ADMIN]: 'Ali Admin',
};
/** An activity sent by the person it names, with their own name. */
function from<T extends { from: { aadObjectId: string; name: string } }>(activity: T): T {
  return {
    ...activity,
    from: { ...activity.from, name: NAMES[activity.from.aadObjectId] ?? activity.from.name },
  };
}

describe('training in Teams: "mijn training", the reminder buttons and the manager’s decisions', () => {
  let connector: ConnectorStandIn;
  let service: TestService;
  let storage: Storage;
  let stores: Stores;

  beforeAll(async () => {
    connector = await new ConnectorStandIn().start();
    service = await startTestService({ ADMIN_IDS: ADMIN });
    storage = await openStorage({ dataDir: service.dataDir });
    stores = createStores(storage, TZ);
    const at = new Date();
    await stores.teamMembers.replaceMembers(TEAM, ['aad-sam', 'aad-noor', 'aad-manager'], at);
    await stores.teamMembers.replaceMembers(OTHER_TEAM, ['aad-elders'], at);
    for (const [id, name] of [...Object.entries(NAMES), ['aad-elders', 'Eva Elders']]) {
      await stores.people.upsert({ aadObjectId: id!, displayName: name, at });
    }
    await stores.teamRoles.assign({
      teamId: TEAM,
      aadObjectId: 'aad-manager',
      role: 'manager',
      source: 'admin',
      assignedBy: ADMIN,
      assignedAt: at,
    });
    await storage.db
      .updateTable('training_courses')
      .set({ enrol_url: ENROL })
      .where('id', '=', VADV)
      .execute();
  });
  afterAll(async () => {
    await storage?.close();
    await service?.stop();
    await connector?.stop();
  });

  const chat = (aadObjectId: string, o: Partial<ActivityOptions> = {}): ActivityOptions => ({
    serviceUrl: connector.url,
    conversationId: `a:chat-${aadObjectId}`,
    aadObjectId,
    ...o,
  });

  /** Sends a message and returns the bot's replies (Teams' "expect replies" mode: they come in the response). */
  async function say(text: string, o: ActivityOptions) {
    const response = await service.post({ ...from(message(text, o)), deliveryMode: 'expectReplies' });
    expect(response.status).toBe(200);
    // A slow turn may send a typing indicator first.
    return ((await response.json()) as { activities: Json[] }).activities.filter((a) => a.type === 'message');
  }

  /** Presses an Action.Execute button; returns the card that replaces it, or the text Teams shows instead. */
  async function execute(action: Action, o: ActivityOptions) {
    expect(action.type).toBe('Action.Execute');
    const response = await service.post(from(cardExecute(action.verb!, action.data ?? {}, o)));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { statusCode: number; type: string; value: unknown };
    expect(body.statusCode).toBe(200);
    if (body.type !== 'application/vnd.microsoft.card.adaptive') return { text: body.value as string };
    expect(cardProblems(body.value as object)).toEqual([]);
    return { card: body.value as Json };
  }

  describe('"mijn training"', () => {
    it('shows the person’s own status per course, with a button to sign up where a link exists', async () => {
      const [reply] = await say('mijn training', chat('aad-sam'));
      const card = (reply!.attachments as { content: Json }[])[0]!.content;
      expect(cardProblems(card)).toEqual([]);
      const shown = texts(card);
      expect(shown).toContain('Jouw training');
      expect(shown).toContain('Veilig achter de voordeur');
      expect(shown).toContain('E-learning meldcode: opfrissen');
      expect(shown.match(/Nog niet gedaan\./g)).toHaveLength(2);
      expect(button(card, 'Inschrijven')).toMatchObject({
        type: 'Action.OpenUrl',
        url: ENROL,
      });
      // The e-learning has no link: no button is invented, the person is sent to their manager.
      expect(actionsOf(card)).toHaveLength(1);
      expect(shown).toContain('Vraag je leidinggevende hoe je je inschrijft.');
    });

    it('says until when a course is done, and when it is due again soon', async () => {
      const today = todayIn(new Date(), TZ);
      const vadvOn = addDays(today, -100);
      const elearningOn = addDays(addMonths(today, -12), 10);
      await stores.training.saveImport(
        [
          { aadObjectId: 'aad-noor', courseId: VADV, completedOn: vadvOn, source: 'import' },
          { aadObjectId: 'aad-noor', courseId: ELEARNING, completedOn: elearningOn, source: 'import' },
        ],
        new Date(),
      );
      const [reply] = await say('my training', chat('aad-noor', { locale: 'en-US' }));
      const card = (reply!.attachments as { content: Json }[])[0]!.content;
      const shown = texts(card);
      expect(shown).toContain('Your training');
      expect(shown).toContain(`Up to date until ${formatDate(addMonths(vadvOn, 24), 'en')}.`);
      expect(shown).toContain(
        `please do this training before ${formatDate(addMonths(elearningOn, 12), 'en')}`,
      );
      // Done: no sign-up button for it.
      expect(actionsOf(card)).toEqual([]);
    });

    it('answers in the language of the words, and never shows anyone’s status in a channel', async () => {
      const [dutch] = await say('Mijn trainingen', chat('aad-sam', { locale: 'en-US' }));
      expect(texts((dutch!.attachments as { content: Json }[])[0]!.content)).toContain('Jouw training');
      const [status] = await say('training status', chat('aad-sam'));
      expect(texts((status!.attachments as { content: Json }[])[0]!.content)).toContain('Jouw training');

      const channel = { serviceUrl: connector.url, conversationId: 'a:channel', teamId: TEAM };
      const response = await service.post({
        ...mentionMessage('mijn training', { ...channel, aadObjectId: 'aad-sam' }),
        deliveryMode: 'expectReplies',
      });
      const [reply] = ((await response.json()) as { activities: Json[] }).activities.filter(
        (a) => a.type === 'message',
      );
      expect(reply!.text).toContain('alleen in je eigen chat');
      expect(reply!.attachments).toBeUndefined();
    });
  });

  describe('the reminder card', () => {
    const reminder = (stage: 'never-1' | 'before-14', dueOn?: string) =>
      trainingReminderCard('nl', { course: { ...SEED_COURSES[0]!, enrolUrl: ENROL }, stage, dueOn });

    it('"herinner me volgende week" snoozes the course for 7 days; a second press changes nothing else', async () => {
      const card = reminder('never-1');
      const first = await execute(button(card, 'Herinner me volgende week'), chat('aad-sam'));
      expect(texts(first.card)).toContain(
        'Volgende week herinner ik je weer aan "Veilig achter de voordeur"',
      );
      // The card keeps its headline and the sign-up button, and loses the buttons that were answered.
      expect(texts(first.card)).toContain('Er staat een training voor je klaar');
      expect(actionsOf(first.card).map((a) => a.title)).toEqual(['Inschrijven']);
      const again = await execute(button(card, 'Herinner me volgende week'), chat('aad-sam'));
      expect(again.card).toEqual(first.card);
      const snoozes = await stores.trainingReminders.activeSnoozes(new Date());
      expect(snoozes.map((s) => [s.aadObjectId, s.courseId])).toEqual([['aad-sam', VADV]]);
      const days = (snoozes[0]!.until.getTime() - Date.now()) / 86_400_000;
      expect(days).toBeGreaterThan(6.9);
      expect(days).toBeLessThanOrEqual(7);
    });

    it('"ik heb deze training al gedaan" opens one claim and pauses reminders; pressed twice, still one', async () => {
      const card = reminder('before-14', '2030-04-01');
      const first = await execute(button(card, 'Ik heb deze training al gedaan'), chat('aad-sam'));
      expect(texts(first.card)).toContain('Je training moet binnenkort opnieuw');
      expect(texts(first.card)).toContain('14 dagen geen herinnering');
      const claim = await stores.trainingReminders.getClaim('aad-sam', VADV);
      expect(claim?.status).toBe('open');
      const again = await execute(button(card, 'Ik heb deze training al gedaan'), chat('aad-sam'));
      expect(texts(again.card)).toContain('14 dagen geen herinnering');
      expect(await stores.trainingReminders.getClaim('aad-sam', VADV)).toEqual(claim);
      // For a course the records already show as done, nothing is opened.
      const done = await execute(button(card, 'Ik heb deze training al gedaan'), chat('aad-noor'));
      expect(texts(done.card)).toContain(
        'Volgens onze gegevens heb je "Veilig achter de voordeur" al gedaan',
      );
      expect(await stores.trainingReminders.getClaim('aad-noor', VADV)).toBeUndefined();
    });

    it('with Action.Submit, updates the pressed card in place instead of sending a new one', async () => {
      const fallback = button(reminder('never-1'), 'Herinner me volgende week').fallback!;
      const o = chat('aad-noor', { conversationId: 'a:chat-submit' });
      const response = await service.post({
        ...from(cardSubmit(fallback.data, o)),
        replyToId: 'card-activity-7',
      });
      expect(response.status).toBe(200);
      const update = connector.updates.find((u) => u.activityId === 'card-activity-7');
      expect(update?.conversationId).toBe('a:chat-submit');
      expect(cardTexts(update!.activity).join('\n')).toContain('Volgende week herinner ik je weer');
      // Not as a new message. (Only this is checked: the hourly reminder job may write to this chat meanwhile.)
      const sent = connector.messages('a:chat-submit').flatMap((m) => cardTexts(m));
      expect(sent.join('\n')).not.toContain('Volgende week herinner ik je weer');
    });
  });

  describe('the manager’s summary', () => {
    /** The weekly card as the manager got it, with Sam's open claim. */
    async function summaryCard() {
      const { summary, courses } = await currentTeamSummary({
        teamId: TEAM,
        learners: stores.trainingLearners,
        courses: stores.training,
        records: stores.training,
        reminders: stores.trainingReminders,
        now: new Date(),
        timeZone: TZ,
      });
      return trainingSummaryCard('nl', summary, courses, { timeZone: TZ });
    }

    it('lets only the team’s manager or an admin decide; anyone else is refused politely', async () => {
      const card = await summaryCard();
      expect(texts(card)).toContain('Wachten op jouw bevestiging');
      const refused = await execute(button(card, 'Klopt'), chat('aad-noor'));
      expect(refused.text).toContain('Alleen een leidinggevende van dit team of een beheerder');
      expect((await stores.trainingReminders.getClaim('aad-sam', VADV))?.status).toBe('open');
    });

    it('confirms a claim: the record is written and the card shows the decision; a second press is harmless', async () => {
      const claimedAt = (await stores.trainingReminders.getClaim('aad-sam', VADV))!.claimedAt;
      const card = await summaryCard();
      const confirmed = await execute(button(card, 'Klopt'), chat('aad-manager'));
      expect(texts(confirmed.card)).toContain(
        'Bevestigd: Sam de Boer heeft "Veilig achter de voordeur" gedaan.',
      );
      expect(texts(confirmed.card)).not.toContain('Wachten op jouw bevestiging');
      expect(await stores.training.recordsOf(['aad-sam'])).toEqual([
        {
          aadObjectId: 'aad-sam',
          courseId: VADV,
          completedOn: todayIn(claimedAt, TZ),
          source: 'claim-confirmed',
        },
      ]);
      expect(await stores.trainingReminders.getClaim('aad-sam', VADV)).toMatchObject({
        status: 'confirmed',
        decidedBy: 'aad-manager',
      });
      const again = await execute(button(card, 'Klopt niet'), chat('aad-manager'));
      expect(texts(again.card)).toContain('Over "Veilig achter de voordeur" van Sam de Boer is al beslist.');
      expect((await stores.trainingReminders.getClaim('aad-sam', VADV))?.status).toBe('confirmed');
    });

    it('lets an admin reject a claim in any team, and keeps a manager to their own team', async () => {
      await stores.trainingReminders.openClaim({
        aadObjectId: 'aad-elders',
        courseId: VADV,
        claimedAt: new Date(),
      });
      const decide = (verb: string) => ({
        type: 'Action.Execute',
        title: 'x',
        verb,
        data: { verb, course: VADV, person: 'aad-elders', team: OTHER_TEAM },
      });
      // A manager of another team, even naming their own team for someone who is not in it.
      expect((await execute(decide(TRAINING.confirm), chat('aad-manager'))).text).toContain('Alleen een');
      const own = decide(TRAINING.confirm);
      expect(
        (await execute({ ...own, data: { ...own.data, team: TEAM } }, chat('aad-manager'))).text,
      ).toContain('Alleen een');
      const rejected = await execute(decide(TRAINING.reject), chat(ADMIN));
      expect(texts(rejected.card)).toContain('Niet bevestigd: Eva Elders krijgt weer herinneringen');
      expect(await stores.trainingReminders.getClaim('aad-elders', VADV)).toMatchObject({
        status: 'rejected',
        decidedBy: ADMIN,
      });
      expect(await stores.training.recordsOf(['aad-elders'])).toEqual([]);
    });
  });

  it('answers tampered or unknown card data with "deze kaart is verlopen", never a crash', async () => {
    const snooze = button(
      trainingReminderCard('nl', { course: SEED_COURSES[0]!, stage: 'never-1' }),
      'Herinner me volgende week',
    );
    const tampered: Json[] = [
      { ...snooze.data, course: 'bestaat-niet' },
      { ...snooze.data, course: '../etc/passwd' },
      { ...snooze.data, stage: 'overdue-9' },
      { verb: TRAINING.snooze },
      { verb: TRAINING.confirm, course: VADV, person: 'x; drop table', team: TEAM },
      // A person in the team with no claim at all.
      { verb: TRAINING.confirm, course: VADV, person: 'aad-noor', team: TEAM },
    ];
    for (const data of tampered) {
      const verb = String(data.verb);
      const answer = await execute({ type: 'Action.Execute', title: 'x', verb, data }, chat('aad-manager'));
      expect(answer.text).toContain('Deze kaart is verlopen');
    }
    const unknown = await execute(
      { type: 'Action.Execute', title: 'x', verb: 'training.delete', data: { verb: 'training.delete' } },
      chat('aad-sam'),
    );
    expect(unknown.text).toContain('Deze kaart is verlopen');
    // The same through Action.Submit: a new message says so.
    const o = chat('aad-sam', { conversationId: 'a:chat-tampered' });
    await service.post({ ...cardSubmit({ ...snooze.data, course: 'bestaat-niet' }, o), replyToId: 'x' });
    const said = connector.messages('a:chat-tampered').map((m) => String(m.text));
    expect(said.some((text) => text.includes('Deze kaart is verlopen'))).toBe(true);
    expect(connector.updates.some((u) => u.activityId === 'x')).toBe(false);
  });

  it('keeps each team’s members from the Teams roster: on install, as members come and go, and when removed', async () => {
    const team = '19:team-roster@thread.tacv2';
    const o: ActivityOptions = {
      serviceUrl: connector.url,
      conversationId: team,
      conversationType: 'channel',
      teamId: team,
    };
    connector.rosters.set(team, new Set(['29:a', '29:b']));
    expect((await service.post(botInstalled(o))).status).toBe(200);
    expect(await stores.teamMembers.membersOf(team)).toEqual(['aad-29:a', 'aad-29:b']);
    // Their addresses go to the directory, so that a training import can find them.
    const matched = await stores.people.matchPeople({ addresses: ['29:b@example.org'], objectIds: [] });
    expect(matched.get('29:b@example.org')).toEqual(['aad-29:b']);

    connector.rosters.get(team)!.add('29:c');
    await service.post({ ...botInstalled(o), membersAdded: [{ id: '29:c', aadObjectId: 'aad-29:c' }] });
    expect(await stores.teamMembers.membersOf(team)).toEqual(['aad-29:a', 'aad-29:b', 'aad-29:c']);

    connector.rosters.get(team)!.delete('29:a');
    const removed = { ...botInstalled(o), membersAdded: undefined };
    await service.post({ ...removed, membersRemoved: [{ id: '29:a', aadObjectId: 'aad-29:a' }] });
    expect(await stores.teamMembers.membersOf(team)).toEqual(['aad-29:b', 'aad-29:c']);

    await service.post({ ...removed, membersRemoved: [{ id: '28:voordeur-bot' }] });
    expect(await stores.teamMembers.membersOf(team)).toEqual([]);
    // Ids in the log, never addresses.
    expect(service.logLines.join('\n')).not.toContain('@example.org');
    expect(service.logLines.some((l) => l.includes('"event":"roster-read"'))).toBe(true);
  });
});
