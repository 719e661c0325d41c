import {
  createAnnouncements,
  type AnnouncementDeps,
  type Announcements,
  type RosterMember,
  type TeamChannel,
} from '../../src/announcements';
import { createAnnouncementMessages } from '../../src/bot/announcements/announcement-messages';
import { createConnectorSender } from '../../src/bot/connector-sender';
import type { MessageSender } from '../../src/delivery/message-sender';
import type { Delivery } from '../../src/delivery/start-delivery';
import { createLogger } from '../../src/logging';
import type { Storage } from '../../src/storage/database';
import { createStores } from '../../src/storage/stores';
import { ConnectorSimulator } from '../support/connector-simulator';
import { fastSettings, startTestDelivery, TEST_BOT_ID, TEST_TENANT } from '../delivery/delivery-harness';
import { seedPeopleAt } from './seed-people';

/** The admin who writes the announcements; has a personal chat, so the progress card reaches them. */
export const ADMIN = { id: 'admin-1', name: 'Beheerder' };

/**
 * Voordeur's announcements as the service will wire them, on a real database and delivery engine, talking to the
 * connector simulator. The capability's clock can be moved ahead (`advance`) to reach a scheduled time or a
 * reminder day; delivery keeps the real clock, which its pacing needs.
 */
export interface AnnouncementWorld {
  storage: Storage;
  simulator: ConnectorSimulator;
  delivery: Delivery;
  announcements: Announcements;
  deps: AnnouncementDeps;
  rosters: Map<string, RosterMember[]>;
  advance(ms: number): void;
  stop(): Promise<void>;
}

export async function startAnnouncementWorld(
  storage: Storage,
  options: {
    rate: number;
    wrapDelivery?: (delivery: Delivery) => AnnouncementDeps['delivery'];
    /** Sees every request to Teams, such as to time it. */
    wrapSender?: (sender: MessageSender) => MessageSender;
  },
): Promise<AnnouncementWorld> {
  const simulator = await new ConnectorSimulator({
    tenantLimits: [{ count: options.rate, windowMs: 1000 }],
  }).start();
  const stores = createStores(storage, 'Europe/Amsterdam');
  const settings = fastSettings(options.rate);
  const sender = createConnectorSender({ timeoutMs: settings.sendTimeoutMs ?? 3000 });
  const delivery = startTestDelivery(storage, {
    settings,
    sender: options.wrapSender ? options.wrapSender(sender) : sender,
    personalChat: { botId: TEST_BOT_ID, tenantId: TEST_TENANT, serviceUrl: simulator.url },
  });
  let offset = 0;
  const rosters = new Map<string, RosterMember[]>();
  const deps: AnnouncementDeps = {
    announcements: stores.announcements,
    recipients: stores.announcementRecipients,
    audit: stores.announcementAudit,
    directory: stores.audienceDirectory,
    roster: { members: async (team: TeamChannel) => rosters.get(team.teamId) },
    teamProfiles: { teamsWithProfiles: async () => [] },
    delivery: options.wrapDelivery ? options.wrapDelivery(delivery) : delivery,
    messages: createAnnouncementMessages(),
    contactNumbers: async () => [],
    now: () => new Date(Date.now() + offset),
    logger: createLogger(process.env.DELIVERY_LOG_LEVEL ?? 'silent'),
  };
  return {
    storage,
    simulator,
    delivery,
    announcements: createAnnouncements(deps),
    deps,
    rosters,
    advance: (ms) => void (offset += ms),
    async stop() {
      await delivery.stop();
      await simulator.stop();
    },
  };
}

/**
 * Stores people with a personal chat each, reached through the simulator, as installing the app would; and the
 * admin's own chat.
 * @returns the Entra ids, `p-0` …
 */
export async function seedPeople(world: AnnouncementWorld, count: number, prefix = 'p'): Promise<string[]> {
  const ids = Array.from({ length: count }, (_, i) => `${prefix}-${i}`);
  await seedPeopleAt(world.storage, world.simulator.url, ids, ADMIN);
  return ids;
}

/** Resolves when `check` holds, polling; rejects with `what` after `timeoutMs`. */
export async function until(what: string, check: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The card of a delivered message or update. */
export function cardText(activity: Record<string, unknown> | undefined): string {
  return JSON.stringify((activity?.attachments as { content?: unknown }[] | undefined)?.[0]?.content ?? null);
}
