import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Server } from 'restify';
import { registerTabFiles, TYPES } from './tab-files';

const PUBLIC_DIR = path.resolve(__dirname, '../../public');

/** Pages the Teams manifest links to: website, privacy statement, terms, and their style sheet. */
const PAGES: Record<string, string> = {
  '/': 'index.html',
  '/privacy': 'privacy.html',
  '/terms': 'terms.html',
  '/page.css': 'page.css',
};

/** The static pages above, and the tab (see tab-files.ts). */
export function registerStaticPages(server: Server): void {
  for (const [route, file] of Object.entries(PAGES)) {
    const body = readFileSync(path.join(PUBLIC_DIR, file));
    server.get(route, async (_req, res) => {
      res.setHeader('content-type', TYPES[path.extname(file)]);
      res.setHeader('cache-control', 'no-cache');
      res.sendRaw(200, body);
    });
  }
  registerTabFiles(server);
}
