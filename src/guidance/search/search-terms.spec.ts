import { createAnalyzer } from './analyzer';
import { baseForm } from './base-form';
import { splitCompound } from './compounds';
import { expandQuery } from './expand-query';
import { foldText, stripMentions } from '../normalize-text';
import { topicDocs } from './topic-index';
import { createVocabulary } from './vocabulary';
import { loadKnowledge } from '../load-knowledge';
import { createMiniSearchEngine } from './minisearch-engine';
import { EVAL_PARTS, loadEvalSet } from '../../../bench/qa/eval-set';

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

  it('brings Dutch and English word forms together', () => {
    expect(nl.terms('stappen')).toEqual(nl.terms('stap'));
    expect(nl.terms('herkennen')).toEqual(nl.terms('hoe herken ik'));
    expect(nl.terms('ouderen')).not.toEqual(nl.terms('ouders'));
    expect(nl.terms('de regel geldt ook')).not.toEqual(nl.terms('geld'));
    expect(nl.terms('nummers')).not.toEqual(nl.terms('nummer'));
    expect(nl.terms('marokko')).toEqual(nl.terms('buitenland'));
    expect(en.terms('terrified')).toEqual(en.terms('scared'));
    expect(en.terms('my mum')).toEqual(en.terms('mother'));
  });

  it('keeps sayings made of stop words, and joins compounds written apart when they are known', () => {
    expect(nl.terms('ze weten dat ik het was')).toEqual(['datikhetwas']);
    expect(en.terms('they know it was me')).toEqual([...en.terms('know'), ...en.terms('i was the one')]);
    expect(en.terms('it was me')).toHaveLength(1);
    expect(nl.terms('ze moet van haar ouders trouwen')).toEqual(nl.terms('gedwongen ouders trouwen'));
    expect(en.terms('she has to marry him')).toEqual(en.terms('forced marry'));
    const known = (t: string) => ['huwelijksdwang', 'ouderenmishandel'].includes(t);
    expect(nl.terms('huwelijks dwang', Infinity, known)).toEqual(['huwelijksdwang']);
    expect(nl.terms('ouderen mishandeling', Infinity, known)).toEqual(['ouderenmishandel']);
    expect(nl.terms('kinder mishandeling', Infinity, known)).toEqual(['kinder', 'mishandel']);
  });

  it('brings Dutch verb forms to a base form the knowledge base has', () => {
    const known = (t: string) => ['schreeuw', 'mak', 'meld', 'maand', 'man', 'eer'].includes(t);
    expect(baseForm('schreeuwt', known, nl.stem, false)).toBe('schreeuw');
    expect(baseForm('schreeuwd', known, nl.stem, false)).toBe('schreeuw');
    expect(baseForm('maakt', known, nl.stem, false)).toBe('mak');
    expect(baseForm('gemeld', known, nl.stem, true)).toBe('meld');
    expect(baseForm('gemeld', known, nl.stem, false)).toBeUndefined();
    expect(baseForm('maand', known, nl.stem, false)).toBeUndefined();
    expect(baseForm('eerst', known, nl.stem, false)).toBeUndefined();
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
    const terms = (text: string) => expandQuery(analyzer.terms(text), vocabulary, analyzer);
    expect(vocabulary.coverage(terms('aandachtsfunctionaris'))(af)).toBe(1);
    expect(vocabulary.coverage(terms('aandachtsfunctonaris'))(af)).toBeGreaterThan(0.4);
    expect(vocabulary.coverage(terms('cv-ketel lekt'))(af)).toBe(0);
    expect(vocabulary.coverage([])(af)).toBe(0);
    expect(terms('slaapkamerdeur')).toEqual(['kamerdeur']);
    expect(terms('gemeld')).toEqual(['meld']);
  });

  it('leaves out terms and typo and prefix walks of the engine only where they would find nothing', () => {
    const analyzer = createAnalyzer('nl');
    const docs = topicDocs(loadKnowledge(), analyzer);
    const vocabulary = createVocabulary(docs);
    expect(vocabulary.hasNear('afwegingskade')).toBe(true); // a prefix
    expect(vocabulary.hasNear('afwegingskadr')).toBe(true); // a typo
    expect(vocabulary.hasNear('kantin')).toBe(false);
    const engine = createMiniSearchEngine(docs);
    const questions = EVAL_PARTS.flatMap((part) => loadEvalSet(part)).filter((i) =>
      i.locale.startsWith('nl'),
    );
    const skipped = questions.filter((item) => {
      const terms = expandQuery(analyzer.terms(item.text), vocabulary, analyzer);
      expect(engine.search(terms, 5, vocabulary)).toEqual(engine.search(terms, 5));
      return terms.some((t) => t.length >= 5 && !vocabulary.hasNear(t));
    });
    expect(skipped.length).toBeGreaterThan(50);
  });
});
