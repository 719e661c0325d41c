import fc from 'fast-check';
import { SEED_COURSES } from './courses';
import { ImportFormatError, ImportTooLargeError, MAX_IMPORT_BYTES } from './import-errors';
import { importTrainingRecords, MAX_REPORTED_ERRORS } from './import-records';
import type { CourseRepository, PersonMatcher, TrainingRecordRepository } from './ports';
import { recordKey, type TrainingRecord } from './records';

const people = [
  { id: 'aad-anna', email: 'anna@corp.nl', upn: 'anna.jansen@corp.nl' },
  { id: 'aad-bram', email: 'bram@corp.nl', upn: 'bram@corp.onmicrosoft.com' },
  { id: 'aad-cem', email: 'cem@corp.nl', upn: 'cem@corp.nl' },
  // Two people who share an address (a shared mailbox written as someone's e-mail).
  { id: 'aad-dirk', email: 'team@corp.nl', upn: 'dirk@corp.nl' },
  { id: 'aad-eva', email: 'eva@corp.nl', upn: 'team@corp.nl' },
];

const matcher: PersonMatcher = {
  async matchPeople({ addresses, objectIds }) {
    const map = new Map<string, string[]>();
    for (const key of addresses) {
      const ids = people.filter((p) => p.email === key || p.upn === key).map((p) => p.id);
      if (ids.length) map.set(key, ids);
    }
    for (const key of objectIds) if (people.some((p) => p.id === key)) map.set(key, [key]);
    return map;
  },
};

const catalogue: CourseRepository = {
  list: async () => [...SEED_COURSES],
  get: async (id) => SEED_COURSES.find((c) => c.id === id),
};

class MemoryRecords implements TrainingRecordRepository {
  readonly rows = new Map<string, TrainingRecord>();
  saves = 0;
  async allRecords() {
    return [...this.rows.values()];
  }
  async recordsOf(ids: readonly string[]) {
    return [...this.rows.values()].filter((r) => ids.includes(r.aadObjectId));
  }
  async saveImport(records: readonly TrainingRecord[]) {
    this.saves += 1;
    for (const r of records) {
      const key = recordKey(r.aadObjectId, r.courseId);
      const before = this.rows.get(key);
      if (!before || before.completedOn < r.completedOn) this.rows.set(key, r);
    }
  }
}

const NOW = new Date('2025-06-15T10:00:00Z');

function run(body: string | Uint8Array, records = new MemoryRecords(), dryRun = false) {
  return importTrainingRecords({ body, courses: catalogue, people: matcher, records, now: NOW, dryRun });
}

describe('importTrainingRecords: reading the file', () => {
  it('reads comma-separated UTF-8 with LF line endings', async () => {
    const records = new MemoryRecords();
    const result = await run(
      'email,course,completed_on\nanna@corp.nl,veilig-achter-de-voordeur,12-03-2024\nbram@corp.nl,meldcode-e-learning,2025-01-31\n',
      records,
    );
    expect(result).toEqual({ imported: 2, updated: 0, unchanged: 0, errors: [] });
    expect(records.rows.get(recordKey('aad-anna', 'veilig-achter-de-voordeur'))).toEqual({
      aadObjectId: 'aad-anna',
      courseId: 'veilig-achter-de-voordeur',
      completedOn: '2024-03-12',
      source: 'import',
    });
  });

  it('reads what Dutch Excel saves: a BOM, semicolons, CRLF, quoted names with a semicolon, d-m-jjjj', async () => {
    const text =
      '\uFEFFUPN;Completed_On;Course\r\n' +
      'ANNA.JANSEN@corp.nl;1-2-2025;"Veilig achter de voordeur"\r\n' +
      '"cem@corp.nl";"3-4-2024";"E-learning meldcode: opfrissen"\r\n' +
      ';;\r\n';
    const records = new MemoryRecords();
    expect(await run(Buffer.from(text, 'utf8'), records)).toEqual({
      imported: 2,
      updated: 0,
      unchanged: 0,
      errors: [],
    });
    expect(
      [...records.rows.values()].map((r) => `${r.aadObjectId} ${r.courseId} ${r.completedOn}`).sort(),
    ).toEqual(['aad-anna veilig-achter-de-voordeur 2025-02-01', 'aad-cem meldcode-e-learning 2024-04-03']);
  });

  it('finds people by Entra object id too', async () => {
    const result = await run(
      'object_id,course,completed_on\naad-bram,veilig-achter-de-voordeur,2024-01-01\n',
    );
    expect(result.imported).toBe(1);
  });

  it('refuses a body that is not CSV with a header, or not UTF-8, or too large, before writing anything', async () => {
    const records = new MemoryRecords();
    await expect(run('{"email":"anna@corp.nl"}', records)).rejects.toBeInstanceOf(ImportFormatError);
    await expect(run('', records)).rejects.toMatchObject({ reason: 'no-header' });
    await expect(run('anna@corp.nl,veilig-achter-de-voordeur,12-03-2024\n', records)).rejects.toMatchObject({
      reason: 'no-header',
    });
    // "café" in Windows-1252, as an old Excel saves it.
    await expect(
      run(Buffer.from([0x65, 0x6d, 0x61, 0x69, 0x6c, 0x0a, 0x63, 0x61, 0x66, 0xe9]), records),
    ).rejects.toMatchObject({
      reason: 'not-utf8',
    });
    await expect(run('x'.repeat(MAX_IMPORT_BYTES + 1), records)).rejects.toBeInstanceOf(ImportTooLargeError);
    expect(records.saves).toBe(0);
  });

  it('refuses a header without a needed column, naming the missing ones, and imports nothing', async () => {
    const records = new MemoryRecords();
    await expect(
      run('email;course\nanna@corp.nl;veilig-achter-de-voordeur\n', records),
    ).rejects.toMatchObject({
      reason: 'missing-columns',
      message: 'De kolom completed_on ontbreekt in de kopregel. Er is niets ingelezen.',
    });
    await expect(run('course\nx\n', records)).rejects.toMatchObject({
      reason: 'missing-columns',
      message: 'De kolommen email (of upn) en completed_on ontbreken in de kopregel. Er is niets ingelezen.',
    });
    expect(records.saves).toBe(0);
  });
});

