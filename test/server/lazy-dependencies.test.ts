import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { cardTexts, message } from '../support/activities';
import { OpenAIStandIn } from '../support/openai-stand-in';
import { spawnProcess, type SpawnedProcess } from '../support/processes';

// The hook patches node's own CommonJS loader, which jest's module system bypasses: every check runs in a real
// `node` process, with the compiled hook (dist/, built by the global setup) preloaded as src/index.ts loads it.
const ROOT = path.resolve(__dirname, '../..');
const HOOK = path.join(ROOT, 'dist', 'install-lazy-dependencies.js');
const LOADED_PACKAGES = pathToFileURL(path.join(ROOT, 'test', 'support', 'loaded-packages.mjs')).href;

/** The packages the hook keeps out until first use (src/lazy-dependencies.ts). */
const LAZY = [
  'gpt-tokenizer',
  '@microsoft/recognizers-text-number',
  '@microsoft/recognizers-text-date-time',
  '@microsoft/recognizers-text-choice',
  '@microsoft/recognizers-text-data-types-timex-expression',
];

/** Defined in every child script: the npm packages in require.cache, and a way to hand back a result. */
const PRELUDE = `
const loadedPackages = () => [...new Set(Object.keys(require.cache)
  .map((f) => /.*node_modules\\/((?:@[^/]+\\/)?[^/]+)/.exec(f)?.[1]).filter(Boolean))].sort();
const lazyLoaded = () => ${JSON.stringify(LAZY)}.filter((p) => loadedPackages().includes(p));
const done = (result) => process.stdout.write('\\n' + JSON.stringify(result) + '\\n');
`;

const execFileAsync = promisify(execFile);

/** Runs `script` (an async function body) in a fresh `node`, with or without the hook; returns what it passed to done(). */
async function inNode(script: string, { hook }: { hook: boolean }): Promise<Record<string, unknown>> {
  const body = `${PRELUDE}\n(async () => {\n${script}\n})().catch((e) => { console.error(e); process.exit(1); });`;
  const args = [...(hook ? ['-r', HOOK] : []), '-e', body];
  const { stdout } = await execFileAsync(process.execPath, args, { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 });
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as Record<string, unknown>;
}

/** jest's timeout for the tests that start processes: only stops a hung test; every wait ends on a condition. */
const BACKSTOP_MS = 5 * 60_000;

