import type { Request, Server } from 'restify';
import type { ApiDependencies } from './api-dependencies';
import { apiRoute } from './api-route';
import { notFound } from '../auth/app-error';
import { managerBodySchema, objectIdSchema, orgContactBodySchema, parse, teamIdSchema } from './schemas';

/** The admin API: the organisation's aandachtsfunctionaris and who manages which team. */
export function registerAdminRoutes(server: Server, deps: ApiDependencies): void {
  const { roles, settings, logger } = deps;
  const route = (name: string, handler: Parameters<typeof apiRoute>[3]) =>
    apiRoute(deps, name, 'admin', handler);
  const target = (req: Request) => ({
    teamId: parse(teamIdSchema, req.params?.teamId),
    aadObjectId: parse(objectIdSchema, req.params?.aadObjectId),
  });
  const managersOf = async (teamId: string) => ({
    managers: (await roles.list(teamId)).map((r) => ({
      aadObjectId: r.aadObjectId,
      displayName: r.displayName,
      source: r.source,
      assignedAt: r.assignedAt.toISOString(),
    })),
  });

  server.get(
    '/api/admin/settings',
    route('admin-settings', async () => {
      const org = await settings.getOrgAandachtsfunctionaris();
      return {
        body: {
          orgAandachtsfunctionaris: org?.contact ?? null,
          updatedAt: org?.updatedAt.toISOString(),
        },
      };
    }),
  );

  server.put(
    '/api/admin/settings/aandachtsfunctionaris',
    route('admin-set-org-contact', async (req, p) => {
      const { contact } = parse(orgContactBodySchema, req.body);
      await settings.setOrgAandachtsfunctionaris(contact, p.id, deps.now());
      logger.info(
        { event: 'org-contact-set', actorId: p.id, cleared: contact === null },
        'organisation contact set',
      );
      return { body: { orgAandachtsfunctionaris: contact } };
    }),
  );

  server.get(
    '/api/admin/teams/:teamId/managers',
    route('admin-managers', async (req) => ({
      body: await managersOf(parse(teamIdSchema, req.params?.teamId)),
    })),
  );

  server.put(
    '/api/admin/teams/:teamId/managers/:aadObjectId',
    route('admin-add-manager', async (req, p) => {
      const { teamId, aadObjectId } = target(req);
      const body = parse(managerBodySchema, req.body ?? {});
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
      return { body: await managersOf(teamId) };
    }),
  );

  server.del(
    '/api/admin/teams/:teamId/managers/:aadObjectId',
    route('admin-remove-manager', async (req, p) => {
      const { teamId, aadObjectId } = target(req);
      if (!(await roles.remove(teamId, aadObjectId, 'manager', 'admin'))) throw notFound('No such manager.');
      logger.info({ event: 'manager-removed', teamId, aadObjectId, actorId: p.id }, 'team manager removed');
      return { body: await managersOf(teamId) };
    }),
  );
}
