import type { Request, Server } from 'restify';
import {
  changeTeamChecklist,
  currentChecklist,
  rollbackTeamChecklist,
} from '../../checklists/team-checklist';
import type { Principal } from '../auth/token-validator';
import { forbidden } from '../auth/app-error';
import type { ApiDependencies } from './api-dependencies';
import { apiRoute } from './api-route';
import { presentChecklist } from './present-checklist';
import { changeBodySchema, parse, profileQuerySchema, rollbackBodySchema, teamIdSchema } from './schemas';

const HISTORY_LIMIT = 50;

/** The tab's API: checklists to read for everyone, changes and history for the team's managers. */
export function registerTabRoutes(server: Server, deps: ApiDependencies): void {
  const { checklists, roles, settings, logger } = deps;
  const route = (name: string, handler: Parameters<typeof apiRoute>[3]) =>
    apiRoute(deps, name, 'user', handler);

  const canEdit = async (teamId: string, p: Principal) =>
    p.isAdmin || (await roles.has(teamId, p.id, 'manager'));
  const requireEditor = async (teamId: string, p: Principal) => {
    if (!(await canEdit(teamId, p))) throw forbidden('Only this team’s managers can change its checklist.');
  };
  const teamOf = (req: Request) => parse(teamIdSchema, req.params?.teamId);
  // restify leaves the query string unparsed (no queryParser plugin on this server).
  const profileOf = (req: Request) =>
    parse(profileQuerySchema, new URLSearchParams(req.getQuery()).get('profile') ?? undefined);
  const orgContact = async () => (await settings.getOrgAandachtsfunctionaris())?.contact;

  const teamView = async (teamId: string, req: Request, p: Principal) => {
    const fallbackProfile = profileOf(req);
    const current = await currentChecklist({ checklists, teamId, fallbackProfile });
    return presentChecklist(current, {
      profile: fallbackProfile,
      canEdit: await canEdit(teamId, p),
      organisation: await orgContact(),
    });
  };

  server.get(
    '/api/tab/me',
    route('tab-me', async (_req, p) => ({ body: { id: p.id, name: p.name, isAdmin: p.isAdmin } })),
  );

  server.get(
    '/api/tab/checklist',
    route('tab-personal-checklist', async (req) => ({
      body: presentChecklist(undefined, {
        profile: profileOf(req),
        canEdit: false,
        organisation: await orgContact(),
      }),
    })),
  );

  server.get(
    '/api/tab/teams/:teamId/checklist',
    route('tab-team-checklist', async (req, p) => ({ body: await teamView(teamOf(req), req, p) })),
  );

  server.post(
    '/api/tab/teams/:teamId/checklist/changes',
    route('tab-checklist-change', async (req, p) => {
      const teamId = teamOf(req);
      await requireEditor(teamId, p);
      const body = parse(changeBodySchema, req.body);
      const saved = await changeTeamChecklist({
        checklists,
        teamId,
        fallbackProfile: profileOf(req),
        expectedVersion: body.expectedVersion,
        change: body.change,
        actor: { id: p.id, name: p.name },
        now: deps.now(),
        newId: deps.newId,
      });
      logger.info(
        {
          event: 'checklist-changed',
          teamId,
          version: saved.version,
          actorId: p.id,
          kind: saved.summary.kind,
        },
        'team checklist changed',
      );
      return { body: await teamView(teamId, req, p) };
    }),
  );

  server.post(
    '/api/tab/teams/:teamId/checklist/rollback',
    route('tab-checklist-rollback', async (req, p) => {
      const teamId = teamOf(req);
      await requireEditor(teamId, p);
      const body = parse(rollbackBodySchema, req.body);
      const saved = await rollbackTeamChecklist({
        checklists,
        teamId,
        fallbackProfile: profileOf(req),
        expectedVersion: body.expectedVersion,
        toVersion: body.toVersion,
        actor: { id: p.id, name: p.name },
        now: deps.now(),
      });
      logger.info(
        {
          event: 'checklist-rolled-back',
          teamId,
          version: saved.version,
          toVersion: body.toVersion,
          actorId: p.id,
        },
        'team checklist rolled back',
      );
      return { body: await teamView(teamId, req, p) };
    }),
  );

  server.get(
    '/api/tab/teams/:teamId/checklist/versions',
    route('tab-checklist-versions', async (req, p) => {
      const teamId = teamOf(req);
      await requireEditor(teamId, p);
      const versions = await checklists.history(teamId, HISTORY_LIMIT);
      return {
        body: {
          versions: versions.map((v) => ({
            version: v.version,
            at: v.at.toISOString(),
            actorName: v.actorName,
            summary: v.summary,
          })),
        },
      };
    }),
  );
}
