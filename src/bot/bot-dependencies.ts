import type { InstallationRepository } from '../directory/installations';
import type { AnswerStatsRepository, Guidance, ModelAnswerer } from '../guidance';
import type { PersonRepository } from '../directory/people';
import type { Logger } from '../logging';
import type { ChecklistRepository, OrganisationSettingsRepository } from '../checklists/repositories';
import type { SeeSomethingFlowRepository, HandoverOutbox } from '../see-something';
import type { TeamRoleRepository } from '../checklists/repositories';
import type { ReadRoster } from '../directory/roster-sync';
import type { TeamMemberRepository } from '../directory/team-members';
import type {
  CourseRepository,
  LearnerLookup,
  LearnerSource,
  ReminderRepository,
  TrainingRecordRepository,
} from '../training';
import type { Announcements } from '../announcements';
/** What the bot needs from the rest of Voordeur. */
export interface BotDependencies {
  installations: InstallationRepository;
  people: PersonRepository;
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
  /** Training: the catalogue and records, what the reminders remember, and the people they are for. */
  training: CourseRepository & TrainingRecordRepository;
  trainingReminders: ReminderRepository;
  trainingLearners: LearnerSource & LearnerLookup;
  /** Who manages which team: they decide their members' claims. */
  teamRoles: Pick<TeamRoleRepository, 'has'>;
  /** Who is in which team, from the Teams roster. */
  teamMembers: TeamMemberRepository;
  /** Reads a team's roster from Teams (when the app is added to a team, or members come and go). */
  readRoster: ReadRoster;
  /** Whether an Entra object id is one of the admins (`ADMIN_IDS`). */
  isAdmin: (aadObjectId: string) => boolean;
  /** Announcements: the "Gelezen en begrepen" button. */
  announcements: Pick<Announcements, 'acknowledge'>;
}
