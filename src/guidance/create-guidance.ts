import { createAnalyzer, MAX_TERMS } from './analyzer';
import { detectDanger } from './danger-detector';
import { detectLanguage } from './detect-language';
import { expandQuery } from './expand-query';
import type { GuidanceAnswer } from './guidance-answer';
import { LANGS, langFromLocale, type Lang } from './lang';
import { createMiniSearchEngine } from './minisearch-engine';
import { MAX_SEARCH_CHARS, stripMentions } from './normalize-text';
import { createOramaEngine } from './orama-engine';
import { createPrivacyGuard } from './privacy-guard';
import type { Topic } from './topic';
import { topicDocs, type EngineFactory, type TopicSearchEngine } from './topic-index';
import { createVocabulary, type Vocabulary } from './vocabulary';

/** The search engines Voordeur can use; both were measured on the evaluation set (see bench/qa). */
export const ENGINES: Record<'minisearch' | 'orama', EngineFactory> = {
  minisearch: createMiniSearchEngine,
  orama: createOramaEngine,
};

/** The engine in use unless a caller chooses another. */
export const DEFAULT_ENGINE: keyof typeof ENGINES = 'minisearch';

/**
 * Below this confidence the answer is the fallback. Chosen over all parts of the evaluation set after the knowledge
 * base's vocabulary was widened: 0.45 gave the most right topics but let a fifth of the off-topic questions through;
 * 0.5 trades about one point of top-1 for seven of fallback recall (see BENCHMARKS.md).
 */
export const DEFAULT_THRESHOLD = 0.5;

/** How many of the engine's hits are re-ranked. */
const CANDIDATES = 5;

/** The share of the engine's (normalised) score in the final order; the rest is coverage. */
const ENGINE_WEIGHT = 0.5;

/** Options for {@link createGuidance}. */
export interface GuidanceOptions {
  engine?: keyof typeof ENGINES;
  /** Minimum confidence (0-1) for a topic answer. */
  threshold?: number;
  /** Phone numbers that are not personal data (the organisation's configured contacts). */
  allowedNumbers?: readonly string[];
  /** How many related topics to add at most. */
  maxRelated?: number;
}

/** Answers questions from staff with topics of the knowledge base. */
export interface Guidance {
  /**
   * The answer to one message.
   * @param text the message as typed (Teams `<at>` mentions are removed here)
   * @param locale the activity's locale (`nl-NL`, `en-US`); the text's own language wins when it is clear
   */
  answer(text: string, locale?: string): GuidanceAnswer;
  /** A topic by id. */
  topic(id: string): Topic | undefined;
  /** The topics an editor linked to `topic` (its `related` ids), in their order. */
  related(topic: Topic): Topic[];
  readonly topics: readonly Topic[];
}

interface Ranked {
  index: number;
  confidence: number;
}

interface LangIndex {
  /** The question's search terms, each once, brought closer to the knowledge base's words. */
  terms(text: string): string[];
  engine: TopicSearchEngine;
  vocabulary: Vocabulary;
}

function buildIndex(topics: readonly Topic[], lang: Lang, factory: EngineFactory): LangIndex {
  const analyzer = createAnalyzer(lang);
  const docs = topicDocs(topics, analyzer);
  analyzer.freeze();
  const vocabulary = createVocabulary(docs);
  return {
    terms: (text) => {
      const unique = [...new Set(analyzer.terms(text, MAX_TERMS, vocabulary.has))];
      return [...new Set(expandQuery(unique, vocabulary, analyzer))];
    },
    engine: factory(docs),
    vocabulary,
  };
}

/**
 * Builds the guidance over validated topics (see `loadKnowledge`).
 * @remarks Pure and synchronous: no I/O, no logging, nothing of a question is kept. Building takes milliseconds;
 * build once at start and share.
 */
export function createGuidance(topics: readonly Topic[], options: GuidanceOptions = {}): Guidance {
  const factory = ENGINES[options.engine ?? DEFAULT_ENGINE];
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const maxRelated = options.maxRelated ?? 2;
  const guard = createPrivacyGuard(options.allowedNumbers);
  const byId = new Map(topics.map((t) => [t.id, t]));
  const danger = byId.get('direct-gevaar');
  if (!danger) throw new Error('The knowledge base has no "direct-gevaar" topic; loadKnowledge requires it');
  const dangerRelated = danger.related.flatMap((id) => byId.get(id) ?? []).slice(0, maxRelated);
  const indexes = Object.fromEntries(
    LANGS.map((lang) => [lang, buildIndex(topics, lang, factory)]),
  ) as Record<Lang, LangIndex>;

  // The engine's best five, re-ordered by engine score and coverage together: BM25 rewards a common word that a
  // topic repeats; coverage rewards the topic that explains the rare words of the question.
  const rank = (text: string, lang: Lang): { ranked: Ranked[]; terms: number } => {
    const index = indexes[lang];
    const terms = index.terms(text);
    const hits = index.engine.search(terms, CANDIDATES, index.vocabulary.hasNear);
    const best = hits[0]?.score ?? 1;
    const coverage = index.vocabulary.coverage(terms);
    const ranked = hits
      .map((h) => {
        const confidence = coverage(h.index);
        return {
          index: h.index,
          confidence,
          order: ENGINE_WEIGHT * (h.score / best) + (1 - ENGINE_WEIGHT) * confidence,
        };
      })
      .sort((a, b) => b.order - a.order);
    return { ranked, terms: terms.length };
  };

  return {
    topics,
    topic: (id) => byId.get(id),
    related: (topic) => topic.related.flatMap((id) => byId.get(id) ?? []),
    answer(text, locale) {
      const message = stripMentions(typeof text === 'string' ? text : '');
      const dangerKinds = detectDanger(message);
      const personalData = guard.check(message);
      const searchText = (personalData.length ? guard.redact(message) : message).slice(0, MAX_SEARCH_CHARS);
      const detected = detectLanguage(searchText);
      const lang = detected ?? langFromLocale(locale);
      const base = { lang, personalData };
      // Danger needs no search: the answer is the 112 topic, and its suggestions are the ones its editor chose.
      if (dangerKinds.length) {
        return {
          ...base,
          kind: 'danger',
          danger: dangerKinds,
          topic: danger,
          score: 1,
          related: dangerRelated,
        };
      }
      let result = rank(searchText, lang);
      if (!detected) {
        const other = rank(searchText, lang === 'nl' ? 'en' : 'nl');
        if ((other.ranked[0]?.confidence ?? 0) > (result.ranked[0]?.confidence ?? 0)) result = other;
      }
      const { ranked } = result;
      const top = ranked[0];
      const confident = top !== undefined && top.confidence >= threshold;
      const relatedOf = (skip: Set<number>, max = maxRelated) =>
        ranked
          .filter((r) => !skip.has(r.index) && r.confidence >= threshold / 2)
          .slice(0, max)
          .map((r) => topics[r.index]!);
      if (confident) {
        const topic = topics[top.index]!;
        const related = relatedOf(new Set([top.index]));
        if (personalData.length) return { ...base, kind: 'privacy', topic, score: top.confidence, related };
        return { ...base, kind: 'answer', topic, score: top.confidence, related };
      }
      // Not sure enough to answer, but the nearest topics are offered as suggestions.
      const score = top?.confidence ?? 0;
      const suggestions = relatedOf(new Set(), maxRelated + 1);
      if (personalData.length) return { ...base, kind: 'privacy', score, related: suggestions };
      return {
        ...base,
        kind: 'fallback',
        reason: result.terms ? 'no-match' : 'empty',
        score,
        related: suggestions,
      };
    },
  };
}
