import MiniSearch from 'minisearch';
import { FIELD_BOOSTS, FIELDS, type TopicDoc } from './topic-doc';
import type { EngineFactory } from './topic-index';
import { FUZZY_MIN_LENGTH, PREFIX_MIN_LENGTH } from './vocabulary';

type StoredDoc = Record<string, string | number>;

const splitTerms = (text: string): string[] => text.split(' ').filter(Boolean);

/**
 * MiniSearch over pre-analyzed topics: BM25+, field boosts, edit distance 1 for terms of five letters or more,
 * prefix matches for terms of five or more (both weighted below an exact match).
 */
export const createMiniSearchEngine: EngineFactory = (docs: readonly TopicDoc[]) => {
  const engine = new MiniSearch<StoredDoc>({
    fields: FIELDS,
    idField: 'id',
    tokenize: splitTerms,
    processTerm: (term) => term,
  });
  engine.addAll(
    docs.map((doc) => {
      const stored: StoredDoc = { id: doc.index };
      for (const field of FIELDS) stored[field] = doc.fields[field].join(' ');
      return stored;
    }),
  );
  return {
    search(terms, limit, known) {
      // A question about something else costs most where the search finds nothing: a term the vocabulary has
      // nothing of (not even near) is left out, and the walk for typos and prefixes is skipped for a term with
      // nothing near it. Neither changes a score: MiniSearch scores only the terms that match.
      const searched = known ? terms.filter((t) => known.has(t) || known.hasNear(t)) : terms;
      if (!searched.length) return [];
      const near = (term: string) => !known || known.hasNear(term);
      const results = engine.search(searched.join(' '), {
        boost: { ...FIELD_BOOSTS },
        fuzzy: (term) => (term.length >= FUZZY_MIN_LENGTH && near(term) ? 1 : false),
        prefix: (term) => term.length >= PREFIX_MIN_LENGTH && near(term),
        combineWith: 'OR',
      });
      return results.slice(0, limit).map((r) => ({ index: r.id as number, score: r.score }));
    },
  };
};
