import { ANNOUNCEMENT_ROUTES } from '../../src/contracts';
import { cardSubmit } from '../support/activities';
import { USERS } from '../support/teams-host/entra-stand-in';
import { cardText, until } from './announcement-harness';
import { API_ADMIN, startAnnouncementService, type AnnouncementService } from './http-harness';

const BASE = '/api/admin/announcements';
type Problem = { field: string; message: string };
const problemsOf = (json: Record<string, unknown>) =>
  ((json.error as { problems?: Problem[] }).problems ?? []) as Problem[];

/** The admin API of announcements over HTTP: who may call it, what it refuses, and each use case once. */
describe('the announcements admin API', () => {
  let world: AnnouncementService;
  let people: string[];
  beforeAll(async () => {
    world = await startAnnouncementService(50);
    people = await world.seed(6);
  });
  afterAll(async () => {
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

  it('refuses every route without a valid token (401) before reading the body, and non-admins (403)', async () => {
    const routes = Object.values(ANNOUNCEMENT_ROUTES);
    expect(routes.length).toBeGreaterThanOrEqual(12);
    const forged = world.entra.forged(API_ADMIN);
    for (const route of routes) {
      const path = route.path.replace('{id}', '00000000-0000-4000-8000-000000000000');
      const body = route.method === 'get' || route.method === 'delete' ? undefined : { title: 5 };
      for (const token of [null, forged]) {
        const res = await world.call(route.method, path, { token, body });
        expect([route.name, res.status, (res.json.error as { code: string }).code]).toEqual([
          route.name,
          401,
          'unauthenticated',
        ]);
      }
      const employee = await world.call(route.method, path, { user: USERS.employee, body });
      expect([route.name, employee.status]).toEqual([route.name, 403]);
    }
  });

  it('lists every field problem at once, each in Dutch, and logs none of what was typed', async () => {
    const res = await world.call('POST', BASE, {
      body: {
        title: '',
        body: '# Welkom\nBel mij op 06-12345678.',
        imageUrl: 'http://intranet.example.org/foto.png',
        buttons: [
          { title: 'Lees meer', url: 'http://intranet.example.org' },
          { title: '', url: 'https://intranet.example.org/af' },
        ],
        audience: { kind: 'teams', teamIds: [], mode: 'kanaal' },
        acknowledge: false,
        reminderAfterDays: 3,
        colour: 'rood',
      },
    });
    expect(res.status).toBe(400);
    expect(res.json.error).toMatchObject({ code: 'bad-request' });
    const problems = problemsOf(res.json);
    expect(problems.map((p) => p.field).sort()).toEqual(
      [
        'title',
        'body',
        'imageUrl',
        'buttons.0.url',
        'buttons.1.title',
        'audience.teamIds',
        'audience.mode',
        'reminderAfterDays',
        'colour',
      ].sort(),
    );
    const message = (field: string) => problems.find((p) => p.field === field)?.message;
    expect(message('title')).toBe('Geef een titel van 1 tot 120 tekens.');
    expect(message('buttons.0.url')).toBe('Geef knop 1 een webadres dat met https:// begint.');
    expect(message('body')).toContain('Teams toont geen koppen (#)');
    expect(message('body')).toContain('Haal het nummer 0612345678 weg.');
    expect(message('reminderAfterDays')).toContain("'Gelezen en begrepen'");
    expect(world.service.logLines.join('\n')).not.toMatch(/06-?12345678|Welkom/);
  });

  it('lets the text name the service numbers and the organisation’s configured contacts only', async () => {
    const contact = await world.call('PUT', '/api/admin/settings/aandachtsfunctionaris', {
      body: { contact: { name: 'Fatima Aandacht', phone: '013-1234567' } },
    });
    expect(contact.status).toBe(200);
    await create(draft({ body: 'Bel Fatima: 013 123 45 67. Bij gevaar 112, voor advies 0800-2000.' }));
    const refused = await world.call('POST', BASE, { body: draft({ body: 'Bel Jan: 06-99998888.' }) });
    expect(refused.status).toBe(400);
    expect(problemsOf(refused.json)).toEqual([
      { field: 'body', message: expect.stringContaining('Haal het nummer 0699998888 weg.') },
    ]);
  });

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

    const progress = await world.call('GET', `${BASE}/${id}`);
    expect(progress.json.counts).toEqual({
      total: 5,
      pending: 0,
      sent: 5,
      failed: 0,
      cancelled: 0,
      acknowledged: 2,
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
    expect(lines.filter((l) => /;\d{4}-\d\d-\d\d \d\d:\d\d;$/.test(l))).toHaveLength(2);
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

  it('answers 404 for an unknown id on every route that takes one', async () => {
    const unknown = '00000000-0000-4000-8000-00000000dead';
    for (const route of Object.values(ANNOUNCEMENT_ROUTES).filter((r) => r.path.includes('{id}'))) {
      const body = route.method === 'get' || route.method === 'delete' ? undefined : {};
      const res = await world.call(route.method, route.path.replace('{id}', unknown), { body });
      expect([route.name, res.status]).toEqual([route.name, 404]);
    }
  });
});
