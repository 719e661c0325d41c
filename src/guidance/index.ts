// The guidance capability: knowledge, search, danger detection, the privacy guard and the model-answer safety
// rules, without any SDK. Code outside src/guidance imports only this file (ESLint enforces it).
export { FEEDBACK_REASONS, MAX_EDITOR_QUESTION, dayOf } from './answer-stats';
export type { AnswerStatsRepository, FeedbackReason } from './answer-stats';
export {
  QUESTION_FILTERS,
  QuestionChangeError,
  daysEndingOn,
  nextQuestionState,
  unansweredTable,
} from './editorial';
export type {
  EditorQuestion,
  EditorialRepository,
  QuestionChange,
  QuestionCounts,
  QuestionFilter,
  TopicVerdicts,
} from './editorial';
export { findContentErrors, unlistedPhoneNumbers } from './content-rules';
export { DEFAULT_ENGINE, DEFAULT_THRESHOLD, createGuidance } from './create-guidance';
export type { Guidance, GuidanceOptions } from './create-guidance';
export { DANGER_KINDS, detectDanger } from './danger';
export type { DangerKind } from './danger';
export { detectLanguage } from './detect-language';
export type {
  DangerAnswer,
  FallbackAnswer,
  GuidanceAnswer,
  PrivacyAnswer,
  TopicAnswer,
} from './guidance-answer';
export { LANGS, langFromLocale } from './lang';
export type { Lang } from './lang';
export { KNOWLEDGE_DIR, KnowledgeError, loadKnowledge } from './load-knowledge';
export type { LoadKnowledgeOptions } from './load-knowledge';
export { citesNeverReworded, readCompletion, topicsForModel } from './model-answer';
export type { ComposedAnswer, ModelAnswerer } from './model-answer';
export { MAX_SEARCH_CHARS, stripMentions } from './normalize-text';
export { SERVICE_NUMBERS, telUrl } from './phone-numbers';
export type { ServiceNumber } from './phone-numbers';
export { createPrivacyGuard, isBsn, isIban } from './privacy';
export type { PersonalDataKind, PrivacyGuard } from './privacy';
export { DANGER_TOPIC, HOME_TOPICS, TOPIC_ID, shownLines } from './topic';
export type { HomeTopic, Topic } from './topic';
export { createEntrySearch } from './search';
export type { EntrySearch } from './search';
