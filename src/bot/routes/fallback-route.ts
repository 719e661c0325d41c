import type { Application, TurnState } from '@microsoft/teams-ai';
import { ActivityTypes } from 'botbuilder';
import { cardAttachment } from '../cards/expand-card';
import { fallbackCard } from '../cards/fallback-card';
import { langOf } from '../locale';
import { setRoute } from '../route-name';
import { replyCardExpired } from './expired-card';

/**
 * Every message that no other route took.
 * @remarks Must be registered last: teams-ai runs the first route whose selector matches, so a catch-all
 * registered earlier would swallow the help command and card submits.
 */
export function registerFallbackRoute(app: Application<TurnState>): void {
  app.activity(ActivityTypes.Message, async (context) => {
    // A card submit carries `value`; one that reached here names no verb we know.
    if (context.activity.value !== undefined && !context.activity.text?.trim()) {
      return replyCardExpired(context, 'card-unknown');
    }
    setRoute(context, 'fallback');
    await context.sendActivity({ attachments: [cardAttachment(fallbackCard(langOf(context.activity)))] });
  });
}
