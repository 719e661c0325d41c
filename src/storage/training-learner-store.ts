import type { Kysely } from 'kysely';
import { PROFILES } from '../checklists/profiles';
import type { Profile } from '../checklists/types';
import type { Learner, LearnerLookup, LearnerSource, TeamManagerSource } from '../training';
import type { Database } from './schema';

const KNOWN_PROFILES = new Set<string>(PROFILES);

/**
 * On the Voordeur database: the people reminders are for, and the teams whose managers get a summary.
 * @remarks Learners are everyone in the directory except those who removed the app from their personal chat or
 * blocked it (Teams answered 403 or 404). Teams come from the roster (`team_members`); a team's profile is the
 * one of its current checklist. A team whose manager never saved a checklist has no profile, so courses for a
 * profile do not apply there.
 */
export class TrainingLearnerStore implements LearnerSource, LearnerLookup, TeamManagerSource {
  constructor(private readonly db: Kysely<Database>) {}

  async learners(): Promise<Learner[]> {
    const people = await this.db
      .selectFrom('people as p')
      .select(['p.aad_object_id', 'p.display_name', 'p.locale', 'p.tenant_id'])
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('installations as i')
              .select('i.conversation_id')
              .whereRef('i.aad_object_id', '=', 'p.aad_object_id')
              .where('i.scope', '=', 'personal')
              .where((eb) =>
                eb.or([eb('i.uninstalled_at', 'is not', null), eb('i.gone_at', 'is not', null)]),
              ),
          ),
        ),
      )
      .orderBy('p.aad_object_id')
      .execute();
    const memberships = await this.db
      .selectFrom('team_members')
      .select(['team_id', 'aad_object_id'])
      .execute();
    const profiles = await this.teamProfiles();
    const urls = await this.teamServiceUrls();
    const teamsOf = new Map<string, string[]>();
    for (const m of memberships) {
      const teams = teamsOf.get(m.aad_object_id);
      if (teams) teams.push(m.team_id);
      else teamsOf.set(m.aad_object_id, [m.team_id]);
    }
    return people.map((p) => toLearner(p, teamsOf.get(p.aad_object_id) ?? [], profiles, urls));
  }

  /**
   * One person, with their teams and profiles, whether or not they removed the app: they are the one asking.
   */
  async learner(aadObjectId: string): Promise<Learner | undefined> {
    const person = await this.db
      .selectFrom('people')
      .select(['aad_object_id', 'display_name', 'locale', 'tenant_id'])
      .where('aad_object_id', '=', aadObjectId)
      .executeTakeFirst();
    if (!person) return undefined;
    const teams = await this.db
      .selectFrom('team_members')
      .select('team_id')
      .where('aad_object_id', '=', aadObjectId)
      .execute();
    return toLearner(
      person,
      teams.map((t) => t.team_id),
      await this.teamProfiles(),
      await this.teamServiceUrls(),
    );
  }

  /** Teams with at least one manager (assigned by an admin or an owner in the roster), and their managers. */
  async teamsWithManagers(): Promise<{ teamId: string; managerIds: string[] }[]> {
    const rows = await this.db
      .selectFrom('team_roles')
      .select(['team_id', 'aad_object_id'])
      .where('role', '=', 'manager')
      .orderBy('team_id')
      .orderBy('aad_object_id')
      .execute();
    const teams = new Map<string, Set<string>>();
    for (const r of rows) teams.set(r.team_id, (teams.get(r.team_id) ?? new Set()).add(r.aad_object_id));
    return [...teams].map(([teamId, ids]) => ({ teamId, managerIds: [...ids] }));
  }

  /** Teams' service URL of each team Voordeur is installed in (any of its channels; they share one). */
  private async teamServiceUrls(): Promise<Map<string, string>> {
    const rows = await this.db
      .selectFrom('installations')
      .select(['team_id', 'service_url'])
      .where('scope', '=', 'team')
      .where('team_id', 'is not', null)
      .where('uninstalled_at', 'is', null)
      .orderBy('updated_at', 'desc')
      .execute();
    const map = new Map<string, string>();
    for (const row of rows) if (!map.has(row.team_id!)) map.set(row.team_id!, row.service_url);
    return map;
  }

  /** Each team's profile, from its newest checklist version. */
  private async teamProfiles(): Promise<Map<string, Profile>> {
    const rows = await this.db
      .selectFrom('team_checklist_versions as v')
      .select(['v.team_id', 'v.content'])
      .where('v.version', '=', (eb) =>
        eb
          .selectFrom('team_checklist_versions as w')
          .select((w) => w.fn.max('w.version').as('max'))
          .whereRef('w.team_id', '=', 'v.team_id'),
      )
      .execute();
    const map = new Map<string, Profile>();
    for (const row of rows) {
      const profile = (JSON.parse(row.content) as { profile?: unknown }).profile;
      if (typeof profile === 'string' && KNOWN_PROFILES.has(profile))
        map.set(row.team_id, profile as Profile);
    }
    return map;
  }
}

function toLearner(
  p: { aad_object_id: string; display_name: string | null; locale: string | null; tenant_id: string | null },
  teams: string[],
  profiles: Map<string, Profile>,
  serviceUrls: Map<string, string>,
): Learner {
  const teamIds = [...teams].sort();
  const own = [...new Set(teamIds.flatMap((t) => profiles.get(t) ?? []))];
  const serviceUrl = teamIds.map((t) => serviceUrls.get(t)).find(Boolean);
  return {
    aadObjectId: p.aad_object_id,
    ...(p.display_name ? { displayName: p.display_name } : {}),
    ...(p.locale ? { locale: p.locale } : {}),
    ...(p.tenant_id ? { tenantId: p.tenant_id } : {}),
    ...(serviceUrl ? { serviceUrl } : {}),
    teamIds,
    profiles: own,
  };
}
