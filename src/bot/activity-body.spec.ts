import fc from 'fast-check';
import { parseActivityBody } from './activity-body';
import { activitySchema, MAX_ID_LENGTH, MAX_NAME_LENGTH, MAX_URL_LENGTH } from './activity-schema';

const valid = {
  type: 'message',
  id: 'a1',
  serviceUrl: 'https://smba.trafficmanager.net/emea/',
  channelId: 'msteams',
  conversation: { id: 'a:1', conversationType: 'personal', tenantId: 't' },
  from: { id: '29:1', aadObjectId: 'u' },
  recipient: { id: '28:bot' },
  text: 'help',
  locale: 'nl-NL',
  channelData: { tenant: { id: 't' } },
};

/** Every way a field the schema names can be wrong, missing or present where it may be absent. */
const variants: [string, Record<string, unknown>][] = [
  ['valid', valid],
  ...(['id', 'from', 'text', 'locale'] as const).map((key): [string, Record<string, unknown>] => {
    const { [key]: _, ...rest } = valid;
    return [`without ${key}`, rest];
  }),
  ...(['type', 'serviceUrl', 'channelId', 'conversation', 'recipient'] as const).map(
    (key): [string, Record<string, unknown>] => {
      const { [key]: _, ...rest } = valid;
      return [`without ${key}`, rest];
    },
  ),
  ...[
    'type',
    'id',
    'serviceUrl',
    'channelId',
    'conversation',
    'from',
    'recipient',
    'text',
    'replyToId',
    'locale',
    'name',
    'action',
    'channelData',
    'entities',
    'membersAdded',
    'membersRemoved',
  ].flatMap((key) =>
    [null, '', 7, [], {}, 'x'].map((value): [string, Record<string, unknown>] => [
      `${key} = ${JSON.stringify(value)}`,
      { ...valid, [key]: value },
    ]),
  ),
  ['conversation without id', { ...valid, conversation: { conversationType: 'personal' } }],
  ['conversation id empty', { ...valid, conversation: { id: '' } }],
  ['conversation id not ASCII', { ...valid, conversation: { id: 'a:é' } }],
  ['from id a number', { ...valid, from: { id: 1 } }],
  ['recipient id missing', { ...valid, recipient: { name: 'Voordeur' } }],
  ['recipient id empty', { ...valid, recipient: { id: '' } }],
  ['serviceUrl relative', { ...valid, serviceUrl: '/v3/' }],
  ['with a __proto__ key', JSON.parse(`{"__proto__": {"text": "x"}, ${JSON.stringify(valid).slice(1)}`)],
  [
    'conversation with a __proto__ key',
    { ...valid, conversation: JSON.parse('{"id": "a:1", "__proto__": {"tenantId": "x"}}') },
  ],
  ['conversation a Date', { ...valid, conversation: Object.assign(new Date(0), { id: 'a:1' }) }],
  ...boundaries(),
];

/** Each bounded string at its limit and one past it. */
function boundaries(): [string, Record<string, unknown>][] {
  const at = (n: number) => 'x'.repeat(n);
  const url = (n: number) => `https://smba.example/${at(n - 'https://smba.example/'.length)}`;
  const cases: [string, number, (v: string) => Record<string, unknown>][] = [
    ['id', MAX_ID_LENGTH, (v) => ({ id: v })],
    ['conversation.id', MAX_ID_LENGTH, (v) => ({ conversation: { ...valid.conversation, id: v } })],
    ['from.id', MAX_ID_LENGTH, (v) => ({ from: { ...valid.from, id: v } })],
    ['recipient.id', MAX_ID_LENGTH, (v) => ({ recipient: { id: v } })],
    ['type', MAX_NAME_LENGTH, (v) => ({ type: v })],
    ['channelId', MAX_NAME_LENGTH, (v) => ({ channelId: v })],
    ['locale', MAX_NAME_LENGTH, (v) => ({ locale: v })],
  ];
  return [
    ...cases.flatMap(([name, max, make]): [string, Record<string, unknown>][] => [
      [`${name} at its limit`, { ...valid, ...make(at(max)) }],
      [`${name} one past its limit`, { ...valid, ...make(at(max + 1)) }],
    ]),
    ['serviceUrl at its limit', { ...valid, serviceUrl: url(MAX_URL_LENGTH) }],
    ['serviceUrl one past its limit', { ...valid, serviceUrl: url(MAX_URL_LENGTH + 1) }],
  ];
}

