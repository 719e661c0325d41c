import { message } from '../support/activities';
import { ConnectorStandIn } from '../support/connector-stand-in';
import { OidcIssuer } from '../support/oidc-issuer';
import { startTestService, type TestService } from '../support/service';
import { EntraStandIn, USERS } from '../support/teams-host/entra-stand-in';

const BOT_ID = '3b6a1f0e-5f1c-4c8e-9f7a-2d4b6c8e0a12';

/** Both token validators, while the place their signing keys come from is down and after it returns. */
describe('when the signing keys of a token issuer cannot be fetched', () => {
  let botIssuer: OidcIssuer;
  let entra: EntraStandIn;
  let connector: ConnectorStandIn;
  let service: TestService;

  beforeAll(async () => {
    botIssuer = await new OidcIssuer('https://api.botframework.com').start();
    entra = await new EntraStandIn().start();
    connector = await new ConnectorStandIn().start();
    // Nothing has fetched these keys yet: both validators must ask the (failing) issuers.
    botIssuer.failing = true;
    entra.issuer.failing = true;
    service = await startTestService({
      BOT_ID,
      BOT_PASSWORD: 'not-used-in-this-test',
      BOT_OPENID_METADATA_URL: botIssuer.metadataUrl,
      ...entra.serviceEnv(),
    });
  });
  afterAll(async () => {
    await service?.stop();
    await connector?.stop();
    await entra?.stop();
    await botIssuer?.stop();
  });

  const botToken = () => botIssuer.sign({ aud: BOT_ID, serviceurl: connector.url });
  const postActivity = (token: string) =>
    service.post(
      { ...message('hulp', { serviceUrl: connector.url }), deliveryMode: 'expectReplies' },
      { authorization: `Bearer ${token}` },
    );
  const tabMe = (token: string) =>
    fetch(`${service.url}/api/tab/me`, { headers: { authorization: `Bearer ${token}` } });

  it('answers 503 with Retry-After, not 500 or 401, while the keys cannot be fetched', async () => {
    for (const response of [await postActivity(botToken()), await tabMe(entra.token(USERS.employee))]) {
      expect(response.status).toBe(503);
      expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
    }
  });

  it('still answers a token that is no token at all with 401', async () => {
    expect((await postActivity('not.a.token')).status).toBe(401);
    expect((await tabMe('not.a.token')).status).toBe(401);
  });

  it('answers 503 too when the issuer cannot be reached at all', async () => {
    const gone = await new OidcIssuer('https://api.botframework.com').start();
    await gone.stop();
    const other = await startTestService({
      BOT_ID,
      BOT_PASSWORD: 'not-used-in-this-test',
      BOT_OPENID_METADATA_URL: gone.metadataUrl,
      ...entra.serviceEnv(),
      AUTH_JWKS_URI: `${gone.url}/keys`,
    });
    try {
      const bot = await other.post(message('hulp', { serviceUrl: connector.url }), {
        authorization: `Bearer ${botToken()}`,
      });
      const tab = await fetch(`${other.url}/api/tab/me`, {
        headers: { authorization: `Bearer ${entra.token(USERS.employee)}` },
      });
      expect([bot.status, tab.status]).toEqual([503, 503]);
      expect(bot.headers.get('retry-after')).toBeTruthy();
      expect(tab.headers.get('retry-after')).toBeTruthy();
    } finally {
      await other.stop();
    }
  });

  it('serves again as soon as the keys can be fetched, without a restart', async () => {
    botIssuer.failing = false;
    entra.issuer.failing = false;
    expect((await postActivity(botToken())).status).toBe(200);
    expect((await tabMe(entra.token(USERS.employee))).status).toBe(200);
  });
});
