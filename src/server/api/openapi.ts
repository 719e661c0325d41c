/**
 * The OpenAPI 3.1 description of the tab and admin APIs, served at GET /api/openapi.json.
 * @remarks Written by hand next to the routes; test/tab/api.test.ts checks that every registered route is
 * listed here.
 */
const bearer = [{ entraId: [] }];
const teamId = {
  name: 'teamId',
  in: 'path',
  required: true,
  schema: { type: 'string' },
  description: 'Teams team id (19:…@thread.tacv2)',
};
const profile = {
  name: 'profile',
  in: 'query',
  required: false,
  schema: {
    type: 'string',
    enum: ['vakmannen', 'woonconsulenten', 'buurtbeheer', 'gemengd'],
    default: 'gemengd',
  },
  description: 'The profile to use when the team has no stored checklist yet',
};
const aadObjectId = { name: 'aadObjectId', in: 'path', required: true, schema: { type: 'string' } };
const errors = {
  '400': { description: 'Malformed body or parameter; `error.message` says why' },
  '401': { description: 'No valid Entra ID token' },
  '403': { description: 'The caller lacks the role' },
};
const json = (ref: string) => ({
  content: { 'application/json': { schema: { $ref: `#/components/schemas/${ref}` } } },
});
const ok = (ref: string) => ({ '200': { description: 'OK', ...json(ref) }, ...errors });

export const OPENAPI_DOCUMENT = {
  openapi: '3.1.0',
  info: {
    title: 'Voordeur tab and admin API',
    version: '1',
    description:
      'Every route needs `Authorization: Bearer <Entra ID token>` for the app (audience: its client id or api://…/<client id>). Admin routes need an object id listed in ADMIN_IDS.',
  },
  components: {
    securitySchemes: { entraId: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
    schemas: {
      Contact: {
        type: 'object',
        required: ['name'],
        properties: {
          name: { type: 'string', maxLength: 100 },
          aadObjectId: { type: 'string' },
          userPrincipalName: { type: 'string', format: 'email' },
          phone: { type: 'string', pattern: '^\\+?[0-9][0-9 -]{5,18}[0-9]$' },
        },
      },
      Me: {
        type: 'object',
        properties: { id: { type: 'string' }, name: { type: 'string' }, isAdmin: { type: 'boolean' } },
      },
      Checklist: {
        type: 'object',
        properties: {
          teamId: { type: 'string' },
          version: { type: 'integer', description: '0 when no manager changed it yet' },
          profile: { type: 'string' },
          canEdit: { type: 'boolean' },
          updatedAt: { type: 'string', format: 'date-time' },
          updatedBy: { type: 'string' },
          categories: { type: 'array', items: { type: 'object' } },
          contacts: {
            type: 'object',
            properties: {
              aandachtsfunctionaris: { $ref: '#/components/schemas/Contact' },
              manager: { $ref: '#/components/schemas/Contact' },
              organisation: { $ref: '#/components/schemas/Contact' },
            },
          },
        },
      },
      Change: {
        type: 'object',
        required: ['kind'],
        description:
          'One of: {kind:"profile",profile}, {kind:"hide"|"show"|"remove",signalId}, {kind:"note",signalId,note}, {kind:"add",category,text,action}, {kind:"contacts",aandachtsfunctionaris,manager}',
        properties: {
          kind: { type: 'string', enum: ['profile', 'hide', 'show', 'note', 'add', 'remove', 'contacts'] },
        },
      },
      Versions: {
        type: 'object',
        properties: {
          versions: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                version: { type: 'integer' },
                at: { type: 'string', format: 'date-time' },
                actorName: { type: 'string' },
                summary: { type: 'object' },
              },
            },
          },
        },
      },
      Settings: {
        type: 'object',
        properties: {
          orgAandachtsfunctionaris: { oneOf: [{ $ref: '#/components/schemas/Contact' }, { type: 'null' }] },
        },
      },
      Managers: { type: 'object', properties: { managers: { type: 'array', items: { type: 'object' } } } },
    },
  },
  security: bearer,
  paths: {
    '/api/tab/me': { get: { summary: 'Who is calling', responses: ok('Me') } },
    '/api/tab/checklist': {
      get: {
        summary: 'The default checklist for "Mijn meldcode"',
        parameters: [profile],
        responses: ok('Checklist'),
      },
    },
    '/api/tab/teams/{teamId}/checklist': {
      get: {
        summary: "A team's checklist and contacts",
        parameters: [teamId, profile],
        responses: ok('Checklist'),
      },
    },
    '/api/tab/teams/{teamId}/checklist/changes': {
      post: {
        summary: 'A manager changes the checklist (new version)',
        parameters: [teamId, profile],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['expectedVersion', 'change'],
                properties: {
                  expectedVersion: { type: 'integer' },
                  change: { $ref: '#/components/schemas/Change' },
                },
              },
            },
          },
        },
        responses: { ...ok('Checklist'), '409': { description: 'Someone else saved a newer version first' } },
      },
    },
    '/api/tab/teams/{teamId}/checklist/rollback': {
      post: {
        summary: 'A manager makes an earlier version current again (new version)',
        parameters: [teamId, profile],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['expectedVersion', 'toVersion'],
                properties: { expectedVersion: { type: 'integer' }, toVersion: { type: 'integer' } },
              },
            },
          },
        },
        responses: {
          ...ok('Checklist'),
          '404': { description: 'No such version' },
          '409': { description: 'Stale version' },
        },
      },
    },
    '/api/tab/teams/{teamId}/checklist/versions': {
      get: { summary: 'Version history (managers)', parameters: [teamId], responses: ok('Versions') },
    },
    '/api/admin/settings': { get: { summary: 'Organisation settings', responses: ok('Settings') } },
    '/api/admin/settings/aandachtsfunctionaris': {
      put: {
        summary: "Set or clear the organisation's aandachtsfunctionaris",
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['contact'],
                properties: {
                  contact: { oneOf: [{ $ref: '#/components/schemas/Contact' }, { type: 'null' }] },
                },
              },
            },
          },
        },
        responses: ok('Settings'),
      },
    },
    '/api/admin/teams/{teamId}/managers': {
      get: { summary: "A team's managers", parameters: [teamId], responses: ok('Managers') },
    },
    '/api/admin/teams/{teamId}/managers/{aadObjectId}': {
      put: {
        summary: 'Make someone a manager of a team',
        parameters: [teamId, aadObjectId],
        requestBody: {
          content: {
            'application/json': {
              schema: { type: 'object', properties: { displayName: { type: 'string' } } },
            },
          },
        },
        responses: ok('Managers'),
      },
      delete: {
        summary: 'Remove a manager assigned by an admin',
        parameters: [teamId, aadObjectId],
        responses: { ...ok('Managers'), '404': { description: 'No such manager' } },
      },
    },
  },
} as const;
