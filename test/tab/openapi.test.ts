import restify from 'restify';
import { API_ROUTES } from '../../src/contracts';
import { openApiProblems } from '../support/openapi-check';
import { startTestService, type TestService } from '../support/service';

// The document is generated from src/contracts; these tests hold it against what the running server
// registered, so a route added beside the contracts (or a contract never served) fails here.

describe('/api/openapi.json', () => {
  let service: TestService;
  let server: restify.Server;
  let document: {
    openapi: string;
    paths: Record<string, Record<string, { security?: unknown; operationId?: string }>>;
    components: { schemas: Record<string, unknown> };
    security: unknown;
  };

  beforeAll(async () => {
    // Watch (not replace) restify.createServer to read the running service's own router.
    const created = jest.spyOn(restify, 'createServer');
    try {
      service = await startTestService();
      expect(created).toHaveBeenCalledTimes(1);
      server = created.mock.results[0].value as restify.Server;
    } finally {
      created.mockRestore();
    }
    const res = await fetch(`${service.url}/api/openapi.json`);
    expect(res.status).toBe(200);
    document = (await res.json()) as typeof document;
  });
  afterAll(async () => {
    await service?.stop();
  });

  /** `GET /api/tab/teams/{teamId}/checklist`, from restify's `/api/tab/teams/:teamId/checklist`. */
  const registered = () =>
    Object.values(server.router.getRoutes())
      .map((r) => `${r.method.toUpperCase()} ${String(r.path).replace(/:(\w+)/g, '{$1}')}`)
      .filter((r) => / \/api\/(tab|admin)\//.test(r));
  const documented = () =>
    Object.entries(document.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`),
    );

  it('lists exactly the /api/tab and /api/admin routes the running server registered', () => {
    const routes = registered();
    // The server registers at least the checklist and admin routes; an empty router would prove nothing.
    expect(routes).toEqual(
      expect.arrayContaining(['GET /api/tab/me', 'DELETE /api/admin/teams/{teamId}/managers/{aadObjectId}']),
    );
    expect(documented().sort()).toEqual(routes.sort());
  });

  it('is a structurally valid OpenAPI 3.x document', () => {
    expect(document.openapi).toMatch(/^3\.1\./);
    expect(openApiProblems(document)).toEqual([]);
  });

  it('finds a broken document broken', () => {
    const broken = structuredClone(document);
    const team = broken.paths['/api/tab/teams/{teamId}/checklist'];
    broken.paths['/api/tab/teams/{id}/checklist'] = team;
    delete broken.paths['/api/tab/teams/{teamId}/checklist'];
    broken.components.schemas.Checklist = { type: 'objekt' };
    delete broken.components.schemas.Contact;
    broken.security = [{ apiKey: [] }];
    const problems = openApiProblems(broken).join('\n');
    expect(problems).toMatch(/GET \/api\/tab\/teams\/\{id\}\/checklist: path parameters teamId do not match/);
    expect(problems).toMatch(/components\.schemas\.Checklist: /);
    expect(problems).toMatch(/\$ref #\/components\/schemas\/Contact does not resolve/);
    expect(problems).toMatch(/unknown security apiKey/);
  });

  it('keeps the Entra ID bearer scheme and the refusals of every route', () => {
    expect(document.security).toEqual([{ entraId: [] }]);
    expect(document).toMatchObject({
      components: { securitySchemes: { entraId: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } } },
    });
    for (const route of API_ROUTES) {
      const op = document.paths[route.path][route.method] as {
        responses: Record<string, { description: string }>;
      };
      expect([route.name, Object.keys(op.responses).sort()]).toEqual([
        route.name,
        [
          String(route.status ?? 200),
          '400',
          '401',
          '403',
          ...Object.keys(route.errors ?? {}),
          // Every route: a body over 1 MB is refused before any route runs (found by test/proof/fuzz-api).
          '413',
        ].sort(),
      ]);
    }
    const rollback = document.paths['/api/tab/teams/{teamId}/checklist/rollback'].post as {
      responses: Record<string, { description: string }>;
    };
    expect(rollback.responses['409'].description).toBe('Stale version');
  });

  it('describes the training import as a CSV upload with its own size limit', () => {
    const post = document.paths['/api/admin/training/import'].post as {
      requestBody: { required: boolean; content: Record<string, unknown> };
      responses: Record<string, { description: string }>;
    };
    expect(post.requestBody.required).toBe(true);
    expect(Object.keys(post.requestBody.content)).toEqual(['text/csv']);
    expect(post.responses['413'].description).toMatch(/10485760 bytes/);
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/api/admin/training/courses',
        '/api/admin/training/courses/{courseId}',
        '/api/admin/reminders/run',
        '/api/admin/training/claims',
        '/api/admin/training/claims/{aadObjectId}/{courseId}',
      ]),
    );
  });
});
