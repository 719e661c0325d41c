import { writeFileSync } from 'node:fs';
import fc from 'fast-check';

/**
 * The seed of this run: `FUZZ_SEED` when set (to replay a failure), else a new one. Printed, and named in every
 * failure, so that any run can be repeated exactly: `FUZZ_SEED=<seed> npx jest test/proof`.
 */
export function fuzzSeed(suite: string): number {
  const given = process.env.FUZZ_SEED;
  const seed = given ? Number(given) : Math.floor(Math.random() * 2 ** 31);
  if (!Number.isInteger(seed)) throw new Error(`FUZZ_SEED must be an integer, not ${JSON.stringify(given)}`);
  process.stdout.write(
    `${suite}: fuzz seed ${seed} (replay: FUZZ_SEED=${seed} npx jest test/proof/${suite})\n`,
  );
  return seed;
}

/**
 * How many cases a suite runs: its share of the 10,000 a CI run needs, times `FUZZ_SCALE` (default 1) for a
 * longer hunt on a quiet machine.
 */
export function fuzzCases(share: number): number {
  const scale = Number(process.env.FUZZ_SCALE ?? '1');
  return Math.max(1, Math.round(share * (Number.isFinite(scale) && scale > 0 ? scale : 1)));
}

/**
 * Checks `check` on `cases` cases of `arbitrary`, sent in batches of `batch` at once (the batch's checks run
 * together, so a small pool of connections stays busy). A failing batch is shrunk by fast-check; the error
 * names the seed and path to replay it.
 */
export async function fuzzInBatches<T>(
  arbitrary: fc.Arbitrary<T>,
  options: { seed: number; cases: number; batch: number },
  check: (item: T) => Promise<void>,
): Promise<void> {
  const { seed, cases, batch } = options;
  // A case may hold a megabyte of text: the report shows each cut short.
  const printable = arbitrary.map((value) => ({ value, [fc.toStringMethod]: () => short(value) }));
  await fc.assert(
    fc.asyncProperty(fc.array(printable, { minLength: batch, maxLength: batch }), async (items) => {
      const outcomes = await Promise.allSettled(items.map((item) => check(item.value)));
      const failed = outcomes.findIndex((o) => o.status === 'rejected');
      if (failed < 0) return;
      // FUZZ_DUMP=<file> keeps the whole failing case, which the report shows cut short.
      if (process.env.FUZZ_DUMP) writeFileSync(process.env.FUZZ_DUMP, JSON.stringify(items[failed].value));
      throw (outcomes[failed] as PromiseRejectedResult).reason;
    }),
    // Shrinking sends every smaller batch to the service again; FUZZ_SHRINK=1 asks for it when replaying.
    { seed, numRuns: Math.ceil(cases / batch), endOnFailure: process.env.FUZZ_SHRINK !== '1' },
  );
}

/** A value as text of at most `max` characters, long strings inside it cut with their length named. */
export function short(value: unknown, max = 600): string {
  let text: string;
  try {
    text =
      JSON.stringify(value, (_key, v: unknown) =>
        typeof v === 'string' && v.length > 80 ? `${v.slice(0, 40)}…(${v.length} chars)` : v,
      ) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
