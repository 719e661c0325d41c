import type { Analyzer } from './analyzer';
import type { Vocabulary } from './vocabulary';
import { baseForm } from './base-form';
import { splitCompound } from './compounds';
import { shownLines, type Topic } from '../topic';
import { FIELDS, type TopicDoc } from './topic-doc';

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
  const docs = analyzedDocs(topics, analyzer);
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

function analyzedDocs(topics: readonly Topic[], analyzer: Analyzer): TopicDoc[] {
  const { lang } = analyzer;
  return topics.map((topic, index) => ({
    index,
    fields: {
      title: analyzer.terms(topic.title[lang]),
      synonyms: analyzer.terms(topic.synonyms[lang].join(' . ')),
      questions: analyzer.terms(topic.questions[lang].join(' . ')),
      summary: analyzer.terms(topic.summary[lang]),
      body: analyzer.terms(shownLines(topic, lang).join(' ')),
    },
  }));
}
