import { checkTopicContent, unlistedPhoneNumbers } from './content-rules';
import type { Topic } from './topic';

const topic = (nl: string, en = 'Text.'): Topic => ({
  id: 'test',
  title: { nl: 'Titel', en: 'Title' },
  summary: { nl: 'Samenvatting.', en: 'Summary.' },
  body: { nl: [nl], en: [en] },
  questions: { nl: ['a', 'b'], en: ['a', 'b'] },
  synonyms: { nl: ['a'], en: ['a'] },
  calls: [],
  related: [],
  sources: ['bron'],
  lastReviewed: '2026-01-01',
});

describe('checkTopicContent', () => {
  it('accepts the service numbers in every spelling', () => {
    expect(checkTopicContent(topic('Bel 112, 0800-2000, 0800 2000, 0900-8844 of 116 111.'))).toEqual([]);
  });

  it('rejects other phone numbers, short codes included', () => {
    expect(checkTopicContent(topic('Bel 06-12345678.'))).toEqual([expect.stringMatching(/0612345678/)]);
    expect(checkTopicContent(topic('Bel 0900-1450.'))).toEqual([expect.stringMatching(/09001450/)]);
    expect(checkTopicContent(topic('Bel 113.'))).toEqual([expect.stringMatching(/113/)]);
    expect(checkTopicContent(topic('Call +31 20 123 4567.'))).toEqual([
      expect.stringMatching(/\+31201234567/),
    ]);
  });

  it('accepts configured contacts', () => {
    expect(checkTopicContent(topic('Bel 013-1234567.'), ['0131234567'])).toEqual([]);
  });

  it('leaves years, amounts and article numbers alone', () => {
    expect(
      checkTopicContent(topic('Sinds 1 juli 2013; 90.000 tot 127.000; artikel 5.2.6; artikel 284.')),
    ).toEqual([]);
  });

  it('rejects UNVERIFIED claims stated as fact and accepts them worded as a possibility', () => {
    expect(checkTopicContent(topic('Gaten in deuren zijn een signaal.'))).toHaveLength(1);
    expect(checkTopicContent(topic('Let op: gaten in deuren kunnen een signaal zijn.'))).toEqual([]);
    expect(checkTopicContent(topic('Tekst.', 'Hoarding is a signal.'))).toHaveLength(1);
    expect(checkTopicContent(topic('Veilig Thuis Oost-Brabant werkt voor Eindhoven.'))).toHaveLength(1);
  });
});

describe('unlistedPhoneNumbers', () => {
  it('returns each number outside the list once, in any spelling of the listed ones', () => {
    const text = 'Bel 113 of 0800 0113, niet 06-12345678 (nogmaals: 06 1234 5678) of 116 111.';
    expect(unlistedPhoneNumbers(text, ['113', '0800-0113'])).toEqual(['0612345678', '116111']);
    expect(unlistedPhoneNumbers(text, ['113', '0800-0113', '06-12345678', '116 111'])).toEqual([]);
  });
});
