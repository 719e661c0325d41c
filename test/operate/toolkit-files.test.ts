import { SETTING_NAMES, parseConfig } from '../../src/config';
import { ADMIN_APP_ROLE } from '../../src/server/auth/token-validator';
import {
  MADE_BY_TOOLKIT,
  TOOLKIT_ONLY,
  envFile,
  isKnownName,
  read,
  writtenSample,
} from './deployment-contract';
import {
  actionsOf,
  exists,
  filesRead,
  namesRead,
  namesWritten,
  readProject,
  shapeProblems,
  type Action,
} from './toolkit-actions';

/** Each project file of the Agents Toolkit and the env file (env/.env.<name>) it runs with. */
const PROFILES = [
  { file: 'm365agents.yml', env: 'dev' },
  { file: 'm365agents.local.yml', env: 'local' },
  { file: 'm365agents.playground.yml', env: 'playground' },
];

/** Read while empty: the toolkit asks for or makes up the first three; the others are optional settings. */
const MAY_BE_EMPTY = new Set([
  'AZURE_SUBSCRIPTION_ID',
  'AZURE_RESOURCE_GROUP_NAME',
  'RESOURCE_SUFFIX',
  'APP_NAME_SUFFIX',
  'ADMIN_IDS',
  'DELIVERY_SERVICE_URL',
]);

/** What a finished provision leaves in env/.env.<name> (plus .user): the file, then every name written. */
function afterProvision(env: string, actions: Action[]): Record<string, string> {
  const written = actions.flatMap(namesWritten);
  return { ...envFile(env), ...Object.fromEntries(written.map((name) => [name, writtenSample(name)])) };
}

describe.each(PROFILES)('$file', ({ file, env }) => {
  const project = readProject(file);
  const actions = actionsOf(project);

  it('is a v1.9 project whose actions use only the keys that schema allows, and files that exist', () => {
    expect(project.version).toBe('v1.9');
    expect(read(file)).toContain('$schema=https://aka.ms/teams-toolkit/v1.9/yaml.schema.json');
    expect(project.environmentFolderPath).toBe('./env');
    expect(actions.flatMap(shapeProblems)).toEqual([]);
    expect(actions.flatMap(filesRead).filter((f) => !exists(f))).toEqual([]);
    expect(envFile(env).TEAMSFX_ENV).toBe(env);
  });

  it('reads and writes only names the service, the packager or (for a stated reason) the toolkit knows', () => {
    const names = [...actions.flatMap(namesRead), ...actions.flatMap(namesWritten)];
    expect([...new Set(names.filter((name) => !isKnownName(name)))]).toEqual([]);
  });

  it('reads every name only once env/.env.<name>, the operator or an earlier step has given it a value', () => {
    const fileValues = envFile(env);
    // A SECRET_* the operator must provide is named in the env file's comments, where they will look.
    const announced = (name: string) => name.startsWith('SECRET_') && read(`env/.env.${env}`).includes(name);
    const known = new Set(Object.keys(fileValues).filter((n) => fileValues[n] || MAY_BE_EMPTY.has(n)));
    const missing: string[] = [];
    for (const action of actions) {
      for (const name of namesRead(action)) {
        if (!known.has(name) && !announced(name) && !MADE_BY_TOOLKIT.has(name)) {
          missing.push(`${action.uses} reads ${name}`);
        }
      }
      for (const name of namesWritten(action)) known.add(name);
    }
    expect(missing).toEqual([]);
  });

  it('builds the app package where `npm run package` does, so both name the same file', () => {
    for (const action of actions.filter((a) => a.uses === 'teamsApp/zipAppPackage')) {
      expect(action.with).toMatchObject({
        manifestPath: './appPackage/manifest.json',
        outputZipPath: './appPackage/build/appPackage.${{TEAMSFX_ENV}}.zip',
      });
    }
  });
});

