import fc from 'fast-check';
import {
  botInstalled,
  cardExecute,
  cardSubmit,
  cardTexts,
  installationUpdate,
  mentionMessage,
  message,
  type ActivityOptions,
} from '../support/activities';
import { ConnectorStandIn } from '../support/connector-stand-in';
import { OidcIssuer } from '../support/oidc-issuer';
import { harvestActions, type HarvestedAction } from './support/card-actions';
import { fuzzCases, fuzzInBatches, fuzzSeed, short } from './support/fuzz-run';
import { applyMutations, junk, mutations, rawJunkBodies } from './support/junk';
import { ProofService, type ProofAnswer } from './support/proof-service';
import { expectQuietLog, logBefore, type LogMark } from './support/log-bounds';

const BOT_ID = '3b6a1f0e-5f1c-4c8e-9f7a-2d4b6c8e0a21';
/** Cases in local mode (every turn runs and replies) and with Bot Framework tokens; 5,200 together. */
const LOCAL_CASES = fuzzCases(3600);
const SIGNED_CASES = fuzzCases(1600);
const BATCH = 16;
/** jest's backstop for a suite that hangs; each wait ends on an answer or an exit, not on a clock. */
const BACKSTOP_MS = 10 * 60_000;
const HELP_TITLE = 'Wat kan Voordeur voor je doen?';

const seed = fuzzSeed('fuzz-activities');

/** A real activity to start a mutation from, and its name in reports. */
interface Base {
  name: string;
  activity: Record<string, unknown>;
}

/** The activities Teams sends, and every card button the bot's own cards carry (harvested from its replies). */
function realActivities(o: ActivityOptions, actions: HarvestedAction[]): Base[] {
  const team = { ...o, conversationType: 'channel' as const, teamId: '19:fuzz-team@thread.tacv2' };
  const invoke = (name: string, value: unknown) => ({
    ...message('', o),
    type: 'invoke',
    text: undefined,
    name,
    value,
  });
  const bases: Base[] = [
    { name: 'help', activity: message('hulp', o) },
    { name: 'question', activity: message('Ik zie blauwe plekken bij een kind, wat moet ik doen?', o) },
    { name: 'danger', activity: message('Hij slaat haar nu, ze schreeuwt om hulp', o) },
    { name: 'see-something', activity: message('ik zie iets', o) },
    { name: 'my-training', activity: message('mijn training', o) },
    { name: 'english', activity: message('What is the reporting code?', { ...o, locale: 'en-US' }) },
    { name: 'mention', activity: mentionMessage('wat is de meldcode', team) },
    {
      name: 'search',
      activity: invoke('composeExtension/query', {
        commandId: 'searchTopics',
        parameters: [{ name: 'query', value: 'huiselijk geweld' }],
        queryOptions: { skip: 0, count: 25 },
      }),
    },
    { name: 'search-other', activity: invoke('composeExtension/query', { commandId: 'x', parameters: [] }) },
    { name: 'task-fetch', activity: invoke('task/fetch', { data: { verb: 'x' } }) },
    {
      name: 'execute-no-verb',
      activity: invoke('adaptiveCard/action', { action: { type: 'Action.Execute' } }),
    },
    { name: 'install-personal', activity: botInstalled(o) },
    { name: 'install-team', activity: botInstalled(team) },
    {
      name: 'member-added',
      activity: { ...botInstalled(team), membersAdded: [{ id: '29:new-member', aadObjectId: 'aad-new' }] },
    },
    {
      name: 'member-removed',
      activity: { ...botInstalled(team), membersAdded: undefined, membersRemoved: [{ id: '29:employee-1' }] },
    },
    { name: 'installation-add', activity: installationUpdate('add', o) },
    { name: 'installation-remove', activity: installationUpdate('remove', team) },
    {
      name: 'reaction',
      activity: {
        ...message('', o),
        type: 'messageReaction',
        reactionsAdded: [{ type: 'like' }],
        replyToId: 'x',
      },
    },
  ];
  for (const action of actions) {
    bases.push({
      name: `${action.type}:${action.verb ?? '?'}`,
      activity:
        action.type === 'Action.Execute'
          ? cardExecute(action.verb ?? '', action.data, o)
          : { ...cardSubmit(action.data, o), replyToId: 'activity-1' },
    });
  }
  return bases;
}