/** A message with every field the schema names, as Teams sends one in a team channel. */
const rich = {
  ...valid,
  conversation: { id: '19:c@thread.tacv2', conversationType: 'channel', tenantId: 't', isGroup: true },
  from: { id: '29:1', name: 'Sanne de Vries', aadObjectId: 'u' },
  recipient: { id: '28:bot', name: 'Voordeur' },
  text: '<at>Voordeur</at> hulp',
  name: 'x',
  action: 'add',
  channelData: { tenant: { id: 't' }, team: { id: '19:team@thread.tacv2' } },
  entities: [
    { type: 'mention', text: '<at>Voordeur</at>', mentioned: { id: '28:bot', name: 'Voordeur' } },
    { type: 'clientInfo', locale: 'nl-NL' },
  ],
  membersAdded: [{ id: '28:bot' }],
  membersRemoved: [{ id: '29:2' }],
};

const PATHS = [
  'type',
  'id',
  'serviceUrl',
  'channelId',
  'text',
  'replyToId',
  'locale',
  'name',
  'action',
  'value',
  'conversation',
  'conversation.id',
  'conversation.tenantId',
  'conversation.conversationType',
  'conversation.isGroup',
  'from',
  'from.id',
  'from.name',
  'from.aadObjectId',
  'recipient',
  'recipient.id',
  'recipient.name',
  'channelData',
  'channelData.tenant',
  'channelData.tenant.id',
  'channelData.team',
  'channelData.team.id',
  'entities',
  'entities.0',
  'entities.0.type',
  'entities.0.mentioned',
  'entities.0.mentioned.id',
  'entities.1.type',
  'membersAdded',
  'membersAdded.0',
  'membersAdded.0.id',
  'membersRemoved.0.id',
];

/** A copy of `body` with the value at `path` replaced (or removed, for undefined), creating no new branches. */
function withValue(body: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  const copy = structuredClone(body);
  const keys = path.split('.');
  let node: unknown = copy;
  for (const key of keys.slice(0, -1)) {
    node = (node as Record<string, unknown> | undefined)?.[key];
    if (typeof node !== 'object' || node === null) return copy;
  }
  const last = keys[keys.length - 1]!;
  if (value === undefined) delete (node as Record<string, unknown>)[last];
  else (node as Record<string, unknown>)[last] = value;
  return copy;
}

describe('parseActivityBody', () => {
  it('decides any mutation of a full activity as the schema does', () => {
    const junk = fc.oneof(
      fc.jsonValue({ maxDepth: 2 }),
      fc.constant(undefined),
      fc.constantFrom('mention', 'message', 'x'.repeat(MAX_ID_LENGTH + 1), ''),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...PATHS), junk), { minLength: 1, maxLength: 3 }),
        (edits) => {
          const body = edits.reduce(
            (b, [path, value]) => withValue(b, path, value),
            rich as Record<string, unknown>,
          );
          const result = parseActivityBody(body);
          const viaSchema = activitySchema.safeParse(body);
          expect(result.ok).toBe(viaSchema.success);
          if (result.ok) expect(result.activity).toEqual(viaSchema.data);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('hands the full activity on as it is', () => {
    expect(parseActivityBody(rich)).toEqual({ ok: true, activity: rich });
    expect(activitySchema.safeParse(rich).success).toBe(true);
  });

  it.each(variants)('decides %s as the schema does, and keeps every field', (_, body) => {
    const result = parseActivityBody(body);
    const viaSchema = activitySchema.safeParse(body);
    expect(result.ok).toBe(viaSchema.success);
    if (result.ok) expect(result.activity).toEqual(viaSchema.data);
  });

  it('hands a plainly valid body on as it is', () => {
    const result = parseActivityBody(valid);
    expect(result.ok && result.activity).toBe(valid);
  });

  it.each(boundaries())('bounds its strings: %s', (name, body) => {
    expect(parseActivityBody(body).ok).toBe(name.endsWith('at its limit'));
  });

  it('refuses an over-long id with a reason of bounded length that does not repeat it', () => {
    const huge = 'x'.repeat(500_000);
    const result = parseActivityBody({
      ...valid,
      id: huge,
      conversation: { id: huge },
      from: { id: huge },
      recipient: { id: huge },
      type: huge,
      channelId: huge,
      locale: huge,
    });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason.length).toBeLessThan(600);
  });

  it('names what is wrong', () => {
    expect(parseActivityBody({ ...valid, serviceUrl: 'nope' })).toEqual({
      ok: false,
      reason: 'not a valid activity: serviceUrl: Invalid url',
    });
    expect(parseActivityBody([])).toEqual({
      ok: false,
      reason: 'the body must be a JSON object (a Bot Framework activity)',
    });
  });
});
