import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Server } from 'restify';
import type { Config } from '../../config';
import type { Logger } from '../../logging';
import { ChecklistStore } from '../../storage/checklist-store';
import { OrgSettingsStore } from '../../storage/org-settings-store';
import type { Database } from '../../storage/schema';
import { TeamRoleStore } from '../../storage/team-role-store';
import { createTokenValidator } from '../auth/token-validator';
import { registerAdminRoutes } from './admin-routes';
import { OPENAPI_DOCUMENT } from './openapi';
import { registerTabRoutes } from './tab-routes';

/** Registers /api/tab/*, /api/admin/* and /api/openapi.json on the server. */
export function registerApi(
  server: Server,
  props: { auth: Config['auth']; db: Kysely<Database>; logger: Logger },
): void {
  const validator = createTokenValidator(props.auth);
  if (!validator.configured) {
    props.logger.warn(
      { event: 'tab-auth-not-configured' },
      'AAD_APP_CLIENT_ID or AAD_APP_TENANT_ID is empty: the tab and admin APIs refuse every request',
    );
  }
  const deps = {
    validator,
    checklists: new ChecklistStore(props.db),
    roles: new TeamRoleStore(props.db),
    settings: new OrgSettingsStore(props.db),
    logger: props.logger,
    now: () => new Date(),
    newId: () => randomUUID().slice(0, 8),
  };
  registerTabRoutes(server, deps);
  registerAdminRoutes(server, deps);
  server.get('/api/openapi.json', async (_req, res) => {
    res.send(200, OPENAPI_DOCUMENT);
  });
}
