import type { ZodIssue } from 'zod';
import { LIMITS } from './changes';

/** One problem with one field of a manager's form, in Dutch, to show next to that field. */
export interface FieldProblem {
  /** The field's path in the request body, such as `change.aandachtsfunctionaris.phone`. */
  field: string;
  message: string;
}

/** A manager's change has problems; the API answers 400 with every one of them. */
export class ChecklistInvalidError extends Error {
  override readonly name = 'ChecklistInvalidError';
  constructor(readonly problems: FieldProblem[]) {
    super(
      problems.length === 1
        ? 'Eén veld klopt nog niet. Het staat bij het veld.'
        : `${problems.length} velden kloppen nog niet. Het staat bij elk veld.`,
    );
  }
}

const PHONE =
  'Vul een telefoonnummer in met alleen cijfers, spaties of streepjes (+ mag vooraan), minstens 7 tekens.';
const NAME = `Vul een naam in van 1 tot ${LIMITS.name} tekens.`;
const UPN = 'Vul een e-mailadres in zoals naam@organisatie.nl, of laat het veld leeg.';

/** One Dutch sentence per field, whatever zod found wrong: the manager reads what the field needs. */
const MESSAGES: Record<string, string> = {
  'change.category': 'Kies een soort geweld.',
  'change.text': `Beschrijf wat je ziet of hoort, in 1 tot ${LIMITS.text} tekens.`,
  'change.action': `Schrijf op wat je dan doet, in 1 tot ${LIMITS.action} tekens.`,
  'change.note': `Een notitie is hoogstens ${LIMITS.note} tekens.`,
  'change.profile': 'Kies een profiel: vakmannen, woonconsulenten, buurtbeheer of gemengd.',
  'change.signalId': 'Dit signaal bestaat niet (meer). Laad de lijst opnieuw.',
  'change.*.name': NAME,
  'change.*.phone': PHONE,
  'change.*.userPrincipalName': UPN,
  expectedVersion: 'Laad de lijst opnieuw en probeer het nog eens.',
};
const FALLBACK = 'Dit veld klopt niet.';

const messageFor = (path: readonly (string | number)[]): string => {
  const key = path.join('.');
  const contact = path.length === 3 && path[0] === 'change' ? `change.*.${String(path[2])}` : '';
  return MESSAGES[key] ?? MESSAGES[contact] ?? FALLBACK;
};

/** Turns zod's issues with a change request into one Dutch problem per field, in the order found. */
export function changeProblems(issues: readonly ZodIssue[]): FieldProblem[] {
  const problems = new Map<string, string>();
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        problems.set([...issue.path, key].join('.'), `Onbekend veld "${key}": laat het weg.`);
      }
    } else {
      const field = issue.path.join('.') || 'body';
      if (!problems.has(field)) problems.set(field, messageFor(issue.path));
    }
  }
  return [...problems].map(([field, message]) => ({ field, message }));
}
