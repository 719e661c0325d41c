import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseEnv } from 'node:util';
import { z } from 'zod';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const BOT_TYPES = ['MultiTenant', 'SingleTenant', 'UserAssignedMSI'] as const;

/** A generally available Azure OpenAI API version with JSON output; teams-ai's own default is from 2023. */
const AZURE_API_VERSION = '2024-10-21';

/** The OpenAI model used when `OPENAI_MODEL` is not set. */
export const DEFAULT_OPENAI_MODEL = 'gpt-4o-mini';

const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : undefined));

const optionalUrl = optionalText.pipe(z.string().url().optional());

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NOT_A_GUID = 'must be a GUID such as 4f8c2a1e-0b3d-4c5e-9f6a-7b8c9d0e1f2a';

// Entra and Bot Framework ids are GUIDs; anything else (a name, a URL, a stray quote) fails only at the
// first sign-in or send, long after start-up, so it is refused here, as the packager does.
const optionalGuid = optionalText.pipe(z.string().regex(GUID, NOT_A_GUID).optional());

const isTimeZone = (tz: string): boolean => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
};

/** Every setting Voordeur reads, each validated on its own so that one bad value hides no other problem. */
/** A retention period in whole days: at least one day, at most ten years. */
function retentionDays(fallback: number) {
  return z.coerce.number().int().min(1).max(3650).default(fallback);
}

const fields = {
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  HOST: optionalText,
  DATA_DIR: z.string().trim().min(1).default('./.data'),
  DATABASE_URL: optionalText.pipe(
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
      .optional(),
  ),
  BOT_ID: optionalGuid,
  BOT_PASSWORD: optionalText,
  SECRET_BOT_PASSWORD: optionalText,
  BOT_TENANT_ID: optionalText,
  BOT_TYPE: z.enum(BOT_TYPES).default('MultiTenant'),
  BOT_OPENID_METADATA_URL: optionalUrl,
  AAD_APP_CLIENT_ID: optionalGuid,
  AAD_APP_TENANT_ID: optionalGuid,
  AUTH_ISSUER: optionalUrl,
  AUTH_JWKS_URI: optionalUrl,
  ADMIN_IDS: z
    .string()
    .optional()
    .transform((v, ctx) => {
      const ids = (v ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      const wrong = ids.filter((id) => !GUID.test(id));
      if (wrong.length > 0) {
        ctx.addIssue({
          code: 'custom',
          message: `${wrong.map((id) => JSON.stringify(id)).join(', ')} ${wrong.length > 1 ? 'are not Entra object ids' : 'is not an Entra object id'}: each ${NOT_A_GUID}`,
        });
      }
      return ids;
    }),
  TZ: z.string().trim().default('Europe/Amsterdam').refine(isTimeZone, 'is not a known IANA time zone'),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  SEND_RATE_PER_SECOND: z.coerce.number().positive().max(1000).default(50),
  DELIVERY_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(10),
  DELIVERY_LEASE_MS: z.coerce.number().int().min(10_000).default(60_000),
  DELIVERY_SEND_TIMEOUT_MS: z.coerce.number().int().min(1000).max(120_000).default(15_000),
  DELIVERY_POLL_MS: z.coerce.number().int().min(100).max(60_000).default(1000),
  DELIVERY_SERVICE_URL: optionalUrl,
  AZURE_OPENAI_API_KEY: optionalText,
  SECRET_AZURE_OPENAI_API_KEY: optionalText,
  // teams-ai refuses an Azure endpoint that is not https.
  AZURE_OPENAI_ENDPOINT: optionalUrl.pipe(
    z
      .string()
      .regex(/^https:\/\//i, 'must be an https:// URL')
      .optional(),
  ),
  AZURE_OPENAI_DEPLOYMENT: optionalText,
  AZURE_OPENAI_API_VERSION: optionalText.pipe(
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}(-preview)?$/, 'must be an API version such as 2024-10-21')
      .default(AZURE_API_VERSION),
  ),
  OPENAI_API_KEY: optionalText,
  SECRET_OPENAI_API_KEY: optionalText,
  OPENAI_MODEL: optionalText,
  OPENAI_BASE_URL: optionalUrl,
  LANGUAGE_MODEL_TIMEOUT_MS: z.coerce.number().int().min(500).max(30_000).default(8000),
  METRICS_PORT: optionalText.pipe(z.coerce.number().int().min(0).max(65535).optional()),
  METRICS_HOST: z.string().trim().min(1).default('127.0.0.1'),
  METRICS_TOKEN: optionalText.pipe(
    z.string().min(24, 'must be at least 24 characters: a long random string').optional(),
  ),
  RETENTION_OUTBOX_DAYS: retentionDays(30),
  RETENTION_EDITOR_QUESTIONS_DAYS: retentionDays(180),
  RETENTION_TRAINING_CLAIMS_DAYS: retentionDays(365),
};

