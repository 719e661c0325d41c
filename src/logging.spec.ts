import { errorFields } from './logging';

describe('errorFields', () => {
  it('keeps an error within a few kilobytes whatever its message quotes', () => {
    // Found by test/proof/fuzz-activities: botbuilder's error for a replyToId of 50,000 numbers quoted it whole,
    // and the stack (which repeats the message) went into the log line uncut.
    const error = new Error(
      `activityId with value "${Array.from({ length: 50_000 }, (_, i) => i).join(',')}"`,
    );
    const fields = errorFields(error);
    expect(JSON.stringify(fields).length).toBeLessThan(8192);
    expect(fields.errorMessage).toHaveLength(300);
    expect(fields.stack?.split('\n')[0]).toBe(`Error: ${error.message.slice(0, 300)}`);
    expect(fields.stack?.split('\n')[1]).toMatch(/^\s+at .*logging\.spec\.ts/);
  });

  it('keeps the frames of a multi-line message, not its other lines', () => {
    const error = new TypeError('first line\nsecond line with what someone typed');
    const fields = errorFields(error);
    expect(fields.stack).not.toContain('what someone typed');
    expect(fields.stack).toMatch(/^TypeError: first line\n\s+at /);
  });

  it('names what was thrown when it is no Error', () => {
    expect(errorFields('a string')).toEqual({ errorName: 'string' });
  });
});
