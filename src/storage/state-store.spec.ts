import { describeEachEngine } from '../../test/support/databases';
import { StateStore } from './state-store';

describeEachEngine('StateStore', (storage) => {
  let store: StateStore;
  beforeAll(() => {
    store = new StateStore(storage().db);
  });

  it('writes without an eTag and reads the value back', async () => {
    const etag = await store.write('a', '{"n":1}');
    const read = await store.read(['a', 'missing']);
    expect(read.get('a')).toEqual({ value: '{"n":1}', etag });
    expect(read.has('missing')).toBe(false);
  });

  it('accepts a write with the current eTag and refuses a stale one', async () => {
    const first = await store.write('b', '1');
    const second = await store.write('b', '2', first!);
    expect(second).not.toBeNull();
    expect(second).not.toEqual(first);
    expect(await store.write('b', '3', first!)).toBeNull();
    expect((await store.read(['b'])).get('b')?.value).toBe('2');
  });

  it('inserts a new key even when the writer expected an eTag', async () => {
    expect(await store.write('c', 'x', 'some-etag')).not.toBeNull();
  });

  it('lets exactly one of two racing writers with the same eTag win', async () => {
    const etag = (await store.write('d', '0'))!;
    const results = await Promise.all([store.write('d', 'left', etag), store.write('d', 'right', etag)]);
    expect(results.filter((r) => r !== null)).toHaveLength(1);
  });

  it('deletes keys', async () => {
    await store.write('e', '1');
    await store.delete(['e']);
    expect((await store.read(['e'])).size).toBe(0);
  });
});
