import { cardSubmit } from '../support/activities';
import { ConnectorStandIn } from '../support/connector-stand-in';
import { cardText, until } from './announcement-harness';
import { API_ADMIN, startAnnouncementService, type AnnouncementService } from './http-harness';

const BASE = '/api/admin/announcements';
type Problem = { field: string; message: string };
const problemsOf = (json: Record<string, unknown>) =>
  ((json.error as { problems?: Problem[] }).problems ?? []) as Problem[];

/** The admin API of announcements over HTTP: each use case once, as the Beheer tab will call it. */
describe('the announcements admin API', () => {
  let world: AnnouncementService;
  let people: string[];
  /** Takes the bot's replies (the simulator plays Teams for proactive messages only). */
  let connector: ConnectorStandIn;
  beforeAll(async () => {
    world = await startAnnouncementService(50);
    people = await world.seed(6);
    connector = await new ConnectorStandIn().start();
  });
  afterAll(async () => {
    await connector?.stop();
    await world?.stop();
  });

  const draft = (overrides: Record<string, unknown> = {}) => ({
    title: 'Nieuwe aandachtsfunctionaris',
    body: 'Vanaf maandag is **Fatima** jullie aandachtsfunctionaris. Twijfel? Bel Veilig Thuis: 0800-2000.',
    audience: { kind: 'users', userIds: people.slice(0, 5) },
    acknowledge: true,
    ...overrides,
  });
  const create = async (body: Record<string, unknown>) => {
    const res = await world.call('POST', BASE, { body });
    expect(res.status).toBe(201);
    return res.json.id as string;
  };
  it('saves a draft, counts its audience, edits it, previews it, schedules and stops it, and deletes it', async () => {
    const id = await create(draft({ acknowledge: false }));
    const got = await world.call('GET', `${BASE}/${id}`);
    expect(got.json).toMatchObject({ id, status: 'draft', revision: 1, authorName: API_ADMIN.name });
    expect(got.json.counts).toEqual({
      total: 0,
      pending: 0,
      sent: 0,
      failed: 0,
      cancelled: 0,
      acknowledged: 0,
    });
    const list = await world.call('GET', BASE);
    expect((list.json.announcements as { id: string }[]).map((a) => a.id)).toContain(id);

    const count = (audience: unknown) => world.call('POST', `${BASE}/audience-count`, { body: { audience } });
    expect((await count({ kind: 'users', userIds: [people[0], people[1], 'onbekend-1'] })).json).toEqual({
      count: 2,
      unknown: ['onbekend-1'],
      gone: 0,
    });
    const csv = `naam;mail\nA;${people[2]}@example.org\nB;iemand@elders.example\nC;geen adres`;
    expect((await count({ kind: 'csv', csv })).json).toEqual({
      count: 1,
      unknown: ['iemand@elders.example', 'C, geen adres'],
      gone: 0,
    });
    expect((await count({ kind: 'profiles', profiles: ['schoonmakers'] })).status).toBe(400);

    const edited = await world.call('PATCH', `${BASE}/${id}`, {
      body: { title: 'Nieuwe aandachtsfunctionaris per maandag', expectedRevision: 1 },
    });
    expect(edited.status).toBe(200);
    expect(edited.json).toMatchObject({ revision: 2, title: 'Nieuwe aandachtsfunctionaris per maandag' });
    const stale = await world.call('PATCH', `${BASE}/${id}`, { body: { title: 'Oud', expectedRevision: 1 } });
    expect(stale.status).toBe(409);

    const adminChat = `a:${API_ADMIN.oid}`;
    const preview = await world.call('POST', `${BASE}/${id}/preview`);
    expect([preview.status, preview.json]).toEqual([202, { queued: true }]);
    expect((await world.call('POST', `${BASE}/${id}/preview`)).json).toEqual({ queued: false });
    await until('the preview to arrive', async () => world.simulator.messages(adminChat).length === 1);
    expect(cardText(world.simulator.messages(adminChat)[0])).toContain('Voorbeeld');

    const past = await world.call('POST', `${BASE}/${id}/send`, { body: { sendAt: '2020-01-01T09:00:00Z' } });
    expect([past.status, problemsOf(past.json).map((p) => p.field)]).toEqual([400, ['sendAt']]);
    const sendAt = new Date(Date.now() + 3_600_000).toISOString();
    const scheduled = await world.call('POST', `${BASE}/${id}/send`, { body: { sendAt } });
    expect([scheduled.status, scheduled.json]).toEqual([
      202,
      { status: 'scheduled', sendAt, recipients: 5, unknown: [], gone: 0 },
    ]);
    expect((await world.call('GET', `${BASE}/${id}`)).json).toMatchObject({ status: 'scheduled', sendAt });
    const cancelled = await world.call('POST', `${BASE}/${id}/cancel`);
    expect([cancelled.status, cancelled.json]).toEqual([200, { cancelled: 0 }]);
    expect((await world.call('POST', `${BASE}/${id}/cancel`)).status).toBe(409);
    expect((await world.call('GET', `${BASE}/${id}`)).json.status).toBe('cancelled');

    expect((await world.call('DELETE', `${BASE}/${id}`)).json).toEqual({ id });
    expect((await world.call('GET', `${BASE}/${id}`)).status).toBe(404);
    // The audit log outlives the announcement: it still says who did what, without the text.
    const audit = await world.call('GET', `${BASE}/${id}/audit`);
    expect((audit.json.entries as { action: string }[]).map((e) => e.action)).toEqual([
      'deleted',
      'cancelled',
      'scheduled',
      'previewed',
      'edited',
      'created',
    ]);
    expect(JSON.stringify(audit.json)).not.toContain('Fatima');
  });
  it('sends, counts acknowledgements from both buttons, reports per person, and retracts', async () => {
    // A name that Excel would run as a formula.
    await world.storage.db
      .updateTable('people')
      .set({ display_name: '=HYPERLINK("https://evil.example")' })
      .where('aad_object_id', '=', people[2])
      .execute();
    const id = await create(draft());
    const sent = await world.call('POST', `${BASE}/${id}/send`);
    expect([sent.status, sent.json]).toEqual([
      202,
      { status: 'sending', recipients: 5, unknown: [], gone: 0 },
    ]);
    await until('the announcement to be sent', async () => {
      return (await world.call('GET', `${BASE}/${id}`)).json.status === 'sent';
    });

    // Action.Execute: the card comes back with the time instead of the button; a second press keeps the first time.
    const first = await world.acknowledge(id, people[1]);
    expect(first.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(JSON.stringify(first.value)).toContain('Gelezen en begrepen op {{DATE(');
    expect(JSON.stringify(first.value)).not.toContain('announcement.acknowledge');
    expect(JSON.stringify((await world.acknowledge(id, people[1])).value)).toBe(JSON.stringify(first.value));
    // Action.Submit (older clients): the card the press came from is updated in place.
    const [activityId] = [...world.simulator.activityHistories()].find(
      ([, h]) => h.conversationId === `a:${people[3]}`,
    )!;
    const press = cardSubmit(
      { verb: 'announcement.acknowledge', announcement: id },
      { serviceUrl: world.simulator.url, conversationId: `a:${people[3]}`, aadObjectId: people[3] },
    );
    expect((await world.service.post({ ...press, replyToId: activityId })).status).toBe(200);
    await until(
      'the card to be updated',
      async () => world.simulator.activity(activityId)!.updates.length > 0,
    );
    expect(cardText(world.simulator.activity(activityId)!.updates[0])).toContain('Gelezen en begrepen op');

    // In a channel the card is everyone's: a press from an older client leaves it alone and gets a short line.
    const channel = '19:kanaal-noord@thread.tacv2';
    const inChannel = cardSubmit(
      { verb: 'announcement.acknowledge', announcement: id },
      {
        serviceUrl: connector.url,
        conversationId: channel,
        conversationType: 'channel',
        aadObjectId: people[0],
      },
    );
    expect((await world.service.post({ ...inChannel, replyToId: 'act-channel-post' })).status).toBe(200);
    const [line] = await connector.messagesAfter(channel, 0);
    expect(line.text).toBe('✓ Je hebt laten weten dat je de aankondiging hebt gelezen en begrepen. Dank je.');

    const progress = await world.call('GET', `${BASE}/${id}`);
    expect(progress.json.counts).toEqual({
      total: 5,
      pending: 0,
      sent: 5,
      failed: 0,
      cancelled: 0,
      acknowledged: 3,
    });

    const report = await world.call('GET', `${BASE}/${id}/report.csv?lang=nl`);
    expect(report.status).toBe(200);
    expect(report.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(report.headers.get('content-disposition')).toMatch(/^attachment; filename=".+\.csv"$/);
    expect([...report.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = report.text.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe('Naam;Status;Verstuurd op;Gelezen en begrepen op;Reden mislukt');
    expect(lines).toHaveLength(6);
    expect(lines.filter((l) => /^Medewerker \d;Verstuurd;\d{4}-\d\d-\d\d \d\d:\d\d;/.test(l))).toHaveLength(
      4,
    );
    expect(lines.filter((l) => /;\d{4}-\d\d-\d\d \d\d:\d\d;$/.test(l))).toHaveLength(3);
    expect(lines).toContainEqual(
      expect.stringMatching(/^"'=HYPERLINK\(""https:\/\/evil\.example""\)";Verstuurd;/),
    );

    const retracted = await world.call('POST', `${BASE}/${id}/retract`);
    expect([retracted.status, retracted.json]).toEqual([202, { deletes: 5 }]);
    const edit = await world.call('PATCH', `${BASE}/${id}`, { body: { title: 'Toch anders' } });
    expect([edit.status, (edit.json.error as { message: string }).message]).toEqual([
      409,
      'Een ingetrokken aankondiging kun je niet meer bewerken.',
    ]);
    expect((await world.acknowledge(id, people[4])).value).toBe(
      'Deze aankondiging is ingetrokken of bestaat niet meer. Je hoeft niets te doen.',
    );
    const audit = await world.call('GET', `${BASE}/${id}/audit`);
    expect((audit.json.entries as { action: string; actorId: string }[])[0]).toMatchObject({
      action: 'retracted',
      actorId: API_ADMIN.oid,
    });
  });
});
