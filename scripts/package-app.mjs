// `npm run package [-- <envName>] [--env-dir <dir>] [--out-dir <dir>]` builds the Teams app package.
// It reads env/.env.<envName> (default `local`) and env/.env.<envName>.user (wins over the first); a variable
// set in the real environment wins over both. Every ${{NAME}} in appPackage/manifest.json and its localization
// files is filled in, the result is validated offline against the schemas that @microsoft/app-manifest
// bundles, and appPackage/build/appPackage.<envName>.zip is written (manifest, icons and localization files
// at the root of the zip).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseArgs, parseEnv } from 'node:util';
import { AppManifestUtils } from '@microsoft/app-manifest';
import AdmZip from 'adm-zip';
import { PNG } from 'pngjs';
import { repairPatterns } from './lib/schema-patterns.cjs';

const root = path.resolve(import.meta.dirname, '..');
const appDir = path.join(root, 'appPackage');
const require = createRequire(import.meta.url);

const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HOST = /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:\d{1,5})?$/i;
/** Placeholders that may be empty (production has no name suffix); all others need a value. */
const MAY_BE_EMPTY = new Set(['APP_NAME_SUFFIX']);
const MUST_BE_GUID = new Set(['TEAMS_APP_ID', 'BOT_ID', 'AAD_APP_CLIENT_ID']);
const ICON_SIZES = { color: 192, outline: 32 };

/** A problem the user can fix; printed without a stack trace. */
class PackageError extends Error {}

function readArgs() {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: { 'env-dir': { type: 'string' }, 'out-dir': { type: 'string' } },
    });
  } catch (error) {
    throw new PackageError(
      `${error.message}\nUsage: npm run package [-- <envName>] [--env-dir <dir>] [--out-dir <dir>]`,
    );
  }
  const { values, positionals } = parsed;
  if (positionals.length > 1)
    throw new PackageError(`Expected one environment name, got: ${positionals.join(' ')}`);
  const envName = positionals[0] ?? 'local';
  if (!/^[A-Za-z0-9_-]+$/.test(envName)) throw new PackageError(`Invalid environment name "${envName}".`);
  return {
    envName,
    envDir: path.resolve(values['env-dir'] ?? path.join(root, 'env')),
    outDir: path.resolve(values['out-dir'] ?? path.join(appDir, 'build')),
  };
}

/** Values from .env.<name>, then .env.<name>.user; real environment variables are applied later. */
function readEnvFiles(envDir, envName) {
  const base = path.join(envDir, `.env.${envName}`);
  if (!existsSync(base))
    throw new PackageError(`No environment file ${base}. Create it or pick another name.`);
  const files = [base, `${base}.user`].filter((file) => existsSync(file));
  const values = Object.assign({}, ...files.map((file) => parseEnv(readFileSync(file, 'utf8'))));
  return { values, files };
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new PackageError(`Cannot read ${path.relative(root, file)}: ${error.message}`);
  }
}

function placeholdersIn(text) {
  return [...text.matchAll(PLACEHOLDER)].map((match) => match[1]);
}

/** Every problem with the values the templates need, so that one run lists them all. */
function checkValues(names, values) {
  const problems = [];
  for (const name of names) {
    const value = values[name];
    if (value === undefined) problems.push(`${name} is not set`);
    else if (value === '' && !MAY_BE_EMPTY.has(name)) problems.push(`${name} is empty`);
    else if (MUST_BE_GUID.has(name) && !GUID.test(value))
      problems.push(`${name} must be a GUID, got "${value}"`);
    else if (name === 'BOT_DOMAIN' && !HOST.test(value)) {
      problems.push(
        `BOT_DOMAIN must be a host name without scheme or path (e.g. voordeur.example.nl), got "${value}"`,
      );
    }
  }
  return problems;
}

/** Replaces placeholders inside every string of a parsed JSON document. */
function fill(value, values) {
  if (typeof value === 'string') return value.replace(PLACEHOLDER, (_, name) => values[name]);
  if (Array.isArray(value)) return value.map((item) => fill(item, values));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, fill(item, values)]));
  }
  return value;
}

/** The schema named by `$schema`, from the copies in @microsoft/app-manifest: never from the network. */
function bundledSchema(schemaUrl, file) {
  const match = /\/json-schemas\/(teams\/[^/]+\/[^/]+\.json)$/.exec(schemaUrl ?? '');
  const schemaDir = path.join(path.dirname(require.resolve('@microsoft/app-manifest/package.json')), 'build');
  const schemaFile = match && path.join(schemaDir, 'json-schemas', match[1]);
  if (!schemaFile || !existsSync(schemaFile)) {
    throw new PackageError(
      `${file}: $schema "${schemaUrl}" is not one of the schemas bundled with @microsoft/app-manifest ` +
        `(see ${path.relative(root, path.join(schemaDir, 'json-schemas', 'teams'))}).`,
    );
  }
  // The same clean-up the package applies before parsing: \a and \v are not JSON escapes.
  const text = readFileSync(schemaFile, 'utf8').replace(/\\a/g, '\\u0007').replace(/\\v/g, '\\u000b');
  return repairPatterns(JSON.parse(text));
}

