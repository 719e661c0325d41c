import type { TurnContext } from 'botbuilder';
import { langOf } from '../locale';
import { setRoute } from '../route-name';

/** The words for a card that no longer works, in both languages. */
export const EXPIRED = {
  nl: 'Deze kaart is verlopen of werkt niet meer. Typ "hulp" om opnieuw te beginnen.',
  en: 'This card has expired or no longer works. Type "help" to start again.',
};

/** The answer to a stale, forged or broken card submit: a plain explanation, never a crash. */
export async function replyCardExpired(context: TurnContext, route: string): Promise<void> {
  setRoute(context, route);
  await context.sendActivity(EXPIRED[langOf(context.activity)]);
}
