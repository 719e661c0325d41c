import fc from 'fast-check';
import { EntraStandIn, USERS, type TestUser } from '../../support/teams-host/entra-stand-in';
import { addToRoster } from '../../tab/roster-fixture';
import { ProofService, type ProofAnswer } from './proof-service';
import { schemaArbitrary } from './schema-arbitrary';

export const TEAM_A = '19:team-a@thread.tacv2';
export const TEAM_B = '19:team-b@thread.tacv2';

type Json = Record<string, unknown>;

/** One operation of the OpenAPI document. */
export interface Operation {
  method: string;
  /** As the document writes it: `/api/tab/teams/{teamId}/checklist`. */
  path: string;
  operationId: string;
  parameters: { name: string; in: 'path' | 'query'; required?: boolean; schema: Json }[];
  /** The media type and schema of the body, when the operation takes one. */
  body?: { mediaType: string; schema: Json };
  /** The statuses the document lists. */
  statuses: Set<number>;
}

/**
 * The tab and admin APIs as a real process, with an Entra ID stand-in whose tokens it trusts, its own OpenAPI
 * document, and a little state to find: a manager of team A, an announcement, the course catalogue.
 */
export class ApiWorld {
  private constructor(
    readonly entra: EntraStandIn,
    readonly service: ProofService,
    readonly document: Json,
  ) {}
  /** Ids the routes know, by parameter name, so that some requests find what they name. */
  readonly known = new Map<string, string[]>();

  static async start(name: string, env: Record<string, string> = {}): Promise<ApiWorld> {
    const entra = await new EntraStandIn().start();
    const service = await ProofService.start(name, { ...entra.serviceEnv(), ...env });
    const document = JSON.parse(
      (await service.request({ method: 'GET', path: '/api/openapi.json' })).text,
    ) as Json;
    const world = new ApiWorld(entra, service, document);
    await world.furnish();
    return world;
  }

  get components(): Record<string, Json> {
    return ((this.document.components as Json | undefined)?.schemas ?? {}) as Record<string, Json>;
  }

  /** Every operation of the document. */
  operations(): Operation[] {
    const paths = this.document.paths as Record<string, Record<string, Json>>;
    return Object.entries(paths).flatMap(([path, item]) =>
      Object.entries(item).map(([method, op]) => {
        const content = (op.requestBody as Json | undefined)?.content as Record<string, Json> | undefined;
        const [mediaType, media] = Object.entries(content ?? {})[0] ?? [];
        return {
          method,
          path,
          operationId: String(op.operationId),
          parameters: (op.parameters ?? []) as Operation['parameters'],
          body: mediaType ? { mediaType, schema: media.schema as Json } : undefined,
          statuses: new Set(Object.keys(op.responses as Json).map(Number)),
        };
      }),
    );
  }

  token(user: TestUser, overrides: Record<string, unknown> = {}): string {
    return this.entra.token(user, overrides, 3600);
  }

  call(method: string, path: string, user: TestUser | undefined, body?: unknown): Promise<ProofAnswer> {
    return this.service.request({
      method: method.toUpperCase(),
      path,
      headers: {
        ...(user ? { authorization: `Bearer ${this.token(user)}` } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  }

  /**
   * Puts the employee in team A's roster (as the bot does when Teams names the members), makes the manager a
   * manager of team A, creates an announcement, and notes the ids the routes know.
   */
  private async furnish(): Promise<void> {
    await addToRoster(this.service.dataDir, TEAM_A, [USERS.employee.oid]);
    const manager = await this.call(
      'PUT',
      `/api/admin/teams/${encodeURIComponent(TEAM_A)}/managers/${USERS.manager.oid}`,
      USERS.admin,
      { displayName: USERS.manager.name },
    );
    if (manager.status !== 200)
      throw new Error(`could not make a manager: ${manager.status} ${manager.text}`);
    const draft = this.operations().find((o) => o.operationId === 'announcements-create');
    const announcementIds: string[] = [];
    if (draft?.body) {
      const drafts = fc.sample(schemaArbitrary(draft.body.schema, this.components), { numRuns: 40, seed: 1 });
      for (const body of drafts) {
        const created = await this.call('POST', draft.path, USERS.admin, body);
        if (created.status === 201) announcementIds.push((JSON.parse(created.text) as { id: string }).id);
        if (announcementIds.length >= 2) break;
      }
    }
    const courses = await this.call('GET', '/api/admin/training/courses', USERS.admin);
    const courseIds = (JSON.parse(courses.text) as { courses: { id: string }[] }).courses.map((c) => c.id);
    this.known.set('teamId', [TEAM_A, TEAM_B]);
    this.known.set('aadObjectId', [USERS.employee.oid, USERS.manager.oid, USERS.admin.oid]);
    this.known.set('courseId', courseIds.slice(0, 3));
    this.known.set('id', announcementIds);
  }

  async stop(): Promise<void> {
    await this.service.stop();
    await this.entra.stop();
  }
}

export { USERS };
