import { createGuidance } from './create-guidance';
import type { GuidanceAnswer } from './guidance-answer';
import { loadKnowledge } from './load-knowledge';

const topics = loadKnowledge();
const guidance = createGuidance(topics);
const topicOf = (a: GuidanceAnswer): string | undefined => a.topic?.id;

describe('createGuidance', () => {
  it('answers a question with a topic, in the language of the text', () => {
    const nl = guidance.answer('wat is de meldcode', 'nl-NL');
    expect(nl).toMatchObject({ kind: 'answer', lang: 'nl' });
    expect(topicOf(nl)).toBe('meldcode-stappen');
    const en = guidance.answer('how do I report to veilig thuis', 'nl-NL');
    expect(en.lang).toBe('en');
    expect(topicOf(en)).toBe('advies-of-melding');
  });

  it('answers in the locale language when the text does not say', () => {
    expect(guidance.answer('meldcode', 'en-US').lang).toBe('en');
    expect(guidance.answer('meldcode', 'nl-NL').lang).toBe('nl');
    expect(guidance.answer('meldcode').lang).toBe('nl');
  });

  it('puts danger first, with the direct-gevaar topic, before privacy and search', () => {
    const answer = guidance.answer('hij slaat haar nu, bel me op 0612345678', 'nl-NL');
    expect(answer).toMatchObject({
      kind: 'danger',
      danger: ['violence-now'],
      score: 1,
      personalData: ['phone'],
    });
    expect(topicOf(answer)).toBe('direct-gevaar');
    expect(answer.related.map((t) => t.id)).not.toContain('direct-gevaar');
  });

  it('answers a question about a dangerous situation with the 112 topic, without the emergency card', () => {
    for (const text of [
      'wat moet ik doen als een bewoner tijdens de klus plotseling niet meer reageert',
      'what should I do if a tenant pulls a knife on me',
    ]) {
      const answer = guidance.answer(text, 'nl-NL');
      expect(answer.kind).toBe('answer');
      expect(topicOf(answer)).toBe('direct-gevaar');
    }
  });

  it('asks not to share personal data, and still answers the question', () => {
    const answer = guidance.answer('kind op 5038 CK 14 ziet er verwaarloosd uit', 'nl-NL');
    expect(answer).toMatchObject({ kind: 'privacy', personalData: ['postcode-house-number'] });
    expect(topicOf(answer)).toBe('kindermishandeling');
    expect(guidance.answer('bsn 111222333', 'nl-NL')).toMatchObject({
      kind: 'privacy',
      personalData: ['bsn'],
    });
  });

  it('falls back on questions about something else', () => {
    for (const text of ['hoe laat is de kantine open', 'wifi wachtwoord', 'mijn cv-ketel lekt']) {
      expect(guidance.answer(text, 'nl-NL')).toMatchObject({ kind: 'fallback', reason: 'no-match' });
    }
  });

  it('handles bad input with a sensible answer', () => {
    for (const text of ['', '   ', '🙂🙏👍', '???', '\u0000\u200b']) {
      expect(guidance.answer(text, 'nl-NL')).toMatchObject({ kind: 'fallback', reason: 'empty', lang: 'nl' });
    }
    expect(guidance.answer(undefined as unknown as string).kind).toBe('fallback');
    expect(topicOf(guidance.answer('wat is de meldcode? '.repeat(500), 'nl-NL'))).toBe('meldcode-stappen');
    expect(guidance.answer('x'.repeat(10_000), 'nl-NL').kind).toBe('fallback');
    expect(guidance.answer(`${'bla '.repeat(2500)} hij heeft een mes`, 'nl-NL').kind).toBe('danger');
    for (const text of [
      'Wie melde ich häusliche Gewalt?',
      'Que faire en cas de violence?',
      'ما هو الرقم',
      'şiddet',
    ]) {
      const answer = guidance.answer(text, 'de-DE');
      expect(['answer', 'fallback']).toContain(answer.kind);
      expect(['nl', 'en']).toContain(answer.lang);
    }
  });

  it('strips Teams mentions from channel messages', () => {
    const plain = guidance.answer('wat is het afwegingskader', 'nl-NL');
    const mentioned = guidance.answer('<at>Voordeur</at> wat is het afwegingskader', 'nl-NL');
    expect(mentioned).toEqual(plain);
    expect(guidance.answer('@Voordeur wat is het afwegingskader', 'nl-NL')).toEqual(plain);
    expect(guidance.answer('<at>Voordeur</at>', 'nl-NL')).toMatchObject({
      kind: 'fallback',
      reason: 'empty',
    });
  });

  it('keeps no state between questions', () => {
    const first = guidance.answer('kan ik anoniem melden', 'nl-NL');
    guidance.answer('hij heeft een mes', 'nl-NL');
    expect(guidance.answer('kan ik anoniem melden', 'nl-NL')).toEqual(first);
  });

  it('finds topics by id and offers related topics that are not the answer', () => {
    expect(guidance.topic('veilig-thuis')?.title.nl).toMatch(/Veilig Thuis/);
    expect(guidance.topic('bestaat-niet')).toBeUndefined();
    const answer = guidance.answer('wat is het verschil tussen advies en een melding', 'nl-NL');
    expect(answer.related.map((t) => t.id)).not.toContain(topicOf(answer));
  });

  it('searches with the engine it is given', () => {
    const blind = createGuidance(topics, { engine: () => ({ search: () => [] }) });
    expect(topicOf(guidance.answer('kan ik anoniem melden', 'nl-NL'))).toBe('anoniem-melden');
    expect(blind.answer('kan ik anoniem melden', 'nl-NL').kind).toBe('fallback');
  });

  it('refuses a knowledge base without the danger topic', () => {
    expect(() => createGuidance(topics.filter((t) => t.id !== 'direct-gevaar'))).toThrow(/direct-gevaar/);
  });
});
