import {
  AuthenticationConfiguration,
  AuthenticationError,
  SkillValidation,
  type Claim,
} from 'botframework-connector';

/** The HTTP status botbuilder's AuthenticationError carries for a refused token. */
const UNAUTHORIZED = 401;

/** A validated Bot Framework token that names no expiry (`exp`): it would be valid forever. */
export class TokenWithoutExpiryError extends AuthenticationError {
  constructor() {
    super('the token has no expiry (exp)', UNAUTHORIZED);
    this.name = 'TokenWithoutExpiryError';
  }
}

/**
 * What Voordeur requires of a Bot Framework token beyond botbuilder's own checks, run on the claims of every
 * token whose signature, issuer and audience botbuilder has accepted.
 * @remarks botbuilder's JWT library checks `exp` only when a token has one, so a token without it would never
 * expire. Giving botbuilder this hook replaces its own refusal of skill tokens (another bot calling this one),
 * so that refusal is repeated here: Voordeur is no skill.
 */
export async function checkBotClaims(claims: Claim[]): Promise<void> {
  if (SkillValidation.isSkillClaim(claims)) {
    throw new AuthenticationError('skill tokens are not accepted', UNAUTHORIZED);
  }
  const expiry = claims.find((claim) => claim.type === 'exp')?.value as unknown;
  if (typeof expiry !== 'number' || !Number.isFinite(expiry)) throw new TokenWithoutExpiryError();
}

/** botbuilder's authentication settings with {@link checkBotClaims}. */
export function botAuthConfiguration(): AuthenticationConfiguration {
  return new AuthenticationConfiguration([], checkBotClaims);
}
