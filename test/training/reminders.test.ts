import { cardTexts, installationUpdate } from '../support/activities';
import { cardProblems } from '../support/card-validate';
import { ConnectorStandIn } from '../support/connector-stand-in';
import { TrainingApiHarness, USERS } from './training-api-harness';

type Json = Record<string, unknown>;
type Action = { type: string; title: string; url?: string };

const TEAM = '19:vakmannen-noord@thread.tacv2';
const RUN = '/api/admin/reminders/run';
// Wednesday 12 March 2025, 10:00 in Amsterdam: working time.
const AT = '2025-03-12T09:00:00.000Z';
const ENROL = 'https://leren.lente.example/veilig-achter-de-voordeur';

/** Staff who installed Voordeur in their personal chat; Teams' member lookup gives their addresses. */
const STAFF = {
  anna: {
    userId: '29:anna',
    aadObjectId: 'aad-anna',
    name: 'Anna Jansen',
    email: 'anna@lente.example',
    locale: 'nl-NL',
  },
  bram: {
    userId: '29:bram',
    aadObjectId: 'aad-bram',
    name: 'Bram Bakker',
    email: 'bram@lente.example',
    locale: 'en-US',
  },
  cem: {
    userId: '29:cem',
    aadObjectId: 'aad-cem',
    name: 'Cem Demir',
    email: 'cem@lente.example',
    locale: 'nl-NL',
  },
  mila: {
    userId: '29:mila',
    aadObjectId: USERS.manager.oid,
    name: USERS.manager.name,
    email: USERS.manager.upn,
    locale: 'nl-NL',
  },
};
type Member = (typeof STAFF)[keyof typeof STAFF];
const chatOf = (m: Member) => `a:chat-${m.userId.slice(3)}`;

