import path from 'node:path';
import type { Config } from '../../config';
import type { SelfCheck } from '../../contracts';
import type { QueueStats } from '../../delivery/outbox';
import type { InstallationCounts } from '../../directory/installations';
import type { JobRun, ScheduledJob } from '../../jobs';
import { errorFields, type Logger } from '../../logging';
import { configCheck, manifestCheck } from './config-checks';
import { jobChecks } from './job-checks';
import {
  botTokenCheck,
  databaseCheck,
  installationsCheck,
  languageModelCheck,
  outboxCheck,
} from './runtime-checks';
import { runSelfCheck } from './self-check';

/** What the self-check looks at: the running parts, as the composition root has them. */
export interface SelfCheckDependencies {
  config: Config;
  botToken: (() => Promise<string>) | undefined;
  database: { dialect: string; ping(): Promise<void>; pendingMigrations(): Promise<number> };
  queueStats: () => Promise<QueueStats>;
  installationCounts: () => Promise<InstallationCounts>;
  jobs: readonly Pick<ScheduledJob, 'name' | 'schedule'>[];
  jobRuns: () => Promise<JobRun[]>;
  startedAt: Date;
  logger: Logger;
  now?: () => Date;
  /** Where `npm run package` and the Agents Toolkit put the built manifests. */
  buildDir?: string;
  fetch?: typeof fetch;
}

/**
 * The self-check behind `GET /api/admin/selfcheck`: each part of the set-up, ok, warning or error, with a fix in
 * plain Dutch. Everything is read at the moment of the call; nothing is cached.
 */
export function createSelfCheck(deps: SelfCheckDependencies): () => Promise<SelfCheck> {
  const now = deps.now ?? (() => new Date());
  const fixed = [
    configCheck(deps.config),
    botTokenCheck(deps.botToken),
    databaseCheck(deps.database),
    outboxCheck(deps.queueStats, now),
    installationsCheck(deps.installationCounts),
    languageModelCheck(deps.config.languageModel, deps.fetch),
    manifestCheck(deps.config, deps.buildDir ?? path.resolve('appPackage', 'build')),
  ];
  return async () => {
    const runs = await deps.jobRuns().catch(() => undefined);
    const checks = [
      ...fixed,
      ...jobChecks({ jobs: deps.jobs, runs, timeZone: deps.config.timeZone, startedAt: deps.startedAt, now }),
    ];
    return runSelfCheck(checks, now, (id, error) =>
      deps.logger.warn({ event: 'self-check-failed', check: id, ...errorFields(error) }, 'self-check failed'),
    );
  };
}
