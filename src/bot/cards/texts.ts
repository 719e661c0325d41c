import type { Lang } from '../locale';
import type { FeedbackReason, ServiceNumber, HomeTopic } from '../../guidance';
/**
 * The bot's own words, Dutch (B1) first and English second.
 * @remarks Every fact here comes from the public sources the knowledge topics cite. Phone numbers: only 112,
 * Veilig Thuis 0800-2000, the police's non-emergency line 0900-8844, De Kindertelefoon 0800-0432 and 113
 * Zelfmoordpreventie (113, 0800-0113). Where Voordeur says it keeps nothing, it also says that Teams keeps the chat.
 */
interface Texts {
  call112: string;
  footer: string;
  dangerLine: string;
  /** The line that leads an answer to a message that speaks of danger without the signs of now. */
  possibleDangerLine: string;
  /** Advice under the danger card's 112 line that fits what the message described (see `dangerAdvice`). */
  dangerAdvice: { ownSafety: string; unresponsive: string; suicide: string };
  topicButtons: Record<HomeTopic, string>;
  welcome: { title: string; intro: string; principle: string; advice: string; tip: string };
  help: {
    title: string;
    intro: string;
    featuresTitle: string;
    features: { name: string; description: string }[];
    tip: string;
  };
  fallback: { title: string; body: string; offer: string };
  editorQuestion: {
    title: string;
    warning: string;
    label: string;
    required: string;
    send: string;
    sent: string;
    personalData: string;
  };
  error: { title: string; body: string; reference: string };
  callLabels: Record<ServiceNumber, string>;
  feedback: {
    question: string;
    yes: string;
    no: string;
    thanks: string;
    reasonTitle: string;
    reasonBody: string;
    reasons: Record<FeedbackReason, string>;
  };
  contactPerson: {
    title: (name: string) => string;
    team: string;
    organisation: string;
    noneTitle: string;
    noneBody: string;
  };
  sources: string;
  privacy: string;
}

