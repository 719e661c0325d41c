/**
 * The base form of a Dutch verb form that the Snowball stemmer leaves alone, when the knowledge base has it:
 * "schreeuwt" and "schreeuwde" are "schreeuw", "maakt" is "mak" (as "maken"), "gemeld" is "meld".
 * @param term a stemmed term
 * @param known whether a stemmed term occurs in the knowledge base
 * @param stem the analyzer's stemmer, to stem what is left after an ending is cut off
 * @param prefix also try without "ge-": for words of a question that the knowledge base does not know; a word it
 * does know may well be a noun ("gesprek", "geval") rather than a participle
 * @returns the base form, or `undefined` when the knowledge base has none
 */
export function baseForm(
  term: string,
  known: (t: string) => boolean,
  stem: (w: string) => string,
  prefix: boolean,
): string | undefined {
  // Without "-t" the stem is stemmed again, but only to halve a long vowel ("maakt", "maak", "mak"), never to cut
  // more ("eerst", "eers", "eer"); without "-d" not at all ("maand" is no form of "maan").
  const withoutT = term.replace(/d?t$/, '');
  const candidates = [withoutT, term.replace(/t$/, ''), term.replace(/d$/, '')];
  if (withoutT.length >= 3 && stem(withoutT) === withoutT.replace(LONG_VOWEL, '$1$2'))
    candidates.push(stem(withoutT));
  if (prefix && term.startsWith('ge') && term.length >= 6) {
    const rest = term.slice(2);
    candidates.push(rest, rest.replace(/[dt]$/, ''), stem(rest));
  }
  return candidates.find((t) => t !== term && t.length >= 3 && known(t));
}

const LONG_VOWEL = /([aeou])\1([^aeiouy]+)$/;
