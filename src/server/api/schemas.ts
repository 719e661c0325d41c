import { z } from 'zod';
import { changeSchema, contactSchema } from '../../checklists/changes';
import { PROFILES } from '../../checklists/types';

/** A Teams team id (19:…@thread.tacv2) or an Entra group id. */
export const teamIdSchema = z.string().regex(/^[A-Za-z0-9:@._-]{1,200}$/, 'must be a Teams team id');
export const objectIdSchema = z.string().regex(/^[A-Za-z0-9-]{1,64}$/, 'must be an Entra object id');
export const profileQuerySchema = z.enum(PROFILES).default('gemengd');

export const changeBodySchema = z
  .object({ expectedVersion: z.number().int().min(0), change: changeSchema })
  .strict();
export const rollbackBodySchema = z
  .object({ expectedVersion: z.number().int().min(0), toVersion: z.number().int().min(1) })
  .strict();
export const orgContactBodySchema = z.object({ contact: contactSchema.nullable() }).strict();
export const managerBodySchema = z
  .object({ displayName: z.string().trim().min(1).max(100).optional() })
  .strict();

/** Parses with a schema; a failure becomes a 400 with the reason (see toAppError). */
export function parse<T>(schema: z.ZodType<T, z.ZodTypeDef, unknown>, value: unknown): T {
  return schema.parse(value);
}
