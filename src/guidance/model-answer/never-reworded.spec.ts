import { loadKnowledge } from '../load-knowledge';
import { DANGER_TOPIC } from '../topic';
import { citesNeverReworded, topicsForModel } from './never-reworded';

const topics = loadKnowledge();
const topic = (id: string) => topics.find((t) => t.id === id)!;

describe('the danger topic and the language model', () => {
  it('never goes to the model, also not as a related topic', () => {
    const retrieved = ['achter-de-voordeur', DANGER_TOPIC, 'politie-geen-spoed'].map(topic);
    expect(topicsForModel(retrieved).map((t) => t.id)).toEqual(['achter-de-voordeur', 'politie-geen-spoed']);
  });

  it('makes a composed answer that cites it unusable, wherever it is cited', () => {
    const answer = (...ids: string[]) => ({ kind: 'answer' as const, text: 'x', cited: ids.map(topic) });
    expect(citesNeverReworded(answer('achter-de-voordeur', DANGER_TOPIC))).toBe(true);
    expect(citesNeverReworded(answer(DANGER_TOPIC))).toBe(true);
    expect(citesNeverReworded(answer('achter-de-voordeur', 'politie-geen-spoed'))).toBe(false);
    expect(citesNeverReworded({ kind: 'out-of-scope' })).toBe(false);
  });
});
