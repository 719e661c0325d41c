import { CONTENT_ERRORS, checkTopicContent, findContentErrors, unlistedPhoneNumbers } from './content-rules';
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
    expect(
      checkTopicContent(topic('Bel 112, 0800-2000, 0800 2000, 0900-8844, 0800-0432, 113 of 0800 0113.')),
    ).toEqual([]);
  });

  it('rejects 116 111, which is not confirmed to reach the Kindertelefoon', () => {
    expect(checkTopicContent(topic('Kinderen bellen 0800-0432.', 'Children call 116 111.'))).toEqual([
      expect.stringMatching(/116111 is not a service number/),
      expect.stringMatching(/^kindertelefoon-116-111/),
    ]);
  });

  it('rejects other phone numbers, short codes included', () => {
    expect(checkTopicContent(topic('Bel 06-12345678.'))).toEqual([expect.stringMatching(/0612345678/)]);
    expect(checkTopicContent(topic('Bel 0900-1450.'))).toEqual([expect.stringMatching(/09001450/)]);
    expect(checkTopicContent(topic('Bel 116 123.'))).toEqual([expect.stringMatching(/116123/)]);
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
    expect(checkTopicContent(topic('Zuidoost-Brabant werkt voor Eindhoven.'))).toHaveLength(1);
    expect(checkTopicContent(topic('Let op: de naam Zuidoost-Brabant weten we niet zeker.'))).toEqual([]);
  });

  it("rejects the content errors in any shown text, and the editors' brief as a source", () => {
    expect(checkTopicContent(topic('Meld altijd bij Veilig Thuis.'))).toEqual([
      expect.stringMatching(/^duty-to-report/),
    ]);
    expect(checkTopicContent({ ...topic('Tekst.'), title: { nl: 'Titel', en: 'Always report' } })).toEqual([
      expect.stringMatching(/^duty-to-report/),
    ]);
    expect(checkTopicContent({ ...topic('Tekst.'), sources: ['Voordeur domeinbrief: Who to call'] })).toEqual(
      [expect.stringMatching(/editors' brief/)],
    );
  });
});

describe.each(CONTENT_ERRORS.map((e) => [e.kind, e] as const))('the content error %s', (kind, error) => {
  it.each(error.examples.wrong.map((text) => [text]))('is found in "%s"', (text) => {
    expect(findContentErrors(text).filter((p) => p.startsWith(`${kind}:`))).toHaveLength(1);
  });

  it.each(error.examples.right.map((text) => [text]))('is not found in "%s"', (text) => {
    expect(findContentErrors(text)).toEqual([]);
  });
});

describe('unlistedPhoneNumbers', () => {
  it('returns each number outside the list once, in any spelling of the listed ones', () => {
    const text = 'Bel 113 of 0800 0113, niet 06-12345678 (nogmaals: 06 1234 5678) of 116 111.';
    expect(unlistedPhoneNumbers(text, ['113', '0800-0113'])).toEqual(['0612345678', '116111']);
    expect(unlistedPhoneNumbers(text, ['113', '0800-0113', '06-12345678', '116 111'])).toEqual([]);
  });
});
