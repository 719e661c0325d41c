import type { InstallationRepository } from '../directory/installations';
import type { AnswerStatsRepository, Guidance, ModelAnswerer } from '../guidance';
import type { PersonRepository } from '../directory/people';
import type { Logger } from '../logging';
import type { StateRepository } from '../storage/state-store';
import type { ChecklistRepository, OrganisationSettingsRepository } from '../checklists/repositories';
import type { SeeSomethingFlowRepository, HandoverOutbox } from '../see-something';
import type { Announcements } from '../announcements';
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
  /** The service's time zone, for the date and time on a note. */
  timeZone: string;
  /** The "ik zie iets" flow: started flows, where a note goes, and the outbox that takes it there. */
  seeSomethingFlows: SeeSomethingFlowRepository;
  checklists: ChecklistRepository;
  orgSettings: OrganisationSettingsRepository;
  outbox: HandoverOutbox;
  /** Announcements: the "Gelezen en begrepen" button. */
  announcements: Pick<Announcements, 'acknowledge'>;
}
