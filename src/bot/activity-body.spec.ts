import {
  activitySchema,
  MAX_ID_LENGTH,
  MAX_NAME_LENGTH,
  MAX_URL_LENGTH,
  parseActivityBody,
} from './activity-body';

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
  ...['type', 'id', 'serviceUrl', 'channelId', 'conversation', 'from', 'recipient', 'text', 'locale'].flatMap(
    (key) =>
      [null, '', 7, [], {}, 'x'].map((value): [string, Record<string, unknown>] => [
        `${key} = ${JSON.stringify(value)}`,
        { ...valid, [key]: value },
      ]),
  ),
  ['conversation without id', { ...valid, conversation: { conversationType: 'personal' } }],
  ['conversation id empty', { ...valid, conversation: { id: '' } }],
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

describe('parseActivityBody', () => {
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
