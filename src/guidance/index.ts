// The guidance capability: knowledge, search, danger detection and the privacy guard, without any SDK.
export { createGuidance, DEFAULT_ENGINE, DEFAULT_THRESHOLD, ENGINES } from './create-guidance';
export type { Guidance, GuidanceOptions } from './create-guidance';
export type {
  DangerAnswer,
  FallbackAnswer,
  GuidanceAnswer,
  PrivacyAnswer,
  TopicAnswer,
} from './guidance-answer';
export { detectDanger } from './danger-detector';
export type { DangerKind } from './danger-lexicon';
export { createPrivacyGuard, isBsn, isIban } from './privacy-guard';
export type { PersonalDataKind, PrivacyGuard } from './privacy-guard';
export { detectLanguage } from './detect-language';
export { langFromLocale, LANGS } from './lang';
export type { Lang } from './lang';
export { KNOWLEDGE_DIR, KnowledgeError, loadKnowledge } from './load-knowledge';
export type { LoadKnowledgeOptions } from './load-knowledge';
export { SERVICE_NUMBERS, telUrl } from './phone-numbers';
export type { ServiceNumber } from './phone-numbers';
export { stripMentions } from './normalize-text';
export type { Topic } from './topic';
