import { applyChange, type ChecklistChange } from './changes';
import { emptyContent } from './profiles';
import type { ChecklistRepository, OrganisationSettingsRepository } from './repositories';
import { VersionConflictError } from './repositories';
import type { ChecklistVersion, Contact, Profile, TeamChecklistContent } from './types';

/** A team's checklist now: version 0 means no manager changed it yet. */
export interface CurrentChecklist {
  teamId: string;
  version: number;
  content: TeamChecklistContent;
  updatedAt?: Date;
  updatedBy?: string;
}

export interface Actor {
  id: string;
  name?: string;
}

/** The newest version of a team's checklist, or the defaults of `fallbackProfile` when there is none. */
export async function currentChecklist(props: {
  checklists: ChecklistRepository;
  teamId: string;
  fallbackProfile: Profile;
}): Promise<CurrentChecklist> {
  const latest = await props.checklists.latest(props.teamId);
  if (!latest) return { teamId: props.teamId, version: 0, content: emptyContent(props.fallbackProfile) };
  return {
    teamId: props.teamId,
    version: latest.version,
    content: latest.content,
    updatedAt: latest.at,
    updatedBy: latest.actorName,
  };
}

function ensureExpected(current: CurrentChecklist, expectedVersion: number): void {
  if (current.version !== expectedVersion) throw new VersionConflictError(current.teamId, current.version);
}

/**
 * Applies a manager's change as a new version.
 * @remarks `expectedVersion` is the version the manager saw: a stale edit is refused instead of silently
 * overwriting a colleague's change.
 */
export async function changeTeamChecklist(props: {
  checklists: ChecklistRepository;
  teamId: string;
  fallbackProfile: Profile;
  expectedVersion: number;
  change: ChecklistChange;
  actor: Actor;
  now: Date;
  newId: () => string;
}): Promise<ChecklistVersion> {
  const current = await currentChecklist(props);
  ensureExpected(current, props.expectedVersion);
  const { content, summary } = applyChange(current.content, props.change, props.newId);
  return appendNext(props, current.version, summary, content);
}

/** Thrown when a rollback names a version that does not exist. */
export class UnknownVersionError extends Error {
  constructor(readonly version: number) {
    super(`no version ${version}`);
    this.name = 'UnknownVersionError';
  }
}

/** Makes an earlier version current again, as a new version: the history keeps everything. */
export async function rollbackTeamChecklist(props: {
  checklists: ChecklistRepository;
  teamId: string;
  fallbackProfile: Profile;
  expectedVersion: number;
  toVersion: number;
  actor: Actor;
  now: Date;
}): Promise<ChecklistVersion> {
  const current = await currentChecklist(props);
  ensureExpected(current, props.expectedVersion);
  const target = await props.checklists.get(props.teamId, props.toVersion);
  if (!target) throw new UnknownVersionError(props.toVersion);
  return appendNext(props, current.version, { kind: 'rollback', toVersion: props.toVersion }, target.content);
}

/** Stores the version after `currentVersion`, by `actor`; the repository refuses it if another came first. */
async function appendNext(
  props: { checklists: ChecklistRepository; teamId: string; actor: Actor; now: Date },
  currentVersion: number,
  summary: ChecklistVersion['summary'],
  content: ChecklistVersion['content'],
): Promise<ChecklistVersion> {
  const version: ChecklistVersion = {
    teamId: props.teamId,
    version: currentVersion + 1,
    at: props.now,
    actorId: props.actor.id,
    actorName: props.actor.name,
    summary,
    content,
  };
  await props.checklists.append(version);
  return version;
}

/**
 * The aandachtsfunctionaris a colleague in this team is handed over to: the team's own when its manager set
 * one, otherwise the organisation's.
 * @remarks The bot's handover reads this, so the tab and the bot always name the same person.
 */
export async function handoverContact(props: {
  checklists: ChecklistRepository;
  settings: OrganisationSettingsRepository;
  teamId?: string;
}): Promise<{ contact: Contact; scope: 'team' | 'organisation' } | undefined> {
  if (props.teamId) {
    const team = (await props.checklists.latest(props.teamId))?.content.contacts.aandachtsfunctionaris;
    if (team) return { contact: team, scope: 'team' };
  }
  const org = await props.settings.getOrgAandachtsfunctionaris();
  return org ? { contact: org.contact, scope: 'organisation' } : undefined;
}
