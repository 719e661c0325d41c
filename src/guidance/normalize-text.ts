/**
 * How much of a message the search and language detection read. Longer messages are cut, not rejected; the
 * danger detector and the privacy guard read the whole message.
 */
export const MAX_SEARCH_CHARS = 1000;

const AT_TAG = /<at\b[^>]*>[\s\S]*?<\/at>/gi;
const HTML_TAG = /<\/?[a-z][^>]*>/gi;
const AT_NAME = /(^|\s)@[^\s@]+/g;
const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&nbsp;': ' ',
};

/**
 * Removes what Teams adds around a message in a channel: `<at>Name</at>` mentions, other markup and `@name`.
 * @remarks Teams puts the bot's name in `<at>` tags when someone mentions it in a channel; the name is not part of
 * the question.
 */
export function stripMentions(text: string): string {
  return text
    .replace(AT_TAG, ' ')
    .replace(HTML_TAG, ' ')
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (entity) => ENTITIES[entity] ?? ' ')
    .replace(AT_NAME, '$1 ');
}

/**
 * Lower case, accents removed (`hygiëne` becomes `hygiene`), every run of characters that is not a letter or
 * digit turned into one space. The result has only `a-z`, `0-9` and single spaces.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
