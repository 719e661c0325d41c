import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import type { Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { configuredContactNumbers, createAnnouncements, teamProfilesFrom } from '../announcements';
import { createAdapter } from '../bot/adapter';
import { createAnnouncementMessages } from '../bot/announcements/announcement-messages';
import { createConnectorRoster } from '../bot/announcements/connector-roster';
import { createModelAnswerer } from '../bot/ai/teams-ai-answerer';
import { botTokenSource, createConnectorSender } from '../bot/connector-sender';
import { createBot } from '../bot/create-bot';
import { messagesRoute } from '../bot/messages-route';
import { connectorRosterReader } from '../bot/team-roster';
import { handoverFailedNotice } from '../bot/see-something/handover-failed';
import type { Config } from '../config';
import { startDelivery } from '../delivery/start-delivery';
import { createGuidance, loadKnowledge } from '../guidance';
import { startJobs } from '../jobs';
import type { Logger } from '../logging';
import { createMetrics } from '../metrics';
import { createServer } from '../server/create-server';
import { createMetricsServer, type MetricsGate } from '../server/metrics-access';
import { openStorage } from '../storage/database';
import { createStores } from '../storage/stores';
import { housekeepingJob } from './housekeeping';
import { retentionJob } from './retention';
import { createSelfCheck } from './self-check';
import { trainingJob } from './training-job';
import { trainingPasses } from './training-passes';
import { stopService, type RunningService } from './stop-service';

export type { RunningService };

/**
 * The composition root: reads nothing but `config`, and builds Voordeur in dependency order: knowledge, storage
 * (opened once), every store (built once), delivery, announcements, the bot, the HTTP server, then the scheduled
 * jobs.
 * @remarks The one place where parts are wired together; everything else receives what it needs.
 */
export async function composeService(config: Config, logger: Logger): Promise<RunningService> {
  announce(config, logger);
  // A broken knowledge file stops start-up before anything is opened; the error names the file.
  const guidance = createGuidance(loadKnowledge());
  const storage = await openStorage({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const stores = createStores(storage, config.timeZone);
  const metrics = createMetrics();
  const owner = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

  const startedAt = new Date();
  const botToken = botTokenSource(config.bot);
  const { serviceUrl, ...timing } = config.delivery;
  const readRoster = connectorRosterReader({ token: botToken, timeoutMs: config.delivery.sendTimeoutMs });
  const admins = new Set(config.auth.adminIds.map((id) => id.toLowerCase()));
  const delivery = startDelivery({
    outbox: stores.outbox,
    budget: stores.sendBudget,
    installations: stores.installations,
    sender: createConnectorSender({
      token: botToken,
      timeoutMs: config.delivery.sendTimeoutMs,
    }),
    logger,
    registry: metrics.registry,
    settings: { ratePerSecond: config.sendRatePerSecond, ...timing },
    // Called only for a message delivery gave up on, long after `delivery` is assigned.
    onFailed: (item) => handoverFailedNotice({ ...stores, outbox: delivery })(item),
    personalChat: {
      botId: config.bot.appId ? `28:${config.bot.appId}` : undefined,
      tenantId: config.bot.tenantId,
      serviceUrl,
    },
    owner,
  });

  const announcements = createAnnouncements({
    announcements: stores.announcements,
    recipients: stores.announcementRecipients,
    audit: stores.announcementAudit,
    directory: stores.audienceDirectory,
    roster: createConnectorRoster({ token: botToken, timeoutMs: config.delivery.sendTimeoutMs }),
    teamProfiles: teamProfilesFrom(stores),
    contactNumbers: configuredContactNumbers({ ...stores, settings: stores.orgSettings }),
    delivery,
    messages: createAnnouncementMessages(),
    now: () => new Date(),
    logger,
  });

  const bot = createBot({
    ...stores,
    guidance,
    logger,
    now: () => new Date(),
    modelAnswerer: config.languageModel && createModelAnswerer(config.languageModel, { logger }),
    timeZone: config.timeZone,
    outbox: delivery,
    readRoster,
    isAdmin: (aadObjectId) => admins.has(aadObjectId.toLowerCase()),
    announcements,
  });
  // The training run with its cards: the hourly job and the admin's "run now" share this one.
  const trainingRun = trainingPasses({ ...stores, outbox: delivery, timeZone: config.timeZone });
  const scheduled = [
    housekeepingJob(stores),
    retentionJob({ periods: config.retention, store: stores.retention }),
    trainingJob({
      ...stores,
      passes: trainingRun,
      teams: async () =>
        (await stores.audienceDirectory.teamChannels(await stores.installations.teamIds())).filter(
          (team) => !team.gone,
        ),
      readRoster,
      logger,
    }),
    ...announcements.jobs(),
  ];
  const selfCheck = createSelfCheck({
    config,
    botToken,
    database: storage,
    queueStats: () => stores.outbox.queueStats(),
    installationCounts: () => stores.installations.counts(),
    jobs: scheduled,
    jobRuns: () => stores.jobLeases.list(),
    startedAt,
    logger,
  });
  // The daily training run with its cards: the API's "run now" and the reminder job share this one.
  const { server, inFlight } = createServer({
    isReady: () => storage.isReady(),
    messages: messagesRoute({ adapter: createAdapter(config.bot), bot, logger, metrics }),
    api: {
      auth: config.auth,
      botId: config.bot.appId,
      checklists: stores.checklists,
      roles: stores.teamRoles,
      settings: stores.orgSettings,
      teams: stores.teamDirectory,
      selfCheck,
      personData: stores.personData,
      trainingTab: {
        learners: stores.trainingLearners,
        courses: stores.training,
        records: stores.training,
        reminders: stores.trainingReminders,
        members: stores.teamMembers,
        timeZone: config.timeZone,
      },
      training: {
        courses: stores.training,
        records: stores.training,
        reminders: stores.trainingReminders,
        people: stores.people,
        passes: trainingRun,
        timeZone: config.timeZone,
      },
      announcements: { announcements, timeZone: config.timeZone },
      editorial: {
        editorial: stores.editorial,
        topicTitle: (topicId) => guidance.topic(topicId)?.title,
        timeZone: config.timeZone,
      },
    },
    logger,
    metrics,
    metricsOnMainPort: metricsGate(config),
  });

  let port: number;
  let metricsServer: HttpServer | undefined;
  let metricsUrl: string | undefined;
  try {
    port = await listen(server, config.port, config.host);
    if (config.metrics.port !== undefined) {
      metricsServer = createMetricsServer(metrics, { token: config.metrics.token });
      const metricsPort = await listen(metricsServer, config.metrics.port, config.metrics.host);
      metricsUrl = `http://${config.metrics.host}:${metricsPort}/metrics`;
      logger.info(
        { event: 'metrics-listening', port: metricsPort, host: config.metrics.host },
        'metrics listening',
      );
    }
  } catch (error) {
    server.close();
    await delivery.stop();
    await storage.close();
    throw error;
  }
  logger.info(
    { event: 'listening', port, host: config.host, database: storage.dialect },
    'Voordeur is listening',
  );
  const jobs = startJobs({
    jobs: scheduled,
    leases: stores.jobLeases,
    timeZone: config.timeZone,
    logger,
    owner,
  });

  return stopService({
    url: `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${port}`,
    metricsUrl,
    server,
    inFlight,
    logger,
    // In the order they must stop: nothing new is sent or scheduled, then what is buffered is written.
    parts: [
      () => closeServer(metricsServer),
      () => delivery.stop(),
      () => jobs.stop(),
      () => stores.answerStats.flush(),
      () => storage.close(),
    ],
  });
}

function announce(config: Config, logger: Logger): void {
  if (config.localMode) {
    logger.warn(
      { event: 'local-mode', host: config.host, ignoredHost: config.ignoredHost },
      'BOT_ID is empty: local mode, no Bot Framework token is checked; listening on 127.0.0.1 only',
    );
  }
  if (config.metrics.onMainPort === 'no' && config.metrics.port === undefined) {
    logger.warn(
      { event: 'metrics-off' },
      '/metrics is not served: set METRICS_TOKEN (bearer token on the main port) or METRICS_PORT (own listener)',
    );
  }
  if (config.languageModel) {
    logger.info(
      { event: 'language-model', kind: config.languageModel.kind },
      'answers are worded by a language model',
    );
  }
}

type Listener = Pick<HttpServer, 'once' | 'listen' | 'removeListener' | 'address'>;

function listen(server: Listener, port: number, host: string): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.removeListener('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

function closeServer(server: HttpServer | undefined): Promise<void> {
  return new Promise((resolve) => (server ? server.close(() => resolve()) : resolve()));
}

/** `/metrics` on the main port: open in local mode, behind METRICS_TOKEN, or not at all. */
function metricsGate(config: Config): MetricsGate | undefined {
  const { onMainPort, token } = config.metrics;
  return onMainPort === 'open' ? {} : onMainPort === 'token' ? { token } : undefined;
}
