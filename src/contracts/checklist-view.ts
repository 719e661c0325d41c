import { contactSchema as checklistContactSchema } from '../checklists/changes';
import { CATEGORIES, PROFILES, type CategoryId } from '../checklists/types';
import { z } from './zod';

/** A text in both languages of the app: plain Dutch (B1) first, English second. */
export const localizedSchema = z.object({ nl: z.string(), en: z.string() }).openapi('Localized');

/**
 * A person to call or chat with, as a manager or admin typed them.
 * @remarks The checklists capability owns the rules (lengths, phone format); this names them for the API.
 */
export const contactSchema = checklistContactSchema.openapi('Contact');
export type ContactBody = z.infer<typeof contactSchema>;

/** One line of a checklist as the tab shows it. */
export const checklistSignalSchema = z
  .object({
    id: z.string(),
    text: localizedSchema,
    short: localizedSchema.openapi({
      description: "A few words for the A6 pocket card (a team's own signal: its text)",
    }),
    action: localizedSchema.openapi({ description: 'What you do when you notice it' }),
    caution: z.boolean().openapi({
      description: 'Not listed as fact by the sources: the tab words it as "let op" / "mogelijk signaal"',
    }),
    custom: z.boolean().openapi({ description: "Added by the team's manager, in their own words" }),
    hidden: z.boolean().openapi({ description: 'Hidden for the team; only managers receive these' }),
    note: z.string().optional().openapi({ description: "The manager's note" }),
  })
  .openapi('Signal');
export type ChecklistSignal = z.infer<typeof checklistSignalSchema>;

export const checklistCategorySchema = z
  .object({ id: z.enum(CATEGORIES), title: localizedSchema, signals: z.array(checklistSignalSchema) })
  .openapi('Category');

/** A number everyone may call: 112 and Veilig Thuis. */
export const fixedNumberSchema = z
  .object({
    id: z.enum(['alarm', 'veilig-thuis']),
    number: z.string(),
    label: localizedSchema,
    when: localizedSchema,
  })
  .openapi('FixedNumber');

// One title per category; built from CATEGORIES so a new category cannot be left out.
const categoryTitlesSchema = z.object(
  Object.fromEntries(CATEGORIES.map((id) => [id, localizedSchema])) as Record<
    CategoryId,
    typeof localizedSchema
  >,
);

/** What the tab receives for a checklist: the same shape for a team and for "Mijn meldcode". */
export const checklistViewSchema = z
  .object({
    teamId: z.string().optional(),
    version: z.number().int().min(0).openapi({ description: '0 when no manager changed it yet' }),
    profile: z.enum(PROFILES),
    canEdit: z.boolean().openapi({ description: "The caller is one of the team's managers (or an admin)" }),
    updatedAt: z.string().datetime().optional(),
    updatedBy: z.string().optional().openapi({ description: 'Name of who saved this version' }),
    categories: z.array(checklistCategorySchema),
    contacts: z.object({
      aandachtsfunctionaris: contactSchema.optional(),
      manager: contactSchema.optional(),
      organisation: contactSchema.optional(),
    }),
    steps: z.array(localizedSchema).readonly().openapi({ description: 'The five steps, as a compact strip' }),
    numbers: z.array(fixedNumberSchema).readonly(),
    categoryTitles: categoryTitlesSchema.openapi({
      description: 'Titles of every category, for a manager adding a signal',
    }),
  })
  .openapi('Checklist');
export type ChecklistView = z.infer<typeof checklistViewSchema>;
