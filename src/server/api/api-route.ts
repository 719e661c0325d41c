import type { Request, RequestHandler, Response } from 'restify';
import type { Logger } from '../../logging';
import { forbidden, sendError } from '../auth/app-error';
import type { Principal, TokenValidator } from '../auth/token-validator';

export interface ApiResult {
  status?: number;
  body: unknown;
  /** Set for a download: `body` is its text, sent as is. JSON otherwise. */
  contentType?: string;
  headers?: Record<string, string>;
}

/**
 * Wraps an API handler: authenticate, check the admin role when asked, run, answer JSON, map errors.
 * @remarks Every `/api/tab/*` and `/api/admin/*` route goes through here, so no route can forget the token.
 */
export function apiRoute(
  deps: { validator: TokenValidator; logger: Logger },
  name: string,
  access: 'user' | 'admin',
  handler: (req: Request, principal: Principal) => Promise<ApiResult>,
): RequestHandler {
  return async (req: Request, res: Response) => {
    try {
      const principal = await deps.validator.authenticate(req.header('authorization'));
      if (access === 'admin' && !principal.isAdmin) throw forbidden('Only admins can do this.');
      const result = await handler(req, principal);
      res.setHeader('cache-control', 'no-store');
      for (const [name, value] of Object.entries(result.headers ?? {})) res.setHeader(name, value);
      if (result.contentType) {
        res.setHeader('content-type', result.contentType);
        res.sendRaw(result.status ?? 200, String(result.body));
      } else {
        res.send(result.status ?? 200, result.body);
      }
    } catch (error) {
      sendError(res, error, deps.logger, name);
    }
  };
}