/** Paths of what the routes read themselves, which the activity schema passes through unchecked. */
const inPayload = (path: (string | number)[]) =>
  ['value', 'text', 'entities', 'channelData', 'replyToId', 'attachments'].includes(String(path[0])) &&
  path.length > 1;

/** A case: a real activity with junk in it (or a body that is no activity), with or without a token. */
interface Case {
  base: string;
  body: string;
  contentType: string;
  token: 'none' | 'garbage' | 'valid' | 'expired' | 'other-service-url';
}

function cases(bases: Base[], signed: boolean): fc.Arbitrary<Case> {
  const token = signed
    ? fc.constantFrom<Case['token']>(
        'valid',
        'valid',
        'valid',
        'none',
        'garbage',
        'expired',
        'other-service-url',
      )
    : fc.constantFrom<Case['token']>('none', 'none', 'garbage');
  const mutated = fc.constantFrom(...bases).chain((base) =>
    fc.record({
      base: fc.constant(base.name),
      // Half the cases change only what the routes read past the edge's checks: card data, text, names.
      body: fc.oneof(mutations(base.activity), mutations(base.activity, 3, inPayload)).map((list) => {
        const activity = applyMutations(base.activity, list);
        // Signed replies come back in the answer: the bot cannot get a token to reach the connector stand-in.
        if (signed && activity && typeof activity === 'object' && !Array.isArray(activity)) {
          (activity as Record<string, unknown>).deliveryMode = 'expectReplies';
        }
        return JSON.stringify(activity) ?? 'null';
      }),
      contentType: fc.constant('application/json'),
      token,
    }),
  );
  const unmutated = fc.record({
    base: fc.constantFrom(...bases).map((b) => `${b.name} (as sent)`),
    body: fc.constant(''),
    contentType: fc.constant('application/json'),
    token,
  });
  const raw = fc.record({
    base: fc.constant('raw'),
    body: fc.oneof(
      rawJunkBodies,
      junk.map((v) => JSON.stringify(v) ?? 'null'),
    ),
    contentType: fc.constantFrom('application/json', 'text/plain', 'application/x-www-form-urlencoded', ''),
    token,
  });
  return fc.oneof(
    { weight: 16, arbitrary: mutated },
    { weight: 1, arbitrary: unmutated },
    { weight: 3, arbitrary: raw },
  );
}

