import { defineRoute } from './route';
import { z } from './zod';

export const CHECK_STATUSES = ['ok', 'warning', 'error'] as const;
export type CheckStatus = (typeof CHECK_STATUSES)[number];

export const checkResultSchema = z
  .object({
    id: z.string().openapi({ description: 'Stable: `config`, `bot-token`, `database`, `outbox`, …' }),
    title: z.string().openapi({ description: 'What was checked, in Dutch' }),
    status: z.enum(CHECK_STATUSES),
    detail: z.string().openapi({ description: 'What was found, in Dutch; ids and counts, never content' }),
    fix: z.string().optional().openapi({ description: 'What to do about a warning or error, in Dutch' }),
  })
  .openapi('CheckResult');
export type CheckResult = z.infer<typeof checkResultSchema>;

export const selfCheckSchema = z
  .object({
    status: z.enum(CHECK_STATUSES).openapi({ description: 'The worst status of the checks' }),
    checkedAt: z.string().datetime(),
    checks: z.array(checkResultSchema),
  })
  .openapi('SelfCheck');
export type SelfCheck = z.infer<typeof selfCheckSchema>;

/** The self-check: whether this instance is set up right, and what to fix when it is not. */
export const SELF_CHECK_ROUTES = {
  selfCheck: defineRoute({
    name: 'admin-self-check',
    method: 'get',
    path: '/api/admin/selfcheck',
    access: 'admin',
    summary: 'Check the configuration, the bot credentials, the database, delivery and the scheduled jobs',
    response: selfCheckSchema,
  }),
};
