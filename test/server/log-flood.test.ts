import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { message } from '../support/activities';
import { OidcIssuer } from '../support/oidc-issuer';
import { spawnProcess, type SpawnedProcess } from '../support/processes';

const ROOT = path.resolve(__dirname, '../..');
const BOT_ID = '3b6a1f0e-5f1c-4c8e-9f7a-2d4b6c8e0a13';
/** What a refused request may add to the log, at most: one line of ids cut to a fixed length. */
const MAX_LOG_BYTES_PER_REQUEST = 2048;

/**
 * Requests without a valid token cost the service a bounded log line each, and botbuilder's console text
 * (public keys, stack traces) never reaches the process's stderr. Runs the built service as a real process so
 * that its real stdout and stderr are measured.
 */
describe('refused requests do not flood the log', () => {
  let issuer: OidcIssuer;
  let child: SpawnedProcess;
  let dataDir: string;
  let stdout = '';
  let stderr = '';

  beforeAll(async () => {
    issuer = await new OidcIssuer('https://api.botframework.com').start();
    dataDir = mkdtempSync(path.join(tmpdir(), 'voordeur-flood-'));
    child = spawnProcess(process.execPath, ['dist/index.js'], {
      cwd: ROOT,
      env: {
        ...process.env,
        PORT: '0',
        DATA_DIR: dataDir,
        LOG_LEVEL: 'info',
        BOT_ID,
        BOT_PASSWORD: 'not-used-in-this-test',
        BOT_OPENID_METADATA_URL: issuer.metadataUrl,
      },
      name: 'voordeur',
    });
    child.child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  });
  afterAll(async () => {
    await child?.stop({ signal: 'SIGKILL' });
    await issuer?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('writes at most a bounded line per refused request, and nothing to stderr', async () => {
    const [, port] = await child.waitForOutput(/"event":"listening","port":(\d+)/, 20_000);
    const logBefore = Buffer.byteLength(stdout);
    const claims = { aud: BOT_ID, serviceurl: 'https://smba.example/' };
    const tokens = [
      undefined,
      'not.a.token',
      issuer.forge(claims),
      issuer.sign(claims, -3600),
      issuer.sign({ ...claims, aud: 'another-bot' }),
    ];
    const idLengths = [20, 1000, 300_000];
    let requests = 0;
    for (const token of tokens) {
      for (const length of idLengths) {
        const long = 'x'.repeat(length);
        const activity = message('hulp', { serviceUrl: 'https://smba.example/', conversationId: long });
        const response = await fetch(`http://127.0.0.1:${port}/api/messages`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            ...(token ? { authorization: `Bearer ${token}` } : {}),
          },
          body: JSON.stringify({ ...activity, id: long, from: { ...activity.from, id: long } }),
        });
        expect([400, 401]).toContain(response.status);
        await response.body?.cancel();
        requests += 1;
      }
    }
    // Everything the process wrote has arrived once its pipes close.
    child.child.kill('SIGTERM');
    await new Promise<void>((resolve) => child.child.once('close', () => resolve()));
    const stopping = stdout.indexOf('"event":"stopping"');
    const logged = Buffer.byteLength(stdout.slice(0, stopping)) - logBefore;
    expect(logged / requests).toBeLessThanOrEqual(MAX_LOG_BYTES_PER_REQUEST);
    expect(stderr).toBe('');
  });
});
