import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A gate between Voordeur and the connector simulator: requests pass while it has passes, and wait at the gate
 * otherwise. A test holds an announcement halfway this way, to look at its progress, without timing anything.
 * @remarks A request whose sender gave up (a timeout) while it waited is dropped, never forwarded late: the
 * sender's retry is the one that counts, so nothing arrives twice.
 */
export class DeliveryGate {
  private server?: Server;
  private passes = Infinity;
  private readonly waiting: (() => void)[] = [];
  url = '';

  private readonly target: string;

  /** @param target the simulator's URL */
  constructor(target: string) {
    this.target = target.replace(/\/+$/, '');
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    // With a trailing slash, as Teams writes a serviceUrl.
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
    return this;
  }

  /** From now on, `count` more requests pass (Infinity: all); the rest wait. */
  allow(count: number): void {
    this.passes = count;
    while (this.passes > 0 && this.waiting.length) {
      this.passes--;
      this.waiting.shift()!();
    }
  }

  async stop(): Promise<void> {
    this.allow(Infinity);
    this.server?.closeAllConnections();
    await new Promise((resolve) => this.server?.close(resolve));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    if (this.passes > 0) this.passes--;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    if (req.socket.destroyed || res.writableEnded) return;
    const headers: Record<string, string> = {};
    for (const name of ['content-type', 'authorization']) {
      const value = req.headers[name];
      if (typeof value === 'string') headers[name] = value;
    }
    const answer = await fetch(`${this.target}${req.url ?? '/'}`, {
      method: req.method,
      headers,
      body: chunks.length ? Buffer.concat(chunks) : undefined,
    });
    const body = Buffer.from(await answer.arrayBuffer());
    res.writeHead(answer.status, {
      'content-type': answer.headers.get('content-type') ?? 'application/json',
      ...(answer.headers.get('retry-after') ? { 'retry-after': answer.headers.get('retry-after')! } : {}),
    });
    res.end(body);
  }
}
