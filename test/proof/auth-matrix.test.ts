import { createHmac, createPublicKey, type JsonWebKeyInput } from 'node:crypto';
import { API_ROUTES, type Access, type AnyRouteContract } from '../../src/contracts';
import { message } from '../support/activities';
import { ConnectorStandIn } from '../support/connector-stand-in';
import { OidcIssuer } from '../support/oidc-issuer';
import { CLIENT_ID, TENANT_ID, type TestUser } from '../support/teams-host/entra-stand-in';
import { ApiWorld, TEAM_A, TEAM_B, USERS } from './support/api-world';
import type { ProofAnswer } from './support/proof-service';

const BOT_ID = '3b6a1f0e-5f1c-4c8e-9f7a-2d4b6c8e0a31';
const OTHER_TENANT = '11111111-0000-4000-8000-000000000000';
/** Someone the admin routes may act on without undoing the table's own roles. */
const BYSTANDER = 'e0000000-0000-4000-8000-0000000000ff';

/**
 * The access levels of the contracts (src/contracts/route.ts) and who passes each. A route with a level this
 * table does not know fails the test below: whoever adds a level says here who may use it.
 */
const ACCESS: Record<Access, { refused: (keyof typeof USERS)[]; allowed: (keyof typeof USERS)[] }> = {
  user: { refused: [], allowed: ['employee', 'manager', 'admin'] },
  admin: { refused: ['employee', 'manager'], allowed: ['admin'] },
};

/**
 * `user` routes about one team that only its managers (and admins) may use: the handler checks the team role, so
 * the contract cannot say it. Every `user` route with a `{teamId}` must be in this list or in
 * {@link TEAM_ROUTES_FOR_MEMBERS}: a new team route fails the test until it is placed.
 */
const TEAM_ROUTES_FOR_MANAGERS = new Set([
  'tab-checklist-change',
  'tab-checklist-rollback',
  'tab-checklist-versions',
  'tab-team-training',
  'tab-training-claim-decide',
]);
/** `user` routes about one team that its members (from the roster the bot keeps), its managers and admins may use. */
const TEAM_ROUTES_FOR_MEMBERS = new Set(['tab-team-checklist', 'tab-team-search']);

/** The path of a route with its parameters filled: team A, a bystander, ids that need not exist. */
function pathOf(route: AnyRouteContract, team = TEAM_A): string {
  const values: Record<string, string> = {
    teamId: team,
    aadObjectId: BYSTANDER,
    courseId: 'geen-cursus',
    id: 'geen-aankondiging',
  };
  return route.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (!(name in values)) throw new Error(`${route.name}: no value for {${name}} in the auth table`);
    return encodeURIComponent(values[name]);
  });
}

/** A body no route accepts: a token problem must be answered before the body is looked at. */
const JUNK_BODY = '{"junk":[1,{"x":null}]}';

/** Builds a JWT from its parts, signed by `sign` (or not at all). */
function jwt(header: object, payload: object, sign?: (input: string) => string): string {
  const encode = (part: object) => Buffer.from(JSON.stringify(part)).toString('base64url');
  const input = `${encode(header)}.${encode(payload)}`;
  return `${input}.${sign ? sign(input) : ''}`;
}

/** The published signing key of an issuer, as PEM text, and its key id. */
async function publishedKey(issuer: OidcIssuer): Promise<{ pem: string; kid: string }> {
  const { keys } = (await (await fetch(`${issuer.url}/keys`)).json()) as { keys: JsonWebKeyInput['key'][] };
  const pem = createPublicKey({ key: keys[0], format: 'jwk' })
    .export({ type: 'spki', format: 'pem' })
    .toString();
  return { pem, kid: String(keys[0].kid) };
}

/** Token problems: every one is a 401, on every route, before anything else. */
type TokenCase = [name: string, make: () => string | undefined];

/**
 * The token problems every issuer shares: none, not a JWT, unsigned, and signed with HS256 using the issuer's
 * public key as the secret (the algorithm-confusion attack).
 * @param key read when a token is made: the issuers' keys are fetched in `beforeAll`, after the table is built
 */
function malformedAndForged(key: () => { pem: string; kid: string }, claims: () => object): TokenCase[] {
  return [
    ['no token', () => undefined],
    ['garbage', () => 'not.a.token'],
    ['alg none', () => jwt({ alg: 'none', typ: 'JWT', kid: key().kid }, claims())],
    [
      'HS256 signed with the public key',
      () =>
        jwt({ alg: 'HS256', typ: 'JWT', kid: key().kid }, claims(), (input) =>
          createHmac('sha256', key().pem).update(input).digest('base64url'),
        ),
    ],
  ];
}

