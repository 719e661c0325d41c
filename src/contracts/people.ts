import { objectIdSchema } from './params';
import { defineRoute } from './route';
import { z } from './zod';

export const personParamsSchema = z.object({ aadObjectId: objectIdSchema });

const rowCounts = z.record(z.number().int().nonnegative());

export const personExportSchema = z
  .object({
    aadObjectId: z.string(),
    exportedAt: z.string().datetime(),
    tables: z.record(z.array(z.record(z.unknown()))).openapi({
      description: 'Per table, every row about the person as stored (message contents left out)',
    }),
  })
  .openapi('PersonExport');
export type PersonExportBody = z.infer<typeof personExportSchema>;

export const personErasureSchema = z
  .object({
    aadObjectId: z.string(),
    erasedAt: z.string().datetime(),
    deleted: rowCounts.openapi({ description: 'Rows deleted, per table' }),
    anonymised: rowCounts.openapi({
      description:
        "Rows kept (a checklist's history, an audit line) with the person's id replaced by `erased`",
    }),
    stillNamedIn: z.array(z.string()).openapi({
      description:
        'Where a manager or admin named the person as a contact (`team:<id>`, `organisation`): change it there',
    }),
  })
  .openapi('PersonErasure');
export type PersonErasureBody = z.infer<typeof personErasureSchema>;

/** A person's data (AVG articles 15 and 17), for admins; both actions are audited. */
export const PEOPLE_ROUTES = {
  exportPerson: defineRoute({
    name: 'admin-export-person',
    method: 'get',
    path: '/api/admin/people/{aadObjectId}/export',
    access: 'admin',
    summary: 'Every row Voordeur keeps about a person (AVG article 15)',
    params: personParamsSchema,
    response: personExportSchema,
  }),
  erasePerson: defineRoute({
    name: 'admin-erase-person',
    method: 'delete',
    path: '/api/admin/people/{aadObjectId}',
    access: 'admin',
    summary: "Erase a person's data, or anonymise it where others' history relies on it (AVG article 17)",
    params: personParamsSchema,
    response: personErasureSchema,
  }),
};
