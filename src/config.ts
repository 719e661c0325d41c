import { existsSync } from 'node:fs';
import path from 'node:path';
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

const isTimeZone = (tz: string): boolean => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
};

const schema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(3978),
    HOST: optionalText,
    PUBLIC_URL: optionalUrl,
    DATA_DIR: z.string().trim().min(1).default('./.data'),
    DATABASE_URL: optionalText.pipe(
      z
        .string()
        .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
        .optional(),
    ),
    BOT_ID: optionalText,
    BOT_PASSWORD: optionalText,
    SECRET_BOT_PASSWORD: optionalText,
    BOT_TENANT_ID: optionalText,
    BOT_TYPE: z.enum(BOT_TYPES).default('MultiTenant'),
    BOT_OPENID_METADATA_URL: optionalUrl,
    AAD_APP_CLIENT_ID: optionalText,
    AAD_APP_TENANT_ID: optionalText,
    AUTH_ISSUER: optionalUrl,
    AUTH_JWKS_URI: optionalUrl,
    ADMIN_IDS: z
      .string()
      .optional()
      .transform((v) =>
        (v ?? '')
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
      ),
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
  })
  .superRefine((env, ctx) => {
    const password = env.BOT_PASSWORD ?? env.SECRET_BOT_PASSWORD;
    if (env.BOT_ID && env.BOT_TYPE !== 'UserAssignedMSI' && !password) {
      ctx.addIssue({
        code: 'custom',
        path: ['BOT_PASSWORD'],
        message: 'is required when BOT_ID is set (or set SECRET_BOT_PASSWORD in env/.env.<name>.user)',
      });
    }
    if (env.BOT_TYPE !== 'MultiTenant' && env.BOT_ID && !env.BOT_TENANT_ID) {
      ctx.addIssue({
        code: 'custom',
        path: ['BOT_TENANT_ID'],
        message: `is required when BOT_TYPE is ${env.BOT_TYPE}`,
      });
    }
    if (env.DELIVERY_LEASE_MS < 2 * env.DELIVERY_SEND_TIMEOUT_MS) {
      ctx.addIssue({
        code: 'custom',
        path: ['DELIVERY_LEASE_MS'],
        message: 'must be at least twice DELIVERY_SEND_TIMEOUT_MS, so a lease never runs out during a send',
      });
    }
    const azure = {
      AZURE_OPENAI_API_KEY: env.AZURE_OPENAI_API_KEY ?? env.SECRET_AZURE_OPENAI_API_KEY,
      AZURE_OPENAI_ENDPOINT: env.AZURE_OPENAI_ENDPOINT,
      AZURE_OPENAI_DEPLOYMENT: env.AZURE_OPENAI_DEPLOYMENT,
    };
    const azureSet = Object.values(azure).some(Boolean);
    if (azureSet) {
      for (const [key, value] of Object.entries(azure)) {
        if (!value) {
          ctx.addIssue({
            code: 'custom',
            path: [key],
            message:
              'is required with the other AZURE_OPENAI_* settings' +
              (key === 'AZURE_OPENAI_API_KEY'
                ? ' (or set SECRET_AZURE_OPENAI_API_KEY in env/.env.<name>.user)'
                : ''),
          });
        }
      }
    }
    const openAiKey = env.OPENAI_API_KEY ?? env.SECRET_OPENAI_API_KEY;
    for (const key of ['OPENAI_MODEL', 'OPENAI_BASE_URL'] as const) {
      if (env[key] && !openAiKey) {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: 'needs OPENAI_API_KEY (or SECRET_OPENAI_API_KEY)',
        });
      }
    }
    if (azureSet && openAiKey) {
      ctx.addIssue({
        code: 'custom',
        path: ['OPENAI_API_KEY'],
        message: 'set either the AZURE_OPENAI_* settings or OPENAI_API_KEY, not both',
      });
    }
  });

/** The validated, frozen settings of one Voordeur process. */
export interface Config {
  readonly port: number;
  /** The address to bind; always 127.0.0.1 in local mode. */
  readonly host: string;
  readonly publicUrl?: string;
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
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map(
        (issue) => `${issue.path.join('.') || 'environment'}: ${issue.message}`,
      ),
    };
  }
  const e = parsed.data;
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
    publicUrl: e.PUBLIC_URL,
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
  };
  return { ok: true, config: deepFreeze(config) };
}

/**
 * Reads the settings of this process: `env/.env.<ENV_NAME>` and its `.user` companion (default name `local`)
 * fill in what the real environment leaves unset, then everything is validated.
 */
export function loadConfig(cwd = process.cwd()): ConfigResult {
  const name = process.env.ENV_NAME?.trim() || 'local';
  for (const file of [`env/.env.${name}.user`, `env/.env.${name}`]) {
    const full = path.join(cwd, file);
    // process.loadEnvFile never overrides a variable that is already set.
    if (existsSync(full)) process.loadEnvFile(full);
  }
  return parseConfig(process.env);
}

function deepFreeze<T extends object>(value: T): T {
  for (const child of Object.values(value)) {
    if (child && typeof child === 'object' && !Object.isFrozen(child)) deepFreeze(child);
  }
  return Object.freeze(value);
}
