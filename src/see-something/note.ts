import { CATEGORY_TITLES } from '../checklists/default-signals';
import { CATEGORIES, type CategoryId } from '../checklists/types';
import type { Lang } from '../guidance';
/** What a person can tick under "wat viel je op?": the checklist's categories and "something else". */
export const SIGNAL_CHOICES = [...CATEGORIES, 'anders'] as const;
export type SignalChoice = (typeof SIGNAL_CHOICES)[number];

const OTHER = { nl: 'Iets anders', en: 'Something else' };

/** The title of a choice in `lang`. */
export function choiceTitle(choice: SignalChoice, lang: Lang): string {
  return choice === 'anders' ? OTHER[lang] : CATEGORY_TITLES[choice as CategoryId][lang];
}

/**
 * Longest texts a card accepts per field; the card's inputs say the same.
 * @remarks The review card carries them in the data of three buttons and their fallbacks: with these limits it stays
 * under 28 KB for Latin text, accents included.
 */
export const LIMITS = { observed: 1000, whenWhere: 300, who: 200 } as const;

/** What the person entered in the flow's cards. */
export interface NoteInput {
  choices: SignalChoice[];
  observed: string;
  whenWhere: string;
  who: string;
}

/** One labelled line of a note. The value is the person's own text: show it as plain text, never as Markdown. */
export interface NoteLine {
  label: string;
  value: string;
}

export interface Note {
  title: string;
  /** When the note was made, in the service's time zone: "Gemaakt op vrijdag 27 november 2026 om 14:05". */
  madeAt: string;
  lines: NoteLine[];
}

const LABELS = {
  nl: {
    title: 'Notitie: wat ik zag',
    madeAt: 'Gemaakt op',
    choices: 'Mogelijk signaal over',
    observed: 'Wat ik zag, hoorde of rook',
    whenWhere: 'Wanneer en waar',
    who: 'Wie er waren',
    empty: '(niet ingevuld)',
  },
  en: {
    title: 'Note: what I noticed',
    madeAt: 'Made on',
    choices: 'Possible signal about',
    observed: 'What I saw, heard or smelled',
    whenWhere: 'When and where',
    who: 'Who was there',
    empty: '(left empty)',
  },
};

/**
 * Composes the facts-only note: the person's own words under fixed headings, with the date and time it was made.
 * @remarks Voordeur adds nothing of its own to what was seen: no conclusion, no assessment.
 */
export function composeNote(input: NoteInput, lang: Lang, at: Date, timeZone: string): Note {
  const l = LABELS[lang];
  const text = (value: string) => value.trim() || l.empty;
  return {
    title: l.title,
    madeAt: `${l.madeAt} ${new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', {
      timeZone,
      dateStyle: 'full',
      timeStyle: 'short',
    }).format(at)}`,
    lines: [
      { label: l.choices, value: input.choices.map((c) => choiceTitle(c, lang)).join(', ') || l.empty },
      { label: l.observed, value: text(input.observed) },
      { label: l.whenWhere, value: text(input.whenWhere) },
      { label: l.who, value: text(input.who) },
    ],
  };
}
