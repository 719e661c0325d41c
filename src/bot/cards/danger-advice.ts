import type { DangerKind } from '../../guidance';
import type { TEXTS } from './texts';

/** One advice line under the danger card's 112 line (see `TEXTS.dangerAdvice`). */
export type Advice = keyof (typeof TEXTS)['nl']['dangerAdvice'];

// Violence, a weapon, a threat and a fire ask for your own safety first; someone not responding needs the
// operator's instructions, not "grijp niet zelf in"; someone about to end their life: 113 after 112, and no
// "ga naar een veilige plek", which fits a threat to others, not to oneself. A child alone needs someone who may
// have to stay: nothing but 112.
const ADVICE: Record<DangerKind, readonly Advice[]> = {
  'violence-now': ['ownSafety'],
  weapon: ['ownSafety'],
  threat: ['ownSafety'],
  'threat-to-me': ['ownSafety'],
  'cry-for-help': ['ownSafety'],
  fire: ['ownSafety'],
  'threat-to-life': ['ownSafety'],
  suicide: ['suicide'],
  unconscious: ['unresponsive'],
  'child-alone': [],
};

/** The advice lines for these kinds, each once, in a fixed order. */
export function dangerAdvice(kinds: readonly DangerKind[]): Advice[] {
  const wanted = new Set(kinds.flatMap((kind) => ADVICE[kind]));
  return (['unresponsive', 'suicide', 'ownSafety'] as const).filter((a) => wanted.has(a));
}
