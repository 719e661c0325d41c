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

export const knownTeamSchema = z
  .object({
    teamId: z.string(),
    name: z.string().optional().openapi({
      description:
        'As Teams last named the team; absent when the app never heard it (only its roster or a manager)',
    }),
    members: z.number().int().openapi({ description: 'Members, as the roster last read says' }),
    managers: z.number().int(),
    installed: z.boolean().openapi({ description: 'Voordeur is installed in the team' }),
    gone: z.boolean().openapi({ description: 'Installed, but Teams no longer lets Voordeur post there' }),
  })
  .openapi('KnownTeam');

export const knownTeamsSchema = z
  .object({
    teams: z.array(knownTeamSchema).openapi({ description: 'By name; teams without a name last' }),
  })
  .openapi('KnownTeams');
export type KnownTeams = z.infer<typeof knownTeamsSchema>;

export const teamMembersSchema = z
  .object({
    members: z.array(
      z.object({
        aadObjectId: z.string(),
        displayName: z.string().optional(),
        userPrincipalName: z.string().optional(),
      }),
    ),
  })
  .openapi('TeamMembers');
export type TeamMembers = z.infer<typeof teamMembersSchema>;

/** The admin API: the organisation's aandachtsfunctionaris, the teams Voordeur knows and who manages them. */
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
  teams: defineRoute({
    name: 'admin-teams',
    method: 'get',
    path: '/api/admin/teams',
    access: 'admin',
    summary: 'The teams Voordeur knows (installed in, or known from a roster or a manager), by name',
    response: knownTeamsSchema,
  }),
  teamMembers: defineRoute({
    name: 'admin-team-members',
    method: 'get',
    path: '/api/admin/teams/{teamId}/members',
    access: 'admin',
    summary: "A team's members as the roster last read says: whom an admin can make a manager",
    params: teamParamsSchema,
    response: teamMembersSchema,
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
