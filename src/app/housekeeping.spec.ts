import { openTestStorage } from '../../test/support/databases';
import type { Storage } from '../storage/database';
import { SeeSomethingFlowStore } from '../storage/see-something-flow-store';
import { housekeepingJob } from './housekeeping';

describe('housekeeping', () => {
  let storage: Storage;
  beforeAll(async () => {
    storage = await openTestStorage('sqlite');
  });
  afterAll(() => storage.close());

  it('deletes the "ik zie iets" flows whose cards have expired, and no others', async () => {
    const now = new Date('2026-11-29T12:00:00.000Z');
    const days = (n: number) => new Date(now.getTime() - n * 24 * 60 * 60 * 1000);
    const flows = new SeeSomethingFlowStore(storage.db);
    await flows.create({ id: 'old', ownerId: 'a', createdAt: days(2), expiresAt: days(1) });
    await flows.create({ id: 'open', ownerId: 'a', createdAt: now, expiresAt: days(-1) });
    const counts = await housekeepingJob({ seeSomethingFlows: flows }).run(now);

    expect(await flows.get('old')).toBeUndefined();
    expect(await flows.get('open')).toBeDefined();
    expect(counts).toEqual({ flows: 1 });
  });
});
