import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { FRAME_ANCESTORS } from '../../src/server/tab-files';
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
const TEAM = '19:team-tab@thread.tacv2';
const BOT_ID = '3b6a1f0e-5f1c-4c8e-9f7a-2d4b6c8e0a11';
/** Signed in, but in no team's roster: Sam may see the personal tab, not a team's. */
const STRANGER: TestUser = {
  oid: 'e0000000-0000-4000-8000-0000000000f2',
  name: 'Sam Buiten',
  upn: 'sam@lente.example',
};

jest.setTimeout(120_000);

type HostWindow = { teamsHost: { calls: { func: string; args: unknown[] }[]; setTheme(t: string): void } };

// What round 2 of the team tab promised (issue 14), each through the Teams host stand-in in Chromium.
describe('the team tab, round 2', () => {
  let entra: EntraStandIn;
  let service: TestService;
  let browser: Browser;
  const open: OpenTab[] = [];

  beforeAll(async () => {
    ensureTabBuilt();
    mkdirSync(SHOTS, { recursive: true });
    entra = await new EntraStandIn().start();
    service = await startTestService({ ...entra.serviceEnv(), BOT_ID, BOT_PASSWORD: 'not-used-by-the-tab' });
    browser = await launchChromium();
    await addToRoster(service.dataDir, TEAM, [USERS.employee.oid, USERS.manager.oid]);
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
    viewport = { width: 1100, height: 900 },
  ): Promise<OpenTab> => {
    const opened = await openTab(
      browser,
      service.url,
      {
        tabPath: '/tab/team?profile=gemengd',
        token: entra.token(user, { aud: CLIENT_ID }),
        frameContext: 'content',
        user: { oid: user.oid, upn: user.upn, name: user.name },
        tenantId: TENANT_ID,
        teamId: TEAM,
        ...options,
      },
      viewport,
    );
    open.push(opened);
    return opened;
  };
  const api = (p: string, method: string, body: unknown, user: TestUser) =>
    fetch(`${service.url}${p}`, {
      method,
      headers: { authorization: `Bearer ${entra.token(user)}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  const makeManager = async (team: string) => {
    const res = await api(
      `/api/admin/teams/${encodeURIComponent(team)}/managers/${USERS.manager.oid}`,
      'PUT',
      {},
      USERS.admin,
    );
    expect(res.status).toBe(200);
  };
  const ready = (frame: Frame) => frame.waitForSelector('[data-testid=checklist] li[data-signal]');
  const signalIds = (frame: Frame) =>
    frame.$$eval('[data-testid=checklist] li[data-signal]', (els) =>
      els.map((e) => e.getAttribute('data-signal')),
    );
  const search = async (frame: Frame, words: string) => {
    await frame.fill('input[type=search]', words);
    await frame.waitForSelector(`[data-testid=checklist][data-searched="${words}"]`);
  };
  const hostCalls = (o: OpenTab) =>
    o.page.evaluate(() => (window as unknown as HostWindow).teamsHost.calls.map((c) => ({ ...c })));
  const setTheme = async (o: OpenTab, theme: string) => {
    await o.page.evaluate((t) => (window as unknown as HostWindow).teamsHost.setTheme(t), theme);
    await o.frame.waitForSelector(`[data-theme=${theme}]`);
  };
  /** axe-core in the light, dark and high-contrast themes. */
  const axeInEveryTheme = async (o: OpenTab) => {
    for (const theme of ['default', 'dark', 'contrast']) {
      await setTheme(o, theme);
      expect([theme, await axeViolations(o.frame)]).toEqual([theme, []]);
    }
    await setTheme(o, 'default');
  };
  const shot = (o: OpenTab, name: string, fullPage = true) =>
    o.page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage });

  it('finds signals by everyday words, and offers the next step when none matches', async () => {
    const o = await tab(USERS.employee);
    await ready(o.frame);
    await search(o.frame, 'blauwe plekken');
    expect(await signalIds(o.frame)).toEqual(
      expect.arrayContaining(['kind-letsel', 'partner-angst', 'ouderen-zorg']),
    );
    expect(await signalIds(o.frame)).not.toContain('woning-onderhoud');
    await shot(o, 'search-blauwe-plekken');
    await search(o.frame, 'slaan');
    expect(await signalIds(o.frame)).toEqual(expect.arrayContaining(['kind-letsel', 'partner-angst']));
    await search(o.frame, 'bruises');
    expect(await signalIds(o.frame)).toContain('ouderen-zorg');
    expect(await o.frame.locator('[data-testid=search-danger]').count()).toBe(0);

    await search(o.frame, 'hij slaat haar nu');
    expect(await o.frame.getAttribute('[data-testid=search-danger] a', 'href')).toBe('tel:112');

    await search(o.frame, 'lekkende kraan');
    const next = o.frame.locator('[data-testid=no-results]');
    expect(await next.textContent()).toContain('Geen signaal gevonden. Wat kun je nu doen?');
    expect(await next.locator('a[href="tel:08002000"]').textContent()).toContain('0800-2000');
    expect(await next.locator('a[href="tel:112"]').count()).toBe(1);
    await axeInEveryTheme(o);
    await shot(o, 'search-no-result');
    await next.getByText('Vraag het Voordeur in de chat').click();
    await o.page.waitForFunction(() =>
      (window as unknown as HostWindow).teamsHost.calls.some((c) => c.func === 'executeDeepLink'),
    );
    const link = (await hostCalls(o)).find((c) => c.func === 'executeDeepLink')?.args[0];
    expect(link).toBe(`https://teams.microsoft.com/l/chat/0/0?users=28:${BOT_ID}&message=lekkende%20kraan`);
  });

  it('opens the chat with Voordeur on "Ik zie iets", and says what to type', async () => {
    const o = await tab(USERS.employee);
    await ready(o.frame);
    await o.frame.click('[data-testid=see-something] button');
    await o.page.waitForFunction(() =>
      (window as unknown as HostWindow).teamsHost.calls.some((c) => c.func === 'executeDeepLink'),
    );
    const link = (await hostCalls(o)).find((c) => c.func === 'executeDeepLink')?.args[0];
    expect(link).toBe(`https://teams.microsoft.com/l/chat/0/0?users=28:${BOT_ID}&message=ik%20zie%20iets`);
    expect(await o.frame.textContent('[data-testid=see-something] [role=status]')).toContain(
      'typ: ik zie iets',
    );
  });

  it('keeps the contacts and 112 on the first screen of a 360 px phone, before the checklist', async () => {
    for (const [name, options] of [
      ['team', {}],
      ['personal', { tabPath: '/tab/personal' }],
    ] as const) {
      const o = await tab(USERS.employee, options, { width: 360, height: 740 });
      await ready(o.frame);
      const layout = await o.frame.evaluate(() => {
        const box = (selector: string) => document.querySelector(selector)!.getBoundingClientRect();
        return {
          height: window.innerHeight,
          width: [document.documentElement.scrollWidth, window.innerWidth],
          alarm: box('[data-testid=danger] a[href="tel:112"]').bottom,
          veiligThuis: box('[data-testid=contacts] a[href="tel:08002000"]').bottom,
          contacts: box('[data-testid=contacts]').top,
          checklist: box('[data-testid=checklist]').top,
        };
      });
      expect(layout.width[0]).toBeLessThanOrEqual(layout.width[1]);
      // Both phone links end within the first screen, without scrolling.
      expect([name, layout.alarm <= layout.height, layout.veiligThuis <= layout.height]).toEqual([
        name,
        true,
        true,
      ]);
      expect(layout.contacts).toBeLessThan(layout.checklist);
      await shot(o, `employee-360-${name}`, false);
    }
  });

  it("shows a manager's bad phone number beside the field, keeps what was typed, and saves when fixed", async () => {
    const team = '19:team-tab-forms@thread.tacv2';
    await makeManager(team);
    const o = await tab(USERS.manager, { teamId: team });
    await ready(o.frame);
    const f = o.frame;
    const form = f.locator('form[aria-labelledby=contacts-form-title]');
    const af = f.locator('[data-testid=contact-af]');
    await af.getByLabel('Naam').fill('Anouk Aandacht');
    await af.getByLabel('Telefoonnummer').fill('bel me maar');
    await form.locator('button[type=submit]').click();
    await f.waitForSelector('[data-testid=contact-af] input[type=tel][aria-invalid=true]');
    const phone = af.getByLabel('Telefoonnummer');
    // The sentence sits right under the field, the field has focus, and what was typed is still there.
    const beside = await f.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('[data-testid=contact-af] input[type=tel]')!;
      const message = document.getElementById(input.getAttribute('aria-describedby')!.split(' ')[0]!)!;
      const a = input.getBoundingClientRect();
      const b = message.getBoundingClientRect();
      return { text: message.textContent, gap: b.top - a.bottom, focused: document.activeElement === input };
    });
    expect(beside.text).toMatch(/^Vul een telefoonnummer in met alleen cijfers/);
    expect(beside.gap).toBeGreaterThanOrEqual(-1);
    expect(beside.gap).toBeLessThan(24);
    expect(beside.focused).toBe(true);
    expect(await phone.inputValue()).toBe('bel me maar');
    expect(await af.getByLabel('Naam').inputValue()).toBe('Anouk Aandacht');
    expect(await form.locator('[role=status]').textContent()).toContain('Nog niet opgeslagen');
    expect(await f.textContent('body')).not.toContain('change.aandachtsfunctionaris');
    await axeInEveryTheme(o);
    await form.scrollIntoViewIfNeeded();
    await shot(o, 'manager-bad-phone', false);

    await phone.fill('013 555 0101');
    await form.locator('button[type=submit]').click();
    const saved = form.locator('[role=status][data-outcome=saved]');
    await saved.waitFor();
    expect(await saved.isVisible()).toBe(true);
    expect(await f.getAttribute('[data-testid=contacts] a[href="tel:0135550101"]', 'href')).toBe(
      'tel:0135550101',
    );

    // A new signal has no form of violence until the manager picks one.
    const add = f.locator('form[aria-labelledby=add-title]');
    expect(await add.getByLabel('Soort geweld').inputValue()).toBe('');
    await add.getByLabel('Wat zie of hoor je?').fill('Post stapelt zich op achter de deur.');
    await add.getByLabel('Wat doe je dan?').fill('Bespreek het met de woonconsulent.');
    await add.locator('button[type=submit]').click();
    await f.waitForSelector('form[aria-labelledby=add-title] select[aria-invalid=true]');
    expect(await add.textContent()).toContain('Kies een soort geweld.');
    expect(await f.evaluate(() => document.activeElement?.tagName)).toBe('SELECT');
    expect(await add.getByLabel('Wat zie of hoor je?').inputValue()).toBe(
      'Post stapelt zich op achter de deur.',
    );
    await add.getByLabel('Soort geweld').selectOption('woning');
    await add.locator('button[type=submit]').click();
    await add.locator('[role=status][data-outcome=saved]').waitFor();
    expect(await add.locator('[role=status]').textContent()).toBe('Opgeslagen.');
    expect(await f.textContent('[data-testid=checklist]')).toContain('Post stapelt zich op achter de deur.');
  });

  it('says what is wrong in English when Teams speaks English', async () => {
    const team = '19:team-tab-forms-en@thread.tacv2';
    await makeManager(team);
    const o = await tab(USERS.manager, { teamId: team, locale: 'en-gb' });
    await ready(o.frame);
    const af = o.frame.locator('[data-testid=contact-af]');
    await af.getByLabel('Name').fill('Anouk');
    await af.getByLabel('Phone number').fill('call me');
    await o.frame.locator('form[aria-labelledby=contacts-form-title] button[type=submit]').click();
    await o.frame.waitForSelector('[data-testid=contact-af] input[type=tel][aria-invalid=true]');
    expect(await af.textContent()).toContain('Fill in a phone number with only digits');
  });

  it('prints the A6 pocket card on one page, 112 and Veilig Thuis first and biggest, nothing under 8 pt', async () => {
    const team = '19:team-tab-print@thread.tacv2';
    await makeManager(team);
    await addToRoster(service.dataDir, team, [USERS.employee.oid]);
    const changes = [
      {
        kind: 'contacts',
        aandachtsfunctionaris: { name: 'Anouk Aandacht', phone: '013 555 0101' },
        manager: { name: 'Mila Manager', phone: '013 555 0102' },
      },
      { kind: 'note', signalId: 'kind-letsel', note: 'Maak geen foto van mensen.' },
    ];
    for (const [i, change] of changes.entries()) {
      const res = await api(
        `/api/tab/teams/${encodeURIComponent(team)}/checklist/changes?profile=gemengd`,
        'POST',
        { expectedVersion: i, change },
        USERS.manager,
      );
      expect(res.status).toBe(200);
    }
    const o = await tab(USERS.employee, { teamId: team });
    await ready(o.frame);
    await o.frame.click('button:has-text("Zakkaart printen")');
    await o.frame.waitForSelector('[data-testid=pocket-card][data-size=a6]');
    const printed = await printCard(o, 'pocket-a6');
    expect(printed.pages).toBe(1);
    // A6 is 297.6 x 419.5 pt.
    expect(printed.pageSize.map(Math.round)).toEqual([298, 420]);
    expect(printed.smallestPt).toBeGreaterThanOrEqual(8);
    expect(printed.first).toEqual(['pocket-112', 'pocket-vt']);
    expect(printed.alarmPt).toBe(printed.largestPt);
    expect(printed.vtPt).toBeGreaterThan(printed.bodyPt);
    expect(printed.text).toContain('Maak geen foto van mensen.');
    expect(printed.text).toContain('Anouk Aandacht, 013 555 0101');
    expect(printed.text).toContain('Wat je per signaal doet, staat in Voordeur in Teams.');
  });

  it('keeps a long team list on one A6 page, and says the rest is in Voordeur', async () => {
    const team = '19:team-tab-long@thread.tacv2';
    await makeManager(team);
    for (let i = 0; i < 20; i += 1) {
      const res = await api(
        `/api/tab/teams/${encodeURIComponent(team)}/checklist/changes?profile=gemengd`,
        'POST',
        {
          expectedVersion: i,
          change: {
            kind: 'add',
            category: i % 2 ? 'woning' : 'kind',
            text: `Eigen signaal ${i + 1}: een lange beschrijving van wat het team in deze buurt vaak ziet of hoort.`,
            action: 'Bespreek het met de aandachtsfunctionaris.',
          },
        },
        USERS.manager,
      );
      expect(res.status).toBe(200);
    }
    const o = await tab(USERS.manager, { teamId: team });
    await ready(o.frame);
    await o.frame.click('button:has-text("Zakkaart printen")');
    await o.frame.waitForSelector('[data-testid=pocket-card][data-size=a6]');
    const printed = await printCard(o, 'pocket-a6-long');
    expect(printed.pages).toBe(1);
    expect(printed.smallestPt).toBeGreaterThanOrEqual(8);
    expect(printed.text).toContain('Niet alles past op de kaart');
  });

  /**
   * Renders the tab frame's print view as Chromium prints it: the frame's DOM and style rules on a page of their
   * own (page.pdf prints a top-level page, not a frame), at print media, with the card's own @page size.
   */
  async function printCard(o: OpenTab, name: string) {
    const snapshot = await o.frame.evaluate(() => ({
      css: Array.from(document.styleSheets, (s) => Array.from(s.cssRules, (r) => r.cssText).join('\n')).join(
        '\n',
      ),
      body: document.body.innerHTML,
      lang: document.documentElement.lang,
    }));
    const page: Page = await o.page.context().newPage();
    await page.setContent(
      `<!doctype html><html lang="${snapshot.lang}"><head><meta charset="utf-8"><style>${snapshot.css}</style></head><body>${snapshot.body}</body></html>`,
    );
    await page.emulateMedia({ media: 'print' });
    const measured = await page.evaluate(() => {
      const pt = (el: Element) => (parseFloat(getComputedStyle(el).fontSize) * 72) / 96;
      const card = document.querySelector('[data-testid=pocket-card]')!;
      const withText = Array.from(card.querySelectorAll('*')).filter((el) =>
        Array.from(el.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()),
      );
      const sizes = withText.map(pt);
      return {
        smallestPt: Math.min(...sizes),
        largestPt: Math.max(...sizes),
        bodyPt: pt(card),
        alarmPt: pt(card.querySelector('[data-testid=pocket-112]')!),
        vtPt: pt(card.querySelector('[data-testid=pocket-vt]')!),
        first: Array.from(card.children)
          .slice(0, 2)
          .map((el) => el.getAttribute('data-testid')),
        text: card.textContent ?? '',
      };
    });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    writeFileSync(path.join(SHOTS, `${name}.pdf`), pdf);
    await page.screenshot({ path: path.join(SHOTS, `${name}-print.png`), fullPage: true });
    await page.close();
    const raw = pdf.toString('latin1');
    const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(raw);
    return {
      ...measured,
      pages: (raw.match(/\/Type\s*\/Page\b/g) ?? []).length,
      pageSize: box ? [Number(box[1]), Number(box[2])] : [],
    };
  }

  it("refuses a team's checklist to someone outside the team; their personal tab still works", async () => {
    const o = await tab(STRANGER);
    await o.frame.waitForSelector(':text("alleen voor leden van dit team")');
    expect(await o.frame.locator('[data-testid=contacts]').count()).toBe(0);
    expect(await o.frame.textContent('[data-testid=danger]')).toContain('Bel 112');
    await shot(o, 'stranger-team-403');
    const p = await tab(STRANGER, { tabPath: '/tab/personal' });
    await ready(p.frame);
    expect(await p.frame.textContent('[data-testid=contacts]')).toContain('0800-2000');
  });

  it("lays out the personal tab's header like the team tab's", async () => {
    const header = async (o: OpenTab) =>
      o.frame.evaluate(() => {
        const box = (el: Element | null) => el!.getBoundingClientRect();
        const title = box(document.querySelector('main h2'));
        const button = box(document.querySelector('[data-testid=see-something] button'));
        const select = document.querySelector('main select');
        return {
          titleLeft: title.left,
          sameRow: Math.abs(title.top - button.top) < 12,
          buttonsRight: window.innerWidth - button.right > 200 ? 'not right' : 'right',
          selectBelowTitle: select ? box(select).top > title.bottom : undefined,
          selectLeft: select ? Math.round(box(select).left - title.left) : undefined,
        };
      });
    const team = await tab(USERS.employee);
    await ready(team.frame);
    const personal = await tab(USERS.employee, { tabPath: '/tab/personal' });
    await ready(personal.frame);
    const [t, p] = [await header(team), await header(personal)];
    expect(p.titleLeft).toBe(t.titleLeft);
    expect([t.sameRow, p.sameRow]).toEqual([true, true]);
    expect([t.buttonsRight, p.buttonsRight]).toEqual(['right', 'right']);
    expect(p.selectBelowTitle).toBe(true);
    expect(p.selectLeft).toBeLessThanOrEqual(2);
    await axeInEveryTheme(personal);
    await shot(personal, 'personal-header', false);
  });

  it('lets only Teams and Microsoft 365 frame the tab: a CSP on its pages, enforced by Chromium', async () => {
    for (const route of [
      '/tab/personal',
      '/tab/team?profile=vakmannen',
      '/tab/config',
      '/tab/print?size=a6',
    ]) {
      const res = await fetch(`${service.url}${route}`);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect([route, csp]).toEqual([route, expect.stringMatching(/^frame-ancestors /)]);
      for (const host of [
        'https://teams.microsoft.com',
        'https://*.teams.microsoft.com',
        'https://*.cloud.microsoft',
        'https://*.office.com',
        'https://*.microsoft365.com',
        'https://outlook.office.com',
      ]) {
        expect(csp.split(' ')).toContain(host);
      }
      expect(csp.split(' ').slice(1)).toEqual([...FRAME_ANCESTORS]);
    }
    const html = await fetch(`${service.url}/tab/personal`).then((r) => r.text());
    const script = /src="(\/tab\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect((await fetch(`${service.url}${script}`)).headers.get('content-security-policy')).toBeNull();
    expect((await fetch(`${service.url}/healthz`)).headers.get('content-security-policy')).toBeNull();

    // Chromium enforces it: a page of another origin (a server of its own on another loopback port) gets an error
    // page in its frame; from there a page without the header (/healthz) frames fine, and the tab frames fine from
    // its own origin, as in every other test.
    const elsewhere = createServer((req, res) => {
      const target = new URL(req.url ?? '/', 'http://x').searchParams.get('src') ?? '';
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(
        `<!doctype html><html lang="en"><title>host</title><iframe id="tab" src="${service.url}${target}"></iframe></html>`,
      );
    });
    await new Promise<void>((resolve) => elsewhere.listen(0, '127.0.0.1', resolve));
    const framed = async (origin: string, target: string) => {
      const context = await browser.newContext();
      try {
        const page = await context.newPage();
        if (origin === service.url) {
          await page.route(
            (url) => url.pathname === '/host',
            (r) =>
              r.fulfill({
                contentType: 'text/html',
                body: `<!doctype html><html lang="en"><title>host</title><iframe id="tab" src="${target}"></iframe></html>`,
              }),
          );
        }
        // goto waits for the page's load event, which waits for its frame, loaded or refused.
        await page.goto(`${origin}/host?src=${encodeURIComponent(target)}`);
        const frame = await (await page.waitForSelector('#tab', { state: 'attached' })).contentFrame();
        return frame?.url();
      } finally {
        await context.close();
      }
    };
    try {
      const other = `http://127.0.0.1:${(elsewhere.address() as AddressInfo).port}`;
      expect(await framed(other, '/tab/personal')).toMatch(/^chrome-error:/);
      expect(await framed(other, '/healthz')).toBe(`${service.url}/healthz`);
      expect(await framed(service.url, '/tab/personal')).toBe(`${service.url}/tab/personal`);
    } finally {
      elsewhere.close();
    }
  });
});
