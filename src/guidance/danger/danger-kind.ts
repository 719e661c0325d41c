/**
 * The kinds of immediate danger Voordeur answers with "Bel 112" before anything else, in the order the detector
 * reports them. Each has its phrases in `lexicon/kinds/<kind>.json`.
 * - `violence-now`: violence someone sees or hears happening
 * - `weapon`: a knife, a gun or another weapon
 * - `unconscious`: someone unconscious, not responding or bleeding badly
 * - `threat`: someone in the home is threatened, attacked or held
 * - `threat-to-me`: the person writing (or the colleagues with them) is threatened, attacked or kept from leaving
 * - `threat-to-life`: strangling, threats to kill, smothering, gas with a lighter
 * - `suicide`: someone about to end their own life (the card adds 113 after 112)
 * - `child-alone`: a young child left alone, or at an open window high up
 * - `cry-for-help`: someone screaming or calling for help
 * - `fire`: a fire set or burning in the building
 */
export const DANGER_KINDS = [
  'violence-now',
  'weapon',
  'unconscious',
  'threat',
  'threat-to-me',
  'threat-to-life',
  'suicide',
  'child-alone',
  'cry-for-help',
  'fire',
] as const;

/** One kind of immediate danger; see {@link DANGER_KINDS}. */
export type DangerKind = (typeof DANGER_KINDS)[number];
