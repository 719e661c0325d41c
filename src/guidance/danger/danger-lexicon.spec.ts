import { buildLexicon, LexiconError, type LexiconFile } from './build-lexicon';
import { assessDanger } from './danger-detector';
import { CONTEXT_FILES, KIND_FILES, LEXICON } from './danger-lexicon';
import { foldText } from '../normalize-text';

interface Examples {
  mustMatch: string[];
  mustNotMatch: string[];
}
const kinds = KIND_FILES.map((file) => file.data as Examples & { kind: string });
const contexts = CONTEXT_FILES.map((file) => file.data as Examples & { context: string });

describe.each(kinds.map((data) => [data.kind, data] as const))('the kind file %s', (kind, data) => {
  it.each(data.mustMatch)('finds it in "%s"', (text) => {
    expect(assessDanger(text).now).toContain(kind);
  });
  it.each(data.mustNotMatch)('does not find it in "%s"', (text) => {
    expect(assessDanger(text).now).not.toContain(kind);
  });
});

describe.each(contexts.map((data) => [data.context, data] as const))('the context file %s', (name, data) => {
  const pattern = LEXICON.contexts.get(name) as RegExp;
  it.each(data.mustMatch)('matches "%s"', (text) => {
    expect(foldText(text)).toMatch(pattern);
  });
  it.each(data.mustNotMatch)('does not match "%s"', (text) => {
    expect(foldText(text)).not.toMatch(pattern);
  });
});

describe('buildLexicon', () => {
  /** The lexicon's files with one of them changed. */
  function withChange(path: string, change: (data: Record<string, unknown>) => void): LexiconFile[][] {
    const copy = (files: readonly LexiconFile[]) =>
      files.map((file) => {
        const data = structuredClone(file.data) as Record<string, unknown>;
        if (file.path === path) change(data);
        return { path: file.path, data };
      });
    return [copy(KIND_FILES), copy(CONTEXT_FILES)];
  }
  const build = ([kindFiles, contextFiles]: LexiconFile[][]) =>
    buildLexicon(kindFiles ?? [], contextFiles ?? []);
  const firstGroup = (data: Record<string, unknown>) =>
    (data.groups as { phrases: string[] }[])[0] as { phrases: string[] };

  it('builds one expression per kind, in the order of the kinds', () => {
    expect(build(withChange('', () => undefined)).kinds.map((k) => k.kind)).toEqual(kinds.map((k) => k.kind));
  });

  it('rejects a phrase that does not follow the syntax, naming the file and the entry', () => {
    const files = withChange('kinds/weapon.json', (data) => {
      firstGroup(data).phrases[0] = '(mes|Mes';
    });
    expect(() => build(files)).toThrow(LexiconError);
    expect(() => build(files)).toThrow(
      'danger lexicon kinds/weapon.json: groups.0.phrases.0: unexpected "M" (phrases are lower case a-z and 0-9, ' +
        'without accents or punctuation) at character 6 of "(mes|Mes"',
    );
  });

  it('rejects a missing field, naming the file and the field', () => {
    const files = withChange('context/fiction.json', (data) => {
      delete data.mustMatch;
    });
    expect(() => build(files)).toThrow('danger lexicon context/fiction.json: mustMatch: Required');
  });

  it('rejects a talk-away without a context file, a list never used and a kind under another name', () => {
    const unknown = withChange('kinds/fire.json', (data) => {
      data.talkedAwayBy = ['fiction', 'fictoin'];
    });
    expect(() => build(unknown)).toThrow('kinds/fire.json: talkedAwayBy.1: no context file named "fictoin"');
    const unused = withChange('kinds/fire.json', (data) => {
      data.lists = { spare: ['vuur'] };
    });
    expect(() => build(unused)).toThrow('kinds/fire.json: lists.spare: never used in a phrase');
    const renamed = withChange('kinds/fire.json', (data) => {
      data.kind = 'weapon';
    });
    expect(() => build(renamed)).toThrow('kinds/fire.json: kind "weapon" must match the file name');
  });

  it('rejects a broken list entry and a list that does not exist', () => {
    const broken = withChange('context/fiction.json', (data) => {
      (data.lists as Record<string, string[]>).fiction?.push('tv  show');
    });
    expect(() => build(broken)).toThrow('context/fiction.json: lists.fiction: two spaces');
    const missing = withChange('context/tool.json', (data) => {
      firstGroup(data).phrases.push('{gereedschap}');
    });
    expect(() => build(missing)).toThrow(
      'context/tool.json: groups.0.phrases.4: no list named "gereedschap"',
    );
  });
});
