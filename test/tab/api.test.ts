import { answerChecker } from '../support/openapi-check';
import { startTestService, type TestService } from '../support/service';
import {
  CLIENT_ID,
  EntraStandIn,
  TENANT_ID,
  USERS,
  type TestUser,
} from '../support/teams-host/entra-stand-in';
import { addToRoster } from './roster-fixture';

const TEAM = '19:vakmannen-noord@thread.tacv2';
const teamPath = `/api/tab/teams/${encodeURIComponent(TEAM)}`;

describe('tab and admin API', () => {
  let entra: EntraStandIn;
  let service: TestService;
  let checkAnswer: ReturnType<typeof answerChecker>;

  beforeAll(async () => {
    entra = await new EntraStandIn().start();
    service = await startTestService(entra.serviceEnv());
    // The employee is in the team's roster, as the bot would have read it from Teams.
    await addToRoster(service.dataDir, TEAM, [USERS.employee.oid]);
    checkAnswer = answerChecker(await (await fetch(`${service.url}/api/openapi.json`)).json());
  });
  afterAll(async () => {
    await service?.stop();
    await entra?.stop();
  });

  /** Calls the API; every answer must be one /api/openapi.json describes (its status and its body). */
  const call = async (
    path: string,
    init: { method?: string; token?: string; body?: unknown; raw?: string } = {},
  ) => {
    const method = init.method ?? 'GET';
    const res = await fetch(`${service.url}${path}`, {
      method,
      headers: {
        ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
        ...(init.body !== undefined || init.raw !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      body: init.raw ?? (init.body === undefined ? undefined : JSON.stringify(init.body)),
    });
    const text = await res.clone().text();
    expect(checkAnswer(method, path, res.status, text ? JSON.parse(text) : undefined)).toEqual([]);
    return res;
  };
  const as = (user: TestUser) => entra.token(user);
  const json = async (res: Response) => (await res.json()) as Record<string, unknown>;

  it('refuses requests without a valid Entra ID token with 401', async () => {
    const bad: (string | undefined)[] = [
      undefined,
      'not-a-jwt',
      entra.forged(USERS.employee),
      entra.token(USERS.employee, {}, -600),
      entra.token(USERS.employee, { aud: 'api://127.0.0.1/another-app' }),
      entra.token(USERS.employee, { tid: '11111111-0000-4000-8000-000000000000' }),
      entra.token(USERS.employee, { iss: 'https://login.microsoftonline.com/other/v2.0' }),
    ];
    for (const token of bad) {
      for (const path of ['/api/tab/me', `${teamPath}/checklist`, '/api/admin/settings']) {
        const res = await call(path, { token });
        expect([path, res.status]).toEqual([path, 401]);
        expect((await json(res)).error).toMatchObject({ code: 'unauthenticated' });
      }
    }
  });

  it('accepts both audience forms (client id, api://…/<client id>) and v1 and v2 tokens of the tenant', async () => {
    const plain = await call('/api/tab/me', { token: entra.token(USERS.employee, { aud: CLIENT_ID }) });
    expect(plain.status).toBe(200);
    expect(await plain.json()).toEqual({ id: USERS.employee.oid, name: USERS.employee.name, isAdmin: false });
    const v1 = await call('/api/tab/me', {
      token: entra.token(USERS.employee, { iss: `https://sts.windows.net/${TENANT_ID}/` }),
    });
    expect(v1.status).toBe(200);
    const resource = await call('/api/tab/me', { token: as(USERS.admin) });
    expect(((await resource.json()) as { isAdmin: boolean }).isAdmin).toBe(true);
  });

  it('makes an admin of someone with the Voordeur.Admin app role, as well as of those in ADMIN_IDS', async () => {
    const roleToken = entra.token(USERS.employee, { roles: ['Voordeur.Admin'] });
    expect(await json(await call('/api/tab/me', { token: roleToken }))).toMatchObject({ isAdmin: true });
    expect((await call('/api/admin/settings', { token: roleToken })).status).toBe(200);
    const otherRole = entra.token(USERS.employee, { roles: ['Voordeur.Reader'], role: 'Voordeur.Admin' });
    expect((await call('/api/admin/settings', { token: otherRole })).status).toBe(403);
  });

  it('gives an employee the profile checklist read-only, and refuses changes with 403', async () => {
    const res = await call(`${teamPath}/checklist?profile=vakmannen`, { token: as(USERS.employee) });
    expect(res.status).toBe(200);
    const view = (await res.json()) as {
      version: number;
      canEdit: boolean;
      profile: string;
      categories: { signals: { id: string }[] }[];
    };
    expect(view).toMatchObject({ version: 0, canEdit: false, profile: 'vakmannen' });
    const ids = view.categories.flatMap((c) => c.signals.map((s) => s.id));
    expect(ids).toContain('kind-gedrag');
    expect(ids).not.toContain('vgv-reis');

    const change = await call(`${teamPath}/checklist/changes`, {
      method: 'POST',
      token: as(USERS.employee),
      body: { expectedVersion: 0, change: { kind: 'hide', signalId: 'kind-gedrag' } },
    });
    expect(change.status).toBe(403);
    expect((await call(`${teamPath}/checklist/versions`, { token: as(USERS.employee) })).status).toBe(403);
  });

  it('lets only admins assign managers and set the organisation aandachtsfunctionaris', async () => {
    const put = (token: string) =>
      call(`/api/admin/teams/${encodeURIComponent(TEAM)}/managers/${USERS.manager.oid}`, {
        method: 'PUT',
        token,
        body: { displayName: USERS.manager.name },
      });
    expect((await put(as(USERS.manager))).status).toBe(403);
    const ok = await put(as(USERS.admin));
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as { managers: unknown[] }).managers).toEqual([
      expect.objectContaining({ aadObjectId: USERS.manager.oid, source: 'admin' }),
    ]);

    const bad = await call('/api/admin/settings/aandachtsfunctionaris', {
      method: 'PUT',
      token: as(USERS.admin),
      body: { contact: { name: 'Olga', phone: 'bel me' } },
    });
    expect(bad.status).toBe(400);
    expect(((await json(bad)).error as { message: string }).message).toMatch(/contact\.phone/);
    const set = await call('/api/admin/settings/aandachtsfunctionaris', {
      method: 'PUT',
      token: as(USERS.admin),
      body: {
        contact: { name: 'Olga Organisatie', phone: '013 123 4567', userPrincipalName: 'olga@lente.example' },
      },
    });
    expect(set.status).toBe(200);
    const view = (await (await call(`${teamPath}/checklist`, { token: as(USERS.employee) })).json()) as {
      contacts: { organisation?: { name: string } };
    };
    expect(view.contacts.organisation?.name).toBe('Olga Organisatie');
  });

  it('versions every manager change, refuses stale and malformed ones, and rolls back', async () => {
    const post = (path: string, body: unknown, token = as(USERS.manager)) =>
      call(`${teamPath}/checklist/${path}?profile=vakmannen`, { method: 'POST', token, body });

    const hidden = await post('changes', {
      expectedVersion: 0,
      change: { kind: 'hide', signalId: 'kind-gedrag' },
    });
    expect(hidden.status).toBe(200);
    expect(await hidden.json()).toMatchObject({ version: 1, canEdit: true });

    const noted = await post('changes', {
      expectedVersion: 1,
      change: {
        kind: 'note',
        signalId: 'kind-letsel',
        note: 'Maak een foto van de schade, niet van mensen.',
      },
    });
    expect(noted.status).toBe(200);

    // Stale, malformed, unknown: refused with a reason, and nothing is lost.
    const stale = await post('changes', {
      expectedVersion: 1,
      change: { kind: 'hide', signalId: 'kind-letsel' },
    });
    expect(stale.status).toBe(409);
    const malformed = await post('changes', { expectedVersion: 2, change: { kind: 'hide' } });
    expect(malformed.status).toBe(400);
    expect(((await json(malformed)).error as { problems: unknown[] }).problems).toEqual([
      { field: 'change.signalId', message: expect.stringContaining('signaal') },
    ]);
    const unreadable = (raw: string) =>
      call(`${teamPath}/checklist/changes`, { method: 'POST', token: as(USERS.manager), raw });
    const notJson = await unreadable('{"expectedVersion":');
    expect(notJson.status).toBe(400);
    expect(await json(notJson)).toEqual({ error: { code: 'bad-request', message: expect.any(String) } });
    const tooLarge = await unreadable(JSON.stringify({ expectedVersion: 2, pad: 'x'.repeat(1024 * 1024) }));
    expect(tooLarge.status).toBe(413);
    expect(await json(tooLarge)).toEqual({ error: { code: 'too-large', message: expect.any(String) } });
    expect(
      (await post('changes', { expectedVersion: 2, change: { kind: 'hide', signalId: 'bestaat-niet' } }))
        .status,
    ).toBe(400);

    const employeeView = (await (
      await call(`${teamPath}/checklist`, { token: as(USERS.employee) })
    ).json()) as {
      version: number;
      categories: { signals: { id: string; note?: string }[] }[];
    };
    expect(employeeView.version).toBe(2);
    const signals = employeeView.categories.flatMap((c) => c.signals);
    expect(signals.map((s) => s.id)).not.toContain('kind-gedrag');
    expect(signals.find((s) => s.id === 'kind-letsel')?.note).toBe(
      'Maak een foto van de schade, niet van mensen.',
    );

    const history = (await (
      await call(`${teamPath}/checklist/versions`, { token: as(USERS.manager) })
    ).json()) as {
      versions: { version: number; actorName: string; summary: { kind: string } }[];
    };
    expect(history.versions.map((v) => [v.version, v.actorName, v.summary.kind])).toEqual([
      [2, 'Mila Manager', 'note'],
      [1, 'Mila Manager', 'hide'],
    ]);

    expect((await post('rollback', { expectedVersion: 2, toVersion: 9 })).status).toBe(404);
    const rolled = await post('rollback', { expectedVersion: 2, toVersion: 1 });
    expect(rolled.status).toBe(200);
    const after = (await rolled.json()) as {
      version: number;
      categories: { signals: { id: string; note?: string; hidden: boolean }[] }[];
    };
    expect(after.version).toBe(3);
    const line = after.categories.flatMap((c) => c.signals).find((s) => s.id === 'kind-letsel');
    expect(line?.note).toBeUndefined();
    expect(after.categories.flatMap((c) => c.signals).find((s) => s.id === 'kind-gedrag')?.hidden).toBe(true);
  });

  it("lets only a team's members, its managers and admins read its checklist; everyone the personal one", async () => {
    const stranger = {
      oid: 'e0000000-0000-4000-8000-0000000000f1',
      name: 'Sam Buiten',
      upn: 'sam@lente.example',
    };
    const other = `/api/tab/teams/${encodeURIComponent('19:another-team@thread.tacv2')}`;
    const search = (path: string, token: string) =>
      call(`${path}/checklist/search`, { method: 'POST', token, body: { q: 'slaan' } });
    for (const path of [teamPath, other]) {
      const refused = await call(`${path}/checklist`, { token: as(stranger) });
      expect(refused.status).toBe(403);
      expect((await json(refused)).error).toMatchObject({ code: 'forbidden' });
      expect((await search(path, as(stranger))).status).toBe(403);
    }
    expect((await call(`${other}/checklist`, { token: as(USERS.employee) })).status).toBe(403);
    for (const user of [USERS.employee, USERS.manager, USERS.admin]) {
      const res = await call(`${teamPath}/checklist`, { token: as(user) });
      expect([user.name, res.status]).toEqual([user.name, 200]);
    }
    expect((await call(`${other}/checklist`, { token: as(USERS.admin) })).status).toBe(200);
    const personal = await call('/api/tab/checklist?profile=buurtbeheer', { token: as(stranger) });
    expect(personal.status).toBe(200);
    expect(
      (await call('/api/tab/checklist/search', { method: 'POST', token: as(stranger), body: { q: 'slaan' } }))
        .status,
    ).toBe(200);
  });

  it('finds signals by everyday words, in Dutch and English, and says when words describe danger now', async () => {
    const find = async (body: unknown, path = `${teamPath}/checklist/search?profile=vakmannen`) => {
      const res = await call(path, { method: 'POST', token: as(USERS.employee), body });
      expect(res.status).toBe(200);
      return (await res.json()) as { signalIds: string[]; danger: boolean };
    };
    expect((await find({ q: 'blauwe plekken' })).signalIds).toEqual(
      expect.arrayContaining(['kind-letsel', 'ouderen-zorg', 'partner-angst']),
    );
    expect((await find({ q: 'slaan' })).signalIds).toEqual(
      expect.arrayContaining(['kind-letsel', 'partner-angst']),
    );
    expect((await find({ q: 'bruises', lang: 'en' })).signalIds).toContain('ouderen-zorg');
    expect(await find({ q: 'xyzzy' })).toEqual({ signalIds: [], danger: false });
    expect((await find({ q: 'hij slaat haar nu' })).danger).toBe(true);
    // Not in the technicians' profile, but in the consultants'.
    expect((await find({ q: 'besnijdenis' })).signalIds).toEqual([]);
    expect(
      (await find({ q: 'besnijdenis' }, '/api/tab/checklist/search?profile=woonconsulenten')).signalIds,
    ).toEqual(['vgv-reis']);
    const tooLong = await call(`${teamPath}/checklist/search`, {
      method: 'POST',
      token: as(USERS.employee),
      body: { q: 'x'.repeat(201) },
    });
    expect(tooLong.status).toBe(400);
    expect(service.logLines.join('\n')).not.toContain('blauwe plekken');
  });

  it("answers a manager's bad contact and signal with every problem in Dutch, by field, and saves nothing", async () => {
    const team = `/api/tab/teams/${encodeURIComponent('19:problems@thread.tacv2')}`;
    const put = await call(
      `/api/admin/teams/${encodeURIComponent('19:problems@thread.tacv2')}/managers/${USERS.manager.oid}`,
      {
        method: 'PUT',
        token: as(USERS.admin),
        body: {},
      },
    );
    expect(put.status).toBe(200);
    const change = (change: unknown) =>
      call(`${team}/checklist/changes`, {
        method: 'POST',
        token: as(USERS.manager),
        body: { expectedVersion: 0, change },
      });
    const contacts = await change({
      kind: 'contacts',
      aandachtsfunctionaris: { name: 'Anouk', phone: 'bel me maar', userPrincipalName: 'anouk' },
      manager: { name: '' },
    });
    expect(contacts.status).toBe(400);
    const error = (await json(contacts)).error as {
      message: string;
      problems: { field: string; message: string }[];
    };
    expect(error.message).toMatch(/velden kloppen nog niet/);
    expect(error.problems).toEqual([
      {
        field: 'change.aandachtsfunctionaris.userPrincipalName',
        message: expect.stringMatching(/e-mailadres/),
      },
      {
        field: 'change.aandachtsfunctionaris.phone',
        message: expect.stringMatching(/^Vul een telefoonnummer in/),
      },
      { field: 'change.manager.name', message: expect.stringMatching(/^Vul een naam in/) },
    ]);
    const added = await change({ kind: 'add', category: '', text: ' ', action: 'Bespreek het' });
    expect(((await json(added)).error as { problems: unknown[] }).problems).toEqual([
      { field: 'change.category', message: 'Kies een soort geweld.' },
      { field: 'change.text', message: expect.stringMatching(/^Beschrijf wat je ziet of hoort/) },
    ]);
    const view = (await json(await call(`${team}/checklist`, { token: as(USERS.manager) }))) as {
      version: number;
    };
    expect(view.version).toBe(0);
  });

  it('runs the self-check for admins only, each part with its own verdict', async () => {
    expect((await call('/api/admin/selfcheck', { token: as(USERS.employee) })).status).toBe(403);
    const res = await call('/api/admin/selfcheck', { token: as(USERS.admin) });
    expect(res.status).toBe(200);
    const report = (await res.json()) as { checks: { id: string; status: string; fix?: string }[] };
    const byId = new Map(report.checks.map((c) => [c.id, c]));
    expect([...byId.keys()]).toEqual([
      'config',
      'bot-token',
      'database',
      'outbox',
      'installations',
      'language-model',
      'manifest',
      'job:housekeeping',
      'job:retention',
      'job:training',
      'job:announcements',
      'job:announcement-reminders',
    ]);
    expect(byId.get('database')?.status).toBe('ok');
    // This service runs in local mode: no bot, so the bot's parts warn and say how to fix it.
    expect(byId.get('bot-token')).toMatchObject({
      status: 'warning',
      fix: expect.stringContaining('BOT_ID'),
    });
    expect(byId.get('config')?.status).toBe('warning');
  });

  it("exports and erases a person's data for admins only, and audits both", async () => {
    const person = `/api/admin/people/${USERS.manager.oid}`;
    expect((await call(`${person}/export`, { token: as(USERS.employee) })).status).toBe(403);
    expect((await call(person, { method: 'DELETE', token: as(USERS.manager) })).status).toBe(403);
    expect((await call('/api/admin/people/not%20an%20id/export', { token: as(USERS.admin) })).status).toBe(
      400,
    );
    const exported = await json(await call(`${person}/export`, { token: as(USERS.admin) }));
    const tables = exported.tables as Record<string, unknown[]>;
    // Earlier tests made this person a manager and a contact: their rows are there.
    expect(tables.team_roles.length).toBeGreaterThan(0);
    const erased = await json(await call(person, { method: 'DELETE', token: as(USERS.admin) }));
    expect(erased).toMatchObject({ aadObjectId: USERS.manager.oid, deleted: expect.any(Object) });
    const after = (await json(await call(`${person}/export`, { token: as(USERS.admin) }))).tables as Record<
      string,
      { action?: string; actor_id?: string }[]
    >;
    expect(after.team_roles).toEqual([]);
    expect(after.admin_audit.map((a) => [a.action, a.actor_id])).toEqual([
      ['person-exported', USERS.admin.oid],
      ['person-erased', USERS.admin.oid],
    ]);
  });

  it('logs ids and event names, never the content managers typed', () => {
    const logs = service.logLines.join('\n');
    expect(logs).toContain('"event":"checklist-changed"');
    expect(logs).not.toContain('Maak een foto');
    expect(logs).not.toContain('013 123 4567');
    expect(logs).not.toMatch(/eyJ[A-Za-z0-9_-]{20,}/);
  });

  it('describes every tab and admin route in /api/openapi.json', async () => {
    const res = await fetch(`${service.url}/api/openapi.json`);
    expect(res.status).toBe(200);
    const doc = (await res.json()) as { openapi: string; paths: Record<string, Record<string, unknown>> };
    expect(doc.openapi).toMatch(/^3\./);
    const listed = Object.entries(doc.paths).flatMap(([p, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`),
    );
    // The announcement and editorial routes have their own tests (test/announcements/api-*.test.ts,
    // test/tab/editorial-api.test.ts).
    const own = listed.filter(
      (route) => !route.includes('/api/admin/announcements') && !route.includes('/api/admin/editorial'),
    );
    expect(own.sort()).toEqual(
      [
        'GET /api/tab/me',
        'GET /api/tab/checklist',
        'POST /api/tab/checklist/search',
        'GET /api/tab/teams/{teamId}/checklist',
        'POST /api/tab/teams/{teamId}/checklist/search',
        'POST /api/tab/teams/{teamId}/checklist/changes',
        'POST /api/tab/teams/{teamId}/checklist/rollback',
        'GET /api/tab/teams/{teamId}/checklist/versions',
        'GET /api/tab/teams/{teamId}/training',
        'POST /api/tab/teams/{teamId}/training/claims/{aadObjectId}/{courseId}',
        'GET /api/tab/me/training',
        'GET /api/admin/settings',
        'PUT /api/admin/settings/aandachtsfunctionaris',
        'GET /api/admin/teams',
        'GET /api/admin/teams/{teamId}/members',
        'GET /api/admin/teams/{teamId}/managers',
        'PUT /api/admin/teams/{teamId}/managers/{aadObjectId}',
        'DELETE /api/admin/teams/{teamId}/managers/{aadObjectId}',
        'GET /api/admin/selfcheck',
        'GET /api/admin/people/{aadObjectId}/export',
        'DELETE /api/admin/people/{aadObjectId}',
        'POST /api/admin/training/import',
        'GET /api/admin/training/courses',
        'PUT /api/admin/training/courses/{courseId}',
        'DELETE /api/admin/training/courses/{courseId}',
        'POST /api/admin/reminders/run',
        'GET /api/admin/training/claims',
        'POST /api/admin/training/claims/{aadObjectId}/{courseId}',
      ].sort(),
    );
    // Each listed route answers 401 without a token (it exists and is protected), none 404.
    for (const entry of listed) {
      const [method, p] = entry.split(' ');
      const url = p
        .replace('{teamId}', encodeURIComponent(TEAM))
        .replace('{aadObjectId}', USERS.manager.oid)
        .replace('{courseId}', 'veilig-achter-de-voordeur');
      const r = await call(url, { method, body: method === 'GET' ? undefined : {} });
      expect([entry, r.status]).toEqual([entry, 401]);
    }
  });
});

describe('tab API without Entra settings', () => {
  it('refuses every token: there is no bypass', async () => {
    const entra = await new EntraStandIn().start();
    const service = await startTestService({ AUTH_JWKS_URI: `${entra.issuer.url}/keys` });
    try {
      const res = await fetch(`${service.url}/api/tab/me`, {
        headers: { authorization: `Bearer ${entra.token(USERS.admin)}` },
      });
      expect(res.status).toBe(401);
      expect(service.logLines.join('\n')).toContain('tab-auth-not-configured');
    } finally {
      await service.stop();
      await entra.stop();
    }
  });
});
