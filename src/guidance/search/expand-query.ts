import { baseForm } from './base-form';
import type { Analyzer } from './analyzer';
import { splitCompound } from './compounds';
import type { Vocabulary } from './vocabulary';

/**
 * Brings the terms of a question closer to the knowledge base's words: a Dutch verb form is replaced by its base
 * form when the knowledge base has that ("schreeuwt", "gemeld"), as the index did with its own words (see
 * `topicDocs`); a term the knowledge base does not know (not even with a typo) by the known parts of a compound
 * ("arbeidsuitbuiting"). Known terms are kept as they are; unknown ones that cannot be helped too.
 */
export function expandQuery(
  terms: readonly string[],
  vocabulary: Vocabulary,
  analyzer: Pick<Analyzer, 'lang' | 'stem'>,
): string[] {
  const { stem } = analyzer;
  const base = (term: string, prefix: boolean): string | undefined =>
    analyzer.lang === 'nl' ? baseForm(term, vocabulary.has, stem, prefix) : undefined;
  const out: string[] = [];
  for (const term of terms) {
    if (vocabulary.has(term)) out.push(term);
    else if (vocabulary.topicsOf(term).size) out.push(base(term, false) ?? term);
    else {
      const found = base(term, true);
      const parts = found ? [found] : splitCompound(term, (t) => vocabulary.has(t), stem, 'query');
      out.push(...(parts ?? [term]));
    }
  }
  return out;
}
