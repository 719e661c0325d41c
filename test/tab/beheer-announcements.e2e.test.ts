import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Frame } from 'playwright-core';
import { until } from '../announcements/announcement-harness';
import { API_ADMIN, startAnnouncementService, type AnnouncementService } from '../announcements/http-harness';
import { seedPeopleAt } from '../announcements/seed-people';
import { launchChromium } from '../support/chromium';
import { ensureTabBuilt } from '../support/teams-host/build-tab';
import { CLIENT_ID, TENANT_ID, USERS, type TestUser } from '../support/teams-host/entra-stand-in';
import { axeViolations, openTab, type OpenTab } from '../support/teams-host/open-tab';
import { DeliveryGate } from './delivery-gate';

const SHOTS = '/tmp/shots/beheer-ann';
const PEOPLE = Array.from({ length: 12 }, (_, i) => `lezer-${i}`);
const TITLE = 'Nieuwe data opfriscursus';

jest.setTimeout(180_000);

/**
 * The Aankondigingen section of the Beheer tab in a simulated Teams host: a real service with tokens from the
 * Entra stand-in, delivering through a gate to the connector simulator, so the test can hold a send halfway.
 */
describe('the Beheer tab: announcements', () => {
  let world: AnnouncementService;
  let gate: DeliveryGate;
  let browser: Browser;
  const open: OpenTab[] = [];

  beforeAll(async () => {
    ensureTabBuilt();
    mkdirSync(SHOTS, { recursive: true });
    world = await startAnnouncementService(50);
    gate = await new DeliveryGate(world.simulator.url).start();
    await seedPeopleAt(world.storage, gate.url, PEOPLE, { id: API_ADMIN.oid, name: API_ADMIN.name });
    browser = await launchChromium();
  });
  afterEach(async () => {
    await Promise.all(open.splice(0).map((o) => o.close()));
  });
  afterAll(async () => {
    await browser?.close();
    await gate?.stop();
    await world?.stop();
  });

  const tab = async (user: TestUser, width = 1100, locale = 'nl-nl') => {
    const opened = await openTab(
      browser,
      world.service.url,
      {
        tabPath: '/tab/beheer',
        token: world.entra.token(user, { aud: CLIENT_ID }),
        frameContext: 'content',
        user: { oid: user.oid, upn: user.upn, name: user.name },
        tenantId: TENANT_ID,
        locale,
      },
      { width, height: 900 },
    );
    open.push(opened);
    return opened;
  };
  const shot = (o: OpenTab, name: string) =>
    o.page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
  const setTheme = async (o: OpenTab, theme: string) => {
    await o.page.evaluate(
      (t) => (window as unknown as { teamsHost: { setTheme(t: string): void } }).teamsHost.setTheme(t),
      theme,
    );
    await o.frame.waitForSelector(`[data-theme=${theme}]`);
  };
  const fits = async (f: Frame) => {
    const [scroll, inner] = await f.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    expect(scroll).toBeLessThanOrEqual(inner);
  };
  const field = (f: Frame, key: string) => f.locator(`[data-field="${key}"]`);
  const count = async (f: Frame, key: string) =>
    Number(await f.textContent(`[data-testid=progress] [data-count=${key}] dd`));

  it('shows a non-admin only that the tab is for admins', async () => {
    const o = await tab(USERS.employee);
    await o.frame.waitForSelector('[role=alert]:has-text("alleen voor beheerders")');
    expect(await o.frame.locator('[data-section=aankondigingen]').count()).toBe(0);
    expect(await axeViolations(o.frame)).toEqual([]);
    await shot(o, 'non-admin');
  });

  it('composes with a live preview, keeps the text on a refusal, counts, sends, follows, reports, retracts', async () => {
    const o = await tab(USERS.admin);
    const f = o.frame;
    await f.waitForSelector('[data-section=aankondigingen] :text("Er zijn nog geen aankondigingen.")');
    await f.click('button:has-text("Nieuwe aankondiging")');

    // Compose: the preview is the server's card, drawn by the Adaptive Cards renderer.
    const badBody = '# Nieuwe data\nDe **opfriscursus** is op 3 maart.\n- Noord: 10:00\n- Zuid: 14:00';
    await field(f, 'title').locator('input').fill(TITLE);
    await field(f, 'body').locator('textarea').fill(badBody);
    await f.click('button:has-text("Knop toevoegen")');
    await field(f, 'buttons.0.title').locator('input').fill('Inschrijven');
    await field(f, 'buttons.0.url').locator('input').fill('https://leren.example/opfris');
    await f.click('[data-field=acknowledge] input[role=switch]');
    const preview = f.locator('[data-testid=card-preview] .ac-adaptiveCard');
    await f.waitForSelector(`[data-testid=card-preview] .ac-adaptiveCard :text("${TITLE}")`);
    await f.waitForSelector(
      '[data-testid=card-preview] .ac-adaptiveCard button:has-text("Gelezen en begrepen")',
    );
    expect(await preview.locator('strong:has-text("opfriscursus")').count()).toBe(1);
    expect(await preview.locator('li').allTextContents()).toEqual(['Noord: 10:00', 'Zuid: 14:00']);
    expect(await preview.locator('button:has-text("Inschrijven")').count()).toBe(1);

    // The audience: a CSV with one address nobody knows, counted before saving.
    await f.click('[data-field=audience] label:has-text("CSV-bestand")');
    const csv = ['naam;mail', ...PEOPLE.map((p) => `x;${p}@example.org`), 'y;onbekend@elders.example'].join(
      '\n',
    );
    await field(f, 'audience.csv').locator('textarea').fill(csv);
    await f.click('button:has-text("Tel ontvangers")');
    await f.waitForSelector('[data-testid=audience-count] :text("Dit gaat naar 12 ontvangers.")');
    expect(await f.locator('[data-testid=audience-unknown] li').allTextContents()).toEqual([
      'onbekend@elders.example',
    ]);

    // A refusal: the Dutch sentence beside the body, focus there, and nothing typed lost.
    await f.click('button[type=submit]:has-text("Opslaan")');
    await f.waitForSelector('[data-field=body] :text("Teams toont geen koppen")');
    expect(
      await f.evaluate(() => document.activeElement?.closest('[data-field]')?.getAttribute('data-field')),
    ).toBe('body');
    expect(await field(f, 'body').locator('textarea').inputValue()).toBe(badBody);
    expect(await field(f, 'title').locator('input').inputValue()).toBe(TITLE);
    expect(await field(f, 'audience.csv').locator('textarea').inputValue()).toBe(csv);
    expect(await f.textContent('[data-testid=save-failure]')).toContain('Eén veld klopt nog niet');
    expect(await axeViolations(f)).toEqual([]);
    await shot(o, 'compose-refused');

    await field(f, 'body').locator('textarea').fill(badBody.replace('# Nieuwe data\n', ''));
    await f.click('button[type=submit]:has-text("Opslaan")');
    await f.waitForSelector('[data-testid=announcement-detail][data-status=draft]');
    await f.waitForSelector(':text("Dit gaat naar 12 ontvangers.")');

    // "Stuur mij een voorbeeld" reaches the admin's own chat.
    await f.click('button:has-text("Stuur mij een voorbeeld")');
    await f.waitForSelector('[data-testid=notice] :text("Het voorbeeld staat klaar")');
    const adminChat = `a:${API_ADMIN.oid}`;
    await until('the preview to arrive', async () => world.simulator.messages(adminChat).length === 1);
    expect(JSON.stringify(world.simulator.messages(adminChat)[0])).toContain('Voorbeeld');

    // Send, held at the gate after four requests: the tab shows the progress, then the end.
    gate.allow(4);
    await f.click('[data-testid=send-now]');
    await f.waitForSelector('[role=dialog] :text("gaat nu naar 12 ontvangers")');
    await f.click('[data-testid=send-now-confirm]');
    await f.waitForSelector('[data-testid=progress][data-status=sending]');
    await until('some messages to be sent', async () => (await count(f, 'sent')) > 0);
    expect(await count(f, 'total')).toBe(12);
    expect(await count(f, 'sent')).toBeLessThan(12);
    expect(await count(f, 'pending')).toBeGreaterThan(0);
    expect(await f.textContent('[data-testid=progress-state]')).toMatch(
      /van 12 verwerkt · .* per seconde · nog/,
    );
    await shot(o, 'sending');
    gate.allow(Infinity);
    await f.waitForSelector('[data-testid=progress][data-status=sent]', { timeout: 60_000 });
    expect(await f.textContent('[data-testid=progress-state]')).toContain('Klaar');
    expect(await count(f, 'sent')).toBe(12);
    expect(world.simulator.summary().duplicates).toBe(0);

    // Two people acknowledge in Teams; the report shows who.
    await world.acknowledge(await idOf(f), PEOPLE[0]);
    await world.acknowledge(await idOf(f), PEOPLE[5]);
    await f.click('button:has-text("Terug naar de lijst")');
    await f.click(`[data-group=sent] button:has-text("${TITLE}")`);
    await f.waitForSelector('[data-testid=report] tbody tr');
    expect(await count(f, 'acknowledged')).toBe(2);
    expect(await f.locator('[data-testid=report] tbody tr').count()).toBe(12);
    expect(await f.locator('[data-testid=report] tr[data-acknowledged=yes]').allTextContents()).toEqual([
      expect.stringContaining('Medewerker 0'),
      expect.stringContaining('Medewerker 5'),
    ]);
    expect(await f.textContent('[data-testid=audit]')).toMatch(/Ali Admin: verstuurd \(12 ontvangers/);

    for (const theme of ['default', 'dark', 'contrast']) {
      if (theme !== 'default') await setTheme(o, theme);
      expect([theme, await axeViolations(f)]).toEqual([theme, []]);
      await shot(o, `report-${theme}`);
    }

    // Retract, after a confirmation: every sent message is deleted from Teams.
    await f.click('[data-testid=retract]');
    await f.waitForSelector('[role=dialog] :text("Dit kun je niet ongedaan maken")');
    await f.click('[data-testid=retract-confirm]');
    await f.waitForSelector('[data-testid=announcement-detail][data-status=retracted]');
    await f.waitForSelector('[data-testid=notice] :text("Ingetrokken. 12 berichten worden verwijderd.")');
    await until('every message to be deleted', async () => {
      const histories = [...world.simulator.activityHistories().values()];
      return (
        histories.filter((h) => PEOPLE.some((p) => h.conversationId === `a:${p}`) && h.deletes === 1)
          .length === 12
      );
    });
    expect(await f.textContent('[data-testid=audit]')).toContain('Ali Admin: ingetrokken');
  });

  it('fits 360 px, in the list, the form and the report', async () => {
    const o = await tab(USERS.admin, 360);
    const f = o.frame;
    await f.waitForSelector('[data-testid=announcement-list]');
    await fits(f);
    await shot(o, 'list-360');
    await f.click(`[data-group=retracted] button:has-text("${TITLE}")`);
    await f.waitForSelector('[data-testid=report] tbody tr');
    await fits(f);
    expect(await axeViolations(f)).toEqual([]);
    await shot(o, 'report-360');
    await f.click('button:has-text("Terug naar de lijst")');
    await f.click('button:has-text("Nieuwe aankondiging")');
    await field(f, 'title').locator('input').fill('Kort');
    await f.waitForSelector('[data-testid=card-preview] .ac-adaptiveCard :text("Kort")');
    await fits(f);
    expect(await axeViolations(f)).toEqual([]);
    await shot(o, 'compose-360');
  });

  it('speaks English when Teams says so', async () => {
    const o = await tab(USERS.admin, 1100, 'en-gb');
    const f = o.frame;
    await f.waitForSelector('[data-group=retracted] :text("Retracted (1)")');
    await f.click('button:has-text("New announcement")');
    await f.waitForSelector('[data-testid=card-preview] .ac-adaptiveCard :text("Announcement")');
    expect(await f.textContent('form')).toContain('Link buttons (at most 3)');
    await shot(o, 'compose-en');
  });
});

/** The id of the announcement the detail view shows. */
async function idOf(f: Frame): Promise<string> {
  const id = await f.getAttribute('[data-testid=announcement-detail]', 'data-id');
  if (!id) throw new Error('no announcement is shown');
  return id;
}