async function validate(document, file) {
  const errors = await AppManifestUtils.validateAgainstSchema(
    document,
    bundledSchema(document.$schema, file),
  );
  return errors.map((error) => `${file}: ${error.trim()}`);
}

function schemaVersion(schemaUrl) {
  return /\/teams\/(v[^/]+)\//.exec(schemaUrl ?? '')?.[1];
}

/** Teams rejects icons of the wrong size, and an outline icon with anything but white pixels. */
function checkIcon(kind, file) {
  const full = path.join(appDir, file);
  if (!existsSync(full)) return [`icons.${kind}: ${file} is missing (run node scripts/make-icons.mjs)`];
  const png = PNG.sync.read(readFileSync(full));
  const size = ICON_SIZES[kind];
  if (png.width !== size || png.height !== size) {
    return [`icons.${kind}: ${file} is ${png.width}x${png.height}, Teams needs ${size}x${size}`];
  }
  if (kind === 'outline') {
    for (let i = 0; i < png.data.length; i += 4) {
      const [r, g, b, a] = png.data.subarray(i, i + 4);
      if (a > 0 && (r !== 255 || g !== 255 || b !== 255)) {
        return [
          `icons.outline: ${file} must be white on transparent; pixel ${i / 4} is rgba(${r},${g},${b},${a})`,
        ];
      }
    }
  }
  return [];
}

async function main() {
  const { envName, envDir, outDir } = readArgs();
  const { values: fileValues, files } = readEnvFiles(envDir, envName);

  const manifestTemplate = readJson(path.join(appDir, 'manifest.json'));
  const info = manifestTemplate.localizationInfo ?? {};
  const languageFiles = [
    info.defaultLanguageFile,
    ...(info.additionalLanguages ?? []).map((l) => l.file),
  ].filter(Boolean);
  const templates = [
    { file: 'manifest.json', json: manifestTemplate },
    ...languageFiles.map((file) => ({ file, json: readJson(path.join(appDir, file)) })),
  ];

  const names = [...new Set(templates.flatMap(({ json }) => placeholdersIn(JSON.stringify(json))))].sort();
  const values = Object.fromEntries(names.map((name) => [name, process.env[name] ?? fileValues[name]]));
  const problems = checkValues(names, values);
  if (problems.length > 0) {
    const base = path.relative(process.cwd(), files[0]) || files[0];
    const hints = [`Set them in ${base} or ${base}.user (git-ignored), or as environment variables.`];
    if (problems.some((p) => p.startsWith('BOT_ID'))) {
      hints.push(
        'Teams needs the Microsoft App ID of a registered bot in BOT_ID. An empty BOT_ID (local mode) works ' +
          'only with `npm run playground`, which needs no package.',
      );
    }
    throw new PackageError(
      `Cannot package environment "${envName}":\n${problems.map((p) => `  - ${p}`).join('\n')}\n${hints.join('\n')}`,
    );
  }

  const filled = templates.map(({ file, json }) => ({ file, json: fill(json, values) }));
  const leftovers = filled.filter(({ json }) => JSON.stringify(json).includes('${{')).map(({ file }) => file);
  if (leftovers.length > 0)
    throw new PackageError(`Malformed \${{...}} placeholder left in ${leftovers.join(', ')}`);

  const manifest = filled[0].json;
  const errors = [];
  for (const { file, json } of filled) {
    errors.push(...(await validate(json, file)));
    if (file !== 'manifest.json' && schemaVersion(json.$schema) !== schemaVersion(manifest.$schema)) {
      errors.push(`${file}: $schema must use the manifest's version ${schemaVersion(manifest.$schema)}`);
    }
  }
  errors.push(...Object.keys(ICON_SIZES).flatMap((kind) => checkIcon(kind, manifest.icons[kind])));
  if (errors.length > 0) {
    throw new PackageError(`The app package is not valid:\n${errors.map((e) => `  - ${e}`).join('\n')}`);
  }

  const zip = new AdmZip();
  for (const { file, json } of filled) zip.addFile(file, Buffer.from(`${JSON.stringify(json, null, 2)}\n`));
  for (const kind of Object.keys(ICON_SIZES)) {
    zip.addFile(manifest.icons[kind], readFileSync(path.join(appDir, manifest.icons[kind])));
  }
  mkdirSync(outDir, { recursive: true });
  const target = path.join(outDir, `appPackage.${envName}.zip`);
  zip.writeZip(target);
  // Next to the package, as the Agents Toolkit writes it: the filled manifest, which the self-check compares with
  // the running configuration (GET /api/admin/selfcheck).
  writeFileSync(path.join(outDir, `manifest.${envName}.json`), `${JSON.stringify(manifest, null, 2)}\n`);
  console.log(`Wrote ${path.relative(process.cwd(), target) || target} (${zip.getEntries().length} files)`);
  console.log(
    `  app "${manifest.name.short}" ${manifest.version}, id ${manifest.id}, bot ${manifest.bots?.[0]?.botId}`,
  );
}

main().catch((error) => {
  console.error(error instanceof PackageError ? error.message : error);
  process.exitCode = 1;
});
