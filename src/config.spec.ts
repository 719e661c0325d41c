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

  it('selects a language model only when fully configured', () => {
    expect(
      parseConfig({}).ok && (parseConfig({}) as { config: { languageModel?: unknown } }).config.languageModel,
    ).toBeUndefined();
    const openai = parseConfig({ OPENAI_API_KEY: 'k' });
    expect(openai.ok && openai.config.languageModel?.kind).toBe('openai');
    const azure = parseConfig({ AZURE_OPENAI_API_KEY: 'k' });
    expect(azure.ok).toBe(false);
  });
});
