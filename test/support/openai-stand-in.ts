import { randomUUID } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A chat message as the OpenAI chat completions API takes it. */
export interface ChatMessage {
  role: string;
  content: string;
}

/** One chat completion request the stand-in received. */
export interface CompletionRequest {
  /** The path with its query, such as `/v1/chat/completions` or `/openai/deployments/d/chat/completions?…`. */
  path: string;
  /** Azure's deployment name from the path, when the Azure path was used. */
  deployment?: string;
  headers: IncomingHttpHeaders;
  /** The parsed JSON body: `model`, `messages`, `temperature` and so on. */
  body: { model?: string; messages?: ChatMessage[]; [key: string]: unknown };
  /** The raw body, for "does this text appear anywhere" checks. */
  raw: string;
}

/** What the stand-in does with a request. */
export type StandInReply =
  | { content: string }
  | { status: number; error?: string }
  /** Never answers (until the stand-in stops): a model that hangs. */
  | { hang: true };

const COMPLETIONS = /^(?:\/openai\/deployments\/([^/]+))?(?:\/v1)?\/chat\/completions$/;

/**
 * A local stand-in for the OpenAI and Azure OpenAI chat completions API: records each request and answers with
 * whatever {@link reply} scripts, in the API's own response shape.
 * @remarks Serves `POST …/chat/completions` (OpenAI, with any base path such as `/v1`) and
 * `POST /openai/deployments/<deployment>/chat/completions?api-version=…` (Azure); anything else is 404.
 */
export class OpenAIStandIn {
  readonly requests: CompletionRequest[] = [];
  /** The reply to the next requests; change it per test. */
  reply: (request: CompletionRequest) => StandInReply = () => ({ content: '{"outOfScope": true}' });
  private server?: Server;

  /** The base URL, without a trailing slash (add `/v1` for an OpenAI-style base URL). */
  url = '';

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const url = new URL(req.url ?? '/', 'http://x');
        const match = COMPLETIONS.exec(url.pathname);
        if (req.method !== 'POST' || !match) {
          res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":{"message":"not found"}}');
          return;
        }
        const raw = Buffer.concat(chunks).toString('utf8');
        let body: CompletionRequest['body'] = {};
        try {
          body = JSON.parse(raw) as CompletionRequest['body'];
        } catch {
          // Recorded as it came; the reply decides what happens.
        }
        const request: CompletionRequest = {
          path: `${url.pathname}${url.search}`,
          deployment: match[1] ? decodeURIComponent(match[1]) : undefined,
          headers: req.headers,
          body,
          raw,
        };
        this.requests.push(request);
        const reply = this.reply(request);
        if ('hang' in reply) return;
        if ('status' in reply) {
          res.writeHead(reply.status, { 'content-type': 'application/json' });
          res.end(
            JSON.stringify({ error: { message: reply.error ?? 'scripted failure', type: 'server_error' } }),
          );
          return;
        }
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({
            id: `chatcmpl-${randomUUID()}`,
            object: 'chat.completion',
            created: Math.floor(Date.now() / 1000),
            model: body.model ?? request.deployment ?? 'stand-in',
            choices: [
              { index: 0, message: { role: 'assistant', content: reply.content }, finish_reason: 'stop' },
            ],
            usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
          }),
        );
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
    return this;
  }

  /** Stops listening and cuts the connections of requests left hanging. */
  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeAllConnections();
    await closed;
  }
}
