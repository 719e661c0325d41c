// snowball-stemmers ships no types; this declares the part Voordeur uses.
declare module 'snowball-stemmers' {
  /** A Snowball stemmer for one language. */
  export interface Stemmer {
    stem(word: string): string;
  }
  /** A stemmer for an algorithm name such as `dutch` or `english`. */
  export function newStemmer(algorithm: string): Stemmer;
  /** The algorithm names this build knows. */
  export function algorithms(): string[];
}
