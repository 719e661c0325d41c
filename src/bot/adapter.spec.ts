import type { Activity } from 'botbuilder';
import type { ConnectorClient, UserTokenClient } from 'botframework-connector';
import { createAdapter } from './adapter';

const message = (serviceUrl: string, n: number): Activity =>
  ({
    type: 'message',
    id: `m${n}`,
    serviceUrl,
    channelId: 'msteams',
    conversation: { id: 'a:1' },
    from: { id: '29:user' },
    recipient: { id: '28:bot' },
    text: 'help',
  }) as Activity;

describe('createAdapter', () => {
  it('reuses the Bot Connector and user token clients of a service URL across turns', async () => {
    const adapter = createAdapter({ type: 'MultiTenant' });
    const seen: { connector: ConnectorClient; userToken: UserTokenClient }[] = [];
    const urls = ['https://smba.example/emea/', 'https://smba.example/emea/', 'https://smba.example/amer/'];
    for (const [n, serviceUrl] of urls.entries()) {
      await adapter.authenticateAndRun('', message(serviceUrl, n), async (context) => {
        seen.push({
          connector: context.turnState.get<ConnectorClient>(adapter.ConnectorClientKey),
          userToken: context.turnState.get<UserTokenClient>(adapter.UserTokenClientKey),
        });
      });
    }
    const [first, second, other] = seen;
    expect(second?.connector).toBe(first?.connector);
    expect(other?.connector).not.toBe(first?.connector);
    expect(second?.userToken).toBe(first?.userToken);
  });
});
