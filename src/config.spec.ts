import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SETTING_NAMES, loadConfig, parseConfig } from './config';

const BOT = '0b7e4d21-3c5a-4f8e-a1b2-c3d4e5f60718';
const CLIENT = 'd2c4e6f8-1a3b-4c5d-8e9f-0a1b2c3d4e5f';
const TENANT = '8d3f1c2e-0000-4000-8000-00000000beef';
const ADMINS = ['e0000000-0000-4000-8000-000000000001', 'E0000000-0000-4000-8000-00000000000A'];

const errorsOf = (env: Record<string, string>) => {
  const result = parseConfig(env);
  return result.ok ? [] : result.errors;
};

describe('parseConfig', () => {
  it('runs on defaults in local mode, bound to loopback', () => {
    const result = parseConfig({});
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.config).toMatchObject({
      port: 3978,
      host: '127.0.0.1',
      localMode: true,
      timeZone: 'Europe/Amsterdam',
      sendRatePerSecond: 50,
      logLevel: 'info',
    });
    expect(result.config.databaseUrl).toBeUndefined();
    expect(result.config.dataDir).toMatch(/\.data$/);
  });

  it('binds to loopback in local mode even when HOST asks otherwise, and says so', () => {
    const result = parseConfig({ HOST: '0.0.0.0' });
    expect(result.ok && result.config.host).toBe('127.0.0.1');
    expect(result.ok && result.config.ignoredHost).toBe('0.0.0.0');
  });

  it('takes the bot password from SECRET_BOT_PASSWORD and leaves local mode when BOT_ID is set', () => {
    const result = parseConfig({ BOT_ID: BOT, SECRET_BOT_PASSWORD: 's3cret', HOST: '10.0.0.5' });
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.config.localMode).toBe(false);
    expect(result.config.bot.password).toBe('s3cret');
    expect(result.config.host).toBe('10.0.0.5');
  });

  it('lists every problem at once, field and cross-field alike', () => {
    const errors = errorsOf({
      PORT: 'eighty',
      DATABASE_URL: 'mysql://x',
      BOT_ID: 'bot-1',
      TZ: 'Mars/Olympus',
      LOG_LEVEL: 'loud',
      SEND_RATE_PER_SECOND: '-1',
    });
    for (const key of ['PORT', 'DATABASE_URL', 'BOT_ID', 'TZ', 'LOG_LEVEL', 'SEND_RATE_PER_SECOND']) {
      expect(errors.some((e) => e.startsWith(`${key}:`))).toBe(true);
    }
    // A mistyped BOT_ID is still a BOT_ID that needs a password.
    expect(errors).toContainEqual(expect.stringMatching(/^BOT_PASSWORD: is required when BOT_ID is set/));
    expect(errorsOf({ BOT_ID: 'x', PORT: 'abc' })).toEqual([
      expect.stringMatching(/^PORT:/),
      expect.stringMatching(/^BOT_ID: must be a GUID/),
      expect.stringMatching(/^BOT_PASSWORD: is required when BOT_ID is set/),
    ]);
  });

  it('skips a rule whose input was refused instead of guessing a default for it', () => {
    // The lease rule compares two numbers; with the send timeout refused it cannot be judged.
    expect(errorsOf({ DELIVERY_LEASE_MS: '10000', DELIVERY_SEND_TIMEOUT_MS: 'soon' })).toEqual([
      expect.stringMatching(/^DELIVERY_SEND_TIMEOUT_MS:/),
    ]);
    expect(errorsOf({ DELIVERY_LEASE_MS: '20000', DELIVERY_SEND_TIMEOUT_MS: '15000' })).toEqual([
      expect.stringMatching(/^DELIVERY_LEASE_MS: must be at least twice/),
    ]);
    // Nor is a tenant asked for when BOT_TYPE itself is wrong.
    expect(errorsOf({ BOT_ID: BOT, BOT_PASSWORD: 'p', BOT_TYPE: 'Single' })).toEqual([
      expect.stringMatching(/^BOT_TYPE:/),
    ]);
  });

  it('refuses ids that are not GUIDs, as the packager does, and names each wrong admin id', () => {
    const errors = errorsOf({
      BOT_ID: 'voordeur-bot',
      BOT_PASSWORD: 'p',
      AAD_APP_CLIENT_ID: `api://voordeur.example.nl/${CLIENT}`,
      AAD_APP_TENANT_ID: 'lente.onmicrosoft.com',
      ADMIN_IDS: `${ADMINS[0]}, ali@lente.example,"${ADMINS[1]}"`,
    });
    expect(errors).toEqual([
      expect.stringMatching(/^BOT_ID: must be a GUID/),
      expect.stringMatching(/^AAD_APP_CLIENT_ID: must be a GUID/),
      expect.stringMatching(/^AAD_APP_TENANT_ID: must be a GUID/),
      `ADMIN_IDS: "ali@lente.example", ${JSON.stringify(`"${ADMINS[1]}"`)} are not Entra object ids: each must be a GUID such as 4f8c2a1e-0b3d-4c5e-9f6a-7b8c9d0e1f2a`,
    ]);
    const result = parseConfig({
      BOT_ID: BOT.toUpperCase(),
      BOT_PASSWORD: 'p',
      AAD_APP_CLIENT_ID: CLIENT,
      AAD_APP_TENANT_ID: TENANT,
      ADMIN_IDS: ADMINS.join(','),
    });
    expect(result.ok && result.config.auth.adminIds).toEqual(ADMINS);
  });

  it('wants both halves of the Entra app: one alone signs nobody in', () => {
    expect(errorsOf({ AAD_APP_CLIENT_ID: CLIENT })).toEqual([
      'AAD_APP_TENANT_ID: is required with AAD_APP_CLIENT_ID: tab and admin sign-in need both',
    ]);
    expect(errorsOf({ AAD_APP_TENANT_ID: 'not-a-guid' })).toEqual([
      expect.stringMatching(/^AAD_APP_TENANT_ID: must be a GUID/),
      'AAD_APP_CLIENT_ID: is required with AAD_APP_TENANT_ID: tab and admin sign-in need both',
    ]);
  });

  it('requires a tenant for a single-tenant bot', () => {
    const result = parseConfig({ BOT_ID: BOT, BOT_PASSWORD: 'p', BOT_TYPE: 'SingleTenant' });
    expect(result).toEqual({ ok: false, errors: [expect.stringMatching(/^BOT_TENANT_ID:/)] });
  });

  it('splits admin ids and returns a frozen config', () => {
    const result = parseConfig({ ADMIN_IDS: ` ${ADMINS[0]} , ${ADMINS[1]},, ` });
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.config.auth.adminIds).toEqual(ADMINS);
    expect(Object.isFrozen(result.config.auth)).toBe(true);
  });

  describe('the optional language model', () => {
    const model = (env: Record<string, string>) => {
      const result = parseConfig(env);
      if (!result.ok) throw new Error(result.errors.join('\n'));
      return result.config.languageModel;
    };
    const errors = (env: Record<string, string>) => {
      const result = parseConfig(env);
      return result.ok ? [] : result.errors;
    };

    it('is off by default, and empty values count as unset', () => {
      expect(model({})).toBeUndefined();
      expect(
        model({ OPENAI_API_KEY: '', AZURE_OPENAI_ENDPOINT: ' ', AZURE_OPENAI_DEPLOYMENT: '' }),
      ).toBeUndefined();
    });

    it('selects OpenAI with a key, from the environment or SECRET_OPENAI_API_KEY', () => {
      expect(model({ OPENAI_API_KEY: 'k' })).toEqual({
        kind: 'openai',
        apiKey: 'k',
        model: 'gpt-4o-mini',
        baseUrl: undefined,
        timeoutMs: 8000,
      });
      expect(
        model({
          SECRET_OPENAI_API_KEY: 's',
          OPENAI_MODEL: 'gpt-4.1-mini',
          OPENAI_BASE_URL: 'http://127.0.0.1:9999/v1',
          LANGUAGE_MODEL_TIMEOUT_MS: '2000',
        }),
      ).toEqual({
        kind: 'openai',
        apiKey: 's',
        model: 'gpt-4.1-mini',
        baseUrl: 'http://127.0.0.1:9999/v1',
        timeoutMs: 2000,
      });
    });

    it('selects Azure OpenAI with a complete set, on a current API version unless told otherwise', () => {
      const azure = {
        SECRET_AZURE_OPENAI_API_KEY: 'k',
        AZURE_OPENAI_ENDPOINT: 'https://voordeur.openai.azure.com',
        AZURE_OPENAI_DEPLOYMENT: 'gpt-4o-mini',
      };
      expect(model(azure)).toEqual({
        kind: 'azure',
        apiKey: 'k',
        endpoint: 'https://voordeur.openai.azure.com',
        deployment: 'gpt-4o-mini',
        apiVersion: '2024-10-21',
        timeoutMs: 8000,
      });
      expect(model({ ...azure, AZURE_OPENAI_API_VERSION: '2025-01-01-preview' })).toMatchObject({
        apiVersion: '2025-01-01-preview',
      });
    });

    it('lists every missing part of a partial Azure set at once', () => {
      expect(errors({ AZURE_OPENAI_API_KEY: 'k' })).toEqual([
        expect.stringMatching(/^AZURE_OPENAI_ENDPOINT: is required/),
        expect.stringMatching(/^AZURE_OPENAI_DEPLOYMENT: is required/),
      ]);
      expect(errors({ AZURE_OPENAI_DEPLOYMENT: 'd' })).toEqual([
        expect.stringMatching(/^AZURE_OPENAI_API_KEY: is required.*SECRET_AZURE_OPENAI_API_KEY/),
        expect.stringMatching(/^AZURE_OPENAI_ENDPOINT: is required/),
      ]);
    });

    it('refuses what would fail later: plain http for Azure, settings without a key, both kinds, odd values', () => {
      const azure = {
        AZURE_OPENAI_API_KEY: 'k',
        AZURE_OPENAI_ENDPOINT: 'https://voordeur.openai.azure.com',
        AZURE_OPENAI_DEPLOYMENT: 'd',
      };
      expect(errors({ ...azure, AZURE_OPENAI_ENDPOINT: 'http://voordeur.openai.azure.com' })).toEqual([
        expect.stringMatching(/^AZURE_OPENAI_ENDPOINT: must be an https/),
      ]);
      expect(errors({ ...azure, OPENAI_API_KEY: 'k2' })).toEqual([
        expect.stringMatching(/^OPENAI_API_KEY: set either/),
      ]);
      expect(errors({ OPENAI_MODEL: 'gpt-4o', OPENAI_BASE_URL: 'http://127.0.0.1:1/v1' })).toEqual([
        expect.stringMatching(/^OPENAI_MODEL: needs OPENAI_API_KEY/),
        expect.stringMatching(/^OPENAI_BASE_URL: needs OPENAI_API_KEY/),
      ]);
      const odd = errors({
        ...azure,
        AZURE_OPENAI_API_VERSION: 'latest',
        LANGUAGE_MODEL_TIMEOUT_MS: '120000',
      });
      expect(odd).toEqual([
        expect.stringMatching(/^AZURE_OPENAI_API_VERSION:/),
        expect.stringMatching(/^LANGUAGE_MODEL_TIMEOUT_MS:/),
      ]);
    });
  });

  it('names every setting it reads, and PUBLIC_URL no longer (nothing read it)', () => {
    expect(SETTING_NAMES).toEqual(expect.arrayContaining(['BOT_ID', 'SECRET_BOT_PASSWORD', 'ENV_NAME']));
    expect(SETTING_NAMES).not.toContain('PUBLIC_URL');
  });
});

