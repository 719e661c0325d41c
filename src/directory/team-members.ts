/**
 * Who is in which team, as the Teams roster says: what training needs to know whose status a team's manager
 * sees and which courses apply to whom (a course for some teams, or for teams of some profile).
 * @remarks Ids only. The roster is read when Voordeur is installed in a team and refreshed from time to time.
 */
export interface TeamMemberRepository {
  /** Replaces a team's members with this set. */
  replaceMembers(teamId: string, aadObjectIds: readonly string[], at: Date): Promise<void>;
  /** The teams a person is in. */
  teamsOf(aadObjectId: string): Promise<string[]>;
  /** A team's members. */
  membersOf(teamId: string): Promise<string[]>;
  /**
   * When each team's members were last replaced.
   * @remarks A team without members has no entry: it counts as never read.
   */
  lastRead(): Promise<Map<string, Date>>;
}
