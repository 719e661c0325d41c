import { AuthenticationError } from 'botframework-connector';
import { BotRequestRefused, classifyAuthFailure, KeySourceUnavailable } from './bot-auth-errors';
import { TokenWithoutExpiryError } from './bot-token-rules';

const named = (name: string, props: Record<string, unknown> = {}) =>
  Object.assign(new Error('x'), { name, ...props });

describe('classifyAuthFailure', () => {
  it.each([
    ['an unreachable issuer', named('FetchError', { code: 'ECONNREFUSED' })],
    ['a refused socket', named('Error', { code: 'ECONNREFUSED' })],
    ['an issuer that answers 5xx', new AuthenticationError('Failed to load openID config: 503', 500)],
  ])('calls %s "keys unavailable"', (_, error) => {
    expect(classifyAuthFailure(error, 'Bearer x')).toBeInstanceOf(KeySourceUnavailable);
  });

  it.each([
    ['no-token', new AuthenticationError('Unauthorized Access. Request is not authorized', 401), ''],
    ['expired', new AuthenticationError('The token has expired', 401), 'Bearer x'],
    ['not-yet-valid', named('NotBeforeError'), 'Bearer x'],
    ['no-expiry', new TokenWithoutExpiryError(), 'Bearer x'],
    ['invalid', named('JsonWebTokenError'), 'Bearer x'],
    ['invalid', new TypeError('anything else fails closed'), 'Bearer x'],
    ['invalid', 'not even an error', 'Bearer x'],
  ])('refuses with reason %s', (reason, error, header) => {
    const result = classifyAuthFailure(error, header);
    expect(result).toBeInstanceOf(BotRequestRefused);
    expect((result as BotRequestRefused).reason).toBe(reason);
  });
});
