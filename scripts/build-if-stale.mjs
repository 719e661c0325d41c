// Builds dist/ (the service and the tab) when an output is missing or older than a source file or the lockfile.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

function newestMtime(dir) {
  let newest = 0;
  for (const item of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, item.name);
    newest = Math.max(newest, item.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** Builds if needed; returns the path of the compiled entry point. Exits the process if the build fails. */
export function buildIfStale() {
  const entry = path.join(root, 'dist', 'index.js');
  const outputs = [entry, path.join(root, 'dist', 'tab', 'index.html')];
  const built = Math.min(...outputs.map((file) => (existsSync(file) ? statSync(file).mtimeMs : 0)));
  const sources = Math.max(
    newestMtime(path.join(root, 'src')),
    statSync(path.join(root, 'package-lock.json')).mtimeMs,
    statSync(path.join(root, 'tsconfig.json')).mtimeMs,
  );
  if (sources > built) {
    // On stderr, build output included: a command's own answer on stdout (the import's JSON) stays clean.
    console.error('Building Voordeur…');
    // A production build even when called from jest (NODE_ENV=test would give React's development build).
    const env = { ...process.env, NODE_ENV: 'production' };
    const build = spawnSync('npm', ['run', '--silent', 'build'], {
      cwd: root,
      stdio: ['inherit', 2, 2],
      env,
    });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  return entry;
}

if (import.meta.url === `file://${process.argv[1]}`) buildIfStale();
