import type { Server } from 'restify';
import type { TeamRoleRepository } from '../../checklists/repositories';
import { TAB_TRAINING_ROUTES } from '../../contracts';
import type { TeamMemberRepository } from '../../directory/team-members';
import type { Logger } from '../../logging';
import {
  decideClaim,
  loadPersonTraining,
  loadTeamTrainingStatus,
  type TrainingStatusSources,
} from '../../training';
import { AppError, badRequest, forbidden, notFound } from '../auth/app-error';
import type { Principal, TokenValidator } from '../auth/token-validator';
import { presentMyTraining, presentTeamTraining } from './present-training';
import { serveRoute } from './serve-route';

/** What the team tab's training panel needs besides sign-in: the training stores and the roster. */
export interface TabTrainingDependencies extends TrainingStatusSources {
  /** Who is in which team (the Teams roster). */
  members: TeamMemberRepository;
  /** The service's time zone: which day "today" is. */
  timeZone: string;
}

/**
 * The tab's training API (contracts in src/contracts/tab-training.ts).
 * @remarks A person's status is shown only to that person, their team's managers and admins (AVG): the team
 * view is refused to everyone else, and a decision is only for a member of the team named in the path.
 */
export function registerTabTrainingRoutes(
  server: Server,
  deps: TabTrainingDependencies & {
    validator: TokenValidator;
    roles: TeamRoleRepository;
    logger: Logger;
    now: () => Date;
  },
): void {
  const { roles, members, logger, timeZone } = deps;
  const requireManager = async (teamId: string, p: Principal) => {
    if (!p.isAdmin && !(await roles.has(teamId, p.id, 'manager'))) {
      throw forbidden('Only this team’s managers can see its training.');
    }
  };
  const teamView = async (teamId: string, p: Principal) =>
    presentTeamTraining(await loadTeamTrainingStatus({ ...deps, teamId, now: deps.now(), timeZone }), p.id);

  serveRoute(server, deps, TAB_TRAINING_ROUTES.teamTraining, async (input, p) => {
    const { teamId } = input.params();
    await requireManager(teamId, p);
    return teamView(teamId, p);
  });

  serveRoute(server, deps, TAB_TRAINING_ROUTES.decideClaim, async (input, p) => {
    const { teamId, aadObjectId, courseId } = input.params();
    await requireManager(teamId, p);
    const { decision } = input.body();
    if (aadObjectId === p.id) throw forbidden('Someone else decides about your own training.');
    if (!(await members.teamsOf(aadObjectId)).includes(teamId)) {
      throw notFound('This person is not a member of this team.');
    }
    if (!(await deps.courses.get(courseId))) throw notFound('No such course.');
    const result = await decideClaim({
      reminders: deps.reminders,
      aadObjectId,
      courseId,
      decision,
      by: p.id,
      now: deps.now(),
      timeZone,
    });
    if (!result.ok) {
      if (result.reason === 'date-in-future') throw badRequest('The claim is dated after today.');
      const claim = await deps.reminders.getClaim(aadObjectId, courseId);
      if (claim && claim.status !== 'open') {
        throw new AppError('conflict', 'Someone else already decided this claim.');
      }
      throw notFound('There is no claim to decide for this person and course.');
    }
    logger.info(
      { event: 'training-claim-decided', teamId, aadObjectId, courseId, decision, actorId: p.id },
      'training claim decided',
    );
    return teamView(teamId, p);
  });

  serveRoute(server, deps, TAB_TRAINING_ROUTES.myTraining, async (_input, p) =>
    presentMyTraining(await loadPersonTraining({ ...deps, aadObjectId: p.id, now: deps.now(), timeZone })),
  );
}
