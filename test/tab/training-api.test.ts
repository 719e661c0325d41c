import type { MyTraining, TeamTraining } from '../../src/contracts';
import { answerChecker } from '../support/openapi-check';
import { startTestService, type TestService } from '../support/service';
import { EntraStandIn, USERS, type TestUser } from '../support/teams-host/entra-stand-in';
import { ELEARNING, OLGA, PIET, VADV, XANDER, seedTeamTraining } from './training-fixture';

const TEAM = '19:training-api@thread.tacv2';
const OTHER_TEAM = '19:ander-team@thread.tacv2';
const training = `/api/tab/teams/${encodeURIComponent(TEAM)}/training`;
const claim = (oid: string, course: string, team = TEAM) =>
  `/api/tab/teams/${encodeURIComponent(team)}/training/claims/${oid}/${course}`;

describe('the tab training API', () => {
  let entra: EntraStandIn;
  let service: TestService;
  let checkAnswer: ReturnType<typeof answerChecker>;

  beforeAll(async () => {
    entra = await new EntraStandIn().start();
    service = await startTestService(entra.serviceEnv());
    await seedTeamTraining(service.dataDir, TEAM);
    checkAnswer = answerChecker(await (await fetch(`${service.url}/api/openapi.json`)).json());
  });
  afterAll(async () => {
    await service?.stop();
    await entra?.stop();
  });

  /** Calls the API; every answer must be one /api/openapi.json describes. */
  const call = async (path: string, init: { token?: string; body?: unknown; method?: string } = {}) => {
    const method = init.method ?? (init.body === undefined ? 'GET' : 'POST');
    const res = await fetch(`${service.url}${path}`, {
      method,
      headers: {
        ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
        ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
    const text = await res.clone().text();
    expect(checkAnswer(method, path, res.status, text ? JSON.parse(text) : undefined)).toEqual([]);
    return res;
  };
  const as = (user: TestUser) => entra.token(user);
  const decide = (user: TestUser, path: string, decision: unknown = 'confirmed') =>
    call(path, { token: as(user), body: { decision } });
  const errorOf = async (res: Response) => ((await res.json()) as { error: { code: string } }).error.code;
  const member = (view: TeamTraining, oid: string) => view.members.find((m) => m.aadObjectId === oid);

  it('refuses every training route without a valid token (401)', async () => {
    for (const token of [undefined, 'not-a-jwt', entra.forged(USERS.manager)]) {
      expect((await call(training, { token })).status).toBe(401);
      expect((await call('/api/tab/me/training', { token })).status).toBe(401);
      const post = await call(claim(USERS.employee.oid, VADV), { token, body: { decision: 'confirmed' } });
      expect(post.status).toBe(401);
      expect(await errorOf(post)).toBe('unauthenticated');
    }
  });

  it("shows the team's managers the status with names, counts per course and what to act on", async () => {
    const res = await call(training, { token: as(USERS.manager) });
    expect(res.status).toBe(200);
    const view = (await res.json()) as TeamTraining;
    expect(view.courses.map((c) => [c.courseId, c.counts])).toEqual([
      [VADV, { overdue: 1, never: 2, 'due-soon': 0, done: 1 }],
      [ELEARNING, { overdue: 0, never: 2, 'due-soon': 1, done: 1 }],
    ]);
    expect(view.courses[0].name.nl).toBe('Veilig achter de voordeur');
    expect(view.counts).toEqual({ overdue: 1, never: 4, 'due-soon': 1, done: 2 });
    // Most urgent first: Piet (overdue), then the never-done by name.
    expect(view.members.map((m) => m.displayName)).toEqual([
      PIET.name,
      USERS.employee.name,
      USERS.manager.name,
      OLGA.name,
    ]);
    expect(member(view, XANDER.oid)).toBeUndefined();
    expect(member(view, PIET.oid)?.courses[0]).toMatchObject({ status: 'overdue', escalated: true });
    expect(member(view, USERS.employee.oid)?.courses).toEqual([
      expect.objectContaining({ courseId: VADV, status: 'never', claimedAt: expect.any(String) }),
      expect.objectContaining({ courseId: ELEARNING, status: 'due-soon', dueOn: expect.any(String) }),
    ]);
    expect(view.members.filter((m) => m.isCaller).map((m) => m.aadObjectId)).toEqual([USERS.manager.oid]);

    const admin = await call(training, { token: as(USERS.admin) });
    expect(admin.status).toBe(200);
    expect(((await admin.json()) as TeamTraining).members).toHaveLength(4);
  });

  it('refuses the team view to members and to managers of another team (403)', async () => {
    const employee = await call(training, { token: as(USERS.employee) });
    expect(employee.status).toBe(403);
    expect(await errorOf(employee)).toBe('forbidden');
    const elsewhere = await call(`/api/tab/teams/${encodeURIComponent(OTHER_TEAM)}/training`, {
      token: as(USERS.manager),
    });
    expect(elsewhere.status).toBe(403);
    expect((await decide(USERS.employee, claim(USERS.employee.oid, VADV))).status).toBe(403);
    expect((await decide(USERS.manager, claim(USERS.employee.oid, VADV, OTHER_TEAM))).status).toBe(403);
  });

  it('gives everyone their own courses only', async () => {
    const res = await call('/api/tab/me/training', { token: as(USERS.employee) });
    expect(res.status).toBe(200);
    const mine = (await res.json()) as MyTraining;
    expect(mine.courses.map((c) => [c.courseId, c.status, c.name.nl])).toEqual([
      [VADV, 'never', 'Veilig achter de voordeur'],
      [ELEARNING, 'due-soon', 'E-learning meldcode: opfrissen'],
    ]);
    const text = JSON.stringify(mine);
    for (const other of [PIET, OLGA, USERS.manager]) {
      expect(text).not.toContain(other.oid);
      expect(text).not.toContain(other.name);
    }
  });

  it('refuses malformed decisions (400) and claims it cannot decide (404, 403)', async () => {
    const bad = await decide(USERS.manager, claim(USERS.employee.oid, VADV), 'ja');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { message: string } }).error.message).toMatch(/decision/);
    expect((await decide(USERS.manager, claim(USERS.employee.oid, 'Geen Cursus'))).status).toBe(400);
    const extra = await call(claim(USERS.employee.oid, VADV), {
      token: as(USERS.manager),
      body: { decision: 'confirmed', completedOn: '2020-01-01' },
    });
    expect(extra.status).toBe(400);

    const notMember = await decide(USERS.admin, claim(XANDER.oid, VADV));
    expect(notMember.status).toBe(404);
    expect((await decide(USERS.manager, claim(USERS.employee.oid, 'bestaat-niet'))).status).toBe(404);
    expect((await decide(USERS.manager, claim(OLGA.oid, VADV))).status).toBe(404);
    const own = await decide(USERS.manager, claim(USERS.manager.oid, ELEARNING));
    expect(own.status).toBe(403);

    // Nothing was decided by the refusals.
    const view = (await (await call(training, { token: as(USERS.admin) })).json()) as TeamTraining;
    expect(member(view, USERS.employee.oid)?.courses[0].claimedAt).toBeDefined();
    expect(member(view, USERS.manager.oid)?.courses[1].claimedAt).toBeDefined();
  });

  it('lets a manager confirm a claim: the course is done from the day of the claim; twice is 409', async () => {
    const res = await decide(USERS.manager, claim(USERS.employee.oid, VADV));
    expect(res.status).toBe(200);
    const view = (await res.json()) as TeamTraining;
    const eva = member(view, USERS.employee.oid)!;
    expect(eva.courses[0]).toEqual({
      courseId: VADV,
      status: 'done',
      completedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      dueOn: expect.any(String),
      escalated: false,
    });
    expect(view.courses[0].counts).toEqual({ overdue: 1, never: 1, 'due-soon': 0, done: 2 });

    const again = await decide(USERS.manager, claim(USERS.employee.oid, VADV), 'rejected');
    expect(again.status).toBe(409);
    expect(await errorOf(again)).toBe('conflict');

    // An admin decides a manager's own claim.
    const rejected = await decide(USERS.admin, claim(USERS.manager.oid, ELEARNING), 'rejected');
    expect(rejected.status).toBe(200);
    const mila = member((await rejected.json()) as TeamTraining, USERS.manager.oid)!;
    expect(mila.courses[1]).toEqual({ courseId: ELEARNING, status: 'never', escalated: false });
  });

  it('logs ids and the decision, never names', () => {
    const logs = service.logLines.join('\n');
    expect(logs).toContain('"event":"training-claim-decided"');
    for (const name of [USERS.employee.name, PIET.name, OLGA.name]) expect(logs).not.toContain(name);
  });
});
