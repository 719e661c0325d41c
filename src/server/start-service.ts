import type { AddressInfo } from 'node:net';
import { createAdapter } from '../bot/adapter';
import { botTokenSource, createConnectorSender } from '../bot/connector-sender';
import { createModelAnswerer } from '../bot/ai/teams-ai-answerer';
import { createBot } from '../bot/create-bot';
import { handoverFailedNotice } from '../bot/see-something/handover-failed';
import type { NewOutboxItem } from '../delivery/outbox';
import type { Config } from '../config';
import { createGuidance, loadKnowledge } from '../guidance';
import { errorFields, type Logger } from '../logging';
import { startDelivery, type Delivery } from '../delivery/start-delivery';
import { createMetrics } from '../metrics';
import { openStorage } from '../storage/database';
import { AnswerStatsStore } from '../storage/answer-stats-store';
import { ChecklistStore } from '../storage/checklist-store';
import { OrgSettingsStore } from '../storage/org-settings-store';
import { SeeSomethingFlowStore } from '../storage/see-something-flow-store';
import { InstallationStore } from '../storage/installation-store';
import { OutboxStore } from '../storage/outbox-store';
import { PersonStore } from '../storage/person-store';
import { SendBudgetStore } from '../storage/send-budget-store';
import { StateStore } from '../storage/state-store';
import { registerApi } from './api/register-api';
import { createServer } from './create-server';
import { startHousekeeping } from './housekeeping';

/** A running Voordeur service. */
export interface RunningService {
  /** The base URL it listens on, such as http://127.0.0.1:3978. */
  readonly url: string;
  /** Stops accepting requests, finishes turns in flight, closes the database. */
  stop(options?: { graceMs?: number }): Promise<void>;
}

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

/** Opens the database, wires the bot and starts listening. */
export async function startService(config: Config, logger: Logger): Promise<RunningService> {
  if (config.localMode) {
    logger.warn(
      { event: 'local-mode', host: config.host, ignoredHost: config.ignoredHost },
      'BOT_ID is empty: local mode, no Bot Framework token is checked; listening on 127.0.0.1 only',
    );
  }
  if (config.languageModel) {
    logger.info(
      { event: 'language-model', kind: config.languageModel.kind },
      'answers are worded by a language model',
    );
  }
  // A broken knowledge file stops start-up before anything listens; the error names the file.
  const guidance = createGuidance(loadKnowledge());
  const storage = await openStorage({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const metrics = createMetrics();
  const installations = new InstallationStore(storage.db);
  const seeSomethingFlows = new SeeSomethingFlowStore(storage.db);
  const answerStats = new AnswerStatsStore(storage.db, config.timeZone);
  // Delivery starts once the server listens; no turn can run before that.
  const late: { delivery?: Delivery } = {};
  const started = () => {
    if (!late.delivery) throw new Error('delivery is not running yet');
    return late.delivery;
  };
  const people = new PersonStore(storage.db);
  const outbox = {
    enqueue: (items: readonly NewOutboxItem[]) => started().enqueue(items),
    status: (purpose: string) => started().status(purpose),
  };
  const bot = createBot({
    installations,
    people,
    state: new StateStore(storage.db),
    guidance,
    answerStats,
    logger,
    now: () => new Date(),
    modelAnswerer: config.languageModel && createModelAnswerer(config.languageModel, { logger }),
    timeZone: config.timeZone,
    seeSomethingFlows,
    checklists: new ChecklistStore(storage.db),
    orgSettings: new OrgSettingsStore(storage.db),
    outbox,
  });
  const { server, inFlight } = createServer({
    adapter: createAdapter(config.bot),
    bot,
    storage,
    logger,
    metrics,
  });
  registerApi(server, { auth: config.auth, db: storage.db, logger });

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(config.port, config.host, () => {
        server.removeListener('error', reject);
        resolve();
      });
    });
  } catch (error) {
    await storage.close();
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  const url = `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${port}`;
  logger.info(
    { event: 'listening', port, host: config.host, database: storage.dialect },
    'Voordeur is listening',
  );
  // Started only once listening, so a failed start never leaves a sender running.
  const { serviceUrl, ...timing } = config.delivery;
  const delivery = (late.delivery = startDelivery({
    outbox: new OutboxStore(storage.db, storage.dialect),
    budget: new SendBudgetStore(storage.db),
    installations,
    sender: createConnectorSender({
      token: botTokenSource(config.bot),
      timeoutMs: config.delivery.sendTimeoutMs,
    }),
    logger,
    registry: metrics.registry,
    settings: { ratePerSecond: config.sendRatePerSecond, ...timing },
    onFailed: handoverFailedNotice({ seeSomethingFlows, people, outbox }),
    personalChat: {
      botId: config.bot.appId ? `28:${config.bot.appId}` : undefined,
      tenantId: config.bot.tenantId,
      serviceUrl,
    },
  }));

  const housekeeping = startHousekeeping({ seeSomethingFlows, answerStats, logger, now: () => new Date() });

  let stopping: Promise<void> | undefined;
  return {
    url,
    stop({ graceMs = 10_000 } = {}) {
      stopping ??= (async () => {
        logger.info({ event: 'stopping', inFlight: inFlight.size }, 'stopping');
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        // Keep-alive connections close as soon as they are idle, including those whose response was only just
        // handed to the socket: destroying them at once could cut a finished turn's answer off.
        const closeIdle = setInterval(() => server.server.closeIdleConnections(), 25);
        server.server.closeIdleConnections();
        await Promise.race([inFlight.drained(), delay(graceMs)]);
        await Promise.race([closed, delay(1000)]);
        clearInterval(closeIdle);
        server.server.closeAllConnections();
        await closed;
        await delivery.stop();
        await housekeeping.stop();
        await answerStats
          .flush()
          .catch((error: unknown) =>
            logger.warn(
              { event: 'unanswered-flush-failed', ...errorFields(error) },
              'unanswered counts lost',
            ),
          );
        await storage.close();
        logger.info({ event: 'stopped' }, 'stopped');
      })();
      return stopping;
    },
  };
}
