import { noticeFailedHandover } from '../../see-something';
import { langFromLocale } from '../../guidance';
import type { BotDependencies } from '../bot-dependencies';
import { cardAttachment } from '../cards/expand-card';
import { handoverFailedCard } from './cards';

/**
 * What delivery calls when it gives up on a message: for a handover note, the sender hears so in their own chat.
 * @remarks Without this, a note to an aandachtsfunctionaris who blocked or never installed Voordeur would be lost
 * silently, while its sender believes it arrived.
 */
export function handoverFailedNotice(deps: Pick<BotDependencies, 'seeSomethingFlows' | 'people' | 'outbox'>) {
  return async (item: { purpose: string }): Promise<void> => {
    await noticeFailedHandover({
      purpose: item.purpose,
      flows: deps.seeSomethingFlows,
      outbox: deps.outbox,
      notice: async (ownerId) => {
        const lang = langFromLocale((await deps.people.get(ownerId))?.locale);
        return { type: 'message', attachments: [cardAttachment(handoverFailedCard(lang))] };
      },
    });
  };
}
