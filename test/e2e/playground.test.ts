/**
 * Voordeur in a real client: the Microsoft 365 Agents Playground (Microsoft's local Teams stand-in), driven in
 * headless Chromium.
 *
 * What the Playground (0.2.28, channel msteams) does, which these tests rely on:
 * - When its page connects, it sends `installationUpdate` (action `add`, locale `en-US`) and then
 *   `conversationUpdate` (membersAdded: the user and the bot; no locale) for a personal chat; again on every
 *   page load, with the same conversation id.
 * - Messages and card submits carry `locale: 'en-US'` and a `clientInfo` entity with `en-US`, so Voordeur
 *   answers them in English. The welcome card answers the `conversationUpdate`, which names no locale: Voordeur
 *   takes the language the installationUpdate stored with the person.
 * - Replies go to its mock connector at `http://localhost:<ui port>/_connector`, which answers member lookups.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium';
import { freePort, spawnProcess, waitForUrl, type SpawnedProcess } from '../support/processes';
import { startTestService, type TestService } from '../support/service';

const OUTPUT_DIR = path.resolve(__dirname, '../../test-output/playground');
const PLAYGROUND_LOG = path.join(OUTPUT_DIR, 'playground.log');
const PLAYGROUND_CLI = path.join(
  path.dirname(require.resolve('@microsoft/m365agentsplayground/package.json')),
  'cli.js',
);

/** Bounded waits: generous for a loaded CI machine, short enough to fail within the test timeout. */
const START_WAIT_MS = 30_000;
const CARD_WAIT_MS = 30_000;

/** Settings of the Playground that the developer's environment must not change in this test. */
const PLAYGROUND_ENV_PREFIXES = ['TEAMSAPPTESTER_', 'M365_AGENTS_PLAYGROUND_', 'TEAMS_APP_TEST_TOOL_'];
const PLAYGROUND_ENV_NAMES = [
  'BOT_ENDPOINT',
  'SEND_INSTALLATION_ACTIVITY',
  'DEFAULT_CHANNEL_ID',
  'AUTH_CLIENT_ID',
  'AUTH_CLIENT_SECRET',
  'AUTH_TENANT_ID',
  // Everything here is on loopback; a proxy from the environment must not get in between.
  'HTTP_PROXY',
  'HTTPS_PROXY',
  'http_proxy',
  'https_proxy',
];

function playgroundEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (PLAYGROUND_ENV_NAMES.includes(name)) continue;
    if (PLAYGROUND_ENV_PREFIXES.some((prefix) => name.startsWith(prefix))) continue;
    env[name] = value;
  }
  return {
    ...env,
    TEAMSAPPTESTER_BROWSER: 'none',
    M365_AGENTS_PLAYGROUND_LOGFILE: PLAYGROUND_LOG,
    NO_PROXY: '*',
  };
}

