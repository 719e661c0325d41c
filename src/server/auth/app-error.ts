import type { Response } from 'restify';
import { ZodError } from 'zod';
import {
  AnnouncementConflictError,
  AnnouncementInvalidError,
  AnnouncementNotFoundError,
  AnnouncementStateError,
  AudienceUnavailableError,
  type FieldProblem,
} from '../../announcements';
import { ChecklistInvalidError } from '../../checklists/change-problems';
import { ChecklistRuleError } from '../../checklists/changes';
import { VersionConflictError } from '../../checklists/repositories';
import { UnknownVersionError } from '../../checklists/team-checklist';
import type { ApiErrorCode, ErrorBody } from '../../contracts';
import { QuestionChangeError } from '../../guidance';
import { ImportFormatError, ImportTooLargeError } from '../../training';
import type { Logger } from '../../logging';
import { errorFields } from '../../logging';
import { isDatabaseUnavailable, outageLogFor } from '../../database-outage';

/** The codes are part of the API contract (src/contracts/errors.ts). */
export type AppErrorCode = ApiErrorCode;

const STATUS: Record<AppErrorCode, number> = {
  unauthenticated: 401,
  forbidden: 403,
  'bad-request': 400,
  'not-found': 404,
  conflict: 409,
  'too-large': 413,
  unavailable: 503,
  internal: 500,
};

/** How long a caller should wait before trying again after a 503. */
export const RETRY_AFTER_SECONDS = 10;

/**
 * An error the API answers with: a stable code, an HTTP status and a message that is safe to show.
 * @remarks `detail` is for logs only (ids, reasons); it never goes to the client.
 */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly detail?: string,
    /** Every field problem of a form, sent to the client with the message. */
    readonly problems?: FieldProblem[],
  ) {
    super(message);
    this.name = 'AppError';
    this.status = STATUS[code];
  }
}

export const unauthenticated = (detail?: string) =>
  new AppError('unauthenticated', 'A valid Microsoft Entra ID token is required.', detail);
export const forbidden = (message = 'You do not have the role this needs.') =>
  new AppError('forbidden', message);
export const badRequest = (message: string) => new AppError('bad-request', message);
export const notFound = (message = 'Not found.') => new AppError('not-found', message);
/** Something Voordeur depends on is down; the request may succeed when tried again. */
export const unavailable = (message: string, detail?: string) => new AppError('unavailable', message, detail);

/** Turns any error into an {@link AppError}: the one place where domain errors get their HTTP meaning. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof ZodError) {
    const reason = error.issues
      .slice(0, 5)
      .map((i) => `${i.path.join('.') || 'body'}: ${i.message}`)
      .join('; ');
    // Every field problem by its path, so a form can show each beside its field (the message keeps the first five).
    const problems = error.issues.map((i) => ({ field: i.path.join('.') || 'body', message: i.message }));
    return new AppError('bad-request', reason, undefined, problems);
  }
  if (error instanceof ChecklistRuleError) return badRequest(error.message);
  if (error instanceof ChecklistInvalidError) {
    return new AppError('bad-request', error.message, undefined, error.problems);
  }
  if (error instanceof QuestionChangeError) return badRequest(error.message);
  if (error instanceof UnknownVersionError) return notFound(error.message);
  // The training import's messages are Dutch and name the problem, never the file's content.
  if (error instanceof ImportFormatError) return badRequest(error.message);
  if (error instanceof ImportTooLargeError) return new AppError('too-large', error.message);
  if (error instanceof AnnouncementInvalidError) {
    return new AppError('bad-request', error.message, undefined, error.problems);
  }
  if (error instanceof AnnouncementNotFoundError) return notFound(error.message);
  if (error instanceof AnnouncementStateError || error instanceof AnnouncementConflictError) {
    return new AppError('conflict', error.message, error.name);
  }
  if (error instanceof AudienceUnavailableError) return unavailable(error.message, 'team-roster');
  if (error instanceof VersionConflictError) {
    return new AppError('conflict', 'Someone else changed this checklist first. Reload and try again.');
  }
  if (isDatabaseUnavailable(error)) {
    return unavailable('Voordeur cannot reach its database right now. Try again shortly.', 'database');
  }
  return new AppError('internal', 'Something went wrong on our side.');
}

/**
 * Sends an error as `{ error: { code, message } }` and logs its kind (never request content).
 * @remarks A database that cannot be reached is one line per outage, not one per request (see OutageLog).
 */
export function sendError(res: Response, error: unknown, logger: Logger, route: string): void {
  const appError = toAppError(error);
  if (appError.code === 'unavailable' && appError.detail === 'database') {
    outageLogFor(logger).report(
      { event: 'api-error', route, database: 'unavailable', ...errorFields(error) },
      'API request failed',
    );
  } else if (appError.code === 'internal') {
    logger.error({ event: 'api-error', route, ...errorFields(error) }, 'API request failed');
  } else {
    logger.info(
      { event: 'api-refused', route, code: appError.code, detail: appError.detail },
      'API request refused',
    );
  }
  if (appError.status === 401) res.setHeader('www-authenticate', 'Bearer');
  if (appError.status === 503) res.setHeader('retry-after', String(RETRY_AFTER_SECONDS));
  const body: ErrorBody = { error: { code: appError.code, message: appError.message } };
  if (appError.problems) body.error.problems = appError.problems;
  res.send(appError.status, body);
}
