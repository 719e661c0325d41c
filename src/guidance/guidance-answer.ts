import type { SearchEvidence } from './search';
import type { DangerKind } from './danger';
import type { Lang } from './lang';
import type { PersonalDataKind } from './privacy';
import type { Topic } from './topic';

interface AnswerBase {
  /** The language to answer in: the message's own language, else the locale's. */
  lang: Lang;
  /** How sure the search is of its best topic, from 0 to 1 (1 for danger): the confidence model's estimate. */
  score: number;
  /** What the search saw, for the confidence model and the QA bench: counts and scores only. Absent for danger. */
  evidence?: SearchEvidence;
  /** Other topics that may help, best first; never `topic` itself. For the fallback: suggestions. */
  related: Topic[];
  /** Kinds of personal data found in the message (never the data itself). */
  personalData: PersonalDataKind[];
  /**
   * The message speaks of danger (violence, a weapon, fire, self-harm, a child alone…) without the signs of now:
   * the reply leads with "Is iemand nu in gevaar? Bel 112." Always false for the danger topic, which leads with 112.
   */
  possibleDanger: boolean;
  /**
   * The message asks what to do ("wat moet ik doen", "what should I do"): the answer puts the topic's steps before
   * its signs and offers "ik zie iets".
   */
  actionsFirst: boolean;
}

/** Immediate danger: lead with "Bel 112" (`topic` is the `direct-gevaar` topic), then what to do next. */
export interface DangerAnswer extends AnswerBase {
  kind: 'danger';
  danger: DangerKind[];
  topic: Topic;
}

/** Personal data in the message: ask the person not to put it in the chat; `topic` answers the rest, if any. */
export interface PrivacyAnswer extends AnswerBase {
  kind: 'privacy';
  topic?: Topic;
}

/** A topic that answers the question. */
export interface TopicAnswer extends AnswerBase {
  kind: 'answer';
  topic: Topic;
}

/**
 * No topic is a confident answer: `empty` when the message had no words to search for. `related` may hold a few
 * near topics to offer as suggestions.
 */
export interface FallbackAnswer extends AnswerBase {
  kind: 'fallback';
  reason: 'empty' | 'no-match';
  topic?: undefined;
}

/**
 * What Voordeur should answer, in order of precedence: danger, then privacy, then a topic, then the fallback.
 * @remarks Holds no text of the question: only kinds, scores and topics from the knowledge base.
 */
export type GuidanceAnswer = DangerAnswer | PrivacyAnswer | TopicAnswer | FallbackAnswer;
