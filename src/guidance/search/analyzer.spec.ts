import { newStemmer } from 'snowball-stemmers';
import { EVAL_PARTS, loadEvalSet } from '../../../bench/qa/eval-set';
import { stemmerFor } from './analyzer';
import { loadKnowledge } from '../load-knowledge';
import { foldText } from '../normalize-text';

describe('the Dutch stemmer', () => {
  it('stems every word of the knowledge base and the evaluation set as Snowball Dutch does', () => {
    const texts = loadKnowledge().flatMap((t) => [
      t.title.nl,
      t.summary.nl,
      ...t.body.nl,
      ...t.questions.nl,
      ...t.synonyms.nl,
    ]);
    for (const part of EVAL_PARTS) texts.push(...loadEvalSet(part).map((i) => i.text));
    const words = [...new Set(texts.flatMap((t) => foldText(t).split(' ')))].filter((w) => w.length > 1);
    expect(words.length).toBeGreaterThan(2500);
    const reference = newStemmer('dutch');
    const stem = stemmerFor('nl');
    const different = words.filter((w) => stem(w) !== reference.stem(w));
    expect(different).toEqual([]);
  });
});
