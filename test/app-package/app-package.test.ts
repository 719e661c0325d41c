import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseEnv } from 'node:util';
import { AppManifestUtils, type AppManifest } from '@microsoft/app-manifest';
import AdmZip from 'adm-zip';
import { PNG } from 'pngjs';
import { repairPatterns } from '../../scripts/lib/schema-patterns.cjs';
import { COMMAND_TOPICS, HELP_PATTERN } from '../../src/bot/routes/help-routes';
import { SEE_SOMETHING_COMMAND } from '../../src/bot/see-something/routes';
import { SEARCH_COMMAND } from '../../src/bot/routes/search-extension-route';
import { MY_TRAINING_COMMAND } from '../../src/bot/training/routes';

// @microsoft/app-manifest requires strip-bom, which is ESM only: Node 20.19+ can require() it, jest's module
// runtime cannot. Only the package's file readers use it; these tests parse files themselves.
jest.mock('strip-bom', () => ({ __esModule: true, default: (text: string) => text.replace(/^\uFEFF/, '') }));

const root = path.resolve(__dirname, '../..');
const appDir = path.join(root, 'appPackage');
const schemaRoot = path.join(path.dirname(require.resolve('@microsoft/app-manifest/package.json')), 'build');

const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;
const SAMPLE = {
  TEAMS_APP_ID: '6f0c9a52-8d1e-4b7a-9c3f-1a2b3c4d5e6f',
  BOT_ID: '0b7e4d21-3c5a-4f8e-a1b2-c3d4e5f60718',
  AAD_APP_CLIENT_ID: 'd2c4e6f8-1a3b-4c5d-8e9f-0a1b2c3d4e5f',
  BOT_DOMAIN: 'voordeur.example.nl',
  APP_NAME_SUFFIX: 'test',
};

type Json = Record<string, unknown>;

const readText = (file: string) => readFileSync(path.join(appDir, file), 'utf8');
const fill = (text: string, values: Record<string, string>) =>
  text.replace(PLACEHOLDER, (_, name) => values[name]);
const filled = (file: string): Json => JSON.parse(fill(readText(file), SAMPLE));

/** The bundled copy of the schema a document names in `$schema`; fails when it is not bundled (offline). */
function bundledSchema(schemaUrl: unknown): Json {
  const match = /\/json-schemas\/(teams\/[^/]+\/[^/]+\.json)$/.exec(String(schemaUrl));
  if (!match) throw new Error(`not a Teams schema URL: ${String(schemaUrl)}`);
  const text = readFileSync(path.join(schemaRoot, 'json-schemas', match[1]), 'utf8');
  // The same repair as scripts/package-app.mjs: a lone `]` does not compile under ajv's `u` flag.
  return repairPatterns(JSON.parse(text.replace(/\\a/g, '\\u0007').replace(/\\v/g, '\\u000b')) as Json);
}

const validate = (document: Json) =>
  AppManifestUtils.validateAgainstSchema(
    document as unknown as AppManifest,
    bundledSchema(document.$schema) as never,
  );

interface Command {
  title: string;
  description?: string;
}
interface CommandList {
  scopes: string[];
  commands: Command[];
}

/** The manifest strings a localization file can translate, as its keys name them. */
function localizableKeys(manifest: Json): string[] {
  const keys = ['name.short', 'name.full', 'description.short', 'description.full'];
  const description = manifest.description as { features?: unknown[] };
  description.features?.forEach((_, i) => keys.push(`description.features[${i}].title`));
  description.features?.forEach((_, i) => keys.push(`description.features[${i}].description`));
  (manifest.staticTabs as { name?: string }[]).forEach(
    (tab, i) => tab.name && keys.push(`staticTabs[${i}].name`),
  );
  const bots = manifest.bots as { commandLists: CommandList[] }[];
  bots[0].commandLists.forEach((list, l) =>
    list.commands.forEach((command, c) => {
      keys.push(`bots[0].commandLists[${l}].commands[${c}].title`);
      if (command.description) keys.push(`bots[0].commandLists[${l}].commands[${c}].description`);
    }),
  );
  const extensions = (manifest.composeExtensions ?? []) as { commands: { parameters?: unknown[] }[] }[];
  extensions.forEach((extension, e) =>
    extension.commands.forEach((command, c) => {
      const at = `composeExtensions[${e}].commands[${c}]`;
      keys.push(`${at}.title`, `${at}.description`);
      command.parameters?.forEach((_, p) =>
        keys.push(`${at}.parameters[${p}].title`, `${at}.parameters[${p}].description`),
      );
    }),
  );
  return keys.sort();
}

