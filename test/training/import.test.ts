import { gzipSync } from 'node:zlib';
import { dutchDateFromToday, TrainingApiHarness, USERS } from './training-api-harness';

const VADV = 'veilig-achter-de-voordeur';
const ELEARN = 'meldcode-e-learning';
const PEOPLE = [
  {
    aadObjectId: 'aad-anna',
    email: 'anna@lente.example',
    upn: 'anna.jansen@lente.example',
    displayName: 'Anna',
  },
  {
    aadObjectId: 'aad-bram',
    email: 'bram@lente.example',
    upn: 'bram@lente.onmicrosoft.com',
    displayName: 'Bram',
  },
  { aadObjectId: 'aad-cem', email: 'cem@lente.example', upn: 'cem@lente.example', displayName: 'Cem' },
];

describe('POST /api/admin/training/import', () => {
  const api = new TrainingApiHarness();
  beforeAll(async () => {
    await api.start();
    await api.seedPeople(PEOPLE);
  });
  afterAll(() => api.stop());

  it('refuses a caller without a valid token with 401 before it looks at the body', async () => {
    const csv = 'email,course,completed_on\nanna@lente.example,veilig-achter-de-voordeur,01-02-2024\n';
    for (const token of [null, 'not-a-jwt', api.entra.forged(USERS.admin)]) {
      const answers = [
        await api.upload(csv, { token }),
        await api.upload('{"not":"csv"}', { token, contentType: 'application/json' }),
      ];
      expect(answers.map((a) => [a.status, (a.body.error as { code: string }).code])).toEqual([
        [401, 'unauthenticated'],
        [401, 'unauthenticated'],
      ]);
    }
    const tooLarge = await api.upload(Buffer.alloc(11 * 1024 * 1024, 0x61), { token: null });
    expect(tooLarge.status).toBe(401);
    const employee = await api.upload(csv, { token: api.token(USERS.employee) });
    expect(employee.status).toBe(403);
    expect(await api.records()).toEqual([]);
  });

  it('reads what Dutch Excel saves: BOM, semicolons, CRLF, quoted fields, d-m-jjjj and dd-mm-jjjj', async () => {
    const csv =
      '\uFEFFUPN;Course;Completed_On\r\n' +
      'ANNA.JANSEN@lente.example;"Veilig achter de voordeur";1-2-2024\r\n' +
      '"bram@lente.onmicrosoft.com";"E-learning meldcode: opfrissen";"03-04-2025"\r\n' +
      ';;\r\n';
    const dry = await api.upload(Buffer.from(csv, 'utf8'), { dryRun: true });
    expect(dry).toEqual({
      status: 200,
      body: { dryRun: true, imported: 2, updated: 0, unchanged: 0, errors: [] },
    });
    expect(await api.records()).toEqual([]);

    const real = await api.upload(Buffer.from(csv, 'utf8'));
    expect(real.body).toEqual({ ...dry.body, dryRun: false });
    expect(await api.records()).toEqual([`aad-anna ${VADV} 2024-02-01`, `aad-bram ${ELEARN} 2025-04-03`]);

    // An Entra object id finds a person too.
    const byId = await api.upload(`object_id,course,completed_on\nAAD-CEM,${VADV},2024-05-06\n`, {
      dryRun: true,
    });
    expect(byId.body).toMatchObject({ imported: 1, errors: [] });
  });

  it('reports bad lines by number and imports the good ones; the same file again changes nothing', async () => {
    const future = dutchDateFromToday(2);
    const csv = [
      'email,course,completed_on',
      'cem@lente.example,veilig-achter-de-voordeur,2024-06-30',
      'nobody@lente.example,veilig-achter-de-voordeur,01-03-2024',
      'cem@lente.example,EHBO,01-03-2024',
      'cem@lente.example,meldcode-e-learning,31-02-2025',
      `cem@lente.example,meldcode-e-learning,${future}`,
      '"anna@lente.example","E-learning meldcode: opfrissen","15-01-2025"',
      // Anna did the main training again: her date moves forward.
      'anna@lente.example,veilig-achter-de-voordeur,01-02-2025',
    ].join('\n');
    const first = await api.upload(csv);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ dryRun: false, imported: 2, updated: 1, unchanged: 0 });
    const errors = first.body.errors as { line: number; message: string }[];
    expect(errors.map((e) => e.line)).toEqual([3, 4, 5, 6]);
    expect(errors[0]!.message).toMatch(/Onbekende persoon "nobody@lente\.example"/);
    expect(errors[1]!.message).toMatch(/Onbekende training "EHBO"/);
    expect(errors[2]!.message).toBe('Datum "31-02-2025" bestaat niet.');
    expect(errors[3]!.message).toBe(`Datum "${future}" ligt in de toekomst.`);
    expect(await api.records()).toEqual([
      `aad-anna ${ELEARN} 2025-01-15`,
      `aad-anna ${VADV} 2025-02-01`,
      `aad-bram ${ELEARN} 2025-04-03`,
      `aad-cem ${VADV} 2024-06-30`,
    ]);

    const again = await api.upload(csv);
    expect(again.body).toEqual({ dryRun: false, imported: 0, updated: 0, unchanged: 3, errors });
    expect(await api.records()).toHaveLength(4);
  });

  it('takes files larger than the JSON limit, up to 10 MB; over that 413 and nothing is written', async () => {
    const line = 'cem@lente.example,meldcode-e-learning,01-01-2024\n';
    const twoMb = 'email,course,completed_on\n' + line.repeat(Math.ceil((2 * 1024 * 1024) / line.length));
    const big = await api.upload(twoMb, { dryRun: true });
    expect(big.status).toBe(200);
    expect(big.body).toMatchObject({ imported: 1, errors: [] });

    const tooBig = 'email,course,completed_on\n' + line.repeat(Math.ceil((10 * 1024 * 1024) / line.length));
    const refused = await api.upload(tooBig);
    expect(refused.status).toBe(413);
    expect(refused.body.error).toMatchObject({ code: 'too-large' });
    expect(await api.records()).not.toContain(`aad-cem ${ELEARN} 2024-01-01`);
  });

  it('refuses with 400 what is not a CSV file it can read, and writes nothing', async () => {
    const before = await api.records();
    const good = 'email,course,completed_on\ncem@lente.example,meldcode-e-learning,01-01-2024\n';
    const gzipped = await fetch(`${api.service.url}/api/admin/training/import`, {
      method: 'POST',
      headers: {
        'content-type': 'text/csv',
        'content-encoding': 'gzip',
        authorization: `Bearer ${api.token()}`,
      },
      body: new Uint8Array(gzipSync(good)),
    });
    expect(gzipped.status).toBe(400);
    const refusals = [
      await api.upload(good, { contentType: 'application/json' }),
      await api.upload(good, { contentType: 'text/plain' }),
      await api.upload(good, { contentType: 'text/csv; charset=windows-1252' }),
      // A PNG's first bytes: not UTF-8.
      await api.upload(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0xfe])),
      // "café" in Windows-1252, as an old Excel saves it.
      await api.upload(Buffer.concat([Buffer.from('email,course,completed_on\ncaf'), Buffer.from([0xe9])])),
      await api.upload('cem@lente.example,meldcode-e-learning,01-01-2024\n'),
      await api.upload('email;course\ncem@lente.example;meldcode-e-learning\n'),
      await api.upload(''),
    ];
    expect(refusals.map((r) => [r.status, (r.body.error as { code: string }).code])).toEqual(
      refusals.map(() => [400, 'bad-request']),
    );
    const messages = refusals.map((r) => (r.body.error as { message: string }).message);
    expect(messages[0]).toMatch(/text\/csv/);
    expect(messages[3]).toMatch(/geen UTF-8/);
    expect(messages[5]).toMatch(/kopregel/);
    expect(messages[6]).toBe('De kolom completed_on ontbreekt in de kopregel. Er is niets ingelezen.');
    expect(await api.records()).toEqual(before);
    // The JSON routes keep their parser: a CSV sent to one is refused as a bad body, nothing more.
    const run = await fetch(`${api.service.url}/api/admin/reminders/run`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv', authorization: `Bearer ${api.token()}` },
      body: good,
    });
    expect(run.status).toBe(400);
  });
});
