import type { Lang } from '../../i18n';

type Reason = 'wrong-topic' | 'unclear' | 'incomplete' | 'emergency';
type Filter = 'open' | 'unread' | 'handled' | 'all';

const nl = {
  intro:
    'Wat de redactie van de kennisbank leert van Voordeur: oordelen over antwoorden, vragen zonder antwoord en vragen die mensen naar de redactie stuurden. Wie iets vroeg of vond, wordt niet bewaard.',
  loading: 'Laden…',
  loadFailed: 'Dit kon niet worden geladen.',
  retry: 'Opnieuw proberen',
  period: 'Periode',
  periods: { 7: 'Laatste 7 dagen', 30: 'Laatste 30 dagen', 90: 'Laatste 90 dagen', 0: 'Alles' } as Record<
    number,
    string
  >,

  feedbackTitle: 'Oordelen per onderwerp',
  feedbackIntro:
    '"Had je hier iets aan?" onder elk antwoord. Klik op een kolomkop om te sorteren. "Dit was een noodgeval" betekent dat iemand 112 nodig had en een ander antwoord kreeg: kijk daar eerst naar.',
  feedbackEmpty: 'Nog geen oordelen in deze periode.',
  feedbackCaption: 'Oordelen per onderwerp, te sorteren',
  columns: {
    topic: 'Onderwerp',
    share: 'Nuttig',
    helpful: 'Ja',
    notHelpful: 'Nee',
    reasons: 'Waarom niet',
  },
  sortBy: (column: string) => `Sorteer op ${column.toLowerCase()}`,
  reasons: {
    'wrong-topic': 'Verkeerd onderwerp',
    unclear: 'Niet duidelijk',
    incomplete: 'Er mist iets',
    emergency: 'Dit was een noodgeval',
  } satisfies Record<Reason, string>,
  withoutReason: 'Geen reden gegeven',
  removedTopic: (id: string) => `${id} (niet meer in de kennisbank)`,
  tableScroll: 'Tabel met oordelen; schuif opzij voor alle kolommen',

  unansweredTitle: 'Vragen zonder antwoord',
  unansweredIntro:
    'Hoe vaak Voordeur geen passend onderwerp vond, per dag en taal. De vragen zelf worden niet bewaard.',
  unansweredTotal: (n: number, days: number) =>
    `${n} ${n === 1 ? 'vraag' : 'vragen'} zonder antwoord in ${days} dagen`,
  unansweredEmpty: 'Geen vragen zonder antwoord in deze periode.',
  unansweredCaption: 'Vragen zonder antwoord per dag en taal; dagen zonder zijn weggelaten',
  day: 'Dag',
  dutch: 'Nederlands',
  english: 'Engels',
  total: 'Totaal',

  questionsTitle: 'Vragen aan de redactie',
  questionsIntro:
    'Mensen stuurden deze vragen zelf naar de redactie, na een waarschuwing om geen namen of adressen te noemen. Alleen beheerders zien ze; ze worden na 180 dagen verwijderd.',
  filters: {
    open: 'Open',
    unread: 'Ongelezen',
    handled: 'Afgehandeld',
    all: 'Alle',
  } satisfies Record<Filter, string>,
  filterLabel: 'Toon',
  questionsEmpty: {
    open: 'Geen open vragen.',
    unread: 'Geen ongelezen vragen.',
    handled: 'Nog geen afgehandelde vragen.',
    all: 'Nog geen vragen aan de redactie.',
  } satisfies Record<Filter, string>,
  sentOn: (date: string) => `Gestuurd op ${date}`,
  inLang: { nl: 'Nederlands', en: 'Engels' } as Record<Lang, string>,
  status: { new: 'Nieuw', read: 'Gelezen', handled: 'Afgehandeld' },
  markRead: 'Markeer als gelezen',
  markUnread: 'Markeer als ongelezen',
  markHandled: 'Markeer als afgehandeld',
  reopen: 'Heropenen',
  delete: 'Verwijderen',
  confirmTitle: 'Vraag verwijderen?',
  confirmBody: 'De vraag wordt definitief verwijderd. Dit kan niet ongedaan worden gemaakt.',
  confirmDelete: 'Verwijderen',
  cancel: 'Annuleren',
  questionLabel: (date: string) => `Vraag van ${date}`,
  done: {
    read: 'De vraag is gemarkeerd als gelezen.',
    unread: 'De vraag is gemarkeerd als ongelezen.',
    handled: 'De vraag is afgehandeld.',
    reopened: 'De vraag is weer open.',
    deleted: 'De vraag is verwijderd.',
  },
  gone: 'Deze vraag bestaat niet meer; de lijst is bijgewerkt.',
  actionFailed: 'Dat lukte niet. Probeer het opnieuw.',
};

