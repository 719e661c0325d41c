import { foldText } from './normalize-text';

// Over the folded text (lower case, no accents, single spaces). A few words may sit in between: "wat moet ik daar
// nu mee", "what should I actually do".
const W = String.raw`(?:\w+ ){0,3}`;
const WHAT_TO_DO = new RegExp(
  [
    // Dutch: "wat moet ik doen", "wat kan ik hiermee", "wat doe ik nu", "wat te doen", "wat nu"
    String.raw`\bwat (?:moet|moeten|kan|kunnen|zal|zou|ga|mag) (?:ik|we|wij|je|jij|u) ${W}(?:doen|ermee|mee|hiermee|daarmee|nu)\b`,
    String.raw`\bwat doe (?:ik|je|jij|we) (?:nu|dan|ermee|hiermee|daarmee|het best|het beste)\b`,
    String.raw`\bwat (?:te doen|nu)\b`,
    // "hoe moet ik handelen", "hoe pak ik dit aan", "hoe reageer ik"
    String.raw`\bhoe (?:moet|kan|zal|moeten|kunnen) (?:ik|we|je|jij) ${W}(?:handelen|reageren|optreden|aanpakken|aan pakken|verder)\b`,
    String.raw`\bhoe (?:handel|reageer|pak) (?:ik|je|we)\b`,
    String.raw`\bwelke stappen\b`,
    String.raw`\bmoet (?:ik|we|je) (?:er )?(?:iets|wat) (?:mee|doen|mee doen|ondernemen)\b`,
    // English: "what should I do", "what do I do now", "how should I act", "what now", "what to do"
    String.raw`\bwhat (?:should|do|can|must|shall|would|could) (?:i|we|you) ${W}do\b`,
    String.raw`\bwhat (?:now|next|to do)\b`,
    String.raw`\bhow (?:should|do|can|must) (?:i|we|you) ${W}(?:act|respond|react|handle|deal|proceed)\b`,
    String.raw`\bwhat (?:are|is) (?:my|the) (?:next )?(?:steps|step|options)\b`,
    String.raw`\bshould (?:i|we) do (?:something|anything)\b`,
  ].join('|'),
);

/**
 * Whether a message asks what to do ("wat moet ik doen", "wat nu", "what should I do", "hoe moet ik handelen"):
 * its answer then puts the topic's steps before the signs, and offers "ik zie iets".
 * @remarks Reads the words, not the meaning: "wat moet ik doen" anywhere in the message counts, whatever it is about.
 */
export function asksWhatToDo(message: string): boolean {
  return WHAT_TO_DO.test(foldText(message));
}
