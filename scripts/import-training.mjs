// `npm run import:training -- [--dry-run] file.csv`: builds when needed (as `npm start` does), then imports the
// file into the database the service uses, with the same settings (env/.env.<ENV_NAME>, the environment). In the
// container image: `node dist/cli/import-training.js file.csv`.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { buildIfStale } from './build-if-stale.mjs';

const root = path.resolve(import.meta.dirname, '..');
const entry = path.join(path.dirname(buildIfStale()), 'cli', 'import-training.js');
// npm runs scripts in the package folder; a relative file name means the folder npm was started in.
const from = process.env.INIT_CWD ?? process.cwd();
const args = process.argv.slice(2).map((arg) => (arg.startsWith('-') ? arg : path.resolve(from, arg)));
// In the package folder, like `npm start`: the settings and a relative DATA_DIR mean the same as for the service.
const run = spawnSync(process.execPath, [entry, ...args], { stdio: 'inherit', cwd: root });
process.exit(run.status ?? 1);
