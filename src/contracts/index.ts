/**
 * The contracts of `/api/tab/*` and `/api/admin/*`: every path and query parameter, request body, response
 * and refusal, in zod, once. The routes validate with these schemas and answer these types, the tab imports
 * the types (type-only, so zod stays out of its bundle), and `/api/openapi.json` is generated from them.
 *
 * A new capability (training, announcements, …) adds one file here with its schemas and a `…_ROUTES`
 * table, and lists that table in {@link API_ROUTES}. See README.md.
 * @packageDocumentation
 */
import type { AnyZodObject, ZodTypeAny } from 'zod';
import { ADMIN_ROUTES } from './admin';
import { PEOPLE_ROUTES } from './people';
import { ANNOUNCEMENT_ROUTES } from './announcements';
import { EDITORIAL_ROUTES } from './editorial';
import type { RouteContract } from './route';
import { SELF_CHECK_ROUTES } from './self-check';
import { TAB_ROUTES } from './tab';
import { TAB_TRAINING_ROUTES } from './tab-training';
import { TRAINING_ROUTES } from './training';

export * from './admin';
export * from './announcements';
export * from './checklist-view';
export * from './editorial';
export * from './errors';
export * from './params';
export * from './people';
export * from './route';
export * from './self-check';
export * from './tab';
export * from './tab-training';
export * from './training';

/** A route of any shape, as the OpenAPI generator and the route test see it. */
export type AnyRouteContract = RouteContract<AnyZodObject, AnyZodObject, ZodTypeAny, ZodTypeAny>;

/** Every route of the API, in the order the OpenAPI document lists them. */
export const API_ROUTES: readonly AnyRouteContract[] = [
  ...Object.values(TAB_ROUTES),
  ...Object.values(TAB_TRAINING_ROUTES),
  ...Object.values(ADMIN_ROUTES),
  ...Object.values(SELF_CHECK_ROUTES),
  ...Object.values(PEOPLE_ROUTES),
  ...Object.values(TRAINING_ROUTES),
  ...Object.values(ANNOUNCEMENT_ROUTES),
  ...Object.values(EDITORIAL_ROUTES),
];
