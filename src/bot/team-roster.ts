import type { TurnContext } from 'botbuilder';
import { syncTeamRoster, type ReadRoster } from '../directory/roster-sync';
import { clip } from '../logging';
import type { BotDependencies } from './bot-dependencies';
import { createConnectorRoster, type ConnectorRosterOptions } from './announcements/connector-roster';
import { originOf, teamIdOf } from './conversation';

type RosterDeps = Pick<BotDependencies, 'readRoster' | 'teamMembers' | 'people' | 'now' | 'logger'>;

/**
 * Reads the roster of the team an activity comes from into the directory: who is in the team, and their name,
 * e-mail address and UPN (so a training import can match them).
 * @remarks Called when the app is added to a team and when members join or leave. A failure is logged by team id
 * and error name and never fails the turn: the daily training pass reads rosters older than a day again.
 */
export async function readTeamRoster(context: TurnContext, deps: RosterDeps): Promise<void> {
  const teamId = teamIdOf(context.activity);
  if (!teamId || !context.activity.serviceUrl) return;
  const team = {
    teamId,
    serviceUrl: context.activity.serviceUrl,
    tenantId: originOf(context.activity).tenantId,
  };
  try {
    const members = await syncTeamRoster({ ...deps, team, at: deps.now() });
    deps.logger.info({ event: 'roster-read', teamId: clip(teamId), members: members ?? null }, 'roster read');
  } catch (error) {
    deps.logger.warn(
      { event: 'roster-read-failed', teamId: clip(teamId), errorName: (error as Error).name },
      'roster read failed',
    );
  }
}

/** The app left a team: nobody is in that team for training any more, so its manager gets no summary of it. */
export async function forgetTeamRoster(context: TurnContext, deps: RosterDeps): Promise<void> {
  const teamId = teamIdOf(context.activity);
  if (teamId) await deps.teamMembers.replaceMembers(teamId, [], deps.now());
}

/**
 * The {@link ReadRoster} that asks Teams (`GET …/pagedmembers`), for use inside and outside a turn.
 * @remarks The same reader announcements use; a team's channel conversation is not needed to read its roster.
 */
export function connectorRosterReader(options: ConnectorRosterOptions): ReadRoster {
  const roster = createConnectorRoster(options);
  return (team) => roster.members({ ...team, conversationId: team.teamId, gone: false });
}