describe('importTrainingRecords: lines with a problem', () => {
  const file = [
    'email,course,completed_on',
    'anna@corp.nl,veilig-achter-de-voordeur,12-03-2024',
    'nobody@corp.nl,veilig-achter-de-voordeur,12-03-2024',
    'bram@corp.nl,EHBO,12-03-2024',
    'bram@corp.nl,veilig-achter-de-voordeur,31-02-2025',
    'bram@corp.nl,veilig-achter-de-voordeur,01-07-2025',
    'bram@corp.nl,veilig-achter-de-voordeur,2025/03/01',
    '',
    'cem@corp.nl,,',
    'team@corp.nl,veilig-achter-de-voordeur,2024-01-01',
    'cem@corp.nl,"veilig-achter-de-voordeur,2024-01-01',
  ].join('\n');

  it('reports each by line, in Dutch, and imports the good lines all the same', async () => {
    const records = new MemoryRecords();
    const result = await run(file, records);
    expect(result).toEqual({
      imported: 1,
      updated: 0,
      unchanged: 0,
      errors: [
        {
          line: 3,
          message:
            'Onbekende persoon "nobody@corp.nl": niet gevonden op e-mailadres, UPN of object-id. Heeft deze persoon Voordeur in Teams?',
        },
        { line: 4, message: 'Onbekende training "EHBO": gebruik de id of de naam uit de catalogus.' },
        { line: 5, message: 'Datum "31-02-2025" bestaat niet.' },
        { line: 6, message: 'Datum "01-07-2025" ligt in de toekomst.' },
        { line: 7, message: 'Datum "2025/03/01" niet herkend: schrijf dd-mm-jjjj of jjjj-mm-dd.' },
        {
          line: 9,
          message: 'Geen training ingevuld (kolom course). Geen datum ingevuld (kolom completed_on).',
        },
        {
          line: 10,
          message: '"team@corp.nl" hoort bij meer dan één persoon: gebruik de UPN of het object-id.',
        },
        {
          line: 11,
          message: 'Een aanhalingsteken (") wordt niet gesloten; de rest van het bestand is niet gelezen.',
        },
      ],
    });
    expect([...records.rows.keys()]).toEqual([recordKey('aad-anna', 'veilig-achter-de-voordeur')]);
  });

  it('lists at most a thousand errors, then how many more there are', async () => {
    const lines = Array.from(
      { length: 1500 },
      (_, i) => `x${i}@corp.nl,veilig-achter-de-voordeur,2024-01-01`,
    );
    const result = await run(['email,course,completed_on', ...lines].join('\n'));
    expect(result.errors).toHaveLength(MAX_REPORTED_ERRORS + 1);
    expect(result.errors.at(-1)).toEqual({
      line: MAX_REPORTED_ERRORS + 2,
      message: 'En nog 500 regels met een fout vanaf deze regel. Verbeter eerst de fouten hierboven.',
    });
  });
});

