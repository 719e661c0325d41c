import type { Profile } from '../checklists/types';

/** A personal chat with the app, as the directory keeps it. */
export interface PersonalChat {
  conversationId: string;
  aadObjectId?: string;
  name?: string;
  locale?: string;
  /** Teams answered 403 or 404 to a message there (`gone_at`). */
  gone: boolean;
}

/** The channel conversation of a team the app is installed in. */
export interface TeamChannel {
  teamId: string;
  conversationId: string;
  serviceUrl: string;
  tenantId?: string;
  gone: boolean;
}

/** A person the directory knows, and whether they can be reached in a personal chat. */
export interface KnownPerson {
  aadObjectId: string;
  name?: string;
  locale?: string;
  /** `gone`: their personal chat answered 403 or 404. `none`: no personal chat stored (one may be created). */
  chat: 'reachable' | 'gone' | 'none';
}

/**
 * The directory, read for audiences: installations and people. Storage implements it.
 * @remarks The app's own records only: nobody is looked up in Entra ID or Graph.
 */
export interface AudienceDirectory {
  /** Every personal installation that was not uninstalled, gone ones included (they are counted). */
  personalChats(): Promise<PersonalChat[]>;
  /** The channel of each team the app is installed in, of those asked for. */
  teamChannels(teamIds: readonly string[]): Promise<TeamChannel[]>;
  peopleByIds(aadObjectIds: readonly string[]): Promise<KnownPerson[]>;
  /** People whose e-mail address or UPN is one of `addresses` (lower case), with the addresses that matched. */
  peopleByAddresses(addresses: readonly string[]): Promise<(KnownPerson & { addresses: string[] })[]>;
}

/** A member of a team, as Teams' roster gives it. */
export interface RosterMember {
  aadObjectId: string;
  /** The Teams user id (`29:…`), to open a personal chat with. */
  userId: string;
  name?: string;
  email?: string;
  userPrincipalName?: string;
}

/**
 * A team's members, from Teams (the bot's roster call): the directory keeps no team memberships.
 * @returns undefined when Teams does not know the team or the app is no longer in it
 * @throws when Teams cannot be asked now (the caller tries again later)
 */
export interface TeamRoster {
  members(team: TeamChannel): Promise<RosterMember[] | undefined>;
}

/** Which installed teams have a profile (from their checklist). */
export interface TeamProfiles {
  teamsWithProfiles(profiles: readonly Profile[]): Promise<string[]>;
}
