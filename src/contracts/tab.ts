import { changeSchema } from '../checklists/changes';
import { PROFILES } from '../checklists/types';
import { checklistViewSchema } from './checklist-view';
import { profileQuerySchema, teamParamsSchema } from './params';
import { defineRoute } from './route';
import { z } from './zod';

/** Who is calling, from their token. */
export const meSchema = z
  .object({
    id: z.string(),
    name: z.string().optional(),
    isAdmin: z.boolean(),
    botId: z.string().optional().openapi({
      description:
        'Voordeur\'s bot (Microsoft app id), for the tab\'s chat link that starts "ik zie iets"; absent in local mode',
    }),
  })
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

/** A search of the signals, in the person's own words. */
export const signalSearchBodySchema = z
  .object({
    q: z.string().max(200).openapi({ description: 'What the person typed; never logged or kept' }),
    lang: z.enum(['nl', 'en']).default('nl').openapi({ description: "The tab's language, searched first" }),
  })
  .strict()
  .openapi('SignalSearchRequest');
export type SignalSearchBody = z.input<typeof signalSearchBodySchema>;

export const signalSearchSchema = z
  .object({
    signalIds: z.array(z.string()).openapi({ description: 'Matching signals of the checklist, best first' }),
    danger: z.boolean().openapi({ description: 'The words describe danger now: show 112 first' }),
  })
  .openapi('SignalSearch');
export type SignalSearch = z.infer<typeof signalSearchSchema>;

const SEARCH_HOW =
  "With the bot's Dutch and English analysis: stems, verb forms, compounds, everyday words, one typo. " +
  'POST so that the words stay out of URLs and access logs.';

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
  personalSearch: defineRoute({
    name: 'tab-personal-search',
    method: 'post',
    path: '/api/tab/checklist/search',
    access: 'user',
    summary: `Searches the default checklist of a profile. ${SEARCH_HOW}`,
    query: profileQuerySchema,
    body: { schema: signalSearchBodySchema, required: true },
    response: signalSearchSchema,
  }),
  teamChecklist: defineRoute({
    name: 'tab-team-checklist',
    method: 'get',
    path: '/api/tab/teams/{teamId}/checklist',
    access: 'user',
    summary: "A team's checklist and contacts, for its members, its managers and admins",
    params: teamParamsSchema,
    query: profileQuerySchema,
    response: checklistViewSchema,
  }),
  teamSearch: defineRoute({
    name: 'tab-team-search',
    method: 'post',
    path: '/api/tab/teams/{teamId}/checklist/search',
    access: 'user',
    summary: `Searches a team's checklist (members, managers, admins). ${SEARCH_HOW}`,
    params: teamParamsSchema,
    query: profileQuerySchema,
    body: { schema: signalSearchBodySchema, required: true },
    response: signalSearchSchema,
  }),
  change: defineRoute({
    name: 'tab-checklist-change',
    method: 'post',
    path: '/api/tab/teams/{teamId}/checklist/changes',
    access: 'user',
    summary:
      'A manager changes the checklist (new version); a 400 lists every field problem in `error.problems`',
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
