import { Writable } from 'node:stream';
import { BurstLog } from './burst-log';
import { createLogger } from './logging';

describe('BurstLog', () => {
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger(
    'info',
    new Writable({
      write(chunk: Buffer, _encoding, callback) {
        lines.push(
          ...chunk
            .toString('utf8')
            .split('\n')
            .filter(Boolean)
            .map((l) => JSON.parse(l)),
        );
        callback();
      },
    }),
  );
  beforeEach(() => {
    jest.useFakeTimers();
    lines.length = 0;
  });
  afterEach(() => jest.useRealTimers());

  it('logs the first failure of a window, counts the rest, and logs the count when the window ends', () => {
    const log = new BurstLog(logger, { event: 'outage', message: 'more failed' }, 60_000);
    const ids = Array.from({ length: 5 }, () => log.report({ event: 'failed', route: 'r' }, 'failed'));
    expect(new Set(ids).size).toBe(1);
    expect(lines).toEqual([expect.objectContaining({ level: 'error', event: 'failed', errorId: ids[0] })]);

    jest.advanceTimersByTime(60_000);
    expect(lines[1]).toMatchObject({ level: 'warn', event: 'outage', errorId: ids[0], suppressed: 4 });

    const next = log.report({ event: 'failed' }, 'failed');
    expect(next).not.toBe(ids[0]);
    expect(lines).toHaveLength(3);
    jest.advanceTimersByTime(60_000);
    // A window with a single failure needs no count.
    expect(lines).toHaveLength(3);
  });
});
