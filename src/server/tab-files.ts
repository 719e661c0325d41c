import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Request, Response, Server } from 'restify';

/** Where `vite build --config src/tab/vite.config.ts` writes the tab. */
export const TAB_DIR = path.resolve(__dirname, '../../dist/tab');
const PLACEHOLDER = path.resolve(__dirname, '../../public/tab-coming.html');

export const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

/**
 * The hosts that may frame the tab's pages: Teams and the Microsoft 365 apps that run Teams tabs (Microsoft's
 * list in "Prerequisites" of the Teams tab requirements, 2025, with the `*.cloud.microsoft` hosts every client
 * moves to), and the service itself.
 */
export const FRAME_ANCESTORS = [
  "'self'",
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://*.cloud.microsoft',
  'https://*.microsoft365.com',
  'https://*.office.com',
  'https://outlook.office.com',
  'https://outlook.office365.com',
  'https://outlook-sdf.office.com',
  'https://outlook-sdf.office365.com',
] as const;

/** Sent with every page of the tab (not its scripts and styles): no other site can frame it. */
export const TAB_PAGE_CSP = `frame-ancestors ${FRAME_ANCESTORS.join(' ')}`;

async function send(res: Response, file: string, cache: string): Promise<boolean> {
  try {
    const body = await readFile(file);
    if (path.extname(file) === '.html') res.setHeader('content-security-policy', TAB_PAGE_CSP);
    res.setHeader('content-type', TYPES[path.extname(file)] ?? 'application/octet-stream');
    res.setHeader('cache-control', cache);
    res.setHeader('x-content-type-options', 'nosniff');
    res.sendRaw(200, body);
    return true;
  } catch {
    return false;
  }
}

/**
 * Serves the built tab under /tab/: files from dist/tab/, and index.html for the tab's own routes
 * (/tab/personal, /tab/team, /tab/config, /tab/print …) so the React app picks the view.
 * @remarks Hashed files under /tab/assets/ never change and are cached for a year. Without a build the
 * placeholder page answers, so the service still starts.
 */
export function registerTabFiles(server: Server): void {
  server.get('/tab/*', async (req: Request, res: Response) => {
    let relative: string;
    try {
      relative = decodeURIComponent((req.path() ?? '').replace(/^\/tab\/?/, ''));
    } catch {
      res.send(400, { error: { code: 'bad-request', message: 'Malformed path.' } });
      return;
    }
    const file = path.resolve(TAB_DIR, relative);
    const inside = file.startsWith(`${TAB_DIR}${path.sep}`);
    if (inside && path.extname(file)) {
      const immutable = relative.startsWith('assets/');
      if (await send(res, file, immutable ? 'public, max-age=31536000, immutable' : 'no-cache')) return;
      res.send(404, { error: { code: 'not-found', message: 'Not found.' } });
      return;
    }
    if (await send(res, path.join(TAB_DIR, 'index.html'), 'no-cache')) return;
    await send(res, PLACEHOLDER, 'no-cache');
  });
}
