import type { Activity, InvokeResponse, TurnContext } from 'botbuilder';
import {
  CallerIdConstants,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
} from 'botbuilder';
import {
  AuthenticationConstants,
  BotFrameworkAuthentication,
  ConnectorFactory,
  type AuthenticateRequestResult,
  type ClaimsIdentity,
  type ConnectorClient,
  type UserTokenClient,
} from 'botframework-connector';
import type { Config } from '../config';
import { classifyAuthFailure } from './bot-auth-errors';
import { botAuthConfiguration } from './bot-token-rules';
import { dropBotbuilderTokenNoise } from './quiet-console';

/** botbuilder's CloudAdapter, with its request-level entry point made public. */
export class BotAdapter extends CloudAdapter {
  /**
   * Authenticates the request's token, then runs `logic` for the activity.
   * @remarks Throws before `logic` runs: `BotRequestRefused` for a missing or bad token,
   * `KeySourceUnavailable` when the issuer's keys cannot be fetched. Errors inside `logic` go to
   * `onTurnError`.
   */
  authenticateAndRun(
    authorization: string,
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined> {
    return this.processActivity(authorization, activity, logic);
  }
}

/**
 * The Bot Framework adapter: checks the token of every incoming request (unless in local mode) and sends
 * replies through the Bot Connector.
 * @remarks With an empty app id botbuilder accepts any request and sends replies without a token: that is
 * local mode, which the server only offers on loopback.
 */
export function createAdapter(bot: Config['bot']): BotAdapter {
  dropBotbuilderTokenNoise();
  const credentials = new ConfigurationServiceClientCredentialFactory({
    MicrosoftAppId: bot.appId ?? '',
    MicrosoftAppPassword: bot.password ?? '',
    MicrosoftAppType: bot.type,
    MicrosoftAppTenantId: bot.tenantId ?? '',
  });
  const auth = new ConfigurationBotFrameworkAuthentication(
    {
      MicrosoftAppId: bot.appId ?? '',
      MicrosoftAppTenantId: bot.tenantId,
      ...(bot.openIdMetadataUrl ? publicCloudWithMetadata(bot.openIdMetadataUrl) : {}),
    },
    credentials,
    botAuthConfiguration(),
  );
  return new BotAdapter(new ReusedClientsAuthentication(auth));
}

/** More clients than one bot has (one per app id, service URL and audience); then the cache starts over. */
const MAX_CLIENTS = 100;

/**
 * botbuilder's authentication, with the Bot Connector and user token clients it creates kept for reuse.
 * @remarks CloudAdapter asks for a new ConnectorClient and UserTokenClient, each with its own HTTP pipeline, for
 * every incoming activity: about 0.2 ms of a turn's 1 ms of CPU in the turn bench. A client holds nothing of a
 * turn (botbuilder keeps tokens in its own cache and checks them before each request), so one client per app id,
 * service URL and audience serves every turn.
 */
class ReusedClientsAuthentication extends BotFrameworkAuthentication {
  private readonly connectors = new Map<string, ConnectorClient>();
  private readonly userTokens = new Map<string, UserTokenClient>();

  constructor(private readonly inner: BotFrameworkAuthentication) {
    super();
  }

  async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    return this.reusing(await judged(authHeader, () => this.inner.authenticateRequest(activity, authHeader)));
  }

  async authenticateStreamingRequest(
    authHeader: string,
    channelIdHeader: string,
  ): Promise<AuthenticateRequestResult> {
    return this.reusing(
      await judged(authHeader, () => this.inner.authenticateStreamingRequest(authHeader, channelIdHeader)),
    );
  }

  createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return this.reusingFactory(this.inner.createConnectorFactory(claimsIdentity), claimsIdentity);
  }

  createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    return kept(this.userTokens, appIdOf(claimsIdentity), () =>
      this.inner.createUserTokenClient(claimsIdentity),
    );
  }

  override createBotFrameworkClient() {
    return this.inner.createBotFrameworkClient();
  }

  override getOriginatingAudience(): string {
    return this.inner.getOriginatingAudience();
  }

  override authenticateChannelRequest(authHeader: string): Promise<ClaimsIdentity> {
    return judged(authHeader, () => this.inner.authenticateChannelRequest(authHeader));
  }

  private reusing(result: AuthenticateRequestResult): AuthenticateRequestResult {
    const { connectorFactory, claimsIdentity } = result;
    return connectorFactory
      ? { ...result, connectorFactory: this.reusingFactory(connectorFactory, claimsIdentity) }
      : result;
  }

  private reusingFactory(factory: ConnectorFactory, claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return new ReusingConnectorFactory(factory, this.connectors, appIdOf(claimsIdentity));
  }
}

/** Runs one of botbuilder's authentications; whatever it throws becomes a refusal or "keys unavailable". */
async function judged<T>(authHeader: string, authenticate: () => Promise<T>): Promise<T> {
  try {
    return await authenticate();
  } catch (error) {
    throw classifyAuthFailure(error, authHeader);
  }
}

/** A connector factory that hands out the client it made before for the same service URL and audience. */
class ReusingConnectorFactory extends ConnectorFactory {
  constructor(
    private readonly inner: ConnectorFactory,
    private readonly clients: Map<string, ConnectorClient>,
    private readonly appId: string,
  ) {
    super();
  }

  create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
    const key = `${this.appId} ${serviceUrl} ${audience ?? ''}`;
    return kept(this.clients, key, () => this.inner.create(serviceUrl, audience));
  }
}

/** The app id botbuilder builds a turn's clients for: the token's audience, else its app id claim. */
function appIdOf(claimsIdentity: ClaimsIdentity): string {
  return (
    claimsIdentity.getClaimValue(AuthenticationConstants.AudienceClaim) ??
    claimsIdentity.getClaimValue(AuthenticationConstants.AppIdClaim) ??
    ''
  );
}

/** The client kept under `key`, or a new one (kept only when it could be created). */
async function kept<T>(clients: Map<string, T>, key: string, create: () => Promise<T>): Promise<T> {
  const existing = clients.get(key);
  if (existing) return existing;
  const client = await create();
  if (clients.size >= MAX_CLIENTS) clients.clear();
  clients.set(key, client);
  return client;
}

/**
 * The public cloud's settings with another OpenID metadata document (a sovereign cloud's, or a test issuer's).
 * @remarks botbuilder switches to fully "parameterized" authentication as soon as one of these is given, and
 * then leaves every unset one empty (no issuer, no login URL): so all of them must be set together.
 */
function publicCloudWithMetadata(openIdMetadataUrl: string) {
  return {
    ValidateAuthority: true,
    ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
    ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
    ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
    OAuthUrl: AuthenticationConstants.OAuthUrl,
    ToBotFromChannelOpenIdMetadataUrl: openIdMetadataUrl,
    ToBotFromEmulatorOpenIdMetadataUrl: AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
    CallerId: CallerIdConstants.PublicAzureChannel,
  };
}