type SettingName = keyof typeof fields;
type Settings = { [K in SettingName]: z.output<(typeof fields)[K]> };

/**
 * The name of every setting Voordeur reads: the fields above and `ENV_NAME`, which picks the env file.
 * @remarks The deployment files (m365agents*.yml, infra/, compose.yaml) are tested against this list.
 */
export const SETTING_NAMES: readonly string[] = [...Object.keys(fields), 'ENV_NAME'];

type Problem = (name: SettingName, message: string) => void;

/**
 * The rules between settings. `given(name)` is true for a setting that has a value, valid or not, so that a
 * mistyped BOT_ID still asks for its password; a value in `v` is absent when its setting was refused, and a
 * rule that needs one is then skipped rather than guessed.
 */
function crossCheck(v: Partial<Settings>, given: (name: SettingName) => boolean, problem: Problem): void {
  if (given('BOT_ID') && v.BOT_TYPE && v.BOT_TYPE !== 'UserAssignedMSI') {
    if (!given('BOT_PASSWORD') && !given('SECRET_BOT_PASSWORD')) {
      problem(
        'BOT_PASSWORD',
        'is required when BOT_ID is set (or set SECRET_BOT_PASSWORD in env/.env.<name>.user)',
      );
    }
  }
  if (given('BOT_ID') && v.BOT_TYPE && v.BOT_TYPE !== 'MultiTenant' && !given('BOT_TENANT_ID')) {
    problem('BOT_TENANT_ID', `is required when BOT_TYPE is ${v.BOT_TYPE}`);
  }
  const { DELIVERY_LEASE_MS: lease, DELIVERY_SEND_TIMEOUT_MS: sendTimeout } = v;
  if (lease !== undefined && sendTimeout !== undefined && lease < 2 * sendTimeout) {
    problem(
      'DELIVERY_LEASE_MS',
      'must be at least twice DELIVERY_SEND_TIMEOUT_MS, so a lease never runs out during a send',
    );
  }
  // Half an Entra app signs nobody in: the token validator then refuses every tab and admin request.
  for (const [name, other] of [
    ['AAD_APP_TENANT_ID', 'AAD_APP_CLIENT_ID'],
    ['AAD_APP_CLIENT_ID', 'AAD_APP_TENANT_ID'],
  ] as const) {
    if (given(other) && !given(name))
      problem(name, `is required with ${other}: tab and admin sign-in need both`);
  }
  const azure = {
    AZURE_OPENAI_API_KEY: given('AZURE_OPENAI_API_KEY') || given('SECRET_AZURE_OPENAI_API_KEY'),
    AZURE_OPENAI_ENDPOINT: given('AZURE_OPENAI_ENDPOINT'),
    AZURE_OPENAI_DEPLOYMENT: given('AZURE_OPENAI_DEPLOYMENT'),
  };
  const azureSet = Object.values(azure).some(Boolean);
  for (const [name, present] of Object.entries(azure) as [SettingName, boolean][]) {
    if (azureSet && !present) {
      problem(
        name,
        'is required with the other AZURE_OPENAI_* settings' +
          (name === 'AZURE_OPENAI_API_KEY'
            ? ' (or set SECRET_AZURE_OPENAI_API_KEY in env/.env.<name>.user)'
            : ''),
      );
    }
  }
  const openAiKey = given('OPENAI_API_KEY') || given('SECRET_OPENAI_API_KEY');
  for (const name of ['OPENAI_MODEL', 'OPENAI_BASE_URL'] as const) {
    if (given(name) && !openAiKey) problem(name, 'needs OPENAI_API_KEY (or SECRET_OPENAI_API_KEY)');
  }
  if (azureSet && openAiKey) {
    problem('OPENAI_API_KEY', 'set either the AZURE_OPENAI_* settings or OPENAI_API_KEY, not both');
  }
}

