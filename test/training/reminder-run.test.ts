import { TrainingApiHarness, USERS } from './training-api-harness';

const RUN = '/api/admin/reminders/run';
const AT = '2025-03-12T09:00:00.000Z';
const messageOf = (body: Record<string, unknown>) => (body.error as { message: string }).message;

describe('POST /api/admin/reminders/run refusals', () => {
  const api = new TrainingApiHarness();
  beforeAll(() => api.start());
  afterAll(() => api.stop());

  it('refuses no token (401) and a non-admin (403) before it reads the body', async () => {
    for (const body of [{ at: AT }, { at: 'gisteren' }]) {
      expect((await api.call('POST', RUN, { token: null, body })).status).toBe(401);
      expect((await api.call('POST', RUN, { token: api.token(USERS.manager), body })).status).toBe(403);
    }
  });

  it('lists every problem of a bad body (400)', async () => {
    const bad = await api.call('POST', RUN, { body: { at: '12-03-2025 10:00', dryRun: 'yes', force: true } });
    expect(bad.status).toBe(400);
    expect(messageOf(bad.body)).toMatch(/^at: .+; dryRun: .+; body: .*'force'/);
    const notJson = await api.call('POST', RUN, { body: [AT] });
    expect(notJson.status).toBe(400);
  });

  it('looks ahead only in a dry run: a run that sends cannot be in the future', async () => {
    const tomorrow = new Date(Date.now() + 24 * 60 * 60 * 1000).toISOString();
    const ahead = await api.call('POST', RUN, { body: { at: tomorrow } });
    expect([ahead.status, messageOf(ahead.body)]).toEqual([400, expect.stringMatching(/dryRun/)]);
    const dry = await api.call('POST', RUN, { body: { at: tomorrow, dryRun: true } });
    expect(dry.body).toMatchObject({ at: tomorrow, dryRun: true, enqueued: 0 });
    // Without a body: now, and for real.
    const now = await api.call('POST', RUN);
    expect([now.status, now.body.dryRun]).toEqual([200, false]);
  });
});