describe('importTrainingRecords: what changes', () => {
  const first =
    'email,course,completed_on\nanna@corp.nl,veilig-achter-de-voordeur,12-03-2024\ncem@corp.nl,veilig-achter-de-voordeur,01-01-2024\n';

  it('changes nothing when the same file comes again', async () => {
    const records = new MemoryRecords();
    await run(first, records);
    expect(await run(first, records)).toEqual({ imported: 0, updated: 0, unchanged: 2, errors: [] });
    expect(records.saves).toBe(1);
  });

  it('moves a date forward, never back', async () => {
    const records = new MemoryRecords();
    await run(first, records);
    const next =
      'email,course,completed_on\nanna@corp.nl,veilig-achter-de-voordeur,12-03-2025\ncem@corp.nl,veilig-achter-de-voordeur,01-01-2023\n';
    expect(await run(next, records)).toEqual({ imported: 0, updated: 1, unchanged: 1, errors: [] });
    expect(records.rows.get(recordKey('aad-anna', 'veilig-achter-de-voordeur'))?.completedOn).toBe(
      '2025-03-12',
    );
    expect(records.rows.get(recordKey('aad-cem', 'veilig-achter-de-voordeur'))?.completedOn).toBe(
      '2024-01-01',
    );
  });

  it('keeps the latest date when a person and course appear twice, in whichever order', async () => {
    for (const order of [
      [
        'anna@corp.nl,veilig-achter-de-voordeur,2022-01-01',
        'ANNA.jansen@corp.nl,Veilig achter de voordeur,2024-01-01',
      ],
      [
        'anna.jansen@corp.nl,veilig-achter-de-voordeur,2024-01-01',
        'anna@corp.nl,veilig-achter-de-voordeur,2022-01-01',
      ],
    ]) {
      const records = new MemoryRecords();
      const result = await run(['upn,course,completed_on', ...order].join('\n'), records);
      expect(result).toEqual({ imported: 1, updated: 0, unchanged: 1, errors: [] });
      expect([...records.rows.values()][0]?.completedOn).toBe('2024-01-01');
    }
  });

  it('computes the same result in a dry run and writes nothing', async () => {
    const records = new MemoryRecords();
    await run(first, records);
    const next = `${first}bram@corp.nl,veilig-achter-de-voordeur,2024-05-05\nanna@corp.nl,veilig-achter-de-voordeur,2025-01-01\n`;
    const dry = await run(next, records, true);
    expect(dry).toEqual({ imported: 1, updated: 1, unchanged: 2, errors: [] });
    expect(records.saves).toBe(1);
    expect(await run(next, records)).toEqual(dry);
  });

  it('counts every data line once, and a second import of any file changes nothing', async () => {
    const line = fc.record({
      who: fc.constantFrom(
        'anna@corp.nl',
        'BRAM@corp.nl',
        'cem@corp.nl',
        'nobody@corp.nl',
        'team@corp.nl',
        '',
      ),
      course: fc.constantFrom('veilig-achter-de-voordeur', 'E-learning: refresh the meldcode', 'EHBO', ''),
      day: fc.integer({ min: 1, max: 31 }),
      month: fc.integer({ min: 1, max: 12 }),
      year: fc.integer({ min: 2020, max: 2026 }),
      iso: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(line, { maxLength: 30 }), async (lines) => {
        const body = [
          'email;course;completed_on',
          ...lines.map((l) => {
            const p = (n: number) => String(n).padStart(2, '0');
            const date = l.iso ? `${l.year}-${p(l.month)}-${p(l.day)}` : `${l.day}-${l.month}-${l.year}`;
            return `${l.who};${l.course};${date}`;
          }),
        ].join('\r\n');
        const records = new MemoryRecords();
        const once = await run(body, records);
        expect(once.imported + once.updated + once.unchanged + once.errors.length).toBe(lines.length);
        expect(records.rows.size).toBe(once.imported);
        const twice = await run(body, records);
        expect(twice).toEqual({
          imported: 0,
          updated: 0,
          unchanged: once.imported + once.unchanged,
          errors: once.errors,
        });
      }),
      { numRuns: 200 },
    );
  });
});
