import type { Server } from 'restify';
import type { Actor, Announcements } from '../../announcements';
import { ANNOUNCEMENT_ROUTES as ROUTES } from '../../contracts';
import type { Logger } from '../../logging';
import type { Principal, TokenValidator } from '../auth/token-validator';
import {
  presentAudit,
  presentDetail,
  presentRecipients,
  presentSendResult,
  presentSummary,
} from './present-announcement';
import { serveRoute } from './serve-route';

/** What the announcement routes are built from: the capability, and the time zone of the report's times. */
export interface AnnouncementApiProps {
  announcements: Announcements;
  timeZone: string;
}

const actorOf = (p: Principal): Actor => ({ id: p.id, name: p.name });

/**
 * The admin API of announcements (contracts in src/contracts/announcements.ts).
 * @remarks Thin: the routes pass the body as sent to the capability, which validates it and lists every field
 * problem at once; its errors get their status in `toAppError` (400, 404, 409, 503). The token and the admin role
 * are checked before anything is read.
 */
export function registerAnnouncementRoutes(
  server: Server,
  deps: AnnouncementApiProps & { validator: TokenValidator; logger: Logger },
): void {
  const { announcements, timeZone } = deps;
  const detail = async (id: string) => {
    // Progress first: the read that sees the last message finish records the status `sent`.
    const progress = await announcements.progress(id);
    return presentDetail(await announcements.get(id), progress);
  };

  serveRoute(server, deps, ROUTES.list, async () => ({
    announcements: (await announcements.list()).map(presentSummary),
  }));

  serveRoute(server, deps, ROUTES.create, async (input, p) => ({
    id: (await announcements.create(input.raw(), actorOf(p))).id,
  }));

  serveRoute(server, deps, ROUTES.audienceCount, async (input) => {
    const { count, unknown, gone } = await announcements.previewAudience(input.raw());
    return { count, unknown, gone };
  });

  serveRoute(server, deps, ROUTES.card, async (input) => ({
    card: announcements.card(input.raw(), input.query().lang),
  }));

  serveRoute(server, deps, ROUTES.get, async (input) => detail(input.params().id));

  serveRoute(server, deps, ROUTES.edit, async (input, p) => {
    const { id } = input.params();
    await announcements.edit(id, input.raw(), actorOf(p));
    return detail(id);
  });

  serveRoute(server, deps, ROUTES.remove, async (input, p) => {
    const { id } = input.params();
    await announcements.remove(id, actorOf(p));
    return { id };
  });

  serveRoute(server, deps, ROUTES.send, async (input, p) =>
    presentSendResult(await announcements.send(input.params().id, actorOf(p), input.raw())),
  );

  serveRoute(server, deps, ROUTES.cancel, async (input, p) => ({
    cancelled: await announcements.cancel(input.params().id, actorOf(p)),
  }));

  serveRoute(server, deps, ROUTES.retract, async (input, p) => ({
    deletes: await announcements.retract(input.params().id, actorOf(p)),
  }));

  serveRoute(server, deps, ROUTES.preview, async (input, p) => ({
    queued: await announcements.sendPreview(input.params().id, actorOf(p)),
  }));

  serveRoute(server, deps, ROUTES.report, async (input) =>
    announcements.reportCsv(input.params().id, input.query().lang, timeZone),
  );

  serveRoute(server, deps, ROUTES.recipients, async (input) =>
    presentRecipients(await announcements.report(input.params().id)),
  );

  serveRoute(server, deps, ROUTES.audit, async (input) => {
    const { id } = input.params();
    const entries = await announcements.auditLog({ announcementId: id });
    // The log outlives a deleted announcement; an id that never had one is unknown.
    if (entries.length === 0) await announcements.get(id);
    return presentAudit(entries);
  });
}
