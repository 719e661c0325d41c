import type { Request, Server } from 'restify';
import { z, ZodError, type AnyZodObject, type ZodTypeAny } from 'zod';
import type { RouteContract } from '../../contracts';
import type { Logger } from '../../logging';
import type { Principal, TokenValidator } from '../auth/token-validator';
import { apiRoute } from './api-route';
import { readUpload } from './upload-body';

/**
 * A request's parts, each validated against the route's contract when read (a failure answers 400).
 * @remarks Reading is left to the handler so it keeps its order of checks: a caller without the role gets
 * 403 before their body is looked at.
 */
export interface RouteInput<P extends AnyZodObject, Q extends AnyZodObject, B extends ZodTypeAny> {
  params(): z.output<P>;
  query(): z.output<Q>;
  body(): z.output<B>;
  /** The file of a route with an `upload` in its contract (400 for another media type, 413 when too large). */
  upload(): Promise<Buffer>;
  /**
   * The body as sent, unchecked (`{}` when an optional body is absent): for a capability that validates it itself
   * and reports every field problem at once. The contract's schema still describes it in the OpenAPI document.
   */
  raw(): unknown;
}

const noFields = z.object({});

/**
 * A route's path parameters and body, read together: a refusal lists the problems of both at once (a form that
 * names a new course's id and its fields hears about all of them), not only the first part's.
 */
export function paramsAndBody<P extends AnyZodObject, Q extends AnyZodObject, B extends ZodTypeAny>(
  input: RouteInput<P, Q, B>,
): { params: z.output<P>; body: z.output<B> } {
  const issues: z.ZodIssue[] = [];
  const read = <T>(part: () => T): T | undefined => {
    try {
      return part();
    } catch (error) {
      if (!(error instanceof ZodError)) throw error;
      issues.push(...error.issues);
      return undefined;
    }
  };
  const params = read(input.params);
  const body = read(input.body);
  if (issues.length > 0) throw new ZodError(issues);
  return { params: params!, body: body! };
}

/** The query string as fields; the first of repeated names wins (restify leaves it unparsed here). */
function queryFields(req: Request): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [key, value] of new URLSearchParams(req.getQuery())) {
    if (!(key in fields)) fields[key] = value;
  }
  return fields;
}

/** `/teams/{teamId}` (OpenAPI) to `/teams/:teamId` (restify). */
export const restifyPath = (path: string) => path.replace(/\{(\w+)\}/g, ':$1');

/**
 * Registers one route from its contract: its method and path, its access, its schemas; the handler returns
 * the contract's response type. Authentication, refusals and JSON go through {@link apiRoute}.
 */
export function serveRoute<
  P extends AnyZodObject,
  Q extends AnyZodObject,
  B extends ZodTypeAny,
  R extends ZodTypeAny,
>(
  server: Server,
  deps: { validator: TokenValidator; logger: Logger },
  contract: RouteContract<P, Q, B, R>,
  handler: (input: RouteInput<P, Q, B>, principal: Principal) => Promise<z.output<R>>,
): void {
  const { body } = contract;
  const wrapped = apiRoute(deps, contract.name, contract.access, async (req, principal) => {
    const input: RouteInput<P, Q, B> = {
      params: () => (contract.params ?? noFields).parse(req.params ?? {}),
      query: () => (contract.query ?? noFields).parse(queryFields(req)),
      body: () => {
        if (!body) throw new Error(`route ${contract.name} has no body in its contract`);
        return body.schema.parse(req.body ?? (body.required ? undefined : {}));
      },
      upload: () => {
        if (!contract.upload) throw new Error(`route ${contract.name} takes no file in its contract`);
        return readUpload(req, contract.upload);
      },
      raw: () => req.body ?? (body?.required ? undefined : {}),
    };
    const answer = await handler(input, principal);
    if (!contract.download) return { status: contract.status, body: answer };
    const { mediaType, filename } = contract.download;
    return {
      status: contract.status,
      body: answer,
      contentType: `${mediaType}; charset=utf-8`,
      headers: { 'content-disposition': `attachment; filename="${filename}"` },
    };
  });
  const path = restifyPath(contract.path);
  switch (contract.method) {
    case 'get':
      server.get(path, wrapped);
      break;
    case 'post':
      server.post(path, wrapped);
      break;
    case 'put':
      server.put(path, wrapped);
      break;
    case 'patch':
      server.patch(path, wrapped);
      break;
    case 'delete':
      server.del(path, wrapped);
      break;
  }
}