describe('appPackage/manifest.json', () => {
  const manifest = filled('manifest.json');

  it('names a schema bundled with @microsoft/app-manifest, and its manifestVersion matches', () => {
    expect(manifest.$schema).toMatch(/\/teams\/v1\.\d+\/MicrosoftTeams\.schema\.json$/);
    expect(String(manifest.$schema)).toContain(`/v${String(manifest.manifestVersion)}/`);
    expect(() => bundledSchema(manifest.$schema)).not.toThrow();
  });

  it('validates offline against the official schema once the placeholders are filled', async () => {
    await expect(validate(manifest)).resolves.toEqual([]);
  });

  it('is checked for real: a broken manifest gets schema errors', async () => {
    const broken = filled('manifest.json') as { bots: { botId: string }[]; name: { short: string } };
    broken.bots[0].botId = 'not-a-guid';
    broken.name.short = 'Voordeur met een veel te lange korte naam';
    const errors = await validate(broken as unknown as Json);
    expect(errors.some((e) => e.startsWith('/bots/0/botId'))).toBe(true);
    expect(errors.some((e) => e.startsWith('/name/short'))).toBe(true);
  });

  it('uses only placeholders that env/.env.local and env/.env.dev define', () => {
    const used = new Set([
      ...readText('manifest.json').matchAll(PLACEHOLDER),
      ...readText('en.json').matchAll(PLACEHOLDER),
    ]);
    const names = [...new Set([...used].map((m) => m[1]))].sort();
    expect(names).toEqual(Object.keys(SAMPLE).sort());
    for (const envFile of ['.env.local', '.env.dev']) {
      const env = parseEnv(readFileSync(path.join(root, 'env', envFile), 'utf8'));
      expect(names.filter((name) => !(name in env))).toEqual([]);
    }
  });

  it('offers the bot in personal, team and group chats, with the guided flow only one-to-one', () => {
    const [bot] = manifest.bots as { botId: string; scopes: string[]; commandLists: CommandList[] }[];
    expect(bot.botId).toBe(SAMPLE.BOT_ID);
    expect([...bot.scopes].sort()).toEqual(['groupChat', 'personal', 'team']);
    const titles = (scope: string) =>
      bot.commandLists.filter((l) => l.scopes.includes(scope)).flatMap((l) => l.commands.map((c) => c.title));
    expect(titles('personal')).toEqual([
      'hulp',
      'ik zie iets',
      'gevaar',
      'stappen',
      'contact',
      'mijn training',
    ]);
    // Observations about tenants belong in a private chat, never in a channel; so does someone's training.
    expect(titles('team')).toEqual(['hulp', 'gevaar', 'stappen', 'contact']);
    expect(titles('groupChat')).toEqual(titles('team'));
  });

  it('advertises only commands that the bot understands, in Dutch and English', () => {
    const en = JSON.parse(readText('en.json')) as Json;
    const understood = (title: string) =>
      HELP_PATTERN.test(title) ||
      SEE_SOMETHING_COMMAND.test(title) ||
      MY_TRAINING_COMMAND.test(title) ||
      COMMAND_TOPICS.some(([pattern]) => pattern.test(title));
    const lists = (manifest.bots as { commandLists: CommandList[] }[])[0].commandLists;
    lists.forEach((list, l) =>
      list.commands.forEach((command, c) => {
        expect(understood(command.title)).toBe(true);
        expect(understood(String(en[`bots[0].commandLists[${l}].commands[${c}].title`]))).toBe(true);
      }),
    );
  });

  it('offers the Meldcode search extension that the bot answers', () => {
    const [extension] = manifest.composeExtensions as { botId: string; commands: { id: string }[] }[];
    expect(extension.botId).toBe(SAMPLE.BOT_ID);
    expect(extension.commands.map((c) => c.id)).toEqual([SEARCH_COMMAND]);
  });

  it('has the personal and team tabs, SSO and the bot domain on https', () => {
    const host = `https://${SAMPLE.BOT_DOMAIN}`;
    const tabs = manifest.staticTabs as { entityId: string; contentUrl?: string; scopes: string[] }[];
    expect(tabs.find((t) => t.entityId === 'mijn-meldcode')).toMatchObject({
      contentUrl: `${host}/tab/personal`,
      scopes: ['personal'],
    });
    expect(tabs.find((t) => t.entityId === 'beheer')).toMatchObject({
      contentUrl: `${host}/tab/beheer`,
      scopes: ['personal'],
    });
    expect(manifest.configurableTabs).toEqual([
      expect.objectContaining({ configurationUrl: `${host}/tab/config`, scopes: ['team', 'groupChat'] }),
    ]);
    expect(manifest.webApplicationInfo).toEqual({
      id: SAMPLE.AAD_APP_CLIENT_ID,
      resource: `api://${SAMPLE.BOT_DOMAIN}/${SAMPLE.AAD_APP_CLIENT_ID}`,
    });
    expect(manifest.validDomains).toEqual([SAMPLE.BOT_DOMAIN]);
    expect(manifest.developer).toMatchObject({
      privacyUrl: `${host}/privacy`,
      termsOfUseUrl: `${host}/terms`,
    });
    expect(manifest.localizationInfo).toEqual({
      defaultLanguageTag: 'nl',
      additionalLanguages: [{ languageTag: 'en', file: 'en.json' }],
    });
  });
});

