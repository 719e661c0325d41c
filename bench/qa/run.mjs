// `npm run bench:qa`: compiles the QA bench and the guidance it measures, then runs it from the repository root.
// Arguments after `--` go to the bench (see bench/qa/qa-bench.ts).
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const tsc = path.join(root, 'node_modules/typescript/bin/tsc');
const build = spawnSync(process.execPath, [tsc, '-p', path.join(root, 'bench/qa/tsconfig.json')], {
  stdio: 'inherit',
});
if (build.status !== 0) process.exit(build.status ?? 1);
const entry = path.join(root, 'node_modules/.cache/voordeur-qa-bench/bench/qa/qa-bench.js');
const run = spawnSync(process.execPath, [entry, '--root', root, ...process.argv.slice(2)], {
  stdio: 'inherit',
  cwd: root,
});
process.exit(run.status ?? 1);
