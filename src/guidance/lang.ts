/** The languages Voordeur answers in: Dutch first, English second. */
export type Lang = 'nl' | 'en';

/** Both languages, Dutch first. */
export const LANGS: readonly Lang[] = ['nl', 'en'];

/**
 * The language a locale asks for, such as Teams' `en-US` or `nl-NL`: English for `en*`, Dutch otherwise.
 * @remarks Mirrors the bot's own rule, so that a message without a clear language is answered in the language
 * of the person's Teams client.
 */
export function langFromLocale(locale: string | undefined): Lang {
  return locale?.trim().toLowerCase().startsWith('en') ? 'en' : 'nl';
}
