import { assessDanger } from './danger-detector';

// Danger spoken of without the signs of now gets the line "Is iemand nu in gevaar? Bel 112.", never the full card.
// Worded apart from the evaluation sets, one or two per kind of message the lexicon learnt in round 2.
describe('possible danger', () => {
  it.each([
    // injuries and neglect
    ['de jongen had een blauw oog en keek weg toen ik het vroeg'],
    ['the old man looks malnourished and the fridge is always empty'],
    // money taken, control, stalking
    ['haar zoon neemt elke maand haar pensioen op en ze durft niks te zeggen'],
    ['hij leest al haar appjes en ze mag niet zonder hem naar buiten'],
    ['haar ex wacht bijna elke ochtend bij haar werk op haar'],
    // forced marriage, exploitation, sexual abuse: a situation, not only a word
    ['haar ouders willen dat ze trouwt met een neef, ze zegt dat ze dat niet wil en moet trouwen'],
    ['the girl upstairs might be groomed by a loverboy, she gets picked up by older men'],
    ['het meisje zei dat haar oom s nachts op haar kamer komt'],
    // the home: a lock on the outside, holes at fist height; a shelter
    ['de slaapkamerdeur van de kinderen heeft een slot aan de buitenkant'],
    ['de vrouw woont sinds kort in de vrouwenopvang en wil de huur opzeggen'],
    // suicide thought of, not planned for now; a threat that has lasted, or is for some day
    ['hij zegt dat hij er vaak over nadenkt om er een eind aan te maken'],
    ['haar ex dreigt al maanden dat hij haar iets aandoet'],
    ['ze is bang dat haar familie haar iets aandoet omdat ze wil scheiden'],
    // a weapon seen lying earlier; a fire last year
    ['er lagen twee messen en een honkbalknuppel onder het bed, verder niks gezien'],
    ['haar ex heeft vorig jaar haar auto in brand gestoken'],
  ])('leads with the line, without the card: %s', (text) => {
    const assessed = assessDanger(text);
    expect(assessed.now).toEqual([]);
    expect(assessed.possible).toBe(true);
  });

  it.each([
    'wat is uitbuiting eigenlijk',
    'is vgv in nederland strafbaar',
    'we boren gaten in de muur voor de nieuwe afvoer',
    'de huurder gaat in de zomer trouwen en wil eerder verhuizen',
    'moet ik de oude medicijnen van de vorige huurder apart inleveren',
    'de loodgieter schiet morgenochtend even langs',
    'shoot me the invoice when you have it',
    'the support queue is on fire after the storm',
    'die aannemer vermoordt ons nog met zijn formulieren',
    'de gasleiding is gecontroleerd en alles is in orde',
    'morgen slaan ze de tegels uit de badkamer eruit',
  ])('gives neither the card nor the line to work talk: %s', (text) => {
    expect(assessDanger(text)).toEqual({ now: [], asked: [], possible: false });
  });

  it('still gives the full card when something is about to happen', () => {
    expect(
      assessDanger('hij denkt er al weken over en de pillen liggen klaar, hij doet het vanavond').now,
    ).toContain('suicide');
    expect(
      assessDanger('ze fluistert dat hij haar slaat en dat hij zo terug komt').now.length,
    ).toBeGreaterThan(0);
  });
});
