import { createAnalyzer } from './analyzer';
import { splitCompound } from './compounds';
import { expandQuery } from './expand-query';
import { foldText, stripMentions } from './normalize-text';
import { topicDocs } from './topic-index';
import { createVocabulary } from './vocabulary';
import { loadKnowledge } from './load-knowledge';

describe('search terms', () => {
  const nl = createAnalyzer('nl');
  const en = createAnalyzer('en');

  it('folds text to plain lower-case words', () => {
    expect(foldText('Hygiëne, ’s Avonds!')).toBe('hygiene s avonds');
    expect(stripMentions('<at>Voordeur</at> hoi @Anna')).toBe('  hoi  ');
  });

  it('drops stop words, stems and joins names', () => {
    expect(nl.terms('Wat moet ik doen bij kindermishandeling?')).toEqual(['kindermishandel']);
    expect(nl.terms('hij sloeg haar')).toEqual(nl.terms('slaan'));
    expect(nl.terms('veilig thuis')).toEqual(['veiligthuis']);
    expect(en.terms('the children were neglected')).toEqual(['child', 'neglect']);
    expect(nl.terms('een twee drie vier', 2)).toHaveLength(2);
  });

  it('splits compounds into known parts', () => {
    const known = new Set(['kinder', 'mishandel', 'uitbuit', 'huwelijk']);
    const has = (t: string) => known.has(t);
    expect(splitCompound('kindermishandel', has, nl.stem, 'query')).toEqual(['kinder', 'mishandel']);
    expect(splitCompound('arbeidsuitbuit', has, nl.stem, 'query')).toEqual(['uitbuit']);
    expect(splitCompound('huwelijksdwang', has, nl.stem, 'index')).toEqual(['huwelijk', 'dwang']);
    expect(splitCompound('huwelijksdwang', has, nl.stem, 'query')).toBeUndefined();
    expect(splitCompound('kort', has, nl.stem, 'index')).toBeUndefined();
  });

  it('measures how much of a question a topic covers, with typos', () => {
    const analyzer = createAnalyzer('nl');
    const topics = loadKnowledge();
    const vocabulary = createVocabulary(topicDocs(topics, analyzer));
    const af = topics.findIndex((t) => t.id === 'aandachtsfunctionaris');
    const terms = (text: string) => expandQuery(analyzer.terms(text), vocabulary, analyzer.stem);
    expect(vocabulary.coverage(terms('aandachtsfunctionaris'))(af)).toBe(1);
    expect(vocabulary.coverage(terms('aandachtsfunctonaris'))(af)).toBeGreaterThan(0.4);
    expect(vocabulary.coverage(terms('cv-ketel lekt'))(af)).toBe(0);
    expect(vocabulary.coverage([])(af)).toBe(0);
    expect(terms('slaapkamerdeur')).toEqual(['kamerdeur']);
    expect(terms('gemeld')).toEqual(['meld']);
  });
});
