import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { NewOutboxItem } from '../delivery/outbox';
import { openStorage, type Storage } from './database';
import { OutboxStore } from './outbox-store';

/** Phrases only the notes carry; the long one fills SQLite overflow pages. */
const PHRASES = ['zeepaardje-kaneel-4411', 'vlindertuin-okergeel-9823', 'maanlicht-zilverspar-1207'];

/** Whether any of the database's files (main, -wal, -shm) holds one of the phrases, raw. */
function onDisk(dir: string): string[] {
  const found: string[] = [];
  for (const file of readdirSync(dir)) {
    const bytes = readFileSync(path.join(dir, file));
    for (const phrase of PHRASES) if (bytes.includes(phrase)) found.push(`${phrase} in ${file}`);
  }
  return found;
}

/** Waits until `check` returns nothing, or fails with what it returned last. */
async function until(check: () => string[], timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = check();
  while (last.length > 0 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    last = check();
  }
  expect(last).toEqual([]);
}

describe('a finished outbox row on a SQLite file', () => {
  let dir: string;
  let storage: Storage;
  let store: OutboxStore;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'voordeur-scrub-'));
    storage = await openStorage({ dataDir: dir });
    store = new OutboxStore(storage.db, storage.dialect);
  });
  afterAll(async () => {
    await storage.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('leaves nothing of a sent, failed or cancelled note in the database files', async () => {
    const note = (purpose: string, text: string): NewOutboxItem => ({
      purpose,
      recipient: { kind: 'person', aadObjectId: 'aad-af-1' },
      payload: { type: 'message', text },
      urgent: true,
    });
    const now = new Date();
    await store.enqueue(
      [
        note('handover:sent', `Gezien bij de voordeur: ${PHRASES[0]}`),
        note('handover:failed', `${PHRASES[1]} `.repeat(600)),
      ],
      now,
    );
    await store.enqueue([note('handover:cancelled', PHRASES[2])], now);
    // Unblanked, the notes are there: the check can see them.
    expect(onDisk(dir).length).toBeGreaterThan(0);

    const claimed = await store.claim('owner', 10, now, new Date(now.getTime() + 60_000));
    const byPurpose = new Map(claimed.map((item) => [item.purpose, item.id]));
    expect(await store.markSent(byPurpose.get('handover:sent')!, 'owner', 'activity-1', now)).toBe(true);
    expect(await store.markFailed(byPurpose.get('handover:failed')!, 'owner', 'gone', now)).toBe(true);
    await store.release([byPurpose.get('handover:cancelled')!], 'owner', now, now);
    expect(await store.cancel('handover:cancelled', now)).toBe(1);

    await until(() => onDisk(dir), 10_000);
    // The rows themselves are still there, blanked: only their text is gone.
    const rows = await storage.db.selectFrom('outbox').select(['status', 'payload']).execute();
    expect(rows.map((r) => [r.status, r.payload]).sort()).toEqual([
      ['cancelled', '{}'],
      ['failed', '{}'],
      ['sent', '{}'],
    ]);
  });
});
