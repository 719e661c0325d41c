/**
 * Finds the personal data that names a person or a home: a title with a surname ("mevrouw Jansen", "dhr. de
 * Vries", "Mr. Kowalski"), a street with a house number ("Lindelaan 12", "op de kerkstraat 3a") and a date of
 * birth ("geboren 3-4-2015", "geb. 12 maart 1988", "date of birth 04/07/1990").
 * @remarks Staff type in lower case, so a surname is recognised by what it is not: a word after a title that is
 * not one of the everyday words that follow "meneer" or "mevrouw" ("meneer belde", "mevrouw van boven").
 */

const TITLES = String.raw`(?:mevrouw|mevr|mw|meneer|mnr|dhr|de heer|juffrouw|mrs|mr|ms|miss|mister|madam)`;
// Dutch and other name particles ("van der", "in 't", "el"), up to three of them.
const PARTICLES = String.raw`(?:(?:van|de|der|den|het|ter|ten|te|in|op|'t|la|le|du|da|di|el|al|bin|ben)\s+){0,3}`;
const TITLE_NAME = new RegExp(
  String.raw`(?<![\p{L}])${TITLES}\.?\s+(${PARTICLES})([\p{L}][\p{L}'-]{1,30})`,
  'giu',
);

/**
 * Words that follow a title without being a name: verbs, pronouns, adverbs, places and ages. Kept short on
 * purpose: an unknown word after a title is read as a surname, since a false warning costs a retyped message and a
 * missed name is kept in the chat.
 */
const NOT_A_NAME = new Set(
  `is was zijn waren heeft had hebben wil wilde kan kon mag moet moest zal zou wordt werd zit zat staat stond ligt lag
  loopt liep woont woonde doet deed komt kwam gaat ging zegt zei vraagt vroeg belde belt riep roept schreeuwt schreeuwde
  huilt huilde lacht lachte reageert reageerde opent opende deed doet praat praatte sprak spreekt vertelt vertelde
  vindt vond weet wist denkt dacht ziet zag hoort hoorde klaagt klaagde kijkt keek maakt maakte blijft bleef
  wou durft durfde hoeft hield houdt leek lijkt voelt voelde heet
  en of maar want dus die dat deze dit daar hier er ook al wel niet nog heel erg zo zelf alleen samen toch nu toen
  weer steeds vaak soms altijd nooit net pas even echt gewoon eigenlijk misschien duidelijk
  van de het een op in uit aan bij met naar voor achter onder boven beneden naast tegenover hiernaast ernaast
  overkant boven beneden bovenburen benedenburen buren buurvrouw buurman vanaf sinds tot om over door zonder tegen
  die hij zij ze haar hem zijn mijn jouw uw ons onze hun wie wat waar waarom hoe welke
  nummer huis woning flat portiek etage galerij kamer keuken deur jaar jaren oud oude jonge ouder
  twee drie vier vijf zes zeven acht negen tien hoog eerste tweede derde vierde
  said says was is has had called asked told shouted keeps kept lives lived looked looks seemed seems
  and or but from at in on the a an of who with next upstairs downstairs teams word excel outlook office forms`.split(
    /\s+/,
  ),
);

// A street: one word that ends in a Dutch street suffix ("lindelaan", "Kerkstraat", "van-der-Duinweg"), and
// then a house number with an optional letter or addition; "12 t/m 40" and "12-40" are ranges, not a home.
const STREET_SUFFIX = String.raw`(?:straat|laan|weg|plein|singel|gracht|kade|dreef|hof|park|steeg|pad|dijk|baan|ring|markt|wal|erf|akker|veld|boulevard|allee|hage|donk|hoeve)`;
// What follows a number that is no house number: a range ("2 t/m 40", "2-40") or a count ("2 keer").
const NOT_A_HOME = String.raw`(?!\s*(?:t\/m|tot|-\s*\d{2}|–|jaar|keer|uur|min|minuten|dagen|weken|maanden|kinderen|personen|mensen|x\b|%|km\b|meter))`;
const STREET_NUMBER = new RegExp(
  String.raw`(?<![\p{L}])[\p{L}][\p{L}'-]{1,40}${STREET_SUFFIX}(?:-(?:oost|west|noord|zuid))?\s+(\d{1,4})${NOT_A_HOME}(?:\s?[a-z]\b|-\d{1,3}\b|\s?(?:bis|hs|huis|zw|rd|bg)\b)?${NOT_A_HOME}`,
  'giu',
);

