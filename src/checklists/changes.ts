import { z } from 'zod';
import { DEFAULT_SIGNALS } from './default-signals';
import { CATEGORIES, PROFILES, type ChangeSummary, type TeamChecklistContent } from './types';

/** Limits that keep a checklist a pocket card, not a handbook. */
export const LIMITS = { text: 200, action: 280, note: 280, name: 100, custom: 40 } as const;

const trimmed = (max: number) => z.string().trim().min(1).max(max);

/**
 * A phone number as a manager types it: digits, spaces, dashes, an optional leading +.
 * @remarks Only people's own work numbers belong here; the app shows no other numbers than 112, 0800-2000
 * and what managers or admins configured.
 */
export const phoneSchema = z
  .string()
  .trim()
  .regex(/^\+?[0-9][0-9 -]{5,18}[0-9]$/, 'must be a phone number: digits, spaces or dashes');

export const contactSchema = z
  .object({
    name: trimmed(LIMITS.name),
    aadObjectId: z.string().trim().min(1).max(64).optional(),
    userPrincipalName: z.string().trim().email().max(200).optional(),
    phone: phoneSchema.optional(),
  })
  .strict();

const signalId = z
  .string()
  .trim()
  .regex(/^[a-z0-9-]{1,64}$/, 'must be a signal id');

/** Every change a manager can make; one stored version per change. */
export const changeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('profile'), profile: z.enum(PROFILES) }).strict(),
  z.object({ kind: z.literal('hide'), signalId }).strict(),
  z.object({ kind: z.literal('show'), signalId }).strict(),
  z.object({ kind: z.literal('note'), signalId, note: z.string().trim().max(LIMITS.note) }).strict(),
  z
    .object({
      kind: z.literal('add'),
      category: z.enum(CATEGORIES),
      text: trimmed(LIMITS.text),
      action: trimmed(LIMITS.action),
    })
    .strict(),
  z.object({ kind: z.literal('remove'), signalId }).strict(),
  z
    .object({
      kind: z.literal('contacts'),
      aandachtsfunctionaris: contactSchema.nullable(),
      manager: contactSchema.nullable(),
    })
    .strict(),
]);
export type ChecklistChange = z.infer<typeof changeSchema>;

/** A change that does not fit the checklist it is applied to (unknown signal, too many signals). */
export class ChecklistRuleError extends Error {
  constructor(
    readonly code: 'unknown-signal' | 'not-custom' | 'too-many-signals',
    message: string,
  ) {
    super(message);
    this.name = 'ChecklistRuleError';
  }
}

function knownIds(content: TeamChecklistContent): Set<string> {
  return new Set([...DEFAULT_SIGNALS.map((s) => s.id), ...content.custom.map((s) => s.id)]);
}

function requireKnown(content: TeamChecklistContent, id: string): void {
  if (!knownIds(content).has(id)) throw new ChecklistRuleError('unknown-signal', `no signal ${id}`);
}

/**
 * Applies one manager's change and says what it was. Pure: the input is not modified.
 * @param newId the id for an added signal (the caller chooses it, so tests stay deterministic)
 */
export function applyChange(
  content: TeamChecklistContent,
  change: ChecklistChange,
  newId: () => string,
): { content: TeamChecklistContent; summary: ChangeSummary } {
  const next: TeamChecklistContent = structuredClone(content);
  switch (change.kind) {
    case 'profile':
      next.profile = change.profile;
      return { content: next, summary: { kind: 'profile', profile: change.profile } };
    case 'hide':
    case 'show':
      requireKnown(next, change.signalId);
      next.hidden = next.hidden.filter((id) => id !== change.signalId);
      if (change.kind === 'hide') next.hidden.push(change.signalId);
      return { content: next, summary: { kind: change.kind, signalId: change.signalId } };
    case 'note':
      requireKnown(next, change.signalId);
      if (change.note) next.notes[change.signalId] = change.note;
      else delete next.notes[change.signalId];
      return { content: next, summary: { kind: 'note', signalId: change.signalId } };
    case 'add': {
      if (next.custom.length >= LIMITS.custom) {
        throw new ChecklistRuleError('too-many-signals', `at most ${LIMITS.custom} own signals`);
      }
      const id = `eigen-${newId()}`;
      next.custom.push({ id, category: change.category, text: change.text, action: change.action });
      return { content: next, summary: { kind: 'add', signalId: id } };
    }
    case 'remove':
      if (!next.custom.some((s) => s.id === change.signalId)) {
        throw new ChecklistRuleError('not-custom', 'only signals the team added can be removed; hide others');
      }
      next.custom = next.custom.filter((s) => s.id !== change.signalId);
      next.hidden = next.hidden.filter((id) => id !== change.signalId);
      delete next.notes[change.signalId];
      return { content: next, summary: { kind: 'remove', signalId: change.signalId } };
    case 'contacts':
      next.contacts = {
        ...(change.aandachtsfunctionaris ? { aandachtsfunctionaris: change.aandachtsfunctionaris } : {}),
        ...(change.manager ? { manager: change.manager } : {}),
      };
      return { content: next, summary: { kind: 'contacts' } };
  }
}
