import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseEnv } from 'node:util';
import { SETTING_NAMES } from '../../src/config';

/** The repository root, where the deployment files live. */
export const ROOT = path.resolve(__dirname, '../..');

export const read = (file: string): string => readFileSync(path.join(ROOT, file), 'utf8');

/** The values an env file sets (comments and empty lines skipped), as `npm start` reads it. */
export const envFile = (name: string): Record<string, string> =>
  parseEnv(read(`env/.env.${name}`)) as Record<string, string>;

const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/** The `${{NAME}}`s in a text, in order, with repeats. */
export const placeholders = (text: string): string[] => [...text.matchAll(PLACEHOLDER)].map((m) => m[1]);

/** Replaces every `${{NAME}}` by its value; a name without one stays visible as `<NAME?>`. */
export const fill = (text: string, values: Record<string, string>): string =>
  text.replace(PLACEHOLDER, (_, name: string) => values[name] ?? `<${name}?>`);

/** The Teams app package templates: the manifest and the localization files it names. */
export function appPackageFiles(): string[] {
  const manifest = JSON.parse(read('appPackage/manifest.json')) as {
    localizationInfo?: { additionalLanguages?: { file: string }[] };
  };
  const languages = manifest.localizationInfo?.additionalLanguages ?? [];
  return ['appPackage/manifest.json', ...languages.map((l) => `appPackage/${l.file}`)];
}

/** What scripts/package-app.mjs fills in: the placeholders of the app package templates. */
export const packagerNames = (): Set<string> =>
  new Set(appPackageFiles().flatMap((file) => placeholders(read(file))));

/**
 * Names the Agents Toolkit and the Azure template use that the service itself never reads, each with the
 * reason it exists. Everything else a deployment file reads or writes must be a setting of src/config.ts or a
 * placeholder of the app package.
 */
export const TOOLKIT_ONLY: Readonly<Record<string, string>> = {
  TEAMSFX_ENV: "the toolkit's environment name, used in output file names",
  AZURE_SUBSCRIPTION_ID: 'where arm/deploy deploys (asked for when empty)',
  AZURE_RESOURCE_GROUP_NAME: 'where arm/deploy deploys (asked for when empty)',
  RESOURCE_SUFFIX: 'made up by the toolkit to keep Azure resource names unique',
  AAD_APP_OBJECT_ID: 'aadApp/update finds the tab Entra app by its object id',
  AAD_APP_ACCESS_AS_USER_PERMISSION_ID: 'the id of the access_as_user scope, made up by aadApp/update',
  BOT_OBJECT_ID: "aadApp/create must write the bot app's object id somewhere",
  BOT_AZURE_APP_SERVICE_RESOURCE_ID: 'an output of infra/azure.bicep: where atk deploy sends the code',
  TEAMS_APP_PUBLISHED_APP_ID: 'the id teamsApp/publishAppPackage gets from the Teams admin center',
  SECRET_POSTGRES_ADMIN_PASSWORD: 'becomes part of DATABASE_URL, which Key Vault keeps (infra/azure.bicep)',
};

/** The toolkit writes these itself when a file uses them, so they need not be in the env file. */
export const MADE_BY_TOOLKIT = new Set(['AAD_APP_ACCESS_AS_USER_PERMISSION_ID']);

/** True for a name the service reads, the packager fills in, or the toolkit alone uses. */
export const isKnownName = (name: string): boolean =>
  SETTING_NAMES.includes(name) || packagerNames().has(name) || name in TOOLKIT_ONLY;

const GUIDS: Record<string, string> = {
  TEAMS_APP_ID: '6f0c9a52-8d1e-4b7a-9c3f-1a2b3c4d5e6f',
  BOT_ID: '0b7e4d21-3c5a-4f8e-a1b2-c3d4e5f60718',
  BOT_TENANT_ID: '8d3f1c2e-0000-4000-8000-00000000beef',
  AAD_APP_CLIENT_ID: 'd2c4e6f8-1a3b-4c5d-8e9f-0a1b2c3d4e5f',
  AAD_APP_TENANT_ID: '8d3f1c2e-0000-4000-8000-00000000beef',
};

/**
 * A plausible value for a variable a provision writes, so that a test can run the service's own parser on
 * what a finished provision leaves behind.
 */
export function writtenSample(name: string): string {
  if (name in GUIDS) return GUIDS[name];
  if (name.startsWith('SECRET_')) return 'a-secret-from-the-provision';
  if (name === 'BOT_DOMAIN') return 'voordeur.example.nl';
  if (name.endsWith('_ID')) return 'an-id-only-the-toolkit-uses';
  return `${name.toLowerCase()}-value`;
}
