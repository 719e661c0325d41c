/**
 * The service numbers Voordeur may show, written the way Dutch readers know them: the emergency number, Veilig
 * Thuis, the police's non-emergency line, De Kindertelefoon, and 113 Zelfmoordpreventie (short and free number).
 * @remarks Not 116 111: whether the European number for child helplines reaches De Kindertelefoon in the
 * Netherlands is not confirmed, and 0800-0432 is the number the Kindertelefoon publishes.
 */
export const SERVICE_NUMBERS = ['112', '0800-2000', '0900-8844', '0800-0432', '113', '0800-0113'] as const;

/** One of {@link SERVICE_NUMBERS}. */
export type ServiceNumber = (typeof SERVICE_NUMBERS)[number];

/** Only the digits of a number, with a leading `+` kept (`0800-2000` becomes `08002000`). */
export function digitsOf(number: string): string {
  const plus = number.trim().startsWith('+') ? '+' : '';
  return plus + number.replace(/\D/g, '');
}

/** A `tel:` link for a phone button, such as `tel:08002000`. */
export function telUrl(number: string): string {
  return `tel:${digitsOf(number)}`;
}

// A run of digits with the separators people write in phone numbers; "+31 (0)6 ..." included.
const CANDIDATE = /\+?\(?\d[\d\s().-]*\d|\d/g;

/** Whether a run of digits is shaped like a Dutch or international phone number (not a year or an amount). */
function looksLikePhone(digits: string): boolean {
  if (digits.startsWith('+') || digits.startsWith('00')) return digits.replace('+', '').length >= 8;
  if (digits.startsWith('0')) return digits.length >= 7 && digits.length <= 13;
  // Short numbers: 112 and the like, the 116 helplines, 14 + area code (municipalities).
  return /^1[14]\d$/.test(digits) || /^116\d{3}$/.test(digits) || /^14\d{3,4}$/.test(digits);
}

/**
 * The phone numbers in a text, as digits (see {@link digitsOf}), in order of appearance.
 * @param minDigits leave out numbers with fewer digits (personal numbers have at least 10; short codes 3)
 * @remarks Deliberately broad: a run of digits that starts with 0, 00, + or a short-code prefix counts. Years,
 * amounts and article numbers ("artikel 5.2.6", "90.000") do not.
 */
export function findPhoneNumbers(text: string, minDigits = 3): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(CANDIDATE)) {
    // Split a run at wide gaps, so "112 of 0800-2000" stays two numbers but "116 111" stays one.
    for (const part of match[0].split(/\s{2,}|\s(?=0)|\s(?=\+)/)) {
      const digits = digitsOf(part);
      if (digits.replace('+', '').length >= minDigits && looksLikePhone(digits)) found.push(digits);
    }
  }
  return found;
}
