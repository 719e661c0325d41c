import type { PersonRepository } from './people';
import type { TeamMemberRepository } from './team-members';

/** A team whose roster can be read: its id and Teams' address for it. */
export interface RosterTeam {
  teamId: string;
  serviceUrl: string;
  tenantId?: string;
}

/** A member as Teams' roster gives them. */
export interface RosterEntry {
  aadObjectId: string;
  name?: string;
  email?: string;
  userPrincipalName?: string;
}

/**
 * Reads a team's members from Teams.
 * @returns undefined when Teams does not know the team or the app is no longer in it
 * @throws when Teams cannot be asked now (the next pass tries again)
 */
export type ReadRoster = (team: RosterTeam) => Promise<RosterEntry[] | undefined>;

/** How long a team's roster is trusted before the daily pass reads it again. */
export const ROSTER_MAX_AGE_MS = 24 * 60 * 60 * 1000;

interface SyncDeps {
  readRoster: ReadRoster;
  teamMembers: Pick<TeamMemberRepository, 'replaceMembers' | 'lastRead'>;
  people: Pick<PersonRepository, 'upsertMany'>;
}

/**
 * Reads a team's roster and keeps it: who is in the team (`team_members`), and each member's name, e-mail
 * address and UPN in the directory, so that a CSV import can find them and reminders can address them.
 * @returns the number of members, or undefined when Teams no longer knows the team (nothing is changed then)
 * @remarks People first, then the membership: a member is never in a team without being in the directory.
 */
export async function syncTeamRoster(
  props: SyncDeps & { team: RosterTeam; at: Date },
): Promise<number | undefined> {
  const members = await props.readRoster(props.team);
  if (!members) return undefined;
  await props.people.upsertMany(
    members.map((m) => ({
      aadObjectId: m.aadObjectId,
      tenantId: props.team.tenantId,
      displayName: m.name || undefined,
      email: m.email || undefined,
      userPrincipalName: m.userPrincipalName || undefined,
      at: props.at,
    })),
  );
  await props.teamMembers.replaceMembers(
    props.team.teamId,
    members.map((m) => m.aadObjectId),
    props.at,
  );
  return members.length;
}

/** What a refresh of the rosters did: counts only. */
export interface RosterRefresh {
  /** Rosters read and stored. */
  refreshed: number;
  /** Teams that Teams no longer knows (or the app is no longer in). */
  unknown: number;
  /** Rosters that could not be read now; the next pass tries again. */
  failed: number;
}

/**
 * Reads again the roster of every team whose members were last read {@link ROSTER_MAX_AGE_MS} ago or more, one
 * team after the other.
 * @param onFailure told about each roster that could not be read (to log the team's id)
 * @remarks Members join and leave without the bot always hearing of it; a daily read keeps who is in which
 * team, and so whose status a manager sees, at most a day behind.
 */
export async function refreshStaleRosters(
  props: SyncDeps & {
    teams: readonly RosterTeam[];
    at: Date;
    maxAgeMs?: number;
    onFailure?: (teamId: string, error: unknown) => void;
  },
): Promise<RosterRefresh> {
  const maxAge = props.maxAgeMs ?? ROSTER_MAX_AGE_MS;
  const lastRead = await props.teamMembers.lastRead();
  const result: RosterRefresh = { refreshed: 0, unknown: 0, failed: 0 };
  for (const team of props.teams) {
    const readAt = lastRead.get(team.teamId);
    if (readAt && props.at.getTime() - readAt.getTime() < maxAge) continue;
    try {
      const count = await syncTeamRoster({ ...props, team });
      if (count === undefined) result.unknown += 1;
      else result.refreshed += 1;
    } catch (error) {
      result.failed += 1;
      props.onFailure?.(team.teamId, error);
    }
  }
  return result;
}
