/**
 * Turns a phrase of the danger lexicon into the source of a regular expression. The syntax (folded text with the
 * signs `* ? + # _ (a|b) [a|b] {list} …3 ~60 !(a|b)`) is described for editors in `lexicon/README.md`.
 */

/** A phrase that does not follow the syntax; `message` says what and where. */
export class PhraseError extends Error {
  override name = 'PhraseError';
}

/** The named lists a phrase may use, already compiled (`{list}` in a phrase). */
export type CompiledLists = ReadonlyMap<string, string>;

type Side = 'before' | 'after';

/**
 * A word of a phrase, or a sign that stands between spaces. `eats`: the neighbouring spaces its source includes
 * already; `needs`: the sides that must have a word; `optional`: whether it may match nothing.
 */
interface Item {
  source: string;
  eats: readonly Side[];
  needs: readonly Side[];
  optional: boolean;
}

const word = (source: string): Item => ({ source, eats: [], needs: [], optional: false });

// Groups are capturing, as in the hand-written expressions this syntax replaced. V8 unrolls small bounded repeats
// of non-capturing groups ("(?:\w+ ){0,3}"): that made compiling the expressions (on the first message) about 1.7
// times slower, to save a few per cent per message after. Nothing reads the captures.

/** Alternatives as one group; a single one needs no group. */
const group = (alternatives: string[]): string =>
  alternatives.length === 1 && /^[a-z0-9 ]*$/.test(alternatives[0] ?? '')
    ? (alternatives[0] ?? '')
    : `(${alternatives.join('|')})`;

/** Alternatives that may be left out; one letter, or one `\w`, needs no group. */
const optional = (alternatives: string[]): string =>
  alternatives.length === 1 && /^([a-z0-9]|\\w)$/.test(alternatives[0] ?? '')
    ? `${alternatives[0]}?`
    : `(${alternatives.join('|')})?`;

const LETTERS = /[a-z0-9]+/y;
const DIGITS = /\d+/y;
const MAX_WORD_GAP = 10;
const MAX_CHAR_GAP = 300;

class Parser {
  private at = 0;

  constructor(
    private readonly text: string,
    private readonly lists: CompiledLists,
  ) {}

  /** The whole phrase, without the word boundaries at its ends. */
  phrase(): string {
    const body = this.alternative();
    if (this.at < this.text.length) this.fail(`unexpected "${this.text[this.at]}"`);
    return body;
  }

  private fail(problem: string): never {
    throw new PhraseError(`${problem} at character ${this.at + 1} of "${this.text}"`);
  }

  private peek(): string | undefined {
    return this.text[this.at];
  }

  /** Alternatives up to the closing sign. */
  private alternatives(close: string): string[] {
    const alternatives = [this.alternative()];
    while (this.peek() === '|') {
      this.at += 1;
      alternatives.push(this.alternative());
    }
    if (this.peek() !== close) this.fail(`"${close}" expected`);
    this.at += 1;
    return alternatives;
  }

  /** Words separated by single spaces, up to `|`, `)`, `]` or the end. */
  private alternative(): string {
    const items: Item[] = [];
    for (;;) {
      if (this.atEndOfAlternative()) this.fail(items.length === 0 ? 'empty phrase' : 'space at the end');
      items.push(this.item());
      if (this.peek() !== ' ') break;
      this.at += 1;
      if (this.peek() === ' ') this.fail('two spaces');
    }
    if (!this.atEndOfAlternative()) this.fail(`unexpected "${this.peek()}"`);
    if (items[0]?.needs.includes('before') || items[items.length - 1]?.needs.includes('after')) {
      this.fail('a word expected next to a gap');
    }
    if (items.every((item) => item.optional)) this.fail('a phrase needs a word that is not optional');
    let source = '';
    items.forEach((item, i) => {
      const previous = items[i - 1];
      if (previous && !previous.eats.includes('after') && !item.eats.includes('before')) source += ' ';
      source += item.source;
    });
    return source;
  }

  private atEndOfAlternative(): boolean {
    const next = this.peek();
    return next === undefined || next === '|' || next === ')' || next === ']';
  }

