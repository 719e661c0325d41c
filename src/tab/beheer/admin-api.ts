// Type-only: the contracts' zod schemas stay out of the tab's bundle.
import type { ErrorBody, Me } from '../../contracts';

/** One field problem from a 400, by field path (`buttons.1.url`), in Dutch. */
export interface FieldProblem {
  field: string;
  message: string;
}

/** A refusal of /api/admin/*: the status, the API's message and, for forms, every field problem. */
export class AdminError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly problems: FieldProblem[] = [],
  ) {
    super(message);
  }
}

type Body = { json: unknown } | { text: string; contentType: string };

/**
 * The Beheer tab's client for /api/admin/* (and /api/tab/me), carrying the Teams SSO token.
 * @remarks Each section of the tab keeps its own typed calls next to it and goes through `request`.
 */
export class AdminApi {
  constructor(private readonly token: string) {}

  /** Sends one request; answers the parsed JSON (or the text for non-JSON answers), throws AdminError. */
  async request<T>(method: string, path: string, body?: Body): Promise<T> {
    const headers: Record<string, string> = { authorization: `Bearer ${this.token}` };
    let payload: string | undefined;
    if (body && 'json' in body) {
      headers['content-type'] = 'application/json';
      payload = JSON.stringify(body.json);
    } else if (body) {
      headers['content-type'] = body.contentType;
      payload = body.text;
    }
    const res = await fetch(path, { method, headers, body: payload });
    if (!res.ok) {
      const err = (await res.json().catch(() => ({}))) as Partial<ErrorBody>;
      throw new AdminError(res.status, err.error?.message ?? res.statusText, err.error?.problems ?? []);
    }
    if (res.status === 204) return undefined as T;
    const type = res.headers.get('content-type') ?? '';
    return (type.includes('json') ? await res.json() : await res.text()) as T;
  }

  get<T>(path: string): Promise<T> {
    return this.request('GET', path);
  }
  post<T>(path: string, json: unknown = {}): Promise<T> {
    return this.request('POST', path, { json });
  }
  put<T>(path: string, json: unknown = {}): Promise<T> {
    return this.request('PUT', path, { json });
  }
  patch<T>(path: string, json: unknown): Promise<T> {
    return this.request('PATCH', path, { json });
  }
  delete<T>(path: string): Promise<T> {
    return this.request('DELETE', path);
  }

  me(): Promise<Me> {
    return this.get('/api/tab/me');
  }
}

/** Field problems by field path, for showing each one beside its field. */
export function problemsByField(problems: FieldProblem[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of problems) out[p.field] ??= p.message;
  return out;
}
