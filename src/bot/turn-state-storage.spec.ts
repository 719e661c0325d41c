import { describeEachEngine } from '../../test/support/databases';
import { StateStore } from '../storage/state-store';
import { DatabaseTurnStateStorage } from './turn-state-storage';

describeEachEngine('DatabaseTurnStateStorage', (storage) => {
  let state: DatabaseTurnStateStorage;
  beforeAll(() => {
    state = new DatabaseTurnStateStorage(new StateStore(storage().db));
  });

  it('reads back what it wrote, with a new eTag on the item', async () => {
    const item: Record<string, unknown> = { step: 2, eTag: '*' };
    await state.write({ 'msteams/bot/conversations/c1': item });
    expect(item.eTag).toEqual(expect.any(String));
    expect(item.eTag).not.toBe('*');
    const read = await state.read(['msteams/bot/conversations/c1', 'missing']);
    expect(read).toEqual({ 'msteams/bot/conversations/c1': { step: 2, eTag: item.eTag } });
  });

  it('throws on a stale eTag, as botbuilder storages do, and keeps the newer value', async () => {
    await state.write({ k: { n: 1 } });
    const first = (await state.read(['k'])).k;
    const second = (await state.read(['k'])).k;
    await state.write({ k: { ...first, n: 2 } });
    await expect(state.write({ k: { ...second, n: 3 } })).rejects.toThrow(/eTag conflict/);
    expect((await state.read(['k'])).k.n).toBe(2);
  });

  it('deletes', async () => {
    await state.write({ gone: { x: 1 } });
    await state.delete(['gone']);
    expect(await state.read(['gone'])).toEqual({});
  });
});
