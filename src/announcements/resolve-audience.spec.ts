import type {
  AudienceDirectory,
  KnownPerson,
  PersonalChat,
  RosterMember,
  TeamChannel,
} from './audience-ports';
import { AudienceUnavailableError } from './errors';
import { resolveAudience, type AudienceSources } from './resolve-audience';

/** A directory as the tests describe it: chats, people with addresses, team channels and rosters. */
function sources(world: {
  chats?: PersonalChat[];
  people?: (KnownPerson & { email?: string })[];
  channels?: TeamChannel[];
  rosters?: Record<string, RosterMember[] | 'down'>;
  profiles?: Record<string, string[]>;
}): AudienceSources {
  const people = world.people ?? [];
  const directory: AudienceDirectory = {
    personalChats: async () => world.chats ?? [],
    teamChannels: async (ids) => (world.channels ?? []).filter((c) => ids.includes(c.teamId)),
    peopleByIds: async (ids) => people.filter((p) => ids.includes(p.aadObjectId)),
    peopleByAddresses: async (addresses) =>
      people
        .filter((p) => p.email && addresses.includes(p.email))
        .map((p) => ({ ...p, addresses: [p.email!] })),
  };
  return {
    directory,
    roster: {
      async members(team) {
        const roster = world.rosters?.[team.teamId];
        if (roster === 'down') throw new Error('connect ECONNREFUSED');
        return roster;
      },
    },
    teamProfiles: {
      teamsWithProfiles: async (profiles) => profiles.flatMap((p) => world.profiles?.[p] ?? []),
    },
  };
}

const chat = (aad: string, gone = false, locale?: string): PersonalChat => ({
  conversationId: `a:${aad}`,
  aadObjectId: aad,
  name: `Naam ${aad}`,
  locale,
  gone,
});

describe('resolveAudience', () => {
  it('everyone with the app: one message per person, gone chats left out and counted', async () => {
    const resolved = await resolveAudience(
      { kind: 'all' },
      sources({
        chats: [
          chat('p1', false, 'en-GB'),
          chat('p2', true),
          chat('p3'),
          { ...chat('p3'), conversationId: 'a:old' },
        ],
      }),
    );
    expect(resolved.members.map((m) => [m.key, m.lang])).toEqual([
      ['person:p1', 'en'],
      ['person:p3', 'nl'],
    ]);
    expect(resolved.members[0].recipient).toEqual({ kind: 'person', aadObjectId: 'p1' });
    expect(resolved).toMatchObject({ unknown: [], gone: 1 });
  });

  it('selected people and a CSV: unknown entries are listed, not dropped', async () => {
    const world = sources({
      people: [
        { aadObjectId: 'p1', chat: 'reachable', email: 'jan@example.org' },
        { aadObjectId: 'p2', chat: 'gone', email: 'piet@example.org' },
        { aadObjectId: 'p3', chat: 'none', email: 'kees@example.org' },
      ],
    });
    const users = await resolveAudience({ kind: 'users', userIds: ['p1', 'p2', 'p3', 'p9', 'p1'] }, world);
    expect(users.members.map((m) => m.key)).toEqual(['person:p1', 'person:p3']);
    expect(users).toMatchObject({ unknown: ['p9'], gone: 1 });

    const csv =
      'naam;e-mail\nJan;JAN@example.org\nPiet;piet@example.org\nOnbekend;nee@example.org\nKees zonder adres';
    const fromCsv = await resolveAudience({ kind: 'csv', csv }, world);
    expect(fromCsv.members.map((m) => m.key)).toEqual(['person:p1']);
    expect(fromCsv).toMatchObject({ unknown: ['nee@example.org', 'Kees zonder adres'], gone: 1 });
  });

  it('teams in channel mode: one post in each team’s channel', async () => {
    const channel = (teamId: string, gone = false): TeamChannel => ({
      teamId,
      conversationId: `${teamId};channel`,
      serviceUrl: 'https://smba.example/',
      gone,
    });
    const resolved = await resolveAudience(
      { kind: 'teams', teamIds: ['t1', 't2', 't3'], mode: 'channel' },
      sources({ channels: [channel('t1'), channel('t2', true)] }),
    );
    expect(resolved.members).toEqual([
      expect.objectContaining({
        key: 'conversation:t1;channel',
        kind: 'channel',
        recipient: { kind: 'conversation', conversationId: 't1;channel' },
      }),
    ]);
    expect(resolved).toMatchObject({ unknown: ['t3'], gone: 1 });
  });

  it('team members and profiles: 1:1 to each member from the roster, once per person', async () => {
    const team = (teamId: string): TeamChannel => ({
      teamId,
      conversationId: `${teamId};c`,
      serviceUrl: 'https://smba.example/emea/',
      tenantId: 'tenant-1',
      gone: false,
    });
    const member = (aad: string): RosterMember => ({
      aadObjectId: aad,
      userId: `29:${aad}`,
      name: `Lid ${aad}`,
    });
    const world = sources({
      channels: [team('t1'), team('t2'), team('t4')],
      rosters: { t1: [member('p1'), member('p2')], t2: [member('p2'), member('p3')] },
      people: [{ aadObjectId: 'p3', chat: 'gone' }],
      profiles: { vakmannen: ['t1'], woonconsulenten: ['t2'] },
    });
    const resolved = await resolveAudience(
      { kind: 'teams', teamIds: ['t1', 't2', 't4', 't5'], mode: 'members' },
      world,
    );
    expect(resolved.members.map((m) => m.key)).toEqual(['person:p1', 'person:p2']);
    // A member without a stored chat gets one, through the team's service URL.
    expect(resolved.members[0].recipient).toEqual({
      kind: 'person',
      aadObjectId: 'p1',
      userId: '29:p1',
      tenantId: 'tenant-1',
      serviceUrl: 'https://smba.example/emea/',
    });
    // t4: Teams no longer knows the team; t5: never installed.
    expect(resolved).toMatchObject({ unknown: ['t4', 't5'], gone: 1 });

    const byProfile = await resolveAudience({ kind: 'profiles', profiles: ['woonconsulenten'] }, world);
    expect(byProfile.members.map((m) => m.key)).toEqual(['person:p2']);
  });

  it('says the audience cannot be worked out now when a roster cannot be fetched', async () => {
    const world = sources({
      channels: [{ teamId: 't1', conversationId: 'c', serviceUrl: 'https://x/', gone: false }],
      rosters: { t1: 'down' },
    });
    await expect(resolveAudience({ kind: 'teams', teamIds: ['t1'], mode: 'members' }, world)).rejects.toThrow(
      AudienceUnavailableError,
    );
  });
});
