import { SETTING_NAMES, parseConfig } from '../../src/config';
import { envFile, fill, read, writtenSample } from './deployment-contract';
import { bicepParams, bicepResources, objectEntries, resourceBlock, varObject } from './bicep-text';

const bicep = read('infra/azure.bicep');
const params = bicepParams(bicep);
const parameterFile = JSON.parse(read('infra/azure.parameters.json')) as {
  parameters: Record<string, { value: unknown }>;
};

/** App Service's own settings, not the service's: Oryx builds on deploy; the Application Insights agent. */
const PLATFORM_SETTINGS = [
  'SCM_DO_BUILD_DURING_DEPLOYMENT',
  'APPLICATIONINSIGHTS_CONNECTION_STRING',
  'ApplicationInsightsAgent_EXTENSION_VERSION',
];

/** The app settings resource and the variables its `union(…)` merges: every app setting and its expression. */
function appSettings(): Map<string, string> {
  const config = resourceBlock(bicep, 'webSettings');
  expect(config.type).toBe('Microsoft.Web/sites/config');
  const entries = new Map(objectEntries(config.body));
  expect(entries.get('name')).toBe("'appsettings'");
  const union = /^union\(([\w, ]+)\)$/.exec(entries.get('properties') ?? '');
  if (!union)
    throw new Error(`appsettings properties are not a union of variables: ${entries.get('properties')}`);
  return new Map(union[1].split(',').flatMap((name) => varObject(bicep, name.trim())));
}

/**
 * What App Service would hand the service for one expression, given the provision's env values: a literal, a
 * parameter (from azure.parameters.json, else its default) or a Key Vault reference (the secret's own value
 * expression). Interpolations inside a literal become `x`: enough for the shape the config checks.
 */
function sample(
  expression: string,
  env: Record<string, string>,
  overrides: Record<string, string> = {},
): string {
  const vaultReference = /^'@Microsoft\.KeyVault\(SecretUri=\$\{(\w+)\.properties\.secretUri\}\)'$/.exec(
    expression,
  );
  if (vaultReference) {
    const secret = resourceBlock(bicep, vaultReference[1]);
    expect(secret.type).toBe('Microsoft.KeyVault/vaults/secrets');
    const properties = /properties: \{\s*value: (.+)\s*\}/.exec(secret.body);
    return sample(properties![1].trim(), env, overrides);
  }
  if (/^'.*'$/.test(expression)) return expression.slice(1, -1).replace(/\$\{[^}]*\}/g, 'x');
  const param = params.get(expression);
  if (!param) throw new Error(`cannot evaluate ${expression}`);
  if (expression in overrides) return overrides[expression];
  const given = parameterFile.parameters[expression]?.value;
  if (typeof given === 'string') return fill(given, env);
  if (param.default) return sample(param.default, env, overrides);
  throw new Error(`parameter ${expression} has no value`);
}

/** The env file of the Azure profile after a provision (see toolkit-files.test.ts), with samples for ids. */
const provisioned: Record<string, string> = {
  ...envFile('dev'),
  ...Object.fromEntries(
    [
      'BOT_ID',
      'BOT_TENANT_ID',
      'SECRET_BOT_PASSWORD',
      'AAD_APP_CLIENT_ID',
      'AAD_APP_TENANT_ID',
      'RESOURCE_SUFFIX',
    ]
      .concat(['SECRET_POSTGRES_ADMIN_PASSWORD'])
      .map((name) => [name, writtenSample(name)]),
  ),
};

