import { cardTexts, message } from '../support/activities';
import { ConnectorStandIn } from '../support/connector-stand-in';
import { createPostgresDatabase } from '../support/databases';
import { startTestService, type TestService } from '../support/service';

describe('when the database goes away', () => {
  let connector: ConnectorStandIn;
  let service: TestService;
  let database: Awaited<ReturnType<typeof createPostgresDatabase>>;

  beforeAll(async () => {
    connector = await new ConnectorStandIn().start();
    database = await createPostgresDatabase();
    service = await startTestService({ DATABASE_URL: database.url });
  });
  afterAll(async () => {
    await service?.stop();
    await connector?.stop();
    await database?.drop();
  });

  it('is ready while PostgreSQL answers', async () => {
    expect((await fetch(`${service.url}/readyz`)).status).toBe(200);
    const response = await service.post(message('hulp', { serviceUrl: connector.url }));
    expect(response.status).toBe(200);
  });

  it('reports not ready, and a turn gets a kind apology with an id that the log carries', async () => {
    await database.drop();
    const ready = await fetch(`${service.url}/readyz`);
    expect(ready.status).toBe(503);

    const before = connector.messages().length;
    const response = await service.post(message('hulp', { serviceUrl: connector.url }));
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
});
