import { PROFILES } from '../checklists/types';
import { z } from './zod';

/** A Teams team id (19:…@thread.tacv2) or an Entra group id. */
export const teamIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9:@._-]{1,200}$/, 'must be a Teams team id')
  .openapi({ description: 'Teams team id (19:…@thread.tacv2)', example: '19:abc123@thread.tacv2' });

/** An Entra object id. */
export const objectIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9-]{1,64}$/, 'must be an Entra object id')
  .openapi({ description: 'Entra object id of the person' });

/** `/teams/{teamId}/…` */
export const teamParamsSchema = z.object({ teamId: teamIdSchema });

/** `/teams/{teamId}/managers/{aadObjectId}` */
export const managerParamsSchema = z.object({ teamId: teamIdSchema, aadObjectId: objectIdSchema });

/** `?profile=`: which default checklist to show while a team has none of its own. */
export const profileQuerySchema = z.object({
  profile: z
    .enum(PROFILES)
    .default('gemengd')
    .openapi({ description: 'The profile to use when the team has no stored checklist yet' }),
});
