import { detectDanger } from './danger-detector';

describe('detectDanger', () => {
  it.each([
    ['hij slaat haar nu', 'violence-now'],
    ['de buurman staat zijn vrouw te slaan', 'violence-now'],
    ['er wordt iemand in elkaar geslagen', 'violence-now'],
    ['he is hitting her right now', 'violence-now'],
    ["they're fighting upstairs", 'violence-now'],
    ['hij heeft een mes', 'weapon'],
    ['he has a knife', 'weapon'],
    ["he's got a gun", 'weapon'],
    ['er ligt iemand bewusteloos', 'unconscious'],
    ['er ligt iemand bewustloos op de gang', 'unconscious'],
    ['ze reageert niet meer', 'unconscious'],
    ['zijn vrouw bloed hevig', 'unconscious'],
    ['someone is unconcious on the floor', 'unconscious'],
    ['hij bedreigt mij', 'threat'],
    ['the tenant is threatening me', 'threat'],
    ['hij laat me niet gaan', 'threat-to-me'],
    ['ik word vastgehouden door de huurder', 'threat'],
    ['he gave me a death threat at the door', 'threat'],
    ['ze krijgt dreigende berichten en hij staat nu voor de deur met een mes', 'weapon'],
    ['he won’t let me leave', 'threat-to-me'],
    ['de huurder laat me er niet uit', 'threat-to-me'],
    ['hij zegt dat ik niet weg mag en heeft de deur op slot gedaan', 'threat-to-me'],
    ['he just hit me and locked the door', 'threat-to-me'],
    ['er zit een kleutertje helemaal alleen op de galerij', 'child-alone'],
    ['babytje ligt te huilen, de ouders zijn al uren weg', 'child-alone'],
    ['hij heeft haar net tegen de muur geduwd', 'violence-now'],
    ['opa is gevallen en bloedt uit zijn hoofd', 'unconscious'],
    ['de moeder schudt het kindje heen en weer', 'violence-now'],
    ['hij gaat haar vermoorden', 'threat-to-life'],
    ['ze wordt gewurgd', 'threat-to-life'],
    ['he says he will kill her', 'threat-to-life'],
    ['hij dreigt zichzelf en de kinderen iets aan te doen', 'threat-to-life'],
    ['ze dreigt zichzelf nu iets aan te doen', 'threat-to-life'],
    ['he is going to hurt the kids', 'threat-to-life'],
    ['kind van 3 alleen thuis', 'child-alone'],
    ['er zit een baby alleen in de auto', 'child-alone'],
    ["there's a toddler alone in the flat", 'child-alone'],
    ['ik hoor iemand schreeuwen om hulp', 'cry-for-help'],
    ['iemand roept help help', 'cry-for-help'],
    ['i hear a child screaming for help', 'cry-for-help'],
    ['in de flat boven wordt flink gevochten', 'violence-now'],
    ['ik hoor daar binnen ruiten sneuvelen', 'violence-now'],
    ['I can hear plates smashing next door', 'violence-now'],
    ['de deur zit op slot en we kunnen er niet meer uit', 'threat-to-me'],
    ['ik denk dat ik schoten hoor bij de buren van de klant', 'weapon'],
    ['we heard what sounded like a gunshot in the flat', 'weapon'],
    ['net een schot gehoord in het trappenhuis', 'weapon'],
    ['mijn collega wordt door de huurder in zijn gezicht gestompt', 'violence-now'],
    ['ze hitsen de hond op tegen de monteur', 'violence-now'],
    ['de huurder rent met een breekijzer op mij af', 'weapon'],
    ['buurvrouw staat op het balkon van de zesde en zegt dat ze gaat springen', 'threat-to-life'],
    ['he is up on the roof threatening to jump', 'threat-to-life'],
    ['hij houdt een kussen over het hoofd van zijn vrouw', 'threat-to-life'],
    ['iemand heeft de voordeur in de fik gestoken', 'fire'],
    ['the flat downstairs is on fire', 'fire'],
    ['zij roept laat me los laat me los', 'cry-for-help'],
    ['de kleuter hangt uit het open raam op driehoog', 'child-alone'],
    ['een dreumes staat te huilen in de gang, geen volwassene te bekennen', 'child-alone'],
    ['opa zit vastgebonden op zijn bed', 'threat'],
    ['ze fluistert bij de deur dat ze bang is', 'threat'],
  ])('finds danger in "%s"', (text, kind) => {
    expect(detectDanger(text)).toContain(kind);
  });

  it.each([
    'wat is de meldcode',
    'de deur slaat steeds dicht door de wind',
    'het alarm slaat steeds aan',
    'ik heb een mes nodig om de kit los te snijden',
    'wat moet ik doen als iemand bewusteloos is',
    'what if someone pulls a knife on me',
    'hij slaat haar regelmatig volgens de buren',
    'de kinderen waren gisteren alleen thuis',
    'kinderen zijn vaak alleen thuis',
    'kind van 14 alleen thuis',
    'where can a child call for help themselves',
    'vader schreeuwt vaak tegen de kinderen',
    'wat moet ik doen als iemand dreigt zichzelf iets aan te doen',
    'does domestic violence include threats and humiliation',
    'her ex keeps sending her threatening messages',
    'ze krijgt bedreigende appjes van haar ex',
    'meisje mag niet alleen naar buiten van haar vader',
    'is schreeuwen tegen je kind ook al mishandeling',
    'hij zegt dat ik me niet druk moet maken',
    'ik kan vandaag niet weg, ik wacht op de monteur',
    'haar dochter van 15 mag van haar vader de deur niet uit',
    'vind je het ook mishandeling als een kind alleen maar hoort dat zijn ouders elkaar slaan',
    'als een puber zijn moeder slaat, telt dat dan ook',
    'is dat huiselijk geweld of kindermishandeling als hij tegen de kinderen tekeer gaat',
    'moet ik de buurman erop aanspreken dat hij zijn kinderen slaat',
    'should I ask the tenant whether her partner is beating her',
    'ik hoor wat glas rinkelen als ik de ramen zet',
    'het houten schot tussen de bergingen is kapot',
    'moet ik het schot in de meterkast ook vervangen, hoorde ik van de opzichter',
    'de cv-ketel schiet steeds in de storing',
    'vorige maand sloeg hij haar, nu is het rustig in huis',
    'hoeveel kinderen worden er per jaar mishandeld',
    'de brandweer komt de brandmelders testen',
    'de kinderen springen op de trampoline in de tuin',
    'het kussen van de bank is kapot',
    'hoe zie je dat een kind thuis wordt geslagen',
    'de collega komt straks met een hamer naar de woning',
    'een bewoner komt op me af en vraagt naar de lekkage',
    'ik wil morgen even bij die familie binnen springen',
    'het raam springt steeds open door de wind',
    '',
    '🙂🙂',
  ])('finds no danger in "%s"', (text) => {
    expect(detectDanger(text)).toEqual([]);
  });

  it('lets "nu" overrule habit and questions', () => {
    expect(detectDanger('hij slaat haar vaak, en nu weer')).toContain('violence-now');
    expect(detectDanger('wat moet ik doen als hij haar nu slaat')).toContain('violence-now');
  });

  it('reads a long message to the end', () => {
    expect(detectDanger(`${'bla '.repeat(2500)}hij heeft een mes`)).toEqual(['weapon']);
  });

  it('ignores case, accents and punctuation', () => {
    expect(detectDanger('HIJ HEEFT EEN MES!!!')).toEqual(['weapon']);
    expect(detectDanger('Zé ís béwústeloos')).toEqual(['unconscious']);
  });
});
