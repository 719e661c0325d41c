import type { Lang } from '../locale';

/**
 * The words of the "ik zie iets" flow, Dutch (B1) first and English second.
 * @remarks The hints repeat the training's core: do not judge, stick to the facts. No phone number appears here
 * except 112 and Veilig Thuis 0800-2000 (in the shared footer). Where Voordeur says it keeps nothing, it also says
 * that Teams keeps the chat, like any chat.
 */
export const SEE_SOMETHING_TEXTS = {
  nl: {
    title: 'Ik zie iets',
    intro:
      'Ik help je in drie korte stappen. Je schrijft alleen op wat je zag. Daarna kies je zelf wat er met je notitie gebeurt.',
    dangerQuestion: 'Is er nu gevaar? Voor jou, een kind of iemand anders?',
    dangerYes: 'Ja, er is nu gevaar',
    dangerNo: 'Nee, niet nu',
    stop: 'Stoppen',
    next: 'Volgende',
    back: 'Terug',
    step: (n: number) => `Stap ${n} van 3`,
    factsTitle: 'Wat viel je op?',
    choicesLabel: 'Waar zag je mogelijk een signaal van? Kies wat past (meer mag).',
    observedLabel: 'Wat zag, hoorde of rook je?',
    observedPlaceholder:
      'Bijvoorbeeld: om 10.00 uur twee kinderen van ongeveer 4 en 6 jaar alleen thuis. Geen volwassene gezien.',
    factsHint:
      'Schrijf alleen feiten op: wat je zelf zag, hoorde of rook, en letterlijk wat iemand zei. Is iets je eigen gedachte? Schrijf dan "ik denk dat ...". Geen namen, adressen of telefoonnummers.',
    needSomething: 'Kies minstens één onderwerp of schrijf op wat je zag.',
    personalData:
      'Er lijken persoonsgegevens in je tekst te staan (zoals een telefoonnummer, e-mail, BSN, postcode met huisnummer of IBAN). Haal die weg: de aandachtsfunctionaris vraagt ze zelf als dat nodig is.',
    whereTitle: 'Wanneer, waar en wie?',
    whenWhereLabel: 'Wanneer en waar was het?',
    whenWherePlaceholder:
      'Bijvoorbeeld: dinsdag 24 november rond 10.00 uur, tijdens een reparatie in de keuken.',
    whoLabel: 'Wie waren er?',
    whoPlaceholder: 'Bijvoorbeeld: een moeder, twee jonge kinderen en een man die ik niet ken. Geen namen.',
    reviewTitle: 'Controleer je notitie',
    reviewIntro: 'Klopt alles? Staan er alleen feiten in? Kies dan wat je wilt doen.',
    sendTo: (name: string) => `Stuur naar ${name}`,
    contactLine: (name: string, team: boolean) =>
      `De aandachtsfunctionaris ${team ? 'van je team' : 'van je organisatie'} is ${name}.`,
    noContact:
      'Er is nog geen aandachtsfunctionaris ingesteld. Bespreek het met je leidinggevende of bel Veilig Thuis voor advies.',
    callAdvice: 'Bel Veilig Thuis voor advies',
    keep: 'Bewaar voor mezelf',
    edit: 'Aanpassen',
    sentTitle: 'Je notitie wordt verstuurd',
    sent: (name: string) =>
      `Voordeur stuurt je notitie in een privéchat naar ${name} en bewaart hem daarna zelf niet. Teams bewaart dat bericht en deze kaart wel, zoals elke chat. Bespreek het vandaag nog met ${name}.`,
    statusButton: 'Is hij aangekomen?',
    status: {
      sent: 'Je notitie is aangekomen bij de aandachtsfunctionaris.',
      pending: 'Je notitie wordt nog verstuurd. Kijk over een minuut opnieuw.',
      failed:
        'Je notitie kon niet worden bezorgd. Neem zelf contact op met de aandachtsfunctionaris, of bel Veilig Thuis voor advies.',
      unknown: 'Over deze notitie is niets meer bekend.',
    },
    failedTitle: 'Je notitie is niet aangekomen',
    alreadySent: 'Deze notitie is al verstuurd of afgesloten. Er is niets (opnieuw) verstuurd.',
    contactChanged: (name: string) =>
      `De aandachtsfunctionaris is intussen gewijzigd. Er is niets verstuurd. Wil je je notitie naar ${name} sturen?`,
    contactGone: 'De aandachtsfunctionaris is intussen gewijzigd. Er is niets verstuurd.',
    tooLong: 'Je tekst is te lang om te versturen. Maak wat je schreef korter.',
    keptTitle: 'Je notitie',
    kept: 'Deze kaart blijft in je chat staan. Voordeur zelf bewaart niets; Teams bewaart de chat zoals elke chat. Bespreek het vandaag nog met de aandachtsfunctionaris of een getrainde collega (stap 2 van de meldcode). Bewaar aantekeningen alleen zo lang als het beleid van je organisatie zegt.',
    manualTitle: 'Neem zelf contact op',
    manual: (name: string) =>
      `Voordeur kan ${name} niet via Teams bereiken. Neem zelf contact op en neem deze notitie mee. Voordeur zelf bewaart hem niet; Teams bewaart deze kaart zoals elke chat.`,
    chatWith: (name: string) => `Chat met ${name}`,
    callContact: (name: string) => `Bel ${name}`,
    cancelled:
      'Gestopt. Er is niets verstuurd. Voordeur zelf heeft niets bewaard; Teams bewaart wel wat al in deze chat stond, zoals elke chat.',
    startedBelow: 'Ga verder in de kaart hieronder.',
    goPrivate:
      'Ik help je hiermee in een privéchat met Voordeur, zodat de anderen in dit gesprek het niet zien. Kijk in je chat met Voordeur. Staat daar niets? Open dan de chat met Voordeur en typ "ik zie iets".',
    noteTitle: (name: string) => `Een collega zag iets: notitie van ${name}`,
    noteIntro:
      'Verstuurd met Voordeur ("ik zie iets"). Dit zijn de woorden van je collega. Voordeur zelf bewaart deze notitie niet; Teams bewaart dit bericht zoals elke chat.',
    noteAsk: (name: string) => `Neem vandaag contact op met ${name}.`,
    aColleague: 'een collega',
  },
  en: {
    title: 'I noticed something',
    intro:
      'I will help you in three short steps. You only write down what you noticed. Then you choose what happens to your note.',
    dangerQuestion: 'Is there danger right now? For you, a child or someone else?',
    dangerYes: 'Yes, there is danger now',
    dangerNo: 'No, not now',
    stop: 'Stop',
    next: 'Next',
    back: 'Back',
    step: (n: number) => `Step ${n} of 3`,
    factsTitle: 'What did you notice?',
    choicesLabel: 'What might you have seen a signal of? Choose what fits (more is fine).',
    observedLabel: 'What did you see, hear or smell?',
    observedPlaceholder: 'For example: at 10:00 two children of about 4 and 6 alone at home. No adult seen.',
    factsHint:
      'Write down facts only: what you saw, heard or smelled yourself, and literally what someone said. Is something your own thought? Then write "I think that ...". No names, addresses or phone numbers.',
    needSomething: 'Choose at least one subject or write down what you noticed.',
    personalData:
      'Your text seems to contain personal data (such as a phone number, e-mail, BSN, postcode with house number or IBAN). Please remove it: the aandachtsfunctionaris will ask for it if needed.',
    whereTitle: 'When, where and who?',
    whenWhereLabel: 'When and where was it?',
    whenWherePlaceholder: 'For example: Tuesday 24 November around 10:00, during a repair in the kitchen.',
    whoLabel: 'Who was there?',
    whoPlaceholder: 'For example: a mother, two young children and a man I do not know. No names.',
    reviewTitle: 'Check your note',
    reviewIntro: 'Is everything right? Only facts? Then choose what you want to do.',
    sendTo: (name: string) => `Send to ${name}`,
    contactLine: (name: string, team: boolean) =>
      `The aandachtsfunctionaris ${team ? 'of your team' : 'of your organisation'} is ${name}.`,
    noContact:
      'No aandachtsfunctionaris has been set yet. Discuss it with your manager or call Veilig Thuis for advice.',
    callAdvice: 'Call Veilig Thuis for advice',
    keep: 'Keep it for myself',
    edit: 'Change',
    sentTitle: 'Your note is being sent',
    sent: (name: string) =>
      `Voordeur sends your note to ${name} in a private chat and does not keep it itself after that. Teams does keep that message and this card, like any chat. Discuss it with ${name} today.`,
    statusButton: 'Has it arrived?',
    status: {
      sent: 'Your note has reached the aandachtsfunctionaris.',
      pending: 'Your note is still being sent. Look again in a minute.',
      failed:
        'Your note could not be delivered. Please contact the aandachtsfunctionaris yourself, or call Veilig Thuis for advice.',
      unknown: 'Nothing is known about this note any more.',
    },
    failedTitle: 'Your note did not arrive',
    alreadySent: 'This note has already been sent or closed. Nothing was sent (again).',
    contactChanged: (name: string) =>
      `The aandachtsfunctionaris has changed in the meantime. Nothing was sent. Do you want to send your note to ${name}?`,
    contactGone: 'The aandachtsfunctionaris has changed in the meantime. Nothing was sent.',
    tooLong: 'Your text is too long to send. Please make what you wrote shorter.',
    keptTitle: 'Your note',
    kept: 'This card stays in your chat. Voordeur itself keeps nothing; Teams keeps the chat like any chat. Discuss it today with the aandachtsfunctionaris or a trained colleague (step 2 of the meldcode). Keep notes only as long as your organisation’s policy says.',
    manualTitle: 'Contact them yourself',
    manual: (name: string) =>
      `Voordeur cannot reach ${name} through Teams. Please contact them yourself and take this note with you. Voordeur itself does not keep it; Teams keeps this card like any chat.`,
    chatWith: (name: string) => `Chat with ${name}`,
    callContact: (name: string) => `Call ${name}`,
    cancelled:
      'Stopped. Nothing was sent. Voordeur itself kept nothing; Teams does keep what was already in this chat, like any chat.',
    startedBelow: 'Continue in the card below.',
    goPrivate:
      'I will help you with this in a private chat with Voordeur, so the others in this conversation do not see it. Look in your chat with Voordeur. Nothing there? Then open the chat with Voordeur and type "i see something".',
    noteTitle: (name: string) => `A colleague noticed something: note from ${name}`,
    noteIntro:
      'Sent with Voordeur ("I noticed something"). These are your colleague’s own words. Voordeur itself does not keep this note; Teams keeps this message like any chat.',
    noteAsk: (name: string) => `Please contact ${name} today.`,
    aColleague: 'a colleague',
  },
} satisfies Record<Lang, unknown>;
