import { contactSchema } from './checklist-view';
import { managerParamsSchema, teamParamsSchema } from './params';
import { defineRoute } from './route';
import { z } from './zod';

/**
 * A contact or null. A union rather than `.nullable()`: zod-to-openapi writes a nullable reference as
 * `allOf: [$ref, {type: [object, null]}]`, which no null can pass, so the document would refuse a true answer.
 */
const contactOrNull = z.union([contactSchema, z.null()]);

/** Organisation-wide settings that admins keep. */
export const settingsSchema = z
  .object({
    orgAandachtsfunctionaris: contactOrNull,
    updatedAt: z.string().datetime().optional(),
  })
  .openapi('Settings');
export type Settings = z.infer<typeof settingsSchema>;

export const orgContactBodySchema = z
  .object({ contact: contactOrNull.openapi({ description: 'null clears it' }) })
  .strict()
  .openapi('OrgContactRequest');
export type OrgContactBody = z.input<typeof orgContactBodySchema>;

export const managerBodySchema = z
  .object({ displayName: z.string().trim().min(1).max(100).optional() })
  .strict()
  .openapi('ManagerRequest');
export type ManagerBody = z.input<typeof managerBodySchema>;

export const managerSchema = z
  .object({
    aadObjectId: z.string(),
    displayName: z.string().optional(),
    source: z.enum(['admin', 'roster']).openapi({
      description: '`admin`: assigned through this API. `roster`: a team owner, as the Teams roster tells',
    }),
    assignedAt: z.string().datetime(),
  })
  .openapi('Manager');

export const managersSchema = z.object({ managers: z.array(managerSchema) }).openapi('Managers');
export type Managers = z.infer<typeof managersSchema>;

/** The admin API: the organisation's aandachtsfunctionaris and who manages which team. */
export const ADMIN_ROUTES = {
  settings: defineRoute({
    name: 'admin-settings',
    method: 'get',
    path: '/api/admin/settings',
    access: 'admin',
    summary: 'Organisation settings',
    response: settingsSchema,
  }),
  setOrgContact: defineRoute({
    name: 'admin-set-org-contact',
    method: 'put',
    path: '/api/admin/settings/aandachtsfunctionaris',
    access: 'admin',
    summary: "Set or clear the organisation's aandachtsfunctionaris",
    body: { schema: orgContactBodySchema, required: true },
    response: settingsSchema,
  }),
  managers: defineRoute({
    name: 'admin-managers',
    method: 'get',
    path: '/api/admin/teams/{teamId}/managers',
    access: 'admin',
    summary: "A team's managers",
    params: teamParamsSchema,
    response: managersSchema,
  }),
  addManager: defineRoute({
    name: 'admin-add-manager',
    method: 'put',
    path: '/api/admin/teams/{teamId}/managers/{aadObjectId}',
    access: 'admin',
    summary: 'Make someone a manager of a team',
    params: managerParamsSchema,
    body: { schema: managerBodySchema, required: false },
    response: managersSchema,
  }),
  removeManager: defineRoute({
    name: 'admin-remove-manager',
    method: 'delete',
    path: '/api/admin/teams/{teamId}/managers/{aadObjectId}',
    access: 'admin',
    summary: 'Remove a manager assigned by an admin',
    params: managerParamsSchema,
    response: managersSchema,
    errors: { 404: 'No such manager' },
  }),
};
