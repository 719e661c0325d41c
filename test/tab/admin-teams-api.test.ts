import { botInstalled, message } from '../support/activities';
import { ConnectorStandIn } from '../support/connector-stand-in';
import { answerChecker } from '../support/openapi-check';
import { startTestService, type TestService } from '../support/service';
import { EntraStandIn, USERS } from '../support/teams-host/entra-stand-in';
import { KEES, NOOR, TEAMS, seedTeams } from './beheer-fixture';

describe('the admin API of teams (which teams Voordeur knows, and who is in them) and its form refusals', () => {
  let entra: EntraStandIn;
  let connector: ConnectorStandIn;
  let service: TestService;
  let checkAnswer: ReturnType<typeof answerChecker>;

  beforeAll(async () => {
    connector = await new ConnectorStandIn().start();
    entra = await new EntraStandIn().start();
    service = await startTestService(entra.serviceEnv());
    await seedTeams(service.dataDir);
    checkAnswer = answerChecker(await (await fetch(`${service.url}/api/openapi.json`)).json());
  });
  afterAll(async () => {
    await service?.stop();
    await entra?.stop();
    await connector?.stop();
  });

  /** Every answer must be one /api/openapi.json describes. */
  const call = async (path: string, token?: string, init: { method?: string; body?: unknown } = {}) => {
    const method = init.method ?? 'GET';
    const res = await fetch(`${service.url}${path}`, {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
    const text = await res.clone().text();
    expect(checkAnswer(method, path, res.status, text ? JSON.parse(text) : undefined)).toEqual([]);
    return res;
  };
  const membersPath = `/api/admin/teams/${encodeURIComponent(TEAMS.north.id)}/members`;

  it('refuses without a token (401) and to a non-admin (403)', async () => {
    for (const path of ['/api/admin/teams', membersPath]) {
      const anonymous = await call(path);
      expect([path, anonymous.status, anonymous.headers.get('www-authenticate')]).toEqual([
        path,
        401,
        'Bearer',
      ]);
      const employee = await call(path, entra.token(USERS.employee));
      expect([path, employee.status]).toEqual([path, 403]);
      expect(await employee.json()).toMatchObject({ error: { code: 'forbidden' } });
    }
  });

  it('lists the teams by name with their counts, a team known only from its roster last', async () => {
    const res = await call('/api/admin/teams', entra.token(USERS.admin));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      teams: [
        {
          teamId: TEAMS.south.id,
          name: TEAMS.south.name,
          members: 0,
          managers: 0,
          installed: true,
          gone: false,
        },
        {
          teamId: TEAMS.north.id,
          name: TEAMS.north.name,
          members: 3,
          managers: 0,
          installed: true,
          gone: false,
        },
        { teamId: TEAMS.rosterOnly.id, members: 1, managers: 0, installed: false, gone: false },
      ],
    });
  });

  it('learns a team’s name from the install event, keeps it through messages, and takes a new one', async () => {
    const teamId = '19:installed-here@thread.tacv2';
    const o = {
      serviceUrl: connector.url,
      conversationId: teamId,
      conversationType: 'channel' as const,
      teamId,
    };
    const named = (activity: ReturnType<typeof botInstalled>, name: string) => ({
      ...activity,
      channelData: { ...activity.channelData, team: { id: teamId, name } },
    });
    const post = async (activity: unknown) => expect((await service.post(activity)).status).toBe(200);
    const nameOf = async () => {
      const { teams } = (await (await call('/api/admin/teams', entra.token(USERS.admin))).json()) as {
        teams: { teamId: string; name?: string; installed: boolean }[];
      };
      return teams.find((t) => t.teamId === teamId);
    };
    await post(named(botInstalled(o), 'Woonconsulenten West'));
    expect(await nameOf()).toMatchObject({ name: 'Woonconsulenten West', installed: true });
    // Teams names the team in conversation updates only: a message in another channel keeps the name.
    await post(message('hallo', { ...o, conversationId: '19:werkbon@thread.tacv2' }));
    expect((await nameOf())?.name).toBe('Woonconsulenten West');
    // A rename arrives as a conversation update with the new name.
    await post({ ...named(botInstalled(o), 'Woonconsulenten Oost'), membersAdded: undefined });
    expect((await nameOf())?.name).toBe('Woonconsulenten Oost');
  });

  it("lists a team's members by name, and counts a manager an admin assigns", async () => {
    const admin = entra.token(USERS.admin);
    const res = await call(membersPath, admin);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      members: [
        {
          aadObjectId: USERS.employee.oid,
          displayName: USERS.employee.name,
          userPrincipalName: USERS.employee.upn,
        },
        { aadObjectId: KEES.oid, displayName: KEES.name, userPrincipalName: KEES.upn },
        { aadObjectId: NOOR.oid, displayName: NOOR.name, userPrincipalName: NOOR.upn },
      ],
    });
    const put = await call(
      `/api/admin/teams/${encodeURIComponent(TEAMS.north.id)}/managers/${NOOR.oid}`,
      admin,
      { method: 'PUT', body: { displayName: NOOR.name } },
    );
    expect(put.status).toBe(200);
    const teams = (await (await call('/api/admin/teams', admin)).json()) as {
      teams: { teamId: string; managers: number }[];
    };
    expect(teams.teams.find((t) => t.teamId === TEAMS.north.id)?.managers).toBe(1);
    expect((await call('/api/admin/teams/not%20a%20team/members', admin)).status).toBe(400);
  });

  it('names every field problem of a refused form by its path, beside the message', async () => {
    const res = await call('/api/admin/settings/aandachtsfunctionaris', entra.token(USERS.admin), {
      method: 'PUT',
      body: { contact: { name: '', phone: 'bel me', userPrincipalName: 'geen adres' } },
    });
    expect(res.status).toBe(400);
    const { error } = (await res.json()) as { error: { problems: { field: string }[] } };
    expect(error.problems.map((p) => p.field).sort()).toEqual([
      'contact.name',
      'contact.phone',
      'contact.userPrincipalName',
    ]);
  });

  it("lists a new course's id problem together with its fields' problems", async () => {
    const res = await call('/api/admin/training/courses/Niet%20Goed', entra.token(USERS.admin), {
      method: 'PUT',
      body: { name: { nl: '', en: 'Fire safety' }, validityMonths: 'twaalf', appliesTo: { kind: 'all' } },
    });
    expect(res.status).toBe(400);
    const { error } = (await res.json()) as { error: { problems: { field: string }[] } };
    expect(error.problems.map((p) => p.field).sort()).toEqual(['courseId', 'name.nl', 'validityMonths']);
    const courses = (await (await call('/api/admin/training/courses', entra.token(USERS.admin))).json()) as {
      courses: { id: string }[];
    };
    expect(courses.courses.map((c) => c.id)).not.toContain('Niet Goed');
  });
});
