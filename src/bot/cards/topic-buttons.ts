import { type Topic, HOME_TOPICS } from '../../guidance';
import type { Lang } from '../locale';
import { TEXTS } from './texts';
import { SHOW_TOPIC } from './verbs';
/** A submit button's template data. */
export interface TopicButton {
  title: string;
  verb: typeof SHOW_TOPIC;
  topic: string;
}

/** Buttons to the topics of the welcome and help cards (danger, steps, contacts), except one. */
export function homeButtons(lang: Lang, except?: string): TopicButton[] {
  return HOME_TOPICS.filter((t) => t !== except).map((topic) => ({
    title: TEXTS[lang].topicButtons[topic],
    verb: SHOW_TOPIC,
    topic,
  }));
}

/** Buttons to knowledge topics, titled in the reader's language: the topic's short button title, else its title. */
export function topicButtons(lang: Lang, topics: readonly Topic[]): TopicButton[] {
  return topics.map((t) => ({ title: (t.button ?? t.title)[lang], verb: SHOW_TOPIC, topic: t.id }));
}
