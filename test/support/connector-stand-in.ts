import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** An activity the bot sent to the stand-in. */
export interface ReceivedActivity {
  conversationId: string;
  /** The activity id the bot replied to, when it used the reply URL. */
  replyToId?: string;
  activity: Record<string, unknown>;
}

/**
 * A local stand-in for the Bot Connector service: accepts what the bot sends to `serviceUrl` and records it.
 * @remarks Answers member lookups with a made-up member, so install flows run as in Teams, and the paged member
 * list of a conversation in {@link rosters}.
 */
export class ConnectorStandIn {
  readonly received: ReceivedActivity[] = [];
  /** Activities the bot replaced (`PUT …/activities/{id}`), such as a card updated after an Action.Submit. */
  readonly updates: { conversationId: string; activityId: string; activity: Record<string, unknown> }[] = [];
  /** The same list as {@link updates}, by the name the guidance tests use. */
  get updated() {
    return this.updates;
  }
  private typingWaiters: { conversationId: string; resolve: () => void }[] = [];
  /**
   * Rosters of conversations (such as a team) whose members are known: anyone else is not found (404). Any member
   * lookup in another conversation finds a made-up member.
   */
  readonly rosters = new Map<string, Set<string>>();
  /**
   * People by Teams user id (`29:…`): a member lookup of one of them (outside a roster of {@link rosters}) answers
   * with their own name, object id and addresses instead of the made-up member's.
   */
  readonly members = new Map<
    string,
    { name: string; aadObjectId: string; email: string; userPrincipalName: string }
  >();
  /** Member lookups in a roster of {@link rosters} get no answer until the client gives up (a Teams too slow). */
  rosterHangs = false;
  /** Conversations whose sends are refused with this status (403: the person blocked the bot). */
  readonly refusing = new Map<string, number>();
  private server?: Server;
  private waiters: { conversationId: string; count: number; resolve: () => void }[] = [];

  /** The Authorization header of the latest roster request. */
  lastAuthorization?: string;

  /** The service URL to put in activities, ending with a slash as Teams sends it. */
  url = '';

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      void readJson(req).then(async (body) => {
        const path = new URL(req.url ?? '/', 'http://x').pathname;
        const paged = path.match(/^\/v3\/conversations\/([^/]+)\/pagedmembers$/);
        if (req.method === 'GET' && paged) {
          this.lastAuthorization = req.headers.authorization;
          const roster = this.rosters.get(decodeURIComponent(paged[1]));
          res.writeHead(roster ? 200 : 404, { 'content-type': 'application/json' });
          res.end(
            JSON.stringify(roster ? rosterPage([...roster], req.url ?? '') : { error: { code: 'NotFound' } }),
          );
          return;
        }
        const member = path.match(/^\/v3\/conversations\/([^/]+)\/members\/([^/]+)$/);
        if (req.method === 'GET' && member) {
          const userId = decodeURIComponent(member[2]);
          const roster = this.rosters.get(decodeURIComponent(member[1]));
          if (roster && this.rosterHangs) {
            // Held until the client closes the connection or the stand-in stops: no delay to race with.
            await new Promise((resolve) => res.once('close', resolve));
            return;
          }
          if (roster && !roster.has(userId)) {
            res.writeHead(404, { 'content-type': 'application/json' });
            res.end(JSON.stringify({ error: { code: 'MemberNotFoundInConversation' } }));
            return;
          }
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(
            JSON.stringify({
              id: userId,
              name: 'Test Medewerker',
              aadObjectId: `aad-${userId}`,
              email: 'medewerker@example.org',
              userPrincipalName: 'medewerker@example.org',
              ...this.members.get(userId),
            }),
          );
          return;
        }
        const send = path.match(/^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/);
        const refused = send && this.refusing.get(decodeURIComponent(send[1]));
        if (req.method === 'POST' && refused) {
          res.writeHead(refused, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ error: { code: 'ConversationBlockedByUser' } }));
          return;
        }
        if (req.method === 'PUT' && send?.[2]) {
          const activityId = decodeURIComponent(send[2]);
          const activity = body as Record<string, unknown>;
          this.updates.push({ conversationId: decodeURIComponent(send[1]), activityId, activity });
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ id: activityId }));
          return;
        }
        if (req.method === 'POST' && send) {
          this.received.push({
            conversationId: decodeURIComponent(send[1]),
            replyToId: send[2] ? decodeURIComponent(send[2]) : undefined,
            activity: body as Record<string, unknown>,
          });
          this.notify();
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ id: randomUUID() }));
          return;
        }
        res.writeHead(404).end();
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}/`;
    return this;
  }

  /** Resolves once the bot has sent a typing indicator to `conversationId` (at once if it already has). */
  typingIn(conversationId: string): Promise<void> {
    const typed = this.received.some(
      (r) => r.conversationId === conversationId && r.activity.type === 'typing',
    );
    return typed
      ? Promise.resolve()
      : new Promise((resolve) => this.typingWaiters.push({ conversationId, resolve }));
  }

  /** Messages (not typing indicators) sent to a conversation. */
  messages(conversationId?: string): Record<string, unknown>[] {
    return this.received
      .filter(
        (r) => r.activity.type === 'message' && (!conversationId || r.conversationId === conversationId),
      )
      .map((r) => r.activity);
  }

  /**
   * The messages sent to `conversationId` after its first `count`, once there is at least one.
   * @remarks For messages the service sends in the background (its outbox): the arrival ends the wait, not a clock.
   */
  async messagesAfter(conversationId: string, count: number): Promise<Record<string, unknown>[]> {
    if (this.messages(conversationId).length <= count) {
      await new Promise<void>((resolve) => this.waiters.push({ conversationId, count: count + 1, resolve }));
    }
    return this.messages(conversationId).slice(count);
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private notify(): void {
    this.typingWaiters = this.typingWaiters.filter((w) =>
      this.received.some((r) => r.conversationId === w.conversationId && r.activity.type === 'typing')
        ? (w.resolve(), false)
        : true,
    );
    this.waiters = this.waiters.filter((w) =>
      this.messages(w.conversationId).length >= w.count ? (w.resolve(), false) : true,
    );
  }
}

/** One page of `GET …/pagedmembers`: `pageSize` members from `continuationToken` (an offset here) on. */
function rosterPage(userIds: string[], requestUrl: string) {
  const query = new URL(requestUrl, 'http://x').searchParams;
  const size = Number(query.get('pageSize') ?? 200);
  const from = Number(query.get('continuationToken') ?? 0);
  const members = userIds.slice(from, from + size).map((id) => ({
    id,
    name: `Lid ${id}`,
    aadObjectId: `aad-${id}`,
    email: `${id}@example.org`,
    userPrincipalName: `${id}@example.org`,
  }));
  return { members, continuationToken: from + size < userIds.length ? String(from + size) : undefined };
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}