/** The validated, frozen settings of one Voordeur process. */
export interface Config {
  readonly port: number;
  /** The address to bind; always 127.0.0.1 in local mode. */
  readonly host: string;
  readonly dataDir: string;
  /** Set when PostgreSQL is used; otherwise SQLite under {@link dataDir}. */
  readonly databaseUrl?: string;
  readonly bot: {
    readonly appId?: string;
    readonly password?: string;
    readonly tenantId?: string;
    readonly type: (typeof BOT_TYPES)[number];
    readonly openIdMetadataUrl?: string;
  };
  /**
   * True when BOT_ID is empty: no Bot Framework token is required.
   * @remarks Only safe on a developer's machine, so the server then binds to loopback only.
   */
  readonly localMode: boolean;
  /** The HOST asked for but ignored because local mode binds to loopback. */
  readonly ignoredHost?: string;
  readonly auth: {
    readonly clientId?: string;
    readonly tenantId?: string;
    readonly issuer?: string;
    readonly jwksUri?: string;
    readonly adminIds: readonly string[];
  };
  readonly timeZone: string;
  readonly logLevel: (typeof LOG_LEVELS)[number];
  readonly sendRatePerSecond: number;
  /** Proactive delivery (see src/delivery/README.md). */
  readonly delivery: {
    readonly maxAttempts: number;
    readonly leaseMs: number;
    readonly sendTimeoutMs: number;
    readonly pollMs: number;
    /** Where personal chats are created for people the bot has never talked to. */
    readonly serviceUrl?: string;
  };
  /**
   * The optional language model that words answers from the retrieved topics; absent (the default) when no
   * `AZURE_OPENAI_*` or `OPENAI_*` settings are given.
   */
  readonly languageModel?: LanguageModelConfig;
  /**
   * Where `/metrics` is served. `port`: on its own listener at `host:port`, not on the main port. Otherwise on the
   * main port when `open` (local mode) or with a bearer `token`; a production instance without either serves it
   * nowhere, so that it is never open to the internet by accident.
   */
  readonly metrics: {
    readonly port?: number;
    readonly host: string;
    readonly token?: string;
    readonly onMainPort: 'open' | 'token' | 'no';
  };
  /** How many days the retention job keeps each kind of time-bound row (see src/app/retention.ts). */
  readonly retention: RetentionPeriods;
}

/** Days after which the retention job deletes rows; see src/app/retention.ts for what each covers. */
export interface RetentionPeriods {
  readonly outboxDays: number;
  readonly editorQuestionDays: number;
  readonly trainingClaimDays: number;
}

/** Where the optional language model runs: Azure OpenAI or OpenAI (or an OpenAI-compatible endpoint). */
export type LanguageModelConfig = { readonly timeoutMs: number } & (
  | {
      readonly kind: 'azure';
      readonly apiKey: string;
      /** The resource's https endpoint, such as https://example.openai.azure.com. */
      readonly endpoint: string;
      readonly deployment: string;
      readonly apiVersion: string;
    }
  | {
      readonly kind: 'openai';
      readonly apiKey: string;
      readonly model: string;
      /** Another OpenAI-compatible endpoint than OpenAI's own (a proxy, a local stand-in). */
      readonly baseUrl?: string;
    }
);

export type ConfigResult = { ok: true; config: Config } | { ok: false; errors: string[] };

const LOOPBACK = '127.0.0.1';

/**
 * Validates an environment and turns it into a {@link Config}.
 * @remarks Every problem is reported at once, so an operator fixes them in one go.
 */
