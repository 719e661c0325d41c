import { ANNOUNCEMENT_ROUTES } from '../../src/contracts';
import { USERS } from '../support/teams-host/entra-stand-in';
import { API_ADMIN, startAnnouncementService, type AnnouncementService } from './http-harness';

const BASE = '/api/admin/announcements';
type Problem = { field: string; message: string };
const problemsOf = (json: Record<string, unknown>) =>
  ((json.error as { problems?: Problem[] }).problems ?? []) as Problem[];

/** The admin API of announcements over HTTP: who may call it and what it refuses, with which status and words. */
describe('the announcements admin API refuses', () => {
  let world: AnnouncementService;
  let people: string[];
  beforeAll(async () => {
    world = await startAnnouncementService(50);
    people = await world.seed(6);
  });
  afterAll(async () => {
    await world?.stop();
  });

  const draft = (overrides: Record<string, unknown> = {}) => ({
    title: 'Nieuwe aandachtsfunctionaris',
    body: 'Vanaf maandag is **Fatima** jullie aandachtsfunctionaris. Twijfel? Bel Veilig Thuis: 0800-2000.',
    audience: { kind: 'users', userIds: people.slice(0, 5) },
    acknowledge: true,
    ...overrides,
  });
  const create = async (body: Record<string, unknown>) => {
    const res = await world.call('POST', BASE, { body });
    expect(res.status).toBe(201);
    return res.json.id as string;
  };
  it('refuses every route without a valid token (401) before reading the body, and non-admins (403)', async () => {
    const routes = Object.values(ANNOUNCEMENT_ROUTES);
    expect(routes.length).toBeGreaterThanOrEqual(12);
    const forged = world.entra.forged(API_ADMIN);
    for (const route of routes) {
      const path = route.path.replace('{id}', '00000000-0000-4000-8000-000000000000');
      const body = route.method === 'get' || route.method === 'delete' ? undefined : { title: 5 };
      for (const token of [null, forged]) {
        const res = await world.call(route.method, path, { token, body });
        expect([route.name, res.status, (res.json.error as { code: string }).code]).toEqual([
          route.name,
          401,
          'unauthenticated',
        ]);
      }
      const employee = await world.call(route.method, path, { user: USERS.employee, body });
      expect([route.name, employee.status]).toEqual([route.name, 403]);
    }
  });
  it('lists every field problem at once, each in Dutch, and logs none of what was typed', async () => {
    const res = await world.call('POST', BASE, {
      body: {
        title: '',
        body: '# Welkom\nBel mij op 06-12345678.',
        imageUrl: 'http://intranet.example.org/foto.png',
        buttons: [
          { title: 'Lees meer', url: 'http://intranet.example.org' },
          { title: '', url: 'https://intranet.example.org/af' },
        ],
        audience: { kind: 'teams', teamIds: [], mode: 'kanaal' },
        acknowledge: false,
        reminderAfterDays: 3,
        colour: 'rood',
      },
    });
    expect(res.status).toBe(400);
    expect(res.json.error).toMatchObject({ code: 'bad-request' });
    const problems = problemsOf(res.json);
    expect(problems.map((p) => p.field).sort()).toEqual(
      [
        'title',
        'body',
        'imageUrl',
        'buttons.0.url',
        'buttons.1.title',
        'audience.teamIds',
        'audience.mode',
        'reminderAfterDays',
        'colour',
      ].sort(),
    );
    const message = (field: string) => problems.find((p) => p.field === field)?.message;
    expect(message('title')).toBe('Geef een titel van 1 tot 120 tekens.');
    expect(message('buttons.0.url')).toBe('Geef knop 1 een webadres dat met https:// begint.');
    expect(message('body')).toContain('Teams toont geen koppen (#)');
    expect(message('body')).toContain('Haal het nummer 0612345678 weg.');
    expect(message('reminderAfterDays')).toContain("'Gelezen en begrepen'");
    expect(world.service.logLines.join('\n')).not.toMatch(/06-?12345678|Welkom/);
  });
  it('lets the text name the service numbers and the organisation’s configured contacts only', async () => {
    const contact = await world.call('PUT', '/api/admin/settings/aandachtsfunctionaris', {
      body: { contact: { name: 'Fatima Aandacht', phone: '013-1234567' } },
    });
    expect(contact.status).toBe(200);
    await create(draft({ body: 'Bel Fatima: 013 123 45 67. Bij gevaar 112, voor advies 0800-2000.' }));
    const refused = await world.call('POST', BASE, { body: draft({ body: 'Bel Jan: 06-99998888.' }) });
    expect(refused.status).toBe(400);
    expect(problemsOf(refused.json)).toEqual([
      { field: 'body', message: expect.stringContaining('Haal het nummer 0699998888 weg.') },
    ]);
  });
  it('answers 404 for an unknown id on every route that takes one', async () => {
    const unknown = '00000000-0000-4000-8000-00000000dead';
    for (const route of Object.values(ANNOUNCEMENT_ROUTES).filter((r) => r.path.includes('{id}'))) {
      const body = route.method === 'get' || route.method === 'delete' ? undefined : {};
      const res = await world.call(route.method, route.path.replace('{id}', unknown), { body });
      expect([route.name, res.status]).toEqual([route.name, 404]);
    }
  });
});
