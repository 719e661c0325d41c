import fc from 'fast-check';
import { API_ROUTES } from '../../src/contracts';
import { answerChecker } from '../support/openapi-check';
import { ApiWorld, USERS, type Operation } from './support/api-world';
import { fuzzCases, fuzzInBatches, fuzzSeed, short } from './support/fuzz-run';
import { applyMutations, hugeString, junk, mutations, rawJunkBodies } from './support/junk';
import { expectQuietLog, logBefore } from './support/log-bounds';
import type { ProofAnswer } from './support/proof-service';
import { schemaArbitrary } from './support/schema-arbitrary';

/** Requests over every operation of the document; with the activity fuzzer's 5,200, over 10,000 a run. */
const CASES = fuzzCases(5600);
const BATCH = 16;
const BACKSTOP_MS = 10 * 60_000;
const seed = fuzzSeed('fuzz-api');

type Token = 'none' | 'garbage' | 'expired' | 'employee' | 'manager' | 'admin';

interface ApiCase {
  operationId: string;
  method: string;
  path: string;
  token: Token;
  contentType?: string;
  body?: string;
}

/** URI-encoded; a lone surrogate (which no URL can hold) becomes U+FFFD first. */
const encode = (value: string) => encodeURIComponent(value.replace(/\p{Surrogate}/gu, '\ufffd'));

/** A string to put where a parameter goes: junk of any type, as text. */
const junkText = fc.oneof(
  junk.map((v) => (typeof v === 'string' ? v : (JSON.stringify(v) ?? 'null'))),
  fc.constantFrom('', '.', '..', '%', '%zz', '%C0%AF', '%2F', '%00', '+', '/'),
);

/** A parameter's value: one the service knows, one the document allows, or junk. */
function parameterValue(world: ApiWorld, name: string, schema: Record<string, unknown>) {
  const known = world.known.get(name) ?? [];
  const valid = schemaArbitrary(schema, world.components).map(String);
  return fc.oneof(
    ...(known.length ? [{ weight: 3, arbitrary: fc.constantFrom(...known) }] : []),
    { weight: 3, arbitrary: valid },
    { weight: 2, arbitrary: junkText },
  );
}

/** Raw path and query pieces sent as they are, without encoding: what a hand-made request may hold. */
const rawPiece = fc.constantFrom('%', '%zz', '%E0%A4%A', '..', '%2e%2e', '%00', ';', '?', '#', '&&&', '=');

function caseFor(world: ApiWorld, op: Operation): fc.Arbitrary<ApiCase> {
  const pathParams = op.parameters.filter((p) => p.in === 'path');
  const queryParams = op.parameters.filter((p) => p.in === 'query');
  const path = fc
    .tuple(
      fc.tuple(
        ...pathParams.map((p) =>
          fc.oneof(
            { weight: 12, arbitrary: parameterValue(world, p.name, p.schema).map(encode) },
            { weight: 1, arbitrary: rawPiece },
          ),
        ),
      ),
      fc.array(
        fc.oneof(
          ...queryParams.map((p) =>
            fc
              .tuple(fc.constant(p.name), parameterValue(world, p.name, p.schema))
              .map(([k, v]) => `${k}=${encode(v)}`),
          ),
          fc.tuple(fc.string({ maxLength: 8 }), junkText).map(([k, v]) => `${encode(k)}=${encode(v)}`),
          rawPiece,
        ),
        { maxLength: 3 },
      ),
    )
    .map(([values, query]) => {
      let filled = op.path;
      pathParams.forEach((p, i) => (filled = filled.replace(`{${p.name}}`, values[i])));
      return query.length ? `${filled}?${query.join('&')}` : filled;
    });
  const token = fc.constantFrom<Token>(
    'admin',
    'admin',
    'admin',
    'admin',
    'manager',
    'manager',
    'employee',
    'employee',
    'none',
    'garbage',
    'expired',
  );
  return fc.tuple(fc.record({ path, token }), bodyFor(world, op)).map(([request, body]) => ({
    operationId: op.operationId,
    method: op.method.toUpperCase(),
    ...request,
    ...body,
  }));
}

/** The body and its media type: valid, valid with junk in it, junk, not JSON, too large, or none. */
function bodyFor(
  world: ApiWorld,
  op: Operation,
): fc.Arbitrary<{ contentType: string | undefined; body: string | undefined }> {
  const json = 'application/json';
  const none = fc.record({ contentType: fc.constant(undefined), body: fc.constant(undefined) });
  const junkJson = fc.record({
    contentType: fc.constantFrom(json, 'text/plain', 'text/csv', undefined),
    body: fc.oneof(
      junk.map((v) => JSON.stringify(v) ?? 'null'),
      rawJunkBodies,
    ),
  });
  if (!op.body) {
    return fc.oneof({ weight: 6, arbitrary: none }, { weight: 1, arbitrary: junkJson });
  }
  if (op.body.mediaType === 'text/csv') {
    const line = fc.array(
      fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('"', '""', '\r', ';', ',')),
      {
        maxLength: 6,
      },
    );
    const csv = fc.oneof(
      fc.array(line, { maxLength: 8 }).map((rows) => rows.map((r) => r.join(',')).join('\n')),
      fc.constantFrom(
        'aadObjectId,courseId,completedOn\ne0000000-0000-4000-8000-000000000001,veilig-achter-de-voordeur,2026-01-02',
        'e-mail;cursus;datum\n;;\n',
        '\ufeffNaam,Cursus\n"onafgesloten,x',
      ),
      hugeString,
    );
    return fc.oneof(
      {
        weight: 5,
        arbitrary: fc.record({
          contentType: fc.constantFrom('text/csv', 'text/csv; charset=utf-8'),
          body: csv,
        }),
      },
      { weight: 1, arbitrary: junkJson },
      { weight: 1, arbitrary: none },
    );
  }
  const valid = schemaArbitrary(op.body.schema, world.components);
  const mutated = valid.chain((v) => mutations(v).map((list) => applyMutations(v, list)));
  return fc.oneof(
    {
      weight: 3,
      arbitrary: fc.record({ contentType: fc.constant(json), body: valid.map((v) => JSON.stringify(v)) }),
    },
    {
      weight: 5,
      arbitrary: fc.record({
        contentType: fc.constant(json),
        body: mutated.map((v) => JSON.stringify(v) ?? 'null'),
      }),
    },
    { weight: 2, arbitrary: junkJson },
    { weight: 1, arbitrary: none },
  );
}