export const TEXTS: Record<Lang, Texts> = {
  nl: {
    call112: 'Bel 112',
    footer: 'Direct gevaar: bel 112. Twijfel of advies nodig: bel Veilig Thuis, 0800-2000 (gratis).',
    dangerLine: 'Direct gevaar? Bel 112.',
    possibleDangerLine: 'Is iemand nu in gevaar? Bel 112.',
    dangerAdvice: {
      ownSafety:
        'Jouw eigen veiligheid gaat voor: grijp niet zelf in. Ga naar een veilige plek en bel daar 112.',
      unresponsive: 'Reageert iemand niet of ademt iemand niet goed? Bel 112 en doe wat de meldkamer zegt.',
      suicide:
        'Dreigt iemand een eind aan zijn leven te maken? Bel eerst 112, daarna 113 Zelfmoordpreventie: 113 of 0800-0113.',
    },
    topicButtons: {
      'direct-gevaar': 'Is er nu gevaar?',
      'meldcode-stappen': 'De 5 stappen',
      'wie-bel-ik': 'Wie kan ik bellen?',
    },
    callLabels: {
      '112': 'Bel 112',
      '0800-2000': 'Bel Veilig Thuis',
      '0900-8844': 'Bel politie (geen spoed)',
      '0800-0432': 'Bel de Kindertelefoon',
      '113': 'Bel 113 Zelfmoordpreventie',
      '0800-0113': 'Bel 0800-0113 (113)',
    },
    sources: 'Bronnen',
    feedback: {
      question: 'Had je hier iets aan?',
      yes: 'Ja, dit helpt',
      no: 'Nee',
      thanks: 'Dank je. Zo maken we Voordeur beter.',
      reasonTitle: 'Wat klopte er niet?',
      reasonBody:
        'Kies wat het beste past. Voordeur zelf bewaart alleen je keuze, niet je vraag. Teams bewaart de chat zoals elke chat.',
      reasons: {
        'wrong-topic': 'Verkeerd onderwerp',
        unclear: 'Niet duidelijk',
        incomplete: 'Er mist iets',
        emergency: 'Dit was een noodgeval',
      },
    },
    contactPerson: {
      title: (name) => `Jullie aandachtsfunctionaris is ${name}`,
      team: 'Je team heeft deze aandachtsfunctionaris in de teamtab gezet. Twijfel je over iets wat je zag? Bespreek het meteen met hen.',
      organisation:
        'Dit is de aandachtsfunctionaris van je organisatie. Twijfel je over iets wat je zag? Bespreek het meteen met hen.',
      noneTitle: 'Er is nog geen aandachtsfunctionaris ingesteld',
      noneBody: 'Vraag je leidinggevende wie het is. Je kunt ook altijd Veilig Thuis om advies vragen.',
    },
    privacy:
      'Let op: je bericht lijkt persoonsgegevens te bevatten, zoals een telefoonnummer, adres of BSN. Haal je bericht weg (verwijder het in Teams). Het staat al in de chat, en Teams bewaart de chat zoals elke chat, volgens de regels van je organisatie. Voordeur zelf bewaart je bericht niet.',
    welcome: {
      title: 'Welkom bij Voordeur',
      intro:
        'Je komt bij huurders thuis. Soms zie of hoor je iets wat niet goed voelt. Voordeur helpt je dan: wat je kunt doen, wie je belt en hoe je het doorgeeft.',
      principle: 'Oordeel niet, blijf bij de feiten.',
      advice:
        'Twijfel je? Vraag advies aan Veilig Thuis: 0800-2000. Gratis, dag en nacht; buiten kantoortijd nemen sommige regio’s alleen spoedzaken aan. Advies vragen mag ook anoniem.',
      tip: 'Typ je vraag in je eigen woorden, of typ "hulp" voor een overzicht.',
    },
    help: {
      title: 'Wat kan Voordeur voor je doen?',
      intro: 'Voordeur zet de meldcode bij je in Teams, zodat je weet wat je moet doen als het ertoe doet.',
      featuresTitle: 'Zo werkt het',
      features: [
        {
          name: 'Vragen',
          description: 'Stel je vraag over de meldcode in je eigen woorden, in het Nederlands of Engels.',
        },
        {
          name: 'Gevaar',
          description: 'Is er nu gevaar? Voordeur laat eerst zien wat je moet doen: bel 112.',
        },
        {
          name: 'Ik zie iets',
          description:
            'Zag je iets bij een huisbezoek? Stap voor stap naar een notitie met alleen feiten, voor de aandachtsfunctionaris.',
        },
        { name: 'Stappen', description: 'De vijf stappen van de meldcode, kort uitgelegd.' },
        { name: 'Contact', description: 'Wie je belt: 112, Veilig Thuis en de aandachtsfunctionaris.' },
        { name: 'Mijn training', description: 'Hoe je training ervoor staat, en waar je je inschrijft.' },
      ],
      tip: 'Zet geen namen, adressen of andere persoonsgegevens in deze chat.',
    },
    fallback: {
      title: 'Daar heb ik nog geen antwoord op',
      body: 'Kies hieronder een onderwerp, of bespreek je vraag met de aandachtsfunctionaris van je organisatie.',
      offer: 'Stuur mijn vraag naar de redactie',
    },
    editorQuestion: {
      title: 'Je vraag naar de redactie',
      warning: 'Zet er geen namen, adressen of andere gegevens van huurders of collega’s in.',
      label: 'Je vraag, zonder persoonsgegevens',
      required: 'Typ je vraag.',
      send: 'Versturen',
      sent: 'Dank je. De redactie leest je vraag en vult Voordeur aan. Je naam sturen we niet mee.',
      personalData:
        'Je vraag lijkt persoonsgegevens te bevatten, zoals een telefoonnummer, adres of BSN. Ik heb hem niet verstuurd. Haal die gegevens weg en probeer het opnieuw.',
    },
    error: {
      title: 'Sorry, er ging iets mis',
      body: 'Dat ligt niet aan jou. Probeer het zo nog eens.',
      reference: 'Foutcode: ${errorId}',
    },
  },
  en: {
    call112: 'Call 112',
    footer: 'Danger now: call 112. In doubt or need advice: call Veilig Thuis, 0800-2000 (free).',
    dangerLine: 'Danger now? Call 112.',
    possibleDangerLine: 'Is someone in danger right now? Call 112.',
    dangerAdvice: {
      ownSafety: 'Your own safety comes first: do not step in. Go somewhere safe and call 112 from there.',
      unresponsive:
        'Someone not responding or not breathing normally? Call 112 and do what the operator tells you.',
      suicide:
        'Is someone about to end their life? Call 112 first, then 113 Zelfmoordpreventie: 113 or 0800-0113.',
    },
    topicButtons: {
      'direct-gevaar': 'Is there danger now?',
      'meldcode-stappen': 'The 5 steps',
      'wie-bel-ik': 'Who can I call?',
    },
    callLabels: {
      '112': 'Call 112',
      '0800-2000': 'Call Veilig Thuis',
      '0900-8844': 'Call the police (non-emergency)',
      '0800-0432': 'Call the Kindertelefoon',
      '113': 'Call 113 Suicide Prevention',
      '0800-0113': 'Call 0800-0113 (113)',
    },
    sources: 'Sources',
    feedback: {
      question: 'Was this helpful?',
      yes: 'Yes, this helps',
      no: 'No',
      thanks: 'Thank you. This helps us improve Voordeur.',
      reasonTitle: 'What was wrong?',
      reasonBody:
        'Pick what fits best. Voordeur itself keeps only your choice, not your question. Teams keeps the chat like any chat.',
      reasons: {
        'wrong-topic': 'Wrong topic',
        unclear: 'Not clear',
        incomplete: 'Something is missing',
        emergency: 'This was an emergency',
      },
    },
    contactPerson: {
      title: (name) => `Your aandachtsfunctionaris is ${name}`,
      team: 'Your team set this aandachtsfunctionaris in the team tab. In doubt about something you saw? Talk it over with them straight away.',
      organisation:
        "This is your organisation's aandachtsfunctionaris. In doubt about something you saw? Talk it over with them straight away.",
      noneTitle: 'No aandachtsfunctionaris has been set yet',
      noneBody: 'Ask your manager who it is. You can always ask Veilig Thuis for advice too.',
    },
    privacy:
      'Note: your message seems to contain personal data, such as a phone number, address or BSN. Please remove your message (delete it in Teams). It is already in the chat, and Teams keeps the chat like any chat, under your organisation’s rules. Voordeur itself does not keep your message.',
    welcome: {
      title: 'Welcome to Voordeur',
      intro:
        'You visit tenants at home. Sometimes you see or hear something that does not feel right. Voordeur helps you then: what you can do, whom to call and how to pass it on.',
      principle: 'Do not judge, stick to the facts.',
      advice:
        'In doubt? Ask Veilig Thuis for advice: 0800-2000. Free, day and night; outside office hours some regions take urgent matters only. You may ask for advice anonymously.',
      tip: 'Type your question in your own words, or type "help" for an overview.',
    },
    help: {
      title: 'What can Voordeur do for you?',
      intro:
        'Voordeur puts the meldcode (the Dutch reporting code) in Teams, so you know what to do when it matters.',
      featuresTitle: 'How it works',
      features: [
        { name: 'Questions', description: 'Ask about the meldcode in your own words, in Dutch or English.' },
        { name: 'Danger', description: 'Is there danger now? Voordeur first shows what to do: call 112.' },
        {
          name: 'I see something',
          description:
            'Noticed something on a home visit? Step by step to a facts-only note for the aandachtsfunctionaris.',
        },
        { name: 'Steps', description: 'The five steps of the meldcode, in short.' },
        { name: 'Contacts', description: 'Whom to call: 112, Veilig Thuis and the aandachtsfunctionaris.' },
        { name: 'My training', description: 'Where your training stands, and where to sign up.' },
      ],
      tip: 'Do not put names, addresses or other personal data in this chat.',
    },
    fallback: {
      title: 'I have no answer to that yet',
      body: 'Pick a topic below, or discuss your question with your organisation’s aandachtsfunctionaris (the designated expert).',
      offer: 'Send my question to the editors',
    },
    editorQuestion: {
      title: 'Your question to the editors',
      warning: 'Do not include names, addresses or other details of tenants or colleagues.',
      label: 'Your question, without personal data',
      required: 'Type your question.',
      send: 'Send',
      sent: 'Thank you. The editors will read your question and add to Voordeur. Your name is not sent with it.',
      personalData:
        'Your question seems to contain personal data, such as a phone number, address or BSN. I have not sent it. Remove those details and try again.',
    },
    error: {
      title: 'Sorry, something went wrong',
      body: 'It is not your fault. Please try again in a moment.',
      reference: 'Error code: ${errorId}',
    },
  },
};