export type EditorialStrings = typeof nl;

const en: EditorialStrings = {
  intro:
    "What the knowledge base's editors learn from Voordeur: verdicts on answers, questions without an answer and questions people sent to the editors. Who asked or judged is not kept.",
  loading: 'Loading…',
  loadFailed: 'This could not be loaded.',
  retry: 'Try again',
  period: 'Period',
  periods: { 7: 'Last 7 days', 30: 'Last 30 days', 90: 'Last 90 days', 0: 'All' },

  feedbackTitle: 'Verdicts per topic',
  feedbackIntro:
    '"Was this helpful?" under every answer. Select a column heading to sort. "This was an emergency" means someone needed 112 and got another answer: look at those first.',
  feedbackEmpty: 'No verdicts in this period yet.',
  feedbackCaption: 'Verdicts per topic, sortable',
  columns: {
    topic: 'Topic',
    share: 'Helpful',
    helpful: 'Yes',
    notHelpful: 'No',
    reasons: 'Why not',
  },
  sortBy: (column: string) => `Sort by ${column.toLowerCase()}`,
  reasons: {
    'wrong-topic': 'Wrong topic',
    unclear: 'Not clear',
    incomplete: 'Something is missing',
    emergency: 'This was an emergency',
  },
  withoutReason: 'No reason given',
  removedTopic: (id: string) => `${id} (no longer in the knowledge base)`,
  tableScroll: 'Table of verdicts; scroll sideways for every column',

  unansweredTitle: 'Questions without an answer',
  unansweredIntro:
    'How often Voordeur found no fitting topic, per day and language. The questions themselves are not kept.',
  unansweredTotal: (n: number, days: number) =>
    `${n} ${n === 1 ? 'question' : 'questions'} without an answer in ${days} days`,
  unansweredEmpty: 'No questions without an answer in this period.',
  unansweredCaption: 'Questions without an answer per day and language; days without any are left out',
  day: 'Day',
  dutch: 'Dutch',
  english: 'English',
  total: 'Total',

  questionsTitle: 'Questions to the editors',
  questionsIntro:
    'People sent these questions to the editors themselves, after a warning not to name anyone or give addresses. Only admins see them; they are deleted after 180 days.',
  filters: { open: 'Open', unread: 'Unread', handled: 'Handled', all: 'All' },
  filterLabel: 'Show',
  questionsEmpty: {
    open: 'No open questions.',
    unread: 'No unread questions.',
    handled: 'No handled questions yet.',
    all: 'No questions to the editors yet.',
  },
  sentOn: (date: string) => `Sent on ${date}`,
  inLang: { nl: 'Dutch', en: 'English' },
  status: { new: 'New', read: 'Read', handled: 'Handled' },
  markRead: 'Mark as read',
  markUnread: 'Mark as unread',
  markHandled: 'Mark as handled',
  reopen: 'Reopen',
  delete: 'Delete',
  confirmTitle: 'Delete this question?',
  confirmBody: 'The question is deleted for good. This cannot be undone.',
  confirmDelete: 'Delete',
  cancel: 'Cancel',
  questionLabel: (date: string) => `Question of ${date}`,
  done: {
    read: 'The question is marked as read.',
    unread: 'The question is marked as unread.',
    handled: 'The question is handled.',
    reopened: 'The question is open again.',
    deleted: 'The question is deleted.',
  },
  gone: 'This question no longer exists; the list is up to date.',
  actionFailed: 'That did not work. Please try again.',
};

export const EDITORIAL_STRINGS: Record<Lang, EditorialStrings> = { nl, en };

/** A date as people read it in the tab's language: "3 december 2026". */
export function formatDay(day: string, lang: Lang): string {
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'nl-NL', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${day}T00:00:00Z`));
}
