/* eslint-disable no-console -- the console is what is under test */
import { dropBotbuilderTokenNoise, isTokenNoise } from './quiet-console';

describe('dropBotbuilderTokenNoise', () => {
  const written: unknown[][] = [];
  const original = console.error;
  beforeAll(() => {
    // What reaches the console underneath the filter, which is installed once.
    console.error = (...args: unknown[]) => void written.push(args);
    dropBotbuilderTokenNoise();
    dropBotbuilderTokenNoise();
  });
  afterAll(() => {
    console.error = original;
  });

  it("drops botbuilder's two lines for a refused token, and nothing else", () => {
    // The shape of jsonwebtoken's TokenExpiredError, which botbuilder prints whole.
    const expired = Object.assign(new Error('jwt expired'), {
      name: 'TokenExpiredError',
      expiredAt: new Date('2026-12-03T08:00:00Z'),
    });
    console.error(expired);
    console.error('Error finding key for token. Available keys: -----BEGIN PUBLIC KEY-----\nMIIB…');
    const other = new Error('something else');
    console.error(other);
    console.error('a line of our own');
    console.error('Error finding key for token. Available keys: ', 'and a second argument');
    console.error(Object.assign(new Error('jwt expired'), { name: 'TokenExpiredError' }));
    expect(written).toEqual([
      [other],
      ['a line of our own'],
      ['Error finding key for token. Available keys: ', 'and a second argument'],
      [expect.objectContaining({ name: 'TokenExpiredError' })],
    ]);
  });

  it('recognises the lines by their exact shape', () => {
    expect(isTokenNoise(['Error finding key for token. Available keys: x'])).toBe(true);
    expect(isTokenNoise(['Error finding key'])).toBe(false);
    expect(isTokenNoise([{ name: 'TokenExpiredError', expiredAt: new Date() }])).toBe(false);
  });
});
