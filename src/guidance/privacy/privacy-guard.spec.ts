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
