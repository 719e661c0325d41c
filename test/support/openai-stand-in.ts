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
  /** A completion with this content, after `delayMs` or once `until` resolves (default: at once). */
  | { content: string; delayMs?: number; until?: Promise<void> }
  /**
   * An error with this status. Its body quotes the request's messages, as some OpenAI-compatible proxies
   * (LiteLLM) do in a 4xx, and so does a response header: whatever reaches a log from it would hold the question.
   */
  | { status: number }
  /** A success whose body is this text, JSON or not. */
  | { raw: string }
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
  /** The most requests that were open at once since {@link resetPeak}. */
  peakInFlight = 0;
  private inFlight = 0;
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
        this.peakInFlight = Math.max(this.peakInFlight, ++this.inFlight);
        res.on('close', () => void (this.inFlight -= 1));
        const reply = this.reply(request);
        if ('hang' in reply) return;
        if ('status' in reply) {
          const quoted = JSON.stringify(body.messages ?? raw);
          res.writeHead(reply.status, {
            'content-type': 'application/json',
            // Header values are printable Latin-1: the question as far as it is that.
            'x-litellm-question': String(body.messages?.at(-1)?.content ?? '')
              .replace(/[^\x20-\x7e]/g, '?')
              .slice(0, 2000),
          });
          res.end(
            JSON.stringify({
              error: {
                message: `litellm.BadRequestError: OpenAIException - invalid request. Received Model Group=${String(body.model)}\nmessages=${quoted}`,
                type: 'invalid_request_error',
                param: 'messages',
              },
            }),
          );
          return;
        }
        if ('raw' in reply) {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(reply.raw);
          return;
        }
        const send = () => {
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
        };
        if (reply.until) void reply.until.then(send);
        else if (reply.delayMs) setTimeout(send, reply.delayMs);
        else send();
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
    return this;
  }

  /** Starts counting {@link peakInFlight} anew. */
  resetPeak(): void {
    this.peakInFlight = this.inFlight;
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