/** The property every answer of /api/messages has, whatever was sent. */
function checkAnswer(c: Case, answer: ProofAnswer): void {
  const where = () =>
    `${answer.status} for ${c.base} with token ${c.token}: ${short(c.body, 400)}\n→ ${answer.text.slice(0, 300)}`;
  // No 5xx: 503 only when the token cannot be checked, which the stand-in issuer never causes here.
  if (answer.status >= 500) throw new Error(`5xx: ${where()}`);
  if (answer.status === 400 && !/^\{"code":"\w+","message":"/.test(answer.text)) {
    throw new Error(`400 without a reason: ${where()}`);
  }
}

describe(`fuzzing /api/messages with mutated real activities (seed ${seed})`, () => {
  let connector: ConnectorStandIn;
  let issuer: OidcIssuer;
  let local: ProofService;
  let signed: ProofService;
  let actions: HarvestedAction[];

  beforeAll(async () => {
    connector = await new ConnectorStandIn().start();
    issuer = await new OidcIssuer('https://api.botframework.com').start();
    [local, signed] = await Promise.all([
      ProofService.start('fuzz-local', {}),
      ProofService.start('fuzz-signed', {
        BOT_ID,
        BOT_PASSWORD: 'not-used-in-this-test',
        BOT_OPENID_METADATA_URL: issuer.metadataUrl,
      }),
    ]);
    actions = await harvestActions(local, connector);
  }, BACKSTOP_MS);
  afterAll(async () => {
    for (const service of [local, signed]) {
      if (service)
        process.stdout.write(`${service.name}: ${service.requests} requests, ${service.statusSummary()}\n`);
    }
    await Promise.all([local?.stop(), signed?.stop()]);
    await connector?.stop();
    await issuer?.stop();
  });

  const o = (): ActivityOptions => ({ serviceUrl: connector.url, conversationId: 'a:fuzz-chat' });

  it('harvests the buttons of the bot’s own cards to start from', () => {
    const verbs = new Set(actions.map((a) => a.verb));
    // The help card's topics, "ik zie iets" and the answer card's feedback at least.
    expect([...verbs].some((v) => v?.startsWith('see-something.'))).toBe(true);
    expect(verbs.has('topic.show')).toBe(true);
    expect(verbs.has('answer.feedback')).toBe(true);
  });

  it(
    `local mode: ${LOCAL_CASES} mutated activities get no 5xx, the service stays up and quiet, and still answers`,
    async () => {
      const bases = realActivities(o(), actions);
      const baseByName = new Map(bases.map((b) => [b.name, b.activity]));
      const mark: LogMark = logBefore(local);
      await fuzzInBatches(cases(bases, false), { seed, cases: LOCAL_CASES, batch: BATCH }, async (c) => {
        const body = c.body || JSON.stringify(baseByName.get(c.base.replace(' (as sent)', '')));
        const answer = await local.request({
          method: 'POST',
          path: '/api/messages',
          headers: {
            ...(c.contentType ? { 'content-type': c.contentType } : {}),
            ...(c.token === 'garbage' ? { authorization: 'Bearer not.a.token' } : {}),
          },
          body,
        });
        checkAnswer(c, answer);
        // The stand-in keeps what it received; the cards of thousands of turns are not needed.
        if (connector.received.length > 500) connector.received.splice(0, connector.received.length);
        if (connector.updates.length > 500) connector.updates.splice(0, connector.updates.length);
      });
      expectQuietLog(local, mark);
      expect(local.exited()).toBeUndefined();
      expect((await local.request({ method: 'GET', path: '/readyz' })).status).toBe(200);
      const chat = 'a:fuzz-after';
      const answer = await local.request({
        method: 'POST',
        path: '/api/messages',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(message('hulp', { ...o(), conversationId: chat })),
      });
      expect(answer.status).toBe(200);
      const [reply] = await connector.messagesAfter(chat, 0);
      expect(cardTexts(reply)).toContain(HELP_TITLE);
    },
    BACKSTOP_MS,
  );

  it(
    `with BOT_ID: ${SIGNED_CASES} mutated activities with valid, missing and bad tokens get no 5xx, and a turn still answers`,
    async () => {
      const bases = realActivities(o(), actions);
      const baseByName = new Map(bases.map((b) => [b.name, b.activity]));
      const claims = { aud: BOT_ID, serviceurl: connector.url };
      const tokens = {
        valid: issuer.sign(claims, 3600),
        expired: issuer.sign(claims, -3600),
        'other-service-url': issuer.sign({ ...claims, serviceurl: 'https://smba.example/' }, 3600),
      };
      const mark = logBefore(signed);
      await fuzzInBatches(cases(bases, true), { seed, cases: SIGNED_CASES, batch: BATCH }, async (c) => {
        const base = baseByName.get(c.base.replace(' (as sent)', ''));
        const body = c.body || JSON.stringify({ ...base, deliveryMode: 'expectReplies' });
        const token =
          c.token === 'none' ? undefined : c.token === 'garbage' ? 'not.a.token' : tokens[c.token];
        const answer = await signed.request({
          method: 'POST',
          path: '/api/messages',
          headers: {
            ...(c.contentType ? { 'content-type': c.contentType } : {}),
            ...(token ? { authorization: `Bearer ${token}` } : {}),
          },
          body,
        });
        checkAnswer(c, answer);
        if (c.token !== 'valid' && answer.status === 200) {
          throw new Error(`200 without a valid token: ${c.base} with ${c.token}`);
        }
      });
      expectQuietLog(signed, mark);
      expect(signed.exited()).toBeUndefined();
      expect((await signed.request({ method: 'GET', path: '/readyz' })).status).toBe(200);
      const answer = await signed.request({
        method: 'POST',
        path: '/api/messages',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.valid}` },
        body: JSON.stringify({
          ...message('hulp', { ...o(), conversationId: 'a:signed-after' }),
          deliveryMode: 'expectReplies',
        }),
      });
      expect(answer.status).toBe(200);
      const replies = (JSON.parse(answer.text) as { activities: Record<string, unknown>[] }).activities;
      expect(replies.flatMap(cardTexts)).toContain(HELP_TITLE);
    },
    BACKSTOP_MS,
  );
});
