import type { Analyzer } from './analyzer';
import type { Vocabulary } from './vocabulary';
import { baseForm } from './base-form';
import { splitCompound } from './compounds';
import { shownLines, type Topic } from '../topic';
import { FIELDS, type Field, type TopicDoc } from './topic-doc';

/** A scored topic from a search engine. */
export interface SearchHit {
  index: number;
  score: number;
}

/** A full-text engine over the topics of one language. Terms come in analyzed (stemmed, stop words gone). */
export interface TopicSearchEngine {
  /**
   * The best topics for the terms, best first. Typo tolerance and ranking are the engine's.
   * @param known what the knowledge base has of a term, exactly or a typo or prefix away (see `Vocabulary`); an
   * engine may leave out what cannot match
   */
  search(terms: readonly string[], limit: number, known?: Pick<Vocabulary, 'has' | 'hasNear'>): SearchHit[];
}

/** Builds an engine over the documents of one language. */
export type EngineFactory = (docs: readonly TopicDoc[]) => TopicSearchEngine;

/**
 * Reduces each topic to search terms in the analyzer's language.
 * @remarks Dutch verb forms that the knowledge base also has in their base form are indexed as that base form
 * ("schreeuwt" as "schreeuw"), as the query does (see `expandQuery`). Compounds are also indexed by their parts
 * ("huwelijksdwang" also as "huwelijk" and "dwang"), so a question that writes them apart still finds them.
 */
export function topicDocs(topics: readonly Topic[], analyzer: Analyzer): TopicDoc[] {
  const { lang } = analyzer;
  return fieldDocs(
    topics.map((topic) => ({
      title: topic.title[lang],
      synonyms: topic.synonyms[lang].join(' . '),
      questions: topic.questions[lang].join(' . '),
      summary: topic.summary[lang],
      body: shownLines(topic, lang).join(' '),
    })),
    analyzer,
  );
}

/**
 * Reduces any texts to search terms the way {@link topicDocs} does the knowledge base: one document per entry,
 * each field analyzed, verb forms brought to their base form and compounds indexed by their parts too.
 */
export function fieldDocs(entries: readonly Record<Field, string>[], analyzer: Analyzer): TopicDoc[] {
  const docs: TopicDoc[] = entries.map((entry, index) => ({
    index,
    fields: Object.fromEntries(FIELDS.map((f) => [f, analyzer.terms(entry[f])])) as Record<Field, string[]>,
  }));
  const terms = new Set(docs.flatMap((d) => FIELDS.flatMap((f) => d.fields[f])));
  const bases = new Map<string, string>();
  if (analyzer.lang === 'nl') {
    for (const term of terms) {
      const base = baseForm(term, (t) => terms.has(t), analyzer.stem, false);
      if (base) bases.set(term, base);
    }
  }
  const known = new Set([...terms].map((t) => bases.get(t) ?? t));
  const parts = new Map<string, string[] | undefined>();
  for (const term of known)
    parts.set(
      term,
      splitCompound(term, (t) => t !== term && known.has(t), analyzer.stem, 'index'),
    );
  const index = (t: string): string[] => {
    const term = bases.get(t) ?? t;
    return [term, ...(parts.get(term) ?? [])];
  };
  for (const doc of docs) {
    for (const field of FIELDS) doc.fields[field] = doc.fields[field].flatMap(index);
  }
  return docs;
}
