import type { Server } from 'restify';
import {
  changeTeamChecklist,
  currentChecklist,
  rollbackTeamChecklist,
} from '../../checklists/team-checklist';
import { ChecklistInvalidError, changeProblems } from '../../checklists/change-problems';
import { createSignalSearch } from '../../checklists/signal-search';
import type { Profile } from '../../checklists/types';
import { TAB_ROUTES, changeBodySchema } from '../../contracts';
import type { Principal } from '../auth/token-validator';
import { forbidden } from '../auth/app-error';
import type { ApiDependencies } from './api-dependencies';
import { presentChecklist } from './present-checklist';
import { serveRoute } from './serve-route';

const HISTORY_LIMIT = 50;

/**
 * The tab's API (contracts in src/contracts/tab.ts): the personal checklist for everyone, a team's checklist
 * for its members, managers and admins, changes for its managers.
 * @remarks A team's checklist holds its people's phone numbers: whoever is not in the team's roster (as the bot
 * keeps it), nor its manager or an admin, gets 403.
 */
export function registerTabRoutes(server: Server, deps: ApiDependencies): void {
  const { checklists, roles, settings, members, logger } = deps;
  const search = createSignalSearch();

  const canEdit = async (teamId: string, p: Principal) =>
    p.isAdmin || (await roles.has(teamId, p.id, 'manager'));
  const requireEditor = async (teamId: string, p: Principal) => {
    if (!(await canEdit(teamId, p))) throw forbidden('Only this team’s managers can change its checklist.');
  };
  /** Whether the caller may read the team's checklist; and edit it. */
  const requireReader = async (teamId: string, p: Principal): Promise<{ canEdit: boolean }> => {
    if (await canEdit(teamId, p)) return { canEdit: true };
    if ((await members.teamsOf(p.id)).includes(teamId)) return { canEdit: false };
    throw forbidden('Only members of this team, its managers and admins can see its checklist.');
  };
  const orgContact = async () => (await settings.getOrgAandachtsfunctionaris())?.contact;

  const teamView = async (teamId: string, fallbackProfile: Profile, access: { canEdit: boolean }) => {
    const current = await currentChecklist({ checklists, teamId, fallbackProfile });
    return presentChecklist(current, {
      profile: fallbackProfile,
      canEdit: access.canEdit,
      organisation: await orgContact(),
    });
  };

  serveRoute(server, deps, TAB_ROUTES.me, async (_input, p) => ({
    id: p.id,
    name: p.name,
    isAdmin: p.isAdmin,
    ...(deps.botId ? { botId: deps.botId } : {}),
  }));

  serveRoute(server, deps, TAB_ROUTES.personalChecklist, async (input) =>
    presentChecklist(undefined, {
      profile: input.query().profile,
      canEdit: false,
      organisation: await orgContact(),
    }),
  );

  serveRoute(server, deps, TAB_ROUTES.personalSearch, async (input) => {
    const { profile } = input.query();
    const view = presentChecklist(undefined, { profile, canEdit: false });
    const { q, lang } = input.body();
    return search.find(`profile:${profile}`, view.categories, q, lang);
  });

  serveRoute(server, deps, TAB_ROUTES.teamChecklist, async (input, p) => {
    const { teamId } = input.params();
    return teamView(teamId, input.query().profile, await requireReader(teamId, p));
  });

  serveRoute(server, deps, TAB_ROUTES.teamSearch, async (input, p) => {
    const { teamId } = input.params();
    const access = await requireReader(teamId, p);
    const { profile } = input.query();
    const { q, lang } = input.body();
    const view = await teamView(teamId, profile, access);
    // A manager also searches the signals hidden for the team; a new version is a new search.
    const key = `team:${teamId}:${view.version}:${view.profile}:${access.canEdit}`;
    return search.find(key, view.categories, q, lang);
  });

  serveRoute(server, deps, TAB_ROUTES.change, async (input, p) => {
    const { teamId } = input.params();
    await requireEditor(teamId, p);
    // Every field problem at once, each in Dutch beside its field in the manager's form.
    const parsed = changeBodySchema.safeParse(input.raw());
    if (!parsed.success) throw new ChecklistInvalidError(changeProblems(parsed.error.issues));
    const body = parsed.data;
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
    return teamView(teamId, profile, { canEdit: true });
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
    return teamView(teamId, profile, { canEdit: true });
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
