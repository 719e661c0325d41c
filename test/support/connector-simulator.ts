import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { performance } from 'node:perf_hooks';
import { answer, delay, readJson, tooMany } from './simulator-http';
import { peakInWindow, seededRandom, WindowLog, type SimulatedLimit } from './window-accounting';

/** Faults the simulator injects at random, each with its own probability per request. */
export interface SimulatedFaults {
  /** 429 with `Retry-After: retryAfterSeconds`, regardless of the limits. */
  throttleRate?: number;
  retryAfterSeconds?: number;
  /** A 5xx from `serverErrorStatuses` (500, 502, 503, 504 by default). */
  serverErrorRate?: number;
  serverErrorStatuses?: number[];
  /** No answer for `hangMs` (30 s by default), then a 504; the message is not delivered. */
  hangRate?: number;
  hangMs?: number;
  /** Delivered, but answered only after `slowMs`. */
  slowRate?: number;
  slowMs?: number;
}

export interface SimulatorOptions {
  /** Per app per tenant; Teams: 50 per second. */
  tenantLimits?: SimulatedLimit[];
  /** Per conversation; Teams: 7/1 s, 8/2 s, 60/30 s, 1,800/hour. */
  conversationLimits?: SimulatedLimit[];
  faults?: SimulatedFaults;
  seed?: number;
}

/** What the simulator counted; times are `performance.now()` milliseconds. */
export interface SimulatorCounts {
  requests: number;
  delivered: number;
  /** Distinct messages (conversation + content) delivered at least once. */
  distinct: number;
  /** Deliveries beyond the first of the same message. */
  duplicates: number;
  created: number;
  throttledTenant: number;
  throttledConversation: number;
  /** Requests read while the connector was down and silent, never answered. */
  unanswered: number;
  injectedThrottles: number;
  injectedErrors: number;
  hangs: number;
  permanent: number;
  /** Accepted updates (PUT) and deletes (DELETE) of sent activities. */
  updated: number;
  deleted: number;
}

/** What happened to one delivered activity after it was sent. */
export interface ActivityHistory {
  conversationId: string;
  /** The bodies of the accepted updates, in order. */
  updates: Record<string, unknown>[];
  /** Accepted deletes: 1 once deleted (a second delete finds nothing). */
  deletes: number;
}

const TEAMS_CONVERSATION: SimulatedLimit[] = [
  { count: 7, windowMs: 1000 },
  { count: 8, windowMs: 2000 },
  { count: 60, windowMs: 30_000 },
  { count: 1800, windowMs: 3_600_000 },
];

/**
 * A local Bot Connector that behaves like Teams under load: it enforces the proactive limits as sliding
 * windows (answering 429 with Retry-After), injects faults, and counts every delivery so that tests can check
 * "exactly once" and "within the limit" by its accounting rather than the sender's.
 * @remarks Speaks `POST /v3/conversations` (create a personal chat), `POST /v3/conversations/{id}/activities`,
 * and `PUT` / `DELETE /v3/conversations/{id}/activities/{activityId}` (update or delete a delivered activity; 404
 * for one it did not deliver there or already deleted). Limits count accepted requests of every kind;
 * `arrivals` keeps every request.
 */
export class ConnectorSimulator {
  url = '';
  /** Arrival time of every send or create request, whatever the answer. */
  readonly arrivals: number[] = [];
  /** Time of every accepted send (a delivery). */
  readonly deliveryTimes: number[] = [];
  private readonly deliveries = new Map<string, number>();
  private readonly byConversation = new Map<string, Record<string, unknown>[]>();
  private readonly permanent = new Map<string, number>();
  private readonly memberStatus = new Map<string, number>();
  private readonly chats = new Map<string, string>();
  private readonly activities = new Map<string, ActivityHistory>();
  private readonly tenant: WindowLog;
  private readonly conversations = new Map<string, WindowLog>();
  private readonly random: () => number;
  private readonly counts = {
    requests: 0,
    created: 0,
    throttledTenant: 0,
    throttledConversation: 0,
    unanswered: 0,
  };
  private readonly faultCounts = { injectedThrottles: 0, injectedErrors: 0, hangs: 0, permanent: 0 };
  /** The Authorization header of the latest request, to check that a token was sent. */
  lastAuthorization?: string;
  private server?: Server;
  private waiters: { count: number; resolve: () => void }[] = [];
  private readonly sockets = new Set<Socket>();
  /** Requests whose handling has started and not yet ended. */
  private handling = 0;
  private quietWaiters: (() => void)[] = [];
  /** While down and `silent`: requests are read and never answered (a connector that stopped answering). */
  private silent = false;
  /** Requests that arrived while silent, to cut off when the connector comes back. */
  private readonly unanswered = new Set<ServerResponse>();
  /** Conversations whose next accepted send is held unanswered until released: `holdAnswer`. */
  private readonly holds = new Map<string, { arrived: () => void; released: Promise<void> }>();
  private port = 0;

