import type { Activity } from 'botbuilder';
import { originOf } from './conversation';
import { langOf } from './locale';

const base = {
  type: 'message',
  channelId: 'msteams',
  serviceUrl: 'https://smba.example/emea/',
  from: { id: '29:u', aadObjectId: 'aad-u', name: 'U' },
  recipient: { id: '28:bot', name: 'Voordeur' },
};

describe('originOf', () => {
  it('reads a personal chat with its person and tenant', () => {
    const origin = originOf({
      ...base,
      conversation: { id: 'a:1', conversationType: 'personal', tenantId: 't1' },
    } as Activity);
    expect(origin).toMatchObject({
      conversationId: 'a:1',
      scope: 'personal',
      tenantId: 't1',
      aadObjectId: 'aad-u',
    });
    expect(origin.address).toMatchObject({
      serviceUrl: base.serviceUrl,
      bot: { id: '28:bot' },
      user: { id: '29:u' },
    });
  });

  it('reads a team channel, without a person, and the tenant from channelData', () => {
    const origin = originOf({
      ...base,
      conversation: { id: '19:c@thread.tacv2', conversationType: 'channel' },
      channelData: { tenant: { id: 't2' }, team: { id: '19:team@thread.tacv2' } },
    } as unknown as Activity);
    expect(origin).toMatchObject({ scope: 'team', tenantId: 't2', teamId: '19:team@thread.tacv2' });
    expect(origin.aadObjectId).toBeUndefined();
    expect(origin.address.user).toBeUndefined();
  });

  it("reads the team's name when Teams sends it, trimmed; a message without it has none", () => {
    const update = {
      ...base,
      type: 'conversationUpdate',
      conversation: { id: '19:team@thread.tacv2', conversationType: 'channel' },
    };
    const named = originOf({
      ...update,
      channelData: { team: { id: '19:team@thread.tacv2', name: '  Vakmannen Noord ' } },
    } as unknown as Activity);
    expect(named.teamName).toBe('Vakmannen Noord');
    for (const team of [{ id: '19:team@thread.tacv2' }, { id: '19:team@thread.tacv2', name: 42 }]) {
      expect(originOf({ ...update, channelData: { team } } as unknown as Activity).teamName).toBeUndefined();
    }
  });

  it('reads a group chat', () => {
    const origin = originOf({
      ...base,
      conversation: { id: '19:g', conversationType: 'groupChat' },
    } as Activity);
    expect(origin.scope).toBe('groupChat');
  });
});

describe('langOf', () => {
  it('answers in English only for an English locale, Dutch otherwise', () => {
    expect(langOf({ locale: 'en-US' })).toBe('en');
    expect(langOf({ locale: 'EN-gb' })).toBe('en');
    expect(langOf({ locale: 'nl-NL' })).toBe('nl');
    expect(langOf({ locale: 'de-DE' })).toBe('nl');
    expect(langOf({})).toBe('nl');
    expect(langOf({ entities: [{ type: 'clientInfo', locale: 'en-US' }] })).toBe('en');
  });
});
