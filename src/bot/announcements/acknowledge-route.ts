import type { AdaptiveCard, Application, TurnState } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import { AnnouncementNotFoundError, AnnouncementStateError, type Announcements } from '../../announcements';
import { type AdaptiveCardJson, cardAttachment } from '../cards/expand-card';
import { langOf } from '../locale';
import { setRoute } from '../route-name';
import { EXPIRED } from '../routes/expired-card';
import { announcementCard } from './announcement-card';
import { ANNOUNCEMENT_TEXTS } from './texts';
import { acknowledgeData, ANNOUNCEMENT_VERBS } from './verbs';

/** What the acknowledge route needs: the one use case. */
export interface AcknowledgeDeps {
  announcements: Pick<Announcements, 'acknowledge'>;
}

type Outcome = { card: AdaptiveCardJson } | { text: string };

/** Records the press and builds the card as this person now sees it; a plain text when it cannot count. */
async function acknowledge(context: TurnContext, data: unknown, deps: AcknowledgeDeps): Promise<Outcome> {
  const lang = langOf(context.activity);
  const parsed = acknowledgeData.safeParse(data);
  const from = context.activity.from;
  if (!parsed.success || !from?.aadObjectId) {
    setRoute(context, 'announcement-acknowledge-invalid');
    return { text: EXPIRED[lang] };
  }
  try {
    const person = { aadObjectId: from.aadObjectId, name: from.name || undefined };
    const { view, acknowledgedAt, first } = await deps.announcements.acknowledge(
      parsed.data.announcement,
      person,
    );
    setRoute(context, first ? 'announcement-acknowledge' : 'announcement-acknowledge-again');
    return { card: announcementCard(view, { lang, acknowledgedAt }) };
  } catch (error) {
    if (error instanceof AnnouncementNotFoundError) {
      setRoute(context, 'announcement-acknowledge-gone');
      return { text: ANNOUNCEMENT_TEXTS[lang].gone };
    }
    if (error instanceof AnnouncementStateError) {
      setRoute(context, 'announcement-acknowledge-invalid');
      return { text: EXPIRED[lang] };
    }
    throw error;
  }
}

/**
 * "Gelezen en begrepen" under an announcement: records who pressed it and when (nothing typed), and shows that
 * person the card with the day and time instead of the button.
 * @remarks `Action.Execute` answers with the new card, which Teams shows in place for the person who pressed it
 * (in a channel, the others keep their own button). The `Action.Submit` fallback replaces the card the press came
 * from (`replyToId`) in a personal chat, or sends it anew when there is none; in a channel or group chat, where the
 * card is everyone's, it leaves the card alone and answers with a short line. Register before the catch-all
 * `Action.Execute` route.
 */
export function registerAcknowledgeRoutes(app: Application<TurnState>, deps: AcknowledgeDeps): void {
  app.adaptiveCards.actionExecute(
    ANNOUNCEMENT_VERBS.acknowledge,
    async (context: TurnContext, _state, data) => {
      const outcome = await acknowledge(context, data, deps);
      return 'card' in outcome ? (outcome.card as unknown as AdaptiveCard) : outcome.text;
    },
  );

  app.adaptiveCards.actionSubmit(
    ANNOUNCEMENT_VERBS.acknowledge,
    async (context: TurnContext, _state, data) => {
      const outcome = await acknowledge(context, data, deps);
      if (!('card' in outcome)) return void (await context.sendActivity(outcome.text));
      const { replyToId, conversation } = context.activity;
      // A post in a channel or group chat is one card for everyone: it keeps its button; only the presser is told.
      if (conversation?.conversationType && conversation.conversationType !== 'personal') {
        return void (await context.sendActivity(
          ANNOUNCEMENT_TEXTS[langOf(context.activity)].acknowledgedReply,
        ));
      }
      const attachments = [cardAttachment(outcome.card)];
      if (replyToId) await context.updateActivity({ type: 'message', id: replyToId, attachments });
      else await context.sendActivity({ attachments });
    },
  );
}
