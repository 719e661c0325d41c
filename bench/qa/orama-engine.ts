import { create, insert, search, type Orama } from '@orama/orama';
import { FIELD_BOOSTS, FIELDS, type TopicDoc } from '../../src/guidance/search/topic-doc';
import type { EngineFactory } from '../../src/guidance/search/topic-index';

const schema = {
  title: 'string',
  synonyms: 'string',
  questions: 'string',
  summary: 'string',
  body: 'string',
} as const;

// Terms arrive analyzed (folded, stemmed, stop words gone), for documents and queries alike. Orama wants a
// language name; this tokenizer does not use it.
const preAnalyzed = {
  language: 'dutch',
  normalizationCache: new Map<string, string>(),
  tokenize: (raw: string): string[] => raw.split(' ').filter(Boolean),
};

function synchronous<T>(value: T | Promise<T>): T {
  if (value instanceof Promise)
    throw new Error('Orama answered asynchronously; the guidance index must be synchronous');
  return value;
}

/**
 * Orama over pre-analyzed topics: BM25, field boosts, Levenshtein tolerance 1 for every term, any term may match
 * (`threshold: 1`).
 * @remarks Orama counts a fuzzy match as much as an exact one and applies one tolerance to all terms.
 */
export const createOramaEngine: EngineFactory = (docs: readonly TopicDoc[]) => {
  const db: Orama<typeof schema> = create({ schema, components: { tokenizer: preAnalyzed } });
  for (const doc of docs) {
    const row: Record<string, string> = { id: String(doc.index) };
    for (const field of FIELDS) row[field] = doc.fields[field].join(' ');
    synchronous(insert(db, row));
  }
  return {
    search(terms, limit) {
      if (!terms.length) return [];
      const result = synchronous(
        search(db, {
          term: terms.join(' '),
          properties: [...FIELDS],
          boost: { ...FIELD_BOOSTS },
          tolerance: 1,
          threshold: 1,
          limit,
        }),
      );
      return result.hits.map((hit) => ({ index: Number(hit.id), score: hit.score }));
    },
  };
};
