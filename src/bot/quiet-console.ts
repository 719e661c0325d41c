/* eslint-disable no-console -- this module wraps the console that botbuilder writes to */
import { AsyncLocalStorage } from 'node:async_hooks';

const quiet = new AsyncLocalStorage<true>();
const METHODS = ['error', 'warn', 'log', 'info', 'debug', 'trace'] as const;
let installed = false;

/**
 * Runs `work` with whatever it writes to the console dropped.
 * @remarks botbuilder's JWT code (`JwtTokenExtractor.validateToken`) calls `console.error` for every bad token:
 * the whole error for an expired one, every public key for any other. That is multi-line text on stderr which
 * any caller without a token can produce at will. The console's methods are wrapped once, and drop output only
 * inside `work`'s asynchronous context: the rest of the process writes as before. What happened is not lost:
 * `work`'s error says it, and the request's one log line names the reason.
 */
export function withoutConsole<T>(work: () => Promise<T>): Promise<T> {
  installOnce();
  return quiet.run(true, work);
}

function installOnce(): void {
  if (installed) return;
  installed = true;
  for (const method of METHODS) {
    const original = console[method];
    console[method] = function (this: Console, ...args: unknown[]): void {
      if (quiet.getStore()) return;
      original.apply(this, args);
    };
  }
}
