import type { Lang } from '../locale';
import type { TopicId } from './verbs';

/**
 * The bot's own words, Dutch (B1) first and English second.
 * @remarks Every fact here comes from shared/domain/meldcode.md. Phone numbers: only 112, Veilig Thuis
 * 0800-2000, the police's non-emergency line 0900-8844 and the Kindertelefoon 116 111.
 */
interface Texts {
  call112: string;
  footer: string;
  dangerLine: string;
  topicButtons: Record<TopicId, string>;
  welcome: { title: string; intro: string; principle: string; advice: string; tip: string };
  help: {
    title: string;
    intro: string;
    featuresTitle: string;
    features: { name: string; description: string }[];
    tip: string;
  };
  fallback: { title: string; body: string };
  error: { title: string; body: string; reference: string };
  topics: Record<
    TopicId,
    {
      title: string;
      summary: string;
      points: string[];
      urgentText?: string;
      links: { title: string; url: string }[];
    }
  >;
}

const TEL_112 = 'tel:112';
const TEL_VEILIG_THUIS = 'tel:08002000';

export const TEXTS: Record<Lang, Texts> = {
  nl: {
    call112: 'Bel 112',
    footer:
      'Direct gevaar: bel 112. Twijfel of advies nodig: bel Veilig Thuis, 0800-2000 (gratis, dag en nacht).',
    dangerLine: 'Direct gevaar? Bel 112.',
    topicButtons: { danger: 'Is er nu gevaar?', steps: 'De 5 stappen', contacts: 'Wie kan ik bellen?' },
    welcome: {
      title: 'Welkom bij Voordeur',
      intro:
        'Je komt bij huurders thuis. Soms zie of hoor je iets wat niet goed voelt. Voordeur helpt je dan: wat je kunt doen, wie je belt en hoe je het doorgeeft.',
      principle: 'Oordeel niet, blijf bij de feiten.',
      advice:
        'Twijfel je? Vraag advies aan Veilig Thuis: 0800-2000, gratis en dag en nacht. Dat mag ook anoniem.',
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
        { name: 'Stappen', description: 'De vijf stappen van de meldcode, kort uitgelegd.' },
        { name: 'Contact', description: 'Wie je belt: 112, Veilig Thuis en de aandachtsfunctionaris.' },
      ],
      tip: 'Zet geen namen, adressen of andere persoonsgegevens in deze chat.',
    },
    fallback: {
      title: 'Daar heb ik nog geen antwoord op',
      body: 'Ik heb geen antwoord op deze vraag. Kies hieronder een onderwerp, of bespreek je vraag met de aandachtsfunctionaris van je organisatie.',
    },
    error: {
      title: 'Sorry, er ging iets mis',
      body: 'Dat ligt niet aan jou. Probeer het zo nog eens.',
      reference: 'Foutcode: ${errorId}',
    },
    topics: {
      danger: {
        urgentText: 'Direct gevaar? Bel 112.',
        title: 'Is er nu gevaar?',
        summary:
          'Hoor of zie je nu geweld, is iemand in levensgevaar of word je zelf bedreigd? Bel meteen 112. Dat gaat altijd eerst.',
        points: [
          '• Jouw eigen veiligheid gaat voor. Grijp niet zelf in.',
          '• Ga naar een veilige plek en bel 112.',
          '• Schrijf daarna zo snel mogelijk de feiten op: datum, tijd, plaats, wat je zag, hoorde of rook.',
          '• Bespreek het dezelfde dag met de aandachtsfunctionaris of je leidinggevende.',
        ],
        links: [
          { title: 'Bel 112', url: TEL_112 },
          { title: 'Bel Veilig Thuis', url: TEL_VEILIG_THUIS },
        ],
      },
      steps: {
        title: 'De meldcode in 5 stappen',
        summary: 'Oordeel niet, blijf bij de feiten. Je hoeft het niet alleen te doen.',
        points: [
          'Stap 1 – Breng de signalen in kaart: schrijf feiten op.',
          'Stap 2 – Overleg met een collega (de aandachtsfunctionaris) en vraag zo nodig advies aan Veilig Thuis.',
          'Stap 3 – Praat met de betrokkene. Dat laat je meestal over aan de aandachtsfunctionaris of een getrainde collega. Confronteer nooit iemand die je verdenkt.',
          'Stap 4 – Weeg het geweld met het afwegingskader.',
          'Stap 5 – Beslis: is melden nodig? Is hulp bieden of regelen (ook) mogelijk?',
        ],
        links: [{ title: 'Bel Veilig Thuis', url: TEL_VEILIG_THUIS }],
      },
      contacts: {
        title: 'Wie kan ik bellen?',
        summary: 'Bij direct gevaar bel je altijd eerst 112.',
        points: [
          '• 112: gevaar nu, levensgevaar, geweld dat je nu hoort of ziet.',
          '• Veilig Thuis, 0800-2000: gratis, dag en nacht. Voor advies (mag anoniem) of een melding. Buiten kantoortijd nemen sommige regio’s alleen spoedzaken aan.',
          '• De aandachtsfunctionaris van je organisatie: je eerste aanspreekpunt voor overleg.',
          '• Politie, geen spoed: 0900-8844.',
          '• Kinderen zelf: Kindertelefoon, 116 111.',
        ],
        links: [
          { title: 'Bel 112', url: TEL_112 },
          { title: 'Bel Veilig Thuis', url: TEL_VEILIG_THUIS },
        ],
      },
    },
  },
  en: {
    call112: 'Call 112',
    footer:
      'Danger now: call 112. In doubt or need advice: call Veilig Thuis, 0800-2000 (free, day and night).',
    dangerLine: 'Danger now? Call 112.',
    topicButtons: { danger: 'Is there danger now?', steps: 'The 5 steps', contacts: 'Who can I call?' },
    welcome: {
      title: 'Welcome to Voordeur',
      intro:
        'You visit tenants at home. Sometimes you see or hear something that does not feel right. Voordeur helps you then: what you can do, whom to call and how to pass it on.',
      principle: 'Do not judge, stick to the facts.',
      advice:
        'In doubt? Ask Veilig Thuis for advice: 0800-2000, free, day and night. You may stay anonymous.',
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
        { name: 'Steps', description: 'The five steps of the meldcode, in short.' },
        { name: 'Contacts', description: 'Whom to call: 112, Veilig Thuis and the aandachtsfunctionaris.' },
      ],
      tip: 'Do not put names, addresses or other personal data in this chat.',
    },
    fallback: {
      title: 'I have no answer to that yet',
      body: 'I have no answer to this question. Pick a topic below, or discuss your question with your organisation’s aandachtsfunctionaris (the designated expert).',
    },
    error: {
      title: 'Sorry, something went wrong',
      body: 'It is not your fault. Please try again in a moment.',
      reference: 'Error code: ${errorId}',
    },
    topics: {
      danger: {
        urgentText: 'Danger now? Call 112.',
        title: 'Is there danger now?',
        summary:
          'Do you hear or see violence now, is someone’s life in danger, or are you being threatened yourself? Call 112 at once. That always comes first.',
        points: [
          '• Your own safety comes first. Do not intervene physically.',
          '• Go somewhere safe and call 112.',
          '• Afterwards, write down the facts as soon as you can: date, time, place, what you saw, heard or smelled.',
          '• Discuss it the same day with the aandachtsfunctionaris or your manager.',
        ],
        links: [
          { title: 'Call 112', url: TEL_112 },
          { title: 'Call Veilig Thuis', url: TEL_VEILIG_THUIS },
        ],
      },
      steps: {
        title: 'The meldcode in 5 steps',
        summary: 'Do not judge, stick to the facts. You do not have to do this alone.',
        points: [
          'Step 1 – Map the signals: write down facts.',
          'Step 2 – Consult a colleague (the aandachtsfunctionaris) and, if needed, ask Veilig Thuis for advice.',
          'Step 3 – Talk with the person involved. You normally leave this to the aandachtsfunctionaris or a trained colleague. Never confront a suspected perpetrator.',
          'Step 4 – Weigh the violence with the afwegingskader (assessment framework).',
          'Step 5 – Decide: is reporting necessary? Is providing or organising help (also) possible?',
        ],
        links: [{ title: 'Call Veilig Thuis', url: TEL_VEILIG_THUIS }],
      },
      contacts: {
        title: 'Who can I call?',
        summary: 'With danger now, always call 112 first.',
        points: [
          '• 112: danger now, life-threatening, violence you hear or see happening.',
          '• Veilig Thuis, 0800-2000: free, day and night. For advice (may be anonymous) or a report. Outside office hours some regions take urgent matters only.',
          '• Your organisation’s aandachtsfunctionaris: your first contact to talk it over.',
          '• Police, non-emergency: 0900-8844.',
          '• Children themselves: Kindertelefoon, 116 111.',
        ],
        links: [
          { title: 'Call 112', url: TEL_112 },
          { title: 'Call Veilig Thuis', url: TEL_VEILIG_THUIS },
        ],
      },
    },
  },
};
