import type { Lang } from '../lang';

// Each line: the base form, then forms the Snowball stemmer would not bring back to it (irregular pasts and
// participles, present forms that lose a letter). General language, not tuned to any question.
const NL = `slaan sla slaat sloeg sloegen geslagen
schrikken schrik schrikt schrok schrokken geschrokken
zien zie ziet zag zagen gezien
horen hoor hoort hoorde hoorden gehoord
komen kom komt kwam kwamen gekomen
gaan ga gaat ging gingen gegaan
doen doe doet deed deden gedaan
zeggen zeg zegt zei zeiden gezegd
vertellen vertel vertelt vertelde vertelden verteld
schrijven schrijf schrijft schreef schreven geschreven
spreken spreek spreekt sprak spraken gesproken
vinden vind vindt vond vonden gevonden
denken denk denkt dacht dachten gedacht
brengen breng brengt bracht brachten gebracht
geven geef geeft gaf gaven gegeven
krijgen krijg krijgt kreeg kregen gekregen
liggen lig ligt lag lagen gelegen
zitten zit zat zaten gezeten
staan sta staat stond stonden gestaan
lopen loop loopt liep liepen gelopen
roepen roep roept riep riepen geroepen
steken steek steekt stak staken gestoken
schieten schiet schoot schoten geschoten
dwingen dwing dwingt dwong dwongen gedwongen
weten weet wist wisten geweten
houden houd houdt hield hielden gehouden
helpen help helpt hielp hielpen geholpen
bellen bel belt belde belden gebeld
melden meld meldt meldde meldden gemeld
breken breek breekt brak braken gebroken
slapen slaap slaapt sliep sliepen geslapen
vallen val valt viel vielen gevallen
drinken drink drinkt dronk dronken gedronken
wegen weeg weegt woog wogen gewogen
sluiten sluit sloot sloten gesloten
kijken kijk kijkt keek keken gekeken
zoeken zoek zoekt zocht zochten gezocht
lijken lijk lijkt leek leken geleken
blijven blijf blijft bleef bleven gebleven
beginnen begin begint begon begonnen
trouwen trouw trouwt trouwde trouwden getrouwd
vechten vecht vocht vochten gevochten
schoppen schop schopt schopte schopten geschopt
trappen trap trapt trapte trapten getrapt
dreigen dreig dreigt dreigde dreigden gedreigd
bedreigen bedreig bedreigt bedreigde bedreigden bedreigd
herkennen herken herkent herkende herkenden herkend
kennen ken kent kende kenden gekend`;

const EN = `see saw seen sees
tell told tells
hear heard hears
beat beaten beats
think thought thinks
find found finds
take took taken takes
give gave given gives
come came comes
go went gone goes
know knew known knows
say said says
speak spoke spoken speaks
write wrote written writes
keep kept keeps
leave left leaves
feel felt feels
run ran runs
bring brought brings
catch caught catches
child children
woman women
man men
person people`;

function table(lines: string): ReadonlyMap<string, string> {
  const map = new Map<string, string>();
  for (const line of lines.split('\n')) {
    const [base, ...forms] = line.trim().split(/\s+/);
    if (base) for (const form of forms) map.set(form, base);
  }
  return map;
}

/** Irregular word forms and the base form they stand for, per language (folded spelling). */
export const IRREGULAR_FORMS: Record<Lang, ReadonlyMap<string, string>> = { nl: table(NL), en: table(EN) };

// Each line: a search term, then words that must become that term without the stemmer, because the stemmer would
// merge them with a word of another meaning: "ouderen" (older people) and "ouders" (parents) both become "ouder";
// "geldt" (applies) would become "geld" (money). "Nummers" (which numbers there are) is kept apart from "nummer" (the
// number of one service).
const NL_KEPT = `ouderen ouderen oudere
gelden geldt gold golden gegolden
nummers nummers telefoonnummers`;
const EN_KEPT = `numbers numbers`;

/** Words that stand for a fixed search term, past the stemmer, per language (folded spelling). */
export const KEPT_FORMS: Record<Lang, ReadonlyMap<string, string>> = {
  nl: table(NL_KEPT),
  en: table(EN_KEPT),
};
