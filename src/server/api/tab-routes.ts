import type { Server } from 'restify';
import {
  changeTeamChecklist,
  currentChecklist,
  rollbackTeamChecklist,
} from '../../checklists/team-checklist';
import type { Profile } from '../../checklists/types';
import { TAB_ROUTES } from '../../contracts';
import type { Principal } from '../auth/token-validator';
import { forbidden } from '../auth/app-error';
import type { ApiDependencies } from './api-dependencies';
import { presentChecklist } from './present-checklist';
import { serveRoute } from './serve-route';

const HISTORY_LIMIT = 50;

/** The tab's API (contracts in src/contracts/tab.ts): checklists for everyone, changes for managers. */
export function registerTabRoutes(server: Server, deps: ApiDependencies): void {
  const { checklists, roles, settings, logger } = deps;

  const canEdit = async (teamId: string, p: Principal) =>
    p.isAdmin || (await roles.has(teamId, p.id, 'manager'));
  const requireEditor = async (teamId: string, p: Principal) => {
    if (!(await canEdit(teamId, p))) throw forbidden('Only this team’s managers can change its checklist.');
  };
  const orgContact = async () => (await settings.getOrgAandachtsfunctionaris())?.contact;

  const teamView = async (teamId: string, fallbackProfile: Profile, p: Principal) => {
    const current = await currentChecklist({ checklists, teamId, fallbackProfile });
    return presentChecklist(current, {
      profile: fallbackProfile,
      canEdit: await canEdit(teamId, p),
      organisation: await orgContact(),
    });
  };

  serveRoute(server, deps, TAB_ROUTES.me, async (_input, p) => ({
    id: p.id,
    name: p.name,
    isAdmin: p.isAdmin,
  }));

  serveRoute(server, deps, TAB_ROUTES.personalChecklist, async (input) =>
    presentChecklist(undefined, {
      profile: input.query().profile,
      canEdit: false,
      organisation: await orgContact(),
    }),
  );

  serveRoute(server, deps, TAB_ROUTES.teamChecklist, async (input, p) => {
    const { teamId } = input.params();
    return teamView(teamId, input.query().profile, p);
  });

  serveRoute(server, deps, TAB_ROUTES.change, async (input, p) => {
    const { teamId } = input.params();
    await requireEditor(teamId, p);
    const body = input.body();
    const { profile } = input.query();
    const saved = await changeTeamChecklist({
      checklists,
      teamId,
      fallbackProfile: profile,
      expectedVersion: body.expectedVersion,
      change: body.change,
      actor: { id: p.id, name: p.name },
      now: deps.now(),
      newId: deps.newId,
    });
    logger.info(
      { event: 'checklist-changed', teamId, version: saved.version, actorId: p.id, kind: saved.summary.kind },
      'team checklist changed',
    );
    return teamView(teamId, profile, p);
  });

  serveRoute(server, deps, TAB_ROUTES.rollback, async (input, p) => {
    const { teamId } = input.params();
    await requireEditor(teamId, p);
    const body = input.body();
    const { profile } = input.query();
    const saved = await rollbackTeamChecklist({
      checklists,
      teamId,
      fallbackProfile: profile,
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
    return teamView(teamId, profile, p);
  });

  serveRoute(server, deps, TAB_ROUTES.versions, async (input, p) => {
    const { teamId } = input.params();
    await requireEditor(teamId, p);
    const versions = await checklists.history(teamId, HISTORY_LIMIT);
    return {
      versions: versions.map((v) => ({
        version: v.version,
        at: v.at.toISOString(),
        actorName: v.actorName,
        summary: v.summary,
      })),
    };
  });
}