describe('infra/azure.bicep', () => {
  it("sets only settings the service knows, besides App Service's own", () => {
    const unknown = [...appSettings().keys()].filter(
      (name) => !SETTING_NAMES.includes(name) && !PLATFORM_SETTINGS.includes(name),
    );
    expect(unknown).toEqual([]);
  });

  /** The service's environment in App Service: every app setting but App Service's own, evaluated. */
  const serviceEnv = (overrides: Record<string, string> = {}) =>
    Object.fromEntries(
      [...appSettings()]
        .filter(([name]) => !PLATFORM_SETTINGS.includes(name))
        .map(([name, expr]) => [name, sample(expr, provisioned, overrides)]),
    );

  it('gives the service every setting it needs in production: a registered single-tenant bot, sign-in, PostgreSQL', () => {
    const result = parseConfig(serviceEnv());
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.config).toMatchObject({
      localMode: false,
      host: '0.0.0.0',
      bot: { appId: writtenSample('BOT_ID'), type: 'SingleTenant', tenantId: writtenSample('BOT_TENANT_ID') },
      auth: { clientId: writtenSample('AAD_APP_CLIENT_ID'), tenantId: writtenSample('AAD_APP_TENANT_ID') },
      databaseUrl: expect.stringMatching(/^postgres:\/\/.*\?sslmode=verify-full$/),
    });
    expect(result.config.bot.password).toBeTruthy();
    expect(result.config.languageModel).toBeUndefined();
  });

  it('turns on the optional Azure OpenAI model with its three parameters, its key from Key Vault', () => {
    const result = parseConfig(
      serviceEnv({
        azureOpenAiEndpoint: 'https://voordeur.openai.azure.com',
        azureOpenAiDeployment: 'gpt-4o-mini',
        azureOpenAiApiKey: 'k',
      }),
    );
    expect(result.ok && result.config.languageModel).toMatchObject({ kind: 'azure', apiKey: 'k' });
  });

  it('keeps secrets in Key Vault: the password and the database URL are references, never values', () => {
    const settings = appSettings();
    for (const name of [...settings.keys()].filter((n) => n.startsWith('SECRET_') || n === 'DATABASE_URL')) {
      expect([name, settings.get(name)]).toEqual([name, expect.stringMatching(/^'@Microsoft\.KeyVault\(/)]);
    }
    for (const name of ['botPassword', 'postgresAdminPassword', 'azureOpenAiApiKey']) {
      expect([name, params.get(name)?.secure]).toEqual([name, true]);
    }
    const vault = resourceBlock(bicep, 'vault').body;
    expect(vault).toMatch(/enableRbacAuthorization: true/);
    // The role is Key Vault Secrets User, given to the web app before its settings are applied.
    expect(resourceBlock(bicep, 'webReadsSecrets').body).toMatch(/principalId: web\.identity\.principalId/);
    expect(bicep).toMatch(/var secretsUserRole = '4633458b-17de-408a-b874-0445c86b69e6'/);
    expect(resourceBlock(bicep, 'webSettings').body).toMatch(/dependsOn: \[\s*webReadsSecrets\s*\]/);
  });

  it('runs Node on Linux App Service, checks /readyz, and keeps the instance warm for the jobs', () => {
    const web = resourceBlock(bicep, 'web').body;
    expect(web).toMatch(/kind: 'app,linux'/);
    expect(web).toMatch(/linuxFxVersion: 'NODE\|\$\{nodeVersion\}'/);
    expect(params.get('nodeVersion')?.allowed).toEqual(['20-lts', '22-lts']);
    expect(web).toMatch(/healthCheckPath: '\/readyz'/);
    expect(web).toMatch(/alwaysOn: true/);
    expect(web).toMatch(/httpsOnly: true/);
    expect(web).toMatch(/appCommandLine: 'node dist\/index\.js'/);
  });

  it('registers the bot at the web app with the Teams channel, of the type the settings name', () => {
    const bot = resourceBlock(bicep, 'bot').body;
    expect(bot).toMatch(/endpoint: 'https:\/\/\$\{web\.properties\.defaultHostName\}\/api\/messages'/);
    expect(bot).toMatch(/msaAppId: botId/);
    expect(bot).toContain(`msaAppType: ${appSettings().get('BOT_TYPE')}`);
    const channel = resourceBlock(bicep, 'teamsChannel');
    expect(channel.type).toBe('Microsoft.BotService/botServices/channels');
    expect(channel.body).toMatch(/channelName: 'MsTeamsChannel'/);
  });

  it('has the resources the issue names, with SKU and region as parameters', () => {
    expect([...bicepResources(bicep).values()]).toEqual(
      expect.arrayContaining([
        'Microsoft.Web/serverfarms',
        'Microsoft.Web/sites',
        'Microsoft.BotService/botServices',
        'Microsoft.DBforPostgreSQL/flexibleServers',
        'Microsoft.KeyVault/vaults',
        'Microsoft.Insights/components',
      ]),
    );
    expect(resourceBlock(bicep, 'insights').body).toBeDefined();
    expect(bicep).toMatch(/resource insights '[^']+' = if \(enableApplicationInsights\)/);
    for (const name of ['location', 'appServiceSku', 'postgresSkuName', 'postgresSkuTier']) {
      expect(params.has(name)).toBe(true);
    }
  });

  it('gets a value for every parameter without a default, and no value for a parameter it lacks', () => {
    const given = Object.keys(parameterFile.parameters);
    expect(given.filter((name) => !params.has(name))).toEqual([]);
    const needed = [...params].filter(([, p]) => p.default === undefined).map(([name]) => name);
    expect(needed.filter((name) => !given.includes(name))).toEqual([]);
  });
});
