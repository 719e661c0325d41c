import { AuthenticationError } from 'botframework-connector';
import { TokenWithoutExpiryError } from './bot-token-rules';
import { NETWORK_CODES } from '../database-outage';

/** Why a request's Bot Framework token was refused: a short code for the log, never the library's text. */
export type RefusalReason = 'no-token' | 'expired' | 'not-yet-valid' | 'no-expiry' | 'invalid';

/** The request's token was missing or not good enough: answer 401. */
export class BotRequestRefused extends Error {
  constructor(readonly reason: RefusalReason) {
    super(`Bot Framework token refused: ${reason}`);
    this.name = 'BotRequestRefused';
  }
}

/** The issuer's sign-in metadata or signing keys could not be fetched: the token cannot be judged, answer 503. */
export class KeySourceUnavailable extends Error {
  constructor() {
    super('the signing keys of the token issuer could not be fetched');
    this.name = 'KeySourceUnavailable';
  }
}

/** How long a caller should wait before trying again when the keys could not be fetched. */
export const KEY_SOURCE_RETRY_AFTER_SECONDS = 10;

/**
 * What an error thrown by botbuilder's authentication means for the request.
 * @remarks botbuilder's key fetch (OpenIdMetadata, over node-fetch) fails with a FetchError when the issuer
 * cannot be reached and with an AuthenticationError carrying status 500 when it answers badly; everything else
 * is about the token. Anything not recognised is a refusal: authentication fails closed.
 */
export function classifyAuthFailure(
  error: unknown,
  authHeader: string,
): BotRequestRefused | KeySourceUnavailable {
  if (keySourceDown(error)) return new KeySourceUnavailable();
  return new BotRequestRefused(reasonOf(error, authHeader));
}

function keySourceDown(error: unknown): boolean {
  if (error instanceof AuthenticationError) return error.statusCode >= 500;
  // Not `instanceof Error`: a socket's error is made by Node itself and may come from another realm.
  if (typeof error !== 'object' || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return name === 'FetchError' || (typeof code === 'string' && NETWORK_CODES.has(code));
}

function reasonOf(error: unknown, authHeader: string): RefusalReason {
  if (!authHeader.trim()) return 'no-token';
  if (error instanceof TokenWithoutExpiryError) return 'no-expiry';
  if (!(error instanceof Error)) return 'invalid';
  // botbuilder turns jsonwebtoken's TokenExpiredError into an AuthenticationError with this fixed text.
  if (error.name === 'TokenExpiredError' || error.message === 'The token has expired') return 'expired';
  if (error.name === 'NotBeforeError') return 'not-yet-valid';
  return 'invalid';
}
