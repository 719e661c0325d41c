import { until } from './announcement-harness';
import { startAnnouncementService, type AnnouncementService } from './http-harness';
import { USERS } from '../support/teams-host/entra-stand-in';

const BASE = '/api/admin/announcements';

/** The two routes the Beheer tab reads besides the rest: the live card preview and the report as JSON. */
describe('the announcement card preview and recipients routes', () => {
  let world: AnnouncementService;
  let people: string[];
  beforeAll(async () => {
    world = await startAnnouncementService(50);
    people = await world.seed(3);
  });
  afterAll(async () => {
    await world?.stop();
  });

  const card = (body: unknown, lang = 'nl') => world.call('POST', `${BASE}/card?lang=${lang}`, { body });

  it('answers the card recipients get, from half-written content, leaving out what is not https', async () => {
    const res = await card({
      title: 'Nieuwe data',
      body: 'De **opfriscursus** is op 3 maart.',
      imageUrl: 'http://plain.example/x.png',
      buttons: [
        { title: 'Inschrijven', url: 'https://lms.example/in' },
        { title: 'Kapot', url: 'ftp://x' },
      ],
      acknowledge: true,
    });
    expect(res.status).toBe(200);
    const json = JSON.stringify(res.json.card);
    expect(res.json.card).toMatchObject({ type: 'AdaptiveCard', version: '1.5', lang: 'nl' });
    expect(json).toContain('De **opfriscursus** is op 3 maart.');
    expect(json).toContain('"type":"Action.Execute"');
    expect(json).toContain('Gelezen en begrepen');
    expect(json).toContain('https://lms.example/in');
    expect(json).not.toContain('ftp://x');
    expect(json).not.toContain('plain.example');

    const english = await card({ title: '', acknowledge: false }, 'en');
    expect(english.status).toBe(200);
    expect(JSON.stringify(english.json.card)).toContain('Announcement');
    expect(JSON.stringify(english.json.card)).not.toContain('Action.Execute');
  });

  it('refuses what is too long, and anyone who is not an admin', async () => {
    const long = await card({ title: 'x'.repeat(121) });
    expect(long.status).toBe(400);
    expect((long.json.error as { problems: { field: string }[] }).problems.map((p) => p.field)).toEqual([
      'title',
    ]);
    expect((await world.call('POST', `${BASE}/card`, { body: {}, token: null })).status).toBe(401);
    expect((await world.call('POST', `${BASE}/card`, { body: {}, user: USERS.employee })).status).toBe(403);
  });

  it('lists each recipient with when it was sent and acknowledged', async () => {
    const created = await world.call('POST', BASE, {
      body: {
        title: 'Let op',
        body: 'Lees dit.',
        audience: { kind: 'users', userIds: people },
        acknowledge: true,
      },
    });
    const id = created.json.id as string;
    expect((await world.call('POST', `${BASE}/${id}/send`)).status).toBe(202);
    await until('the announcement to be sent', async () => {
      return (await world.call('GET', `${BASE}/${id}`)).json.status === 'sent';
    });
    await world.acknowledge(id, people[1]);
    const res = await world.call('GET', `${BASE}/${id}/recipients`);
    expect(res.status).toBe(200);
    const rows = res.json.recipients as {
      name: string;
      status: string;
      sentAt?: string;
      acknowledgedAt?: string;
    }[];
    expect(rows.map((r) => [r.status, Boolean(r.sentAt)])).toEqual([
      ['sent', true],
      ['sent', true],
      ['sent', true],
    ]);
    expect(rows.filter((r) => r.acknowledgedAt).map((r) => r.name)).toEqual(['Medewerker 1']);
    expect((await world.call('GET', `${BASE}/nobody/recipients`)).status).toBe(404);
  });
});
