import type { CategoryId, DefaultSignal, Localized, Profile } from './types';

/** Category titles, in both languages. */
export const CATEGORY_TITLES: Record<CategoryId, Localized> = {
  kind: { nl: 'Kinderen', en: 'Children' },
  partner: { nl: 'Geweld tussen (ex-)partners', en: 'Violence between (ex-)partners' },
  ouderen: { nl: 'Ouderen', en: 'Older people' },
  woning: { nl: 'De woning', en: 'The home' },
  eer: { nl: 'Eergerelateerd geweld', en: 'Honour-based violence' },
  vgv: { nl: 'Vrouwelijke genitale verminking', en: 'Female genital mutilation' },
};

const ALL: readonly Profile[] = ['vakmannen', 'woonconsulenten', 'buurtbeheer', 'gemengd'];
const NOT_TECH: readonly Profile[] = ['woonconsulenten', 'buurtbeheer', 'gemengd'];
const CONSULT: readonly Profile[] = ['woonconsulenten', 'gemengd'];

const WRITE_DOWN: Localized = {
  nl: 'Schrijf de feiten op (datum, tijd, wat je zag of hoorde) en bespreek het vandaag met de aandachtsfunctionaris.',
  en: 'Write down the facts (date, time, what you saw or heard) and discuss it today with the aandachtsfunctionaris.',
};
const NO_FAMILY_TALK: Localized = {
  nl: 'Praat er niet over met de familie. Bespreek het meteen met de aandachtsfunctionaris: experts nemen het over.',
  en: 'Do not talk about it with the family. Discuss it straight away with the aandachtsfunctionaris: experts take over.',
};

/**
 * The default checklist: signals someone entering a home may notice, from the domain brief (meldcode.md).
 * @remarks A signal is never proof. Each line says what you see, never what it means. Items the brief marks
 * UNVERIFIED carry `caution` and are shown as "let op".
 */
