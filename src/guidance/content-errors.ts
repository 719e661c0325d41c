/**
 * One kind of content error: wording that the domain brief (corrected 2026-12-02) says is wrong, as a pattern with
 * examples that must and must not match (the spec checks both), so a new sentence of the same kind is caught too.
 */
export interface ContentError {
  /** A stable name for the kind, used in messages. */
  kind: string;
  /** Why it is wrong, in one line. */
  why: string;
  /** `sentence`: the pattern is read per sentence; `text`: over the whole text (a topic line, a card text). */
  scope: 'sentence' | 'text';
  wrong: RegExp;
  /** What makes a match right after all, in the same sentence or text. */
  unless?: RegExp;
  examples: { wrong: readonly string[]; right: readonly string[] };
}

/** Where one sentence ends and the next begins. */
export const SENTENCE_END = /(?<=[.!?])\s+/;

const any = (...parts: string[]) => new RegExp(parts.join('|'), 'iu');
const QUESTION = String.raw`\?\s*$`;
const NEGATED_DUTY = String.raw`\b(?:niet|geen|not|no)\b[^.!?]{0,40}\b(?:verplicht|meldplicht|plicht|obliged|required|duty)\b`;

/** The kinds of content error, compiled once. Every text shown to people must be free of them. */
export const CONTENT_ERRORS: readonly ContentError[] = [
  {
    kind: 'duty-to-report',
    why: 'corporation staff have no duty to report: they discuss it with the aandachtsfunctionaris (112 in danger)',
    scope: 'sentence',
    wrong: any(
      String.raw`\bmeld (?:het |dit |dat )?(?:altijd|zelf)\b`,
      String.raw`\baltijd (?:een )?melding\b|\baltijd (?:zelf )?(?:te )?melden\b`,
      String.raw`\b(?:moet|moeten|hoort) (?:je |jij |u |jullie |we |wij |ik )?(?:het |dit |dat |dan |altijd |zelf |ook |meteen )*(?:te )?melden\b`,
      String.raw`\bverplicht (?:om )?(?:te )?melden\b|\bmeldplicht\b`,
      String.raw`(?:^|[.!?:;]\s*|\ben )(?:ook |dan )?meld\b|(?:^|[:;]\s*)melden\b(?!:)|\bdoe (?:zelf )?een melding\b`,
      String.raw`\balways (?:report|calls? for a report|make a report)\b|\breport it yourself\b`,
      String.raw`\b(?:you|staff|employees?|we|i) (?:must|have to|need to|should|are (?:obliged|required) to) (?:always |also |then )?report\b`,
      String.raw`\b(?:obliged|required|duty) to report\b|(?:^|[.!?:;]\s*)(?:also |then )?report\b(?!:)`,
    ),
    unless: any(QUESTION, NEGATED_DUTY),
    examples: {
      wrong: [
        'Meld altijd bij acute of structurele onveiligheid.',
        'Volgens het afwegingskader hoort daar altijd een melding bij Veilig Thuis bij.',
        'Ja: meld bij Veilig Thuis.',
        'Nee: melden.',
        'Dan moet je het melden bij Veilig Thuis.',
        'Je bent verplicht om te melden.',
        'Always report acute or structural unsafety.',
        'Under the afwegingskader it always calls for a report to Veilig Thuis.',
        'No: report.',
        'You must report this to Veilig Thuis.',
      ],
      right: [
        'Moet ik dit melden?',
        'Bespreek het meteen met de aandachtsfunctionaris. Die beslist samen met Veilig Thuis over een melding.',
        'Als medewerker van een corporatie heb je geen meldplicht.',
        'Melding: Veilig Thuis moet dan in actie komen.',
        'Bij Veilig Thuis kun je advies vragen of een melding doen.',
        'Nee: dan is een melding nodig.',
        'Report: Veilig Thuis then has to act.',
        'You are not obliged to report.',
      ],
    },
  },
  {
    kind: 'disclosure-counted-as-acute',
    why: 'a victim telling you is its own reason to report, not a kind of acute unsafety',
    scope: 'text',
    wrong: /^(?=[\s\S]*\b(?:vertel\w*|verhaal|disclosure|tells?|told)\b)(?=[\s\S]*\bacu(?:ut|te)\b)/iu,
    unless: /\b(?:niet|geen|los van|not|apart from)\b[^.!?]{0,30}\bacu(?:ut|te)\b/iu,
    examples: {
      wrong: [
        'Vertelt iemand je zelf over geweld? Luister. Zo’n verhaal telt als acute onveiligheid.',
        'Een kind dat over geweld vertelt, telt als acute onveiligheid.',
        'Does someone tell you they are being abused? That counts as acute too.',
      ],
      right: [
        'Vertelt iemand je zelf over geweld? Dat is op zich al een reden om een melding te bespreken.',
        'Acute onveiligheid: er is direct lichamelijk gevaar.',
        'Zo’n verhaal is een eigen reden voor een melding, los van acute onveiligheid.',
      ],
    },
  },
  {
    kind: 'past-abuse-counted-as-acute',
    why: 'abuse that lies in the past is not acute by itself',
    scope: 'sentence',
    wrong:
      /\b(?:seksueel (?:geweld|misbruik)|misbruik|sexual (?:violence|abuse)|abuse)\b[^.!?]{0,20}\b(?:telt|is|counts|geldt)\b[^.!?]{0,20}\bacu(?:ut|te)\b/iu,
    unless: /\b(?:niet vanzelf|niet altijd|not (?:acute )?by itself|not always)\b/iu,
    examples: {
      wrong: ['Seksueel geweld telt als acute onveiligheid.', 'Sexual violence counts as acute unsafety.'],
      right: [
        'Misbruik dat voorbij is, is niet vanzelf acuut.',
        'Abuse that lies in the past is not acute by itself.',
        'Acuut onveilig: lichamelijk of seksueel geweld dat nu gebeurt.',
      ],
    },
  },
  {
    kind: 'name-secrecy-promise',
    why: 'Veilig Thuis does not tell the family who reported, in principle: no promise that a name stays secret',
    scope: 'sentence',
    wrong: any(
      String.raw`\b(?:naam|name)\b[^.!?]{0,40}\b(?:geheim|secret|anoniem|anonymous|verborgen|hidden)\b`,
      String.raw`\b(?:gezin|familie|family)\b[^.!?]{0,60}\b(?:alleen|only)\b[^.!?]{0,40}\b(?:toestemming|agrees?|consent)\b`,
      String.raw`\b(?:niemand|nobody|no one)\b[^.!?]{0,30}\b(?:wie|who)\b[^.!?]{0,20}\b(?:meld\w*|report\w*)\b`,
    ),
    unless: any(String.raw`\bin principe\b|\bin principle\b|\bgeen belofte\b|\bno promise\b`, QUESTION),
    examples: {
      wrong: [
        'Het gezin hoort je naam alleen als jij daar toestemming voor geeft.',
        'Je naam blijft geheim.',
        'Veilig Thuis tells the family who made the report only if the reporter agrees.',
        'Niemand komt te weten wie de melding deed.',
      ],
      right: [
        'In principe vertelt Veilig Thuis het gezin niet wie de melding deed, tenzij jij toestemming geeft.',
        'Dat is geen belofte dat je naam geheim blijft.',
        'Anoniem: wat gebeurt er met je naam?',
      ],
    },
  },
  {
    kind: 'privacy-overclaim',
    why: 'Voordeur keeps nothing of what is typed, but Teams keeps the chat like any chat: say both',
    scope: 'text',
    wrong: any(
      String.raw`\bvoordeur\b[^.!?]{0,80}\b(?:bewaart|bewaren|houdt)\b[^.!?]{0,40}\b(?:niet|niets)\b`,
      String.raw`\bbewaart (?:of logt )?voordeur (?:zelf )?niet\b|\b(?:bewaren|bewaart) (?:we|wij)\b[^.!?]{0,20}\bniet\b`,
      String.raw`\bvoordeur\b[^.!?]{0,80}\b(?:does not|doesn't|never|will not) (?:keep|store)\b`,
      String.raw`\b(?:keeps|stores) nothing\b|\bwe (?:do not|don't|never) (?:keep|store)\b|\bnever stores\b`,
      String.raw`\bvoordeur (?:zelf )?heeft (?:niets|niks) bewaard\b|\bkept nothing\b|\bnothing (?:was|is) kept\b`,
    ),
    unless: /\bTeams\b[^.!?]{0,60}\b(?:bewaar\w*|houdt|keep\w*|stor\w*)|\b(?:bewaart|houdt) Teams\b/iu,
    examples: {
      wrong: [
        'Voordeur bewaart je bericht niet.',
        'Deze kaart blijft in je chat staan; Voordeur zelf bewaart niets.',
        'Wat je in de chat typt, bewaart of logt Voordeur niet.',
        'Je vraag zelf bewaren we niet.',
        'Voordeur does not keep your message.',
        'Voordeur stuurt je notitie naar Sam en bewaart hem daarna niet.',
        'Voordeur sends your note to Sam and does not keep it after that.',
        'We do not keep your question.',
        'Stopped. Nothing was kept or sent.',
      ],
      right: [
        'Voordeur zelf bewaart je bericht niet. Teams bewaart de chat wel, zoals elke chat.',
        'Voordeur itself keeps nothing; Teams keeps the chat like any chat.',
      ],
    },
  },
  {
    kind: 'nobody-reads-along',
    why: 'a Teams chat is kept under the organisation’s rules: do not say that nobody else can read it',
    scope: 'sentence',
    wrong:
      /\bniemand (?:anders )?(?:meeleest|leest|kan lezen|kan meelezen)\b|\b(?:nobody|no one) (?:else )?(?:reads|can read)\b/iu,
    examples: {
      wrong: ['Ik help je in een privéchat, zodat niemand anders meeleest.', 'So nobody else reads along.'],
      right: ['Zo zien de anderen in dit gesprek het niet.'],
    },
  },
  {
    kind: 'day-and-night-without-caveat',
    why: 'Veilig Thuis answers day and night, but outside office hours some regions take urgent matters only',
    scope: 'text',
    wrong: /\bdag en nacht\b|\bday and night\b/iu,
    unless: /\bbuiten kantoortijd\b|\boutside office hours\b/iu,
    examples: {
      wrong: ['Bel Veilig Thuis: 0800-2000. Gratis, dag en nacht.', 'Free, day and night.'],
      right: [
        'Gratis, dag en nacht. Buiten kantoortijd nemen sommige regio’s alleen spoedzaken aan.',
        'Free, day and night; outside office hours some regions take urgent matters only.',
      ],
    },
  },
  {
    kind: 'oost-brabant',
    why: 'there is no Veilig Thuis Oost-Brabant',
    scope: 'sentence',
    wrong: /(?<!\p{L})oost-brabant\b/iu,
    examples: {
      wrong: ['Welke plaatsen bij Veilig Thuis Oost-Brabant horen, weten we niet.'],
      right: ['Let op: de namen Brabant Noordoost en Zuidoost-Brabant weten we niet zeker.'],
    },
  },
  {
    kind: 'advice-nothing-recorded',
    why: 'Veilig Thuis registers an advice contact; what exactly it keeps is not confirmed',
    scope: 'sentence',
    wrong: any(
      String.raw`\bgeen gegevens\b[^.!?]{0,20}\b(?:vastgelegd|geregistreerd)\b|\bniets (?:wordt )?(?:vastgelegd|geregistreerd)\b`,
      String.raw`\bno (?:details|data|information) (?:are|is|will be) (?:recorded|registered)\b|\bnothing is (?:recorded|registered)\b`,
    ),
    examples: {
      wrong: ['Bij advies worden geen gegevens vastgelegd.', 'With advice, no details are recorded.'],
      right: ['Veilig Thuis legt het adviesgesprek wel vast.'],
    },
  },
  {
    kind: 'unconfirmed-figure',
    why: 'figures must be those of the public sources: 96% of cases involved a parent, 8% (CBS 2020)',
    scope: 'sentence',
    wrong: any(
      String.raw`\b96\s?% (?:van de daders|of (?:the )?perpetrators)\b|\bvan de daders was 96\b`,
      String.raw`\b(?:1|een|één|one) (?:op|in) (?:de )?20\b|\b9\s?%|\b1[,.]3 (?:miljoen|million)\b`,
    ),
    examples: {
      wrong: [
        'Van de daders was 96% een biologische ouder.',
        '96% of the perpetrators were a biological parent.',
        'Ongeveer 1 op de 20 mensen boven de 65 krijgt te maken met mishandeling.',
        'In 2022 was 9% van de mensen slachtoffer.',
      ],
      right: [
        'In 96% van de gevallen was een biologische ouder betrokken.',
        '8% van de mensen van 16 jaar en ouder, ongeveer 1,2 miljoen (CBS, 2020).',
      ],
    },
  },
  {
    kind: 'not-b1',
    why: 'words above language level B1, or a term left unexplained',
    scope: 'sentence',
    wrong:
      /meest basale|\binterpretatie|\bdiagnose|dwingende controle|\bsignaleert\b|\bbetrokkenen?\b|up-to-date/iu,
    examples: {
      wrong: [
        'Een kind dat de meest basale zorg mist.',
        'Zet erbij dat het jouw interpretatie is.',
        'Geen diagnoses en geen oordelen.',
        'Bij dwingende controle praat je niet met de familie.',
        'De medewerker signaleert en geeft het door.',
        'Nemen de betrokkenen die hulp aan?',
        'Houdt het protocol up-to-date.',
      ],
      right: ['Zet erbij dat het jouw eigen gedachte is.', 'De medewerker ziet iets en geeft het door.'],
    },
  },
  {
    kind: 'kindertelefoon-116-111',
    why: 'De Kindertelefoon publishes 0800-0432; whether 116 111 reaches it in the Netherlands is not confirmed',
    scope: 'sentence',
    wrong: /\b116[\s-]?111\b/u,
    examples: {
      wrong: ['Kinderen zelf: de Kindertelefoon, 116 111.', 'Bel 116111.'],
      right: ['Kinderen zelf: de Kindertelefoon, 0800-0432.'],
    },
  },
];
