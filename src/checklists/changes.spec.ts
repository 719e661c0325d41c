import { DEFAULT_SIGNALS } from './default-signals';
import { ChecklistRuleError, applyChange, changeSchema } from './changes';
import { emptyContent } from './profiles';
import { resolveChecklist } from './resolve-checklist';
import { PROFILES } from './types';

const ids = (profile: (typeof PROFILES)[number]) =>
  resolveChecklist(emptyContent(profile)).flatMap((c) => c.signals.map((s) => s.id));

describe('default checklists', () => {
  it('give every profile signals, and the mixed team all of them', () => {
    for (const p of PROFILES) expect(ids(p).length).toBeGreaterThan(5);
    expect(ids('gemengd')).toHaveLength(DEFAULT_SIGNALS.length);
    expect(ids('vakmannen')).not.toContain('vgv-reis');
  });

  it('word unverified signals as "let op" and show no phone numbers but 112 and 0800-2000', () => {
    for (const s of DEFAULT_SIGNALS.filter((x) => x.caution)) {
      expect(s.text.nl).toMatch(/^Let op/);
      expect(s.text.nl).toMatch(/mogelijk signaal/i);
    }
    const all = JSON.stringify(DEFAULT_SIGNALS);
    const numbers = all.match(/\d[\d -]{2,}\d/g) ?? [];
    expect(numbers.every((n) => ['112', '0800-2000'].includes(n))).toBe(true);
  });
});

describe('what to do per signal', () => {
  it('gives each default signal its own advice, in both languages', () => {
    for (const lang of ['nl', 'en'] as const) {
      const actions = DEFAULT_SIGNALS.map((s) => s.action[lang]);
      expect(new Set(actions).size).toBe(actions.length);
    }
  });

  it('never tells an employee to report, or that they must: they discuss it, or call 112', () => {
    for (const s of DEFAULT_SIGNALS) {
      expect([s.id, s.action.nl]).not.toEqual([s.id, expect.stringMatching(/\bmeld|verplicht|moet/i)]);
      expect([s.id, s.action.en]).not.toEqual([s.id, expect.stringMatching(/\breport|must|obliged/i)]);
      expect([s.id, s.action.nl]).toEqual([
        s.id,
        expect.stringMatching(/bespreek|advies|vraag de aandachtsfunctionaris|112/i),
      ]);
    }
  });
});

describe('applyChange', () => {
  const base = emptyContent('vakmannen');
  const newId = () => 'abc';

  it('hides, shows and annotates signals without touching the input', () => {
    const hidden = applyChange(base, { kind: 'hide', signalId: 'kind-gedrag' }, newId).content;
    expect(base.hidden).toEqual([]);
    expect(resolveChecklist(hidden).flatMap((c) => c.signals.map((s) => s.id))).not.toContain('kind-gedrag');
    expect(
      resolveChecklist(hidden, true)
        .flatMap((c) => c.signals)
        .find((s) => s.id === 'kind-gedrag')?.hidden,
    ).toBe(true);
    const shown = applyChange(hidden, { kind: 'show', signalId: 'kind-gedrag' }, newId).content;
    expect(shown.hidden).toEqual([]);
    const noted = applyChange(shown, { kind: 'note', signalId: 'kind-letsel', note: 'Bel Ans' }, newId);
    expect(noted.content.notes).toEqual({ 'kind-letsel': 'Bel Ans' });
    expect(
      applyChange(noted.content, { kind: 'note', signalId: 'kind-letsel', note: '' }, newId).content.notes,
    ).toEqual({});
  });

  it('adds and removes the team’s own signals, and refuses to remove a default one', () => {
    const added = applyChange(
      base,
      { kind: 'add', category: 'woning', text: 'Kapotte bel', action: 'Schrijf het op' },
      newId,
    );
    expect(added.summary).toEqual({ kind: 'add', signalId: 'eigen-abc' });
    const line = resolveChecklist(added.content)
      .flatMap((c) => c.signals)
      .find((s) => s.id === 'eigen-abc');
    expect(line).toMatchObject({ custom: true, text: { nl: 'Kapotte bel', en: 'Kapotte bel' } });
    expect(
      applyChange(added.content, { kind: 'remove', signalId: 'eigen-abc' }, newId).content.custom,
    ).toEqual([]);
    expect(() => applyChange(base, { kind: 'remove', signalId: 'kind-gedrag' }, newId)).toThrow(
      ChecklistRuleError,
    );
    expect(() => applyChange(base, { kind: 'hide', signalId: 'nope' }, newId)).toThrow(ChecklistRuleError);
  });

  it('validates bodies: unknown kinds, bad phone numbers and extra fields are refused', () => {
    expect(changeSchema.safeParse({ kind: 'explode' }).success).toBe(false);
    expect(
      changeSchema.safeParse({
        kind: 'contacts',
        aandachtsfunctionaris: { name: 'A', phone: 'call me' },
        manager: null,
      }).success,
    ).toBe(false);
    expect(changeSchema.safeParse({ kind: 'hide', signalId: 'kind-gedrag', extra: 1 }).success).toBe(false);
    expect(
      changeSchema.safeParse({
        kind: 'contacts',
        aandachtsfunctionaris: { name: 'A', phone: '+31 13 123 4567' },
        manager: null,
      }).success,
    ).toBe(true);
  });
});
