import type {
  ChecklistRepository,
  OrganisationSettingsRepository,
  TeamRoleRepository,
} from '../../checklists/repositories';
import type { Logger } from '../../logging';
import type { TokenValidator } from '../auth/token-validator';

/** What the tab and admin APIs need; repositories are interfaces so tests can swap them. */
export interface ApiDependencies {
  validator: TokenValidator;
  checklists: ChecklistRepository;
  roles: TeamRoleRepository;
  settings: OrganisationSettingsRepository;
  logger: Logger;
  now: () => Date;
  newId: () => string;
}
