/* eslint-disable no-console -- this module filters the console that botbuilder writes to */

const KEY_NOT_FOUND = 'Error finding key for token. Available keys: ';
let installed = false;

/**
 * Keeps botbuilder's token noise off the console, once for the process.
 * @remarks botbuilder's JWT code (`JwtTokenExtractor.validateToken`) calls `console.error` for every bad token:
 * the whole error for an expired one, every public key for any other. That is multi-line text on stderr which
 * any caller without a token can produce at will. Exactly those two calls are dropped, recognised by what they
 * write; everything else reaches the console as before. What happened is not lost: the refusal says it, and
 * the request's one log line names the reason.
 * @remarks Recognised by content rather than by the asynchronous context of the authentication: an
 * AsyncLocalStorage would turn on Node's promise hooks for every promise of the process (about 5 % of all
 * allocations under load). If botbuilder changes these lines, the tests that a refused token leaves stderr
 * empty fail.
 */
export function dropBotbuilderTokenNoise(): void {
  if (installed) return;
  installed = true;
  const original = console.error;
  console.error = function (this: Console, ...args: unknown[]): void {
    if (isTokenNoise(args)) return;
    original.apply(this, args);
  };
}

/** One of the two `console.error` calls of botbuilder's `JwtTokenExtractor` for a refused token. */
export function isTokenNoise(args: readonly unknown[]): boolean {
  if (args.length !== 1) return false;
  const [only] = args;
  if (typeof only === 'string') return only.startsWith(KEY_NOT_FOUND);
  // jsonwebtoken's TokenExpiredError, which botbuilder prints whole before it throws its own error.
  return (
    only instanceof Error &&
    only.name === 'TokenExpiredError' &&
    (only as { expiredAt?: unknown }).expiredAt instanceof Date
  );
}
