import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import type { Config } from '../../config';
import { unauthenticated, unavailable } from './app-error';

/** Who called the API, from a validated Entra ID token. */
export interface Principal {
  /** Entra object id (`oid`). */
  id: string;
  tenantId: string;
  name?: string;
  userPrincipalName?: string;
  isAdmin: boolean;
}

export interface TokenValidator {
  /** Validates an `Authorization` header value; throws a 401 AppError for anything but a valid token. */
  authenticate(authorization: string | undefined): Promise<Principal>;
  /** False when AAD_APP_CLIENT_ID or AAD_APP_TENANT_ID is missing: then every request is refused. */
  readonly configured: boolean;
}

const ENTRA = 'https://login.microsoftonline.com';

/**
 * The app role (in `aad.manifest.json`) that makes someone an admin, next to ADMIN_IDS. Assigned to people or
 * groups in Entra ID (Enterprise applications → Voordeur → Users and groups), it takes effect with the next
 * token, without a restart.
 */
export const ADMIN_APP_ROLE = 'Voordeur.Admin';

/**
 * Validates tab and admin API tokens against the JWKS of the configured Entra ID tenant: signature (RS256),
 * issuer (the tenant's v2 or v1 issuer, or AUTH_ISSUER), expiry, audience and tenant.
 * @remarks Teams SSO tokens carry the client id or `api://<domain>/<client id>` as audience. There is no
 * bypass: without client id and tenant id no token is accepted.
 */
export function createTokenValidator(auth: Config['auth']): TokenValidator {
  const { clientId, tenantId } = auth;
  if (!clientId || !tenantId) {
    return {
      configured: false,
      authenticate: () => Promise.reject(unauthenticated('auth-not-configured')),
    };
  }
  // Teams SSO tokens are v2 when the app registration asks for them (accessTokenAcceptedVersion: 2), else v1.
  const issuer = auth.issuer ?? [`${ENTRA}/${tenantId}/v2.0`, `https://sts.windows.net/${tenantId}/`];
  const jwks = keysOrUnavailable(
    createRemoteJWKSet(new URL(auth.jwksUri ?? `${ENTRA}/${tenantId}/discovery/v2.0/keys`), {
      timeoutDuration: 5000,
      cooldownDuration: 30_000,
    }),
  );
  const admins = new Set(auth.adminIds);
  const audienceOk = (aud: JWTPayload['aud']) =>
    (Array.isArray(aud) ? aud : [aud]).some(
      (a) =>
        a === clientId || (typeof a === 'string' && a.startsWith('api://') && a.endsWith(`/${clientId}`)),
    );

  return {
    configured: true,
    async authenticate(authorization) {
      const match = /^Bearer\s+([A-Za-z0-9._~+/-]+=*)$/i.exec(authorization?.trim() ?? '');
      if (!match) throw unauthenticated('no-bearer-token');
      let payload: JWTPayload;
      try {
        ({ payload } = await jwtVerify(match[1], jwks, {
          issuer,
          algorithms: ['RS256'],
          clockTolerance: 60,
          requiredClaims: ['exp', 'oid', 'tid'],
        }));
      } catch (error) {
        if (error instanceof KeysUnavailable) {
          throw unavailable('Sign-in cannot be checked right now. Try again shortly.', 'jwks-unavailable');
        }
        throw unauthenticated(error instanceof Error ? `${error.name}` : 'invalid-token');
      }
      if (!audienceOk(payload.aud)) throw unauthenticated('wrong-audience');
      if (payload.tid !== tenantId) throw unauthenticated('wrong-tenant');
      const id = String(payload.oid);
      return {
        id,
        tenantId: String(payload.tid),
        name: typeof payload.name === 'string' ? payload.name : undefined,
        userPrincipalName:
          typeof payload.preferred_username === 'string' ? payload.preferred_username : undefined,
        isAdmin: admins.has(id) || hasRole(payload, ADMIN_APP_ROLE),
      };
    },
  };
}

/** Whether the token's `roles` claim (the app roles assigned to the caller) holds `role`. */
function hasRole(payload: JWTPayload, role: string): boolean {
  return Array.isArray(payload.roles) && payload.roles.includes(role);
}

/** The key set could not be fetched or read: the token may be fine, it just cannot be judged now. */
class KeysUnavailable extends Error {
  constructor() {
    super('the signing keys could not be fetched');
    this.name = 'KeysUnavailable';
  }
}

/**
 * The key set, with a failure to fetch it told apart from a token it has no key for.
 * @remarks jose fails a fetch with JWKSTimeout, JWKSInvalid, a plain JOSEError (not 200, not JSON) or the socket's
 * own error; its other errors (no matching key, an unusable key for the token's algorithm) are about the token.
 */
function keysOrUnavailable(jwks: JWTVerifyGetKey): JWTVerifyGetKey {
  return async (header, token) => {
    try {
      return await jwks(header, token);
    } catch (error) {
      const aboutTheToken =
        error instanceof errors.JOSEError &&
        !(error instanceof errors.JWKSTimeout) &&
        !(error instanceof errors.JWKSInvalid) &&
        error.code !== errors.JOSEError.code;
      throw aboutTheToken ? error : new KeysUnavailable();
    }
  };
}
