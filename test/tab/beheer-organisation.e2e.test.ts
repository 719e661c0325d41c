import { mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Browser, Frame } from 'playwright-core';
import { launchChromium } from '../support/chromium';
import { startTestService, type TestService } from '../support/service';
import { ensureTabBuilt } from '../support/teams-host/build-tab';
import { CLIENT_ID, EntraStandIn, TENANT_ID, USERS } from '../support/teams-host/entra-stand-in';
import type { HostOptions } from '../support/teams-host/host-page';
import axe from 'axe-core';
import { openTab, type OpenTab } from '../support/teams-host/open-tab';
import { NOOR, TEAMS, seedTeams } from './beheer-fixture';

const SHOTS = process.env.SHOTS_DIR ?? path.resolve(__dirname, '../../test-output/beheer');

jest.setTimeout(120_000);

/**
 * A language model provider that refuses every key: the self-check must report it as an error with its fix.
 * A real HTTP server, so the check goes through its own fetch.
 */
function refusingModelProvider(): Promise<Server> {
  const server = createServer((_req, res) => {
    res.writeHead(401, { 'content-type': 'application/json' });
    res.end('{"error":{"message":"invalid key"}}');
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/**
 * axe-core (WCAG 2.1 A and AA) in the tab's frame, leaving out Tabster's focus guards.
 * @remarks Fluent's TabList gets `<i tabindex="0" aria-hidden="true" data-tabster-dummy>` bumpers once focus has
 * been in it; they pass focus on the moment they get it and are hidden from screen readers on purpose. axe flags
 * them as aria-hidden-focus, a known false positive (microsoft/tabster#288, suppressed by Accessibility Insights).
 */
async function axeViolations(frame: Frame) {
  await frame.evaluate(axe.source);
  const result = await frame.evaluate(() =>
    (window as unknown as { axe: typeof axe }).axe.run(
      { exclude: [['[data-tabster-dummy]']] },
      { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } },
    ),
  );
  return result.violations.map((v) => ({
    id: v.id,
    nodes: v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`),
  }));
}

describe('Beheer: Organisatie and Controle in a simulated Teams host', () => {
  let entra: EntraStandIn;
  let provider: Server;
  let service: TestService;
  let browser: Browser;
  const open: OpenTab[] = [];

  beforeAll(async () => {
    ensureTabBuilt();
    mkdirSync(SHOTS, { recursive: true });
    entra = await new EntraStandIn().start();
    provider = await refusingModelProvider();
    service = await startTestService({
      ...entra.serviceEnv(),
      OPENAI_API_KEY: 'sk-test-refused',
      OPENAI_BASE_URL: `http://127.0.0.1:${(provider.address() as AddressInfo).port}/v1`,
    });
    await seedTeams(service.dataDir);
    browser = await launchChromium();
  });
  afterEach(async () => {
    await Promise.all(open.splice(0).map((o) => o.close()));
  });
  afterAll(async () => {
    await browser?.close();
    await service?.stop();
    await new Promise((resolve) => provider?.close(resolve));
    await entra?.stop();
  });

  const beheer = async (section: string, options: Partial<HostOptions> = {}, width = 1100) => {
    const opened = await openTab(
      browser,
      service.url,
      {
        tabPath: `/tab/beheer?sectie=${section}`,
        token: entra.token(USERS.admin, { aud: CLIENT_ID }),
        frameContext: 'content',
        user: { oid: USERS.admin.oid, upn: USERS.admin.upn, name: USERS.admin.name },
        tenantId: TENANT_ID,
        ...options,
      },
      { width, height: 900 },
    );
    open.push(opened);
    return opened;
  };
  const adminGet = async <T>(apiPath: string): Promise<T> =>
    (await (
      await fetch(`${service.url}${apiPath}`, {
        headers: { authorization: `Bearer ${entra.token(USERS.admin)}` },
      })
    ).json()) as T;
  /** The page as the admin sees it, or one part of it (scrolled into view inside the tab's frame). */
  const shot = (o: OpenTab, name: string, part?: string) =>
    part
      ? o.frame.locator(part).screenshot({ path: path.join(SHOTS, `${name}.png`) })
      : o.page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
  /** The text a field's input is described by: where Fluent puts the message beside the field. */
  const describedBy = (f: Frame, inputId: string) =>
    f.evaluate((id) => {
      const input = document.getElementById(id)!;
      return (input.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((ref) => document.getElementById(ref)?.textContent ?? '')
        .join(' ');
    }, inputId);
  const focusedId = (f: Frame) => f.evaluate(() => document.activeElement?.id);
  const organisationReady = (f: Frame) => f.waitForSelector('#org-contact-name');

  it("sets the organisation's aandachtsfunctionaris: a bad number is refused beside its field, nothing typed is lost", async () => {
    const o = await beheer('organisatie');
    const f = o.frame;
    await organisationReady(f);
    await f.fill('#org-contact-name', 'Olga Organisatie');
    await f.fill('#org-contact-userPrincipalName', 'olga@lente.example');
    await f.fill('#org-contact-phone', 'bel me maar');
    await f.click('[data-testid=org-contact] button[type=submit]');

    await f.waitForSelector('[data-testid=org-contact-outcome-error]:has-text("veld")');
    expect(await describedBy(f, 'org-contact-phone')).toContain('Vul een telefoonnummer in');
    expect(await focusedId(f)).toBe('org-contact-phone');
    expect(await f.inputValue('#org-contact-name')).toBe('Olga Organisatie');
    expect(await f.inputValue('#org-contact-phone')).toBe('bel me maar');
    // Only the phone is wrong: the other fields carry no message.
    expect(await describedBy(f, 'org-contact-name')).not.toContain('Vul');
    await shot(o, 'org-contact-refused');

    await f.fill('#org-contact-phone', '013 123 4567');
    await f.click('[data-testid=org-contact] button[type=submit]');
    await f.waitForSelector('[data-testid=org-contact-outcome-saved]:has-text("Opgeslagen.")');
    expect(await describedBy(f, 'org-contact-phone')).not.toContain('Vul een telefoonnummer in');
    const settings = await adminGet<{ orgAandachtsfunctionaris: unknown }>('/api/admin/settings');
    expect(settings.orgAandachtsfunctionaris).toEqual({
      name: 'Olga Organisatie',
      userPrincipalName: 'olga@lente.example',
      phone: '013 123 4567',
    });
  });

  it('adds a manager to a team picked by name, from its members by name', async () => {
    const o = await beheer('organisatie');
    const f = o.frame;
    await organisationReady(f);
    const options = await f.$$eval('#managers-teamId option', (els) => els.map((e) => e.textContent));
    // By name, a team known only from its roster last.
    expect(options).toEqual([
      'Kies een team',
      'Buurtbeheer Zuid · 0 leden',
      'Vakmannen Noord · 3 leden',
      expect.stringMatching(/^Team zonder naam \(19:zonder-naam/),
    ]);
    await f.selectOption('#managers-teamId', { label: 'Vakmannen Noord · 3 leden' });
    await f.waitForSelector('#managers-aadObjectId');
    expect(await f.textContent('[data-testid=team-managers]')).toContain('nog geen leidinggevende');
    await f.selectOption('#managers-aadObjectId', { label: `${NOOR.name} (${NOOR.upn})` });
    await f.click('#managers-add');
    await f.waitForSelector(`[data-testid=manager-outcome-saved]:has-text("${NOOR.name} is leidinggevende")`);
    expect(await f.textContent(`[data-manager="${NOOR.oid}"]`)).toContain('aangewezen door beheer');
    const managers = await adminGet<{ managers: { aadObjectId: string; displayName?: string }[] }>(
      `/api/admin/teams/${encodeURIComponent(TEAMS.north.id)}/managers`,
    );
    expect(managers.managers).toEqual([
      expect.objectContaining({ aadObjectId: NOOR.oid, displayName: NOOR.name }),
    ]);
    await shot(o, 'manager-added', '[data-testid=team-managers]');
    // A manager is not offered twice.
    expect(
      await f.$$eval('#managers-aadObjectId option', (els) => els.map((e) => e.textContent)),
    ).not.toContain(`${NOOR.name} (${NOOR.upn})`);
  });

  it('adds a course (a bad number of months is refused beside it), edits it, and deletes it after asking', async () => {
    const o = await beheer('organisatie');
    const f = o.frame;
    await f.waitForSelector('[data-course=veilig-achter-de-voordeur]');
    await f.click('[data-testid=course-catalogue] button:has-text("Nieuwe training")');
    await f.waitForSelector('[data-testid=course-form]');
    expect(await focusedId(f)).toBe('course-courseId');
    await f.fill('#course-courseId', 'brandveiligheid');
    await f.fill('#course-name-nl', 'Brandveiligheid');
    await f.fill('#course-name-en', 'Fire safety');
    await f.fill('#course-validityMonths', 'twaalf');
    await f.click('[data-testid=course-form] button[type=submit]');
    await f.waitForSelector('[data-testid=course-outcome-error]:has-text("veld")');
    expect(await describedBy(f, 'course-validityMonths')).toContain('heel aantal maanden');
    expect(await focusedId(f)).toBe('course-validityMonths');
    expect(await f.inputValue('#course-validityMonths')).toBe('twaalf');
    expect(await f.inputValue('#course-name-nl')).toBe('Brandveiligheid');
    await shot(o, 'course-refused', '[data-testid=course-form]');

    await f.fill('#course-validityMonths', '12');
    await f.click('[data-testid=course-form] button[type=submit]');
    await f.waitForSelector('[data-testid=course-outcome-saved]:has-text("Opgeslagen: Brandveiligheid.")');
    expect(await f.textContent('[data-course=brandveiligheid]')).toContain('elke 12 maanden opnieuw');
    await shot(o, 'course-saved', '[data-testid=course-catalogue]');

    await f.click('[data-course=brandveiligheid] button:has-text("Bewerken")');
    await f.waitForSelector('#course-form-title:has-text("Training bewerken: Brandveiligheid")');
    await f.fill('#course-name-nl', 'Brandveiligheid en ontruiming');
    await f.click('[data-testid=course-form] button[type=submit]');
    await f.waitForSelector('[data-testid=course-outcome-saved]:has-text("Brandveiligheid en ontruiming")');
    expect(await f.textContent('[data-course=brandveiligheid]')).toContain('Brandveiligheid en ontruiming');
    const courses = await adminGet<{
      courses: { id: string; name: { nl: string }; validityMonths: number }[];
    }>('/api/admin/training/courses');
    expect(courses.courses.find((c) => c.id === 'brandveiligheid')).toMatchObject({
      name: { nl: 'Brandveiligheid en ontruiming' },
      validityMonths: 12,
    });

    await f.click('[data-course=brandveiligheid] button:has-text("Verwijderen")');
    await f.waitForSelector('[data-testid=confirm-delete]:has-text("kan niet ongedaan")');
    await f.click('[data-testid=confirm-delete] button:has-text("Ja, verwijderen")');
    await f.waitForSelector('[data-testid=course-removal-saved]:has-text("0 registratie(s)")');
    expect(await f.locator('[data-course=brandveiligheid]').count()).toBe(0);
  });

  it('imports training records from a CSV: the dry run lists the lines and every bad one by number', async () => {
    const o = await beheer('organisatie');
    const f = o.frame;
    await f.waitForSelector('#import-file');
    const csv = [
      'email;course;completed_on',
      `${NOOR.upn};veilig-achter-de-voordeur;12-03-2025`,
      `${USERS.employee.upn};veilig-achter-de-voordeur;31-02-2025`,
      'niemand@lente.example;meldcode-e-learning;01-04-2025',
      '',
    ].join('\r\n');
    await f.setInputFiles('#import-file', {
      name: 'training.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    });
    await f.waitForSelector('[data-testid=import-preview]');
    const preview = (await f.textContent('[data-testid=import-preview]')) ?? '';
    expect(preview).toContain('1 nieuw, 0 bijgewerkt, 0 ongewijzigd');
    expect(preview).toContain('2 regels worden overgeslagen');
    expect(
      await f.$$eval('[data-testid=import-errors] li', (els) => els.map((e) => e.getAttribute('data-line'))),
    ).toEqual(['3', '4']);
    expect(await f.textContent('[data-testid=import-lines] tr[data-line="2"]')).toContain('wordt ingelezen');
    expect(await f.getAttribute('[data-testid=import-lines] tr[data-line="3"]', 'data-bad')).toBe('true');
    await shot(o, 'import-preview', '[data-testid=training-import]');

    await f.click('[data-testid=training-import] button:has-text("Nu inlezen")');
    // "1 nieuw" again: the dry run wrote nothing.
    await f.waitForSelector('[data-testid=import-outcome-saved]:has-text("Ingelezen: 1 nieuw")');
    expect(await f.textContent('[data-testid=import-outcome-saved]')).toContain('2 regel(s) overgeslagen');
  });

  it('shows the self-check as a list, errors first, each with its status and fix; checks again on request', async () => {
    const o = await beheer('controle');
    const f = o.frame;
    await f.waitForSelector('[data-testid=self-check-summary][data-status=error]');
    const items = await f.$$eval('[data-check]', (els) =>
      els.map((e) => ({
        id: e.getAttribute('data-check'),
        status: e.getAttribute('data-status'),
        badge: e.querySelector('[data-testid=check-status]')?.textContent,
        fix: e.querySelector('[data-testid=check-fix]')?.textContent ?? undefined,
      })),
    );
    const rank = { error: 0, warning: 1, ok: 2 } as Record<string, number>;
    expect(items.map((i) => rank[i.status!])).toEqual([...items.map((i) => rank[i.status!])].sort());
    expect(items[0]).toMatchObject({ id: 'language-model', status: 'error', badge: 'Fout' });
    expect(items[0].fix).toContain('Vernieuw de API-sleutel');
    // Without BOT_ID the service runs locally: a warning that says what to set.
    expect(items.find((i) => i.id === 'config')).toMatchObject({ status: 'warning', badge: 'Let op' });
    expect(items.find((i) => i.id === 'config')?.fix).toContain('BOT_ID');
    expect(items.find((i) => i.id === 'database')).toMatchObject({
      status: 'ok',
      badge: 'In orde',
      fix: undefined,
    });
    expect(await f.textContent('[data-testid=self-check-summary]')).toContain('Er is iets mis');
    await shot(o, 'self-check');

    const again = o.page.waitForResponse((r) => r.url().endsWith('/api/admin/selfcheck'));
    await f.click('button:has-text("Opnieuw controleren")');
    expect((await again).status()).toBe(200);
    await f.waitForSelector('[data-testid=self-check-summary][data-status=error]');
    expect(await f.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'self-check-summary',
    );
  });

  it('speaks English when Teams says so', async () => {
    const o = await beheer('organisatie', { locale: 'en-gb' });
    await organisationReady(o.frame);
    const text = (await o.frame.textContent('[data-section=organisatie]')) ?? '';
    for (const words of [
      "The organisation's aandachtsfunctionaris",
      'Managers per team',
      'Courses',
      'Import training records',
    ]) {
      expect(text).toContain(words);
    }
    const check = await beheer('controle', { locale: 'en-gb' });
    await check.frame.waitForSelector(
      '[data-check=language-model] [data-testid=check-status]:has-text("Error")',
    );
    expect(await check.frame.getAttribute('[data-check=language-model] p', 'lang')).toBe('nl');
  });

  it('passes axe in the default, dark and high-contrast themes, and fits 360 px', async () => {
    for (const section of ['organisatie', 'controle']) {
      const ready = section === 'organisatie' ? '[data-course=veilig-achter-de-voordeur]' : '[data-check]';
      const o = await beheer(section);
      await o.frame.waitForSelector(ready);
      if (section === 'organisatie') {
        // The team's managers, a course form and a refused field are part of what is checked.
        await o.frame.selectOption('#managers-teamId', { label: 'Vakmannen Noord · 3 leden' });
        await o.frame.waitForSelector('#managers-aadObjectId');
        await o.frame.click('[data-testid=course-catalogue] button:has-text("Nieuwe training")');
        await o.frame.click('[data-testid=course-form] button[type=submit]');
        await o.frame.waitForSelector('[data-testid=course-outcome-error]:has-text("veld")');
      }
      expect([section, await axeViolations(o.frame)]).toEqual([section, []]);
      await shot(o, `${section}-wide`);
      for (const theme of ['dark', 'contrast']) {
        await o.page.evaluate(
          (t) => (window as unknown as { teamsHost: { setTheme(t: string): void } }).teamsHost.setTheme(t),
          theme,
        );
        await o.frame.waitForSelector(`[data-theme=${theme}]`);
        expect([section, theme, await axeViolations(o.frame)]).toEqual([section, theme, []]);
        await shot(o, `${section}-${theme}`);
      }

      const phone = await beheer(section, {}, 360);
      await phone.frame.waitForSelector(ready);
      const [scrollWidth, innerWidth] = await phone.frame.evaluate(() => [
        document.documentElement.scrollWidth,
        window.innerWidth,
      ]);
      expect([section, scrollWidth <= innerWidth]).toEqual([section, true]);
      expect([section, await axeViolations(phone.frame)]).toEqual([section, []]);
      await shot(phone, `${section}-360`);
    }
  });
});
