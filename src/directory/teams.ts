/**
 * A team Voordeur knows: from its installation in the team, its roster, or a manager an admin assigned.
 * @remarks Ids, a name, and counts only.
 */
export interface KnownTeam {
  teamId: string;
  /** As Teams last named it; absent when the app never heard the name (only a roster or a manager is known). */
  name?: string;
  /** Members as the roster last read says. */
  members: number;
  /** Managers: assigned by an admin or owners from the roster. */
  managers: number;
  /** Installed in the team and not removed; `gone`: Teams no longer lets the app post there. */
  installed: boolean;
  gone: boolean;
}

/** A member of a team, as the directory knows them. */
export interface KnownMember {
  aadObjectId: string;
  displayName?: string;
  userPrincipalName?: string;
}

/** The teams an admin can pick from, by name, and who is in them. */
export interface TeamDirectory {
  /** Every team known, by name (teams without a name last, by id). */
  teams(): Promise<KnownTeam[]>;
  /** A team's members as the roster last read says, by name. */
  members(teamId: string): Promise<KnownMember[]>;
}
