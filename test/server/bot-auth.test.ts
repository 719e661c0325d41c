import { cardTexts, message } from '../support/activities';
import { ConnectorStandIn } from '../support/connector-stand-in';
import { OidcIssuer } from '../support/oidc-issuer';
import { startTestService, type TestService } from '../support/service';

const BOT_ID = '3b6a1f0e-5f1c-4c8e-9f7a-2d4b6c8e0a11';

describe('POST /api/messages with BOT_ID set', () => {
  let issuer: OidcIssuer;
  let connector: ConnectorStandIn;
  let service: TestService;

  beforeAll(async () => {
    issuer = await new OidcIssuer('https://api.botframework.com').start();
    connector = await new ConnectorStandIn().start();
    service = await startTestService({
      BOT_ID,
      BOT_PASSWORD: 'not-used-in-this-test',
      BOT_OPENID_METADATA_URL: issuer.metadataUrl,
    });
  });
  afterAll(async () => {
    await service?.stop();
    await connector?.stop();
    await issuer?.stop();
  });

  const activity = () => message('hulp', { serviceUrl: connector.url });
  const claims = () => ({ aud: BOT_ID, serviceurl: connector.url });

  async function expectRefused(headers: Record<string, string>) {
    const turnsBefore = service.logLines.filter((l) => l.includes('"event":"turn"')).length;
    const response = await service.post(activity(), headers);
    expect(response.status).toBe(401);
    // No handler ran: nothing was sent and no route was logged.
    expect(connector.received).toHaveLength(0);
    const turns = service.logLines.filter((l) => l.includes('"event":"turn"')).slice(turnsBefore);
    expect(turns.every((l) => l.includes('"route":"none"'))).toBe(true);
  }

  it('refuses a request without a token', async () => {
    await expectRefused({});
  });

  it('refuses a forged token, an expired one, one for another bot and one from another issuer', async () => {
    await expectRefused({ authorization: `Bearer ${issuer.forge(claims())}` });
    await expectRefused({ authorization: `Bearer ${issuer.sign(claims(), -3600)}` });
    await expectRefused({ authorization: `Bearer ${issuer.sign({ ...claims(), aud: 'another-bot' })}` });
    await expectRefused({
      authorization: `Bearer ${issuer.sign({ ...claims(), iss: 'https://evil.example' })}`,
    });
    await expectRefused({ authorization: 'Bearer not.a.token' });
  });

  it('refuses a token without an expiry, which would be valid forever', async () => {
    // botbuilder's JWT library checks `exp` only when a token has one; JSON leaves an undefined claim out.
    await expectRefused({ authorization: `Bearer ${issuer.sign({ ...claims(), exp: undefined })}` });
  });

  it('serves a request with a valid Bot Framework token', async () => {
    const response = await service.post(
      { ...activity(), deliveryMode: 'expectReplies' },
      { authorization: `Bearer ${issuer.sign(claims())}` },
    );
    expect(response.status).toBe(200);
    const body = (await response.json()) as { activities: Record<string, unknown>[] };
    expect(body.activities.flatMap(cardTexts)).toContain('Wat kan Voordeur voor je doen?');
  });
});
