import { loadKnowledge } from '../../guidance/load-knowledge';
import { readCompletion } from './read-completion';

const topics = loadKnowledge();
const given = ['meldrecht', 'veilig-thuis'].map((id) => topics.find((t) => t.id === id)!);
const reply = (answer: string, ids: string[]) => JSON.stringify({ answer, topics: ids });

describe('readCompletion', () => {
  it('takes an answer that cites given topics, main topic first, each once', () => {
    const verdict = readCompletion(
      reply('Je mag Veilig Thuis bellen: 0800-2000. Bij gevaar 112.', [
        'veilig-thuis',
        'meldrecht',
        'veilig-thuis',
      ]),
      given,
    );
    expect(verdict).toEqual({
      ok: true,
      answer: {
        kind: 'answer',
        text: 'Je mag Veilig Thuis bellen: 0800-2000. Bij gevaar 112.',
        cited: [given[1], given[0]],
      },
    });
  });

  it('reads a reply wrapped in a Markdown code fence', () => {
    const verdict = readCompletion(
      '```json\n' + reply('Meldrecht is een recht.', ['meldrecht']) + '\n```',
      given,
    );
    expect(verdict.ok && verdict.answer.kind).toBe('answer');
  });

  it('takes the model’s "out of scope"', () => {
    expect(readCompletion('{"outOfScope": true}', given)).toEqual({
      ok: true,
      answer: { kind: 'out-of-scope' },
    });
  });

  it.each([
    ['plain text', 'Meldrecht betekent dat je mag melden.'],
    ['broken JSON', '{"answer": "Meldrecht'],
    ['no topics', reply('Meldrecht.', [])],
    ['an empty answer', reply('  ', ['meldrecht'])],
    ['a runaway answer', reply('a'.repeat(1501), ['meldrecht'])],
    ['out of scope false', '{"outOfScope": false}'],
    ['an array', '[]'],
  ])('refuses %s as not-json', (_name, content) => {
    expect(readCompletion(content, given)).toEqual({ ok: false, problem: 'not-json' });
  });

  it('refuses a topic it was not given, even one that exists', () => {
    expect(readCompletion(reply('Zie cijfers.', ['meldrecht', 'cijfers']), given)).toEqual({
      ok: false,
      problem: 'unknown-topic',
    });
    expect(readCompletion(reply('Zie x.', ['bestaat-niet']), given)).toEqual({
      ok: false,
      problem: 'unknown-topic',
    });
  });

  it.each([
    ['a made-up helpline', 'Bel de hulplijn 113 of 0800-0113.'],
    ['a personal number', 'Bel haar op 06-12345678.'],
    ['a link', 'Lees https://example.org/meldcode.'],
    ['an e-mail address', 'Mail naar hulp@example.org.'],
  ])('refuses %s', (_name, text) => {
    expect(readCompletion(reply(text, ['meldrecht']), given)).toEqual({
      ok: false,
      problem: 'unsafe-content',
    });
  });

  it('lets the service numbers through', () => {
    const text = 'Bij gevaar 112. Advies: 0800-2000. Politie: 0900-8844. Kinderen: 116 111.';
    expect(readCompletion(reply(text, ['veilig-thuis']), given).ok).toBe(true);
  });
});
