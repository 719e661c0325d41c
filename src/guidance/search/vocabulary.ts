import { FIELDS, type Field, type TopicDoc } from './topic-doc';

/** Terms shorter than this only match exactly; longer ones also at one edit (a typo). */
export const FUZZY_MIN_LENGTH = 5;

/** Terms of at least this length also match the knowledge base's terms they begin ("besnijd", "besnijdenis"). */
export const PREFIX_MIN_LENGTH = 5;

/**
 * How much a match in each field says about a topic. Titles, synonyms and example questions are written to be
 * searched; a word that only occurs in the body ("vind", "open") is weaker evidence.
 */
const FIELD_STRENGTH: Record<Field, number> = {
  title: 1,
  synonyms: 1,
  questions: 1,
  summary: 0.5,
  body: 0.5,
};

/** A match through a typo or a prefix counts for this share of an exact one. */
const NEAR_STRENGTH = 0.5;

/** More words near the knowledge base's than questions bring in a long while; then the remembered ones start over. */
const MAX_REMEMBERED_TERMS = 5_000;

/** Which topics use which terms: the ground for the confidence of an answer. */
export interface Vocabulary {
  /** Whether a term occurs in the knowledge base exactly. */
  has(term: string): boolean;
  /**
   * The topics whose text has the term, a term it begins (five letters or more) or a term one edit away (five
   * letters or more): the same leeway the search engine gives.
   */
  topicsOf(term: string): ReadonlySet<number>;
  /**
   * Whether the knowledge base has a term this one begins or a term one edit away (five letters or more each): a
   * superset of what a search engine's typo (Levenshtein 1) and prefix matching can find for it.
   */
  hasNear(term: string): boolean;
  /**
   * How much of a question each topic covers, from 0 to 1: the share of the question's terms found in the topic,
   * each weighted by how rare it is in the titles, synonyms and example questions of the knowledge base, and by
   * where the topic has it. A term the knowledge base does not know weighs most, so a question about something else
   * ("mijn cv-ketel lekt") covers little of any topic.
   * @returns the coverage of a topic (by index) for these terms; the terms are looked up once
   */
  coverage(terms: readonly string[]): (topic: number) => number;
}

/** What one question term matches: strength per topic, and whether any other term is near it. */
interface Match {
  readonly byTopic: ReadonlyMap<number, number>;
  readonly hasNear: boolean;
}

function deletions(term: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < term.length; i += 1) out.push(term.slice(0, i) + term.slice(i + 1));
  return out;
}

/** Builds the vocabulary of the topics of one language. */
export function createVocabulary(docs: readonly TopicDoc[]): Vocabulary {
  // term -> topic -> strength of the best field the topic has it in
  const strengths = new Map<string, Map<number, number>>();
  for (const doc of docs) {
    for (const field of FIELDS) {
      for (const term of doc.fields[field]) {
        let byTopic = strengths.get(term);
        if (!byTopic) strengths.set(term, (byTopic = new Map()));
        byTopic.set(doc.index, Math.max(byTopic.get(doc.index) ?? 0, FIELD_STRENGTH[field]));
      }
    }
  }
  // Symmetric deletion index: two terms are one insertion, deletion, substitution or swap apart when they share a
  // one-letter deletion (or one is a deletion of the other).
  const byDeletion = new Map<string, string[]>();
  for (const term of strengths.keys()) {
    if (term.length < FUZZY_MIN_LENGTH - 1) continue;
    for (const key of [term, ...deletions(term)]) {
      const list = byDeletion.get(key);
      if (list) list.push(term);
      else byDeletion.set(key, [term]);
    }
  }
  const sorted = [...strengths.keys()].sort();
  const nearTerms = (term: string): Set<string> => {
    const near = new Set<string>();
    if (term.length >= PREFIX_MIN_LENGTH) {
      let lo = 0;
      let hi = sorted.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((sorted[mid] ?? '') < term) lo = mid + 1;
        else hi = mid;
      }
      for (let i = lo; i < sorted.length && (sorted[i] ?? '').startsWith(term); i += 1)
        near.add(sorted[i] ?? '');
    }
    if (term.length >= FUZZY_MIN_LENGTH) {
      for (const key of [term, ...deletions(term)]) {
        for (const candidate of byDeletion.get(key) ?? []) near.add(candidate);
        if (strengths.has(key)) near.add(key);
      }
    }
    near.delete(term);
    return near;
  };
  // Strength per topic for one query term: exact matches in full, near ones (typo, prefix) in part.
  const computeMatch = (term: string): Match => {
    const match = new Map(strengths.get(term));
    const near = nearTerms(term);
    for (const other of near) {
      strengths.get(other)?.forEach((strength, topic) => {
        match.set(topic, Math.max(match.get(topic) ?? 0, strength * NEAR_STRENGTH));
      });
    }
    return { byTopic: match, hasNear: near.size > 0 };
  };
  // A term's match depends on the term alone, and questions repeat their words: each is worked out once. Only words
  // that match the knowledge base are kept (a name or any other word of a question's own is not), never a question;
  // read-only to every caller.
  const remembered = new Map<string, Match>();
  const matchOf = (term: string): Match => {
    let match = remembered.get(term);
    if (!match) {
      match = computeMatch(term);
      if (match.byTopic.size > 0) {
        if (remembered.size >= MAX_REMEMBERED_TERMS) remembered.clear();
        remembered.set(term, match);
      }
    }
    return match;
  };
  const total = docs.length;
  const idf = (df: number): number => Math.log(1 + (total - df + 0.5) / (df + 0.5));
  return {
    has: (term) => strengths.has(term),
    topicsOf: (term) => new Set(matchOf(term).byTopic.keys()),
    hasNear: (term) => matchOf(term).hasNear,
    coverage(terms) {
      const weighted = [...new Set(terms)].map((term) => {
        const match = matchOf(term).byTopic;
        // A term with a typo is as rare as the terms it is near, not as rare as a word the knowledge base lacks.
        const curatedStrength = strengths.has(term) ? 1 : NEAR_STRENGTH;
        let curated = 0;
        match.forEach((strength) => (curated += strength >= curatedStrength ? 1 : 0));
        return { match, weight: idf(curated) };
      });
      const all = weighted.reduce((sum, w) => sum + w.weight, 0);
      return (topic) =>
        all === 0 ? 0 : weighted.reduce((sum, w) => sum + w.weight * (w.match.get(topic) ?? 0), 0) / all;
    },
  };
}
