import { SEED_COURSES } from '../../src/training';
import { TrainingApiHarness, USERS } from './training-api-harness';

const COURSES = '/api/admin/training/courses';
const EHBO = {
  name: { nl: 'EHBO basis', en: 'First aid basics' },
  validityMonths: 24,
  appliesTo: { kind: 'profiles', profiles: ['vakmannen'] },
  enrolUrl: 'https://leren.lente.example/ehbo',
};
const PERSON = {
  aadObjectId: 'aad-dina',
  email: 'dina@lente.example',
  upn: 'dina@lente.example',
  displayName: 'Dina',
};
const errorOf = (body: Record<string, unknown>) => body.error as { code: string; message: string };

describe('the training catalogue and claims through the admin API', () => {
  const api = new TrainingApiHarness();
  beforeAll(async () => {
    await api.start();
    await api.seedPeople([PERSON]);
  });
  afterAll(() => api.stop());

  it('lists the catalogue for admins only', async () => {
    expect((await api.call('GET', COURSES, { token: null })).status).toBe(401);
    expect((await api.call('GET', COURSES, { token: api.token(USERS.employee) })).status).toBe(403);
    const list = await api.call('GET', COURSES);
    expect(list.status).toBe(200);
    expect(list.body.courses).toEqual(
      SEED_COURSES.map((c) => ({ ...c, validityMonths: c.validityMonths ?? null, enrolUrl: null })),
    );
  });

  it('creates a course last, replaces it in place, and refuses what is not a course with every problem', async () => {
    const created = await api.call('PUT', `${COURSES}/ehbo-basis`, { body: EHBO });
    expect(created).toEqual({ status: 200, body: { created: true, course: { id: 'ehbo-basis', ...EHBO } } });
    const once = { ...EHBO, validityMonths: null, enrolUrl: undefined };
    const replaced = await api.call('PUT', `${COURSES}/ehbo-basis`, { body: once });
    expect(replaced.body).toEqual({
      created: false,
      course: { id: 'ehbo-basis', ...EHBO, validityMonths: null, enrolUrl: null },
    });
    const ids = ((await api.call('GET', COURSES)).body.courses as { id: string }[]).map((c) => c.id);
    expect(ids).toEqual([...SEED_COURSES.map((c) => c.id), 'ehbo-basis']);

    const bad = await api.call('PUT', `${COURSES}/ehbo-basis`, {
      body: {
        name: { nl: '', en: 'First aid' },
        appliesTo: { kind: 'profiles', profiles: ['bakkers'] },
        enrolUrl: 'http://leren.lente.example/ehbo',
        colour: 'red',
      },
    });
    expect(bad.status).toBe(400);
    const message = errorOf(bad.body).message;
    for (const field of ['name.nl', 'validityMonths', 'appliesTo.profiles.0', 'enrolUrl', 'colour']) {
      expect(message).toContain(field);
    }
    expect((await api.call('PUT', `${COURSES}/EHBO%20Basis`, { body: EHBO })).status).toBe(400);
    expect(
      (await api.call('PUT', `${COURSES}/ehbo-basis`, { body: EHBO, token: api.token(USERS.manager) }))
        .status,
    ).toBe(403);
    expect(((await api.call('GET', COURSES)).body.courses as { id: string }[]).at(-1)).toMatchObject({
      validityMonths: null,
    });
  });

  it('deletes a course with its records and says so; an unknown course is 404', async () => {
    const csv = 'email,course,completed_on\ndina@lente.example,EHBO basis,01-03-2024\n';
    expect((await api.upload(csv)).body).toMatchObject({ imported: 1, errors: [] });
    expect(
      (await api.call('DELETE', `${COURSES}/ehbo-basis`, { token: api.token(USERS.employee) })).status,
    ).toBe(403);
    const removed = await api.call('DELETE', `${COURSES}/ehbo-basis`);
    expect(removed).toEqual({
      status: 200,
      body: { courseId: 'ehbo-basis', removed: { records: 1, reminders: 0, snoozes: 0, claims: 0 } },
    });
    expect(await api.records()).toEqual([]);
    const again = await api.call('DELETE', `${COURSES}/ehbo-basis`);
    expect([again.status, errorOf(again.body).code]).toEqual([404, 'not-found']);
  });

  it('lists open claims with the person’s name, and confirms or rejects each once', async () => {
    const claimedAt = new Date('2025-03-10T08:30:00.000Z');
    const { trainingReminders } = api.stores;
    await trainingReminders.openClaim({
      aadObjectId: PERSON.aadObjectId,
      courseId: 'veilig-achter-de-voordeur',
      claimedAt,
    });
    await trainingReminders.openClaim({
      aadObjectId: 'aad-unknown',
      courseId: 'meldcode-e-learning',
      claimedAt,
    });
    const claims = await api.call('GET', '/api/admin/training/claims');
    expect(claims.body.claims).toEqual([
      {
        aadObjectId: PERSON.aadObjectId,
        displayName: 'Dina',
        courseId: 'veilig-achter-de-voordeur',
        claimedAt: claimedAt.toISOString(),
      },
      { aadObjectId: 'aad-unknown', courseId: 'meldcode-e-learning', claimedAt: claimedAt.toISOString() },
    ]);
    expect(
      (await api.call('GET', '/api/admin/training/claims', { token: api.token(USERS.employee) })).status,
    ).toBe(403);

    const decide = (person: string, course: string, body: unknown) =>
      api.call('POST', `/api/admin/training/claims/${person}/${course}`, { body });
    const refusals = [
      await decide(PERSON.aadObjectId, 'veilig-achter-de-voordeur', {
        decision: 'rejected',
        completedOn: '2025-03-01',
      }),
      await decide(PERSON.aadObjectId, 'veilig-achter-de-voordeur', {
        decision: 'confirmed',
        completedOn: '2025-02-31',
      }),
      await decide(PERSON.aadObjectId, 'veilig-achter-de-voordeur', {
        decision: 'confirmed',
        completedOn: '2999-01-01',
      }),
      await decide(PERSON.aadObjectId, 'veilig-achter-de-voordeur', { decision: 'maybe' }),
    ];
    expect(refusals.map((r) => r.status)).toEqual([400, 400, 400, 400]);
    expect(errorOf(refusals[2]!.body).message).toMatch(/future/);

    const confirmed = await decide(PERSON.aadObjectId, 'veilig-achter-de-voordeur', {
      decision: 'confirmed',
      completedOn: '2025-03-01',
    });
    expect(confirmed).toEqual({
      status: 200,
      body: { aadObjectId: PERSON.aadObjectId, courseId: 'veilig-achter-de-voordeur', decision: 'confirmed' },
    });
    expect(await api.records()).toEqual([`${PERSON.aadObjectId} veilig-achter-de-voordeur 2025-03-01`]);
    const twice = await decide(PERSON.aadObjectId, 'veilig-achter-de-voordeur', { decision: 'rejected' });
    expect(twice.status).toBe(404);

    expect((await decide('aad-unknown', 'meldcode-e-learning', { decision: 'rejected' })).status).toBe(200);
    expect(await api.records()).toHaveLength(1);
    expect((await api.call('GET', '/api/admin/training/claims')).body.claims).toEqual([]);
    const decided = await api.stores.trainingReminders.getClaim('aad-unknown', 'meldcode-e-learning');
    expect(decided).toMatchObject({ status: 'rejected', decidedBy: USERS.admin.oid });
  });
});
