import { startTestService, type TestService } from '../support/service';

const TOKEN = 'a-long-random-metrics-token-0123456789';
const BOT_ID = '0b7e4d21-3c5a-4f8e-a1b2-c3d4e5f60718';

/** `/metrics` is never open to the internet by accident: open in local mode only, else a token or its own port. */
describe('who may read /metrics', () => {
  const services: TestService[] = [];
  const start = async (env: Record<string, string>) => {
    const service = await startTestService(env);
    services.push(service);
    return service;
  };
  afterAll(() => Promise.all(services.map((s) => s.stop())));

  it('is open in local mode, which listens on loopback only', async () => {
    const service = await start({});
    expect((await fetch(`${service.url}/metrics`)).status).toBe(200);
  });

  it('is not served on the main port of a production instance without a token or a port of its own', async () => {
    const service = await start({ BOT_ID, SECRET_BOT_PASSWORD: 'p', HOST: '127.0.0.1' });
    expect((await fetch(`${service.url}/metrics`)).status).toBe(404);
    expect(service.logLines.join('\n')).toContain('"event":"metrics-off"');
  });

  it('asks for the bearer token when METRICS_TOKEN is set', async () => {
    const service = await start({
      BOT_ID,
      SECRET_BOT_PASSWORD: 'p',
      HOST: '127.0.0.1',
      METRICS_TOKEN: TOKEN,
    });
    const read = (authorization?: string) =>
      fetch(`${service.url}/metrics`, { headers: authorization ? { authorization } : {} });
    expect((await read()).status).toBe(401);
    expect((await read(`Bearer ${TOKEN}x`)).status).toBe(401);
    expect((await read(`Basic ${TOKEN}`)).status).toBe(401);
    const ok = await read(`Bearer ${TOKEN}`);
    expect(ok.status).toBe(200);
    expect(await ok.text()).toContain('voordeur_process_resident_memory_bytes');
  });

  it('moves to a listener of its own with METRICS_PORT, and leaves the main port', async () => {
    const service = await start({ METRICS_PORT: '0' });
    expect(service.metricsUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/metrics$/);
    expect((await fetch(`${service.url}/metrics`)).status).toBe(404);
    const own = await fetch(service.metricsUrl!);
    expect(own.status).toBe(200);
    expect(own.headers.get('content-type')).toContain('text/plain');
    expect((await fetch(service.metricsUrl!.replace('/metrics', '/readyz'))).status).toBe(404);
  });
});