  /** One word, or a sign that stands on its own: a gap, `!(…)` or a word that is optional as a whole. */
  private item(): Item {
    const start = this.at;
    const alone = (source: string, eats: Side[], needs: Side[], optional: boolean): Item => {
      if (this.peek() !== ' ' && !this.atEndOfAlternative()) {
        this.fail(`"${this.text.slice(start, this.at)}" must stand between spaces`);
      }
      return { source, eats, needs, optional };
    };
    const next = this.peek();
    if (next === '…' || next === '.' || next === '~') {
      const marker = next === '.' ? '...' : next;
      if (!this.text.startsWith(marker, this.at)) this.fail('"..." expected');
      this.at += marker.length;
      const count = this.number();
      const max = marker === '~' ? MAX_CHAR_GAP : MAX_WORD_GAP;
      if (count > max) this.fail(`a gap of at most ${max} expected`);
      return marker === '~'
        ? alone(`\\b.{0,${count}}\\b`, ['before', 'after'], ['before', 'after'], true)
        : alone(`(\\w+ ){0,${count}}`, ['after'], ['before', 'after'], true);
    }
    if (next === '!') {
      this.at += 1;
      if (this.peek() !== '(') this.fail('"(" expected after "!"');
      this.at += 1;
      const words = group(this.alternatives(')'));
      // At the end of its phrase it says "not followed by"; elsewhere "not right after".
      return this.atEndOfAlternative()
        ? alone(`(?! ${words})`, ['before'], ['before'], false)
        : alone(`(?<!\\b${words} )`, ['after'], ['after'], false);
    }
    if (next === '[') {
      this.at += 1;
      const words = this.alternatives(']');
      // A whole word that may be left out takes one of its spaces with it: "in [de] fik" is "in fik" or "in de fik".
      if (this.atEndOfAlternative()) {
        return alone(`(${words.map((w) => ` ${w}`).join('|')})?`, ['before'], [], true);
      }
      if (this.peek() === ' ') return alone(`(${words.map((w) => `${w} `).join('|')})?`, ['after'], [], true);
      return word(this.word(optional(words)));
    }
    return word(this.word(''));
  }

  private number(): number {
    DIGITS.lastIndex = this.at;
    const digits = DIGITS.exec(this.text)?.[0];
    if (!digits) this.fail('a number expected');
    this.at += digits.length;
    return Number(digits);
  }

  /** Letters and signs up to a space or the end of the alternative. */
  private word(start: string): string {
    let source = start;
    while (this.peek() !== undefined && this.peek() !== ' ' && !this.atEndOfAlternative()) {
      LETTERS.lastIndex = this.at;
      const letters = LETTERS.exec(this.text)?.[0];
      if (letters) {
        source += letters;
        this.at += letters.length;
        continue;
      }
      const c = this.peek() as string;
      this.at += 1;
      if (c === '+') {
        if (!/[a-z0-9]$/.test(source)) this.fail('"+" must follow a letter');
        source += '+';
      } else if (c === '*') source += '\\w*';
      else if (c === '?' && this.peek() === '*') {
        this.at += 1;
        source += '\\w+';
      } else if (c === '?') source += '\\w';
      else if (c === '#') source += '\\d+';
      else if (c === '_') source += ' ?';
      else if (c === '(') source += group(this.alternatives(')'));
      else if (c === '[') source += optional(this.alternatives(']'));
      else if (c === '{') source += this.list();
      else {
        this.at -= 1;
        this.fail(`unexpected "${c}" (phrases are lower case a-z and 0-9, without accents or punctuation)`);
      }
    }
    return source;
  }

  private list(): string {
    const end = this.text.indexOf('}', this.at);
    if (end < 0) this.fail('"}" expected');
    const name = this.text.slice(this.at, end);
    const source = this.lists.get(name);
    if (source === undefined) this.fail(`no list named "${name}"`);
    this.at = end + 1;
    return source;
  }
}

/**
 * The regular-expression source of one phrase, with a word boundary at each end.
 * @throws {PhraseError} when the phrase does not follow the syntax.
 */
export function compilePhrase(phrase: string, lists: CompiledLists = new Map()): string {
  return `\\b${new Parser(phrase, lists).phrase()}\\b`;
}

/**
 * The source of a list's entries as one group, `(a|b|c)`, for `{name}` in a phrase; entries are phrases without
 * the word boundaries.
 * @throws {PhraseError} when an entry does not follow the syntax.
 */
export function compileList(entries: readonly string[], lists: CompiledLists = new Map()): string {
  return `(${entries.map((entry) => new Parser(entry, lists).phrase()).join('|')})`;
}