describe('Voordeur in the Microsoft 365 Agents Playground', () => {
  let workDir = '';
  let service: TestService | undefined;
  let playground: SpawnedProcess | undefined;
  let browser: Browser | undefined;
  let page: Page | undefined;
  const logLines = (): string[] => service?.logLines ?? [];

  /** The bot's and the Playground's last words, for a failure message. */
  function diagnostics(): string {
    let playgroundLog: string;
    try {
      playgroundLog = readFileSync(PLAYGROUND_LOG, 'utf8').slice(-3000);
    } catch {
      playgroundLog = '(no log file)';
    }
    return [
      '--- Voordeur log (last 20 lines):',
      ...logLines().slice(-20),
      '--- Playground output:',
      playground?.output().slice(-2000) ?? '(not started)',
      '--- Playground log file:',
      playgroundLog,
    ].join('\n');
  }

  /** Runs one step; on failure, saves a screenshot and adds the logs to the error. */
  async function step<T>(name: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      await page?.screenshot({ path: path.join(OUTPUT_DIR, `failed-${name}.png`) }).catch(() => undefined);
      const message = error instanceof Error ? error.message : String(error);
      throw new Error(`${name} failed: ${message}\n${diagnostics()}`, { cause: error });
    }
  }

  function theCard(title: string | RegExp): Locator {
    if (!page) throw new Error('the page is not open');
    return page.locator('.ac-adaptiveCard').filter({ hasText: title }).last();
  }

  async function screenshot(name: string): Promise<void> {
    await page?.screenshot({ path: path.join(OUTPUT_DIR, `${name}.png`) });
  }

  beforeAll(async () => {
    rmSync(OUTPUT_DIR, { recursive: true, force: true });
    mkdirSync(OUTPUT_DIR, { recursive: true });
    workDir = mkdtempSync(path.join(tmpdir(), 'voordeur-playground-'));

    // Voordeur itself: local mode (no BOT_ID), SQLite in a temporary folder, a port of its own choosing.
    service = await startTestService({ LOG_LEVEL: 'info' });

    // The Playground, run with this Node from its bin file (npx could prompt or go online). Its working folder
    // is a temporary one: it writes devTools/ there and would read a developer's .m365agentsplayground.yml.
    playground = spawnProcess(
      process.execPath,
      [
        PLAYGROUND_CLI,
        '--app-endpoint',
        `${service.url}/api/messages`,
        '--channel-id',
        'msteams',
        '--port',
        String(await freePort()),
        '--disable-telemetry',
      ],
      { cwd: workDir, env: playgroundEnv(), name: 'Agents Playground' },
    );
    // Without a terminal it prints only "Listening on <port>"; the port differs from ours if ours was taken.
    const [, uiPort] = await step('start the Playground', () =>
      playground!.waitForOutput(/Listening on (\d+)/, START_WAIT_MS),
    );
    const uiUrl = `http://127.0.0.1:${uiPort}/`;
    await step('reach the Playground UI', () => waitForUrl(uiUrl, { timeoutMs: START_WAIT_MS }));

    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'en-US' });
    // Only loopback: the page's CDN fonts and animations fail fast instead of waiting on a network.
    await context.route(/^https?:\/\/(?!localhost[:/]|127\.0\.0\.1[:/])/, (route) => route.abort());
    page = await context.newPage();
    page.setDefaultTimeout(CARD_WAIT_MS);
    await step('open the Playground UI', () => page!.goto(uiUrl, { waitUntil: 'domcontentloaded' }));
  }, 120_000);

  afterAll(async () => {
    // Every step runs even when an earlier one fails: no process may outlive the test.
    await page?.screenshot({ path: path.join(OUTPUT_DIR, 'last.png') }).catch(() => undefined);
    await browser?.close().catch(() => undefined);
    await playground?.stop({ graceMs: 5000 });
    await service?.stop({ graceMs: 2000 }).catch(() => undefined);
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  }, 30_000);

  it('welcomes the user when the Playground installs the bot', async () => {
    // The Playground's client is en-US: its conversationUpdate names no locale, its installationUpdate does.
    const welcome = theCard('Welcome to Voordeur');
    await step('see the welcome card', () => welcome.waitFor({ state: 'visible' }));
    await expect(
      welcome.getByRole('heading', { name: 'Welcome to Voordeur', exact: true }).count(),
    ).resolves.toBe(1);
    await expect(welcome.getByRole('button').count()).resolves.toBeGreaterThanOrEqual(3);
    await screenshot('01-welcome');
  }, 60_000);

  it('answers "help" typed in the send box with the help card', async () => {
    const sendBox = page!.locator('[contenteditable="true"][role="textbox"]');
    await step('type "help"', async () => {
      await sendBox.click();
      await sendBox.pressSequentially('help');
      await sendBox.press('Enter');
    });
    // The Playground sends locale en-US, so the help card is in English.
    const help = theCard('What can Voordeur do for you?');
    await step('see the help card', () => help.waitFor({ state: 'visible' }));
    await expect(
      help.getByRole('heading', { name: 'What can Voordeur do for you?', exact: true }).count(),
    ).resolves.toBe(1);
    await screenshot('02-help');
  }, 60_000);

  it('answers a help card button with its topic card', async () => {
    const help = theCard('What can Voordeur do for you?');
    await step('press "The 5 steps"', () =>
      help.getByRole('button', { name: 'The 5 steps', exact: true }).click(),
    );
    const topic = theCard('The meldcode in five steps');
    await step('see the topic card', () => topic.waitFor({ state: 'visible' }));
    await expect(
      topic.getByRole('heading', { name: 'The meldcode in five steps', exact: true }).count(),
    ).resolves.toBe(1);
    await expect(topic.innerText()).resolves.toContain('Veilig Thuis');
    await screenshot('03-topic-steps');
  }, 60_000);

  /** Types a message into the Playground's send box and presses Enter. */
  async function send(text: string): Promise<void> {
    const sendBox = page!.locator('[contenteditable="true"][role="textbox"]');
    await step(`type "${text}"`, async () => {
      await sendBox.click();
      await sendBox.pressSequentially(text);
      await sendBox.press('Enter');
    });
  }

  // Guidance round 2, seen in a real client. The Playground's client is en-US; Dutch text gets Dutch answers.
  it('answers a suicide threat for tonight with 112 first, then 113', async () => {
    await send('mijn buurvrouw zei dat ze er vanavond een eind aan maakt');
    const card = theCard('113 Zelfmoordpreventie');
    await step('see the danger card', () => card.waitFor({ state: 'visible' }));
    const text = await card.innerText();
    expect(text.indexOf('112')).toBeGreaterThanOrEqual(0);
    expect(text.indexOf('112')).toBeLessThan(text.indexOf('113'));
    expect(text).not.toContain('veilige plek'); // advice for a threat to others, not to oneself
    // The call buttons open tel: links, which the renderer gives the role of a link.
    await expect(card.getByRole('link', { name: 'Bel 112' }).count()).resolves.toBeGreaterThanOrEqual(1);
    await screenshot('04-danger-suicide');
  }, 60_000);

  it('leads an answer about violence without "now" with one line: is someone in danger now?', async () => {
    await send('hoe herken je achteraf dat iemand is gewurgd');
    const card = theCard('Is iemand nu in gevaar? Bel 112.');
    await step('see the answer led by the danger line', () => card.waitFor({ state: 'visible' }));
    const text = await card.innerText();
    expect(text.trim().startsWith('Is iemand nu in gevaar? Bel 112.')).toBe(true);
    expect(text).not.toContain('Grijp niet zelf in');
    await screenshot('05-possible-danger');
  }, 60_000);

  it('answers "what do I do" about something seen with actions and an "Ik zie iets" button', async () => {
    await send('wat moet ik doen als ik blauwe plekken zie bij een kind');
    const card = theCard('Had je hier iets aan?');
    await step('see the answer', () => card.waitFor({ state: 'visible' }));
    await expect(card.getByRole('button', { name: 'Ik zie iets' }).count()).resolves.toBe(1);
    await screenshot('06-what-to-do');

    await step('press "Ja, dit helpt"', () => card.getByRole('button', { name: 'Ja, dit helpt' }).click());
    const thanked = theCard('Dank je. Zo maken we Voordeur beter.');
    await step('see the card updated in place', () => thanked.waitFor({ state: 'visible' }));
    await expect(thanked.getByRole('button', { name: 'Ja, dit helpt' }).count()).resolves.toBe(0);
    await screenshot('07-feedback-in-place');
  }, 60_000);

  it('handled every activity of the Playground without an error', () => {
    const entries = logLines().map((line) => JSON.parse(line) as Record<string, unknown>);
    const failures = entries.filter((entry) => entry.level === 'error' || entry.level === 'fatal');
    expect(failures).toEqual([]);
    const turns = entries.filter((entry) => entry.event === 'turn');
    expect(turns.length).toBeGreaterThanOrEqual(4); // installationUpdate, conversationUpdate, the messages
    expect(turns.filter((turn) => turn.status !== undefined && turn.status !== 200)).toEqual([]);
  });
});
