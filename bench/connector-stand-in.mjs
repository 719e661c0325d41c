// A lean local stand-in for the Bot Connector service, for benchmarks.
// test/support/connector-stand-in.ts keeps every activity and rescans them all on each arrival (fine for a
// test, quadratic under load, and TypeScript that a plain `node` bench cannot import). This one only counts:
// per replied-to activity id, which adaptive cards (as JSON text), which texts and how many typing indicators.
import { createServer } from 'node:http';

const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';
const SEND = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/?]+))?/;

/** Starts the stand-in on a free loopback port. */
export async function startConnectorStandIn() {
  /** @type {Map<string, {cards: string[], texts: string[], typing: number}>} */
  const replies = new Map();
  const totals = { connections: 0, posts: 0, cards: 0, texts: 0, typing: 0, unreadable: 0, cardBytes: 0 };
  let nextId = 0;

  const entryFor = (replyToId) => {
    let entry = replies.get(replyToId);
    if (!entry) {
      entry = { cards: [], texts: [], typing: 0 };
      replies.set(replyToId, entry);
    }
    return entry;
  };

  const server = createServer((req, res) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => {
      const match = req.method === 'POST' ? SEND.exec(req.url ?? '') : null;
      if (!match) {
        res.writeHead(404).end();
        return;
      }
      totals.posts += 1;
      const raw = Buffer.concat(chunks);
      let activity;
      try {
        activity = JSON.parse(raw.toString('utf8'));
      } catch {
        totals.unreadable += 1;
      }
      const replyToId = decodeURIComponent(match[2] ?? activity?.replyToId ?? '');
      const entry = entryFor(replyToId);
      if (activity?.type === 'typing') {
        entry.typing += 1;
        totals.typing += 1;
      } else if (activity?.type === 'message') {
        const card = activity.attachments?.find((a) => a?.contentType === ADAPTIVE_CARD);
        if (card && card.content?.type === 'AdaptiveCard') {
          entry.cards.push(JSON.stringify(card.content));
          totals.cards += 1;
          totals.cardBytes = raw.length;
        } else if (typeof activity.text === 'string') {
          entry.texts.push(activity.text);
          totals.texts += 1;
        }
      }
      nextId += 1;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(`{"id":"bench-reply-${nextId}"}`);
    });
  });
  server.on('connection', () => {
    totals.connections += 1;
  });
  server.keepAliveTimeout = 30_000;
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();

  return {
    /** The service URL to put in activities, ending with a slash as Teams sends it. */
    url: `http://127.0.0.1:${port}/`,
    totals,
    /** What arrived in reply to one incoming activity id. */
    repliesTo: (activityId) => replies.get(activityId),
    /** Forgets what arrived so far (between phases). */
    reset() {
      replies.clear();
      for (const key of Object.keys(totals)) totals[key] = 0;
    },
    stop: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
