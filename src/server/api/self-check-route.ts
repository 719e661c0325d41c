import type { Server } from 'restify';
import { SELF_CHECK_ROUTES, type SelfCheck } from '../../contracts';
import type { Logger } from '../../logging';
import type { TokenValidator } from '../auth/token-validator';
import { serveRoute } from './serve-route';

/** `GET /api/admin/selfcheck`: every check runs at the moment of the call (admins only). */
export function registerSelfCheckRoute(
  server: Server,
  deps: { validator: TokenValidator; logger: Logger; selfCheck: () => Promise<SelfCheck> },
): void {
  serveRoute(server, deps, SELF_CHECK_ROUTES.selfCheck, async (_input, principal) => {
    const report = await deps.selfCheck();
    deps.logger.info(
      { event: 'self-check', actorId: principal.id, status: report.status },
      'self-check requested',
    );
    return report;
  });
}
