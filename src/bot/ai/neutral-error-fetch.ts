/** The web `fetch`, as Node has it. */
export type WebFetch = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

/** Headers a replaced response keeps: how long to wait before trying again says nothing about the question. */
const KEPT_HEADERS = ['retry-after'] as const;

function neutral(status: number, from: Response, note = ''): Response {
  const headers = new Headers({ 'content-type': 'application/json' });
  for (const name of KEPT_HEADERS) {
    const value = from.headers.get(name);
    if (value !== null) headers.set(name, value);
  }
  const message = `upstream ${from.status}${note}`;
  return new Response(JSON.stringify({ error: { message } }), { status, headers });
}

/**
 * Wraps the model API's `fetch` so that a failed call can never print what the person typed.
 * @remarks teams-ai's `OpenAIModel` prints every failed call's error with `console.log`, and the OpenAI client
 * puts the provider's error body and response headers in that error. Some OpenAI-compatible proxies (LiteLLM)
 * quote the request's messages in a 4xx body. So the body of every non-2xx response becomes
 * `{"error":{"message":"upstream <status>"}}` (same status, only `retry-after` kept), and a 2xx body that is not
 * JSON becomes a 502 of the same kind: the client's JSON parse error would quote it. Buffers successful bodies;
 * Voordeur does not stream.
 */
export function neutralErrorFetch(inner: WebFetch): WebFetch {
  return async (input, init) => {
    const response = await inner(input, init);
    if (!response.ok) {
      // Not read: the connection is freed without the body ever reaching this process's memory as text.
      await response.body?.cancel().catch(() => undefined);
      return neutral(response.status, response);
    }
    const body = await response.text();
    try {
      JSON.parse(body);
    } catch {
      return neutral(502, response, ' not json');
    }
    return new Response(body, { status: response.status, headers: response.headers });
  };
}
