// Type-only: the contracts' zod schemas stay out of the tab's bundle.
import type { KnownTeams, TeamMembers } from '../../contracts';
import type { AdminApi } from './admin-api';

export type KnownTeam = KnownTeams['teams'][number];
export type TeamMember = TeamMembers['members'][number];

/** `/api/admin/teams/{teamId}`, the team's id escaped (it holds `:` and `@`). */
export const teamPath = (teamId: string) => `/api/admin/teams/${encodeURIComponent(teamId)}`;

/**
 * The teams Voordeur knows and their members, by name (contracts in src/contracts/admin.ts).
 * @remarks Shared by the sections that let an admin pick a team or a person: Organisatie and Aankondigingen.
 */
export function directoryApi(api: AdminApi) {
  return {
    teams: () => api.get<KnownTeams>('/api/admin/teams').then((known) => known.teams),
    members: (teamId: string) =>
      api.get<TeamMembers>(`${teamPath(teamId)}/members`).then((list) => list.members),
  };
}

export type DirectoryApi = ReturnType<typeof directoryApi>;
