import type { DangerKind } from './danger-kind';
import { LEXICON } from './danger-lexicon';
import { foldText } from '../normalize-text';

export type { DangerKind } from './danger-kind';

const { kinds: KINDS, now: NOW, calmNow: CALM_NOW, hypothetical: HYPOTHETICAL } = LEXICON;
const CONDITIONAL_THREAT = LEXICON.conditionalThreat;
const POSSIBLE = LEXICON.possible;
// Contexts that say a match is no danger at all (a tool, a film, work talk), not even possible danger.
const HARMLESS = [
  LEXICON.figurative,
  ...new Map(
    KINDS.flatMap((k) => k.talkedAwayBy)
      .filter((away) => !away.stillPossible)
      .map((away) => [away.context, away.pattern]),
  ).values(),
];

// An older child at home alone is not an emergency by itself.
const AGE = /\b(\d{1,2}) ?(jaar|jr|years?|yrs?)\b|\bvan (\d{1,2})\b|\b(\d{1,2}) year old\b/g;

function olderChildrenOnly(text: string): boolean {
  const ages = [...text.matchAll(AGE)].map((m) => Number(m[1] ?? m[3] ?? m[4]));
  return ages.length > 0 && ages.every((age) => age >= 12);
}

// Emoji that say danger, read as the words they stand for (folding would drop them): "🔪🔪 man in portiek nu".
const EMOJI_MEANING: Record<string, string> = {
  '🔪': 'mes',
  '🗡️': 'mes',
  '🗡': 'mes',
  '🔫': 'pistool',
  '🆘': 'help help',
  '🩸': 'veel bloed',
  '🔥': 'in brand',
};
const EMOJI_WORDS = new RegExp(Object.keys(EMOJI_MEANING).join('|'), 'gu');

/**
 * The kinds of immediate danger a message describes, in a fixed order; empty when there is none.
 * @remarks Missing danger is worse than a false alarm, so the phrases are broad and typo-tolerant. The phrases of
 * each kind, and the context that talks a match away, are data in `lexicon/` (see its README):
 * - any "nu" or "now" (the `now` context, after `calm-now` such as "nu is het rustig" is taken out) overrules
 *   every talk-away and every question;
 * - otherwise the contexts a kind's file lists under `talkedAwayBy` talk it away ("vaak", "volgens de buren",
 *   "de deur slaat dicht", "een mes voor de kit"), unless their `exceptWhen` is said too (a caller on the line);
 * - a question about a situation before the match ("wat als", "what if") makes the kind asked, not happening;
 * - a child alone is no emergency when every age in the message is 12 or over, whatever else it says.
 * Reads the whole message, however long; keeps nothing.
 */
export function detectDanger(message: string): DangerKind[] {
  return assessDanger(message).now;
}

/** What a message says about danger; see {@link assessDanger}. */
export interface DangerAssessment {
  /** The kinds of danger now, as {@link detectDanger}. */
  now: DangerKind[];
  /** The kinds only asked about as a situation, which the 112 topic answers as a question. */
  asked: DangerKind[];
  /**
   * Danger spoken of without the signs of now (the past, hearsay, a habit, a weapon or pills named): the answer
   * leads with "Is iemand nu in gevaar? Bel 112." False when `now` or `asked` has a kind.
   */
  possible: boolean;
}

/**
 * What a message says about danger: `now` as {@link detectDanger}; `asked`, the kinds it only asks about as a
 * situation ("wat doe ik als iemand bewusteloos ligt", "what if he has a knife"), which the 112 topic answers as a
 * question; `possible`, danger spoken of but not now.
 * @remarks Possible danger is a kind talked away only by contexts marked `stillPossible` (the past, hearsay), or a
 * word of `context/possible.json` in a message that no harmless context (a tool, work talk, a film) explains.
 */
export function assessDanger(message: string): DangerAssessment {
  const text = foldText(message.replace(EMOJI_WORDS, (emoji) => ` ${EMOJI_MEANING[emoji] ?? ''} `));
  const now: DangerKind[] = [];
  const asked: DangerKind[] = [];
  let possible = false;
  if (!text) return { now, asked, possible };
  const happening = NOW.test(text.replace(CALM_NOW, ' '));
  // The text with each threat's "if" blanked out, letter for letter, so positions still line up.
  const unconditional = text.replace(CONDITIONAL_THREAT, (threat) => ' '.repeat(threat.length));
  // Whether a context is said in the message, looked up once per message.
  const said = new Map<RegExp, boolean>();
  const says = (pattern: RegExp): boolean => {
    let found = said.get(pattern);
    if (found === undefined) said.set(pattern, (found = pattern.test(text)));
    return found;
  };
  for (const { kind, pattern, talkedAwayBy } of KINDS) {
    // One union expression per kind: where it first matches is where the first of its phrases matches.
    const at = text.search(pattern);
    if (at < 0) continue;
    if (kind === 'child-alone' && olderChildrenOnly(text)) continue;
    if (happening) {
      now.push(kind);
      continue;
    }
    const away = talkedAwayBy.filter(
      (context) => says(context.pattern) && !(context.exceptWhen && says(context.exceptWhen.pattern)),
    );
    if (away.length) {
      possible ||= away.every((context) => context.stillPossible);
      continue;
    }
    (HYPOTHETICAL.test(unconditional.slice(0, at)) ? asked : now).push(kind);
  }
  if (now.length || asked.length) return { now, asked, possible: false };
  possible ||= POSSIBLE.test(text) && !HARMLESS.some(says);
  return { now, asked, possible };
}