describe('appPackage/en.json', () => {
  const en = filled('en.json');

  it('validates against the bundled localization schema of the manifest version', async () => {
    expect(en.$schema).toBe(
      String(filled('manifest.json').$schema).replace(
        'MicrosoftTeams.schema.json',
        'MicrosoftTeams.Localization.schema.json',
      ),
    );
    await expect(validate(en)).resolves.toEqual([]);
  });

  it('is checked for real: unknown keys and missing required strings are errors', async () => {
    const broken = { ...en, 'bots[0].commandLists[3].commands[0].title': 'x' } as Json;
    delete broken['description.full'];
    const errors = await validate(broken);
    expect(errors.some((e) => e.includes('additionalProperty'))).toBe(true);
    expect(errors.some((e) => e.includes('description.full'))).toBe(true);
  });

  it('translates every user-facing string of the manifest, and nothing the manifest lacks', () => {
    const keys = Object.keys(en)
      .filter((k) => k !== '$schema')
      .sort();
    expect(keys).toEqual(localizableKeys(filled('manifest.json')));
  });
});

describe('icons', () => {
  const read = (file: string) => PNG.sync.read(readFileSync(path.join(appDir, file)));

  it('has a 192x192 colour icon whose background is the accent colour', () => {
    const color = read('color.png');
    expect([color.width, color.height]).toEqual([192, 192]);
    const hex = `#${[...color.data.subarray(0, 3)].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
    expect(hex.toUpperCase()).toBe(String(filled('manifest.json').accentColor).toUpperCase());
    const seeThrough = color.data.filter((value, i) => i % 4 === 3 && value !== 255);
    expect(seeThrough.length).toBe(0);
  });

  it('has a 32x32 outline icon that is white on transparent', () => {
    const outline = read('outline.png');
    expect([outline.width, outline.height]).toEqual([32, 32]);
    let opaque = 0;
    let transparent = 0;
    const notWhite: string[] = [];
    for (let i = 0; i < outline.data.length; i += 4) {
      const [r, g, b, a] = outline.data.subarray(i, i + 4);
      if (a === 0) transparent++;
      else if (r !== 255 || g !== 255 || b !== 255)
        notWhite.push(`pixel ${i / 4}: rgba(${r},${g},${b},${a})`);
      if (a === 255) opaque++;
    }
    expect(notWhite).toEqual([]);
    expect(opaque).toBeGreaterThan(100);
    expect(transparent).toBeGreaterThan(500);
  });

  it('are exactly what scripts/make-icons.mjs draws', () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'voordeur-icons-'));
    try {
      const run = spawnSync(process.execPath, ['scripts/make-icons.mjs', '--out-dir', out], {
        cwd: root,
        encoding: 'utf8',
      });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      for (const file of ['color.png', 'outline.png']) {
        const drawn = PNG.sync.read(readFileSync(path.join(out, file)));
        expect(Buffer.compare(drawn.data, read(file).data)).toBe(0);
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});

describe('npm run package', () => {
  let tmp: string;
  let envDir: string;
  let outDir: string;
  // The developer's shell must not leak into these runs.
  const cleanEnv = Object.fromEntries(Object.entries(process.env).filter(([key]) => !(key in SAMPLE)));

  const envText = (values: Record<string, string>) =>
    `# test environment\n${Object.entries(values)
      .map(([k, v]) => `${k}=${v}`)
      .join('\n')}\n`;

  function runPackage(args: string[], env: Record<string, string> = {}) {
    return spawnSync(process.execPath, ['scripts/package-app.mjs', ...args], {
      cwd: root,
      env: { ...cleanEnv, ...env },
      encoding: 'utf8',
    });
  }

  beforeEach(() => {
    tmp = mkdtempSync(path.join(os.tmpdir(), 'voordeur-package-'));
    envDir = path.join(tmp, 'env');
    outDir = path.join(tmp, 'out');
    mkdirSync(envDir);
  });
  afterEach(() => rmSync(tmp, { recursive: true, force: true }));

  it('writes a zip with manifest, icons and localization at its root, every placeholder filled', async () => {
    writeFileSync(path.join(envDir, '.env.ci'), envText({ ...SAMPLE, BOT_ID: '', PORT: '3978' }));
    // The .user file wins over the committed file; a real environment variable wins over both.
    writeFileSync(
      path.join(envDir, '.env.ci.user'),
      envText({ BOT_ID: SAMPLE.BOT_ID, BOT_DOMAIN: 'user.example.nl' }),
    );
    const run = runPackage(['ci', '--env-dir', envDir, '--out-dir', outDir], {
      BOT_DOMAIN: 'real.example.nl',
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);

    const zip = new AdmZip(path.join(outDir, 'appPackage.ci.zip'));
    expect(
      zip
        .getEntries()
        .map((e) => e.entryName)
        .sort(),
    ).toEqual(['color.png', 'en.json', 'manifest.json', 'outline.png']);
    const text = (name: string) => zip.readAsText(name);
    expect(text('manifest.json')).not.toContain('${{');
    expect(text('en.json')).not.toContain('${{');

    const manifest = JSON.parse(text('manifest.json')) as Json;
    await expect(validate(manifest)).resolves.toEqual([]);
    await expect(validate(JSON.parse(text('en.json')) as Json)).resolves.toEqual([]);
    expect(manifest.id).toBe(SAMPLE.TEAMS_APP_ID);
    expect((manifest.bots as { botId: string }[])[0].botId).toBe(SAMPLE.BOT_ID);
    expect(manifest.validDomains).toEqual(['real.example.nl']);
    expect((manifest.name as { short: string }).short).toBe('Voordeurtest');
    expect(JSON.parse(text('en.json'))['name.short']).toBe('Voordeurtest');
    for (const icon of ['color.png', 'outline.png']) {
      expect(Buffer.compare(zip.readFile(icon) as Buffer, readFileSync(path.join(appDir, icon)))).toBe(0);
    }
  });

  it('writes appPackage/build/appPackage.<env>.zip by default and accepts an empty name suffix', () => {
    const name = `jest${process.pid}`;
    const target = path.join(appDir, 'build', `appPackage.${name}.zip`);
    writeFileSync(path.join(envDir, `.env.${name}`), envText({ ...SAMPLE, APP_NAME_SUFFIX: '' }));
    try {
      const run = runPackage([name, '--env-dir', envDir]);
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      const manifest = JSON.parse(new AdmZip(target).readAsText('manifest.json')) as {
        name: { short: string };
      };
      expect(manifest.name.short).toBe('Voordeur');
    } finally {
      rmSync(target, { force: true });
    }
  });

  it('refuses an empty BOT_ID (local mode) with a clear message, and writes nothing', () => {
    writeFileSync(path.join(envDir, '.env.local'), envText({ ...SAMPLE, BOT_ID: '' }));
    const run = runPackage(['local', '--env-dir', envDir, '--out-dir', outDir]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('BOT_ID is empty');
    expect(run.stderr).toContain('npm run playground');
    expect(existsSync(outDir) ? readdirSync(outDir) : []).toEqual([]);
  });

  it('refuses a BOT_ID that is not a GUID', () => {
    writeFileSync(path.join(envDir, '.env.dev'), envText({ ...SAMPLE, BOT_ID: 'my-bot' }));
    const run = runPackage(['dev', '--env-dir', envDir, '--out-dir', outDir]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('BOT_ID must be a GUID, got "my-bot"');
  });

  it('lists every missing or malformed value at once', () => {
    const { TEAMS_APP_ID: _id, AAD_APP_CLIENT_ID: _aad, ...rest } = SAMPLE;
    writeFileSync(
      path.join(envDir, '.env.dev'),
      envText({ ...rest, BOT_DOMAIN: 'https://voordeur.example.nl/' }),
    );
    const run = runPackage(['dev', '--env-dir', envDir, '--out-dir', outDir]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('TEAMS_APP_ID is not set');
    expect(run.stderr).toContain('AAD_APP_CLIENT_ID is not set');
    expect(run.stderr).toContain('BOT_DOMAIN must be a host name');
  });

  it('names the environment file it could not find', () => {
    const run = runPackage(['staging', '--env-dir', envDir, '--out-dir', outDir]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`No environment file ${path.join(envDir, '.env.staging')}`);
  });
});