export const DEFAULT_SIGNALS: readonly DefaultSignal[] = [
  {
    id: 'kind-gedrag',
    category: 'kind',
    text: {
      nl: 'Een kind is erg stil of juist heel onrustig, schrikt snel of is bang voor een bepaalde volwassene.',
      en: 'A child is very quiet or very restless, startles easily or is afraid of a particular adult.',
    },
    action: WRITE_DOWN,
    profiles: ALL,
  },
  {
    id: 'kind-letsel',
    category: 'kind',
    text: {
      nl: 'Een kind heeft verwondingen op rare plekken, en de uitleg klopt niet goed.',
      en: 'A child has injuries in odd places, and the explanation does not add up.',
    },
    action: {
      nl: 'Beoordeel de verwonding niet zelf. Schrijf op wat je zag en wat er letterlijk werd gezegd.',
      en: 'Do not assess the injury yourself. Write down what you saw and what was said, word for word.',
    },
    profiles: ALL,
  },
  {
    id: 'kind-verzorging',
    category: 'kind',
    text: {
      nl: 'Een kind ziet er verwaarloosd uit: vuile kleren, slechte hygiëne, geen eten in huis.',
      en: 'A child looks neglected: dirty clothes, poor hygiene, no food in the house.',
    },
    action: WRITE_DOWN,
    profiles: ALL,
  },
  {
    id: 'kind-toezicht',
    category: 'kind',
    text: {
      nl: 'Weinig toezicht: een jong kind is alleen thuis of laat op straat.',
      en: 'Little supervision: a young child is home alone or out on the street late.',
    },
    action: {
      nl: 'Is het kind nu in gevaar? Bel 112. Anders: schrijf het op en bespreek het vandaag.',
      en: 'Is the child in danger now? Call 112. If not: write it down and discuss it today.',
    },
    profiles: ALL,
  },
  {
    id: 'kind-schreeuwen',
    category: 'kind',
    text: {
      nl: 'Ouders schreeuwen tegen het kind of maken het steeds klein.',
      en: 'Parents shout at the child or keep belittling it.',
    },
    action: WRITE_DOWN,
    profiles: ALL,
  },
  {
    id: 'partner-angst',
    category: 'partner',
    text: {
      nl: 'Iemand heeft verwondingen, is stil, kijkt je niet aan of is bang voor de partner.',
      en: 'Someone has injuries, is withdrawn, avoids eye contact or is afraid of the partner.',
    },
    action: {
      nl: 'Praat er alleen over als de persoon alleen is en het veilig is. Beloof geen geheimhouding.',
      en: 'Only talk about it when the person is alone and it is safe. Do not promise secrecy.',
    },
    profiles: ALL,
  },
  {
    id: 'partner-controle',
    category: 'partner',
    text: {
      nl: 'Een partner is erg controlerend of jaloers, slaat dingen kapot of doet dieren pijn.',
      en: 'A partner is very controlling or jealous, smashes things or hurts animals.',
    },
    action: {
      nl: 'Spreek de partner er niet op aan. Schrijf de feiten op en bespreek het vandaag.',
      en: 'Do not confront the partner. Write down the facts and discuss it today.',
    },
    profiles: ALL,
  },
  {
    id: 'partner-geld',
    category: 'partner',
    text: {
      nl: 'Iemand heeft geen eigen geld en mag zelf weinig beslissen.',
      en: 'Someone has no money of their own and may decide little for themselves.',
    },
    action: WRITE_DOWN,
    profiles: NOT_TECH,
  },
  {
    id: 'ouderen-zorg',
    category: 'ouderen',
    text: {
      nl: 'Een oudere wordt slecht verzorgd: urinelucht, blauwe plekken, bang voor de verzorger.',
      en: 'An older person is poorly cared for: smell of urine, bruises, afraid of the carer.',
    },
    action: WRITE_DOWN,
    profiles: ALL,
  },
  {
    id: 'ouderen-geld',
    category: 'ouderen',
    text: {
      nl: 'Geld of spullen verdwijnen, er zijn huur- of energieschulden, de koelkast is leeg.',
      en: 'Money or belongings disappear, there are rent or energy arrears, the fridge is empty.',
    },
    action: {
      nl: 'Schrijf op wat je zag. Vraag advies aan de aandachtsfunctionaris of aan Veilig Thuis.',
      en: 'Write down what you saw. Ask the aandachtsfunctionaris or Veilig Thuis for advice.',
    },
    profiles: ALL,
  },
  {
    id: 'ouderen-alleen',
    category: 'ouderen',
    text: {
      nl: 'Je krijgt de oudere nooit alleen te spreken.',
      en: 'You never get to speak to the older person alone.',
    },
    action: WRITE_DOWN,
    profiles: ALL,
  },
  {
    id: 'woning-schade',
    category: 'woning',
    text: {
      nl: 'Schade in de woning, huurachterstand of klachten van buren over lawaai.',
      en: 'Damage in the home, rent arrears or noise complaints from neighbours.',
    },
    action: WRITE_DOWN,
    profiles: ALL,
  },
  {
    id: 'woning-onderhoud',
    category: 'woning',
    text: {
      nl: 'De huurder ontwijkt of weigert onderhoudsbezoeken.',
      en: 'The tenant avoids or refuses maintenance visits.',
    },
    action: WRITE_DOWN,
    profiles: ALL,
  },
  {
    id: 'woning-goed-weer',
    category: 'woning',
    text: {
      nl: 'Iemand doet alsof alles goed gaat zolang jij er bent.',
      en: 'Someone acts as if all is well while you are there.',
    },
    action: WRITE_DOWN,
    profiles: ALL,
  },
  {
    id: 'woning-dieren',
    category: 'woning',
    text: { nl: 'Dieren worden mishandeld.', en: 'Animals are being mistreated.' },
    action: WRITE_DOWN,
    profiles: ALL,
  },
  {
    id: 'woning-deuren',
    category: 'woning',
    text: {
      nl: 'Let op: gaten in deuren of sloten aan de buitenkant van een binnendeur. Mogelijk signaal.',
      en: 'Watch out: holes in doors or locks on the outside of an inner door. A possible signal.',
    },
    action: WRITE_DOWN,
    caution: true,
    profiles: ALL,
  },
  {
    id: 'woning-verzamelen',
    category: 'woning',
    text: {
      nl: 'Let op: een huis vol spullen (verzamelwoede). Mogelijk signaal.',
      en: 'Watch out: a home crammed with belongings (hoarding). A possible signal.',
    },
    action: WRITE_DOWN,
    caution: true,
    profiles: ALL,
  },
  {
    id: 'eer-gedrag',
    category: 'eer',
    text: {
      nl: 'Iemand gedraagt zich ineens anders, is weg van school of werk, of wordt steeds door familie begeleid.',
      en: 'Someone suddenly behaves differently, is absent from school or work, or is always escorted by relatives.',
    },
    action: NO_FAMILY_TALK,
    profiles: NOT_TECH,
  },
  {
    id: 'vgv-reis',
    category: 'vgv',
    text: {
      nl: 'Er is een lange vakantie naar het land van herkomst gepland, of er gaan geruchten over een besnijdenis.',
      en: 'A long holiday to the country of origin is planned, or there are rumours of a circumcision.',
    },
    action: NO_FAMILY_TALK,
    profiles: CONSULT,
  },
];
