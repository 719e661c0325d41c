import type { ChecklistRepository, OrganisationSettingsRepository } from '../checklists/repositories';
import type { ChecklistVersion } from '../checklists/types';
import type { InstallationRepository } from '../directory/installations';
import type { TeamProfiles } from './audience-ports';

/** What the adapters below read: the checklists capability's and the directory's own ports. */
interface TeamSources {
  checklists: Pick<ChecklistRepository, 'latest'>;
  installations: Pick<InstallationRepository, 'teamIds'>;
}

/** The current checklist of every team the app can reach. */
async function teamChecklists(props: TeamSources): Promise<{ teamId: string; latest?: ChecklistVersion }[]> {
  const teamIds = await props.installations.teamIds();
  const latest = await Promise.all(teamIds.map((teamId) => props.checklists.latest(teamId)));
  return teamIds.map((teamId, i) => ({ teamId, latest: latest[i] }));
}

/**
 * {@link TeamProfiles} from the team checklists: a team has the profile its manager chose.
 * @remarks A team whose checklist was never saved has chosen no profile, and is in no profile audience.
 */
export function teamProfilesFrom(props: TeamSources): TeamProfiles {
  return {
    async teamsWithProfiles(profiles) {
      const wanted = new Set<string>(profiles);
      return (await teamChecklists(props))
        .filter(({ latest }) => latest !== undefined && wanted.has(latest.content.profile))
        .map(({ teamId }) => teamId);
    },
  };
}

/**
 * The phone numbers of the organisation's configured contacts, which announcements may name: the organisation's
 * aandachtsfunctionaris and each team's aandachtsfunctionaris and manager.
 */
export function configuredContactNumbers(
  props: TeamSources & { settings: Pick<OrganisationSettingsRepository, 'getOrgAandachtsfunctionaris'> },
): () => Promise<string[]> {
  return async () => {
    const org = await props.settings.getOrgAandachtsfunctionaris();
    const teams = await teamChecklists(props);
    const contacts = [
      org?.contact,
      ...teams.flatMap(({ latest }) => [
        latest?.content.contacts.aandachtsfunctionaris,
        latest?.content.contacts.manager,
      ]),
    ];
    return [...new Set(contacts.flatMap((contact) => (contact?.phone ? [contact.phone] : [])))];
  };
}
