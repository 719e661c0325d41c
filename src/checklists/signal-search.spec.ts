import { applyChange } from './changes';
import { emptyContent } from './profiles';
import { resolveChecklist } from './resolve-checklist';
import { createSignalSearch } from './signal-search';

const mixed = resolveChecklist(emptyContent('gemengd'));

describe('searching the signals in everyday words', () => {
  const search = createSignalSearch();
  const find = (query: string, lang: 'nl' | 'en' = 'nl') => search.find('gemengd', mixed, query, lang);

  it('finds signals by words they do not contain: synonyms, verb forms and stems', () => {
    expect(find('slaan').signalIds).toEqual(expect.arrayContaining(['kind-letsel', 'partner-angst']));
    expect(find('hij sloeg haar').signalIds).toContain('partner-angst');
    expect(find('kindermishandeling').signalIds[0]).toMatch(/^kind-/);
    expect(find('vieze kleren').signalIds).toEqual(['kind-verzorging']);
  });

  it('finds "blauwe plekken" with a typo or as a diminutive', () => {
    for (const query of ['blauwe plekken', 'blauwwe plekken', 'blauwe plekjes']) {
      expect([query, find(query).signalIds]).toEqual([
        query,
        expect.arrayContaining(['ouderen-zorg', 'kind-letsel']),
      ]);
    }
  });

  it('reads English in the Dutch tab, and Dutch in the English tab', () => {
    expect(find('bruises').signalIds).toContain('ouderen-zorg');
    expect(find('blauwe plekken', 'en').signalIds).toContain('ouderen-zorg');
    expect(find('urine').signalIds).toEqual(['ouderen-zorg']);
  });

  it('finds nothing for words no signal is about, and says when the words describe danger now', () => {
    expect(find('xyzzy')).toEqual({ signalIds: [], danger: false });
    expect(find('de het een')).toEqual({ signalIds: [], danger: false });
    expect(find('hij slaat haar nu').danger).toBe(true);
    expect(find('blauwe plekken').danger).toBe(false);
  });

  it("searches a team's own signals and notes, per version", () => {
    let content = applyChange(
      emptyContent('vakmannen'),
      { kind: 'add', category: 'woning', text: 'Post stapelt zich op', action: 'Bel de woonconsulent' },
      () => 'x1',
    ).content;
    content = applyChange(
      content,
      { kind: 'note', signalId: 'woning-onderhoud', note: 'Denk aan de meterkast' },
      () => 'x2',
    ).content;
    const team = resolveChecklist(content);
    expect(search.find('t1:v2', team, 'brievenbus post', 'nl').signalIds).toEqual(['eigen-x1']);
    expect(search.find('t1:v2', team, 'meterkast', 'nl').signalIds).toEqual(['woning-onderhoud']);
    expect(search.find('t1:v2', team, 'besnijdenis', 'nl').signalIds).toEqual([]);
  });
});
