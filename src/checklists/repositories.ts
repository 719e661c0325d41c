import type { ChecklistVersion, Contact } from './types';

/** Stored versions of team checklists; a team's current checklist is its newest version. */
export interface ChecklistRepository {
  latest(teamId: string): Promise<ChecklistVersion | undefined>;
  get(teamId: string, version: number): Promise<ChecklistVersion | undefined>;
  /** Newest first. */
  history(teamId: string, limit: number): Promise<ChecklistVersion[]>;
  /**
   * Stores a new version.
   * @throws VersionConflictError when that version number already exists (someone else saved first).
   */
  append(version: ChecklistVersion): Promise<void>;
}

export type TeamRole = 'manager';
/** `admin`: assigned through the admin API. `roster`: a team owner, as the Teams roster tells. */
export type RoleSource = 'admin' | 'roster';

export interface TeamRoleAssignment {
  teamId: string;
  aadObjectId: string;
  role: TeamRole;
  source: RoleSource;
  displayName?: string;
  assignedBy: string;
  assignedAt: Date;
}

/** Who may edit which team's checklist. */
export interface TeamRoleRepository {
  assign(assignment: TeamRoleAssignment): Promise<void>;
  /** Removes a role from one source; true when something was removed. */
  remove(teamId: string, aadObjectId: string, role: TeamRole, source: RoleSource): Promise<boolean>;
  has(teamId: string, aadObjectId: string, role: TeamRole): Promise<boolean>;
  list(teamId: string): Promise<TeamRoleAssignment[]>;
  /** Replaces a team's roster owners with this set (for the bot, from the Teams roster). */
  replaceRosterOwners(
    teamId: string,
    owners: { aadObjectId: string; displayName?: string }[],
    at: Date,
  ): Promise<void>;
}

/** Organisation-wide settings that admins keep. */
export interface OrganisationSettingsRepository {
  getOrgAandachtsfunctionaris(): Promise<
    { contact: Contact; updatedBy: string; updatedAt: Date } | undefined
  >;
  setOrgAandachtsfunctionaris(contact: Contact | null, by: string, at: Date): Promise<void>;
}

/** Someone else saved a newer version first: reload and try again. */
export class VersionConflictError extends Error {
  constructor(
    readonly teamId: string,
    readonly version: number,
  ) {
    super(`version ${version} of team ${teamId} already exists`);
    this.name = 'VersionConflictError';
  }
}
