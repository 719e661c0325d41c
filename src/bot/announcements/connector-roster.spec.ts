import { ConnectorStandIn } from '../../../test/support/connector-stand-in';
import { createConnectorRoster } from './connector-roster';

describe('createConnectorRoster', () => {
  let standIn: ConnectorStandIn;
  beforeAll(async () => {
    standIn = await new ConnectorStandIn().start();
  });
  afterAll(() => standIn.stop());

  const team = (teamId: string) => ({ teamId, conversationId: teamId, serviceUrl: standIn.url, gone: false });

  it('reads every page of a team’s members, with a token', async () => {
    const ids = Array.from({ length: 1203 }, (_, i) => `29:user-${i}`);
    standIn.rosters.set('19:team-1@thread.tacv2', new Set(ids));
    const roster = createConnectorRoster({ timeoutMs: 5000, token: async () => 'token-3' });
    const members = await roster.members(team('19:team-1@thread.tacv2'));
    expect(members).toHaveLength(1203);
    expect(members?.[1202]).toEqual({
      aadObjectId: 'aad-29:user-1202',
      userId: '29:user-1202',
      name: 'Lid 29:user-1202',
      email: '29:user-1202@example.org',
      userPrincipalName: '29:user-1202@example.org',
    });
    expect(new Set(members?.map((m) => m.userId)).size).toBe(1203);
    expect(standIn.lastAuthorization).toBe('Bearer token-3');
  });

  it('knows no members of a team Teams does not know, and throws when Teams cannot be reached', async () => {
    const roster = createConnectorRoster({ timeoutMs: 5000 });
    expect(await roster.members(team('19:unknown@thread.tacv2'))).toBeUndefined();
    const unreachable = { ...team('19:team-1@thread.tacv2'), serviceUrl: 'http://127.0.0.1:9/' };
    await expect(roster.members(unreachable)).rejects.toThrow();
  });
});
