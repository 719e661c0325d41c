import { cardExecute, cardTexts, message } from '../support/activities';
import { ConnectorStandIn } from '../support/connector-stand-in';
import { createPostgresDatabase } from '../support/databases';
import { startTestService, type TestService } from '../support/service';
import { EntraStandIn, USERS } from '../support/teams-host/entra-stand-in';

const TEAM = '19:vakmannen-noord@thread.tacv2';

describe('when the database goes away', () => {
  let connector: ConnectorStandIn;
  let entra: EntraStandIn;
  let service: TestService;
  let database: Awaited<ReturnType<typeof createPostgresDatabase>>;
  /** Log lines from the moment the database went away. */
  let outageFrom = 0;

  beforeAll(async () => {
    connector = await new ConnectorStandIn().start();
    entra = await new EntraStandIn().start();
    database = await createPostgresDatabase();
    service = await startTestService({ DATABASE_URL: database.url, ...entra.serviceEnv() });
  });
  afterAll(async () => {
    await service?.stop();
    await entra?.stop();
    await connector?.stop();
    await database?.drop();
  });

  const api = (path: string) =>
    fetch(`${service.url}${path}`, { headers: { authorization: `Bearer ${entra.token(USERS.admin)}` } });
  const API_PATHS = [`/api/tab/teams/${encodeURIComponent(TEAM)}/checklist`, '/api/admin/settings'];
  const outageLines = () =>
    service.logLines.slice(outageFrom).map((l) => JSON.parse(l) as Record<string, unknown>);

  it('is ready while PostgreSQL answers', async () => {
    expect((await fetch(`${service.url}/readyz`)).status).toBe(200);
    const response = await service.post(message('hulp', { serviceUrl: connector.url }));
    expect(response.status).toBe(200);
    for (const path of API_PATHS) expect([path, (await api(path)).status]).toEqual([path, 200]);
  });

  it('reports not ready, and still answers a meldcode question from memory, 112 first', async () => {
    outageFrom = service.logLines.length;
    await database.drop();
    const ready = await fetch(`${service.url}/readyz`);
    expect(ready.status).toBe(503);

    const before = connector.messages().length;
    const text = 'de buurman slaat zijn vrouw, ik hoor haar gillen';
    expect((await service.post(message(text, { serviceUrl: connector.url }))).status).toBe(200);
    expect(cardTexts(connector.messages()[before])[0]).toBe('Direct gevaar? Bel 112.');
  });

  it('gives a turn that needs stored data a kind apology with an id that the log carries', async () => {
    const before = connector.messages().length;
    const response = await service.post(message('ik zie iets', { serviceUrl: connector.url }));
    expect(response.status).toBe(200);
    const apology = connector.messages()[before];
    const texts = cardTexts(apology);
    expect(texts).toContain('Sorry, er ging iets mis');
    const errorId = texts.find((t) => t.startsWith('Foutcode: '))?.slice('Foutcode: '.length);
    expect(errorId).toMatch(/^[0-9a-f-]{36}$/);
    const failed = service.logLines.map((l) => JSON.parse(l)).find((l) => l.event === 'turn-failed');
    expect(failed).toMatchObject({ errorId, level: 'error' });
    expect((await fetch(`${service.url}/healthz`)).status).toBe(200);
  });

  it('answers the tab and admin APIs with 503 and Retry-After, not 500', async () => {
    for (const path of API_PATHS) {
      const response = await api(path);
      expect([path, response.status]).toEqual([path, 503]);
      expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(await response.json()).toMatchObject({ error: { code: 'unavailable' } });
    }
  });

  it('answers a card press with the apology as its invoke response, not a bare 501', async () => {
    const response = await service.post(
      cardExecute('see-something.start', {}, { serviceUrl: connector.url, conversationId: 'a:press' }),
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      statusCode: 200,
      type: 'application/vnd.microsoft.activity.message',
      value: expect.stringMatching(/^Sorry, er ging iets mis\. Foutcode: [0-9a-f-]{36}$/),
    });
  });

  it('logs the outage once, not once per message or request, and every apology names that line', async () => {
    const before = connector.messages().length;
    for (let i = 0; i < 10; i++) {
      expect((await service.post(message('ik zie iets', { serviceUrl: connector.url }))).status).toBe(200);
      expect((await api(API_PATHS[i % 2])).status).toBe(503);
    }
    // One line for the turns and API requests together, and at most one of the delivery loop's own.
    const errors = outageLines().filter((l) => l.level === 'error' && l.event !== 'delivery-loop-error');
    expect(errors.map((l) => l.event)).toEqual(['turn-failed']);
    expect(outageLines().filter((l) => l.event === 'delivery-loop-error').length).toBeLessThanOrEqual(1);
    const codes = connector
      .messages()
      .slice(before)
      .map((m) => cardTexts(m).find((t) => t.startsWith('Foutcode: ')));
    expect(codes).toHaveLength(10);
    expect(new Set(codes)).toEqual(new Set([`Foutcode: ${String(errors[0]?.errorId)}`]));
  });
});
