import type { AnnouncementMessages } from '../../announcements';
import { cardAttachment } from '../cards/expand-card';
import { announcementCard, announcementProgressCard } from './announcement-card';

/**
 * The {@link AnnouncementMessages} of the bot: each message is one Adaptive Card from `cards/`.
 * @remarks `summary` is what Teams shows in the notification and the activity feed for a card message.
 */
export function createAnnouncementMessages(): AnnouncementMessages {
  return {
    message: (view, state) => ({
      type: 'message',
      summary: view.title,
      attachments: [cardAttachment(announcementCard(view, state))],
    }),
    progress: (view, lang) => ({
      type: 'message',
      summary: view.title,
      attachments: [cardAttachment(announcementProgressCard(view, lang))],
    }),
  };
}
