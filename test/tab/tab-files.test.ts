import { readFileSync } from 'node:fs';
import { startTestService, type TestService } from '../support/service';
import { TAB_INDEX, ensureTabBuilt } from '../support/teams-host/build-tab';

describe('the tab files under /tab/', () => {
  let service: TestService;
  beforeAll(async () => {
    ensureTabBuilt();
    service = await startTestService();
  });
  afterAll(() => service?.stop());

  it('answers every tab route with the built index.html', async () => {
    const index = readFileSync(TAB_INDEX, 'utf8');
    for (const route of [
      '/tab/personal',
      '/tab/team?profile=vakmannen',
      '/tab/config',
      '/tab/print?size=a6',
      '/tab/',
    ]) {
      const res = await fetch(`${service.url}${route}`);
      expect([route, res.status]).toEqual([route, 200]);
      expect(res.headers.get('content-type')).toContain('text/html');
      expect(await res.text()).toBe(index);
    }
  });

  it('serves hashed assets with a long cache, and nothing outside dist/tab', async () => {
    const script = /src="\/tab\/(assets\/[^"]+\.js)"/.exec(readFileSync(TAB_INDEX, 'utf8'))?.[1];
    expect(script).toBeDefined();
    const res = await fetch(`${service.url}/tab/${script}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('javascript');
    expect(res.headers.get('cache-control')).toContain('immutable');

    expect((await fetch(`${service.url}/tab/assets/missing.js`)).status).toBe(404);
    for (const attempt of ['/tab/%2e%2e/%2e%2e/package.json', '/tab/..%2f..%2fpackage.json']) {
      const r = await fetch(`${service.url}${attempt}`);
      expect(await r.text()).not.toContain('"devDependencies"');
    }
    // A malformed escape is refused (by restify's router or by the handler), never a 500.
    expect([400, 404]).toContain((await fetch(`${service.url}/tab/%E0%A4%A`)).status);
  });
});
