import type { Lang } from '../../i18n';

const nl = {
  saved: 'Opgeslagen.',
  saving: 'Bezig met opslaan…',
  saveFailed: 'Opslaan is niet gelukt. Wat je invulde staat er nog; probeer het opnieuw.',
  fixFields: (n: number) =>
    n === 1
      ? 'Eén veld klopt nog niet: zie de melding bij het veld.'
      : `${n} velden kloppen nog niet: zie de meldingen bij de velden.`,
  loadFailed: 'Dit kon niet worden geladen.',
  retry: 'Opnieuw proberen',
  cancel: 'Annuleren',
  optional: '(niet verplicht)',

  orgTitle: 'Aandachtsfunctionaris van de organisatie',
  orgIntro:
    'Wie medewerkers kunnen bellen als hun team geen eigen aandachtsfunctionaris heeft. De bot en het tabblad tonen deze persoon.',
  name: 'Naam',
  upn: 'E-mailadres in Teams',
  phone: 'Telefoonnummer (werk)',
  phoneHint: 'Alleen een werknummer: cijfers, spaties of streepjes.',
  save: 'Opslaan',
  clearOrg: 'Niemand instellen',
  cleared: 'Er is geen aandachtsfunctionaris van de organisatie meer ingesteld.',
  contactFields: {
    'contact.name': 'Vul een naam in van hoogstens 100 tekens.',
    'contact.userPrincipalName':
      'Vul een geldig e-mailadres in, zoals naam@organisatie.nl, of laat het leeg.',
    'contact.phone':
      'Vul een telefoonnummer in met alleen cijfers, spaties of streepjes (7 tot 20 tekens), of laat het leeg.',
  } as Record<string, string>,

  managersTitle: 'Leidinggevenden per team',
  managersIntro:
    'Leidinggevenden passen de meldcode van hun team aan en zien de training van hun team. Eigenaren van het team in Teams zijn dat vanzelf.',
  team: 'Team',
  chooseTeam: 'Kies een team',
  noTeams: 'Voordeur kent nog geen teams. Voeg de app toe aan een team in Teams; dan verschijnt het hier.',
  unnamedTeam: (id: string) => `Team zonder naam (${id.length > 24 ? `${id.slice(0, 24)}…` : id})`,
  teamMembers: (n: number) => (n === 1 ? '1 lid' : `${n} leden`),
  teamGone: 'niet meer bereikbaar',
  currentManagers: 'Huidige leidinggevenden',
  noManagers: 'Dit team heeft nog geen leidinggevende in Voordeur.',
  sourceAdmin: 'aangewezen door beheer',
  sourceRoster: 'eigenaar in Teams',
  remove: 'Verwijderen',
  removeManager: (name: string) => `${name} als leidinggevende verwijderen`,
  removed: (name: string) => `${name} is geen leidinggevende meer.`,
  addManager: 'Leidinggevende toevoegen',
  person: 'Persoon',
  choosePerson: 'Kies een teamlid',
  noMembers: 'Van dit team is nog geen ledenlijst bekend. Vul het Entra-object-id van de persoon in.',
  objectId: 'Entra-object-id',
  objectIdHint: 'Te vinden in Entra ID → Gebruikers → de persoon → Object-id.',
  add: 'Toevoegen',
  managerAdded: (name: string) => `Opgeslagen: ${name} is leidinggevende van dit team.`,
  managerFields: {
    aadObjectId: 'Vul een geldig Entra-object-id in (letters, cijfers en streepjes).',
    teamId: 'Kies een team uit de lijst.',
    displayName: 'Vul een naam in van hoogstens 100 tekens.',
  } as Record<string, string>,

  coursesTitle: 'Trainingen',
  coursesIntro: 'De trainingen die Voordeur bijhoudt en waarover het herinneringen stuurt.',
  noCourses: 'Er zijn nog geen trainingen.',
  newCourse: 'Nieuwe training',
  edit: 'Bewerken',
  editCourse: (name: string) => `${name} bewerken`,
  deleteCourse: (name: string) => `${name} verwijderen`,
  every: (months: number) => (months === 1 ? 'elke maand opnieuw' : `elke ${months} maanden opnieuw`),
  once: 'eenmalig',
  forAll: 'voor iedereen',
  forTeams: (n: number) => (n === 1 ? 'voor 1 team' : `voor ${n} teams`),
  forProfiles: (names: string) => `voor ${names}`,
  confirmDelete: (name: string) =>
    `${name} verwijderen? Alle registraties, herinneringen, uitstellen en claims van deze training gaan mee. Dit kan niet ongedaan worden gemaakt.`,
  confirmDeleteYes: 'Ja, verwijderen',
  deleted: (name: string, r: { records: number; reminders: number; snoozes: number; claims: number }) =>
    `${name} is verwijderd, met ${r.records} registratie(s), ${r.reminders} herinnering(en), ${r.snoozes} uitstel(len) en ${r.claims} claim(s).`,
  courseFormNew: 'Nieuwe training',
  courseFormEdit: (name: string) => `Training bewerken: ${name}`,
  courseId: 'Code',
  courseIdHint:
    'Kleine letters, cijfers en streepjes, zoals veilig-achter-de-voordeur. Later niet te wijzigen.',
  nameNl: 'Naam (Nederlands)',
  nameEn: 'Naam (Engels)',
  validity: 'Geldig (maanden)',
  validityHint: 'Na hoeveel maanden een opfriscursus nodig is. Leeg: eenmalig.',
  appliesTo: 'Voor wie',
  appliesAll: 'Iedereen met de app',
  appliesTeams: 'Bepaalde teams',
  appliesProfiles: 'Teams met een profiel',
  enrolUrl: 'Inschrijflink',
  enrolHint: 'Een https://-link; de herinnering krijgt dan een knop om in te schrijven.',
  close: 'Sluiten',
  courseSaved: (name: string) => `Opgeslagen: ${name}.`,
  courseFields: {
    courseId: 'Deze code kan niet: alleen kleine letters, cijfers en streepjes, hoogstens 64 tekens.',
    'name.nl': 'Vul een Nederlandse naam in van hoogstens 120 tekens.',
    'name.en': 'Vul een Engelse naam in van hoogstens 120 tekens.',
    validityMonths: 'Vul een heel aantal maanden in van 1 tot 120, of laat het leeg voor eenmalig.',
    appliesTo: 'Kies voor wie de training is; bij teams of profielen minstens één.',
    enrolUrl: 'Vul een link in die met https:// begint, of laat het leeg.',
  } as Record<string, string>,

  importTitle: 'Trainingen inlezen (CSV)',
  importIntro:
    'Een CSV-bestand met een kopregel: email of upn, course (code of naam) en completed_on (dd-mm-jjjj of jjjj-mm-dd). Eerst zie je wat er gebeurt; pas daarna lees je in.',
  chooseFile: 'CSV-bestand',
  checking: 'Het bestand wordt gecontroleerd…',
  preview: 'Voorbeeld: er is nog niets ingelezen',
  wouldImport: (n: { imported: number; updated: number; unchanged: number }) =>
    `${n.imported} nieuw, ${n.updated} bijgewerkt, ${n.unchanged} ongewijzigd.`,
  badLines: (n: number) => (n === 1 ? '1 regel wordt overgeslagen:' : `${n} regels worden overgeslagen:`),
  noBadLines: 'Geen regel met een fout.',
  line: 'Regel',
  status: 'Wat er gebeurt',
  willImport: 'wordt ingelezen',
  moreLines: (n: number) => `en nog ${n} regel(s)`,
  importNow: 'Nu inlezen',
  imported: (n: { imported: number; updated: number; unchanged: number; errors: number }) =>
    `Ingelezen: ${n.imported} nieuw, ${n.updated} bijgewerkt, ${n.unchanged} ongewijzigd, ${n.errors} regel(s) overgeslagen.`,
  fileTooLarge: 'Het bestand is te groot (hoogstens 10 MB).',

  claimsTitle: 'Meldingen “training al gedaan”',
  claimsIntro: 'Medewerkers die zeggen dat ze een training al deden. Bevestig het als het klopt.',
  noClaims: 'Er wacht geen melding.',
  claimedOn: (date: string) => `gemeld op ${date}`,
  confirm: 'Bevestigen',
  reject: 'Afwijzen',
  decided: (name: string, confirmed: boolean) => `${name}: ${confirmed ? 'bevestigd' : 'afgewezen'}.`,
};

