import { type Analyzer, createAnalyzer } from '../search';
import type { Lang } from '../lang';
import { shownLines, type Topic } from '../topic';

/**
 * The least share of a sentence's content words that the cited topics must say. Set on real paraphrases of the
 * knowledge base (which score 0.6 to 1) and made-up claims (0 to 0.4); see the spec.
 */
export const MIN_GROUNDED_SHARE = 0.5;
/** Shorter sentences ("Bel 112.", "Dat mag.") carry too few words to judge. */
const MIN_CONTENT_WORDS = 3;
/** Stems shorter than this ("kan", "zo") say little; they are left out of the count. */
const MIN_STEM_LENGTH = 3;
/** A stem this long that begins another counts as found: "meldcode" in "meldcodestappen", "signal" in "signalen". */
const MIN_PREFIX = 5;

const SENTENCE_END = /(?<=[.!?;:])\s+|\n+/;

// Frozen: the analyzers only stem; nothing of a model's answer is kept in their caches.
const ANALYZERS: Record<Lang, Analyzer> = { nl: createAnalyzer('nl'), en: createAnalyzer('en') };
for (const analyzer of Object.values(ANALYZERS)) analyzer.freeze();

function contentStems(analyzer: Analyzer, text: string): string[] {
  return analyzer.terms(text).filter((stem) => stem.length >= MIN_STEM_LENGTH && !/\d/.test(stem));
}

/** The content stems of the topics' shown text (title, summary, signs, body) in one language. */
function vocabulary(topics: readonly Topic[], lang: Lang): ReadonlySet<string> {
  const analyzer = ANALYZERS[lang];
  return new Set(
    topics.flatMap((t) =>
      contentStems(analyzer, [t.title[lang], t.summary[lang], ...shownLines(t, lang)].join('\n')),
    ),
  );
}

function share(sentence: string, known: ReadonlySet<string>, lang: Lang): number | undefined {
  const stems = contentStems(ANALYZERS[lang], sentence);
  if (stems.length < MIN_CONTENT_WORDS) return undefined;
  const found = (stem: string) =>
    known.has(stem) ||
    [...known].some(
      (k) =>
        (k.length >= MIN_PREFIX && stem.startsWith(k)) || (stem.length >= MIN_PREFIX && k.startsWith(stem)),
    );
  return stems.filter(found).length / stems.length;
}

/** The share of a sentence's content words that the topics say, or `undefined` when it has too few to judge. */
export function groundedShare(sentence: string, topics: readonly Topic[], lang: Lang): number | undefined {
  return share(sentence, vocabulary(topics, lang), lang);
}

/**
 * The first sentence of a model's answer whose content words are mostly absent from the cited topics, if any.
 * @param topics the topics the answer cites: what it may say
 * @remarks Best effort: it compares words (stop words dropped, stemmed), not meaning, so a sentence that turns the
 * topics' own words around passes. It catches the answer that brings in facts of its own.
 */
export function findUngroundedSentence(
  text: string,
  topics: readonly Topic[],
  lang: Lang,
): string | undefined {
  const known = vocabulary(topics, lang);
  return text.split(SENTENCE_END).find((sentence) => {
    const grounded = share(sentence, known, lang);
    return grounded !== undefined && grounded < MIN_GROUNDED_SHARE;
  });
}