  constructor(private readonly options: SimulatorOptions = {}) {
    this.tenant = new WindowLog(options.tenantLimits ?? [{ count: 50, windowMs: 1000 }]);
    this.random = seededRandom(options.seed ?? 42);
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      this.handling++;
      void this.handle(req, res)
        // A request cut off by a client that went away is simply not delivered.
        .catch(() => undefined)
        .finally(() => {
          this.handling--;
          this.checkQuiet();
        });
    });
    this.server.on('connection', (socket: Socket) => {
      this.sockets.add(socket);
      socket.once('close', () => {
        this.sockets.delete(socket);
        this.checkQuiet();
      });
    });
    this.server.keepAliveTimeout = 60_000;
    await new Promise<void>((resolve) => this.server!.listen(this.port, '127.0.0.1', resolve));
    this.port = (this.server!.address() as AddressInfo).port;
    this.url = `http://127.0.0.1:${this.port}/`;
    return this;
  }

  /**
   * The connector goes away: `refuse` closes the port (connections are refused, open ones cut); `silent` keeps
   * it open but answers nothing, and delivers nothing, until {@link comeBack}.
   */
  async goDown(mode: 'refuse' | 'silent'): Promise<void> {
    if (mode === 'silent') {
      this.silent = true;
      return;
    }
    await this.stop();
    this.server = undefined;
  }

  /** The connector answers again, on the same port; requests left unanswered while silent are cut off. */
  async comeBack(): Promise<void> {
    this.silent = false;
    for (const res of this.unanswered) res.destroy();
    this.unanswered.clear();
    if (!this.server) await this.start();
  }

  /**
   * The next send to `conversationId` is delivered (counted) but answered only after `release()`: a request
   * that Teams accepted while the sender still waits for the answer.
   */
  holdAnswer(conversationId: string): { arrived: Promise<void>; release: () => void } {
    let arrived!: () => void;
    let release!: () => void;
    const arrivedPromise = new Promise<void>((resolve) => (arrived = resolve));
    const released = new Promise<void>((resolve) => (release = resolve));
    this.holds.set(conversationId, { arrived, released });
    return { arrived: arrivedPromise, release };
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    const closed = new Promise<void>((resolve) => this.server!.close(() => resolve()));
    this.server.closeAllConnections();
    await closed;
  }

  /** Every send to `conversationId` answers `status` from now on (403 blocked, 404 gone, 400, 413…). */
  setPermanent(conversationId: string, status: number): void {
    this.permanent.set(conversationId, status);
  }

  /** Creating a personal chat with `memberId` answers `status` (403: the app is not installed for them). */
  setMemberStatus(memberId: string, status: number): void {
    this.memberStatus.set(memberId, status);
  }

  /** Messages delivered to a conversation (duplicates included), in arrival order. */
  messages(conversationId: string): Record<string, unknown>[] {
    return this.byConversation.get(conversationId) ?? [];
  }

  /** How often each distinct message was delivered, keyed by conversation and content. */
  deliveryCounts(): ReadonlyMap<string, number> {
    return this.deliveries;
  }

  /** The updates and deletes of a delivered activity (by the id the simulator gave it), if it was delivered. */
  activity(activityId: string): ActivityHistory | undefined {
    return this.activities.get(activityId);
  }

  /** Every delivered activity's id and history. */
  activityHistories(): ReadonlyMap<string, ActivityHistory> {
    return this.activities;
  }

  /** The conversation created for a member, if any. */
  chatOf(memberId: string): string | undefined {
    return this.chats.get(memberId);
  }

  summary(): SimulatorCounts {
    let duplicates = 0;
    for (const n of this.deliveries.values()) duplicates += n - 1;
    let updated = 0;
    let deleted = 0;
    for (const history of this.activities.values()) {
      updated += history.updates.length;
      deleted += history.deletes;
    }
    return {
      ...this.counts,
      ...this.faultCounts,
      updated,
      deleted,
      delivered: this.deliveryTimes.length,
      distinct: this.deliveries.size,
      duplicates,
    };
  }

  /** The most requests (of any outcome) that arrived within one window of `windowMs`. */
  peakArrivals(windowMs = 1000): number {
    return peakInWindow(this.arrivals, windowMs);
  }

  /**
   * Resolves once `count` distinct messages are delivered; with `timeoutMs`, rejects after that long.
   * @remarks Tests pass no timeout: the delivery of the last message ends the wait, however slow the machine.
   */
  async waitForDistinct(count: number, timeoutMs?: number): Promise<void> {
    if (this.deliveries.size >= count) return;
    await new Promise<void>((resolve, reject) => {
      const timer =
        timeoutMs === undefined
          ? undefined
          : setTimeout(
              () => reject(new Error(`expected ${count} messages, got ${this.deliveries.size}`)),
              timeoutMs,
            );
      this.waiters.push({ count, resolve: () => (clearTimeout(timer), resolve()) });
    });
  }

  /**
   * Resolves once no client is connected and no request is being handled: whatever a client wrote before it
   * went away (a killed process) has then been counted, and nothing more can arrive from it.
   */
  async quiet(): Promise<void> {
    if (this.isQuiet()) return;
    await new Promise<void>((resolve) => this.quietWaiters.push(resolve));
  }

  private isQuiet(): boolean {
    return this.sockets.size === 0 && this.handling === 0;
  }

  private checkQuiet(): void {
    if (!this.isQuiet()) return;
    const waiters = this.quietWaiters;
    this.quietWaiters = [];
    for (const resolve of waiters) resolve();
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readJson(req);
    if (this.silent) {
      this.counts.unanswered++;
      this.unanswered.add(res);
      await new Promise((resolve) => res.once('close', resolve));
      return;
    }
    this.lastAuthorization = req.headers.authorization;
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const send = path.match(/^\/v3\/conversations\/([^/]+)\/activities\/?$/);
    if (req.method === 'POST' && send) return this.receive(decodeURIComponent(send[1]), body, res);
    const one = path.match(/^\/v3\/conversations\/([^/]+)\/activities\/([^/]+)$/);
    if ((req.method === 'PUT' || req.method === 'DELETE') && one) {
      const [conversationId, activityId] = [one[1], one[2]].map(decodeURIComponent);
      return this.change(req.method, conversationId, activityId, body, res);
    }
    if (req.method === 'POST' && /^\/v3\/conversations\/?$/.test(path)) return this.create(body, res);
    answer(res, 404, { error: { code: 'NotFound' } });
  }

  private async receive(
    conversationId: string,
    body: Record<string, unknown>,
    res: ServerResponse,
  ): Promise<void> {
    const now = this.arrive();
    const status = this.permanent.get(conversationId);
    if (status)
      return void (this.faultCounts.permanent++, answer(res, status, { error: { code: `E${status}` } }));
    if (await this.injectFault(res)) return;
    if (this.throttled(now, res)) return;
    const log = this.conversationLog(conversationId);
    const wait = log.exceeded(now);
    if (wait !== undefined) return void (this.counts.throttledConversation++, tooMany(res, wait));
    log.record(now);
    this.tenant.record(now);
    const activityId = this.deliver(conversationId, body, now);
    const hold = this.holds.get(conversationId);
    if (hold) {
      this.holds.delete(conversationId);
      hold.arrived();
      await hold.released;
    }
    const { slowRate = 0, slowMs = 2000 } = this.options.faults ?? {};
    if (this.random() < slowRate) await delay(slowMs);
    answer(res, 201, { id: activityId });
  }

  /** An update or delete of a delivered activity, under the same limits and faults as a send. */
  private async change(
    method: 'PUT' | 'DELETE',
    conversationId: string,
    activityId: string,
    body: Record<string, unknown>,
    res: ServerResponse,
  ): Promise<void> {
    const now = this.arrive();
    const status = this.permanent.get(conversationId);
    if (status)
      return void (this.faultCounts.permanent++, answer(res, status, { error: { code: `E${status}` } }));
    if (await this.injectFault(res)) return;
    if (this.throttled(now, res)) return;
    const log = this.conversationLog(conversationId);
    const wait = log.exceeded(now);
    if (wait !== undefined) return void (this.counts.throttledConversation++, tooMany(res, wait));
    const history = this.activities.get(activityId);
    if (!history || history.conversationId !== conversationId || history.deletes > 0)
      return answer(res, 404, { error: { code: 'ActivityNotFound' } });
    log.record(now);
    this.tenant.record(now);
    if (method === 'PUT') history.updates.push(body);
    else history.deletes++;
    answer(res, 200, method === 'PUT' ? { id: activityId } : {});
  }

  private async create(body: Record<string, unknown>, res: ServerResponse): Promise<void> {
    const now = this.arrive();
    const members = Array.isArray(body.members) ? (body.members as { id?: unknown }[]) : [];
    const memberId = typeof members[0]?.id === 'string' ? members[0].id : undefined;
    if (!memberId) return answer(res, 400, { error: { code: 'BadArgument' } });
    const status = this.memberStatus.get(memberId);
    if (status)
      return void (this.faultCounts.permanent++, answer(res, status, { error: { code: `E${status}` } }));
    if (await this.injectFault(res)) return;
    if (this.throttled(now, res)) return;
    this.tenant.record(now);
    let id = this.chats.get(memberId);
    if (!id) {
      id = `a:sim-${this.chats.size + 1}`;
      this.chats.set(memberId, id);
      this.counts.created++;
    }
    answer(res, 201, { id });
  }

  private conversationLog(conversationId: string): WindowLog {
    let log = this.conversations.get(conversationId);
    if (!log)
      this.conversations.set(
        conversationId,
        (log = new WindowLog(this.options.conversationLimits ?? TEAMS_CONVERSATION)),
      );
    return log;
  }

  private arrive(): number {
    const now = performance.now();
    this.arrivals.push(now);
    this.counts.requests++;
    return now;
  }

  /** Answers with an injected fault when the dice say so. */
  private async injectFault(res: ServerResponse): Promise<boolean> {
    const f = this.options.faults ?? {};
    if (this.random() < (f.hangRate ?? 0)) {
      this.faultCounts.hangs++;
      await delay(f.hangMs ?? 30_000);
      answer(res, 504, { error: { code: 'GatewayTimeout' } });
      return true;
    }
    if (this.random() < (f.serverErrorRate ?? 0)) {
      const statuses = f.serverErrorStatuses ?? [500, 502, 503, 504];
      this.faultCounts.injectedErrors++;
      answer(res, statuses[Math.floor(this.random() * statuses.length)], { error: { code: 'ServiceError' } });
      return true;
    }
    if (this.random() < (f.throttleRate ?? 0)) {
      this.faultCounts.injectedThrottles++;
      tooMany(res, (f.retryAfterSeconds ?? 1) * 1000);
      return true;
    }
    return false;
  }

  private throttled(now: number, res: ServerResponse): boolean {
    const wait = this.tenant.exceeded(now);
    if (wait === undefined) return false;
    this.counts.throttledTenant++;
    tooMany(res, wait);
    return true;
  }

  private deliver(conversationId: string, body: Record<string, unknown>, now: number): string {
    this.deliveryTimes.push(now);
    const activityId = `act-${this.deliveryTimes.length}`;
    this.activities.set(activityId, { conversationId, updates: [], deletes: 0 });
    const key = `${conversationId}|${JSON.stringify([body.text ?? null, body.attachments ?? null])}`;
    this.deliveries.set(key, (this.deliveries.get(key) ?? 0) + 1);
    const list = this.byConversation.get(conversationId) ?? [];
    list.push(body);
    this.byConversation.set(conversationId, list);
    const have = this.deliveries.size;
    this.waiters = this.waiters.filter((w) => (have >= w.count ? (w.resolve(), false) : true));
    return activityId;
  }
}
