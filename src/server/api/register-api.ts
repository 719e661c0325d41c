import { randomUUID } from 'node:crypto';
import type { Server } from 'restify';
import type {
  ChecklistRepository,
  OrganisationSettingsRepository,
  TeamRoleRepository,
} from '../../checklists/repositories';
import type { Config } from '../../config';
import type { Logger } from '../../logging';
import { createTokenValidator } from '../auth/token-validator';
import { registerAdminRoutes } from './admin-routes';
import { OPENAPI_DOCUMENT } from './openapi';
import { registerTabRoutes } from './tab-routes';
import { registerTrainingRoutes, type TrainingApiProps } from './training-routes';

/** What the tab and admin APIs are built from. */
export interface ApiProps {
  auth: Config['auth'];
  checklists: ChecklistRepository;
  roles: TeamRoleRepository;
  settings: OrganisationSettingsRepository;
  /** The training admin API's catalogue, records, claims and the daily run. */
  training: TrainingApiProps;
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
    logger: props.logger,
    now: () => new Date(),
    newId: () => randomUUID().slice(0, 8),
  };
  registerTabRoutes(server, deps);
  registerAdminRoutes(server, deps);
  registerTrainingRoutes(server, deps, props.training);
  server.get('/api/openapi.json', async (_req, res) => {
    res.send(200, OPENAPI_DOCUMENT);
  });
}
