import { changeSchema } from '../checklists/changes';
import { PROFILES } from '../checklists/types';
import { checklistViewSchema } from './checklist-view';
import { profileQuerySchema, teamParamsSchema } from './params';
import { defineRoute } from './route';
import { z } from './zod';

/** Who is calling, from their token. */
export const meSchema = z
  .object({ id: z.string(), name: z.string().optional(), isAdmin: z.boolean() })
  .openapi('Me');
export type Me = z.infer<typeof meSchema>;

/**
 * Every change a manager can make; one stored version per change.
 * @remarks The checklists capability owns the change vocabulary; this names it for the API.
 */
export const checklistChangeSchema = changeSchema.openapi('Change', {
  description: 'One change; `kind` says which, and which fields it needs',
});
export type ChecklistChange = z.infer<typeof checklistChangeSchema>;

export const changeBodySchema = z
  .object({ expectedVersion: z.number().int().min(0), change: checklistChangeSchema })
  .strict()
  .openapi('ChangeRequest');
export type ChangeBody = z.input<typeof changeBodySchema>;

export const rollbackBodySchema = z
  .object({ expectedVersion: z.number().int().min(0), toVersion: z.number().int().min(1) })
  .strict()
  .openapi('RollbackRequest');
export type RollbackBody = z.input<typeof rollbackBodySchema>;

/** What a stored version says about the change that made it. */
export const changeSummarySchema = z
  .object({
    kind: z.string(),
    signalId: z.string().optional(),
    profile: z.enum(PROFILES).optional(),
    toVersion: z.number().int().optional(),
  })
  .openapi('ChangeSummary');

export const versionEntrySchema = z
  .object({
    version: z.number().int(),
    at: z.string().datetime(),
    actorName: z.string().optional(),
    summary: changeSummarySchema,
  })
  .openapi('Version');
export type VersionEntry = z.infer<typeof versionEntrySchema>;

export const versionsSchema = z
  .object({ versions: z.array(versionEntrySchema).openapi({ description: 'Newest first' }) })
  .openapi('Versions');
export type Versions = z.infer<typeof versionsSchema>;

/** The tab's API: checklists to read for everyone, changes and history for the team's managers. */
export const TAB_ROUTES = {
  me: defineRoute({
    name: 'tab-me',
    method: 'get',
    path: '/api/tab/me',
    access: 'user',
    summary: 'Who is calling',
    response: meSchema,
  }),
  personalChecklist: defineRoute({
    name: 'tab-personal-checklist',
    method: 'get',
    path: '/api/tab/checklist',
    access: 'user',
    summary: 'The default checklist for "Mijn meldcode"',
    query: profileQuerySchema,
    response: checklistViewSchema,
  }),
  teamChecklist: defineRoute({
    name: 'tab-team-checklist',
    method: 'get',
    path: '/api/tab/teams/{teamId}/checklist',
    access: 'user',
    summary: "A team's checklist and contacts",
    params: teamParamsSchema,
    query: profileQuerySchema,
    response: checklistViewSchema,
  }),
  change: defineRoute({
    name: 'tab-checklist-change',
    method: 'post',
    path: '/api/tab/teams/{teamId}/checklist/changes',
    access: 'user',
    summary: 'A manager changes the checklist (new version)',
    params: teamParamsSchema,
    query: profileQuerySchema,
    body: { schema: changeBodySchema, required: true },
    response: checklistViewSchema,
    errors: { 409: 'Someone else saved a newer version first' },
  }),
  rollback: defineRoute({
    name: 'tab-checklist-rollback',
    method: 'post',
    path: '/api/tab/teams/{teamId}/checklist/rollback',
    access: 'user',
    summary: 'A manager makes an earlier version current again (new version)',
    params: teamParamsSchema,
    query: profileQuerySchema,
    body: { schema: rollbackBodySchema, required: true },
    response: checklistViewSchema,
    errors: { 404: 'No such version', 409: 'Stale version' },
  }),
  versions: defineRoute({
    name: 'tab-checklist-versions',
    method: 'get',
    path: '/api/tab/teams/{teamId}/checklist/versions',
    access: 'user',
    summary: 'Version history (managers)',
    params: teamParamsSchema,
    response: versionsSchema,
  }),
};