describe('dependencies loaded on first use', () => {
  it(
    'stay out of require.cache when teams-ai, botbuilder-dialogs and adaptive-expressions are loaded',
    async () => {
      const script = `
        require('@microsoft/teams-ai');
        require('botbuilder-dialogs');
        require('adaptivecards-templating');
        done({ packages: loadedPackages() });`;
      const [hooked, plain] = await Promise.all([
        inNode(script, { hook: true }),
        inNode(script, { hook: false }),
      ]);
      // Without the hook these three load every one of them at once: the check below is not empty.
      expect(plain.packages).toEqual(expect.arrayContaining(LAZY));
      expect(hooked.packages).toEqual(expect.arrayContaining(['@microsoft/teams-ai', 'botbuilder-dialogs']));
      expect((hooked.packages as string[]).filter((p) => LAZY.includes(p))).toEqual([]);
      // Kept eager on purpose: botbuilder-dialogs reads its Culture at load (src/lazy-dependencies.ts).
      expect(hooked.packages).toContain('@microsoft/recognizers-text-suite');
    },
    BACKSTOP_MS,
  );

  it(
    "tokenize in teams-ai's GPTTokenizer and GPT3Tokenizer exactly as gpt-tokenizer loaded plainly",
    async () => {
      const text = 'Hallo wereld, ik maak me zorgen om het kind van de buren. 123 €';
      const hooked = await inNode(
        `
        const compiled = {};
        const Module = require('node:module');
        const compile = Module.prototype._compile;
        Module.prototype._compile = function (content, filename) {
          if (filename.includes('/gpt-tokenizer/')) compiled[filename] = (compiled[filename] ?? 0) + 1;
          return compile.call(this, content, filename);
        };
        const { GPTTokenizer, GPT3Tokenizer } = require('@microsoft/teams-ai');
        const standIn = require('gpt-tokenizer');
        const before = lazyLoaded();
        const text = ${JSON.stringify(text)};
        const gpt = new GPTTokenizer();
        const gpt3 = new GPT3Tokenizer();
        const tokens = gpt.encode(text);
        const tokens3 = gpt3.encode(text);
        const real = require('gpt-tokenizer');
        done({
          before,
          tokens, decoded: gpt.decode(tokens), tokens3, decoded3: gpt3.decode(tokens3),
          after: lazyLoaded(),
          realIsCached: real === require.cache[require.resolve('gpt-tokenizer')].exports,
          standInForwards: standIn.encode === real.encode && standIn !== real,
          mostCompiles: Math.max(...Object.values(compiled)),
        });`,
        { hook: true },
      );
      const plain = await inNode(
        `
        const text = ${JSON.stringify(text)};
        done({
          tokens: require('gpt-tokenizer').encode(text),
          tokens3: require('gpt-tokenizer/cjs/model/text-davinci-003').encode(text),
        });`,
        { hook: false },
      );
      expect(hooked.before).toEqual([]);
      expect((plain.tokens as number[]).length).toBeGreaterThan(5);
      expect(hooked.tokens).toEqual(plain.tokens);
      expect(hooked.tokens3).toEqual(plain.tokens3);
      expect(hooked.tokens3).not.toEqual(hooked.tokens); // Two encodings: both stand-ins were really used.
      expect([hooked.decoded, hooked.decoded3]).toEqual([text, text]);
      expect(hooked.after).toEqual(['gpt-tokenizer']);
      expect(hooked.realIsCached).toBe(true);
      expect(hooked.standInForwards).toBe(true);
      expect(hooked.mostCompiles).toBe(1); // Each file of gpt-tokenizer ran once.
    },
    BACKSTOP_MS,
  );

  it(
    "recognize in botbuilder-dialogs' prompts and adaptive-expressions exactly as without the hook",
    async () => {
      const script = `
        const dialogs = require('botbuilder-dialogs');
        const { TestAdapter, ConversationState, MemoryStorage } = require('botbuilder');
        const { Expression } = require('adaptive-expressions');
        const before = lazyLoaded();
        /** Runs one prompt of botbuilder-dialogs to its end with one answer; returns its result. */
        async function prompt(dialog, answer) {
          const state = new ConversationState(new MemoryStorage());
          const set = new dialogs.DialogSet(state.createProperty('dialogs')).add(dialog);
          let result;
          const adapter = new TestAdapter(async (context) => {
            const dc = await set.createContext(context);
            const turn = await dc.continueDialog();
            if (turn.status === 'empty') await dc.prompt(dialog.id, { prompt: '?' });
            else if (turn.status === 'complete') result = turn.result;
            await state.saveChanges(context);
          });
          await adapter.send('start').assertReply(() => {}).send(answer).startTest();
          return result;
        }
        done({
          before,
          choices: dialogs.recognizeChoices('the second one', ['red', 'green', 'blue'], { locale: 'en-us' }),
          number: await prompt(new dialogs.NumberPrompt('number', undefined, 'en-us'), 'forty-two'),
          confirm: await prompt(new dialogs.ConfirmPrompt('confirm', undefined, 'en-us'), 'yes please'),
          dateTime: await prompt(new dialogs.DateTimePrompt('date', undefined, 'en-us'), 'December 4th 2026 at 3pm'),
          readBack: Expression.parse("dateReadBack('2026-12-03T00:00:00.000Z', '2026-12-04T00:00:00.000Z')").tryEvaluate({}),
          after: lazyLoaded(),
        });`;
      const [hooked, plain] = await Promise.all([
        inNode(script, { hook: true }),
        inNode(script, { hook: false }),
      ]);
      expect(hooked.before).toEqual([]);
      const { before: _b1, after: _a1, ...hookedResults } = hooked;
      const { before: _b2, after: _a2, ...plainResults } = plain;
      expect(hookedResults).toEqual(plainResults);
      // The results are real recognitions, not empty ones that would also be equal.
      expect(plain.choices).toEqual([
        expect.objectContaining({ resolution: expect.objectContaining({ value: 'green' }) }),
      ]);
      expect([plain.number, plain.confirm, plain.readBack]).toEqual([42, true, { value: 'tomorrow' }]);
      expect(plain.dateTime).toEqual([expect.objectContaining({ timex: '2026-12-04T15' })]);
      expect(hooked.after).toEqual(LAZY.filter((p) => p !== 'gpt-tokenizer'));
    },
    BACKSTOP_MS,
  );
});

