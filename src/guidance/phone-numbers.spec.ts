import { digitsOf, findPhoneNumbers, telUrl } from './phone-numbers';

describe('phone numbers', () => {
  it('finds Dutch, international and short numbers', () => {
    expect(findPhoneNumbers('bel 06-12345678 of 010 123 45 67')).toEqual(['0612345678', '0101234567']);
    expect(findPhoneNumbers('+31 6 1234 5678 en 0031 6 12345678')).toEqual(['+31612345678', '0031612345678']);
    expect(findPhoneNumbers('112 of 0800-2000 of 116 111')).toEqual(['112', '08002000', '116111']);
    expect(findPhoneNumbers('0800-0432, 113 of 0800-0113')).toEqual(['08000432', '113', '08000113']);
  });

  it('leaves out short numbers when asked for personal ones only', () => {
    expect(findPhoneNumbers('bel 112 of 06 12345678', 9)).toEqual(['0612345678']);
  });

  it('does not take years or amounts for phone numbers', () => {
    expect(findPhoneNumbers('in 2019 waren het 90.000 kinderen, 9% en 1,3 miljoen')).toEqual([]);
  });

  it('writes tel: links and digits', () => {
    expect(telUrl('0800-2000')).toBe('tel:08002000');
    expect(digitsOf('+31 (0)6-1234')).toBe('+31061234');
  });
});
