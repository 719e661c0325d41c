import { z } from 'zod';
import { DANGER_KINDS, type DangerKind } from './danger-kind';
import { compileList, compilePhrase, PhraseError } from './phrase-syntax';

/** A file of the lexicon as it was imported: its path under `lexicon/` (for messages) and its parsed JSON. */
export interface LexiconFile {
  path: string;
  data: unknown;
}

/** A lexicon file that cannot be used; the message names the file and the entry, so start-up tells what to fix. */
export class LexiconError extends Error {
  override readonly name = 'LexiconError';
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`danger lexicon ${file}: ${problem}`);
  }
}

/** A text for editors: one string, or its lines (JSON strings cannot be wrapped). */
const prose = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]);
const shared = {
  about: prose,
  lists: z.record(z.string().regex(/^[a-z0-9-]+$/), z.array(z.string()).min(1)).optional(),
  groups: z.array(z.object({ note: prose.optional(), phrases: z.array(z.string()).min(1) }).strict()).min(1),
  mustMatch: z.array(z.string().min(1)).min(1),
  mustNotMatch: z.array(z.string().min(1)).min(1),
};
const kindSchema = z
  .object({ kind: z.enum(DANGER_KINDS), talkedAwayBy: z.array(z.string()), ...shared })
  .strict();
const contextSchema = z
  .object({
    context: z.string(),
    exceptWhen: z.string().optional(),
    stillPossible: z.boolean().optional(),
    ...shared,
  })
  .strict();

/** A kind file as the schema reads it. */
export type KindEntry = z.infer<typeof kindSchema>;
/** A context file as the schema reads it. */
export type ContextEntry = z.infer<typeof contextSchema>;

/** Words around a match that talk it away, unless `exceptWhen` is said too (a caller on the line now). */
export interface TalkAway {
  context: string;
  pattern: RegExp;
  /** The match is not now, but still speaks of danger (the past, hearsay, a habit): the answer leads with 112. */
  stillPossible: boolean;
  exceptWhen?: { context: string; pattern: RegExp };
}

/** The compiled lexicon: one union expression per kind, and the context the detector reads around a match. */
export interface Lexicon {
  kinds: readonly { kind: DangerKind; pattern: RegExp; talkedAwayBy: readonly TalkAway[] }[];
  /** The here and now; overrules every talk-away. */
  now: RegExp;
  /** "Nu" that says it is over, taken out before `now` is looked for (a global expression, for `replace`). */
  calmNow: RegExp;
  /** A question about a situation ("wat als"); before the match, the kind is asked about, not happening. */
  hypothetical: RegExp;
  /** Words that speak of danger without saying it is now (a weapon, pills, petrol): the answer leads with 112. */
  possible: RegExp;
  /** Work talk that sounds violent ("de planning staat in brand"): no danger at all, not even possible. */
  figurative: RegExp;
  /** An "if" that makes a threat, blanked out before `hypothetical` is looked for (global, for `replace`). */
  conditionalThreat: RegExp;
  /** Every context by its name, as compiled (without flags). */
  contexts: ReadonlyMap<string, RegExp>;
}

/** Contexts the detector reads by name. */
const ROLES = ['now', 'calm-now', 'hypothetical', 'conditional-threat', 'possible', 'figurative'] as const;

function parse<T>(file: LexiconFile, schema: z.ZodType<T>): T {
  const parsed = schema.safeParse(file.data);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new LexiconError(file.path, `${issue?.path.join('.') || '(file)'}: ${issue?.message ?? 'invalid'}`);
}

