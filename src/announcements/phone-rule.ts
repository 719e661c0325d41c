import { SERVICE_NUMBERS, unlistedPhoneNumbers } from '../guidance';
import type { FieldProblem } from './errors';

/**
 * The numbers an announcement may show besides the organisation's own contacts: the same service numbers the
 * knowledge base may show (112, Veilig Thuis, the police's non-emergency line, De Kindertelefoon, 113).
 */
export const ANNOUNCEMENT_NUMBERS = SERVICE_NUMBERS;

/** The texts of an announcement that recipients read, by field: where a phone number could hide. */
export interface ShownTexts {
  title?: unknown;
  body?: unknown;
  buttons?: unknown;
}

/**
 * Every field that shows a phone number other than {@link ANNOUNCEMENT_NUMBERS} and `contactNumbers`, with a
 * Dutch message naming the number.
 * @remarks Reads the raw input, so the problem is reported even when another field of the input is invalid.
 */
export function phoneNumberProblems(input: ShownTexts, contactNumbers: readonly string[]): FieldProblem[] {
  const allowed = [...ANNOUNCEMENT_NUMBERS, ...contactNumbers];
  const fields: [string, unknown][] = [
    ['title', input.title],
    ['body', input.body],
  ];
  if (Array.isArray(input.buttons)) {
    input.buttons.forEach((button: unknown, i) => {
      const { title, url } = (typeof button === 'object' && button !== null ? button : {}) as Record<
        string,
        unknown
      >;
      fields.push([`buttons.${i}.title`, title], [`buttons.${i}.url`, url]);
    });
  }
  return fields.flatMap(([field, value]) => {
    const numbers = typeof value === 'string' ? unlistedPhoneNumbers(value, allowed) : [];
    if (numbers.length === 0) return [];
    return [{ field, message: phoneMessage(numbers) }];
  });
}

function phoneMessage(numbers: string[]): string {
  const which = numbers.length === 1 ? `het nummer ${numbers[0]}` : `de nummers ${numbers.join(', ')}`;
  return (
    `Haal ${which} weg. Een aankondiging mag alleen 112, 0800-2000, 0900-8844, 0800-0432, 113, 0800-0113 ` +
    'en de nummers van de eigen contactpersonen noemen.'
  );
}
