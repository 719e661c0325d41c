import { mkdirSync } from 'node:fs';
import type { Browser, Frame } from 'playwright-core';
import { cardExecute, cardSubmit, message } from '../support/activities';
import { launchChromium } from '../support/chromium';
import { ConnectorStandIn } from '../support/connector-stand-in';
import { startTestService, type TestService } from '../support/service';
import { ensureTabBuilt } from '../support/teams-host/build-tab';
import { CLIENT_ID, EntraStandIn, TENANT_ID, USERS } from '../support/teams-host/entra-stand-in';
import type { HostOptions } from '../support/teams-host/host-page';
import { axeViolations, openTab, type OpenTab } from '../support/teams-host/open-tab';

const SHOTS = '/tmp/shots/beheer-red';
const QUESTION = 'Mag een opzichter foto’s maken van wat hij ziet, als bewijs voor later?';

jest.setTimeout(120_000);

type Json = Record<string, unknown>;
interface Action {
  type: string;
  title: string;
  verb?: string;
  data?: Json;
}

/** Every action of a card, also inside action sets. */
function actionsOf(node: unknown): Action[] {
  if (Array.isArray(node)) return node.flatMap(actionsOf);
  if (!node || typeof node !== 'object') return [];
  const record = node as Json;
  if (typeof record.type === 'string' && record.type.startsWith('Action.'))
    return [record as unknown as Action];
  return Object.values(record).flatMap(actionsOf);
}

/** Elements that stick out to the right of the page, other than inside a region that scrolls sideways. */
const overflowing = (frame: Frame) =>
  frame.evaluate(() =>
    Array.from(document.querySelectorAll('*'))
      .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1)
      .filter((e) => {
        for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {
          if (getComputedStyle(a).overflowX !== 'visible') return false;
        }
        return true;
      })
      .map((e) => `${e.tagName.toLowerCase()}.${String(e.className).split(' ')[0]}`),
  );

// One service; the bot receives the feedback and the question first, then the tab shows them to an admin.
// The tests run in order: the last ones mark and delete the question.

