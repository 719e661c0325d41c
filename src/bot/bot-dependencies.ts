import type { InstallationRepository } from '../directory/installations';
import type { AnswerStatsRepository } from '../guidance/answer-stats';
import type { Guidance } from '../guidance/create-guidance';
import type { PersonRepository } from '../directory/people';
import type { Logger } from '../logging';
import type { StateRepository } from '../storage/state-store';
import type { ModelAnswerer } from './ai/model-answerer';

/** What the bot needs from the rest of Voordeur. */
export interface BotDependencies {
  installations: InstallationRepository;
  people: PersonRepository;
  state: StateRepository;
  logger: Logger;
  guidance: Guidance;
  answerStats: AnswerStatsRepository;
  now: () => Date;
  /** The optional language model that words answers from the retrieved topics; absent by default. */
  modelAnswerer?: ModelAnswerer;
}
