import { splitCompound } from './compounds';
import type { Vocabulary } from './vocabulary';

// Verb forms the Snowball stemmer leaves alone: "schreeuwt" is "schreeuw" with "-t", "gemeld" is "meld" with
// "ge-" and "-d".
function baseForm(term: string, vocabulary: Vocabulary, stem: (w: string) => string): string | undefined {
  const candidates = [term.replace(/d?t$/, ''), term.replace(/t$/, '')];
  if (term.startsWith('ge') && term.length >= 6) {
    const rest = term.slice(2);
    candidates.push(rest, rest.replace(/[dt]$/, ''), stem(rest));
  }
  return candidates.find((t) => t !== term && t.length >= 3 && vocabulary.has(t));
}

/**
 * Brings the terms of a question closer to the knowledge base's words: a term the knowledge base does not know
 * (not even with a typo) is replaced by its base form ("schreeuwt", "gemeld") or by the known parts of a compound
 * ("arbeidsuitbuiting"). Known terms are kept as they are; unknown ones that cannot be helped too.
 */
export function expandQuery(
  terms: readonly string[],
  vocabulary: Vocabulary,
  stem: (w: string) => string,
): string[] {
  const out: string[] = [];
  for (const term of terms) {
    if (vocabulary.topicsOf(term).size) {
      out.push(term);
      continue;
    }
    const base = baseForm(term, vocabulary, stem);
    const parts = base ? [base] : splitCompound(term, (t) => vocabulary.has(t), stem, 'query');
    out.push(...(parts ?? [term]));
  }
  return out;
}
