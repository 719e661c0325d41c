import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium';
import { startTestService, type TestService } from '../support/service';
import { ensureTabBuilt } from '../support/teams-host/build-tab';
import {
  CLIENT_ID,
  EntraStandIn,
  TENANT_ID,
  USERS,
  type TestUser,
} from '../support/teams-host/entra-stand-in';
import type { HostOptions } from '../support/teams-host/host-page';
import { axeViolations, openTab, type OpenTab } from '../support/teams-host/open-tab';
import { ELEARNING, OLGA, PIET, VADV, XANDER, seedTeamTraining } from './training-fixture';

const SHOTS = path.resolve(__dirname, '../../test-output/tab');
const TEAM = '19:training-tab@thread.tacv2';

jest.setTimeout(90_000);

// One service and one seeded team. Only the last test decides a claim, so every other test sees the seed.

describe('the training panel in a simulated Teams host', () => {
  let entra: EntraStandIn;
  let service: TestService;
  let browser: Browser;
  const open: OpenTab[] = [];

  beforeAll(async () => {
    ensureTabBuilt();
    mkdirSync(SHOTS, { recursive: true });
    entra = await new EntraStandIn().start();
    service = await startTestService(entra.serviceEnv());
    await seedTeamTraining(service.dataDir, TEAM);
    browser = await launchChromium();
  });
  afterEach(async () => {
    await Promise.all(open.splice(0).map((o) => o.close()));
  });
  afterAll(async () => {
    await browser?.close();
    await service?.stop();
    await entra?.stop();
  });

  const tab = async (
    user: TestUser,
    options: Partial<HostOptions> = {},
    width = 1100,
    prepare?: (page: Page) => Promise<unknown>,
  ) => {
    const opened = await openTab(
      browser,
      service.url,
      {
        tabPath: '/tab/team?profile=vakmannen',
        token: entra.token(user, { aud: CLIENT_ID }),
        frameContext: 'content',
        user: { oid: user.oid, upn: user.upn, name: user.name },
        tenantId: TENANT_ID,
        teamId: TEAM,
        ...options,
      },
      { width, height: 900 },
      prepare,
    );
    open.push(opened);
    return opened;
  };
  const panelReady = (f: Frame) =>
    f.waitForSelector(`[data-testid=training-chart] figure[data-course=${VADV}]`);
  const shot = async (o: OpenTab, name: string) => {
    await o.frame.locator('[data-testid=team-training], [data-testid=my-training]').scrollIntoViewIfNeeded();
    await o.page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
  };
  const setTheme = (o: OpenTab, theme: string) =>
    o.page.evaluate(
      (t) => (window as unknown as { teamsHost: { setTheme(t: string): void } }).teamsHost.setTheme(t),
      theme,
    );
  /** The table beside a course's bar, as [status, count] pairs. */
  const tableOf = (f: Frame, course: string) =>
    f.$$eval(`figure[data-course=${course}] tbody tr`, (rows) =>
      rows.map((r) => [r.getAttribute('data-status'), r.querySelector('td')?.textContent]),
    );
  const claim = (oid: string, course: string) => `[data-claim="${oid}|${course}"]`;

  it('shows a manager the chart with its table, and who to act on', async () => {
    const o = await tab(USERS.manager);
    const f = o.frame;
    await panelReady(f);
    expect(await f.textContent(`figure[data-course=${VADV}] figcaption`)).toContain(
      'Veilig achter de voordeur · 4 personen',
    );
    expect(await tableOf(f, VADV)).toEqual([
      ['overdue', '1'],
      ['never', '2'],
      ['due-soon', '0'],
      ['done', '1'],
    ]);
    expect(await tableOf(f, ELEARNING)).toEqual([
      ['overdue', '0'],
      ['never', '2'],
      ['due-soon', '1'],
      ['done', '1'],
    ]);
    // The bar is drawn for sighted users only; its segments follow the table's figures.
    expect(
      await f.$$eval(`figure[data-course=${VADV}] [aria-hidden=true] [data-status]`, (els) =>
        els.map((e) => [e.getAttribute('data-status'), (e as HTMLElement).style.flexGrow]),
      ),
    ).toEqual([
      ['overdue', '1'],
      ['never', '2'],
      ['done', '1'],
    ]);

    const claims = await f.textContent('[data-testid=training-claims]');
    expect(claims).toContain('heeft op');
    expect(claims).toContain('aangegeven de training al gedaan te hebben');
    expect(await f.locator(`${claim(USERS.employee.oid, VADV)} button`).count()).toBe(2);
    // Your own claim is for someone else to decide.
    expect(await f.locator(`${claim(USERS.manager.oid, ELEARNING)} button`).count()).toBe(0);
    expect(await f.textContent(claim(USERS.manager.oid, ELEARNING))).toContain('andere leidinggevende');
    const escalated = await f.textContent('[data-testid=training-escalated]');
    expect(escalated).toContain(PIET.name);
    expect(escalated).toContain('Te laat, verlopen sinds');
    expect(await f.textContent('[data-testid=training-late]')).toContain(OLGA.name);
    expect(await f.textContent('[data-testid=team-training]')).not.toContain(XANDER.name);
    await shot(o, 'training-manager-light');
  });

  it('shows a member only their own training, no colleague', async () => {
    const o = await tab(USERS.employee);
    const f = o.frame;
    await f.waitForSelector(`[data-testid=my-training] li[data-course=${ELEARNING}]`);
    const mine = await f.textContent('[data-testid=my-training]');
    expect(mine).toContain('Veilig achter de voordeur');
    expect(mine).toContain('Verloopt binnenkort');
    expect(mine).toContain('mijn training');
    expect(await f.locator('[data-testid=team-training]').count()).toBe(0);
    const page = (await f.textContent('body')) ?? '';
    for (const other of [PIET, OLGA, XANDER, USERS.manager]) expect(page).not.toContain(other.name);
    expect(await axeViolations(f)).toEqual([]);
    await shot(o, 'training-member');
  });

  it('passes axe in the default, dark and high-contrast themes, and fits 360 px', async () => {
    const o = await tab(USERS.manager);
    await panelReady(o.frame);
    expect(await axeViolations(o.frame)).toEqual([]);
    for (const theme of ['dark', 'contrast']) {
      await setTheme(o, theme);
      await o.frame.waitForSelector(`[data-theme=${theme}]`);
      expect([theme, await axeViolations(o.frame)]).toEqual([theme, []]);
      await shot(o, `training-manager-${theme}`);
    }
    const phone = await tab(USERS.manager, {}, 360);
    await panelReady(phone.frame);
    const widths = await phone.frame.evaluate(() => [
      document.documentElement.scrollWidth,
      window.innerWidth,
    ]);
    expect(widths[0]).toBeLessThanOrEqual(widths[1]);
    expect(await axeViolations(phone.frame)).toEqual([]);
    await shot(phone, 'training-manager-360');
  });

  it('says when the status cannot be loaded, and loads it on "Opnieuw proberen"', async () => {
    let refuse = true;
    const o = await tab(USERS.manager, {}, 1100, (page) =>
      page.route('**/api/tab/teams/*/training', (route) =>
        refuse
          ? route.fulfill({ status: 503, contentType: 'application/json', body: '{"error":{}}' })
          : route.continue(),
      ),
    );
    const f = o.frame;
    await f.waitForSelector('[data-testid=team-training] :text("kon niet worden geladen")');
    refuse = false;
    await f.click('[data-testid=team-training] button:has-text("Opnieuw proberen")');
    await panelReady(f);
  });

  it('speaks English when Teams says so', async () => {
    const o = await tab(USERS.admin, { locale: 'en-gb' });
    await panelReady(o.frame);
    const text = (await o.frame.textContent('[data-testid=team-training]')) ?? '';
    for (const words of ['Status per course', 'Overdue', 'Never done', 'Reminders stopped', 'Confirm']) {
      expect(text).toContain(words);
    }
    expect(text).toContain('said on');
  });

  it('lets a manager confirm a claim in place: the list updates and focus stays in the list', async () => {
    const stale = await tab(USERS.admin);
    await panelReady(stale.frame);
    const o = await tab(USERS.manager);
    const f = o.frame;
    await panelReady(f);
    await f.locator('[data-testid=training-claims]').scrollIntoViewIfNeeded();
    const scrollBefore = await f.evaluate(() => window.scrollY);
    await f.focus(`${claim(USERS.employee.oid, VADV)} button[data-decision=confirmed]`);
    await o.page.keyboard.press('Enter');
    await f.waitForSelector(
      '[aria-live=polite] :text("Bevestigd: Eva Vakman heeft Veilig achter de voordeur")',
    );
    expect(await f.locator(claim(USERS.employee.oid, VADV)).count()).toBe(0);
    expect(await tableOf(f, VADV)).toEqual([
      ['overdue', '1'],
      ['never', '1'],
      ['due-soon', '0'],
      ['done', '2'],
    ]);
    // Focus moved to the next claim that can be decided (Mila's own has no buttons), not to the page's top.
    const focused = await f.evaluate(() => [
      document.activeElement?.closest('[data-claim]')?.getAttribute('data-claim'),
      document.activeElement?.getAttribute('data-decision'),
    ]);
    expect(focused).toEqual([`${OLGA.oid}|${ELEARNING}`, 'confirmed']);
    expect(Math.abs((await f.evaluate(() => window.scrollY)) - scrollBefore)).toBeLessThan(200);
    await shot(o, 'training-manager-after-confirm');

    // An admin whose list was loaded before the decision tries to reject the same claim: they are told, and
    // their list is brought up to date.
    await f.waitForSelector(':text("Bevestigd")');
    await stale.frame.click(`${claim(USERS.employee.oid, VADV)} button[data-decision=rejected]`);
    await stale.frame.waitForSelector(':text("Iemand anders heeft hier al over beslist")');
    expect(await stale.frame.locator(claim(USERS.employee.oid, VADV)).count()).toBe(0);
    expect(await tableOf(stale.frame, VADV)).toEqual(await tableOf(f, VADV));

    // Olga's claim is rejected with the keyboard: she is back among those who get reminders.
    await o.page.keyboard.press('Tab');
    await o.page.keyboard.press('Enter');
    await f.waitForSelector('[aria-live=polite] :text("Afgewezen: Olga Onderhoud")');
    expect(await f.locator('[data-testid=training-claims] button').count()).toBe(0);
    expect(await f.evaluate(() => document.activeElement?.id)).toBe('training-act-title');
    expect(await f.textContent('[data-testid=training-late]')).toContain(OLGA.name);
  });
});
