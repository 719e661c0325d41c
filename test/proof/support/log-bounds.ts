import type { ProofService } from './proof-service';

/** What a request may add to the log on average, at most: a turn's line and a refusal's, with room. */
export const MAX_LOG_BYTES_PER_REQUEST = 2048;
/** The longest log line allowed: every string in a line is cut (src/logging.ts `clip`), so none is near this. */
export const MAX_LOG_LINE_BYTES = 8192;

export interface LogMark {
  bytes: number;
  requests: number;
  errorLines: number;
}

export function logBefore(service: ProofService): LogMark {
  const log = service.log();
  return { bytes: log.bytes, requests: service.requests, errorLines: log.errorLines.length };
}

/**
 * The log since `mark`: within {@link MAX_LOG_BYTES_PER_REQUEST} per request on average, no line longer than
 * {@link MAX_LOG_LINE_BYTES}, nothing on stderr (botbuilder's console text, a stack trace) and no error line:
 * whatever was sent, a request is refused or served, never a failure to investigate.
 */
export function expectQuietLog(service: ProofService, mark: LogMark): void {
  const log = service.log();
  const requests = service.requests - mark.requests;
  expect((log.bytes - mark.bytes) / Math.max(1, requests)).toBeLessThanOrEqual(MAX_LOG_BYTES_PER_REQUEST);
  expect(log.longestLine.bytes <= MAX_LOG_LINE_BYTES ? '' : log.longestLine.start).toBe('');
  expect(log.stderr).toBe('');
  expect(log.errorLines.slice(mark.errorLines)).toEqual([]);
}
