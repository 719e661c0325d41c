import { IRREGULAR_FORMS, KEPT_FORMS } from './irregular-forms';
import type { Lang } from '../lang';
import { foldText } from '../normalize-text';
import { STOP_WORDS } from './stop-words';
import { WORD_GROUPS } from './word-groups';

/**
 * Names of more than one word that are searched as one term, so that "veilig" in "ik voel me niet veilig" is not
 * read as Veilig Thuis, and "veiligthuis" typed as one word still finds it. Also sayings made of stop words only,
 * which would otherwise leave nothing to search: "(ze weten) dat ik het was", "ze moet trouwen".
 */
const PHRASES: readonly [RegExp, string][] = [
  [/\bveilig achter de voordeur\b/g, 'veiligachterdevoordeur'],
  [/\bveilig thuis\b/g, 'veiligthuis'],
  [/\bdat ik (het|dat) was\b/g, 'datikhetwas'],
  [/\b(it was me|i was the one)\b/g, 'itwasme'],
  // "Ze moet (van haar ouders) trouwen": the stop word "moet" is what makes it forced.
  [/\b(moet|moeten|moest|moesten)\b(?=( [a-z]+){0,4} trouwen\b)/g, 'gedwongen'],
  [/\b(has to|have to|had to|must|made to)\b(?=( [a-z]+){0,3} marry\b)/g, 'forced'],
];

// Particles that Dutch splits off a verb: "ik meld me aan" is "aanmelden", "schrijf het op" is "opschrijven".
const PARTICLES = new Set(['aan', 'af', 'door', 'vast', 'op', 'uit', 'mee', 'terug', 'weg', 'in', 'over']);
const PARTICLE_REACH = 6;

// Longer "words" are pasted codes or keyboard mashing; stemming and fuzzy matching them would only cost time.
const MAX_WORD_LENGTH = 40;

// Numbers say little about a topic ("kind van 3", "nummer 8"), except the service numbers.
const NUMBERS = new Set(['112', '113', '0113', '0432', '0800', '2000', '0900', '8844']);

// The Dutch Snowball stemmer undoubles only "kk", "dd" and "tt": "stappen" stays "stapp" while "stap" is "stap", and
// "herkennen" stays "herkenn" while "herken" is "herken".
const DOUBLE_END = /([bcdfgklmnprstvz])\1$/;

/** The most terms a question is reduced to; a 10,000-character message costs no more than a long question. */
export const MAX_TERMS = 64;

/** Turns text into search terms for one language. The same analyzer serves the index and the query. */
export interface Analyzer {
  readonly lang: Lang;
  /**
   * Folded, stop words removed, stemmed with the Snowball stemmer of the language; in order, repeats kept.
   * @param limit stop after this many terms (queries pass {@link MAX_TERMS})
   * @param known for questions: whether the knowledge base has a term; then Dutch separable verbs are joined
   * ("ik meld me aan" also gives "aanmeld", "hij spreekt haar aan" also "aansprek"), and so are compounds written
   * as two words ("huwelijks dwang" gives "huwelijksdwang")
   */
  terms(text: string, limit?: number, known?: (term: string) => boolean): string[];
  /** Folded and split into words (multi-word names joined), nothing removed. */
  words(text: string): string[];
  /**
   * The stem of one folded word (irregular forms first brought back to their base form, words of a group such as
   * "terrified" and "scared" to the group's word).
   */
  stem(word: string): string;
  /** Stops remembering stems: call after indexing, so that words from questions are never kept. */
  freeze(): void;
}

// The package's types are declared as ES module only, while its CommonJS build is what runs here.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { stemmer: dutchStemmer } = require('@orama/stemmers/dutch') as { stemmer: (word: string) => string };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { stemmer: englishStemmer } = require('@orama/stemmers/english') as {
  stemmer: (word: string) => string;
};

/**
 * The stemmer of a language, from Orama's stemmers. Dutch is the Snowball Dutch algorithm: it stems as the reference
 * `snowball-stemmers` does (`analyzer.spec.ts` checks every word of the knowledge base and the evaluation set) and
 * about eight times faster, which counts for the words of a question that the knowledge base does not have. English
 * is the Porter algorithm; it gave the same answers as Snowball English on every part of the evaluation set.
 */
export function stemmerFor(lang: Lang): (word: string) => string {
  if (lang === 'nl') return dutchStemmer;
  return englishStemmer;
}

/**
 * An analyzer for Dutch or English.
 * @remarks Stems of the knowledge base's own words are cached until {@link Analyzer.freeze}; words that only occur
 * in questions are stemmed each time and never kept, so no trace of a question stays in memory.
 */
export function createAnalyzer(lang: Lang): Analyzer {
  const stemWord = stemmerFor(lang);
  const stops = STOP_WORDS[lang];
  const irregular = IRREGULAR_FORMS[lang];
  const groups = WORD_GROUPS[lang];
  const kept = KEPT_FORMS[lang];
  const cache = new Map<string, string>();
  let frozen = false;
  const stemOf = (word: string): string => {
    if (/\d/.test(word)) return word;
    const fixed = kept.get(word);
    if (fixed) return fixed;
    const base = irregular.get(word) ?? word;
    const stemmed = stemWord(groups.get(base) ?? base);
    return lang === 'nl' ? stemmed.replace(DOUBLE_END, '$1') : stemmed;
  };
  const stem = (word: string): string => {
    let stemmed = cache.get(word);
    if (stemmed === undefined) {
      stemmed = stemOf(word);
      if (!frozen) cache.set(word, stemmed);
    }
    return stemmed;
  };
  const words = (text: string): string[] => {
    const folded = PHRASES.reduce((t, [pattern, joined]) => t.replace(pattern, joined), foldText(text));
    return folded ? folded.split(' ') : [];
  };
  // A compound written as two words ("ouderen mishandeling", "huwelijks dwang", "aandacht functionaris") is one
  // term when the knowledge base has it written as one.
  const compound = (word: string, next: string | undefined, known: (term: string) => boolean) => {
    if (!next || /\d/.test(word + next) || stops.has(next) || (word + next).length > MAX_WORD_LENGTH)
      return '';
    return [word + next, `${word}s${next}`].map(stem).find(known) ?? '';
  };
  return {
    lang,
    words,
    stem,
    freeze: () => {
      frozen = true;
    },
    terms(text, limit = Number.POSITIVE_INFINITY, known) {
      const out: string[] = [];
      const all = words(text);
      if (known && lang === 'nl') {
        all.forEach((particle, j) => {
          if (!PARTICLES.has(particle)) return;
          for (let i = Math.max(0, j - PARTICLE_REACH); i < j; i += 1) {
            const joined = stem(particle + (irregular.get(all[i] ?? '') ?? all[i]));
            if (joined.length > particle.length + 2 && known(joined) && out.length < limit) out.push(joined);
          }
        });
      }
      for (let i = 0; i < all.length && out.length < limit; i += 1) {
        const word = all[i] ?? '';
        if (word.length < 2 || word.length > MAX_WORD_LENGTH || stops.has(word)) continue;
        if (/^\d+$/.test(word) && !NUMBERS.has(word)) continue;
        const joined = known && compound(word, all[i + 1], known);
        if (joined) i += 1;
        out.push(joined || stem(word));
      }
      return out;
    },
  };
}
