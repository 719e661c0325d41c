import type { Request, RequestHandler } from 'restify';
import { API_ROUTES, type Upload } from '../../contracts';
import { AppError, badRequest } from '../auth/app-error';

/** The routes that take a file, such as `POST /api/admin/training/import`. */
const UPLOAD_ROUTES = new Set(API_ROUTES.filter((r) => r.upload).map((r) => `${r.method} ${r.path}`));

/** Whether the request was routed to one of them; restify's `/a/:b` is written `/a/{b}` as in the contracts. */
const isUploadRoute = (req: Request): boolean => {
  const route = req.getRoute();
  if (!route) return false;
  return UPLOAD_ROUTES.has(`${route.method.toLowerCase()} ${String(route.path).replace(/:(\w+)/g, '{$1}')}`);
};

/**
 * The body parser's handlers, except on routes that take a file: those read their body themselves, after the
 * token is checked (401 before anything else) and with their own size limit.
 * @remarks restify runs `use` handlers after routing, so the route is known here.
 */
export function exceptUploads(handlers: RequestHandler[]): RequestHandler[] {
  return handlers.map(
    (handle): RequestHandler =>
      (req, res, next) =>
        isUploadRoute(req) ? next() : handle(req, res, next),
  );
}

const UTF8 = new Set(['utf-8', 'utf8', 'us-ascii']);

/**
 * Reads a file sent as the body: the media type must be the route's (400), the size at most its limit (413).
 * @remarks A body over the limit is read to its end and dropped, so the client gets the 413 rather than a
 * broken connection; only an admin with a valid token gets this far.
 */
export async function readUpload(req: Request, upload: Upload): Promise<Buffer> {
  const [type, ...params] = (req.header('content-type') ?? '').split(';').map((p) => p.trim().toLowerCase());
  if (type !== upload.mediaType) {
    throw badRequest(`Send the file as Content-Type: ${upload.mediaType} (UTF-8).`);
  }
  const encoding = req.header('content-encoding')?.trim().toLowerCase();
  if (encoding && encoding !== 'identity') throw badRequest('Send the file uncompressed.');
  const charset = params
    .find((p) => p.startsWith('charset='))
    ?.slice('charset='.length)
    .replace(/"/g, '');
  if (charset && !UTF8.has(charset)) {
    throw badRequest(`The file must be UTF-8 text, not ${charset.slice(0, 40)}.`);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of req as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size <= upload.maxBytes) chunks.push(chunk);
    }
  } catch {
    throw badRequest('The file did not arrive whole; send it again.');
  }
  if (size > upload.maxBytes) {
    throw new AppError(
      'too-large',
      `The file is larger than ${upload.maxBytes / (1024 * 1024)} MB; nothing was read. Split it into smaller files.`,
    );
  }
  return Buffer.concat(chunks);
}
