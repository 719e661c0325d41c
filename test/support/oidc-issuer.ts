import { createSign, generateKeyPairSync, randomUUID, type KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local OpenID Connect issuer: publishes a discovery document and a JWKS, and signs RS256 tokens.
 * @remarks Plays the Bot Framework token service (and, later, Entra ID) in tests. `endorsements` on the key is
 * what Bot Framework publishes to say which channels may use it.
 */
export class OidcIssuer {
  private readonly kid = randomUUID();
  private readonly keys = generateKeyPairSync('rsa', { modulusLength: 2048 });
  private server?: Server;
  /** The base URL; the discovery document is at `${url}/.well-known/openid-configuration`. */
  url = '';
  /** While true, every request gets 503: the key source is down. */
  failing = false;

  constructor(
    readonly issuer: string,
    private readonly endorsements: string[] = ['msteams'],
  ) {}

  get metadataUrl(): string {
    return `${this.url}/.well-known/openid-configuration`;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      if (this.failing) {
        res.statusCode = 503;
        return void res.end();
      }
      const send = (body: unknown) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      if (req.url === '/.well-known/openid-configuration') {
        return send({
          issuer: this.issuer,
          jwks_uri: `${this.url}/keys`,
          id_token_signing_alg_values_supported: ['RS256'],
        });
      }
      if (req.url === '/keys') {
        const jwk = this.keys.publicKey.export({ format: 'jwk' });
        return send({
          keys: [{ ...jwk, kid: this.kid, use: 'sig', alg: 'RS256', endorsements: this.endorsements }],
        });
      }
      res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
    return this;
  }

  /** A token signed with this issuer's published key. */
  sign(claims: Record<string, unknown>, lifetimeSeconds = 600): string {
    return signJwt(this.keys.privateKey, this.kid, { iss: this.issuer, ...claims }, lifetimeSeconds);
  }

  /** A token that claims this issuer and key id but is signed with another key: a forgery. */
  forge(claims: Record<string, unknown>): string {
    const other = generateKeyPairSync('rsa', { modulusLength: 2048 });
    return signJwt(other.privateKey, this.kid, { iss: this.issuer, ...claims }, 600);
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

function signJwt(
  key: KeyObject,
  kid: string,
  claims: Record<string, unknown>,
  lifetimeSeconds: number,
): string {
  const now = Math.floor(Date.now() / 1000);
  const encode = (part: object) => Buffer.from(JSON.stringify(part)).toString('base64url');
  const head = encode({ alg: 'RS256', typ: 'JWT', kid });
  const body = encode({ iat: now, nbf: now - 5, exp: now + lifetimeSeconds, ...claims });
  const signature = createSign('RSA-SHA256').update(`${head}.${body}`).sign(key).toString('base64url');
  return `${head}.${body}.${signature}`;
}
