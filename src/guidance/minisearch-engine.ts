import MiniSearch from 'minisearch';
import { FIELD_BOOSTS, FIELDS, type EngineFactory, type TopicDoc } from './topic-index';
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
    search(terms, limit, hasNear = () => true) {
      if (!terms.length) return [];
      // Walking the index for near terms is most of the cost of a question about something else; where the
      // vocabulary knows there are none, the walk would find nothing and is skipped.
      const results = engine.search(terms.join(' '), {
        boost: { ...FIELD_BOOSTS },
        fuzzy: (term) => (term.length >= FUZZY_MIN_LENGTH && hasNear(term) ? 1 : false),
        prefix: (term) => term.length >= PREFIX_MIN_LENGTH && hasNear(term),
        combineWith: 'OR',
      });
      return results.slice(0, limit).map((r) => ({ index: r.id as number, score: r.score }));
    },
  };
};
