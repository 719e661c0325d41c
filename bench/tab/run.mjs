// `node bench/tab/run.mjs`: builds the tab, compiles the tab bench, runs it from the repository root.
// Arguments go to the bench: --runs 10
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const vite = spawnSync(
  process.execPath,
  [
    path.join(root, 'node_modules/vite/bin/vite.js'),
    'build',
    '--config',
    'src/tab/vite.config.ts',
    '--logLevel',
    'error',
  ],
  { stdio: 'inherit', cwd: root },
);
if (vite.status !== 0) process.exit(vite.status ?? 1);
const tsc = path.join(root, 'node_modules/typescript/bin/tsc');
const entry = path.join(root, 'node_modules/.cache/voordeur-tab-bench/bench/tab/tab-bench.js');
const build = spawnSync(process.execPath, [tsc, '-p', path.join(root, 'bench/tab/tsconfig.json')], {
  stdio: 'inherit',
});
// tsc still emits when a file elsewhere in the tree has a type error; say so, and run what was emitted.
if (build.status !== 0) {
  if (!existsSync(entry)) process.exit(build.status ?? 1);
  console.warn('tab bench: tsc reported type errors (see above); running the emitted JavaScript anyway');
}
// The service finds public/ and dist/tab/ relative to its compiled files: point the cache at the real ones.
const out = path.join(root, 'node_modules/.cache/voordeur-tab-bench');
mkdirSync(out, { recursive: true });
for (const dir of ['public', 'dist']) {
  if (!existsSync(path.join(out, dir))) symlinkSync(path.join(root, dir), path.join(out, dir));
}
const run = spawnSync(process.execPath, [entry, ...process.argv.slice(2)], { stdio: 'inherit', cwd: root });
process.exit(run.status ?? 1);