const MONTHS = String.raw`(?:jan(?:uari|uary)?|feb(?:ruari|ruary)?|maart|mrt|march|mar|apr(?:il)?|mei|may|jun[ie]?|jul[iy]?|aug(?:ustus|ust)?|sep(?:t(?:ember)?)?|okt(?:ober)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const DATE = String.raw`(?:\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)?\d{2}|\d{1,2}\s+${MONTHS}\s+(?:19|20)\d{2}|(?:19|20)\d{2}-\d{1,2}-\d{1,2}|${MONTHS}\s+\d{1,2},?\s+(?:19|20)\d{2})`;
const BIRTH = String.raw`(?:geboren|geb\.?|geboortedatum|geb\.?\s?datum|born|dob|d\.o\.b\.?|date of birth)`;
// The keyword before the date, at most four words apart ("geboren op 3 maart 1988", "born on the 4/7/1990").
const BIRTH_DATE = new RegExp(
  String.raw`(?<![\p{L}])${BIRTH}(?:\s*[:(]?\s*|\s+(?:[\p{L}]+\s+){0,4})${DATE}`,
  'giu',
);

/** The kinds {@link findPeopleAndPlaces} reports. */
export type PersonOrPlaceKind = 'name' | 'address' | 'birth-date';

/** One detector: the kind, its pattern, and whether a match really is that kind. */
export const PEOPLE_AND_PLACES: readonly [PersonOrPlaceKind, RegExp, (match: string) => boolean][] = [
  ['birth-date', BIRTH_DATE, () => true],
  ['address', STREET_NUMBER, isHouseNumber],
  ['name', TITLE_NAME, isTitleAndName],
];

// Words with a street's ending that are no street.
const NOT_A_STREET = new Set(['onderweg', 'halfweg', 'supermarkt', 'woningmarkt', 'arbeidsmarkt', 'voetpad']);

function isHouseNumber(match: string): boolean {
  const street = (match.split(/\s/)[0] ?? '').toLowerCase();
  // "vergadering 3" is a meeting; "Westerring 3" a street.
  if (NOT_A_STREET.has(street) || /[^r]ering$/.test(street)) return false;
  const number = /(\d{1,4})/.exec(match.slice(match.search(/\s\d/)))?.[1];
  return number !== undefined && Number(number) > 0;
}

// Where someone works or sits, after "van de" or "op de": "mevrouw van de huurwinkel" is no surname.
const PLACE =
  /(schoonmaak|administratie|winkel|kantoor|balie|receptie|afdeling|gemeente|corporatie|zorg|team|dienst|school|bank|buurt|wijk|hoek|overkant|verdieping|straat|flat)$/;

function isTitleAndName(match: string): boolean {
  const words = match.trim().split(/\s+/);
  const name = words[words.length - 1] ?? '';
  const last = name.toLowerCase();
  // "meneer van 80", "mevrouw van boven": a particle followed by a word that is no name.
  if (NOT_A_NAME.has(last) || /^\d/.test(last)) return false;
  if (name !== last) return true;
  // Typed in lower case right after the title, a word ending like a Dutch verb ("ruikt", "neemt", "woonde") is
  // read as one; after a particle ("van de wilde") it is a surname.
  if (words.length === 2 && /(t|de|te)$/.test(last)) return false;
  return !PLACE.test(last);
}
