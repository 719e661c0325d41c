import {
  OpenAPIRegistry,
  OpenApiGeneratorV31,
  type ResponseConfig,
  type RouteConfig,
} from '@asteasolutions/zod-to-openapi';
import type { ZodTypeAny } from 'zod';
import {
  API_ROUTES,
  BODY_ERRORS,
  COMMON_ERRORS,
  errorBodySchema,
  UPLOAD_ERRORS,
  type AnyRouteContract,
  type SuccessStatus,
} from '../../contracts';

const json = (schema: ZodTypeAny) => ({ 'application/json': { schema } });

const SUCCESS: Record<SuccessStatus, string> = {
  200: 'OK',
  201: 'Created',
  202: 'Accepted: the work it starts goes on in the background',
};

/**
 * 400, 401, 403 for every route, 404 and 409 where the route says what they mean; all carry the error body.
 * Routes with a body also list the body parser's refusals (not JSON, too large); routes that take a file, what
 * they refuse of it.
 */
function errorResponses(route: AnyRouteContract): Record<string, ResponseConfig> {
  const refusal = (description: string, schema: ZodTypeAny = errorBodySchema): ResponseConfig => ({
    description,
    content: json(schema),
  });
  const unreadable = route.body ? BODY_ERRORS[400] : route.upload ? UPLOAD_ERRORS[400] : undefined;
  const responses: Record<string, ResponseConfig> = {
    '400': refusal(unreadable ? `${COMMON_ERRORS[400]}. ${unreadable}` : COMMON_ERRORS[400]),
    '401': {
      ...refusal(COMMON_ERRORS[401]),
      headers: { 'WWW-Authenticate': { description: 'Bearer', schema: { type: 'string' } } },
    },
    '403': refusal(COMMON_ERRORS[403]),
  };
  for (const [status, description] of Object.entries(route.errors ?? {})) {
    responses[status] = refusal(description);
  }
  // The body parser reads whatever is sent, on every route: a route that takes no body refuses a large one too.
  responses['413'] = refusal(route.body ? BODY_ERRORS[413] : `${BODY_ERRORS[413]} (this route takes none)`);
  if (route.upload) {
    responses['413'] = refusal(`${UPLOAD_ERRORS[413]} (${route.upload.maxBytes} bytes)`);
  }
  return responses;
}

function operation(route: AnyRouteContract): RouteConfig {
  return {
    method: route.method,
    path: route.path,
    operationId: route.name,
    summary: route.summary,
    tags: [route.access === 'admin' ? 'admin' : 'tab'],
    request: {
      params: route.params,
      query: route.query,
      body: route.upload
        ? {
            required: true,
            description: route.upload.description,
            content: { [route.upload.mediaType]: { schema: { type: 'string' } } },
          }
        : route.body && {
            required: route.body.required,
            content: json(route.body.schema),
          },
    },
    responses: {
      [String(route.status ?? 200)]: {
        description: SUCCESS[route.status ?? 200],
        content: route.download
          ? { [route.download.mediaType]: { schema: route.response } }
          : json(route.response),
      },
      ...errorResponses(route),
    },
  };
}

/** Builds the document from the contracts (src/contracts); nothing in it is written by hand but the prose. */
export function buildOpenApiDocument(): ReturnType<OpenApiGeneratorV31['generateDocument']> {
  const registry = new OpenAPIRegistry();
  registry.registerComponent('securitySchemes', 'entraId', {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'JWT',
  });
  for (const route of API_ROUTES) registry.registerPath(operation(route));
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: {
      title: 'Voordeur tab and admin API',
      version: '1',
      description:
        'Every route needs `Authorization: Bearer <Entra ID token>` for the app (audience: its client id or api://…/<client id>). Admin routes need an object id listed in ADMIN_IDS.',
    },
    security: [{ entraId: [] }],
    tags: [
      { name: 'tab', description: 'For everyone in the tenant; changes only for a team’s managers' },
      { name: 'admin', description: 'For the object ids listed in ADMIN_IDS' },
    ],
  });
}

/**
 * The OpenAPI 3.1 description of the tab and admin APIs, served at GET /api/openapi.json.
 * @remarks Generated once, at start, from the same contracts the routes register from.
 */
export const OPENAPI_DOCUMENT = buildOpenApiDocument();
