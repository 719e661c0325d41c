import { existsSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { MADE_BY_TOOLKIT, ROOT, appPackageFiles, placeholders, read } from './deployment-contract';
import { bicepOutputs } from './bicep-text';

/** One step of a lifecycle in an m365agents*.yml file. */
export interface Action {
  uses: string;
  name?: string;
  with?: Record<string, unknown>;
  writeToEnvironmentFile?: Record<string, string>;
}

export interface ToolkitProject {
  version: string;
  environmentFolderPath?: string;
  provision?: Action[];
  deploy?: Action[];
  publish?: Action[];
}

export const LIFECYCLES = ['provision', 'deploy', 'publish'] as const;

export const readProject = (file: string): ToolkitProject => parse(read(file)) as ToolkitProject;

/** Every action of a project in the order a provision, deploy and publish run them. */
export const actionsOf = (project: ToolkitProject): Action[] =>
  LIFECYCLES.flatMap((lifecycle) => project[lifecycle] ?? []);

interface ActionShape {
  with: string[];
  required: string[];
  writes?: string[];
  writesRequired?: string[];
}

/**
 * The actions these files use, with the `with:` and `writeToEnvironmentFile:` keys that the toolkit's YAML
 * schema v1.9 allows and requires (https://aka.ms/teams-toolkit/v1.9/yaml.schema.json). A misspelt key is
 * otherwise found only when someone runs `atk provision` against a real tenant.
 */
export const ACTIONS: Readonly<Record<string, ActionShape>> = {
  'teamsApp/create': {
    with: ['name'],
    required: ['name'],
    writes: ['teamsAppId'],
    writesRequired: ['teamsAppId'],
  },
  'aadApp/create': {
    with: [
      'name',
      'generateClientSecret',
      'signInAudience',
      'serviceManagementReference',
      'clientSecretExpireDays',
      'clientSecretDescription',
    ],
    required: ['name', 'generateClientSecret', 'signInAudience'],
    writes: ['clientId', 'objectId', 'clientSecret', 'tenantId', 'authority', 'authorityHost'],
    writesRequired: ['clientId', 'objectId'],
  },
  'botAadApp/create': {
    with: ['name'],
    required: ['name'],
    writes: ['botId', 'botPassword'],
    writesRequired: ['botId', 'botPassword'],
  },
  'botFramework/create': {
    with: ['botId', 'name', 'messagingEndpoint', 'description', 'iconUrl', 'channels'],
    required: ['botId', 'name', 'messagingEndpoint'],
  },
  'arm/deploy': {
    with: ['subscriptionId', 'resourceGroupName', 'templates', 'bicepCliVersion'],
    required: ['subscriptionId', 'resourceGroupName', 'templates'],
  },
  'aadApp/update': { with: ['manifestPath', 'outputFilePath'], required: ['manifestPath', 'outputFilePath'] },
  'teamsApp/validateManifest': { with: ['manifestPath'], required: ['manifestPath'] },
  'teamsApp/zipAppPackage': {
    with: ['manifestPath', 'outputZipPath', 'outputFolder'],
    required: ['manifestPath', 'outputZipPath', 'outputFolder'],
  },
  'teamsApp/validateAppPackage': { with: ['appPackagePath'], required: ['appPackagePath'] },
  'teamsApp/update': { with: ['appPackagePath'], required: ['appPackagePath'] },
  'teamsApp/publishAppPackage': {
    with: ['appPackagePath'],
    required: ['appPackagePath'],
    writes: ['publishedAppId'],
    writesRequired: ['publishedAppId'],
  },
  'azureAppService/zipDeploy': {
    with: ['artifactFolder', 'resourceId', 'workingDirectory', 'ignoreFile', 'dryRun', 'outputZipFile'],
    required: ['artifactFolder', 'resourceId'],
  },
  'cli/runNpmCommand': { with: ['args', 'workingDirectory'], required: ['args'] },
};

/** The problems of one action against {@link ACTIONS}: unknown action or key, missing key, bad secret name. */
export function shapeProblems(action: Action): string[] {
  const shape = ACTIONS[action.uses];
  if (!shape) return [`${action.uses}: not an action these files should use`];
  const given = Object.keys(action.with ?? {});
  const writes = action.writeToEnvironmentFile ?? {};
  const problems = [
    ...given.filter((key) => !shape.with.includes(key)).map((key) => `with.${key} is not allowed`),
    ...shape.required.filter((key) => !given.includes(key)).map((key) => `with.${key} is missing`),
    ...Object.keys(writes)
      .filter((key) => !(shape.writes ?? []).includes(key))
      .map((key) => `writeToEnvironmentFile.${key} is not allowed`),
    ...(shape.writesRequired ?? [])
      .filter((key) => !(key in writes))
      .map((key) => `writeToEnvironmentFile.${key} is missing`),
  ];
  for (const key of ['clientSecret', 'botPassword']) {
    // The toolkit puts SECRET_* values in the git-ignored .user file, and only those.
    if (writes[key] && !writes[key].startsWith('SECRET_')) problems.push(`${key} must go to a SECRET_ name`);
  }
  if (
    action.uses === 'aadApp/create' &&
    Boolean(action.with?.generateClientSecret) !== 'clientSecret' in writes
  ) {
    problems.push('clientSecret must be written exactly when generateClientSecret is true');
  }
  return problems.map((p) => `${action.uses}: ${p}`);
}

/** The files an action reads, relative to the root: manifests, ARM templates and their parameters. */
export function filesRead(action: Action): string[] {
  const files: string[] = [];
  const manifest = action.with?.manifestPath;
  if (typeof manifest === 'string') {
    const file = path.normalize(manifest);
    files.push(...(file === path.normalize('appPackage/manifest.json') ? appPackageFiles() : [file]));
  }
  for (const template of templatesOf(action)) files.push(template.path, template.parameters);
  return files.map((f) => path.normalize(f));
}

export function templatesOf(action: Action): { path: string; parameters: string }[] {
  if (action.uses !== 'arm/deploy') return [];
  return (action.with?.templates as { path: string; parameters: string }[]).map((t) => ({
    path: path.normalize(t.path),
    parameters: path.normalize(t.parameters),
  }));
}

/** The `${{NAME}}`s an action reads, in its own inputs and in the files it fills in. */
export const namesRead = (action: Action): string[] => [
  ...placeholders(JSON.stringify(action.with ?? {})),
  ...filesRead(action)
    .filter((file) => !file.endsWith('.bicep'))
    .flatMap((file) => placeholders(read(file))),
];

/** The names an action writes to env/.env.<name>: its outputs, an ARM template's, and ids it makes up. */
export const namesWritten = (action: Action): string[] => [
  ...Object.values(action.writeToEnvironmentFile ?? {}),
  ...templatesOf(action).flatMap((t) => bicepOutputs(read(t.path))),
  ...(action.uses === 'aadApp/update' ? namesRead(action).filter((n) => MADE_BY_TOOLKIT.has(n)) : []),
];

export const exists = (file: string): boolean => existsSync(path.join(ROOT, file));