describe('the Beheer tab, Redactie, in a simulated Teams host', () => {
  let entra: EntraStandIn;
  let connector: ConnectorStandIn;
  let service: TestService;
  let browser: Browser;
  let chat = 0;
  const open: OpenTab[] = [];
  /** The topics the bot answered with, as the feedback buttons name them. */
  const topics: string[] = [];

  /** Asks the bot in a fresh chat; returns the first card it sent and the chat. */
  const ask = async (text: string, locale = 'nl-NL') => {
    const o = { serviceUrl: connector.url, conversationId: `a:editorial-${++chat}`, locale };
    expect((await service.post(message(text, o))).status).toBe(200);
    const reply = connector.messages(o.conversationId).find((r) => Array.isArray(r.attachments));
    if (!reply) throw new Error(`no card for "${text}"`);
    return { card: (reply.attachments as { content: Json }[])[0].content, o };
  };
  /** Presses an Action.Execute button; returns the card that takes the old one's place. */
  const press = async (card: Json, title: string, o: { serviceUrl: string; conversationId: string }) => {
    const action = actionsOf(card).find((a) => a.title === title);
    if (!action?.verb) throw new Error(`no button "${title}"`);
    const res = await service.post(cardExecute(action.verb, action.data ?? {}, o));
    expect(res.status).toBe(200);
    return { card: ((await res.json()) as { value: Json }).value, topic: String(action.data?.topic) };
  };

  beforeAll(async () => {
    ensureTabBuilt();
    mkdirSync(SHOTS, { recursive: true });
    entra = await new EntraStandIn().start();
    connector = await new ConnectorStandIn().start();
    service = await startTestService(entra.serviceEnv());
    browser = await launchChromium();

    // Through the bot, as people do it: "meldrecht" is judged helpful once and not helpful twice (an emergency,
    // and unclear); another topic is judged helpful.
    for (const reason of ['Dit was een noodgeval', 'Niet duidelijk']) {
      const { card, o } = await ask('mag ik informatie delen zonder toestemming? meldrecht');
      const no = await press(card, 'Nee', o);
      topics.push(no.topic);
      await press(no.card, reason, o);
    }
    const yes = await ask('mag ik informatie delen zonder toestemming? meldrecht');
    await press(yes.card, 'Ja, dit helpt', yes.o);
    const other = await ask('wat doet Veilig Thuis');
    topics.push((await press(other.card, 'Ja, dit helpt', other.o)).topic);

    // Two Dutch questions and one English one get no answer; the first is sent on to the editors.
    const fallback = await ask('hoe vraag ik een parkeervergunning aan');
    await ask('waar staat de koffieautomaat');
    await ask('what is the wifi password', 'en-US');
    expect(actionsOf(fallback.card).some((a) => a.data?.verb === 'question.offer')).toBe(true);
    expect(
      (await service.post(cardSubmit({ verb: 'question.send', question: QUESTION }, fallback.o))).status,
    ).toBe(200);
  });
  afterEach(async () => {
    await Promise.all(open.splice(0).map((o) => o.close()));
  });
  afterAll(async () => {
    await browser?.close();
    await service?.stop();
    await connector?.stop();
    await entra?.stop();
  });

  const tab = async (options: Partial<HostOptions> = {}, width = 1100, height = 900) => {
    const opened = await openTab(
      browser,
      service.url,
      {
        tabPath: '/tab/beheer?sectie=redactie',
        token: entra.token(USERS.admin, { aud: CLIENT_ID }),
        frameContext: 'content',
        user: { oid: USERS.admin.oid, upn: USERS.admin.upn, name: USERS.admin.name },
        tenantId: TENANT_ID,
        ...options,
      },
      { width, height },
    );
    open.push(opened);
    await opened.frame.waitForSelector('[data-testid=feedback-table]');
    await opened.frame.waitForSelector('[data-testid=unanswered] table');
    await opened.frame.waitForSelector('[data-testid=editor-questions]');
    return opened;
  };
  const shot = (o: OpenTab, name: string) =>
    o.page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
  const setTheme = (o: OpenTab, theme: string) =>
    o.page.evaluate(
      (t) => (window as unknown as { teamsHost: { setTheme(t: string): void } }).teamsHost.setTheme(t),
      theme,
    );
  /** The feedback table's rows as [topic id, helpful %, yes, no, reasons]. */
  const feedbackRows = (f: Frame) =>
    f.$$eval('[data-testid=feedback-table] tbody tr', (rows) =>
      rows.map((r) => [
        r.getAttribute('data-topic'),
        r.querySelector('[data-field=share]')?.textContent,
        r.querySelector('[data-field=helpful]')?.textContent,
        r.querySelector('[data-field=notHelpful]')?.textContent,
        Array.from(r.querySelectorAll('[data-field=reasons] [data-reason]')).map((li) => li.textContent),
      ]),
    );
  const questionIds = (f: Frame) =>
    f.$$eval('[data-testid=editor-questions] [data-question]', (items) =>
      items.map((i) => [i.getAttribute('data-state'), i.querySelector('p')?.textContent]),
    );

  it('shows the verdicts the bot received per topic, with the emergency, and sorts on a column', async () => {
    const [meldrecht, other] = [topics[0], topics[2]];
    expect(topics[1]).toBe(meldrecht);
    expect(other).not.toBe(meldrecht);
    const o = await tab();
    const f = o.frame;
    expect(await feedbackRows(f)).toEqual([
      [meldrecht, '33%', '1', '2', ['Dit was een noodgeval1×', 'Niet duidelijk1×']],
      [other, '100%', '1', '0', []],
    ]);
    expect(await f.textContent(`[data-topic=${meldrecht}] td`)).toContain('Meldrecht');
    // Most "not helpful" first; "Nuttig" sorts from most helpful down, a second press turns it round.
    await f.click('[data-column=share] [role=button]');
    expect((await feedbackRows(f)).map((r) => r[0])).toEqual([other, meldrecht]);
    expect(await f.getAttribute('[data-column=share]', 'aria-sort')).toBe('descending');
    await f.click('[data-column=share] [role=button]');
    expect((await feedbackRows(f)).map((r) => r[0])).toEqual([meldrecht, other]);
    expect(await f.getAttribute('[data-column=share]', 'aria-sort')).toBe('ascending');

    const unanswered = await f.$$eval('[data-testid=unanswered] tbody tr', (rows) =>
      rows.map((r) => Array.from(r.querySelectorAll('td')).map((td) => td.textContent)),
    );
    expect(unanswered).toEqual([['2', '1', '3']]);
    expect(await questionIds(f)).toEqual([['new', QUESTION]]);
    await shot(o, 'redactie-wide');
    expect(await axeViolations(f)).toEqual([]);
  });

  it('passes axe in the dark and high-contrast themes, and fits 360 px', async () => {
    const o = await tab();
    for (const theme of ['dark', 'contrast']) {
      await setTheme(o, theme);
      await o.frame.waitForSelector(`[data-theme=${theme}]`);
      expect([theme, await axeViolations(o.frame)]).toEqual([theme, []]);
      await shot(o, `redactie-${theme}`);
    }
    // Tall, so that the screenshot shows the whole section (the tab scrolls inside the host's frame).
    const phone = await tab({}, 360, 2200);
    const [scrollWidth, innerWidth] = await phone.frame.evaluate(() => [
      document.documentElement.scrollWidth,
      window.innerWidth,
    ]);
    expect(await overflowing(phone.frame)).toEqual([]);
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
    expect(await axeViolations(phone.frame)).toEqual([]);
    await shot(phone, 'redactie-360');
  });

  it('speaks English when Teams says so', async () => {
    const o = await tab({ locale: 'en-gb' });
    const text = (await o.frame.textContent('[data-testid=editorial]')) ?? '';
    for (const words of [
      'Verdicts per topic',
      'This was an emergency',
      'Questions without an answer',
      'Mark as read',
    ]) {
      expect(text).toContain(words);
    }
    await shot(o, 'redactie-en');
  });

  it('marks the question read and handled, then deletes it after a confirmation', async () => {
    const o = await tab();
    const f = o.frame;
    const item = '[data-testid=editor-questions] [data-question]';
    await f.click(`${item} button:has-text("Markeer als gelezen")`);
    await f.waitForSelector(`${item}[data-state=read]`);
    expect(await f.textContent('[role=status]')).toContain('gemarkeerd als gelezen');

    // Handled, it leaves the "Open" list; focus goes to the list's heading.
    await f.click(`${item} button:has-text("Afgehandeld")`);
    await f.waitForSelector(`[data-testid=questions] :text("Geen open vragen.")`);
    expect(await f.evaluate(() => document.activeElement?.id)).toBe('editor-questions-title');
    await f.click('[data-testid=question-filter] label:has-text("Afgehandeld")');
    await f.waitForSelector(`${item}[data-state=handled]`);
    expect(await questionIds(f)).toEqual([['handled', QUESTION]]);

    // "Annuleren" keeps it; "Verwijderen" in the dialog deletes it.
    await f.click(`${item} button:has-text("Verwijderen")`);
    const dialog = f.locator('[role=dialog]');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('definitief verwijderd');
    expect(await axeViolations(f)).toEqual([]);
    await shot(o, 'redactie-confirm-delete');
    await dialog.locator('button:has-text("Annuleren")').click();
    await dialog.waitFor({ state: 'detached' });
    expect(await questionIds(f)).toEqual([['handled', QUESTION]]);

    await f.click(`${item} button:has-text("Verwijderen")`);
    await dialog.locator('button:has-text("Verwijderen")').click();
    await f.waitForSelector(`[data-testid=questions] :text("Nog geen afgehandelde vragen.")`);
    expect(await f.textContent('[role=status]')).toContain('verwijderd');
    await f.click('[data-testid=question-filter] label:has-text("Alle")');
    await f.waitForSelector(`[data-testid=questions] :text("Nog geen vragen aan de redactie.")`);
    expect(service.logLines.join('\n')).not.toContain(QUESTION);
  });
});
