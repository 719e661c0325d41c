import { foldText } from '../normalize-text';

// Read on folded text (see foldText): lower case, no accents, words between single spaces; "don't" is "don t".
const W = '(?:[a-z0-9]+ )';

/**
 * Statements that would do harm if a reader believed them, whatever the topics say: a promise of secrecy or
 * anonymity, or "you need not report". The knowledge base says the opposite ("beloof geen geheimhouding"), so
 * these phrasings never restate it; its own sentences must never match (see the spec).
 */
const UNSAFE_CLAIMS: readonly RegExp[] = [
  // Not reporting: "je hoeft nooit te melden", "meld het niet", "hoeft geen melding te doen".
  new RegExp(`\\b(?:niet|nooit) ${W}{0,3}?(?:te )?melden\\b`),
  /\bmeld (?:het |dit |dat )?(?:niet|nooit)\b/,
  new RegExp(`\\b(?:hoeft|hoef|hoeven) ${W}{0,3}?geen ${W}{0,2}?(?:melding|meldingen)\\b`),
  /\b(?:never|not|don t|no need to|needn t) (?:(?:have|has|need|needs|ever|to|be|are|is|required|obliged|obligated|necessary) ){0,3}report(?:s|ed|ing)?\b/,
  // Secrecy: "alles blijft geheim", "niemand komt het te weten", "100% anoniem".
  new RegExp(`\\b(?:blijft|blijven|wordt|worden) ${W}{0,3}?(?:geheim|vertrouwelijk)\\b`),
  new RegExp(`\\bniemand ${W}{0,3}?(?:weet|weten|komt|hoort|horen|ontdekt|merkt|ziet)\\b`),
  /\b(?:altijd|volledig|helemaal|gegarandeerd|strikt|100) (?:anoniem|geheim|vertrouwelijk)\b/,
  /\b(?:garandeer|garandeert|garanderen|beloven wij|wij beloven)\b/,
  new RegExp(
    `\\b(?:stays?|remains?|will stay|will remain|is kept|are kept|will be kept) ${W}{0,2}?(?:secret|confidential)\\b`,
  ),
  new RegExp(
    `\\b(?:no one|nobody|noone) ${W}{0,3}?(?:know|knows|find|finds|hear|hears|learn|learns|see|sees)\\b`,
  ),
  /\b(?:always|completely|fully|totally|guaranteed|strictly|100) (?:anonymous|anonymously|secret|confidential)\b/,
  /\b(?:guarantee|guarantees|guaranteed that|we promise|i promise)\b/,
];

// A question promises nothing: "Anoniem: blijft jouw naam geheim?" is a topic's own title.
const SENTENCE_END = /(?<=[.!?;])\s+|\n+/;

/**
 * Whether a model's text promises secrecy or anonymity, or tells the reader they need not report.
 * @remarks Best effort, on phrasing: a model can say the same in other words. It backs up the prompt's rules and
 * {@link findUngroundedSentence}; neither replaces the reader's own aandachtsfunctionaris.
 */
export function hasUnsafeClaim(text: string): boolean {
  return text
    .split(SENTENCE_END)
    .filter((sentence) => !sentence.trim().endsWith('?'))
    .map(foldText)
    .some((folded) => UNSAFE_CLAIMS.some((claim) => claim.test(folded)));
}
