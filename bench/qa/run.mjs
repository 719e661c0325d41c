// `npm run bench:qa`: runs the QA bench from the repository root. Arguments after `--` go to the bench (see
// bench/qa/qa-bench.ts).
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const args = [path.join(root, 'test/support/run-ts.mjs'), 'bench/qa/qa-bench.ts', '--root', root];
const run = spawnSync(process.execPath, [...args, ...process.argv.slice(2)], { stdio: 'inherit', cwd: root });
process.exit(run.status ?? 1);
