import { digitsOf, findPhoneNumbers, SERVICE_NUMBERS } from './phone-numbers';
import { shownLines, type Topic } from './topic';
import { CONTENT_ERRORS, SENTENCE_END } from './content-errors';

export { CONTENT_ERRORS } from './content-errors';
export type { ContentError } from './content-errors';

/**
 * Claims that the domain brief marks UNVERIFIED. A sentence shown to people that mentions one of them must be
 * worded as a possibility ("let op", "mogelijk", "not sure"), never as a fact.
 */
export const UNVERIFIED_CLAIMS: readonly { name: string; pattern: RegExp }[] = [
  { name: 'professional secrecy of corporation staff', pattern: /beroepsgeheim|professional secrecy/i },
  {
    name: 'names of the Veilig Thuis regions in the east of Noord-Brabant',
    pattern: /brabant[- ]noordoost|zuidoost-brabant/i,
  },
  {
    name: 'holes in doors as a signal',
    pattern: /gaten in (de )?deur|gat in (de )?deur|holes? in (the )?doors?/i,
  },
  {
    name: 'locks on the outside of doors as a signal',
    pattern: /slot(en)? aan de buitenkant|locks? on the outside/i,
  },
  { name: 'hoarding as a signal', pattern: /vol spullen|verzamelwoede|hoarding|crammed with stuff/i },
];

/** Words that mark a sentence as advice or a possibility rather than a fact. */
export const HEDGES =
  /\b(let op|mogelijk(e)?|niet zeker|zegt niets|note|possible|not sure|says nothing|may)\b/i;

/** A source a reader cannot look up: the editors' own brief. Topics cite the public sources it names instead. */
const INTERNAL_SOURCE = /domeinbrief|domain brief|meldcode\.md/i;

function sentencesOf(text: string): string[] {
  return text.split(SENTENCE_END);
}

/**
 * The content errors (see {@link CONTENT_ERRORS}) in one text that people read: a card text, a line of a topic.
 * @returns one message per error found, naming its kind; empty when the text is right
 */
export function findContentErrors(text: string): string[] {
  const problems: string[] = [];
  for (const error of CONTENT_ERRORS) {
    const parts = error.scope === 'text' ? [text] : sentencesOf(text);
    const wrong = parts.find((part) => error.wrong.test(part) && !error.unless?.test(part));
    if (wrong !== undefined) problems.push(`${error.kind}: "${wrong}" (${error.why})`);
  }
  return problems;
}

/** The texts of a topic that people read. */
function shownTexts(topic: Topic): string[] {
  return [topic.title, topic.summary]
    .flatMap((t) => [t.nl, t.en])
    .concat(shownLines(topic, 'nl'), shownLines(topic, 'en'));
}

/**
 * The phone numbers in `text` that are not in `allowed`, as digits (see `digitsOf`), each once, in order.
 * @remarks The one phone-number rule of Voordeur: the knowledge base applies it with the service numbers and
 * its configured contacts, announcements with theirs. Any spelling of an allowed number passes.
 */
export function unlistedPhoneNumbers(text: string, allowed: readonly string[]): string[] {
  const permitted = new Set(allowed.map(digitsOf));
  return [...new Set(findPhoneNumbers(text))].filter((number) => !permitted.has(number));
}

/**
 * What is wrong with the content of a topic: phone numbers other than the service numbers and the configured
 * ones, UNVERIFIED claims stated as fact, the content errors of {@link CONTENT_ERRORS}, and the editors' brief
 * cited as a source. Empty when all is well.
 * @param allowedNumbers extra numbers that may appear (contacts configured by the organisation)
 */
export function checkTopicContent(topic: Topic, allowedNumbers: readonly string[] = []): string[] {
  const problems = unlistedPhoneNumbers(JSON.stringify(topic), [...SERVICE_NUMBERS, ...allowedNumbers]).map(
    (number) => `phone number ${number} is not a service number or a configured contact`,
  );
  for (const sentence of shownTexts(topic).flatMap(sentencesOf)) {
    for (const claim of UNVERIFIED_CLAIMS) {
      if (claim.pattern.test(sentence) && !HEDGES.test(sentence)) {
        problems.push(`states an UNVERIFIED claim (${claim.name}) as fact: "${sentence}"`);
      }
    }
  }
  problems.push(...shownTexts(topic).flatMap(findContentErrors));
  for (const source of topic.sources.filter((s) => INTERNAL_SOURCE.test(s)))
    problems.push(`cites the editors' brief instead of a public source: "${source}"`);
  return problems;
}
