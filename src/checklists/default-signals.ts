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
    short: {
      nl: 'Kind erg stil, onrustig of bang voor iemand',
      en: 'Child very quiet, restless or afraid of someone',
    },
    action: {
      nl: 'Vraag het kind niets uit. Schrijf op wat je zag en hoorde, met datum en tijd, en bespreek het vandaag met de aandachtsfunctionaris.',
      en: 'Do not question the child. Write down what you saw and heard, with date and time, and discuss it today with the aandachtsfunctionaris.',
    },
    keywords: {
      nl: 'kindermishandeling, bang, angstig, schrikken, stil, teruggetrokken, druk, onrustig, huilen, gedrag',
      en: 'child abuse, scared, afraid, frightened, withdrawn, quiet, restless, crying, behaviour',
    },
    profiles: ALL,
  },
  {
    id: 'kind-letsel',
    category: 'kind',
    text: {
      nl: 'Een kind heeft verwondingen op rare plekken, en de uitleg klopt niet goed.',
      en: 'A child has injuries in odd places, and the explanation does not add up.',
    },
    short: {
      nl: 'Verwondingen op rare plekken, uitleg klopt niet',
      en: 'Injuries in odd places, explanation does not add up',
    },
    action: {
      nl: 'Beoordeel de verwonding niet zelf. Schrijf op wat je zag en wat er letterlijk werd gezegd, en bespreek het vandaag met de aandachtsfunctionaris.',
      en: 'Do not assess the injury yourself. Write down what you saw and what was said, word for word, and discuss it today with the aandachtsfunctionaris.',
    },
    keywords: {
      nl: 'kindermishandeling, slaan, klappen, schoppen, knijpen, mishandelen, mishandeling, blauwe plekken, blauw oog, wond, brandwond, letsel, pijn',
      en: 'child abuse, hit, hitting, beaten, kicked, slapped, abuse, bruises, black eye, wound, burn, injury, hurt',
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
    short: { nl: 'Vuile kleren, slechte hygiëne, geen eten', en: 'Dirty clothes, poor hygiene, no food' },
    action: {
      nl: 'Schrijf op wat je zag aan kleding, eten en hygiëne, zonder oordeel. Twijfel je? Vraag Veilig Thuis om advies; dat kan anoniem.',
      en: 'Write down what you saw of clothes, food and hygiene, without judging. In doubt? Ask Veilig Thuis for advice; you can do so anonymously.',
    },
    keywords: {
      nl: 'kindermishandeling, verwaarlozing, vies, vuil, honger, stank, stinkt, ondervoed, mager, luizen',
      en: 'child abuse, neglect, neglected, dirty, hungry, smell, unwashed, thin, lice',
    },
    profiles: ALL,
  },
  {
    id: 'kind-toezicht',
    category: 'kind',
    text: {
      nl: 'Weinig toezicht: een jong kind is alleen thuis of laat op straat.',
      en: 'Little supervision: a young child is home alone or out on the street late.',
    },
    short: { nl: 'Jong kind alleen thuis of laat op straat', en: 'Young child home alone or out late' },
    action: {
      nl: 'Is het kind nu in gevaar? Bel 112. Anders: schrijf op waar en hoe laat je het kind zag, en bespreek het vandaag.',
      en: 'Is the child in danger now? Call 112. If not: write down where and at what time you saw the child, and discuss it today.',
    },
    keywords: {
      nl: 'kindermishandeling, alleen, zonder ouders, straat, nacht, laat, toezicht, opvang',
      en: 'child abuse, alone, unsupervised, street, night, late, supervision',
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
    short: {
      nl: 'Ouders schreeuwen tegen kind of kleineren het',
      en: 'Parents shout at or belittle the child',
    },
    action: {
      nl: 'Grijp niet zelf in en spreek de ouders er niet op aan. Schrijf letterlijk op wat er werd gezegd en bespreek het vandaag met de aandachtsfunctionaris.',
      en: 'Do not intervene and do not confront the parents. Write down word for word what was said and discuss it today with the aandachtsfunctionaris.',
    },
    keywords: {
      nl: 'kindermishandeling, schreeuwen, geschreeuw, uitschelden, schelden, vernederen, kleineren, ruzie, dreigen',
      en: 'child abuse, shouting, yelling, swearing, name-calling, humiliating, belittling, threatening',
    },
    profiles: ALL,
  },
  {
    id: 'partner-angst',
    category: 'partner',
    text: {
      nl: 'Iemand heeft verwondingen, is stil, kijkt je niet aan of is bang voor de partner.',
      en: 'Someone has injuries, is withdrawn, avoids eye contact or is afraid of the partner.',
    },
    short: {
      nl: 'Verwondingen, stil, bang voor de partner',
      en: 'Injuries, withdrawn, afraid of the partner',
    },
    action: {
      nl: 'Praat er alleen over als de persoon alleen is en het veilig is. Beloof geen geheimhouding. Bespreek het vandaag met de aandachtsfunctionaris.',
      en: 'Only talk about it when the person is alone and it is safe. Do not promise secrecy. Discuss it today with the aandachtsfunctionaris.',
    },
    keywords: {
      nl: 'slaan, klappen, mishandeling, huiselijk geweld, partnergeweld, blauwe plekken, blauw oog, wond, bang, angst, vrouw, man',
      en: 'hit, beaten, abuse, domestic violence, partner violence, bruises, black eye, wound, afraid, fear, wife, husband',
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
    short: {
      nl: 'Partner controlerend, jaloers, slaat dingen kapot',
      en: 'Partner controlling, jealous, smashes things',
    },
    action: {
      nl: 'Spreek de partner er niet op aan. Schrijf de feiten op en bespreek het vandaag met de aandachtsfunctionaris.',
      en: 'Do not confront the partner. Write down the facts and discuss it today with the aandachtsfunctionaris.',
    },
    keywords: {
      nl: 'huiselijk geweld, jaloezie, controle, dreigen, bedreigen, gooien, kapotmaken, woede, agressie, ruzie, huisdier, hond, kat, stalken',
      en: 'domestic violence, jealousy, control, threats, threatening, throwing, breaking, anger, aggression, pet, dog, cat, stalking',
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
    short: {
      nl: 'Geen eigen geld, mag weinig zelf beslissen',
      en: 'No money of their own, may decide little',
    },
    action: {
      nl: 'Vraag er niet naar als de partner erbij is. Schrijf op wat je merkte en vraag de aandachtsfunctionaris om advies.',
      en: 'Do not ask about it with the partner present. Write down what you noticed and ask the aandachtsfunctionaris for advice.',
    },
    keywords: {
      nl: 'geld, pinpas, bankpas, afhankelijk, controle, toestemming, financieel',
      en: 'money, bank card, dependent, control, permission, financial',
    },
    profiles: NOT_TECH,
  },
  {
    id: 'ouderen-zorg',
    category: 'ouderen',
    text: {
      nl: 'Een oudere wordt slecht verzorgd: urinelucht, blauwe plekken, bang voor de verzorger.',
      en: 'An older person is poorly cared for: smell of urine, bruises, afraid of the carer.',
    },
    short: {
      nl: 'Slecht verzorgd, urinelucht, blauwe plekken',
      en: 'Poorly cared for, smell of urine, bruises',
    },
    action: {
      nl: 'Beoordeel de blauwe plekken niet zelf. Schrijf op wat je zag en rook, en bespreek het vandaag met de aandachtsfunctionaris.',
      en: 'Do not assess the bruises yourself. Write down what you saw and smelled, and discuss it today with the aandachtsfunctionaris.',
    },
    keywords: {
      nl: 'urine, ouderenmishandeling, oudere, bejaarde, opa, oma, verwaarlozing, stank, plas, mantelzorger, mishandeling, slaan, wond',
      en: 'elder abuse, elderly, old, grandfather, grandmother, neglect, smell, urine, carer, abuse, hit, wound',
    },
    profiles: ALL,
  },
  {
    id: 'ouderen-geld',
    category: 'ouderen',
    text: {
      nl: 'Geld of spullen verdwijnen, er zijn huur- of energieschulden, de koelkast is leeg.',
      en: 'Money or belongings disappear, there are rent or energy arrears, the fridge is empty.',
    },
    short: {
      nl: 'Geld of spullen weg, schulden, lege koelkast',
      en: 'Money or belongings gone, arrears, empty fridge',
    },
    action: {
      nl: 'Schrijf op wat je zag. Vraag advies aan de aandachtsfunctionaris of aan Veilig Thuis.',
      en: 'Write down what you saw. Ask the aandachtsfunctionaris or Veilig Thuis for advice.',
    },
    keywords: {
      nl: 'ouderenmishandeling, financiële uitbuiting, geld, diefstal, stelen, schulden, achterstand, uitbuiting, oudere, bejaarde, koelkast, eten',
      en: 'elder abuse, financial abuse, money, theft, stealing, debts, arrears, exploitation, elderly, fridge, food',
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
    short: { nl: 'Je spreekt de oudere nooit alleen', en: 'You never speak to the older person alone' },
    action: {
      nl: 'Schrijf op hoe vaak dit gebeurde en wie er steeds bij was. Bespreek het met de aandachtsfunctionaris; die kan het gesprek overnemen.',
      en: 'Write down how often this happened and who was there each time. Discuss it with the aandachtsfunctionaris, who can take over the conversation.',
    },
    keywords: {
      nl: 'ouderenmishandeling, oudere, bejaarde, alleen spreken, isolatie, mantelzorger, familie, afschermen',
      en: 'elder abuse, elderly, speak alone, isolation, carer, family, shielded',
    },
    profiles: ALL,
  },
  {
    id: 'woning-schade',
    category: 'woning',
    text: {
      nl: 'Schade in de woning, huurachterstand of klachten van buren over lawaai.',
      en: 'Damage in the home, rent arrears or noise complaints from neighbours.',
    },
    short: {
      nl: 'Schade, huurachterstand, klachten over lawaai',
      en: 'Damage, rent arrears, noise complaints',
    },
    action: {
      nl: 'Schrijf op wat je zag en wat buren letterlijk zeiden, met datum; wat je ervan denkt apart, als jouw mening. Bespreek het met de aandachtsfunctionaris.',
      en: 'Write down what you saw and what neighbours said, word for word, with the date; what you think of it separately, as your opinion. Discuss it with the aandachtsfunctionaris.',
    },
    keywords: {
      nl: 'kapot, vernield, gat, muur, lawaai, geluid, geschreeuw, buren, overlast, huurachterstand, schulden',
      en: 'broken, damaged, hole, wall, noise, shouting, neighbours, nuisance, arrears, debts',
    },
    profiles: ALL,
  },
  {
    id: 'woning-onderhoud',
    category: 'woning',
    text: {
      nl: 'De huurder ontwijkt of weigert onderhoudsbezoeken.',
      en: 'The tenant avoids or refuses maintenance visits.',
    },
    short: { nl: 'Huurder ontwijkt of weigert onderhoud', en: 'Tenant avoids or refuses maintenance' },
    action: {
      nl: 'Ga niet zelf op onderzoek uit. Schrijf op wanneer een bezoek niet doorging en wat er werd gezegd, en bespreek het met de aandachtsfunctionaris.',
      en: 'Do not investigate yourself. Write down when a visit did not go ahead and what was said, and discuss it with the aandachtsfunctionaris.',
    },
    keywords: {
      nl: 'afspraak, binnenlaten, deur dicht, weigeren, reparatie, monteur, bezoek',
      en: 'appointment, let in, refuse, repair, visit, access',
    },
    profiles: ALL,
  },
  {
    id: 'woning-goed-weer',
    category: 'woning',
    text: {
      nl: 'Iemand doet alsof alles goed gaat zolang jij er bent.',
      en: 'Someone acts as if all is well while you are there.',
    },
    short: {
      nl: 'Doet alsof alles goed gaat als jij er bent',
      en: 'Acts as if all is well while you are there',
    },
    action: {
      nl: 'Vraag niet door als anderen erbij zijn. Schrijf op wat je opviel en bespreek het met een collega of de aandachtsfunctionaris.',
      en: 'Do not ask further when others are present. Write down what struck you and discuss it with a colleague or the aandachtsfunctionaris.',
    },
    keywords: {
      nl: 'toneel, doen alsof, verbergen, geheim, nep, masker',
      en: 'pretend, hiding, secret, fake, cover up',
    },
    profiles: ALL,
  },
  {
    id: 'woning-dieren',
    category: 'woning',
    text: { nl: 'Dieren worden mishandeld.', en: 'Animals are being mistreated.' },
    short: { nl: 'Dieren worden mishandeld', en: 'Animals are mistreated' },
    action: {
      nl: 'Grijp niet zelf in. Schrijf op wat je zag en hoorde, en bespreek het vandaag met de aandachtsfunctionaris.',
      en: 'Do not intervene yourself. Write down what you saw and heard, and discuss it today with the aandachtsfunctionaris.',
    },
    keywords: {
      nl: 'huisdier, hond, kat, dier, schoppen, slaan, dierenmishandeling',
      en: 'pet, dog, cat, animal, kicking, hitting, animal cruelty',
    },
    profiles: ALL,
  },
  {
    id: 'woning-deuren',
    category: 'woning',
    text: {
      nl: 'Let op: gaten in deuren of sloten aan de buitenkant van een binnendeur. Mogelijk signaal.',
      en: 'Watch out: holes in doors or locks on the outside of an inner door. A possible signal.',
    },
    short: {
      nl: 'Let op: gaten in deuren, slot buiten op binnendeur',
      en: 'Watch out: holes in doors, lock outside an inner door',
    },
    action: {
      nl: 'Dit is alleen een mogelijk signaal. Schrijf op wat je zag, zonder conclusie, en vraag de aandachtsfunctionaris wat het kan betekenen.',
      en: 'This is only a possible signal. Write down what you saw, without drawing conclusions, and ask the aandachtsfunctionaris what it may mean.',
    },
    caution: true,
    keywords: {
      nl: 'deur, slot, gat, opsluiten, opgesloten, grendel, kamer',
      en: 'door, lock, hole, locked up, bolt, room',
    },
    profiles: ALL,
  },
  {
    id: 'woning-verzamelen',
    category: 'woning',
    text: {
      nl: 'Let op: een huis vol spullen (verzamelwoede). Mogelijk signaal.',
      en: 'Watch out: a home crammed with belongings (hoarding). A possible signal.',
    },
    short: { nl: 'Let op: huis vol spullen', en: 'Watch out: home crammed with belongings' },
    action: {
      nl: 'Ook dit is alleen een mogelijk signaal. Schrijf op wat je zag en bespreek met de aandachtsfunctionaris of er meer aan de hand kan zijn.',
      en: 'This too is only a possible signal. Write down what you saw and discuss with the aandachtsfunctionaris whether more may be going on.',
    },
    caution: true,
    keywords: {
      nl: 'rommel, vol, spullen, vervuiling, verzamelen, stank',
      en: 'clutter, mess, belongings, squalor, hoarder, smell',
    },
    profiles: ALL,
  },
  {
    id: 'eer-gedrag',
    category: 'eer',
    text: {
      nl: 'Iemand gedraagt zich ineens anders, is weg van school of werk, of wordt steeds door familie begeleid.',
      en: 'Someone suddenly behaves differently, is absent from school or work, or is always escorted by relatives.',
    },
    short: {
      nl: 'Ineens anders, weg van school of werk, steeds begeleid',
      en: 'Sudden change, absent from school or work, always escorted',
    },
    action: {
      nl: 'Praat er niet over met de familie. Bespreek het meteen met de aandachtsfunctionaris: experts nemen het over.',
      en: 'Do not talk about it with the family. Discuss it straight away with the aandachtsfunctionaris: experts take over.',
    },
    keywords: {
      nl: 'eer, familie, trouwen, huwelijk, gedwongen, uithuwelijken, school, begeleiding, meisje',
      en: 'honour, family, marriage, forced marriage, school, escorted, girl',
    },
    profiles: NOT_TECH,
  },
  {
    id: 'vgv-reis',
    category: 'vgv',
    text: {
      nl: 'Er is een lange vakantie naar het land van herkomst gepland, of er gaan geruchten over een besnijdenis.',
      en: 'A long holiday to the country of origin is planned, or there are rumours of a circumcision.',
    },
    short: {
      nl: 'Lange reis naar land van herkomst, geruchten over besnijdenis',
      en: 'Long trip to country of origin, rumours of circumcision',
    },
    action: {
      nl: 'Praat er niet over met de familie. Bespreek het meteen met de aandachtsfunctionaris en zeg erbij wanneer de reis gepland is.',
      en: 'Do not talk about it with the family. Discuss it straight away with the aandachtsfunctionaris and say when the trip is planned.',
    },
    keywords: {
      nl: 'besnijdenis, meisjesbesnijdenis, vakantie, reis, buitenland, meisje, verminking',
      en: 'circumcision, cutting, holiday, trip, abroad, girl, mutilation',
    },
    profiles: CONSULT,
  },
];
