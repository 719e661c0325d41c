import type { Lang } from '../locale';
import { TEXTS } from './texts';
import { SHOW_TOPIC, TOPICS, type TopicId } from './verbs';

/** Submit buttons that open the built-in topics, except the one on show. */
export function topicButtons(lang: Lang, except?: TopicId) {
  return TOPICS.filter((t) => t !== except).map((topic) => ({
    title: TEXTS[lang].topicButtons[topic],
    verb: SHOW_TOPIC,
    topic,
  }));
}
