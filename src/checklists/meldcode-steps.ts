import type { Localized } from './types';

/** The five steps of the meldcode, one short line each (domain brief, "stappenplan"). */
export const MELDCODE_STEPS: readonly Localized[] = [
  { nl: 'Schrijf de feiten op', en: 'Write down the facts' },
  { nl: 'Overleg met een collega of Veilig Thuis', en: 'Consult a colleague or Veilig Thuis' },
  {
    nl: 'Gesprek: laat dat aan de aandachtsfunctionaris',
    en: 'Conversation: leave it to the aandachtsfunctionaris',
  },
  { nl: 'Weeg het geweld', en: 'Weigh the violence' },
  { nl: 'Beslis: melden en/of hulp', en: 'Decide: report and/or help' },
];

/** A number everyone may call; the only numbers the app shows besides those a manager or admin set. */
export interface FixedNumber {
  id: 'alarm' | 'veilig-thuis';
  number: string;
  label: Localized;
  when: Localized;
}

export const FIXED_NUMBERS: readonly FixedNumber[] = [
  {
    id: 'alarm',
    number: '112',
    label: { nl: 'Alarmnummer', en: 'Emergency number' },
    when: {
      nl: 'Direct gevaar: geweld dat je nu ziet of hoort. Eerst je eigen veiligheid.',
      en: 'Danger now: violence you see or hear happening. Your own safety first.',
    },
  },
  {
    id: 'veilig-thuis',
    number: '0800-2000',
    label: { nl: 'Veilig Thuis', en: 'Veilig Thuis' },
    when: {
      nl: 'Advies of melding. Gratis, dag en nacht; buiten kantoortijd soms alleen spoed. Advies kan anoniem.',
      en: 'Advice or a report. Free, day and night; out of hours some regions take urgent calls only.',
    },
  },
];
