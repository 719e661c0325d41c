import type { CheckResult, CheckStatus, SelfCheck } from '../../contracts';

/** One check: what it looks at, and how it judges. Throwing counts as an error (the message is not shown). */
export interface Check {
  id: string;
  title: string;
  run(): Promise<Omit<CheckResult, 'id' | 'title'>>;
}

const RANK: Record<CheckStatus, number> = { ok: 0, warning: 1, error: 2 };
/** A check that has not answered by then counts as an error: a self-check must answer even when a part hangs. */
export const CHECK_TIMEOUT_MS = 5000;

/**
 * Runs every check at once, each within {@link CHECK_TIMEOUT_MS}, and reports them in their order with the
 * worst status on top.
 */
export async function runSelfCheck(
  checks: readonly Check[],
  now: () => Date,
  onError: (checkId: string, error: unknown) => void,
  timeoutMs = CHECK_TIMEOUT_MS,
): Promise<SelfCheck> {
  const results = await Promise.all(checks.map((check) => runOne(check, timeoutMs, onError)));
  const status = results.reduce<CheckStatus>(
    (worst, r) => (RANK[r.status] > RANK[worst] ? r.status : worst),
    'ok',
  );
  return { status, checkedAt: now().toISOString(), checks: results };
}

async function runOne(
  check: Check,
  timeoutMs: number,
  onError: (checkId: string, error: unknown) => void,
): Promise<CheckResult> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<Omit<CheckResult, 'id' | 'title'>>((resolve) => {
    timer = setTimeout(
      () =>
        resolve({
          status: 'error',
          detail: `Geen antwoord binnen ${Math.round(timeoutMs / 1000)} seconden.`,
          fix: 'Probeer het zo nog eens; blijft het zo, kijk dan of de database of het netwerk traag is.',
        }),
      timeoutMs,
    );
    timer.unref();
  });
  try {
    const result = await Promise.race([check.run(), timeout]);
    return { id: check.id, title: check.title, ...result };
  } catch (error) {
    onError(check.id, error);
    return {
      id: check.id,
      title: check.title,
      status: 'error',
      detail: 'De controle zelf mislukte.',
      fix: 'Zoek in het logboek naar "self-check-failed" met deze controle en probeer het zo nog eens.',
    };
  } finally {
    clearTimeout(timer);
  }
}
