import { compileList, compilePhrase, PhraseError } from './phrase-syntax';

const matcher = (phrase: string, lists: Record<string, string[]> = {}) =>
  new RegExp(
    compilePhrase(phrase, new Map(Object.entries(lists).map(([name, l]) => [name, compileList(l)]))),
  );

describe('compilePhrase', () => {
  it.each([
    // phrase, texts it finds, texts it does not
    ['mes', ['hij heeft een mes', 'mes'], ['messen', 'een vismes']],
    ['kind*', ['kind', 'kinderen alleen'], ['een pleegkind']],
    ['*deur', ['voordeur', 'deur'], ['deuren']],
    ['uncon?ous', ['unconcous'], ['unconous', 'unconscious']],
    ['ge?*d', ['geduwd', 'gered'], ['ged']],
    ['lo+s', ['los', 'looos'], ['ls']],
    ['# keer', ['3 keer', '12 keer'], ['keer']],
    ['kapot_gaan', ['kapot gaan', 'kapotgaan'], ['kapot te gaan']],
    ['(mes|pistool) in', ['mes in', 'pistool in'], ['mes op']],
    ['kid[s]', ['kid', 'kids'], ['kidz']],
    ['in [de] fik', ['in fik', 'in de fik'], ['in het fik', 'in defik']],
    ['lips [are|turning] blue', ['lips blue', 'lips turning blue'], ['lips are turning blue']],
    ['geweld [nu]', ['geweld', 'geweld nu'], ['geweldig']],
    ['[ge]wurg*', ['wurgt', 'gewurgd'], ['gegewurgd']],
    [
      'wordt …2 geslagen',
      ['wordt geslagen', 'wordt hard geslagen', 'wordt x y geslagen'],
      ['wordt x y z geslagen'],
    ],
    ['bloed ~10 gil', ['bloed en gil', 'bloed op de gil'], ['bloed op de muur en de vloer gil', 'bloedgil']],
    ['!(niet|niet meer) alleen', ['kind alleen', 'alleen'], ['niet alleen', 'niet meer alleen']],
    ['alleen !(maar)', ['alleen thuis', 'alleen'], ['alleen maar']],
    ['{wapen} bij', ['mes bij', 'bijl bij'], ['zaag bij']],
  ])('"%s" finds what it should', (phrase, found, notFound) => {
    const pattern = matcher(phrase, { wapen: ['mes', 'bijl'] });
    for (const text of found) expect(text).toMatch(pattern);
    for (const text of notFound) expect(text).not.toMatch(pattern);
  });

  it('reads "..." as "…"', () => {
    expect(compilePhrase('a ...3 b')).toBe(compilePhrase('a …3 b'));
  });

  it.each([
    [
      'Mes',
      'unexpected "M" (phrases are lower case a-z and 0-9, without accents or punctuation) at character 1',
    ],
    ['café', 'unexpected "é"'],
    ['hij  slaat', 'two spaces at character 5'],
    ['hij slaat ', 'space at the end'],
    ['(mes|pistool', '")" expected'],
    ['(mes|)', 'empty phrase'],
    ['…3 slaat', 'a word expected next to a gap'],
    ['slaat ~40', 'a word expected next to a gap'],
    ['slaat…3 haar', 'unexpected "…"'],
    ['a …11 b', 'a gap of at most 10 expected'],
    ['a ~301 b', 'a gap of at most 300 expected'],
    ['a ~ b', 'a number expected'],
    ['a …3b', '"…3" must stand between spaces'],
    ['!(niet)alleen', '"!(niet)" must stand between spaces'],
    ['[de]', 'a phrase needs a word that is not optional'],
    ['+a', '"+" must follow a letter'],
    ['!mes', '"(" expected after "!"'],
    ['{wapens}', 'no list named "wapens"'],
  ])('rejects "%s": %s', (phrase, message) => {
    expect(() => compilePhrase(phrase)).toThrow(PhraseError);
    expect(() => compilePhrase(phrase)).toThrow(message);
  });
});
