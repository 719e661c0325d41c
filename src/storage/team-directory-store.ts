import type { Kysely } from 'kysely';
import type { KnownMember, KnownTeam, TeamDirectory } from '../directory/teams';
import type { Database } from './schema';

/** By name as Dutch sorts it; those without a name after them, by id. */
function namedFirst<T>(items: T[], name: (item: T) => string | undefined, id: (item: T) => string): T[] {
  const key = (item: T) => [name(item) === undefined ? 1 : 0, name(item) ?? id(item)] as const;
  return items.sort((a, b) => {
    const [ka, kb] = [key(a), key(b)];
    return ka[0] - kb[0] || ka[1].localeCompare(kb[1], 'nl');
  });
}

/**
 * {@link TeamDirectory} on the directory's tables: installations (names, state), team_members and team_roles.
 * @remarks A corporation has tens to hundreds of teams: the counts are grouped in the database and joined here.
 */
export class TeamDirectoryStore implements TeamDirectory {
  constructor(private readonly db: Kysely<Database>) {}

  async teams(): Promise<KnownTeam[]> {
    const [installs, members, managers] = await Promise.all([
      this.db
        .selectFrom('installations')
        .select(['team_id', 'team_name', 'uninstalled_at', 'gone_at'])
        .where('scope', '=', 'team')
        .where('team_id', 'is not', null)
        .execute(),
      this.db
        .selectFrom('team_members')
        .select((eb) => ['team_id', eb.fn.countAll<string | number>().as('n')])
        .groupBy('team_id')
        .execute(),
      this.db
        .selectFrom('team_roles')
        .select((eb) => ['team_id', eb.fn.count<string | number>('aad_object_id').distinct().as('n')])
        .where('role', '=', 'manager')
        .groupBy('team_id')
        .execute(),
    ]);
    const teams = new Map<string, KnownTeam>();
    const team = (teamId: string) => {
      let known = teams.get(teamId);
      if (!known) {
        known = { teamId, members: 0, managers: 0, installed: false, gone: false };
        teams.set(teamId, known);
      }
      return known;
    };
    // A team has a row per channel the app heard from: installed when one is, gone when every installed one is.
    const reachable = new Set<string>();
    for (const row of installs) {
      const known = team(row.team_id!);
      if (row.team_name) known.name = row.team_name;
      if (row.uninstalled_at === null) {
        known.installed = true;
        if (row.gone_at === null) reachable.add(row.team_id!);
      }
    }
    for (const known of teams.values()) known.gone = known.installed && !reachable.has(known.teamId);
    for (const row of members) team(row.team_id).members = Number(row.n);
    for (const row of managers) team(row.team_id).managers = Number(row.n);
    return namedFirst(
      [...teams.values()],
      (t) => t.name,
      (t) => t.teamId,
    );
  }

  async members(teamId: string): Promise<KnownMember[]> {
    const rows = await this.db
      .selectFrom('team_members as m')
      .leftJoin('people as p', 'p.aad_object_id', 'm.aad_object_id')
      .select(['m.aad_object_id', 'p.display_name', 'p.user_principal_name', 'p.email'])
      .where('m.team_id', '=', teamId)
      .execute();
    const named = (r: (typeof rows)[number]) => ({
      aadObjectId: r.aad_object_id,
      ...(r.display_name ? { displayName: r.display_name } : {}),
      ...((r.user_principal_name ?? r.email)
        ? { userPrincipalName: (r.user_principal_name ?? r.email)! }
        : {}),
    });
    return namedFirst(
      rows.map(named),
      (m) => m.displayName,
      (m) => m.aadObjectId,
    );
  }
}