export function parseConfig(env: Record<string, string | undefined>): ConfigResult {
  const values: Partial<Record<SettingName, unknown>> = {};
  const refused = new Set<SettingName>();
  const errors: string[] = [];
  for (const name of Object.keys(fields) as SettingName[]) {
    const result = (fields[name] as z.ZodTypeAny).safeParse(env[name]);
    if (result.success) values[name] = result.data;
    else {
      refused.add(name);
      errors.push(...result.error.issues.map((issue) => `${name}: ${issue.message}`));
    }
  }
  const v = values as Partial<Settings>;
  const given = (name: SettingName) => refused.has(name) || (v[name] !== undefined && v[name] !== '');
  crossCheck(v, given, (name, message) => errors.push(`${name}: ${message}`));
  if (errors.length > 0) return { ok: false, errors };
  const e = v as Settings;
  const localMode = !e.BOT_ID;
  const host = localMode ? LOOPBACK : (e.HOST ?? '0.0.0.0');
  const azureKey = e.AZURE_OPENAI_API_KEY ?? e.SECRET_AZURE_OPENAI_API_KEY;
  const openAiKey = e.OPENAI_API_KEY ?? e.SECRET_OPENAI_API_KEY;
  const timeoutMs = e.LANGUAGE_MODEL_TIMEOUT_MS;
  // The refinements above guarantee a complete Azure set or none, and never both kinds.
  const languageModel: LanguageModelConfig | undefined =
    azureKey && e.AZURE_OPENAI_ENDPOINT && e.AZURE_OPENAI_DEPLOYMENT
      ? {
          kind: 'azure',
          apiKey: azureKey,
          endpoint: e.AZURE_OPENAI_ENDPOINT,
          deployment: e.AZURE_OPENAI_DEPLOYMENT,
          apiVersion: e.AZURE_OPENAI_API_VERSION,
          timeoutMs,
        }
      : openAiKey
        ? {
            kind: 'openai',
            apiKey: openAiKey,
            model: e.OPENAI_MODEL ?? DEFAULT_OPENAI_MODEL,
            baseUrl: e.OPENAI_BASE_URL,
            timeoutMs,
          }
        : undefined;
  const config: Config = {
    port: e.PORT,
    host,
    dataDir: path.resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    bot: {
      appId: e.BOT_ID,
      password: e.BOT_PASSWORD ?? e.SECRET_BOT_PASSWORD,
      tenantId: e.BOT_TENANT_ID,
      type: e.BOT_TYPE,
      openIdMetadataUrl: e.BOT_OPENID_METADATA_URL,
    },
    localMode,
    ignoredHost: localMode && e.HOST && e.HOST !== LOOPBACK && e.HOST !== 'localhost' ? e.HOST : undefined,
    auth: {
      clientId: e.AAD_APP_CLIENT_ID,
      tenantId: e.AAD_APP_TENANT_ID,
      issuer: e.AUTH_ISSUER,
      jwksUri: e.AUTH_JWKS_URI,
      adminIds: e.ADMIN_IDS,
    },
    timeZone: e.TZ,
    logLevel: e.LOG_LEVEL,
    sendRatePerSecond: e.SEND_RATE_PER_SECOND,
    delivery: {
      maxAttempts: e.DELIVERY_MAX_ATTEMPTS,
      leaseMs: e.DELIVERY_LEASE_MS,
      sendTimeoutMs: e.DELIVERY_SEND_TIMEOUT_MS,
      pollMs: e.DELIVERY_POLL_MS,
      serviceUrl: e.DELIVERY_SERVICE_URL,
    },
    languageModel,
    metrics: {
      port: e.METRICS_PORT,
      host: e.METRICS_HOST,
      token: e.METRICS_TOKEN,
      onMainPort: e.METRICS_PORT !== undefined ? 'no' : e.METRICS_TOKEN ? 'token' : localMode ? 'open' : 'no',
    },
    retention: {
      outboxDays: e.RETENTION_OUTBOX_DAYS,
      editorQuestionDays: e.RETENTION_EDITOR_QUESTIONS_DAYS,
      trainingClaimDays: e.RETENTION_TRAINING_CLAIMS_DAYS,
    },
  };
  return { ok: true, config: deepFreeze(config) };
}

/**
 * Reads the settings of this process: `env/.env.<ENV_NAME>` and its `.user` companion fill in what the real
 * environment leaves unset (the `.user` file wins over the other), then everything is validated.
 * @remarks An `ENV_NAME` whose file does not exist is an error: a typo must not start the service on defaults.
 * Without `ENV_NAME`, `env/.env.local` is read when it exists (a developer's checkout) and otherwise nothing
 * (a container or App Service, where the real environment holds every setting).
 * @param cwd the folder that holds `env/`
 * @param env the real environment; it is not changed
 */
export function loadConfig(cwd = process.cwd(), env: NodeJS.ProcessEnv = process.env): ConfigResult {
  const asked = env.ENV_NAME?.trim();
  const name = asked || 'local';
  if (!/^[A-Za-z0-9_-]+$/.test(name)) {
    return {
      ok: false,
      errors: [`ENV_NAME: "${name}" is not an environment name (letters, digits, - and _)`],
    };
  }
  const file = path.join(cwd, 'env', `.env.${name}`);
  if (!existsSync(file)) {
    if (asked) {
      return {
        ok: false,
        errors: [
          `ENV_NAME: there is no env/.env.${name} in ${cwd}; create it, or unset ENV_NAME to use only the environment`,
        ],
      };
    }
    return parseConfig(env);
  }
  const fromFiles: Record<string, string> = {};
  for (const source of [file, `${file}.user`]) {
    if (!existsSync(source)) continue;
    try {
      Object.assign(fromFiles, parseEnv(readFileSync(source, 'utf8')));
    } catch (error) {
      return { ok: false, errors: [`ENV_NAME: cannot read ${source}: ${(error as Error).message}`] };
    }
  }
  return parseConfig({ ...fromFiles, ...env });
}

function deepFreeze<T extends object>(value: T): T {
  for (const child of Object.values(value)) {
    if (child && typeof child === 'object' && !Object.isFrozen(child)) deepFreeze(child);
  }
  return Object.freeze(value);
}
