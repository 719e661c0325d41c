// `npm run bench:tab`: builds the tab, then runs the tab bench from the repository root.
// Arguments go to the bench: --runs 10
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const run = (args) => spawnSync(process.execPath, args, { stdio: 'inherit', cwd: root }).status ?? 1;
const vite = run([
  path.join(root, 'node_modules/vite/bin/vite.js'),
  'build',
  '--config',
  'src/tab/vite.config.ts',
  '--logLevel',
  'error',
]);
if (vite !== 0) process.exit(vite);
process.exit(
  run([path.join(root, 'test/support/run-ts.mjs'), 'bench/tab/tab-bench.ts', ...process.argv.slice(2)]),
);
