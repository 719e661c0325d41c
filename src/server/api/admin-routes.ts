import type { Server } from 'restify';
import { ADMIN_ROUTES, type Managers } from '../../contracts';
import { notFound } from '../auth/app-error';
import type { TeamDirectory } from '../../directory/teams';
import type { ApiDependencies } from './api-dependencies';
import { serveRoute } from './serve-route';

/** The admin API (contracts in src/contracts/admin.ts): the organisation's contact, teams, team managers. */
export function registerAdminRoutes(server: Server, deps: ApiDependencies, directory: TeamDirectory): void {
  const { roles, settings, logger } = deps;
  const managersOf = async (teamId: string): Promise<Managers> => ({
    managers: (await roles.list(teamId)).map((r) => ({
      aadObjectId: r.aadObjectId,
      displayName: r.displayName,
      source: r.source,
      assignedAt: r.assignedAt.toISOString(),
    })),
  });

  serveRoute(server, deps, ADMIN_ROUTES.settings, async () => {
    const org = await settings.getOrgAandachtsfunctionaris();
    return { orgAandachtsfunctionaris: org?.contact ?? null, updatedAt: org?.updatedAt.toISOString() };
  });

  serveRoute(server, deps, ADMIN_ROUTES.setOrgContact, async (input, p) => {
    const { contact } = input.body();
    await settings.setOrgAandachtsfunctionaris(contact, p.id, deps.now());
    logger.info(
      { event: 'org-contact-set', actorId: p.id, cleared: contact === null },
      'organisation contact set',
    );
    return { orgAandachtsfunctionaris: contact };
  });

  serveRoute(server, deps, ADMIN_ROUTES.teams, async () => ({ teams: await directory.teams() }));

  serveRoute(server, deps, ADMIN_ROUTES.teamMembers, async (input) => ({
    members: await directory.members(input.params().teamId),
  }));

  serveRoute(server, deps, ADMIN_ROUTES.managers, async (input) => managersOf(input.params().teamId));

  serveRoute(server, deps, ADMIN_ROUTES.addManager, async (input, p) => {
    const { teamId, aadObjectId } = input.params();
    const body = input.body();
    await roles.assign({
      teamId,
      aadObjectId,
      role: 'manager',
      source: 'admin',
      displayName: body.displayName,
      assignedBy: p.id,
      assignedAt: deps.now(),
    });
    logger.info({ event: 'manager-assigned', teamId, aadObjectId, actorId: p.id }, 'team manager assigned');
    return managersOf(teamId);
  });

  serveRoute(server, deps, ADMIN_ROUTES.removeManager, async (input, p) => {
    const { teamId, aadObjectId } = input.params();
    if (!(await roles.remove(teamId, aadObjectId, 'manager', 'admin'))) throw notFound('No such manager.');
    logger.info({ event: 'manager-removed', teamId, aadObjectId, actorId: p.id }, 'team manager removed');
    return managersOf(teamId);
  });
}
