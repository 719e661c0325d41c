import type { Lang } from '../locale';
import type { TrainingStatus } from '../../training';

/**
 * The words of the training cards, Dutch (B1) first and English second.
 * @remarks "Why it matters" is the core of the "Veilig achter de voordeur" training (small signals matter;
 * do not judge, stick to the facts). Nothing here says anyone must report: reminders are about learning.
 */
export const TRAINING_TEXTS = {
  nl: {
    title: {
      before: 'Je training moet binnenkort opnieuw',
      overdue: 'Tijd om je training op te frissen',
      never: 'Er staat een training voor je klaar',
    },
    due: {
      before: (course: string, date: string) => `Doe "${course}" opnieuw vóór ${date}.`,
      overdue: (course: string, date: string) => `Je training "${course}" is verlopen op ${date}.`,
      never: (course: string) => `Volgens onze gegevens heb je "${course}" nog niet gedaan.`,
    },
    why: 'Waarom? Kleine signalen doen ertoe. In de training leer je wat je achter de voordeur kunt zien en wat je dan doet: oordeel niet, blijf bij de feiten.',
    noEnrolUrl: 'Vraag je leidinggevende hoe je je inschrijft.',
    enrol: 'Inschrijven',
    snooze: 'Herinner me volgende week',
    claim: 'Ik heb deze training al gedaan',
    snoozed: (course: string) => `Goed. Volgende week herinner ik je weer aan "${course}".`,
    claimed: (course: string, days: number) =>
      `Dank je. Je leidinggevende of een beheerder bevestigt dat je "${course}" hebt gedaan. Tot die tijd krijg je er ${days} dagen geen herinnering over.`,
    unknownCourse: 'Deze training staat niet meer in de lijst. Je krijgt er geen herinneringen meer over.',
    summary: {
      title: 'Training van je team',
      titleOf: (team: string) => `Training van ${team}`,
      week: (week: string) => `Week ${week.slice(-2).replace(/^0/, '')} van ${week.slice(0, 4)}`,
      completion: (upToDate: number, people: number) =>
        `${upToDate} van de ${people} collega's hebben hun training op orde (${percent(upToDate, people)}).`,
      lateTitle: 'Verlopen of nog niet gedaan',
      lateIntro: 'Zij krijgen nog herinneringen van mij.',
      escalatedTitle: 'Reageerden niet op drie herinneringen',
      escalatedIntro: 'Ik stuur hun geen herinneringen meer. Wil je het met hen bespreken?',
      claimsTitle: 'Wachten op jouw bevestiging',
      claimsIntro: 'Zij zeggen dat ze de training al gedaan hebben. Klopt dat?',
      confirm: 'Klopt',
      reject: 'Klopt niet',
      more: (n: number) => `En nog ${n}. Je ziet iedereen in het tabblad van je team.`,
      nothing: 'Niemand. Mooi zo.',
      someone: 'Een collega',
    },
    status: {
      overdue: (date: string) => `verlopen op ${date}`,
      never: () => 'nog niet gedaan',
      'due-soon': (date: string) => `opnieuw vóór ${date}`,
      done: () => 'op orde',
    } satisfies Record<TrainingStatus, (date: string) => string>,
    claimedOn: (date: string) => `gemeld op ${date}`,
    alreadyDone: (course: string) =>
      `Volgens onze gegevens heb je "${course}" al gedaan. Je krijgt er nu geen herinneringen over.`,
    decided: {
      confirmed: (person: string, course: string) => `Bevestigd: ${person} heeft "${course}" gedaan.`,
      rejected: (person: string, course: string) =>
        `Niet bevestigd: ${person} krijgt weer herinneringen over "${course}".`,
      already: (person: string, course: string) => `Over "${course}" van ${person} is al beslist.`,
      notAllowed:
        'Alleen een leidinggevende van dit team of een beheerder kan dit bevestigen. De kaart blijft zoals hij was.',
    },
    mine: {
      title: 'Jouw training',
      intro: (date: string) => `Zo staat je training er vandaag (${date}) voor.`,
      none: 'Er staan nu geen trainingen voor je klaar.',
      done: (date: string) => `Op orde tot ${date}.`,
      doneOnce: (date: string) => `Gedaan op ${date}.`,
      dueSoon: (date: string) => `Binnenkort opnieuw: doe deze training vóór ${date}.`,
      overdue: (date: string) => `Verlopen op ${date}.`,
      never: 'Nog niet gedaan.',
      claimed: (date: string) =>
        `Je meldde op ${date} dat je deze training hebt gedaan. Je leidinggevende of een beheerder bevestigt dat nog.`,
      /** Under the course's own line, so the title needs no course name (and fits a 320 px card). */
      enrol: 'Inschrijven',
      onlyPersonal: 'Je training laat ik alleen in je eigen chat met mij zien. Typ daar "mijn training".',
    },
  },
  en: {
    title: {
      before: 'Your training is due again soon',
      overdue: 'Time to refresh your training',
      never: 'A training is waiting for you',
    },
    due: {
      before: (course: string, date: string) => `Please do "${course}" again before ${date}.`,
      overdue: (course: string, date: string) => `Your "${course}" training expired on ${date}.`,
      never: (course: string) => `According to our records you have not done "${course}" yet.`,
    },
    why: 'Why? Small signals matter. The training teaches you what you may see behind the front door and what to do next: do not judge, stick to the facts.',
    noEnrolUrl: 'Ask your manager how to sign up.',
    enrol: 'Sign up',
    snooze: 'Remind me next week',
    claim: 'I have already done this training',
    snoozed: (course: string) => `OK. I will remind you about "${course}" again next week.`,
    claimed: (course: string, days: number) =>
      `Thank you. Your manager or an admin will confirm that you did "${course}". Until then you get no reminders about it for ${days} days.`,
    unknownCourse: 'This training is no longer on the list. You will get no more reminders about it.',
    summary: {
      title: "Your team's training",
      titleOf: (team: string) => `Training of ${team}`,
      week: (week: string) => `Week ${week.slice(-2).replace(/^0/, '')} of ${week.slice(0, 4)}`,
      completion: (upToDate: number, people: number) =>
        `${upToDate} of ${people} colleagues are up to date with their training (${percent(upToDate, people)}).`,
      lateTitle: 'Expired or not done yet',
      lateIntro: 'They still get reminders from me.',
      escalatedTitle: 'Did not respond to three reminders',
      escalatedIntro: 'I no longer send them reminders. Would you talk it over with them?',
      claimsTitle: 'Waiting for your confirmation',
      claimsIntro: 'They say they have already done the training. Is that right?',
      confirm: 'Confirm',
      reject: 'Not right',
      more: (n: number) => `And ${n} more. Everyone is in your team's tab.`,
      nothing: 'Nobody. Well done.',
      someone: 'A colleague',
    },
    status: {
      overdue: (date: string) => `expired on ${date}`,
      never: () => 'not done yet',
      'due-soon': (date: string) => `due again before ${date}`,
      done: () => 'up to date',
    } satisfies Record<TrainingStatus, (date: string) => string>,
    claimedOn: (date: string) => `reported on ${date}`,
    alreadyDone: (course: string) =>
      `According to our records you have already done "${course}". You get no reminders about it now.`,
    decided: {
      confirmed: (person: string, course: string) => `Confirmed: ${person} has done "${course}".`,
      rejected: (person: string, course: string) =>
        `Not confirmed: ${person} will get reminders about "${course}" again.`,
      already: (person: string, course: string) => `"${course}" of ${person} has already been decided.`,
      notAllowed: 'Only a manager of this team or an admin can confirm this. The card stays as it was.',
    },
    mine: {
      title: 'Your training',
      intro: (date: string) => `This is where your training stands today (${date}).`,
      none: 'There is no training waiting for you now.',
      done: (date: string) => `Up to date until ${date}.`,
      doneOnce: (date: string) => `Done on ${date}.`,
      dueSoon: (date: string) => `Due again soon: please do this training before ${date}.`,
      overdue: (date: string) => `Expired on ${date}.`,
      never: 'Not done yet.',
      claimed: (date: string) =>
        `On ${date} you said you did this training. Your manager or an admin still has to confirm it.`,
      enrol: 'Sign up',
      onlyPersonal: 'I show your training only in your own chat with me. Type "my training" there.',
    },
  },
} as const;

function percent(part: number, whole: number): string {
  return `${whole === 0 ? 0 : Math.round((part / whole) * 100)}%`;
}

const dateFormats: Record<Lang, Intl.DateTimeFormat> = {
  nl: new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
};

/** A calendar date (`YYYY-MM-DD`) as people write it: "1 april 2025", "1 April 2025". */
export function formatDate(date: string, lang: Lang): string {
  return dateFormats[lang].format(new Date(`${date}T00:00:00Z`));
}
