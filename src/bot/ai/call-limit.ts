/** Gives a call its turn. */
export type Release = () => void;

/** At most a few calls at once; the others wait their turn, each for a limited time. */
export interface CallLimit {
  /**
   * Waits for a free place, at most `waitMs`.
   * @returns the function that gives the place back (call it once the call has really ended), or `undefined`
   * when no place came free in time; the caller then does without
   */
  acquire(waitMs: number): Promise<Release | undefined>;
  /** Calls running now, and calls waiting: for tests and metrics. */
  readonly running: number;
  readonly waiting: number;
}

/**
 * A {@link CallLimit} of `max` places, handed out first come, first served.
 * @remarks teams-ai adds listeners to the one shared model's event emitter for every call, and Node warns
 * (`MaxListenersExceededWarning`) past ten: the limit keeps the number of calls, and so of listeners, small.
 */
export function createCallLimit(max: number): CallLimit {
  if (!Number.isInteger(max) || max < 1) throw new Error(`a call limit needs at least one place, not ${max}`);
  let running = 0;
  const queue: (() => void)[] = [];

  const release = (): void => {
    const next = queue.shift();
    if (next) next();
    else running -= 1;
  };
  const once = (): Release => {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      release();
    };
  };

  return {
    get running() {
      return running;
    },
    get waiting() {
      return queue.length;
    },
    acquire(waitMs) {
      if (running < max) {
        running += 1;
        return Promise.resolve(once());
      }
      return new Promise((resolve) => {
        // A place handed over by `release` passes straight to this waiter: `running` stays as it is.
        const take = () => {
          clearTimeout(timer);
          resolve(once());
        };
        const timer = setTimeout(
          () => {
            queue.splice(queue.indexOf(take), 1);
            resolve(undefined);
          },
          Math.max(0, waitMs),
        );
        queue.push(take);
      });
    },
  };
}