describe('the provisioning profiles', () => {
  const uses = (file: string) => actionsOf(readProject(file)).map((a) => a.uses);

  it('use the steps a Teams developer expects', () => {
    const common = [
      'teamsApp/create',
      'aadApp/create',
      'aadApp/update',
      'teamsApp/validateManifest',
      'teamsApp/zipAppPackage',
      'teamsApp/update',
    ];
    expect(uses('m365agents.yml')).toEqual(expect.arrayContaining([...common, 'arm/deploy']));
    expect(uses('m365agents.local.yml')).toEqual(
      expect.arrayContaining([...common, 'botAadApp/create', 'botFramework/create']),
    );
    expect(uses('m365agents.playground.yml')).not.toContain('botFramework/create');
  });

  it('leave a configuration the service accepts: registered bot, tab sign-in, a single-tenant bot in Azure', () => {
    for (const { file, env } of PROFILES.slice(0, 2)) {
      const result = parseConfig(afterProvision(env, actionsOf(readProject(file))));
      if (!result.ok) throw new Error(`${file}: ${result.errors.join('; ')}`);
      expect(result.config.localMode).toBe(false);
      expect(result.config.bot.password).toBeTruthy();
      expect(result.config.auth).toMatchObject({
        clientId: expect.any(String),
        tenantId: expect.any(String),
      });
    }
    const dev = parseConfig(afterProvision('dev', actionsOf(readProject('m365agents.yml'))));
    expect(dev.ok && dev.config.bot).toMatchObject({ type: 'SingleTenant', tenantId: expect.any(String) });
  });

  it('keep the Playground in local mode: nothing registered, loopback only', () => {
    const result = parseConfig(envFile('playground'));
    expect(result.ok && result.config).toMatchObject({ localMode: true, host: '127.0.0.1' });
  });

  it('list only toolkit names that are used, and no setting among them', () => {
    const used = new Set(
      ['m365agents.yml', 'm365agents.local.yml', 'm365agents.playground.yml']
        .flatMap((f) => actionsOf(readProject(f)))
        .flatMap((a) => [...namesRead(a), ...namesWritten(a)]),
    );
    expect(Object.keys(TOOLKIT_ONLY).filter((name) => !used.has(name))).toEqual([]);
    expect(Object.keys(TOOLKIT_ONLY).filter((name) => SETTING_NAMES.includes(name))).toEqual([]);
  });
});

describe('aad.manifest.json', () => {
  const aad = JSON.parse(read('aad.manifest.json')) as Record<string, unknown>;
  const manifest = JSON.parse(read('appPackage/manifest.json')) as {
    webApplicationInfo: { id: string; resource: string };
  };

  it('is the Entra app the manifest signs in with: same client id, api://<BOT_DOMAIN>/<client id>', () => {
    expect(aad.appId).toBe('${{AAD_APP_CLIENT_ID}}');
    expect(aad.appId).toBe(manifest.webApplicationInfo.id);
    expect(aad.identifierUris).toEqual(['api://${{BOT_DOMAIN}}/${{AAD_APP_CLIENT_ID}}']);
    expect(aad.identifierUris).toEqual([manifest.webApplicationInfo.resource]);
    expect(aad.signInAudience).toBe('AzureADMyOrg');
  });

  it('offers access_as_user, pre-authorised for the Teams clients only', () => {
    const scopes = aad.oauth2Permissions as { id: string; value: string; type: string }[];
    expect(scopes).toEqual([
      expect.objectContaining({
        value: 'access_as_user',
        type: 'User',
        id: '${{AAD_APP_ACCESS_AS_USER_PERMISSION_ID}}',
      }),
    ]);
    const clients = aad.preAuthorizedApplications as { appId: string; permissionIds: string[] }[];
    // Teams desktop and mobile, and Teams on the web.
    expect(clients.map((c) => c.appId).sort()).toEqual([
      '1fec8e78-bce4-4aaf-ab1b-5451cc387264',
      '5e3ce6c0-2b1f-4285-8d4b-75ee78787346',
    ]);
    for (const client of clients) expect(client.permissionIds).toEqual([scopes[0].id]);
  });

  it('defines the admin app role the API checks, for people and groups to be assigned', () => {
    const roles = aad.appRoles as {
      id: string;
      value: string;
      allowedMemberTypes: string[];
      isEnabled: boolean;
    }[];
    expect(roles).toEqual([
      expect.objectContaining({ value: ADMIN_APP_ROLE, allowedMemberTypes: ['User'], isEnabled: true }),
    ]);
    expect(roles[0].id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