describe('loadConfig', () => {
  let cwd: string;
  beforeEach(() => {
    cwd = mkdtempSync(path.join(tmpdir(), 'voordeur-config-'));
    mkdirSync(path.join(cwd, 'env'));
  });
  afterEach(() => rmSync(cwd, { recursive: true, force: true }));
  const write = (file: string, text: string) => writeFileSync(path.join(cwd, 'env', file), text);

  it('fills in from env/.env.<name>, lets the .user file win over it and the real environment over both', () => {
    write('.env.dev', `PORT=4000\nLOG_LEVEL=debug\nTZ=Europe/Brussels\n`);
    write('.env.dev.user', 'LOG_LEVEL=warn\n');
    const env = { ENV_NAME: 'dev', TZ: 'Europe/Amsterdam' };
    const result = loadConfig(cwd, env);
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.config).toMatchObject({ port: 4000, logLevel: 'warn', timeZone: 'Europe/Amsterdam' });
    expect(env).toEqual({ ENV_NAME: 'dev', TZ: 'Europe/Amsterdam' });
  });

  it('refuses an ENV_NAME whose file does not exist, or that is not a name, instead of running on defaults', () => {
    write('.env.dev', 'PORT=4000\n');
    expect(loadConfig(cwd, { ENV_NAME: 'prod' })).toEqual({
      ok: false,
      errors: [expect.stringMatching(/^ENV_NAME: there is no env\/\.env\.prod in /)],
    });
    expect(loadConfig(cwd, { ENV_NAME: '../dev' })).toEqual({
      ok: false,
      errors: ['ENV_NAME: "../dev" is not an environment name (letters, digits, - and _)'],
    });
  });

  it('without ENV_NAME reads env/.env.local when it is there, and only the environment when it is not', () => {
    expect(loadConfig(cwd, { PORT: '4001' })).toMatchObject({ ok: true, config: { port: 4001 } });
    write('.env.local', 'PORT=4002\n');
    expect(loadConfig(cwd, {})).toMatchObject({ ok: true, config: { port: 4002 } });
  });

  it('lists the problems of the values the files hold', () => {
    write('.env.dev', `BOT_ID=x\nPORT=abc\n`);
    expect(loadConfig(cwd, { ENV_NAME: 'dev' })).toEqual({
      ok: false,
      errors: [
        expect.stringMatching(/^PORT:/),
        expect.stringMatching(/^BOT_ID: must be a GUID/),
        expect.stringMatching(/^BOT_PASSWORD:/),
      ],
    });
  });
});
