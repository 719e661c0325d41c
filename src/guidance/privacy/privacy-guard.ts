import { digitsOf, findPhoneNumbers, SERVICE_NUMBERS } from '../phone-numbers';
import { PEOPLE_AND_PLACES, type PersonOrPlaceKind } from './people-and-places';

/** Kinds of personal data the guard recognises. */
export type PersonalDataKind =
  'bsn' | 'phone' | 'email' | 'postcode-house-number' | 'iban' | PersonOrPlaceKind;

/** Finds personal data in a message so the person can be asked to leave it out. */
export interface PrivacyGuard {
  /** The kinds of personal data in the text, in a fixed order; empty when there are none. */
  check(text: string): PersonalDataKind[];
  /** The text with every piece of personal data replaced by a space, for the search. */
  redact(text: string): string;
}

// Bounded parts and a start that cannot sit inside another address keep this linear on 10,000 characters.
const EMAIL =
  /(?<![\p{L}0-9._%+-])[\p{L}0-9._%+-]{1,64}@[\p{L}0-9-]{1,63}(?:\.[\p{L}0-9-]{1,63}){0,8}\.[a-z]{2,24}/giu;
// In groups of four, as IBANs are written, so that a word after an IBAN ("NL91ABNA0417164300 heeft") is not taken in.
const IBAN = /\b[a-z]{2}\d{2}(?:[ ]?[a-z0-9]{4}){2,7}(?:[ ]?[a-z0-9]{1,3})?\b/gi;
const NINE_DIGITS = /\b\d(?:[ .-]?\d){8}\b/g;
// Nine digits called a BSN are one, even when the elfproef fails: a typo in a BSN is still a BSN.
const NAMED_BSN =
  /\b(?:bsn|burgerservicenummer|sofinummer)\b\W{0,3}(?:nummer\W{0,3}|is\W{1,3})?\d(?:[ .-]?\d){8}\b/gi;
const PHONE_RUN = /\+?\(?\d[\d\s().-]{5,}\d/g;
// The house number may follow as "nr 23", "nr. 23" or "huisnummer 23".
const POSTCODE_FIRST =
  /\b[1-9]\d{3} ?[a-z]{2}\b[ ,]*(?:(?:nr|no|nummer|huisnummer)\.? ?)?\d{1,5}(?:[ -]?[a-z]\b)?/gi;
const NUMBER_FIRST = /\b\d{1,5}[a-z]?[ ,]+[1-9]\d{3} ?[a-z]{2}\b/gi;
// Two lower-case letters after four digits and a space are usually a word ("sinds 2019 en 3 keer").
const SHORT_WORDS = new Set(
  'en de in op is er ik al na te om of zo nu ze je we me ja uw an at be by do go he if it my no on or so to up us jr'.split(
    ' ',
  ),
);

/** The Dutch "elfproef": 9 digits, weighted 9..2 and -1, sum divisible by 11 (and not all zeros). */
export function isBsn(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || /^0+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i += 1) sum += Number(digits[i]) * (9 - i);
  sum -= Number(digits[8]);
  return sum % 11 === 0;
}

/** ISO 13616 check: move the first four characters to the end, letters to numbers, remainder 97 must be 1. */
export function isIban(candidate: string): boolean {
  const iban = candidate.replace(/\s/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    const value = char >= 'A' ? String(char.charCodeAt(0) - 55) : char;
    for (const digit of value) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}

function isPostcodeMatch(match: string): boolean {
  const letters = /[1-9]\d{3}( ?)([a-z]{2})\b/i.exec(match);
  if (!letters) return false;
  const space = letters[1] ?? '';
  const pair = letters[2] ?? '';
  if (/^(sa|sd|ss)$/i.test(pair)) return false;
  return !(space && pair === pair.toLowerCase() && SHORT_WORDS.has(pair));
}

/**
 * A guard for BSNs (by the elfproef), phone numbers other than the service numbers and `allowedNumbers`, e-mail
 * addresses, a postcode with a house number, IBANs (by their check digits), a title with a surname, a street with a
 * house number and a date of birth.
 * @param allowedNumbers numbers that are not personal data, such as the organisation's configured contacts
 * @remarks Returns kinds only, never the values: nothing found is stored, logged or echoed.
 */
export function createPrivacyGuard(allowedNumbers: readonly string[] = []): PrivacyGuard {
  const allowed = new Set([...SERVICE_NUMBERS, ...allowedNumbers].map(digitsOf));
  const detectors: [PersonalDataKind, RegExp, (match: string) => boolean][] = [
    ['email', EMAIL, () => true],
    ['iban', IBAN, isIban],
    ['bsn', NAMED_BSN, () => true],
    ['bsn', NINE_DIGITS, (m) => isBsn(m.replace(/\D/g, ''))],
    ['postcode-house-number', POSTCODE_FIRST, isPostcodeMatch],
    ['postcode-house-number', NUMBER_FIRST, isPostcodeMatch],
    ...PEOPLE_AND_PLACES,
    ['phone', PHONE_RUN, (m) => findPhoneNumbers(m, 9).some((n) => !allowed.has(n))],
  ];
  // Each detector sees the text with earlier finds blanked out, so an IBAN's digits are not also a phone number.
  const scan = (text: string): { kinds: Set<PersonalDataKind>; redacted: string } => {
    const kinds = new Set<PersonalDataKind>();
    let redacted = text;
    for (const [kind, pattern, accept] of detectors) {
      redacted = redacted.replace(pattern, (match) => {
        if (!accept(match)) return match;
        kinds.add(kind);
        return ' '.repeat(match.length);
      });
    }
    return { kinds, redacted };
  };
  const order: PersonalDataKind[] = [
    'bsn',
    'phone',
    'email',
    'postcode-house-number',
    'iban',
    'name',
    'address',
    'birth-date',
  ];
  return {
    check: (text) => {
      const { kinds } = scan(text);
      return order.filter((k) => kinds.has(k));
    },
    redact: (text) => scan(text).redacted,
  };
}
