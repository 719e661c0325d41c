import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Server } from 'restify';

const PUBLIC_DIR = path.resolve(__dirname, '../../public');

/** Pages the Teams manifest links to: website, privacy statement, terms, and the tab until it is built. */
const PAGES: Record<string, string> = {
  '/': 'index.html',
  '/privacy': 'privacy.html',
  '/terms': 'terms.html',
  '/tab/*': 'tab-coming.html',
};

export function registerStaticPages(server: Server): void {
  for (const [route, file] of Object.entries(PAGES)) {
    const html = readFileSync(path.join(PUBLIC_DIR, file));
    server.get(route, async (_req, res) => {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.setHeader('cache-control', 'no-cache');
      res.sendRaw(200, html);
    });
  }
}