/** One union expression of every phrase in a file, its lists compiled first; errors name the entry. */
function compileFile(file: LexiconFile, entry: KindEntry | ContextEntry): RegExp {
  const lists = new Map<string, string>();
  const where = (at: string, error: unknown): never => {
    if (error instanceof PhraseError) throw new LexiconError(file.path, `${at}: ${error.message}`);
    throw error;
  };
  for (const [name, entries] of Object.entries(entry.lists ?? {})) {
    try {
      lists.set(name, compileList(entries));
    } catch (error) {
      where(`lists.${name}`, error);
    }
  }
  const used = new Set<string>();
  const sources = entry.groups.flatMap((group, g) =>
    group.phrases.map((phrase, p) => {
      for (const [, name] of phrase.matchAll(/\{([^}]*)\}/g)) used.add(name ?? '');
      try {
        return `(?:${compilePhrase(phrase, lists)})`;
      } catch (error) {
        return where(`groups.${g}.phrases.${p}`, error);
      }
    }),
  );
  const unused = [...lists.keys()].find((name) => !used.has(name));
  if (unused) throw new LexiconError(file.path, `lists.${unused}: never used in a phrase`);
  return new RegExp(sources.join('|'));
}

/**
 * Validates and compiles the lexicon: one regular expression per kind (the union of its phrases) and one per
 * context.
 * @throws {LexiconError} naming the file and the entry: a missing or wrong field, a phrase that does not follow
 * the syntax (see `lexicon/README.md`), a list never used, a kind or context missing, twice, or under another file
 * name, a talk-away that is not a context file.
 */
export function buildLexicon(
  kindFiles: readonly LexiconFile[],
  contextFiles: readonly LexiconFile[],
): Lexicon {
  const contexts = new Map<string, { entry: ContextEntry; pattern: RegExp }>();
  for (const file of contextFiles) {
    const entry = parse(file, contextSchema);
    if (file.path !== `context/${entry.context}.json`) {
      throw new LexiconError(file.path, `context "${entry.context}" must match the file name`);
    }
    if (contexts.has(entry.context)) throw new LexiconError(file.path, `context "${entry.context}" twice`);
    contexts.set(entry.context, { entry, pattern: compileFile(file, entry) });
  }
  const context = (path: string, at: string, name: string) => {
    const found = contexts.get(name);
    if (!found) throw new LexiconError(path, `${at}: no context file named "${name}"`);
    return found;
  };
  const talkAway = (file: LexiconFile, at: string, name: string): TalkAway => {
    const { entry, pattern } = context(file.path, at, name);
    const stillPossible = entry.stillPossible ?? false;
    if (entry.exceptWhen === undefined) return { context: name, pattern, stillPossible };
    const except = context(`context/${name}.json`, 'exceptWhen', entry.exceptWhen);
    return {
      context: name,
      pattern,
      stillPossible,
      exceptWhen: { context: entry.exceptWhen, pattern: except.pattern },
    };
  };
  const kinds = new Map<DangerKind, Lexicon['kinds'][number]>();
  for (const file of kindFiles) {
    const entry = parse(file, kindSchema);
    if (file.path !== `kinds/${entry.kind}.json`) {
      throw new LexiconError(file.path, `kind "${entry.kind}" must match the file name`);
    }
    if (kinds.has(entry.kind)) throw new LexiconError(file.path, `kind "${entry.kind}" twice`);
    const talkedAwayBy = entry.talkedAwayBy.map((name, i) => talkAway(file, `talkedAwayBy.${i}`, name));
    kinds.set(entry.kind, { kind: entry.kind, pattern: compileFile(file, entry), talkedAwayBy });
  }
  const missingKind = DANGER_KINDS.find((kind) => !kinds.has(kind));
  if (missingKind) throw new LexiconError(`kinds/${missingKind}.json`, 'missing');
  const missingRole = ROLES.find((role) => !contexts.has(role));
  if (missingRole) throw new LexiconError(`context/${missingRole}.json`, 'missing');
  const role = (name: (typeof ROLES)[number], flags = '') =>
    new RegExp(contexts.get(name)?.pattern.source ?? '', flags);
  return {
    kinds: DANGER_KINDS.map((kind) => kinds.get(kind) as Lexicon['kinds'][number]),
    now: role('now'),
    calmNow: role('calm-now', 'g'),
    hypothetical: role('hypothetical'),
    possible: role('possible'),
    figurative: role('figurative'),
    conditionalThreat: role('conditional-threat', 'g'),
    contexts: new Map([...contexts].map(([name, { pattern }]) => [name, pattern])),
  };
}
