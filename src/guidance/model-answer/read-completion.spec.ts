import { LANGS } from '../lang';
import { loadKnowledge } from '../load-knowledge';
import { groundedShare, MIN_GROUNDED_SHARE } from './grounding';
import { readCompletion } from './read-completion';

const topics = loadKnowledge();
const topic = (id: string) => topics.find((t) => t.id === id)!;
const given = ['meldrecht', 'veilig-thuis'].map(topic);
const reply = (answer: string, ids: string[]) => JSON.stringify({ answer, topics: ids });
const read = (answer: string, ids = ['meldrecht'], from = given, lang: 'nl' | 'en' = 'nl') =>
  readCompletion(reply(answer, ids), from, lang);

describe('readCompletion', () => {
  it('takes an answer that cites given topics, main topic first, each once', () => {
    const verdict = read('Je mag Veilig Thuis bellen: 0800-2000. Bij gevaar 112.', [
      'veilig-thuis',
      'meldrecht',
      'veilig-thuis',
    ]);
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
      'nl',
    );
    expect(verdict.ok && verdict.answer.kind).toBe('answer');
  });

  it('takes the model’s "out of scope"', () => {
    expect(readCompletion('{"outOfScope": true}', given, 'nl')).toEqual({
      ok: true,
      answer: { kind: 'out-of-scope' },
    });
  });

  it.each([
    ['plain text', 'Meldrecht betekent dat je mag melden.'],
    ['broken JSON', '{"answer": "Meldrecht'],
    ['no topics', reply('Meldrecht.', [])],
    ['an empty answer', reply('  ', ['meldrecht'])],
    ['an answer of invisible characters only', reply('\u200b\u202e\u0007', ['meldrecht'])],
    ['a runaway answer', reply('a'.repeat(1501), ['meldrecht'])],
    ['out of scope false', '{"outOfScope": false}'],
    ['an array', '[]'],
  ])('refuses %s as not-json', (_name, content) => {
    expect(readCompletion(content, given, 'nl')).toEqual({ ok: false, problem: 'not-json' });
  });

  it('refuses a topic it was not given, even one that exists', () => {
    expect(read('Zie cijfers.', ['meldrecht', 'cijfers'])).toEqual({ ok: false, problem: 'unknown-topic' });
    expect(read('Zie x.', ['bestaat-niet'])).toEqual({ ok: false, problem: 'unknown-topic' });
  });

  it('returns the text without invisible characters, as it was checked', () => {
    const verdict = read('Het is een recht,\u200b geen\u202e plicht.\r\nGeef alleen wat nodig is.');
    expect(verdict.ok && verdict.answer.kind === 'answer' && verdict.answer.text).toBe(
      'Het is een recht, geen plicht.\nGeef alleen wat nodig is.',
    );
  });

  describe('numbers', () => {
    it.each([
      ['a made-up helpline', 'Bel de hulplijn 0800-1450 of 114.'],
      ['116 111, not confirmed to reach the Kindertelefoon', 'Kinderen kunnen 116 111 bellen.'],
      ['a personal number', 'Bel haar op 06-12345678.'],
      ['a number with an en dash', 'Bel de meldlijn 0800–1234567.'],
      ['a number with an em dash and a minus sign', 'Bel 0800—123−4567.'],
      ['full-width digits', 'Bel de meldlijn ０８００１２３４５６７.'],
      ['an American number', 'Call 1-800-555-0199.'],
      ['a number in pairs', 'Bel 06 12 34 56 78.'],
      ['a number in pairs with double spaces', 'Bel 06  12  34  56  78.'],
      ['a number split by zero-width spaces', 'Bel 06\u200b12\u200b34\u200b56\u200b78.'],
      ['a number with spaced dots', 'Bel 0 . 6 . 1 . 2 . 3 . 4 . 5 . 6 . 7 . 8.'],
      ['an international number', 'Bel +31 (0)6 12345678.'],
      ['digits of another script', 'Bel ٠٨٠٠٢٠٠٠.'],
      ['a service number with digits added', 'Bel 0800-2000-99.'],
      ['a year the topics do not give', 'Sinds 2021 is dit een recht.'],
      ['an article number of a topic it was not given', 'Dat staat in artikel 284.'],
    ])('refuses %s', (_name, text) => {
      expect(read(text)).toEqual({ ok: false, problem: 'unsafe-content' });
    });

    it('lets the service numbers through, however they are written', () => {
      for (const text of [
        'Bij gevaar 112. Advies: 0800-2000. Politie: 0900-8844. Kinderen: 0800-0432. Zelfmoord: 113 of 0800-0113.',
        'Bel 0800–2000 of ０８００ ２０００ of 0800 2000. Bij gevaar 112.',
      ]) {
        expect(read(text, ['veilig-thuis']).ok).toBe(true);
      }
    });

    it('lets through the numbers the given topics say themselves', () => {
      // meldrecht: "Wmo 2015 (artikel 5.2.6)"; cijfers: "90.000 tot 127.000 kinderen", "In 2017".
      expect(read('Het meldrecht staat in de Wmo 2015, artikel 5.2.6.').ok).toBe(true);
      const cijfers = [topic('cijfers')];
      expect(
        read(
          'In 2017 hadden 90.000 tot 127.000 kinderen te maken met kindermishandeling.',
          ['cijfers'],
          cijfers,
        ).ok,
      ).toBe(true);
    });
  });

  describe('links', () => {
    it.each([
      ['a link', 'Lees https://example.org/meldcode.'],
      ['an e-mail address', 'Mail naar hulp@example.org.'],
      ['a Markdown link', 'Je mag melden. [Meld hier](https:/evil.example)'],
      ['a Markdown link with a backslash', 'Je mag melden. [x](https:\\\\evil.example)'],
      ['a Markdown link without a scheme', 'Je mag melden: [Meld hier](meld)'],
      ['a scheme with one slash', 'Meld via https:/evil.example'],
      ['an unknown scheme with a slash', 'Meld via veilig-app:/melden'],
      ['a mailto link', 'Schrijf naar mailto:hulp'],
      ['a tel link', 'Bel tel:08002000'],
      ['a javascript link', 'Klik javascript:alert(1)'],
      ['a www address', 'Kijk op www.veiligthuis'],
      ['a bare domain with a path', 'Meld het op evil.example/meldcode'],
      ['a bare domain', 'Zie Evil.Example voor meer.'],
      ['a domain with full-width dots', 'Zie evil．example voor meer.'],
      ['a domain with an ideographic full stop', 'Zie evil。example voor meer.'],
    ])('refuses %s', (_name, text) => {
      expect(read(text)).toEqual({ ok: false, problem: 'unsafe-content' });
    });

    it('lets abbreviations and sentence ends through', () => {
      const text =
        'Het is een recht, o.a. bij meldrecht, d.w.z. geen plicht. Geef alleen wat nodig is, e.g. feiten.';
      expect(read(text).ok).toBe(true);
    });
  });

  describe('claims', () => {
    it.each([
      ['nl', 'Je hoeft nooit te melden en alles blijft geheim.'],
      ['nl', 'Meld het niet, overleg alleen met de aandachtsfunctionaris.'],
      ['nl', 'Veilig Thuis geeft de informatie door; niemand komt te weten dat jij het was.'],
      ['nl', 'Advies vragen bij Veilig Thuis is altijd anoniem.'],
      ['nl', 'Je naam blijft bij Veilig Thuis geheim.'],
      ['en', 'You never have to report, and everything stays secret.'],
      ['en', 'You do not need to report this to Veilig Thuis.'],
      ['en', "Don't report it; nobody will know you shared information."],
      ['en', 'Your name will be kept confidential by Veilig Thuis.'],
    ] as const)('refuses a promise of secrecy or "no need to report" (%s): %s', (lang, text) => {
      expect(read(text, ['meldrecht'], given, lang)).toEqual({ ok: false, problem: 'unsafe-claim' });
    });
  });

  describe('grounding in the cited topics', () => {
    // Paraphrases of the topics, as a model words them: most of their words are the topics' own.
    const grounded: [string, string, 'nl' | 'en'][] = [
      [
        'meldrecht',
        'Je mag Veilig Thuis de nodige informatie geven, ook zonder toestemming van de mensen om wie het gaat. Het ' +
          'is een recht en geen plicht. Geef alleen de informatie die nodig is; de AVG blijft gelden. Bespreek het ' +
          'eerst met de aandachtsfunctionaris.',
        'nl',
      ],
      [
        'afwegingskader',
        'Het afwegingskader bestaat uit vijf vragen in een vaste volgorde. De aandachtsfunctionaris beslist daarmee ' +
          'samen met Veilig Thuis of melden nodig is. Bespreek je zorgen meteen met de aandachtsfunctionaris.',
        'nl',
      ],
      [
        'feiten-vastleggen',
        'Schrijf zo snel mogelijk op wat je zag en hoorde, met datum, tijd en plaats. Noteer alleen feiten en geen ' +
          'oordelen. Bespreek je aantekeningen dezelfde dag met de aandachtsfunctionaris.',
        'nl',
      ],
      [
        'meldrecht',
        'You may give Veilig Thuis the information it needs, even without the consent of the people involved. ' +
          'It is a right, not a duty, and the AVG still applies.',
        'en',
      ],
    ];
    // Claims of the model's own, written in the topics' style; none of them is in the knowledge base.
    const ungrounded: [string, string, 'nl' | 'en'][] = [
      ['meldrecht', 'De woningcorporatie krijgt een boete van de gemeente als je te laat belt.', 'nl'],
      [
        'meldrecht',
        'Je moet eerst de huurder zelf om toestemming vragen en een handtekening laten zetten.',
        'nl',
      ],
      ['advies-of-melding', 'De politie komt binnen een uur langs om de bewoner te arresteren.', 'nl'],
      ['feiten-vastleggen', 'Maak foto’s van de verwondingen en deel ze in de teamapp.', 'nl'],
      ['afwegingskader', 'The landlord can terminate the lease after complaints from neighbours.', 'en'],
    ];

    it.each(grounded)('takes a paraphrase of %s', (id, text, lang) => {
      expect(read(text, [id], [topic(id)], lang)).toMatchObject({ ok: true });
      for (const sentence of text.split(/(?<=\.)\s+/)) {
        expect(groundedShare(sentence, [topic(id)], lang) ?? 1).toBeGreaterThanOrEqual(MIN_GROUNDED_SHARE);
      }
    });

    it.each(ungrounded)('refuses a claim %s does not make: %s', (id, text, lang) => {
      expect(groundedShare(text, [topic(id)], lang)).toBeLessThan(MIN_GROUNDED_SHARE);
      expect(read(text, [id], [topic(id)], lang)).toEqual({ ok: false, problem: 'ungrounded' });
    });

    it('refuses a made-up sentence among grounded ones, and one grounded only in a topic it does not cite', () => {
      const text = `${grounded[0]![1]} De corporatie moet de huurder binnen een week schriftelijk inlichten.`;
      expect(read(text, ['meldrecht'])).toEqual({ ok: false, problem: 'ungrounded' });
      const aboutAdvice = 'Bij advies denkt Veilig Thuis met je mee en hoef je geen namen te noemen.';
      const both = ['meldrecht', 'advies-of-melding'].map(topic);
      expect(read(aboutAdvice, ['advies-of-melding'], both).ok).toBe(true);
      expect(read(aboutAdvice, ['meldrecht'], both)).toEqual({ ok: false, problem: 'ungrounded' });
    });
  });

  it('takes every line of the knowledge base as an answer that cites its topic', () => {
    const refused: string[] = [];
    for (const t of topics) {
      for (const lang of LANGS) {
        for (const line of [t.title[lang], t.summary[lang], ...t.body[lang]]) {
          const verdict = readCompletion(reply(line, [t.id]), [t], lang);
          if (!verdict.ok) refused.push(`${t.id} (${lang}, ${verdict.problem}): ${line}`);
        }
      }
    }
    expect(refused).toEqual([]);
  });
});
