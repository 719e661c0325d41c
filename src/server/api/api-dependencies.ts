import type {
  ChecklistRepository,
  OrganisationSettingsRepository,
  TeamRoleRepository,
} from '../../checklists/repositories';
import type { TeamMemberRepository } from '../../directory/team-members';
import type { Logger } from '../../logging';
import type { TokenValidator } from '../auth/token-validator';

/** What the tab and admin APIs need; repositories are interfaces so tests can swap them. */
export interface ApiDependencies {
  validator: TokenValidator;
  checklists: ChecklistRepository;
  roles: TeamRoleRepository;
  settings: OrganisationSettingsRepository;
  /** Who is in which team (the Teams roster the bot keeps): who may read a team's checklist. */
  members: TeamMemberRepository;
  /** The bot's Microsoft app id, for the tab's link into the chat; undefined in local mode. */
  botId?: string;
  logger: Logger;
  now: () => Date;
  newId: () => string;
}
