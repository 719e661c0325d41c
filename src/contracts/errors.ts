import { z } from './zod';

/** The stable codes of an API refusal; a client branches on these, never on the message. */
export const API_ERROR_CODES = [
  'unauthenticated',
  'forbidden',
  'bad-request',
  'not-found',
  'conflict',
  'too-large',
  'unavailable',
  'internal',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

/** Every refusal of `/api/tab/*` and `/api/admin/*`: `{ error: { code, message } }`. */
export const errorBodySchema = z
  .object({
    error: z.object({
      code: z.enum(API_ERROR_CODES),
      message: z.string().openapi({ description: 'Safe to show to the user; says what to fix' }),
      problems: z
        .array(z.object({ field: z.string(), message: z.string() }))
        .optional()
        .openapi({
          description:
            'With `bad-request`: every field problem at once, by field path (`buttons.1.url`). Routes that check a form themselves (announcements) word them in Dutch; elsewhere the message is the schema rule, and a client words the field itself',
        }),
    }),
  })
  .openapi('Error');
export type ErrorBody = z.infer<typeof errorBodySchema>;

/** The refusals every route can give, and what they mean. */
export const COMMON_ERRORS = {
  400: 'Malformed body or parameter; `error.message` says why',
  401: 'No valid Entra ID token',
  403: 'The caller lacks the role',
} as const;

/**
 * What a body that cannot be read means (refused before the token is checked): 400 for routes that take one, 413
 * for every route, since the body parser reads whatever is sent.
 */
export const BODY_ERRORS = {
  400: 'A body that is not JSON is refused before the route runs',
  413: 'The body is larger than 1 MB',
} as const;

/** What a file that cannot be read means, for routes that take one (refused after the token is checked). */
export const UPLOAD_ERRORS = {
  400: 'Not the media type asked for, or a file that cannot be read (not UTF-8 text, no header with the needed columns); nothing was written',
  413: 'The file is larger than the route takes; nothing was written',
} as const;

/** Refusals only some routes give; each route says what they mean there. */
export type RouteErrorStatus = 404 | 409 | 503;
