import { useCallback, useEffect, useState } from 'react';
import { directoryApi, type KnownTeam } from './directory-api';
import { CourseCatalogue } from './organisation/course-catalogue';
import { ORGANISATION_STRINGS } from './organisation/i18n-organisation';
import { OrgContactForm } from './organisation/org-contact-form';
import { TeamManagers } from './organisation/team-managers';
import { TrainingClaims } from './organisation/training-claims';
import { TrainingImport } from './organisation/training-import';
import type { SectionProps } from './section';

/**
 * The Beheer tab's "organisatie" section: the organisation's aandachtsfunctionaris, each team's managers, the
 * course catalogue, the CSV import of training records and the open training claims.
 * @remarks The teams are read once here: the managers' team picker and a course's "for these teams" both use them.
 */
export function OrganisationSection({ api, lang }: SectionProps) {
  const t = ORGANISATION_STRINGS[lang];
  const [teams, setTeams] = useState<KnownTeam[]>();
  const [teamsFailed, setTeamsFailed] = useState(false);
  const loadTeams = useCallback(() => {
    setTeamsFailed(false);
    directoryApi(api)
      .teams()
      .then(setTeams)
      .catch(() => setTeamsFailed(true));
  }, [api]);
  useEffect(loadTeams, [loadTeams]);

  return (
    <div data-section="organisatie">
      <OrgContactForm api={api} t={t} />
      <TeamManagers api={api} t={t} teams={teams} teamsFailed={teamsFailed} retryTeams={loadTeams} />
      <CourseCatalogue api={api} t={t} lang={lang} teams={teams ?? []} />
      <TrainingImport api={api} t={t} lang={lang} />
      <TrainingClaims api={api} t={t} lang={lang} />
    </div>
  );
}
