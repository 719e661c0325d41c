import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Frame } from 'playwright-core';
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
import { addToRoster } from './roster-fixture';

const SHOTS = process.env.TAB_SHOTS ?? path.resolve(__dirname, '../../test-output/tab');
const TEAM = '19:vakmannen-noord@thread.tacv2';

jest.setTimeout(90_000);

// The tests share one service; each test that changes a checklist uses its own team (or, for the manager
// test, TEAM), so each one also passes alone (jest -t).

describe('the tab in a simulated Teams host', () => {
  let entra: EntraStandIn;
  let service: TestService;
  let browser: Browser;
  const open: OpenTab[] = [];

  beforeAll(async () => {
    ensureTabBuilt();
    mkdirSync(SHOTS, { recursive: true });
    entra = await new EntraStandIn().start();
    service = await startTestService(entra.serviceEnv());
    browser = await launchChromium();
    // The employee is in every team these tests open, as the bot would have read the roster from Teams.
    for (const team of [
      TEAM,
      '19:print@thread.tacv2',
      '19:woonconsulenten-zuid@thread.tacv2',
      '19:conflict@thread.tacv2',
    ]) {
      await addToRoster(service.dataDir, team, [USERS.employee.oid]);
    }
    const res = await fetch(
      `${service.url}/api/admin/teams/${encodeURIComponent(TEAM)}/managers/${USERS.manager.oid}`,
      {
        method: 'PUT',
        headers: { authorization: `Bearer ${entra.token(USERS.admin)}`, 'content-type': 'application/json' },
        body: JSON.stringify({ displayName: USERS.manager.name }),
      },
    );
    expect(res.status).toBe(200);
  });
  afterEach(async () => {
    await Promise.all(open.splice(0).map((o) => o.close()));
  });
  afterAll(async () => {
    await browser?.close();
    await service?.stop();
    await entra?.stop();
  });

  const tab = async (user: TestUser, options: Partial<HostOptions> = {}, width = 1100): Promise<OpenTab> => {
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
    );
    open.push(opened);
    return opened;
  };
  /** Makes the manager of `team` and applies changes through the API, so a test needs no other test. */
  const prepareTeam = async (team: string, changes: unknown[]) => {
    const api = (p: string, method: string, body: unknown, user: TestUser) =>
      fetch(`${service.url}${p}`, {
        method,
        headers: { authorization: `Bearer ${entra.token(user)}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const t = encodeURIComponent(team);
    expect(
      (await api(`/api/admin/teams/${t}/managers/${USERS.manager.oid}`, 'PUT', {}, USERS.admin)).status,
    ).toBe(200);
    for (const [i, change] of changes.entries()) {
      const res = await api(
        `/api/tab/teams/${t}/checklist/changes?profile=vakmannen`,
        'POST',
        { expectedVersion: i, change },
        USERS.manager,
      );
      expect(res.status).toBe(200);
    }
  };
  const ready = (frame: Frame) => frame.waitForSelector('[data-testid=checklist] li[data-signal]');
  /** Types into the search and waits until the list shows the answer for those words. */
  const search = async (frame: Frame, words: string) => {
    await frame.fill('input[type=search]', words);
    await frame.waitForSelector(`[data-testid=checklist][data-searched="${words}"]`);
  };
  const signalIds = (frame: Frame) =>
    frame.$$eval('[data-testid=checklist] li[data-signal]', (els) =>
      els.map((e) => e.getAttribute('data-signal')),
    );
  const shot = (o: OpenTab, name: string) =>
    o.page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });

  it('shows an employee 112 first, the profile checklist, the contacts, and passes axe', async () => {
    const o = await tab(USERS.employee);
    await ready(o.frame);
    const danger = await o.frame.textContent('[data-testid=danger]');
    expect(danger).toContain('Direct gevaar? Bel 112');
    expect(await o.frame.getAttribute('[data-testid=danger] a', 'href')).toBe('tel:112');
    const ids = await signalIds(o.frame);
    expect(ids).toContain('kind-gedrag');
    expect(ids).not.toContain('vgv-reis'); // not in the technicians' profile
    expect(await o.frame.textContent('[data-signal=woning-deuren]')).toContain('Let op');
    expect(await o.frame.locator('button', { hasText: 'Verbergen' }).count()).toBe(0);
    expect(await o.frame.locator('[data-testid=history]').count()).toBe(0);
    const contacts = await o.frame.textContent('[data-testid=contacts]');
    expect(contacts).toContain('0800-2000');
    expect(contacts).toContain('Nog niet ingevuld');
    expect(await o.frame.textContent('ol')).toContain('Schrijf de feiten op');

    await search(o.frame, 'urine');
    expect(await signalIds(o.frame)).toEqual(['ouderen-zorg']);
    await search(o.frame, 'xyzzy');
    expect(await o.frame.textContent('[data-testid=no-results]')).toContain('Geen signaal gevonden.');
    await search(o.frame, '');

    expect(await axeViolations(o.frame)).toEqual([]);
    await shot(o, 'employee-team-light');
  });

  it('says it must be opened in Teams outside Teams, at top level and in a silent frame', async () => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(`${service.url}/tab/personal`);
      const alert = await page.waitForSelector('[role=alert]');
      expect(await alert.textContent()).toContain('Teams');
      expect(await page.textContent('[data-testid=danger]')).toContain('Bel 112');
      await page.screenshot({ path: path.join(SHOTS, 'outside-teams.png') });
    } finally {
      await context.close();
    }
    const silent = await tab(USERS.employee, { mode: 'silent' });
    const alert = await silent.frame.waitForSelector('[role=alert]', { timeout: 10_000 });
    expect(await alert.textContent()).toContain('Microsoft Teams');
  });

  it('lets a manager hide, annotate, add and set contacts, with versions and rollback', async () => {
    const o = await tab(USERS.manager);
    await ready(o.frame);
    const f = o.frame;
    await f.click('[data-signal=kind-gedrag] button:has-text("Verbergen")');
    await f.waitForSelector('[data-signal=kind-gedrag] :text("Verborgen voor het team")');

    await f.click('[data-signal=kind-letsel] button:has-text("Notitie")');
    await f.fill('[data-signal=kind-letsel] textarea', 'Maak geen foto van mensen.');
    await f.click('[data-signal=kind-letsel] button:has-text("Opslaan")');
    await f.waitForSelector('[data-signal=kind-letsel] :text("Maak geen foto van mensen.")');

    const af = f.locator('[data-testid=contact-af]');
    await af.getByLabel('Naam').fill('Anouk Aandacht');
    await af.getByLabel('E-mailadres in Teams').fill('anouk@lente.example');
    await af.getByLabel('Telefoonnummer').fill('013 555 0101');
    await f.locator('form[aria-labelledby=contacts-form-title] button[type=submit]').click();
    await f.waitForSelector('[data-testid=contacts] :text("Anouk Aandacht")');
    // "Opgeslagen." beside the button that was pressed.
    await f.waitForSelector('form[aria-labelledby=contacts-form-title] [role=status][data-outcome=saved]');

    const add = f.locator('form[aria-labelledby=add-title]');
    await add.getByLabel('Soort geweld').selectOption('woning');
    await add.getByLabel('Wat zie of hoor je?').fill('Post stapelt zich op achter de deur.');
    await add.getByLabel('Wat doe je dan?').fill('Meld het bij de woonconsulent.');
    await f.click('form[aria-labelledby=add-title] button[type=submit]');
    await f.waitForSelector(':text("Post stapelt zich op achter de deur.")');

    await f.waitForSelector('[data-testid=history] li[data-version="4"]');
    const history = await f.textContent('[data-testid=history]');
    expect(history).toContain('Mila Manager');
    for (const what of [
      'signaal verborgen',
      'notitie gewijzigd',
      'contactpersonen gewijzigd',
      'signaal toegevoegd',
    ]) {
      expect(history).toContain(what);
    }
    expect(await axeViolations(f)).toEqual([]);
    await shot(o, 'manager-edit');
    await f.locator('[data-testid=history]').scrollIntoViewIfNeeded();
    await shot(o, 'manager-history');

    // An employee now sees the team's version: hidden signal gone, note and contacts there.
    const e = await tab(USERS.employee);
    await ready(e.frame);
    expect(await signalIds(e.frame)).not.toContain('kind-gedrag');
    expect(await e.frame.textContent('[data-signal=kind-letsel]')).toContain('Maak geen foto van mensen.');
    expect(await e.frame.getAttribute('[data-testid=contacts] a[href^="tel:0135"]', 'href')).toBe(
      'tel:0135550101',
    );
    expect(
      await e.frame.getAttribute('[data-testid=contacts] a[href*="teams.microsoft.com"]', 'href'),
    ).toContain('users=anouk%40lente.example');
    await shot(e, 'employee-after-manager-edit');

    // Roll back to version 2: the contacts and the added signal go, the hidden signal and note stay.
    await f.click('[data-testid=history] li[data-version="2"] button');
    await f.waitForSelector('[data-testid=history] li[data-version="5"]');
    expect(await f.textContent('[data-testid=history] li[data-version="5"]')).toContain(
      'teruggezet naar versie 2',
    );
    expect(await f.locator(':text("Post stapelt zich op achter de deur.")').count()).toBe(0);
    expect(await f.textContent('[data-testid=contacts]')).not.toContain('Anouk Aandacht');
    expect(await f.textContent('[data-signal=kind-letsel]')).toContain('Maak geen foto van mensen.');
    await shot(o, 'manager-after-rollback');
  });

  it('follows Teams theme changes (default, dark, contrast) and stays accessible', async () => {
    const o = await tab(USERS.employee);
    await ready(o.frame);
    const background = () =>
      o.frame.$eval('[data-theme]', (el) => [
        el.getAttribute('data-theme'),
        getComputedStyle(el).backgroundColor,
      ]);
    const [, light] = await background();
    await o.page.evaluate(() =>
      (window as unknown as { teamsHost: { setTheme(t: string): void } }).teamsHost.setTheme('dark'),
    );
    await o.frame.waitForSelector('[data-theme=dark]');
    const [, dark] = await background();
    expect(dark).not.toBe(light);
    expect(await axeViolations(o.frame)).toEqual([]);
    await shot(o, 'employee-dark');
    await o.page.evaluate(() =>
      (window as unknown as { teamsHost: { setTheme(t: string): void } }).teamsHost.setTheme('contrast'),
    );
    await o.frame.waitForSelector('[data-theme=contrast]');
    expect(await axeViolations(o.frame)).toEqual([]);
    await shot(o, 'employee-contrast');
  });

  it('speaks English when Teams says the locale is English', async () => {
    const o = await tab(USERS.employee, { locale: 'en-gb', tabPath: '/tab/personal' });
    await ready(o.frame);
    expect(await o.frame.textContent('[data-testid=danger]')).toContain('Danger now? Call 112');
    expect(await o.frame.getAttribute('html', 'lang')).toBe('en');
    expect(await o.frame.textContent('h2')).toContain('My meldcode');
  });

  it('prints a pocket card in A6 and A4 with the checklist and contacts', async () => {
    const team = '19:print@thread.tacv2';
    await prepareTeam(team, [
      { kind: 'hide', signalId: 'kind-gedrag' },
      { kind: 'note', signalId: 'kind-letsel', note: 'Maak geen foto van mensen.' },
      {
        kind: 'contacts',
        aandachtsfunctionaris: { name: 'Anouk Aandacht', phone: '013 555 0101' },
        manager: null,
      },
    ]);
    const o = await tab(USERS.employee, { teamId: team });
    await ready(o.frame);
    await o.frame.click('button:has-text("Zakkaart printen")');
    const card = await o.frame.waitForSelector('[data-testid=pocket-card][data-size=a6]');
    const text = (await card.textContent()) ?? '';
    for (const expected of [
      'Direct gevaar? Bel 112',
      '0800-2000',
      'Veilig Thuis',
      'Maak geen foto van mensen.',
      'Schrijf de feiten op',
      'Anouk Aandacht, 013 555 0101',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('Kind erg stil'); // hidden by the manager
    expect(text).toContain('Verwondingen op rare plekken');
    await o.page.emulateMedia({ media: 'print' });
    expect(
      await o.frame.$eval(
        'button:has-text("Printen")',
        (b) => getComputedStyle(b.closest('.no-print')!).display,
      ),
    ).toBe('none');
    await shot(o, 'print-a6');
    await o.page.emulateMedia({ media: 'screen' });
    await o.frame.click('label:has-text("A4")');
    await o.frame.waitForSelector('[data-testid=pocket-card][data-size=a4]');
    // Printed from the dark theme, the card is still dark on white paper.
    await o.page.evaluate(() =>
      (window as unknown as { teamsHost: { setTheme(t: string): void } }).teamsHost.setTheme('dark'),
    );
    await o.frame.waitForSelector('[data-theme=dark]');
    await o.page.emulateMedia({ media: 'print' });
    const colours = await o.frame.$eval('[data-testid=pocket-card]', (el) => {
      const style = getComputedStyle(el);
      return [style.color, style.backgroundColor];
    });
    expect(colours).toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
    await shot(o, 'print-a4');
  });

  it('configures a team tab: the chosen profile goes into the tab URL and the team’s checklist', async () => {
    const team = '19:woonconsulenten-zuid@thread.tacv2';
    await fetch(`${service.url}/api/admin/teams/${encodeURIComponent(team)}/managers/${USERS.manager.oid}`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${entra.token(USERS.admin)}`, 'content-type': 'application/json' },
      body: '{}',
    });
    const o = await tab(USERS.manager, { tabPath: '/tab/config', frameContext: 'settings', teamId: team });
    await o.frame.waitForSelector('[role=radiogroup]');
    expect(await axeViolations(o.frame)).toEqual([]);
    await o.frame.click('label:has-text("Woonconsulenten")');
    await shot(o, 'config');
    await o.page.evaluate(() => (window as unknown as { teamsHost: { save(): void } }).teamsHost.save());
    await o.page.waitForFunction(() =>
      (window as unknown as { teamsHost: { calls: { func: string }[] } }).teamsHost.calls.some(
        (c) => c.func === 'settings.save.success',
      ),
    );
    const calls = await o.page.evaluate(
      () =>
        (window as unknown as { teamsHost: { calls: { func: string; args: unknown[] }[] } }).teamsHost.calls,
    );
    const settings = calls.find((c) => c.func === 'settings.setSettings')?.args[0] as { contentUrl: string };
    expect(settings.contentUrl).toBe(`${service.url}/tab/team?profile=woonconsulenten`);
    expect(calls.map((c) => c.func)).toContain('settings.setValidityState');
    const stored = await fetch(`${service.url}/api/tab/teams/${encodeURIComponent(team)}/checklist`, {
      headers: { authorization: `Bearer ${entra.token(USERS.employee)}` },
    });
    expect((await stored.json()) as { profile: string; version: number }).toMatchObject({
      profile: 'woonconsulenten',
      version: 1,
    });
  });

  it('works with the keyboard alone', async () => {
    const o = await tab(USERS.employee);
    await ready(o.frame);
    const focused = () =>
      o.frame.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return `${el?.tagName.toLowerCase()}:${el?.textContent?.trim() || el?.getAttribute('type') || ''}`;
      });
    await o.page.keyboard.press('Tab');
    expect(await focused()).toBe('a:Bel 112');
    await o.page.keyboard.press('Tab');
    expect(await focused()).toBe('button:Ik zie iets');
    await o.page.keyboard.press('Tab');
    expect(await focused()).toBe('button:Zakkaart printen');
    // The contacts come before the long checklist, for the keyboard as for the eye.
    await o.page.keyboard.press('Tab');
    expect(await focused()).toBe('a:Bel 0800-2000');
    await o.page.keyboard.press('Tab');
    expect(await focused()).toBe('a:Bel 112');
    await o.page.keyboard.press('Tab');
    expect(await focused()).toBe('input:search');
    await o.page.keyboard.type('urine');
    await o.frame.waitForSelector('[data-testid=checklist][data-searched="urine"]');
    expect(await signalIds(o.frame)).toEqual(['ouderen-zorg']);

    const m = await tab(USERS.manager);
    await ready(m.frame);
    await m.frame.focus('[data-signal=partner-controle] button:has-text("Verbergen")');
    await m.page.keyboard.press('Enter');
    await m.frame.waitForSelector('[data-signal=partner-controle] button:has-text("Weer tonen")');
    await m.page.keyboard.press('Enter');
    await m.frame.waitForSelector('[data-signal=partner-controle] button:has-text("Verbergen")');
  });

  it('tells a manager when a colleague saved first, shows the newer list, and loses nothing', async () => {
    const team = '19:conflict@thread.tacv2';
    await fetch(`${service.url}/api/admin/teams/${encodeURIComponent(team)}/managers/${USERS.manager.oid}`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${entra.token(USERS.admin)}`, 'content-type': 'application/json' },
      body: '{}',
    });
    const a = await tab(USERS.manager, { teamId: team });
    const b = await tab(USERS.manager, { teamId: team });
    await Promise.all([ready(a.frame), ready(b.frame)]);
    await a.frame.click('[data-signal=kind-gedrag] button:has-text("Verbergen")');
    await a.frame.waitForSelector('[data-signal=kind-gedrag] button:has-text("Weer tonen")');

    await b.frame.click('[data-signal=kind-letsel] button:has-text("Verbergen")');
    await b.frame.waitForSelector(
      '[role=alert] :text("Iemand anders wijzigde de lijst net"), :text("Iemand anders wijzigde de lijst net")',
    );
    // B now shows A's change, and B's own click was not applied behind its back.
    await b.frame.waitForSelector('[data-signal=kind-gedrag] button:has-text("Weer tonen")');
    expect(await b.frame.locator('[data-signal=kind-letsel] button:has-text("Verbergen")').count()).toBe(1);
    await b.frame.click('[data-signal=kind-letsel] button:has-text("Verbergen")');
    await b.frame.waitForSelector('[data-signal=kind-letsel] button:has-text("Weer tonen")');

    const res = await fetch(`${service.url}/api/tab/teams/${encodeURIComponent(team)}/checklist`, {
      headers: { authorization: `Bearer ${entra.token(USERS.employee)}` },
    });
    const view = (await res.json()) as { version: number; categories: { signals: { id: string }[] }[] };
    expect(view.version).toBe(2);
    const ids = view.categories.flatMap((c) => c.signals.map((x) => x.id));
    expect(ids).not.toContain('kind-gedrag');
    expect(ids).not.toContain('kind-letsel');
  });

  it('fits a 360 px wide phone without sideways scrolling', async () => {
    const o = await tab(USERS.manager, {}, 360);
    await ready(o.frame);
    const widths = await o.frame.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    expect(widths[0]).toBeLessThanOrEqual(widths[1]);
    expect(await axeViolations(o.frame)).toEqual([]);
    await shot(o, 'manager-360');
  });
});
