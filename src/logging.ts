import pino, { type DestinationStream, type Logger } from 'pino';

export type { Logger } from 'pino';

/**
 * Paths that could carry what a person typed. Voordeur never logs them on purpose; the redaction is a second
 * line of defence for an object logged by mistake.
 */
const REDACT = [
  'text',
  'value',
  'body',
  'attachments',
  'activity.text',
  'activity.value',
  'activity.attachments',
  '*.text',
  '*.value',
  '*.body',
  'req.body',
  'headers.authorization',
  '*.headers.authorization',
];

/**
 * The process logger: JSON lines with ids and event names, never content.
 * @param destination where lines go (standard output by default; tests pass a capture stream)
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'voordeur' },
      redact: { paths: REDACT, censor: '[redacted]' },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    destination,
  );
}

/** What may be logged of an error: its kind and where it happened, not a message that may quote input. */
export function errorFields(error: unknown): { errorName: string; errorMessage?: string; stack?: string } {
  if (error instanceof Error) {
    return { errorName: error.name, errorMessage: error.message.slice(0, 300), stack: error.stack };
  }
  return { errorName: typeof error };
}

/** The longest string taken from a request into a log line. */
export const MAX_LOGGED_LENGTH = 256;

/**
 * A string from a request, cut to {@link MAX_LOGGED_LENGTH} for a log line (ids are bounded by the activity
 * schema too; this keeps any line bounded whatever reaches it).
 */
export function clip(value: string | undefined, max = MAX_LOGGED_LENGTH): string | undefined {
  if (typeof value !== 'string') return undefined;
  return value.length <= max ? value : `${value.slice(0, max)}…`;
}