export type OrganisationStrings = typeof nl;

const en: OrganisationStrings = {
  saved: 'Saved.',
  saving: 'Saving…',
  saveFailed: 'Saving did not work. What you typed is still here; please try again.',
  fixFields: (n: number) =>
    n === 1
      ? 'One field needs attention: see the message beside it.'
      : `${n} fields need attention: see the messages beside them.`,
  loadFailed: 'This could not be loaded.',
  retry: 'Try again',
  cancel: 'Cancel',
  optional: '(optional)',

  orgTitle: "The organisation's aandachtsfunctionaris",
  orgIntro:
    'Whom staff can call when their team has no aandachtsfunctionaris of its own. The bot and the tab show this person.',
  name: 'Name',
  upn: 'E-mail address in Teams',
  phone: 'Phone number (work)',
  phoneHint: 'A work number only: digits, spaces or dashes.',
  save: 'Save',
  clearOrg: 'Set nobody',
  cleared: 'The organisation no longer has an aandachtsfunctionaris set.',
  contactFields: {
    'contact.name': 'Enter a name of at most 100 characters.',
    'contact.userPrincipalName':
      'Enter a valid e-mail address, such as name@organisation.nl, or leave it empty.',
    'contact.phone':
      'Enter a phone number with digits, spaces or dashes only (7 to 20 characters), or leave it empty.',
  },

  managersTitle: 'Managers per team',
  managersIntro:
    "Managers adapt their team's meldcode and see their team's training. The team's owners in Teams are managers already.",
  team: 'Team',
  chooseTeam: 'Choose a team',
  noTeams: 'Voordeur knows no teams yet. Add the app to a team in Teams; it then shows here.',
  unnamedTeam: (id: string) => `Team without a name (${id.length > 24 ? `${id.slice(0, 24)}…` : id})`,
  teamMembers: (n: number) => (n === 1 ? '1 member' : `${n} members`),
  teamGone: 'no longer reachable',
  currentManagers: 'Current managers',
  noManagers: 'This team has no manager in Voordeur yet.',
  sourceAdmin: 'assigned by an admin',
  sourceRoster: 'owner in Teams',
  remove: 'Remove',
  removeManager: (name: string) => `Remove ${name} as manager`,
  removed: (name: string) => `${name} is no longer a manager.`,
  addManager: 'Add a manager',
  person: 'Person',
  choosePerson: 'Choose a team member',
  noMembers: "This team's member list is not known yet. Enter the person's Entra object id.",
  objectId: 'Entra object id',
  objectIdHint: 'Found in Entra ID → Users → the person → Object ID.',
  add: 'Add',
  managerAdded: (name: string) => `Saved: ${name} is a manager of this team.`,
  managerFields: {
    aadObjectId: 'Enter a valid Entra object id (letters, digits and dashes).',
    teamId: 'Choose a team from the list.',
    displayName: 'Enter a name of at most 100 characters.',
  },

  coursesTitle: 'Courses',
  coursesIntro: 'The courses Voordeur keeps track of and sends reminders about.',
  noCourses: 'There are no courses yet.',
  newCourse: 'New course',
  edit: 'Edit',
  editCourse: (name: string) => `Edit ${name}`,
  deleteCourse: (name: string) => `Delete ${name}`,
  every: (months: number) => (months === 1 ? 'again every month' : `again every ${months} months`),
  once: 'once',
  forAll: 'for everyone',
  forTeams: (n: number) => (n === 1 ? 'for 1 team' : `for ${n} teams`),
  forProfiles: (names: string) => `for ${names}`,
  confirmDelete: (name: string) =>
    `Delete ${name}? Every record, reminder, snooze and claim of this course goes with it. This cannot be undone.`,
  confirmDeleteYes: 'Yes, delete',
  deleted: (name: string, r: { records: number; reminders: number; snoozes: number; claims: number }) =>
    `${name} was deleted, with ${r.records} record(s), ${r.reminders} reminder(s), ${r.snoozes} snooze(s) and ${r.claims} claim(s).`,
  courseFormNew: 'New course',
  courseFormEdit: (name: string) => `Edit course: ${name}`,
  courseId: 'Code',
  courseIdHint:
    'Lowercase letters, digits and dashes, such as veilig-achter-de-voordeur. Cannot be changed later.',
  nameNl: 'Name (Dutch)',
  nameEn: 'Name (English)',
  validity: 'Valid for (months)',
  validityHint: 'After how many months a refresher is due. Empty: once.',
  appliesTo: 'For whom',
  appliesAll: 'Everyone with the app',
  appliesTeams: 'Some teams',
  appliesProfiles: 'Teams with a profile',
  enrolUrl: 'Sign-up link',
  enrolHint: 'An https:// link; the reminder then gets a button to sign up.',
  close: 'Close',
  courseSaved: (name: string) => `Saved: ${name}.`,
  courseFields: {
    courseId: 'This code cannot be used: lowercase letters, digits and dashes only, at most 64 characters.',
    'name.nl': 'Enter a Dutch name of at most 120 characters.',
    'name.en': 'Enter an English name of at most 120 characters.',
    validityMonths: 'Enter a whole number of months from 1 to 120, or leave it empty for once.',
    appliesTo: 'Choose for whom the course is; for teams or profiles at least one.',
    enrolUrl: 'Enter a link that starts with https://, or leave it empty.',
  },

  importTitle: 'Import training records (CSV)',
  importIntro:
    'A CSV file with a header: email or upn, course (code or name) and completed_on (dd-mm-yyyy or yyyy-mm-dd). First you see what would happen; only then do you import.',
  chooseFile: 'CSV file',
  checking: 'Checking the file…',
  preview: 'Preview: nothing has been imported yet',
  wouldImport: (n: { imported: number; updated: number; unchanged: number }) =>
    `${n.imported} new, ${n.updated} updated, ${n.unchanged} unchanged.`,
  badLines: (n: number) => (n === 1 ? '1 line will be skipped:' : `${n} lines will be skipped:`),
  noBadLines: 'No line has a problem.',
  line: 'Line',
  status: 'What happens',
  willImport: 'will be imported',
  moreLines: (n: number) => `and ${n} more line(s)`,
  importNow: 'Import now',
  imported: (n: { imported: number; updated: number; unchanged: number; errors: number }) =>
    `Imported: ${n.imported} new, ${n.updated} updated, ${n.unchanged} unchanged, ${n.errors} line(s) skipped.`,
  fileTooLarge: 'The file is too large (at most 10 MB).',

  claimsTitle: '“Already done” claims',
  claimsIntro: 'Staff who say they already did a course. Confirm it when it is true.',
  noClaims: 'No claim is waiting.',
  claimedOn: (date: string) => `claimed on ${date}`,
  confirm: 'Confirm',
  reject: 'Reject',
  decided: (name: string, confirmed: boolean) => `${name}: ${confirmed ? 'confirmed' : 'rejected'}.`,
};

export const ORGANISATION_STRINGS: Record<Lang, OrganisationStrings> = { nl, en };
