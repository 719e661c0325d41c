import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { importTrainingCommand } from '../../src/app/import-training-command';
import { openStorage } from '../../src/storage/database';
import { createStores } from '../../src/storage/stores';

const ROOT = path.resolve(__dirname, '../..');
const GOOD = 'email;course;completed_on\r\nanna@lente.example;veilig-achter-de-voordeur;01-02-2024\r\n';

describe('npm run import:training', () => {
  let dir: string;
  const file = (name: string, content: string | Buffer) => {
    const full = path.join(dir, name);
    writeFileSync(full, content);
    return full;
  };
  const records = async () => {
    const storage = await openStorage({ dataDir: path.join(dir, 'data') });
    try {
      return (await createStores(storage, 'Europe/Amsterdam').training.allRecords()).map(
        (r) => `${r.aadObjectId} ${r.courseId} ${r.completedOn}`,
      );
    } finally {
      await storage.close();
    }
  };
  /** Runs the command in this process, in a folder without env/ files: the settings are `env` only. */
  const run = async (args: string[], env: Record<string, string> = {}) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await importTrainingCommand({
      args,
      cwd: dir,
      env: { DATA_DIR: path.join(dir, 'data'), ...env },
      output: { out: (t) => out.push(t), err: (t) => err.push(t) },
    });
    return { code, out: out.join(''), err: err.join('') };
  };

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'voordeur-import-'));
    const storage = await openStorage({ dataDir: path.join(dir, 'data') });
    await createStores(storage, 'Europe/Amsterdam').people.upsert({
      aadObjectId: 'aad-anna',
      email: 'anna@lente.example',
      at: new Date(),
    });
    await storage.close();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints what the API answers; a dry run writes nothing, the import does, once', async () => {
    const csv = file('good.csv', GOOD);
    const dry = await run(['--dry-run', csv]);
    expect(dry).toEqual({
      code: 0,
      out: `${JSON.stringify({ dryRun: true, imported: 1, updated: 0, unchanged: 0, errors: [] }, null, 2)}\n`,
      err: '',
    });
    expect(await records()).toEqual([]);
    expect(JSON.parse((await run([csv])).out)).toMatchObject({ dryRun: false, imported: 1 });
    expect(await records()).toEqual(['aad-anna veilig-achter-de-voordeur 2024-02-01']);
    expect(JSON.parse((await run([csv])).out)).toMatchObject({ imported: 0, unchanged: 1 });
  });

  it('exits 1 when a line has a problem, after importing the good ones', async () => {
    const csv = file('mixed.csv', `${GOOD}anna@lente.example;meldcode-e-learning;31-02-2025\r\n`);
    const result = await run([csv]);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.out)).toEqual({
      dryRun: false,
      imported: 0,
      updated: 0,
      unchanged: 1,
      errors: [{ line: 3, message: 'Datum "31-02-2025" bestaat niet.' }],
    });
  });

  it('exits 1 with a reason, writing nothing, for bad arguments, files and settings', async () => {
    const before = await records();
    const noColumn = file('no-column.csv', 'email;course\r\nanna@lente.example;x\r\n');
    const binary = file('binary.csv', Buffer.from([0x65, 0x6d, 0xe9, 0x0a]));
    const cases = [
      await run([]),
      await run(['--force', noColumn]),
      await run([path.join(dir, 'missing.csv')]),
      await run([noColumn]),
      await run([binary]),
      await run([file('ok.csv', GOOD)], { DATABASE_URL: 'mysql://db' }),
    ];
    expect(cases.map((c) => [c.code, c.out])).toEqual(cases.map(() => [1, '']));
    expect(cases.map((c) => c.err)).toEqual([
      expect.stringMatching(/^usage: npm run import:training/),
      expect.stringMatching(/^usage: /),
      `Cannot read ${path.join(dir, 'missing.csv')}.\n`,
      'De kolom completed_on ontbreekt in de kopregel. Er is niets ingelezen.\n',
      expect.stringMatching(/geen UTF-8/),
      expect.stringMatching(/DATABASE_URL/),
    ]);
    expect(await records()).toEqual(before);
  });

  it('runs as npm runs it: built, in the package folder, with the file named from where it was started', () => {
    writeFileSync(path.join(dir, 'relative.csv'), GOOD);
    const child = spawnSync(
      process.execPath,
      [path.join(ROOT, 'scripts/import-training.mjs'), '--dry-run', 'relative.csv'],
      {
        cwd: ROOT,
        env: { ...process.env, INIT_CWD: dir, DATA_DIR: path.join(dir, 'data') },
        encoding: 'utf8',
      },
    );
    expect(child.stderr).toBe('');
    expect([child.status, JSON.parse(child.stdout)]).toEqual([
      0,
      { dryRun: true, imported: 0, updated: 0, unchanged: 1, errors: [] },
    ]);
  });
});
