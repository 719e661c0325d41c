import { z } from 'zod';

/** The verb of the buttons that open one of the built-in topics. Shared by cards and routes. */
export const SHOW_TOPIC = 'topic.show';

/** The built-in topics that the welcome and help cards link to. */
export const TOPICS = ['danger', 'steps', 'contacts'] as const;
export type TopicId = (typeof TOPICS)[number];

/** The data of a {@link SHOW_TOPIC} button, as a card submit delivers it. */
export const showTopicData = z.object({ verb: z.literal(SHOW_TOPIC), topic: z.enum(TOPICS) });
