import type { Lang } from './lang';
import { foldText } from './normalize-text';

// Function words that occur in one language only. Shared words ("in", "is", "was", "me", "we", "of") and the
// Dutch terms English questions use ("veilig thuis", "meldcode") are left out on purpose.
const MARKERS: Record<Lang, ReadonlySet<string>> = {
  nl: new Set(
    `de het een ik je jij wat hoe moet moeten niet en van voor naar bij met op aan dat die dit deze er wordt worden
    kan kun kunnen mag mogen ze zij hij haar zijn ook nog maar als dan wel geen heb heeft hebben waar wie wanneer
    welke mijn onze jullie uw iemand iets nu ligt zit staat hoor zie eigenlijk ff hem zich om te tegen
    moeder vader kind kinderen huurder bewoner buren`.split(/\s+/),
  ),
  en: new Set(
    `the a an i you he she it are were what how should can could would will do does did my your his their there
    this that with to and for from about who when where which if not have has dont any some someone
    something on at be been being into after before just mother father child children kid kids tenant neighbours
    neighbors im`.split(/\s+/),
  ),
};
const LETTERS: Record<Lang, RegExp> = { nl: /ij|aa|uu|oe|sch/, en: /th|wh|ght|ing$|tion$/ };

/**
 * The language a text is written in, or `undefined` when the text does not say (too short, only names or terms
 * both languages use, or another language). Callers then fall back on the person's locale.
 * @remarks Counts function words that only one of the two languages has, and a few letter patterns as a tie
 * breaker. Good enough to choose between Dutch and English; not a general language identifier.
 */
export function detectLanguage(text: string): Lang | undefined {
  const words = foldText(text.slice(0, 2000)).split(' ').filter(Boolean);
  const score = { nl: 0, en: 0 };
  for (const word of words) {
    for (const lang of ['nl', 'en'] as const) {
      if (MARKERS[lang].has(word)) score[lang] += 1;
      else if (word.length > 3 && LETTERS[lang].test(word)) score[lang] += 0.25;
    }
  }
  if (Math.abs(score.nl - score.en) < 1) return undefined;
  return score.nl > score.en ? 'nl' : 'en';
}
