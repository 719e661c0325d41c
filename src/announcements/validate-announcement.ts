import type { ZodIssue } from 'zod';
import type { Announcement, AnnouncementDraft, Audience } from './announcement';
import {
  audienceInputSchema,
  audienceSchema,
  draftSchema,
  editSchema,
  sendSchema,
} from './announcement-schema';
import { CsvError, parseCsvAddresses } from './csv-addresses';
import { AnnouncementInvalidError, type FieldProblem } from './errors';
import { fieldProblems, LIMITS, messageFor } from './field-messages';
import { phoneNumberProblems } from './phone-rule';

/**
 * A new announcement from an admin's input, checked as a whole.
 * @param contactNumbers the organisation's configured contacts, which the text may name
 * @throws {AnnouncementInvalidError} listing every field problem at once, each in Dutch
 */
export function validateDraft(input: unknown, contactNumbers: readonly string[]): AnnouncementDraft {
  const parsed = draftSchema.safeParse(input);
  const problems = collect(parsed.success ? [] : parsed.error.issues, input, contactNumbers);
  problems.push(...ruleProblems(parsed.success ? parsed.data : readableParts(input)));
  if (!parsed.success || problems.length) throw new AnnouncementInvalidError(merge(problems));
  const { imageUrl, reminderAfterDays, ...rest } = parsed.data;
  return { ...rest, imageUrl: imageUrl ?? undefined, reminderAfterDays: reminderAfterDays ?? undefined };
}

/** What an edit came to: the whole announcement after it, and the revision the admin started from. */
export interface ValidEdit {
  draft: AnnouncementDraft;
  expectedRevision?: number;
}

/**
 * Applies an edit to `current` and checks the result.
 * @remarks After sending only the content (title, body, image, buttons) may change: the messages are updated in
 * place, but who got them and what they were asked cannot be changed afterwards.
 * @throws {AnnouncementInvalidError} listing every field problem at once
 */
export function validateEdit(
  input: unknown,
  current: Announcement,
  contactNumbers: readonly string[],
): ValidEdit {
  const parsed = editSchema.safeParse(input);
  const problems = collect(parsed.success ? [] : parsed.error.issues, input, contactNumbers);
  if (!parsed.success) throw new AnnouncementInvalidError(merge(problems));
  const { expectedRevision, imageUrl, reminderAfterDays, ...changes } = parsed.data;
  const draft: AnnouncementDraft = {
    title: changes.title ?? current.title,
    body: changes.body ?? current.body,
    imageUrl: imageUrl === undefined ? current.imageUrl : (imageUrl ?? undefined),
    buttons: changes.buttons ?? current.buttons,
    audience: changes.audience ?? current.audience,
    acknowledge: changes.acknowledge ?? current.acknowledge,
    reminderAfterDays:
      reminderAfterDays === undefined ? current.reminderAfterDays : (reminderAfterDays ?? undefined),
  };
  if (current.status !== 'draft' && current.status !== 'scheduled') {
    const fixed = { audience: changes.audience, acknowledge: changes.acknowledge, reminderAfterDays };
    for (const [field, value] of Object.entries(fixed)) {
      const before = current[field as keyof typeof fixed];
      if (value !== undefined && JSON.stringify(value ?? undefined) !== JSON.stringify(before))
        problems.push({ field, message: 'Na het versturen kun je dit niet meer wijzigen.' });
    }
  }
  problems.push(...ruleProblems(draft));
  if (problems.length) throw new AnnouncementInvalidError(merge(problems));
  return { draft, expectedRevision };
}

/**
 * `{ audience }` alone, as the compose screen asks for its count before saving.
 * @throws {AnnouncementInvalidError} listing every field problem
 */
export function validateAudience(input: unknown): Audience {
  const parsed = audienceInputSchema.safeParse(input);
  if (!parsed.success) throw new AnnouncementInvalidError(fieldProblems(parsed.error.issues));
  const problems = ruleProblems({ acknowledge: false, audience: parsed.data.audience });
  if (problems.length) throw new AnnouncementInvalidError(problems);
  return parsed.data.audience;
}

/**
 * The time a send is asked for: undefined for "now".
 * @throws {AnnouncementInvalidError} when it is not a time, in the past, or more than a year ahead
 */
export function validateSendAt(input: unknown, now: Date): Date | undefined {
  const parsed = sendSchema.safeParse(input ?? {});
  if (!parsed.success) throw new AnnouncementInvalidError(fieldProblems(parsed.error.issues));
  if (!parsed.data.sendAt) return undefined;
  const at = new Date(parsed.data.sendAt);
  const yearAhead = now.getTime() + 366 * 24 * 60 * 60 * 1000;
  if (at.getTime() <= now.getTime() || at.getTime() > yearAhead)
    throw new AnnouncementInvalidError([{ field: 'sendAt', message: messageFor(['sendAt']) }]);
  return at;
}

/** Zod's problems and the phone-number rule's, read from the raw input so both show at once. */
function collect(
  issues: readonly ZodIssue[],
  input: unknown,
  contactNumbers: readonly string[],
): FieldProblem[] {
  const raw = typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {};
  return [...fieldProblems(issues), ...phoneNumberProblems(raw, contactNumbers)];
}

/**
 * The fields of an input that failed to parse that the rules across fields can still read, so that their problems
 * are listed with the rest.
 */
function readableParts(input: unknown): Parameters<typeof ruleProblems>[0] {
  const raw = typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {};
  return {
    acknowledge: raw.acknowledge === true,
    reminderAfterDays: typeof raw.reminderAfterDays === 'number' ? raw.reminderAfterDays : undefined,
    audience: audienceSchema.safeParse(raw.audience).data,
  };
}

/** Rules across fields, and what the CSV holds. */
function ruleProblems(draft: {
  acknowledge: boolean;
  reminderAfterDays?: number | null;
  audience?: Audience;
}): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (draft.reminderAfterDays != null && !draft.acknowledge)
    problems.push({
      field: 'reminderAfterDays',
      message: "Een herinnering kan alleen als ontvangers 'Gelezen en begrepen' moeten aanklikken.",
    });
  const csvProblem = draft.audience?.kind === 'csv' ? csvProblemOf(draft.audience) : undefined;
  if (csvProblem) problems.push({ field: 'audience.csv', message: csvProblem });
  return problems;
}

function csvProblemOf(audience: Extract<Audience, { kind: 'csv' }>): string | undefined {
  try {
    const { addresses } = parseCsvAddresses(audience.csv);
    if (addresses.length === 0) return 'Er staat geen e-mailadres of UPN in het CSV-bestand.';
    if (addresses.length > LIMITS.csvAddresses)
      return `Het CSV-bestand heeft meer dan ${LIMITS.csvAddresses} adressen: splits het op.`;
    return undefined;
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    return `Het CSV-bestand is niet te lezen: ${error.message}.`;
  }
}

/** One problem per field: messages about the same field are joined. */
function merge(problems: readonly FieldProblem[]): FieldProblem[] {
  const byField = new Map<string, string[]>();
  for (const { field, message } of problems) {
    const messages = byField.get(field) ?? [];
    if (!messages.includes(message)) messages.push(message);
    byField.set(field, messages);
  }
  return [...byField].map(([field, messages]) => ({ field, message: messages.join(' ') }));
}
