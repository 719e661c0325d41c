import { createAnalyzer, MAX_TERMS } from './analyzer';
import { expandQuery } from './expand-query';
import { createMiniSearchEngine } from './minisearch-engine';
import type { SearchHit } from './topic-index';
import { fieldDocs } from './topic-index';
import type { Field } from './topic-doc';
import { createVocabulary } from './vocabulary';
import type { Lang } from '../lang';

/** Searches a small list of texts (not the knowledge base) in one language. */
export interface EntrySearch {
  /** Hits (by index in the list), best first; nothing for a query with no word the entries have, or near. */
  search(query: string): SearchHit[];
}

/**
 * The knowledge base's search over other texts: the same analyzer (stop words, Snowball stems, irregular verbs,
 * word groups), the same compounds and base forms, the same engine with typo and prefix tolerance.
 * @param entries one text per field per entry; an empty string where an entry has nothing
 * @remarks Builds in about a millisecond for a checklist; nothing of a query is kept.
 */
export function createEntrySearch(entries: readonly Record<Field, string>[], lang: Lang): EntrySearch {
  const analyzer = createAnalyzer(lang);
  const docs = fieldDocs(entries, analyzer);
  analyzer.freeze();
  const vocabulary = createVocabulary(docs);
  const engine = createMiniSearchEngine(docs);
  return {
    search(query) {
      const unique = [...new Set(analyzer.terms(query, MAX_TERMS, vocabulary.has))];
      const terms = [...new Set(expandQuery(unique, vocabulary, analyzer))];
      return engine.search(terms, entries.length, vocabulary);
    },
  };
}
