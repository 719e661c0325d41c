import type { Activity, InvokeResponse, TurnContext } from 'botbuilder';
import {
  CallerIdConstants,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
} from 'botbuilder';
import { AuthenticationConstants } from 'botframework-connector';
import type { Config } from '../config';

/** botbuilder's CloudAdapter, with its request-level entry point made public. */
export class BotAdapter extends CloudAdapter {
  /**
   * Authenticates the request's token, then runs `logic` for the activity.
   * @remarks Throws on a missing or bad token before `logic` runs; errors inside `logic` go to `onTurnError`.
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
  );
  return new BotAdapter(auth);
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
