import { digitsOf, SERVICE_NUMBERS } from '../phone-numbers';
import { createPrivacyGuard } from '../privacy';
import { shownLines, type Topic } from '../topic';

/** Every dash and minus sign, read as "-": `0800–1234567` is a phone number as much as `0800-1234567`. */
const DASHES = /[\p{Pd}\u2212\u2043\u02D7]/gu;
/** Full stops that browsers take as the dot of a domain name (NFKC leaves them as they are). */
const IDEOGRAPHIC_DOTS = /[\u3002\uFF61]/g;
const FORMAT_CHARACTERS = /\p{Cf}/gu;
/** Digits of other scripts (Arabic, Devanagari, …): a Dutch or English answer has none. */
const FOREIGN_DIGIT = /(?![0-9])\p{Nd}/u;

// Digits with what people put between the parts of a number: spaces, dashes, brackets, slashes, and a dot that
// sits between digits or between spaces. Not ". " after a digit: "Bel 112. 0800-2000 is voor advies" is two.
const NUMBER = /\d+(?:(?:[ \-()/·•_*~]{1,3}|\.(?=\d)| \. ?)\d+)*/g;

const SERVICE_DIGITS: ReadonlySet<string> = new Set(SERVICE_NUMBERS.map(digitsOf));

const LINK_SHAPES: readonly RegExp[] = [
  // A Markdown link, "[Meld hier](…)".
  /\]\s*\(/,
  // A scheme we know, with or without slashes after it.
  /(?<![\p{L}\p{N}])(?:https?|ftps?|file|mailto|tel|sms|callto|facetime|javascript|vbscript|data|blob|msteams|sip|skype|whatsapp|intent|ms-[a-z-]+)\s*:/iu,
  // Any other scheme followed by a slash or backslash: "https:/evil.example", "x-app:\\…".
  /\p{L}[\p{L}\p{N}+.-]*:\s*[\\/]/u,
  /(?<![\p{L}\p{N}])www\d{0,3}\./iu,
  // Shaped like a domain: a label, a dot and a top-level domain of letters only ("evil.example/meldcode").
  /[\p{L}\p{N}]\.\p{L}{2,24}(?![\p{L}\p{N}-])/u,
];

const guard = createPrivacyGuard();
const topicNumbers = new WeakMap<Topic, ReadonlySet<string>>();

/**
 * The text as the checks read it: NFKC (full-width and other compatibility forms become plain letters and digits),
 * invisible format characters removed, every dash a hyphen, every space a space.
 */
export function normalizeForCheck(text: string): string {
  return text
    .normalize('NFKC')
    .replace(FORMAT_CHARACTERS, '')
    .replace(DASHES, '-')
    .replace(IDEOGRAPHIC_DOTS, '.')
    .replace(/\s/gu, ' ');
}

function numbersIn(text: string): string[] {
  return [...normalizeForCheck(text).matchAll(NUMBER)].map((m) => digitsOf(m[0]));
}

/** The numbers a topic says itself, in either language ("2013", "90.000", "5.2.6"), as digits. */
function numbersOf(topic: Topic): ReadonlySet<string> {
  let numbers = topicNumbers.get(topic);
  if (!numbers) {
    const texts = (['nl', 'en'] as const).flatMap((l) => [
      topic.title[l],
      topic.summary[l],
      ...shownLines(topic, l),
    ]);
    numbers = new Set(texts.flatMap(numbersIn));
    topicNumbers.set(topic, numbers);
  }
  return numbers;
}

/**
 * Whether a model's text holds something the knowledge base never says and a reader could act on: a number of
 * three or more digits that is neither a service number nor in the given topics (a made-up helpline is
 * dangerous), a link or anything shaped like one, or personal data.
 * @param topics the topics the model was given; their own numbers (years, amounts, article numbers) are allowed
 * @remarks Reads the text after {@link normalizeForCheck}, so en dashes, full-width digits and invisible
 * characters do not hide a number. Deliberately strict: a refusal only means the topic card goes out instead.
 */
export function hasUnsafeContent(text: string, topics: readonly Topic[]): boolean {
  const normalized = normalizeForCheck(text);
  if (FOREIGN_DIGIT.test(normalized)) return true;
  const strange = numbersIn(normalized).some(
    (digits) =>
      digits.length >= 3 && !SERVICE_DIGITS.has(digits) && !topics.some((t) => numbersOf(t).has(digits)),
  );
  return strange || LINK_SHAPES.some((shape) => shape.test(normalized)) || guard.check(normalized).length > 0;
}