describe('training reminders end to end: directory, import, run, cards in Teams', () => {
  const api = new TrainingApiHarness();
  let connector: ConnectorStandIn;

  beforeAll(async () => {
    connector = await new ConnectorStandIn().start();
    await api.start();
  });
  afterAll(async () => {
    await api.stop();
    await connector?.stop();
  });

  /** The training messages in the outbox that Teams has not answered yet. */
  const unsettled = async () =>
    api.storage.db
      .selectFrom('outbox')
      .select('id')
      .where('purpose', 'like', 'training-%')
      .where('status', 'in', ['pending', 'sending'])
      .execute();
  const trainingOutbox = () =>
    api.storage.db.selectFrom('outbox').select('id').where('purpose', 'like', 'training-%').execute();
  /** Resolves once delivery has recorded Teams' answer to every training message: a condition, not a clock. */
  async function settled(): Promise<void> {
    while ((await unsettled()).length > 0) await new Promise((resolve) => setTimeout(resolve, 25));
  }
  const cardOf = (activity: Json) => (activity.attachments as { content: Json }[])[0]!.content;
  const texts = (card: Json) => cardTexts({ attachments: [{ content: card }] }).join('\n');

  it('sends each person due a reminder exactly one card, the manager one summary, and a second run nothing', async () => {
    // The directory: everyone installs Voordeur in their personal chat, as in Teams.
    for (const m of Object.values(STAFF)) {
      connector.members.set(m.userId, {
        name: m.name,
        aadObjectId: m.aadObjectId,
        email: m.email,
        userPrincipalName: m.email,
      });
      const install = installationUpdate('add', {
        serviceUrl: connector.url,
        conversationId: chatOf(m),
        aadObjectId: m.aadObjectId,
        locale: m.locale,
      });
      const res = await api.service.post({
        ...install,
        from: { id: m.userId, name: m.name, aadObjectId: m.aadObjectId },
      });
      expect(res.status).toBeLessThan(300);
    }
    await api.stores.teamMembers.replaceMembers(
      TEAM,
      [STAFF.anna, STAFF.bram, STAFF.cem].map((m) => m.aadObjectId),
      new Date(),
    );
    const manager = await api.call(
      'PUT',
      `/api/admin/teams/${encodeURIComponent(TEAM)}/managers/${STAFF.mila.aadObjectId}`,
    );
    expect(manager.status).toBe(200);

    const course = await api.call('PUT', '/api/admin/training/courses/veilig-achter-de-voordeur', {
      body: {
        name: { nl: 'Veilig achter de voordeur', en: 'Safe behind the front door' },
        validityMonths: 24,
        appliesTo: { kind: 'all' },
        enrolUrl: ENROL,
      },
    });
    expect(course.body).toMatchObject({ created: false });

    const imported = await api.upload(
      [
        'email;course;completed_on',
        // Anna's main training is due on 1 April 2025: 20 days after the run.
        'anna@lente.example;veilig-achter-de-voordeur;01-04-2023',
        'anna@lente.example;meldcode-e-learning;01-01-2025',
        // Bram did nothing. Cem and Mila did both recently.
        'cem@lente.example;Veilig achter de voordeur;01-03-2025',
        'cem@lente.example;meldcode-e-learning;01-03-2025',
        `${USERS.manager.upn};veilig-achter-de-voordeur;01-02-2025`,
        `${USERS.manager.upn};meldcode-e-learning;01-02-2025`,
      ].join('\r\n'),
    );
    expect(imported.body).toEqual({ dryRun: false, imported: 6, updated: 0, unchanged: 0, errors: [] });

    const planned = [
      `aad-anna veilig-achter-de-voordeur before-30`,
      `aad-bram veilig-achter-de-voordeur never-1`,
    ];
    const plannedOf = (body: Json) =>
      (body.reminders as { aadObjectId: string; courseId: string; stage: string }[])
        .map((r) => `${r.aadObjectId} ${r.courseId} ${r.stage}`)
        .sort();
    const dry = await api.call('POST', RUN, { body: { at: AT, dryRun: true } });
    expect(dry.status).toBe(200);
    expect(plannedOf(dry.body)).toEqual(planned);
    expect(dry.body).toMatchObject({
      at: AT,
      dryRun: true,
      workingTime: { ok: true, today: '2025-03-12' },
      enqueued: 0,
      summaries: { week: '2025-W11', ran: true, enqueued: 0 },
    });
    expect(await trainingOutbox()).toEqual([]);

    const run = await api.call('POST', RUN, { body: { at: AT } });
    expect(plannedOf(run.body)).toEqual(planned);
    expect(run.body).toMatchObject({
      dryRun: false,
      enqueued: 2,
      summaries: { summaries: [{ teamId: TEAM, managerId: STAFF.mila.aadObjectId }], enqueued: 1 },
    });

    const [anna, bram, mila] = await Promise.all(
      [STAFF.anna, STAFF.bram, STAFF.mila].map((m) => connector.messagesAfter(chatOf(m), 0)),
    );
    await settled();
    for (const m of Object.values(STAFF)) {
      expect([m.name, connector.messages(chatOf(m)).length]).toEqual([m.name, m === STAFF.cem ? 0 : 1]);
    }

    const annaCard = cardOf(anna[0]!);
    expect(cardProblems(annaCard)).toEqual([]);
    expect(texts(annaCard)).toContain('Doe "Veilig achter de voordeur" opnieuw vóór 1 april 2025.');
    expect((annaCard.actions as Action[])[0]).toMatchObject({
      type: 'Action.OpenUrl',
      title: 'Inschrijven',
      url: ENROL,
    });

    const bramCard = cardOf(bram[0]!);
    expect(cardProblems(bramCard)).toEqual([]);
    expect(texts(bramCard)).toContain(
      'According to our records you have not done "Safe behind the front door" yet.',
    );
    expect((bramCard.actions as Action[])[0]).toMatchObject({
      type: 'Action.OpenUrl',
      title: 'Sign up',
      url: ENROL,
    });

    const summary = cardOf(mila[0]!);
    expect(cardProblems(summary)).toEqual([]);
    expect(texts(summary)).toContain("2 van de 3 collega's hebben hun training op orde");
    expect(texts(summary)).toContain('Bram Bakker');

    const again = await api.call('POST', RUN, { body: { at: AT } });
    expect(again.body).toMatchObject({ reminders: [], enqueued: 0, summaries: { enqueued: 0 } });
    expect(await trainingOutbox()).toHaveLength(3);
    expect(await unsettled()).toEqual([]);
    expect(Object.values(STAFF).map((m) => connector.messages(chatOf(m)).length)).toEqual([1, 1, 0, 1]);
  });
});
