import { createPrivacyGuard, isBsn, isIban } from './privacy-guard';

describe('privacy guard', () => {
  const guard = createPrivacyGuard();

  it('checks BSNs with the elfproef', () => {
    expect(isBsn('111222333')).toBe(true);
    expect(isBsn('123456782')).toBe(true);
    expect(isBsn('123456789')).toBe(false);
    expect(isBsn('000000000')).toBe(false);
    expect(guard.check('bsn 111.222.333')).toEqual(['bsn']);
    expect(guard.check('ordernummer 123456789')).toEqual([]);
  });

  it('finds phone numbers but not the service numbers or configured contacts', () => {
    expect(guard.check('bel me op 06-12345678')).toEqual(['phone']);
    expect(guard.check('mijn nummer is +31 6 1234 5678')).toEqual(['phone']);
    expect(guard.check('bel 112, 0800-2000, 0900-8844 of 116 111')).toEqual([]);
    expect(createPrivacyGuard(['013-1234567']).check('bel 013 123 45 67')).toEqual([]);
  });

  it('finds e-mail addresses', () => {
    expect(guard.check('mail j.jansen@woonstad.nl even')).toEqual(['email']);
  });

  it('finds a postcode with a house number, either way round, but not a year followed by a word', () => {
    expect(guard.check('kind op 5038 CK 14 ziet er slecht uit')).toEqual(['postcode-house-number']);
    expect(guard.check('5611ab 12')).toEqual(['postcode-house-number']);
    expect(guard.check('Dorpsstraat 12, 5611 AB Eindhoven')).toEqual(['postcode-house-number']);
    expect(guard.check('melding 4811 AB nr 7: lekkage')).toEqual(['postcode-house-number']);
    expect(guard.check('postcode 4811AB huisnummer 7')).toEqual(['postcode-house-number']);
    expect(guard.check('sinds 2019 en 3 keer gemeld')).toEqual([]);
    expect(guard.check('postcode 5611 AB')).toEqual([]);
  });

  it('checks IBANs with their check digits', () => {
    expect(isIban('NL91 ABNA 0417 1643 00')).toBe(true);
    expect(isIban('NL91ABNA0417164301')).toBe(false);
    expect(guard.check('rekening nl91abna0417164300')).toEqual(['iban']);
    expect(guard.check('rekening NL91ABNA0417164300 heeft achterstand')).toEqual(['iban']);
    expect(guard.check('rekening NL91 ABNA 0417 1643 00 heeft achterstand')).toEqual(['iban']);
    expect(guard.redact('rekening NL91ABNA0417164300 heeft').trim().split(/\s+/)).toEqual([
      'rekening',
      'heeft',
    ]);
  });

  it('reports several kinds in a fixed order', () => {
    expect(guard.check('NL91ABNA0417164300, a@b.nl, 0612345678, 111222333')).toEqual([
      'bsn',
      'phone',
      'email',
      'iban',
    ]);
  });

  it('redacts without adding words, and returns no values', () => {
    const redacted = guard.redact('kind op 5038 CK 14, bel 0612345678');
    expect(redacted).not.toMatch(/5038|0612345678/);
    expect(redacted).toContain('kind op');
    expect(JSON.stringify(guard.check('bel 0612345678'))).not.toContain('0612345678');
  });

  it('survives long and odd input', () => {
    expect(guard.check('1 '.repeat(5000))).toEqual([]);
    expect(guard.check('')).toEqual([]);
  });
});

describe('privacy guard: people and homes', () => {
  const guard = createPrivacyGuard();
  const kinds = (text: string) => guard.check(text);

  it.each([
    'meneer Bakker op nummer 4 wil een nieuwe sleutel',
    'vanmorgen bij mevr. de Groot geweest',
    'ik sprak dhr van der Linden over de schimmel',
    'mevrouw el idrissi was erg stil vandaag',
    'Mrs. Novak asked about the new boiler',
    'de heer Peeters wil dat we terugkomen',
  ])('finds a title with a surname: %s', (text) => {
    expect(kinds(text)).toContain('name');
  });

  it.each([
    'meneer belde boos over de lift',
    'mevrouw van boven klaagt over lawaai',
    'de oude meneer ruikt naar urine',
    'een mevrouw van 84 woont daar alleen',
    'de mevrouw van de receptie heeft de sleutel',
    'the lady next door said hello',
    'ik zag meneer en mevrouw samen weggaan',
    'ik stuur het via ms teams',
    'de meneer op twee hoog klaagt over de lift',
  ])('reads no name in work talk: %s', (text) => {
    expect(kinds(text)).not.toContain('name');
  });

  it.each([
    'het gaat om Populierenlaan 8',
    'bij de woning aan de kerkweg 112b',
    'Vossenhof 3-2 heeft al weken de gordijnen dicht',
    'ik was op de Stationsstraat 45 hs',
    'Ringbaan-West 12 heeft een lekkage',
  ])('finds a street with a house number: %s', (text) => {
    expect(kinds(text)).toContain('address');
  });

  it.each([
    'Populierenlaan 2 t/m 30 krijgt nieuwe daken',
    'de kerkweg is morgen afgesloten',
    'ik ben onderweg 2 uur later',
    'de vergadering 3 december gaat niet door',
    'in de Stationsstraat staan 4 bomen om',
  ])('reads no home in: %s', (text) => {
    expect(kinds(text)).not.toContain('address');
  });

  it.each([
    'dochter geboren 12-5-2016',
    'geb. 3 februari 1979, woont alleen',
    'geboortedatum: 2011-08-30',
    'his date of birth is 04/07/1990',
  ])('finds a date of birth: %s', (text) => {
    expect(kinds(text)).toContain('birth-date');
  });

  it.each([
    'op 12-5-2016 was ik daar voor de cv',
    'de training is op 3 februari 2027',
    'geboren en getogen in Tilburg',
  ])('reads no date of birth in: %s', (text) => {
    expect(kinds(text)).not.toContain('birth-date');
  });

  it('takes nine digits called a BSN as one, also when the elfproef fails', () => {
    expect(kinds('bsn: 123456789')).toEqual(['bsn']);
    expect(kinds('ordernummer 123456789')).toEqual([]);
  });
});
