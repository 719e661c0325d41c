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

/** The longest error message logged, and the most stack frames. */
const MAX_ERROR_MESSAGE = 300;
const MAX_STACK_FRAMES = 20;

/** What may be logged of an error: its kind and where it happened, not a message that may quote input. */
export function errorFields(error: unknown): { errorName: string; errorMessage?: string; stack?: string } {
  if (error instanceof Error) {
    return {
      errorName: error.name,
      errorMessage: error.message.slice(0, MAX_ERROR_MESSAGE),
      stack: framesOf(error),
    };
  }
  return { errorName: typeof error };
}

/**
 * Where an error happened: its stack's frames, each cut short, without the message the stack starts with.
 * @remarks A stack repeats the whole message, which can quote a request (botbuilder names a bad value in full):
 * as it was, one request could write megabytes into one line.
 */
function framesOf(error: Error): string | undefined {
  if (typeof error.stack !== 'string') return undefined;
  const frames = error.stack
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .slice(0, MAX_STACK_FRAMES)
    .map((line) => line.slice(0, MAX_ERROR_MESSAGE));
  return [`${error.name}: ${error.message.slice(0, MAX_ERROR_MESSAGE)}`.split('\n')[0], ...frames].join('\n');
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
