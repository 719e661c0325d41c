import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
} from 'botbuilder';
import type { Config } from '../config';

/**
 * The Bot Framework adapter: checks the token of every incoming request (unless in local mode) and sends
 * replies through the Bot Connector.
 * @remarks With an empty app id botbuilder accepts any request and sends replies without a token: that is
 * local mode, which the server only offers on loopback.
 */
export function createAdapter(bot: Config['bot']): CloudAdapter {
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
      ...(bot.openIdMetadataUrl ? { ToBotFromChannelOpenIdMetadataUrl: bot.openIdMetadataUrl } : {}),
    },
    credentials,
  );
  return new CloudAdapter(auth);
}
