import { parseConfig } from './config';

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
    const result = parseConfig({ BOT_ID: 'bot-1', SECRET_BOT_PASSWORD: 's3cret', HOST: '10.0.0.5' });
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.config.localMode).toBe(false);
    expect(result.config.bot.password).toBe('s3cret');
    expect(result.config.host).toBe('10.0.0.5');
  });

  it('lists every problem at once', () => {
    const result = parseConfig({
      PORT: 'eighty',
      DATABASE_URL: 'mysql://x',
      BOT_ID: 'bot-1',
      TZ: 'Mars/Olympus',
      LOG_LEVEL: 'loud',
      SEND_RATE_PER_SECOND: '-1',
    });
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors;
    for (const key of ['PORT', 'DATABASE_URL', 'TZ', 'LOG_LEVEL', 'SEND_RATE_PER_SECOND']) {
      expect(errors.some((e) => e.startsWith(`${key}:`))).toBe(true);
    }
    // BOT_ID without a password is a cross-field problem, reported only once the fields themselves parse.
    expect(parseConfig({ BOT_ID: 'bot-1' })).toEqual({
      ok: false,
      errors: [expect.stringMatching(/^BOT_PASSWORD: is required when BOT_ID is set/)],
    });
  });

  it('requires a tenant for a single-tenant bot', () => {
    const result = parseConfig({ BOT_ID: 'b', BOT_PASSWORD: 'p', BOT_TYPE: 'SingleTenant' });
    expect(result).toEqual({ ok: false, errors: [expect.stringMatching(/^BOT_TENANT_ID:/)] });
  });

  it('splits admin ids and returns a frozen config', () => {
    const result = parseConfig({ ADMIN_IDS: ' a , b,,c ' });
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.config.auth.adminIds).toEqual(['a', 'b', 'c']);
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
});
