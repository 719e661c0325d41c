// `node --import <this file> …`: on SIGUSR2, writes the names of the npm packages the process has loaded so far
// with require (from require.cache, one per line) to the file $LOADED_PACKAGES_FILE, replacing it whole (a reader
// never sees half a list). For tests of what a running service has loaded.
import { renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const file = process.env.LOADED_PACKAGES_FILE;
if (!file) throw new Error('loaded-packages.mjs: LOADED_PACKAGES_FILE is not set');
// The same object for every require of the process.
const cache = createRequire(import.meta.url).cache;

process.on('SIGUSR2', () => {
  const names = new Set();
  for (const filename of Object.keys(cache)) {
    const match = /.*node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(filename);
    if (match) names.add(match[1]);
  }
  writeFileSync(`${file}.partial`, [...names].sort().join('\n'));
  renameSync(`${file}.partial`, file);
});
