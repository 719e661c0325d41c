/** How a compound may be split: for the knowledge base itself, or for a word in a question. */
export type SplitMode = 'index' | 'query';

const MIN_HEAD = 4;
const MIN_MODIFIER = 3;

/**
 * Splits a Dutch compound ("kindermishandeling", "arbeidsuitbuiting") into parts the knowledge base knows, so a
 * question with "huwelijks dwang" finds "huwelijksdwang" and one with "slaapkamerdeur" finds "deur".
 * @param term a stemmed term
 * @param known whether a stemmed term occurs in the knowledge base
 * @param stem the analyzer's stemmer, for the modifier ("kinder" in "kindermishandel")
 * @returns the parts (stemmed), or `undefined` when there is no good split
 * @remarks Tries, in order: both parts known; the head (the last part, which carries the meaning in Dutch) known;
 * and only for the knowledge base's own words, the modifier known. Linking letters ("aandachts-") are dropped.
 */
export function splitCompound(
  term: string,
  known: (t: string) => boolean,
  stem: (word: string) => string,
  mode: SplitMode,
): string[] | undefined {
  if (term.length < MIN_HEAD + MIN_MODIFIER + 1 || /\d/.test(term)) return undefined;
  const modifierOf = (left: string): string | undefined => {
    for (const candidate of [left, left.replace(/(s|en|e)$/, '')]) {
      if (candidate.length < MIN_MODIFIER) continue;
      if (known(candidate)) return candidate;
      const stemmed = stem(candidate);
      if (known(stemmed)) return stemmed;
    }
    return undefined;
  };
  const splits: { modifier?: string; head: string; headKnown: boolean; left: string }[] = [];
  for (let i = MIN_MODIFIER; i <= term.length - MIN_HEAD; i += 1) {
    const left = term.slice(0, i);
    const head = term.slice(i);
    splits.push({ modifier: modifierOf(left), head, headKnown: known(head), left });
  }
  const both = splits.find((s) => s.modifier && s.headKnown);
  if (both) return [both.modifier!, both.head];
  const headOnly = splits.find((s) => s.headKnown);
  if (headOnly) return mode === 'index' ? [stem(headOnly.left), headOnly.head] : [headOnly.head];
  if (mode === 'query') return undefined;
  const modifierOnly = [...splits].reverse().find((s) => s.modifier && s.head.length >= MIN_HEAD + 1);
  return modifierOnly ? [modifierOnly.modifier!, modifierOnly.head] : undefined;
}
