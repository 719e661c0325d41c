import { openStorage, type Storage } from '../../src/storage/database';
import { createStores, type Stores } from '../../src/storage/stores';
import { answerChecker } from '../support/openapi-check';
import { startTestService, type TestService } from '../support/service';
import { EntraStandIn, USERS, type TestUser } from '../support/teams-host/entra-stand-in';

export { USERS };

/** A person in the directory, as Teams' member lookup describes them. */
export interface DirectoryPerson {
  aadObjectId: string;
  email: string;
  upn: string;
  displayName: string;
}

/**
 * The training admin API under test: a Voordeur service with Entra ID played locally, a second handle on its
 * database to seed the directory and read what the API wrote, and callers whose every answer must be one the
 * OpenAPI document describes.
 */
export class TrainingApiHarness {
  entra!: EntraStandIn;
  service!: TestService;
  storage!: Storage;
  stores!: Stores;
  private checkAnswer!: ReturnType<typeof answerChecker>;

  async start(env: Record<string, string> = {}): Promise<this> {
    this.entra = await new EntraStandIn().start();
    this.service = await startTestService({ ...this.entra.serviceEnv(), ...env });
    this.storage = await openStorage({ dataDir: this.service.dataDir });
    this.stores = createStores(this.storage, 'Europe/Amsterdam');
    const document: unknown = await (await fetch(`${this.service.url}/api/openapi.json`)).json();
    this.checkAnswer = answerChecker(document);
    return this;
  }

  async stop(): Promise<void> {
    await this.storage?.close();
    await this.service?.stop();
    await this.entra?.stop();
  }

  token(user: TestUser = USERS.admin): string {
    return this.entra.token(user);
  }

  async seedPeople(people: readonly DirectoryPerson[]): Promise<void> {
    for (const p of people) {
      await this.stores.people.upsert({
        aadObjectId: p.aadObjectId,
        email: p.email,
        userPrincipalName: p.upn,
        displayName: p.displayName,
        tenantId: 'tenant-1',
        at: new Date(),
      });
    }
  }

  /** Every stored record as `person course date`, sorted. */
  async records(): Promise<string[]> {
    return (await this.stores.training.allRecords())
      .map((r) => `${r.aadObjectId} ${r.courseId} ${r.completedOn}`)
      .sort();
  }

  /** Sends a file to the import; `token: null` sends none. */
  upload(
    body: string | Uint8Array,
    options: { token?: string | null; contentType?: string; dryRun?: boolean } = {},
  ): Promise<Answer> {
    const token = options.token === undefined ? this.token() : options.token;
    return this.send('POST', `/api/admin/training/import${options.dryRun ? '?dryRun=true' : ''}`, {
      headers: {
        'content-type': options.contentType ?? 'text/csv',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body,
    });
  }

  /** Calls a JSON route; `token: null` sends none. */
  call(
    method: string,
    path: string,
    options: { token?: string | null; body?: unknown } = {},
  ): Promise<Answer> {
    const token = options.token === undefined ? this.token() : options.token;
    return this.send(method, path, {
      headers: {
        ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
  }

  private async send(
    method: string,
    path: string,
    init: { headers: Record<string, string>; body?: string | Uint8Array },
  ): Promise<Answer> {
    // A copy on its own ArrayBuffer: what fetch's types take as a body.
    const body = typeof init.body === 'string' || !init.body ? init.body : new Uint8Array(init.body);
    const res = await fetch(`${this.service.url}${path}`, { method, headers: init.headers, body });
    const text = await res.text();
    const answer = text ? (JSON.parse(text) as Record<string, unknown>) : undefined;
    expect(this.checkAnswer(method, path, res.status, answer)).toEqual([]);
    return { status: res.status, body: answer ?? {} };
  }
}

export interface Answer {
  status: number;
  body: Record<string, unknown>;
}

/** A day `days` from today in Amsterdam, written dd-mm-jjjj as a Dutch spreadsheet does. */
export function dutchDateFromToday(days: number): string {
  const day = new Date(Date.now() + days * 86_400_000);
  const [y, m, d] = day.toLocaleDateString('en-CA', { timeZone: 'Europe/Amsterdam' }).split('-');
  return `${d}-${m}-${y}`;
}
