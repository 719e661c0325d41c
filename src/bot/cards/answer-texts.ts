import type { Lang } from '../locale';

/**
 * The answer cards' own words (topic, danger and fallback cards), Dutch (B1) first and English second; the words
 * every card shares (112, the footer, feedback) are in `texts.ts`.
 * @remarks Phone numbers: only 112 and Veilig Thuis 0800-2000.
 */
export const ANSWER_TEXTS: Record<
  Lang,
  {
    /** Above a signals topic's signs, and above its steps. */
    signsLabel: string;
    stepsLabel: string;
    /** The danger card's closing line: its heading already says "Direct gevaar? Bel 112." */
    footerAfterDanger: string;
    /** Under the advice of a danger card: what comes after. */
    dangerAfter: string;
    /** What Voordeur is for, in one line, on the card that has no answer. */
    purpose: string;
  }
> = {
  nl: {
    signsLabel: 'Waar kun je op letten?',
    stepsLabel: 'Wat doe je?',
    footerAfterDanger: 'Twijfel of advies nodig? Bel Veilig Thuis: 0800-2000 (gratis).',
    dangerAfter:
      'Is het gevaar voorbij? Schrijf de feiten op en bespreek het nog dezelfde dag met de aandachtsfunctionaris.',
    purpose:
      'Voordeur is er voor de meldcode: signalen van huiselijk geweld en kindermishandeling, wat je dan doet en wie je belt.',
  },
  en: {
    signsLabel: 'What to look out for',
    stepsLabel: 'What do you do?',
    footerAfterDanger: 'In doubt or need advice? Call Veilig Thuis: 0800-2000 (free).',
    dangerAfter:
      'Is the danger over? Write down the facts and discuss them the same day with the aandachtsfunctionaris.',
    purpose:
      'Voordeur is for the meldcode: signs of domestic violence and child abuse, what to do and whom to call.',
  },
};
