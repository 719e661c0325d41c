import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');
export const TAB_INDEX = path.join(ROOT, 'dist/tab/index.html');

function newest(dir: string): number {
  let latest = 0;
  for (const item of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, item.name);
    latest = Math.max(latest, item.isDirectory() ? newest(full) : statSync(full).mtimeMs);
  }
  return latest;
}

/** Builds the tab into dist/tab/ when it is missing or older than its sources. */
export function ensureTabBuilt(): void {
  const built = existsSync(TAB_INDEX) ? statSync(TAB_INDEX).mtimeMs : 0;
  const sources = Math.max(newest(path.join(ROOT, 'src/tab')), newest(path.join(ROOT, 'src/checklists')));
  if (sources <= built) return;
  execFileSync(
    process.execPath,
    [
      path.join(ROOT, 'node_modules/vite/bin/vite.js'),
      'build',
      '--config',
      'src/tab/vite.config.ts',
      '--logLevel',
      'error',
    ],
    { cwd: ROOT, stdio: 'inherit' },
  );
}
