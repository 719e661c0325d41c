/* eslint-disable no-console -- the console is what is under test */
import { withoutConsole } from './quiet-console';

describe('withoutConsole', () => {
  const written: string[] = [];
  const original = console.error;
  beforeAll(() => {
    // What reaches the console underneath the wrapper, which is installed on first use.
    console.error = (...args: unknown[]) => void written.push(args.map(String).join(' '));
  });
  afterAll(() => {
    console.error = original;
  });

  it('drops what its work writes, also after an await, and nothing written elsewhere meanwhile', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const work = withoutConsole(async () => {
      console.error('inside, before');
      await gate;
      console.error('inside, after an await');
      throw new Error('the work fails');
    });
    console.error('outside, meanwhile');
    release();
    await expect(work).rejects.toThrow('the work fails');
    console.error('outside, after');
    expect(written).toEqual(['outside, meanwhile', 'outside, after']);
  });
});
