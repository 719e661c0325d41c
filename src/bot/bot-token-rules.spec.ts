import { AuthenticationConstants, AuthenticationError } from 'botframework-connector';
import { checkBotClaims, TokenWithoutExpiryError } from './bot-token-rules';

const claims = (values: Record<string, unknown>) =>
  Object.entries(values).map(([type, value]) => ({ type, value }) as { type: string; value: string });

const channelToken = { iss: 'https://api.botframework.com', aud: 'bot-app-id', serviceurl: 'https://x/' };

describe('checkBotClaims', () => {
  it('accepts a channel token with an expiry', async () => {
    await expect(checkBotClaims(claims({ ...channelToken, exp: 2_000_000_000 }))).resolves.toBeUndefined();
  });

  it('refuses a token without a numeric expiry', async () => {
    for (const exp of [undefined, '2000000000', null, Number.NaN]) {
      const values = exp === undefined ? channelToken : { ...channelToken, exp };
      await expect(checkBotClaims(claims(values))).rejects.toBeInstanceOf(TokenWithoutExpiryError);
    }
  });

  it('still refuses a skill token (another bot), as botbuilder does without this hook', async () => {
    const skill = {
      [AuthenticationConstants.VersionClaim]: '1.0',
      [AuthenticationConstants.AudienceClaim]: '11111111-0000-4000-8000-000000000001',
      [AuthenticationConstants.AppIdClaim]: '22222222-0000-4000-8000-000000000002',
      exp: 2_000_000_000,
    };
    await expect(checkBotClaims(claims(skill))).rejects.toBeInstanceOf(AuthenticationError);
  });
});
