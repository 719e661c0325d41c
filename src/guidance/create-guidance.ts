import {
  createAnalyzer,
  MAX_TERMS,
  confidenceOf,
  type ConfidenceModel,
  type SearchEvidence,
  CONFIDENCE_MODELS,
  expandQuery,
  createMiniSearchEngine,
  topicDocs,
  type EngineFactory,
  type TopicSearchEngine,
  createVocabulary,
  type Vocabulary,
} from './search';
import { asksWhatToDo } from './asks-what-to-do';
import { assessDanger } from './danger';
import { detectLanguage } from './detect-language';
import type { GuidanceAnswer } from './guidance-answer';
import { LANGS, langFromLocale, type Lang } from './lang';
import { MAX_SEARCH_CHARS, stripMentions } from './normalize-text';
import { createPrivacyGuard } from './privacy';
import { DANGER_TOPIC, type Topic } from './topic';
/** The engine in use unless a caller chooses another (bench/qa compares it with Orama). */
export const DEFAULT_ENGINE = 'minisearch';

/**
 * Below this confidence the default engine's answer is the fallback: chosen by `npm run fit:confidence` on the parts
 * of the evaluation set the model was fitted on, as the one with the most right topics that still falls back on at
 * least 90 % of the questions about something else (see BENCHMARKS.md).
 */
export const DEFAULT_THRESHOLD = CONFIDENCE_MODELS[DEFAULT_ENGINE].threshold;

/** A topic is offered as a suggestion when it covers at least this much of the question. */
const SUGGESTION_COVERAGE = 0.25;

/** How many of the engine's hits are re-ranked. */
const CANDIDATES = 5;

/** The share of the engine's (normalised) score in the final order; the rest is coverage. */
const ENGINE_WEIGHT = 0.5;

/** Options for {@link createGuidance}. */
export interface GuidanceOptions {
  /** The search engine; MiniSearch by default. Another needs its own fitted `confidenceModel`. */
  engine?: EngineFactory;
  /** Minimum confidence (0-1) for a topic answer; by default the confidence model's own. */
  threshold?: number;
  /** Decides between the best topic and the fallback; by default the one fitted for the engine. */
  confidenceModel?: ConfidenceModel;
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
  coverage: number;
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
  const factory = options.engine ?? createMiniSearchEngine;
  const model = options.confidenceModel ?? CONFIDENCE_MODELS[DEFAULT_ENGINE];
  const threshold = options.threshold ?? model.threshold;
  const maxRelated = options.maxRelated ?? 2;
  const guard = createPrivacyGuard(options.allowedNumbers);
  const byId = new Map(topics.map((t) => [t.id, t]));
  const danger = byId.get(DANGER_TOPIC);
  if (!danger) throw new Error('The knowledge base has no "direct-gevaar" topic; loadKnowledge requires it');
  const dangerRelated = danger.related.flatMap((id) => byId.get(id) ?? []).slice(0, maxRelated);
  const indexes = Object.fromEntries(
    LANGS.map((lang) => [lang, buildIndex(topics, lang, factory)]),
  ) as Record<Lang, LangIndex>;

  // The engine's best five, re-ordered by engine score and coverage together: BM25 rewards a common word that a
  // topic repeats; coverage rewards the topic that explains the rare words of the question.
  const rank = (text: string, lang: Lang): { ranked: Ranked[]; evidence: SearchEvidence } => {
    const { terms: termsOf, engine: search, vocabulary } = indexes[lang];
    const terms = termsOf(text);
    // The engine and the evidence both ask whether a term has anything near it; answered once per term, and
    // forgotten with the question.
    const near = new Map<string, boolean>();
    const known = {
      has: vocabulary.has,
      hasNear: (term: string): boolean => {
        let answer = near.get(term);
        if (answer === undefined) near.set(term, (answer = vocabulary.hasNear(term)));
        return answer;
      },
    };
    const hits = search.search(terms, CANDIDATES, known);
    const best = hits[0]?.score ?? 1;
    const coverage = vocabulary.coverage(terms);
    const ordered = hits
      .map((h) => {
        const covered = coverage(h.index);
        return {
          index: h.index,
          coverage: covered,
          score: h.score,
          order: ENGINE_WEIGHT * (h.score / best) + (1 - ENGINE_WEIGHT) * covered,
        };
      })
      .sort((a, b) => b.order - a.order);
    const evidence: SearchEvidence = {
      coverage: ordered[0]?.coverage ?? 0,
      runnerUp: ordered[1]?.coverage ?? 0,
      score: ordered[0]?.score ?? 0,
      terms: terms.length,
      known: terms.filter(vocabulary.has).length,
      unknown: terms.filter((t) => !known.has(t) && !known.hasNear(t)).length,
    };
    return { ranked: ordered, evidence };
  };

  return {
    topics,
    topic: (id) => byId.get(id),
    related: (topic) => topic.related.flatMap((id) => byId.get(id) ?? []),
    answer(text, locale) {
      const message = stripMentions(typeof text === 'string' ? text : '');
      const { now: dangerKinds, asked: dangerAsked, possible: possibleDanger } = assessDanger(message);
      const personalData = guard.check(message);
      const searchText = (personalData.length ? guard.redact(message) : message).slice(0, MAX_SEARCH_CHARS);
      const detected = detectLanguage(searchText);
      const lang = detected ?? langFromLocale(locale);
      const base = { lang, personalData, possibleDanger, actionsFirst: asksWhatToDo(message) };
      // Danger needs no search: the answer is the 112 topic, and its suggestions are the ones its editor chose.
      const dangerTopic = { ...base, topic: danger, score: 1, related: dangerRelated };
      if (dangerKinds.length) return { ...dangerTopic, kind: 'danger', danger: dangerKinds };
      // A question about a dangerous situation ("wat doe ik als iemand bewusteloos ligt") is answered by the 112 topic
      // as a topic, whatever words it uses.
      if (dangerAsked.length) return { ...dangerTopic, kind: personalData.length ? 'privacy' : 'answer' };
      let result = rank(searchText, lang);
      if (!detected) {
        const other = rank(searchText, lang === 'nl' ? 'en' : 'nl');
        if (other.evidence.coverage > result.evidence.coverage) result = other;
      }
      const { ranked, evidence } = result;
      const top = ranked[0];
      const score = confidenceOf(model, evidence);
      const relatedOf = (skip: Set<number>, max = maxRelated) =>
        ranked
          .filter((r) => !skip.has(r.index) && r.coverage >= SUGGESTION_COVERAGE)
          .slice(0, max)
          .map((r) => topics[r.index]!);
      if (top !== undefined && score >= threshold) {
        const topic = topics[top.index]!;
        const related = relatedOf(new Set([top.index]));
        if (personalData.length) return { ...base, kind: 'privacy', topic, score, related, evidence };
        return { ...base, kind: 'answer', topic, score, related, evidence };
      }
      // Not sure enough to answer, but the nearest topics are offered as suggestions.
      const suggestions = relatedOf(new Set(), maxRelated + 1);
      if (personalData.length) return { ...base, kind: 'privacy', score, related: suggestions, evidence };
      return {
        ...base,
        kind: 'fallback',
        reason: evidence.terms ? 'no-match' : 'empty',
        score,
        related: suggestions,
        evidence,
      };
    },
  };
}
