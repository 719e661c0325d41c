import { randomUUID } from 'node:crypto';
import type { Server } from 'restify';
import type {
  ChecklistRepository,
  OrganisationSettingsRepository,
  TeamRoleRepository,
} from '../../checklists/repositories';
import type { Config } from '../../config';
import type { SelfCheck } from '../../contracts';
import type { PersonDataRepository } from '../../directory/person-data';
import type { TeamDirectory } from '../../directory/teams';
import type { Logger } from '../../logging';
import { createTokenValidator } from '../auth/token-validator';
import { registerAdminRoutes } from './admin-routes';
import { registerEditorialRoutes, type EditorialApiProps } from './editorial-routes';
import { registerSelfCheckRoute } from './self-check-route';
import { registerAnnouncementRoutes, type AnnouncementApiProps } from './announcement-routes';
import { OPENAPI_DOCUMENT } from './openapi';
import { registerPersonDataRoutes } from './person-data-routes';
import { registerTabRoutes } from './tab-routes';
import { registerTabTrainingRoutes, type TabTrainingDependencies } from './tab-training-routes';
import { registerTrainingRoutes, type TrainingApiProps } from './training-routes';

/** What the tab and admin APIs are built from. */
export interface ApiProps {
  auth: Config['auth'];
  /** The bot's Microsoft app id (`BOT_ID`), which the tab needs to open the chat with Voordeur. */
  botId?: string;
  checklists: ChecklistRepository;
  roles: TeamRoleRepository;
  settings: OrganisationSettingsRepository;
  /** The teams an admin picks from, and their members. */
  teams: TeamDirectory;
  /** Runs the self-check (src/app/self-check) for `GET /api/admin/selfcheck`. */
  selfCheck: () => Promise<SelfCheck>;
  /** A person's data, to export or erase (AVG). */
  personData: PersonDataRepository;
  /** The team tab's training panel. */
  trainingTab: TabTrainingDependencies;
  /** The training admin API's catalogue, records, claims and the daily run. */
  training: TrainingApiProps;
  /** The announcements capability and the time zone of its report. */
  announcements: AnnouncementApiProps;
  /** The Beheer tab's "Redactie": feedback, unanswered counts and questions to the editors. */
  editorial: EditorialApiProps;
}

/** Registers /api/tab/*, /api/admin/* and /api/openapi.json on the server. */
export function registerApi(server: Server, props: ApiProps & { logger: Logger }): void {
  const validator = createTokenValidator(props.auth);
  if (!validator.configured) {
    props.logger.warn(
      { event: 'tab-auth-not-configured' },
      'AAD_APP_CLIENT_ID or AAD_APP_TENANT_ID is empty: the tab and admin APIs refuse every request',
    );
  }
  const deps = {
    validator,
    checklists: props.checklists,
    roles: props.roles,
    settings: props.settings,
    members: props.trainingTab.members,
    botId: props.botId,
    logger: props.logger,
    now: () => new Date(),
    newId: () => randomUUID().slice(0, 8),
  };
  registerTabRoutes(server, deps);
  registerTabTrainingRoutes(server, { ...deps, ...props.trainingTab });
  registerAdminRoutes(server, deps, props.teams);
  registerSelfCheckRoute(server, { ...deps, selfCheck: props.selfCheck });
  registerPersonDataRoutes(server, { ...deps, personData: props.personData });
  registerTrainingRoutes(server, deps, props.training);
  registerAnnouncementRoutes(server, { ...props.announcements, validator, logger: props.logger });
  registerEditorialRoutes(server, { ...deps, ...props.editorial });
  server.get('/api/openapi.json', async (_req, res) => {
    res.send(200, OPENAPI_DOCUMENT);
  });
}
