// HTTP helpers of the connector simulator.
import type { IncomingMessage, ServerResponse } from 'node:http';

/** A 429 with Retry-After in whole seconds, as Teams sends it. */
export function tooMany(res: ServerResponse, waitMs: number): void {
  res.setHeader('retry-after', String(Math.max(1, Math.ceil(waitMs / 1000))));
  answer(res, 429, { error: { code: 'TooManyRequests' } });
}

/** Answers with JSON, unless the client has gone. */
export function answer(res: ServerResponse, status: number, body: unknown): void {
  // The client may have given up (a hang) and closed the connection.
  if (res.destroyed || !res.socket || res.socket.destroyed) return;
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

/** A timer that does not keep the process alive. */
export const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

/** The request body as a JSON object; `{}` when it is missing or not JSON. */
export async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  try {
    const parsed: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
