import { OidcIssuer } from '../oidc-issuer';

/** A test person as Entra ID would describe them in a token. */
export interface TestUser {
  oid: string;
  name: string;
  upn: string;
}

export const TENANT_ID = '8d3f1c2e-0000-4000-8000-00000000beef';
export const CLIENT_ID = 'b1c2d3e4-0000-4000-8000-0000000000aa';

export const USERS = {
  employee: { oid: 'e0000000-0000-4000-8000-000000000001', name: 'Eva Vakman', upn: 'eva@lente.example' },
  manager: { oid: 'e0000000-0000-4000-8000-000000000002', name: 'Mila Manager', upn: 'mila@lente.example' },
  admin: { oid: 'e0000000-0000-4000-8000-000000000003', name: 'Ali Admin', upn: 'ali@lente.example' },
} satisfies Record<string, TestUser>;

/**
 * Plays Entra ID for the tab and admin APIs: a local issuer with the Entra v2 issuer name, whose tokens carry
 * `oid`, `tid`, `name` and `preferred_username` like Teams SSO tokens.
 */
export class EntraStandIn {
  readonly issuer = new OidcIssuer(`https://login.microsoftonline.com/${TENANT_ID}/v2.0`);

  async start(): Promise<this> {
    await this.issuer.start();
    return this;
  }

  /** Settings for startTestService: the service validates against this issuer's keys. */
  serviceEnv(admins: TestUser[] = [USERS.admin]): Record<string, string> {
    return {
      AAD_APP_CLIENT_ID: CLIENT_ID,
      AAD_APP_TENANT_ID: TENANT_ID,
      AUTH_JWKS_URI: `${this.issuer.url}/keys`,
      ADMIN_IDS: admins.map((a) => a.oid).join(','),
    };
  }

  /** A valid SSO token for the user; `overrides` replaces claims (for wrong audience, tenant, expiry…). */
  token(user: TestUser, overrides: Record<string, unknown> = {}, lifetimeSeconds = 600): string {
    return this.issuer.sign(
      {
        aud: `api://127.0.0.1/${CLIENT_ID}`,
        tid: TENANT_ID,
        oid: user.oid,
        name: user.name,
        preferred_username: user.upn,
        ver: '2.0',
        ...overrides,
      },
      lifetimeSeconds,
    );
  }

  forged(user: TestUser): string {
    return this.issuer.forge({ aud: CLIENT_ID, tid: TENANT_ID, oid: user.oid, name: user.name });
  }

  stop(): Promise<void> {
    return this.issuer.stop();
  }
}
