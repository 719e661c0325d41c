import { openStorage, type Storage } from '../../src/storage/database';
import { cardExecute } from '../support/activities';
import { ConnectorSimulator } from '../support/connector-simulator';
import { answerChecker } from '../support/openapi-check';
import { startTestService, type TestService } from '../support/service';
import { EntraStandIn, USERS, type TestUser } from '../support/teams-host/entra-stand-in';
import { seedPeopleAt } from './seed-people';

/** The admin who writes announcements through the API; seeded with a personal chat for the progress card. */
export const API_ADMIN = USERS.admin;

/** An answer of the API, read once. */
export interface ApiAnswer {
  status: number;
  headers: Headers;
  /** The body as sent, byte for byte (fetch's `text()` would drop a byte-order mark). */
  bytes: Buffer;
  text: string;
  json: Record<string, unknown>;
}

/**
 * Voordeur as a whole, in this process: the HTTP API with tokens from the local Entra issuer, its own SQLite
 * database, and delivery to the connector simulator, which enforces Teams' limits (the tenant rate given, and 7/1 s,
 * 8/2 s, 60/30 s per conversation).
 */
export interface AnnouncementService {
  service: TestService;
  entra: EntraStandIn;
  simulator: ConnectorSimulator;
  /** The service's own database, opened beside it to seed people and read the outbox. */
  storage: Storage;
  /** Calls the API as `user` (the admin by default, none with `token: null`); checks the answer against the document. */
  call(
    method: string,
    path: string,
    options?: { user?: TestUser; token?: string | null; body?: unknown },
  ): Promise<ApiAnswer>;
  /** Stores people with personal chats through the simulator (and the admin's); returns their ids. */
  seed(count: number, prefix?: string): Promise<string[]>;
  /**
   * Presses "Gelezen en begrepen" as `aadObjectId` (named `Lezer <id>`) in their chat (Action.Execute); returns
   * the invoke's answer: the card in its new state, or a text.
   */
  acknowledge(announcementId: string, aadObjectId: string): Promise<{ type: string; value: unknown }>;
  stop(): Promise<void>;
}

export async function startAnnouncementService(rate: number): Promise<AnnouncementService> {
  const simulator = await new ConnectorSimulator({ tenantLimits: [{ count: rate, windowMs: 1000 }] }).start();
  const entra = await new EntraStandIn().start();
  const service = await startTestService({
    ...entra.serviceEnv(),
    SEND_RATE_PER_SECOND: String(rate),
    DELIVERY_POLL_MS: '100',
  });
  const storage = await openStorage({ dataDir: service.dataDir });
  const document: unknown = await (await fetch(`${service.url}/api/openapi.json`)).json();
  const check = answerChecker(document);

  return {
    service,
    entra,
    simulator,
    storage,
    async call(method, path, { user = API_ADMIN, token, body } = {}) {
      const bearer = token === undefined ? entra.token(user) : token;
      const res = await fetch(`${service.url}${path}`, {
        // fetch sends `patch` as written, and servers match methods case-sensitively.
        method: method.toUpperCase(),
        headers: {
          ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
          ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const bytes = Buffer.from(await res.arrayBuffer());
      const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
      const isJson = res.headers.get('content-type')?.startsWith('application/json') ?? false;
      const json = (isJson && text ? JSON.parse(text) : {}) as Record<string, unknown>;
      expect(check(method, path, res.status, isJson && text ? json : undefined)).toEqual([]);
      return { status: res.status, headers: res.headers, bytes, text, json };
    },
    async seed(count, prefix = 'p') {
      const ids = Array.from({ length: count }, (_, i) => `${prefix}-${i}`);
      await seedPeopleAt(storage, simulator.url, ids, { id: API_ADMIN.oid, name: API_ADMIN.name });
      return ids;
    },
    async acknowledge(announcementId, aadObjectId) {
      const press = cardExecute(
        'announcement.acknowledge',
        { verb: 'announcement.acknowledge', announcement: announcementId },
        { serviceUrl: simulator.url, conversationId: `a:${aadObjectId}`, aadObjectId },
      );
      const from = { id: `29:${aadObjectId}`, name: `Lezer ${aadObjectId}`, aadObjectId };
      const res = await service.post({ ...press, from });
      expect(res.status).toBe(200);
      const body = (await res.json()) as { statusCode: number; type: string; value: unknown };
      expect(body.statusCode).toBe(200);
      return body;
    },
    async stop() {
      await storage.close();
      await service.stop();
      await simulator.stop();
      await entra.stop();
    },
  };
}