describe(`fuzzing the tab and admin APIs from their OpenAPI document (seed ${seed})`, () => {
  let world: ApiWorld;
  let checkAnswer: ReturnType<typeof answerChecker>;

  beforeAll(async () => {
    world = await ApiWorld.start('fuzz-api');
    checkAnswer = answerChecker(world.document);
  }, BACKSTOP_MS);
  afterAll(async () => {
    if (world) {
      const { service } = world;
      process.stdout.write(`${service.name}: ${service.requests} requests, ${service.statusSummary()}\n`);
      await world.stop();
    }
  });

  it('covers every route of the contracts', () => {
    const documented = world.operations().map((o) => `${o.method} ${o.path}`);
    expect(documented.sort()).toEqual(API_ROUTES.map((r) => `${r.method} ${r.path}`).sort());
    expect(world.known.get('id')?.length).toBeGreaterThan(0);
    expect(world.known.get('courseId')?.length).toBeGreaterThan(0);
  });

  it(
    `${CASES} requests with junk in their bodies, paths, queries and tokens get documented answers, no 5xx, and the service stays up and quiet`,
    async () => {
      const operations = world.operations();
      const byId = new Map(operations.map((o) => [o.operationId, o]));
      const tokens: Record<Token, string | undefined> = {
        none: undefined,
        garbage: 'not.a.token',
        expired: world.entra.token(USERS.admin, {}, -3600),
        employee: world.token(USERS.employee),
        manager: world.token(USERS.manager),
        admin: world.token(USERS.admin),
      };
      const arbitrary = fc.oneof(...operations.map((op) => caseFor(world, op)));
      const mark = logBefore(world.service);
      await fuzzInBatches(arbitrary, { seed, cases: CASES, batch: BATCH }, async (c) => {
        const token = tokens[c.token];
        let answer: ProofAnswer;
        try {
          answer = await world.service.request({
            method: c.method,
            path: c.path,
            headers: {
              ...(c.contentType ? { 'content-type': c.contentType } : {}),
              ...(token ? { authorization: `Bearer ${token}` } : {}),
            },
            body: c.body,
          });
        } catch (error) {
          // Node's HTTP server closes the connection on a request line over its 16 KB header limit.
          if (c.path.length > 16 * 1024) return;
          throw new Error(`no answer (${(error as Error).message}) to ${caseText(c)}`, { cause: error });
        }
        const problems = answerProblems(byId.get(c.operationId)!, c, answer);
        if (problems.length)
          throw new Error(`${problems.join('; ')}\n  for ${caseText(c)}\n  → ${answer.text.slice(0, 300)}`);
      });
      expectQuietLog(world.service, mark);
      expect(world.service.exited()).toBeUndefined();
      expect((await world.service.request({ method: 'GET', path: '/readyz' })).status).toBe(200);
      const me = await world.call('GET', '/api/tab/me', USERS.employee);
      expect([me.status, JSON.parse(me.text)]).toEqual([
        200,
        expect.objectContaining({ id: USERS.employee.oid }),
      ]);
    },
    BACKSTOP_MS,
  );

  /** What is wrong with an answer: a 5xx (but a documented 503), or a status or body the document does not list. */
  function answerProblems(op: Operation, c: ApiCase, answer: ProofAnswer): string[] {
    if (answer.status >= 500) {
      const documented = answer.status === 503 && op.statuses.has(503) && answer.headers['retry-after'];
      if (!documented) return [`${answer.status}`];
    }
    // The router's own answers to a path that matches no route, or a header it cannot take.
    // (A raw `#`, `?` or `..` can make the path another route's, or none.)
    if (/^\{"code":"(ResourceNotFound|MethodNotAllowed)"/.test(answer.text)) return [];
    if (answer.status === 431 || answer.status === 414) return [];
    const json = /application\/json/.test(String(answer.headers['content-type']));
    const body = json && answer.text ? (JSON.parse(answer.text) as unknown) : undefined;
    // Checked against the operation the request was made for, whatever its parameters hold (an empty one too).
    return checkAnswer(c.method, op.path.replace(/\{[^}]+\}/g, 'p'), answer.status, body);
  }
});

/** A case in a line, long strings cut. */
function caseText(c: ApiCase): string {
  const body = c.body === undefined ? 'no body' : short(c.body, 400);
  return `${c.method} ${short(c.path, 300)} as ${c.token}${c.contentType ? ` (${c.contentType})` : ''}: ${body}`;
}