describe('the service from dist', () => {
  const children: SpawnedProcess[] = [];
  const folders: string[] = [];
  afterAll(async () => {
    await Promise.all(children.map((child) => child.stop({ signal: 'SIGKILL' })));
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  });

  /** Starts `node dist/index.js` in local mode, with the loaded-packages preload; resolves once /readyz is 200. */
  async function start(env: Record<string, string> = {}) {
    const folder = mkdtempSync(path.join(tmpdir(), 'voordeur-lazy-'));
    folders.push(folder);
    const listFile = path.join(folder, 'loaded-packages.txt');
    const child = spawnProcess(process.execPath, ['--import', LOADED_PACKAGES, 'dist/index.js'], {
      cwd: ROOT,
      env: {
        ...process.env,
        PORT: '0',
        DATA_DIR: folder,
        BOT_ID: '',
        DATABASE_URL: '',
        LOG_LEVEL: 'info',
        LOADED_PACKAGES_FILE: listFile,
        ...env,
      },
      name: 'voordeur',
    });
    children.push(child);
    const [, port] = await child.waitForOutput(/"event":"listening","port":(\d+)/);
    const url = `http://127.0.0.1:${port}`;
    expect((await fetch(`${url}/readyz`)).status).toBe(200);
    /** The packages the service has loaded so far, as the preload writes them on SIGUSR2. */
    const loaded = async (): Promise<string[]> => {
      rmSync(listFile, { force: true });
      child.child.kill('SIGUSR2');
      while (!existsSync(listFile)) {
        if (child.child.exitCode !== null) throw new Error(`the service exited:\n${child.output()}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return readFileSync(listFile, 'utf8').split('\n');
    };
    const turn = async (text: string) => {
      const response = await fetch(`${url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          ...message(text, { serviceUrl: 'http://127.0.0.1:9/' }),
          deliveryMode: 'expectReplies',
        }),
      });
      expect(response.status).toBe(200);
      const body = (await response.json()) as { activities: Record<string, unknown>[] };
      return body.activities.flatMap(cardTexts);
    };
    return { loaded, turn };
  }

  it(
    'is ready and answers a turn without having loaded them',
    async () => {
      const service = await start();
      const atReady = await service.loaded();
      expect(atReady).toEqual(expect.arrayContaining(['@microsoft/teams-ai', 'botbuilder-dialogs']));
      expect(atReady.filter((p) => LAZY.includes(p))).toEqual([]);
      expect(await service.turn('hulp')).toContain('Wat kan Voordeur voor je doen?');
      expect((await service.loaded()).filter((p) => LAZY.includes(p))).toEqual([]);
    },
    BACKSTOP_MS,
  );

  it(
    'with a language model, loads the tokenizer at the first model answer and answers with it',
    async () => {
      const model = await new OpenAIStandIn().start();
      try {
        const answer = 'Volgens het afwegingskader stel je vijf vragen op volgorde [model-lazy].';
        model.reply = () => ({ content: JSON.stringify({ answer, topics: ['afwegingskader'] }) });
        const service = await start({
          OPENAI_API_KEY: 'test-key',
          OPENAI_MODEL: 'stand-in-model',
          OPENAI_BASE_URL: `${model.url}/v1`,
          LANGUAGE_MODEL_TIMEOUT_MS: '30000',
        });
        expect(await service.loaded()).not.toContain('gpt-tokenizer');
        const texts = await service.turn('wat is het afwegingskader eigenlijk');
        expect(model.requests).toHaveLength(1);
        expect(texts.join('\n')).toContain('[model-lazy]');
        expect(await service.loaded()).toContain('gpt-tokenizer');
      } finally {
        await model.stop();
      }
    },
    BACKSTOP_MS,
  );
});
