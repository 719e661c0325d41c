import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ProofService } from '../proof/support/proof-service';
import { EntraStandIn, USERS } from '../support/teams-host/entra-stand-in';

const BOUNDARY = 'voordeur-boundary';
const MULTIPART = [
  `--${BOUNDARY}`,
  'Content-Disposition: form-data; name="file"; filename="notitie.txt"',
  'Content-Type: text/plain',
  '',
  'x'.repeat(10_000),
  `--${BOUNDARY}--`,
  '',
].join('\r\n');

/** Bodies of every media type restify's body parser knows besides JSON, each one it would parse. */
const BODIES: [string, string][] = [
  ['text/csv', '"a,b'],
  ['text/tab-separated-values', '"a\tb'],
  ['text/tsv', '"a\tb'],
  ['application/x-www-form-urlencoded', 'type=message&text=hulp'],
  [`multipart/form-data; boundary=${BOUNDARY}`, MULTIPART],
];

/**
 * Found by test/proof/fuzz-api: restify's body parser, before any route or token check, answered a CSV or TSV body
 * it could not parse with 500 (on every route, /api/messages too), and wrote the files of a multipart form to the
 * temporary folder, where they stayed. Every route takes JSON only; the service runs as a process here, with a
 * temporary folder of its own to look into.
 */
describe('request bodies that are not JSON', () => {
  let entra: EntraStandIn;
  let service: ProofService;
  let temp: string;

  beforeAll(async () => {
    entra = await new EntraStandIn().start();
    temp = mkdtempSync(path.join(tmpdir(), 'voordeur-tmp-'));
    service = await ProofService.start('body-types', { ...entra.serviceEnv(), TMPDIR: temp });
  });
  afterAll(async () => {
    await service?.stop();
    await entra?.stop();
    rmSync(temp, { recursive: true, force: true });
  });

  it('are refused with 400 or 401, never 500, and leave no file behind', async () => {
    const admin = `Bearer ${entra.token(USERS.admin)}`;
    const answers: string[] = [];
    for (const [type, body] of BODIES) {
      const requests: { method: string; path: string; headers: Record<string, string> }[] = [
        { method: 'POST', path: '/api/messages', headers: { 'content-type': type } },
        {
          method: 'PUT',
          path: '/api/admin/settings/aandachtsfunctionaris',
          headers: { 'content-type': type },
        },
        {
          method: 'PUT',
          path: '/api/admin/settings/aandachtsfunctionaris',
          headers: { 'content-type': type, authorization: admin },
        },
      ];
      for (const request of requests) {
        const answer = await service.request({ ...request, body });
        answers.push(`${request.method} ${request.path} ${type.split(';')[0]}: ${answer.status}`);
      }
    }
    expect(answers).toEqual(
      BODIES.flatMap(([type]) => [
        `POST /api/messages ${type.split(';')[0]}: 400`,
        `PUT /api/admin/settings/aandachtsfunctionaris ${type.split(';')[0]}: 401`,
        `PUT /api/admin/settings/aandachtsfunctionaris ${type.split(';')[0]}: 400`,
      ]),
    );
    expect(readdirSync(temp)).toEqual([]);
    expect(service.log().errorLines).toEqual([]);
  });
});
