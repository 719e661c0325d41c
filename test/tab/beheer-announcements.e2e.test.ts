import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Frame } from 'playwright-core';
import { until } from '../announcements/announcement-harness';
import { API_ADMIN, startAnnouncementService, type AnnouncementService } from '../announcements/http-harness';
import { seedPeopleAt } from '../announcements/seed-people';
import { createStores } from '../../src/storage/stores';
import { TEST_TENANT } from '../delivery/delivery-harness';
import { launchChromium } from '../support/chromium';
import { ensureTabBuilt } from '../support/teams-host/build-tab';
import { CLIENT_ID, TENANT_ID, USERS, type TestUser } from '../support/teams-host/entra-stand-in';
import { axeViolations, openTab, type OpenTab } from '../support/teams-host/open-tab';
import { DeliveryGate } from './delivery-gate';

const SHOTS = '/tmp/shots/beheer-ann';
const PEOPLE = Array.from({ length: 12 }, (_, i) => `lezer-${i}`);
const TITLE = 'Nieuwe data opfriscursus';
const PICK_SHOTS = '/tmp/shots/beheer-pick';
/** Teams as the bot would have stored them: two reachable, one gone, one known only from its roster. */
const TEAMS = {
  north: { id: '19:noord@thread.tacv2', name: 'Vakmannen Noord', members: PEOPLE.slice(0, 4) },
  south: { id: '19:zuid@thread.tacv2', name: 'Buurtbeheer Zuid', members: PEOPLE.slice(4, 6) },
  gone: { id: '19:oud@thread.tacv2', name: 'Oud team', members: PEOPLE.slice(6, 7) },
  rosterOnly: { id: '19:elders@thread.tacv2', members: PEOPLE.slice(7, 9) },
};

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
    await seedTeams(world, gate.url);
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

  it('picks people and teams by name, and counts the teams chosen before saving', async () => {
    mkdirSync(PICK_SHOTS, { recursive: true });
    const o = await tab(USERS.admin);
    const f = o.frame;
    const pickShot = (name: string) =>
      f.locator('[data-testid=audience-picker]').screenshot({ path: path.join(PICK_SHOTS, `${name}.png`) });
    await f.click('button:has-text("Nieuwe aankondiging")');
    await field(f, 'title').locator('input').fill('Kantoor vrijdag dicht');
    await field(f, 'body').locator('textarea').fill('Het kantoor is vrijdag gesloten.');

    // People: a team by name, then one of its members found by name.
    await f.click('[data-field=audience] label:has-text("Personen")');
    const people = field(f, 'audience.userIds');
    await people.locator('select').selectOption({ label: 'Vakmannen Noord (4 leden)' });
    await f.waitForSelector('[data-testid=member-picker] :text("Medewerker 3")');
    expect(await people.locator('textarea').count()).toBe(0);
    await people.locator('input[type=search]').fill('medewerker 2');
    expect(await f.locator('[data-testid=member-picker] label').allTextContents()).toEqual([
      expect.stringContaining('Medewerker 2'),
    ]);
    await f.click('[data-testid=member-picker] label:has-text("Medewerker 2")');
    await f.waitForSelector('[data-testid=people-chosen] li:has-text("Medewerker 2")');
    await f.click('button:has-text("Tel ontvangers")');
    await f.waitForSelector('[data-testid=audience-count] :text("Dit gaat naar 1 ontvanger.")');
    expect(await axeViolations(f)).toEqual([]);
    await pickShot('people-wide');

    // Teams: by name, with their size; the gone team is marked, the one without the app cannot be chosen.
    await f.click('[data-field=audience] label:has-text("Teams")');
    const list = f.locator('[data-testid=team-picker]');
    await f.waitForSelector('[data-testid=team-picker] :text("Vakmannen Noord")');
    expect(await list.locator(`input[data-team="${TEAMS.rosterOnly.id}"]`).isDisabled()).toBe(true);
    expect(await list.locator('label:has-text("Oud team")').textContent()).toContain('niet meer bereikbaar');
    expect(await list.locator('label:has-text("Buurtbeheer Zuid")').textContent()).toContain('2 leden');
    await field(f, 'audience.teamIds').locator('input[type=search]').fill('noord');
    expect(await list.locator('input[type=checkbox]').count()).toBe(1);
    await list.locator('label:has-text("Vakmannen Noord")').click();
    await field(f, 'audience.teamIds').locator('input[type=search]').fill('');
    await list.locator('label:has-text("Buurtbeheer Zuid")').click();
    await list.locator('label:has-text("Oud team")').click();
    await f.waitForSelector('[data-testid=teams-chosen]:has-text("3 teams gekozen.")');
    await f.click('button:has-text("Tel ontvangers")');
    await f.waitForSelector('[data-testid=audience-count] :text("Dit gaat naar 2 ontvangers.")');
    expect(await f.textContent('[data-testid=audience-count]')).toContain('1 niet meer bereikbaar');
    expect(await axeViolations(f)).toEqual([]);
    await pickShot('teams-wide');

    // Saved by the ids behind the names: the draft counts the same two channels.
    await f.click('button[type=submit]:has-text("Opslaan")');
    await f.waitForSelector('[data-testid=announcement-detail][data-status=draft]');
    await f.waitForSelector(':text("Dit gaat naar 2 ontvangers.")');
    const saved = await world.call('get', `/api/admin/announcements/${await idOf(f)}`);
    expect(saved.json.audience).toEqual({
      kind: 'teams',
      mode: 'channel',
      teamIds: [TEAMS.north.id, TEAMS.south.id, TEAMS.gone.id],
    });
  });

  it('fits the audience picker in 360 px, light and dark', async () => {
    const o = await tab(USERS.admin, 360);
    const f = o.frame;
    await f.click('button:has-text("Nieuwe aankondiging")');
    await f.click('[data-field=audience] label:has-text("Teams")');
    await f.waitForSelector('[data-testid=team-picker] :text("Vakmannen Noord")');
    await f.locator('[data-testid=team-picker] label:has-text("Oud team")').click();
    await fits(f);
    await f
      .locator('[data-testid=audience-picker]')
      .screenshot({ path: path.join(PICK_SHOTS, 'teams-360.png') });
    await f.click('[data-field=audience] label:has-text("Personen")');
    await field(f, 'audience.userIds').locator('select').selectOption({ label: 'Vakmannen Noord (4 leden)' });
    await f.click('[data-testid=member-picker] label:has-text("Medewerker 1")');
    await f.waitForSelector('[data-testid=people-chosen] li:has-text("Medewerker 1")');
    await fits(f);
    expect(await axeViolations(f)).toEqual([]);
    await f
      .locator('[data-testid=audience-picker]')
      .screenshot({ path: path.join(PICK_SHOTS, 'people-360.png') });
    await setTheme(o, 'dark');
    expect(await axeViolations(f)).toEqual([]);
    await f
      .locator('[data-testid=audience-picker]')
      .screenshot({ path: path.join(PICK_SHOTS, 'people-360-dark.png') });
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

/** Team installs with their names, as the install event carries them, and each team's roster. */
async function seedTeams(world: AnnouncementService, serviceUrl: string): Promise<void> {
  const stores = createStores(world.storage, 'Europe/Amsterdam');
  const at = new Date();
  for (const team of [TEAMS.north, TEAMS.south, TEAMS.gone]) {
    await stores.installations.record({
      conversationId: team.id,
      scope: 'team',
      tenantId: TEST_TENANT,
      teamId: team.id,
      teamName: team.name,
      address: {
        channelId: 'msteams',
        serviceUrl,
        conversation: { id: team.id, tenantId: TEST_TENANT, conversationType: 'channel' },
        bot: { id: '28:bot' },
      },
      at,
      event: 'install',
    });
  }
  await stores.installations.markGone(TEAMS.gone.id, 'ConversationNotFound', at);
  for (const team of Object.values(TEAMS)) await stores.teamMembers.replaceMembers(team.id, team.members, at);
}

/** The id of the announcement the detail view shows. */
async function idOf(f: Frame): Promise<string> {
  const id = await f.getAttribute('[data-testid=announcement-detail]', 'data-id');
  if (!id) throw new Error('no announcement is shown');
  return id;
}