describe('the auth matrix: every route of the contracts, every token problem, every role', () => {
  let world: ApiWorld;
  let botIssuer: OidcIssuer;
  let connector: ConnectorStandIn;
  let entraKey: { pem: string; kid: string };
  let botKey: { pem: string; kid: string };

  beforeAll(async () => {
    botIssuer = await new OidcIssuer('https://api.botframework.com').start();
    connector = await new ConnectorStandIn().start();
    world = await ApiWorld.start('auth-matrix', {
      BOT_ID,
      BOT_PASSWORD: 'not-used-in-this-test',
      BOT_OPENID_METADATA_URL: botIssuer.metadataUrl,
    });
    entraKey = await publishedKey(world.entra.issuer);
    botKey = await publishedKey(botIssuer);
  });
  afterAll(async () => {
    await world?.stop();
    await connector?.stop();
    await botIssuer?.stop();
  });

  const send = (
    route: AnyRouteContract,
    token: string | undefined,
    path = pathOf(route),
  ): Promise<ProofAnswer> =>
    world.service.request({
      method: route.method.toUpperCase(),
      path,
      headers: {
        'content-type': route.upload ? route.upload.mediaType : 'application/json',
        ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
      },
      body: route.upload ? 'a,b\n1,2\n' : JUNK_BODY,
    });

  it('knows every access level and every team route of the contracts', () => {
    const unknownLevels = API_ROUTES.filter((r) => !(r.access in ACCESS)).map(
      (r) => `${r.name}: ${r.access}`,
    );
    expect(unknownLevels).toEqual([]);
    const unplaced = API_ROUTES.filter(
      (r) =>
        r.access === 'user' &&
        r.path.includes('{teamId}') &&
        !TEAM_ROUTES_FOR_MANAGERS.has(r.name) &&
        !TEAM_ROUTES_FOR_MEMBERS.has(r.name),
    ).map((r) => r.name);
    expect(unplaced).toEqual([]);
    const names = new Set(API_ROUTES.map((r) => r.name));
    expect([...TEAM_ROUTES_FOR_MANAGERS, ...TEAM_ROUTES_FOR_MEMBERS].filter((n) => !names.has(n))).toEqual(
      [],
    );
  });

  describe('tab and admin APIs: a token problem is 401 on every route, before the body is read', () => {
    const user = (): TestUser => USERS.admin; // the strongest caller: only the token is wrong
    const claims = (overrides: Record<string, unknown> = {}) => {
      const now = Math.floor(Date.now() / 1000);
      return {
        iss: `https://login.microsoftonline.com/${TENANT_ID}/v2.0`,
        aud: CLIENT_ID,
        tid: TENANT_ID,
        oid: user().oid,
        iat: now,
        nbf: now - 5,
        exp: now + 600,
        ...overrides,
      };
    };
    const cases: TokenCase[] = [
      ...malformedAndForged(() => entraKey, claims),
      [
        'HS256 signed with a secret',
        () =>
          jwt({ alg: 'HS256', typ: 'JWT' }, claims(), (input) =>
            createHmac('sha256', 'a-shared-secret').update(input).digest('base64url'),
          ),
      ],
      ['another signing key', () => world.entra.issuer.forge(claims())],
      ['wrong audience', () => world.entra.token(user(), { aud: 'api://127.0.0.1/another-app' })],
      [
        'wrong issuer',
        () => world.entra.token(user(), { iss: 'https://login.microsoftonline.com/evil/v2.0' }),
      ],
      ['another tenant', () => world.entra.token(user(), { tid: OTHER_TENANT })],
      [
        'another tenant, its own issuer',
        () =>
          world.entra.token(user(), {
            tid: OTHER_TENANT,
            iss: `https://login.microsoftonline.com/${OTHER_TENANT}/v2.0`,
          }),
      ],
      ['expired', () => world.entra.token(user(), {}, -3600)],
      ['not yet valid (nbf)', () => world.entra.token(user(), { nbf: Math.floor(Date.now() / 1000) + 3600 })],
      ['no exp', () => world.entra.token(user(), { exp: undefined })],
      ['no oid', () => world.entra.token(user(), { oid: undefined })],
      ['no tid', () => world.entra.token(user(), { tid: undefined })],
    ];

    it.each(cases)('%s', async (_name, make) => {
      const token = make();
      const wrong: string[] = [];
      for (const route of API_ROUTES) {
        const answer = await send(route, token);
        const code =
          answer.status === 401 ? (JSON.parse(answer.text) as { error: { code: string } }).error.code : '';
        if (
          answer.status !== 401 ||
          code !== 'unauthenticated' ||
          answer.headers['www-authenticate'] !== 'Bearer'
        ) {
          wrong.push(
            `${route.method.toUpperCase()} ${route.path}: ${answer.status} ${answer.text.slice(0, 120)}`,
          );
        }
      }
      expect(wrong).toEqual([]);
    });
  });

  describe('tab and admin APIs: roles', () => {
    it('refuses with 403 whoever lacks the route’s access level, before the body is read, and lets the others past', async () => {
      const table: string[] = [];
      for (const route of API_ROUTES) {
        const { refused, allowed } = ACCESS[route.access];
        for (const who of [...refused, ...allowed]) {
          if (TEAM_ROUTES_FOR_MANAGERS.has(route.name) && who === 'employee') continue; // the team tables below
          const answer = await send(route, world.token(USERS[who]));
          const expected = refused.includes(who) ? '403' : 'passes';
          const got = answer.status === 403 ? '403' : answer.status === 401 ? '401' : 'passes';
          if (got !== expected)
            table.push(`${route.name} as ${who}: ${answer.status} ${answer.text.slice(0, 100)}`);
        }
      }
      expect(table).toEqual([]);
    });

    /** One row of a team table: who, their token's person, the team in the path, and what they must get. */
    type TeamRow = [who: string, person: TestUser, team: string, expected: 403 | 'passes'];

    /** The rows every route of `routes` gets wrong, as lines for a failure message. */
    async function wrongRows(routes: ReadonlySet<string>, rows: TeamRow[]): Promise<string[]> {
      const wrong: string[] = [];
      for (const route of API_ROUTES.filter((r) => routes.has(r.name))) {
        for (const [who, person, team, expected] of rows) {
          const answer = await send(route, world.token(person), pathOf(route, team));
          const got = answer.status === 401 || answer.status === 403 ? answer.status : 'passes';
          if (got !== expected)
            wrong.push(`${route.name}, ${who}: ${answer.status} ${answer.text.slice(0, 100)}`);
        }
      }
      return wrong;
    }

    it('refuses team manager work to a member of the team and to the manager of another team', async () => {
      const wrong = await wrongRows(TEAM_ROUTES_FOR_MANAGERS, [
        ['a member of team A on team A', USERS.employee, TEAM_A, 403],
        ['the manager of team A on team B', USERS.manager, TEAM_B, 403],
        ['the manager of team A on team A', USERS.manager, TEAM_A, 'passes'],
        ['an admin on team B', USERS.admin, TEAM_B, 'passes'],
      ]);
      expect(wrong).toEqual([]);
    });

    it('lets the members, managers and admins read a team, and refuses everyone else', async () => {
      const wrong = await wrongRows(TEAM_ROUTES_FOR_MEMBERS, [
        ['a member of team A on team A', USERS.employee, TEAM_A, 'passes'],
        ['a member of team A on team B', USERS.employee, TEAM_B, 403],
        ['the manager of team A on team A', USERS.manager, TEAM_A, 'passes'],
        ['the manager of team A on team B', USERS.manager, TEAM_B, 403],
        ['an admin on team B', USERS.admin, TEAM_B, 'passes'],
      ]);
      expect(wrong).toEqual([]);
    });
  });

  describe('POST /api/messages: a Bot Framework token problem is 401, and no turn runs', () => {
    const activity = () => ({
      ...message('hulp', { serviceUrl: connector.url, conversationId: 'a:auth-matrix' }),
      deliveryMode: 'expectReplies',
    });
    const claims = (overrides: Record<string, unknown> = {}) => {
      const now = Math.floor(Date.now() / 1000);
      return {
        iss: 'https://api.botframework.com',
        aud: BOT_ID,
        serviceurl: connector.url,
        iat: now,
        nbf: now - 5,
        exp: now + 600,
        ...overrides,
      };
    };
    const post = (token: string | undefined) =>
      world.service.request({
        method: 'POST',
        path: '/api/messages',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify(activity()),
      });
    const cases: TokenCase[] = [
      ...malformedAndForged(() => botKey, claims),
      ['another signing key', () => botIssuer.forge(claims())],
      ['wrong audience', () => botIssuer.sign(claims({ aud: 'another-bot' }))],
      ['wrong issuer', () => botIssuer.sign(claims({ iss: 'https://evil.example' }))],
      ['another service URL', () => botIssuer.sign(claims({ serviceurl: 'https://smba.example/' }))],
      ['expired', () => botIssuer.sign(claims({ exp: Math.floor(Date.now() / 1000) - 3600 }))],
      ['not yet valid (nbf)', () => botIssuer.sign(claims({ nbf: Math.floor(Date.now() / 1000) + 3600 }))],
      ['no exp', () => botIssuer.sign(claims({ exp: undefined }))],
    ];

    it.each(cases)('%s', async (_name, make) => {
      const answer = await post(make());
      expect([answer.status, answer.headers['www-authenticate']]).toEqual([401, 'Bearer']);
      expect(answer.text).not.toContain('Wat kan Voordeur');
    });

    it('serves a valid token', async () => {
      const answer = await post(botIssuer.sign(claims()));
      expect(answer.status).toBe(200);
      expect(answer.text).toContain('Wat kan Voordeur voor je doen?');
    });
  });
});
