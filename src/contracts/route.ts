import type { AnyZodObject, ZodObject, ZodTypeAny } from 'zod';
import type { RouteErrorStatus } from './errors';

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** `user`: any valid Entra ID token of the tenant. `admin`: an object id listed in ADMIN_IDS. */
export type Access = 'user' | 'admin';

/** The statuses a route may answer success with. */
export type SuccessStatus = 200 | 201 | 202;

/** No parameters: what a route without `params` or `query` parses. */
export type NoFields = ZodObject<Record<string, never>>;

/**
 * One route of the API: everything the server validates, the client relies on and the OpenAPI document
 * says. The server registers the route from this, so the path cannot differ between them.
 */
export interface RouteContract<
  P extends AnyZodObject = NoFields,
  Q extends AnyZodObject = NoFields,
  B extends ZodTypeAny = ZodTypeAny,
  R extends ZodTypeAny = ZodTypeAny,
> {
  /** The route's name in logs (`route` field) and its OpenAPI operationId. */
  name: string;
  method: HttpMethod;
  /** The path, parameters in braces as OpenAPI writes them: `/api/tab/teams/{teamId}/checklist`. */
  path: string;
  access: Access;
  summary: string;
  /** Path parameters, one field per `{name}` in `path`. */
  params?: P;
  query?: Q;
  /** The JSON body; when not `required`, a missing body is read as `{}`. */
  body?: { schema: B; required: boolean };
  /**
   * A body that is not JSON (a file), which the route reads itself after the token is checked; the JSON body
   * parser leaves it alone. A route has `body` or `upload`, not both.
   */
  upload?: Upload;
  /** The success answer: JSON, or the text of a {@link RouteContract.download}. */
  response: R;
  /** The success status: 200 unless said otherwise (201 created, 202 accepted for work that follows). */
  status?: SuccessStatus;
  /** The answer is a file to save (such as a CSV report), not JSON. */
  download?: { mediaType: 'text/csv'; filename: string };
  /** What 404 and 409 mean on this route, when it gives them (400, 401 and 403 are common to all). */
  errors?: Partial<Record<RouteErrorStatus, string>>;
}

/** A file a route takes as its body: its media type and largest size (413 above it). */
export interface Upload {
  mediaType: 'text/csv';
  maxBytes: number;
  description: string;
}

/** Declares a route; only here so TypeScript keeps each route's own schema types. */
export function defineRoute<
  P extends AnyZodObject = NoFields,
  Q extends AnyZodObject = NoFields,
  B extends ZodTypeAny = ZodTypeAny,
  R extends ZodTypeAny = ZodTypeAny,
>(route: RouteContract<P, Q, B, R>): RouteContract<P, Q, B, R> {
  return route;
}
