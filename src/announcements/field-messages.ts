import type { ZodIssue } from 'zod';
import type { FieldProblem } from './errors';

/** The limits the messages below name; the schema uses the same numbers. */
export const LIMITS = {
  title: 120,
  body: 4000,
  url: 2000,
  buttons: 3,
  buttonTitle: 40,
  reminderDays: 30,
  teams: 100,
  users: 5000,
  csvBytes: 1_000_000,
  csvAddresses: 10_000,
} as const;

/**
 * One Dutch message per field, whatever zod found wrong with it: the admin reads what the field needs.
 * @remarks Keyed by path with `#` for a list position; `{n}` becomes that position counted from 1.
 */
const FIELD_MESSAGES: Record<string, string> = {
  title: `Geef een titel van 1 tot ${LIMITS.title} tekens.`,
  body: `Schrijf een tekst van 1 tot ${LIMITS.body} tekens.`,
  imageUrl: 'Geef voor de afbeelding een webadres dat met https:// begint.',
  buttons: `Gebruik hoogstens ${LIMITS.buttons} knoppen.`,
  'buttons.#': 'Knop {n} heeft een tekst en een webadres nodig.',
  'buttons.#.title': `Geef knop {n} een tekst van 1 tot ${LIMITS.buttonTitle} tekens.`,
  'buttons.#.url': 'Geef knop {n} een webadres dat met https:// begint.',
  acknowledge: "Kies of ontvangers 'Gelezen en begrepen' moeten aanklikken (ja of nee).",
  reminderAfterDays: `Kies een herinnering na 1 tot ${LIMITS.reminderDays} dagen, of geen herinnering.`,
  audience: 'Kies voor wie de aankondiging is: iedereen, teams, personen, profielen of een CSV-bestand.',
  'audience.kind':
    'Kies voor wie de aankondiging is: iedereen, teams, personen, profielen of een CSV-bestand.',
  'audience.teamIds': `Kies 1 tot ${LIMITS.teams} teams.`,
  'audience.teamIds.#': 'Team {n} heeft geen geldig Teams-id.',
  'audience.mode': 'Kies of het bericht in het kanaal van het team komt of naar ieder teamlid apart gaat.',
  'audience.userIds': `Kies 1 tot ${LIMITS.users} personen.`,
  'audience.userIds.#': 'Persoon {n} heeft geen geldig Entra-id.',
  'audience.profiles': 'Kies een of meer profielen: vakmannen, woonconsulenten, buurtbeheer of gemengd.',
  'audience.profiles.#': 'Profiel {n} bestaat niet: kies vakmannen, woonconsulenten, buurtbeheer of gemengd.',
  'audience.csv': `Plak of upload een CSV-bestand met e-mailadressen of UPN's (hoogstens 1 MB).`,
  sendAt: 'Kies een tijdstip in de toekomst, hoogstens een jaar vooruit.',
  expectedRevision: 'Stuur mee welke versie je hebt bewerkt.',
};

const FALLBACK = 'Dit veld klopt niet.';

/**
 * Marks a custom issue whose message is already the Dutch text for the admin (`params: { [OWN_MESSAGE]: true }`).
 * Other custom issues (a plain `.refine()`) carry zod's English default and get the field's message instead.
 */
export const OWN_MESSAGE = 'voordeurMessage';

/**
 * Turns zod's issues into one Dutch problem per field, in the order the fields were found.
 * @remarks A custom issue marked {@link OWN_MESSAGE} (a rule of our own, such as what a TextBlock cannot show) keeps
 * its own Dutch message. An unknown field gets a problem of its own.
 */
export function fieldProblems(issues: readonly ZodIssue[]): FieldProblem[] {
  const problems = new Map<string, string[]>();
  const add = (field: string, message: string) => {
    const messages = problems.get(field) ?? [];
    if (!messages.includes(message)) messages.push(message);
    problems.set(field, messages);
  };
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys)
        add([...issue.path, key].join('.'), `Onbekend veld "${key}": laat het weg.`);
    } else {
      const own = issue.code === 'custom' && issue.params?.[OWN_MESSAGE] === true;
      add(issue.path.join('.') || 'body', own ? issue.message : messageFor(issue.path));
    }
  }
  return [...problems].map(([field, messages]) => ({ field, message: messages.join(' ') }));
}

/** The Dutch message of a field, by its path. */
export function messageFor(path: readonly (string | number)[]): string {
  const key = path.map((part) => (typeof part === 'number' ? '#' : part)).join('.');
  const position = [...path].reverse().find((part) => typeof part === 'number');
  const template = FIELD_MESSAGES[key] ?? FIELD_MESSAGES[key.replace(/\.#.*$/, '')] ?? FALLBACK;
  return template.replace('{n}', String(typeof position === 'number' ? position + 1 : ''));
}
