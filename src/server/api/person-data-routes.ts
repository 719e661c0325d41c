import type { Server } from 'restify';
import { PEOPLE_ROUTES } from '../../contracts';
import type { PersonDataRepository } from '../../directory/person-data';
import type { Logger } from '../../logging';
import type { TokenValidator } from '../auth/token-validator';
import { serveRoute } from './serve-route';

const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

/** Export and erase one person's data (admins); each call leaves a line in the audit log first. */
export function registerPersonDataRoutes(
  server: Server,
  deps: { validator: TokenValidator; logger: Logger; personData: PersonDataRepository; now: () => Date },
): void {
  const { personData, logger } = deps;

  serveRoute(server, deps, PEOPLE_ROUTES.exportPerson, async (input, principal) => {
    const { aadObjectId } = input.params();
    const at = deps.now();
    const tables = await personData.export(aadObjectId);
    const detail = Object.fromEntries(Object.entries(tables).map(([t, rows]) => [t, rows.length]));
    await personData.audit({
      action: 'person-exported',
      actorId: principal.id,
      subjectId: aadObjectId,
      at,
      detail,
    });
    logger.info(
      { event: 'person-exported', actorId: principal.id, subjectId: aadObjectId, rows: total(detail) },
      "a person's data was exported",
    );
    return { aadObjectId, exportedAt: at.toISOString(), tables };
  });

  serveRoute(server, deps, PEOPLE_ROUTES.erasePerson, async (input, principal) => {
    const { aadObjectId } = input.params();
    const at = deps.now();
    const result = await personData.erase(aadObjectId, at);
    await personData.audit({
      action: 'person-erased',
      actorId: principal.id,
      subjectId: aadObjectId,
      at,
      detail: { deleted: total(result.deleted), anonymised: total(result.anonymised) },
    });
    logger.info(
      {
        event: 'person-erased',
        actorId: principal.id,
        subjectId: aadObjectId,
        deleted: total(result.deleted),
        anonymised: total(result.anonymised),
        stillNamed: result.stillNamedIn.length,
      },
      "a person's data was erased",
    );
    return { aadObjectId, erasedAt: at.toISOString(), ...result };
  });
}
