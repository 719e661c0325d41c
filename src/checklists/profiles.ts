import { CATEGORIES, PROFILES, type Localized, type Profile, type TeamChecklistContent } from './types';

export const PROFILE_TITLES: Record<Profile, Localized> = {
  vakmannen: { nl: 'Vakmannen', en: 'Technicians' },
  woonconsulenten: { nl: 'Woonconsulenten', en: 'Tenant consultants' },
  buurtbeheer: { nl: 'Buurtbeheer', en: 'Neighbourhood management' },
  gemengd: { nl: 'Gemengd team', en: 'Mixed team' },
};

export function isProfile(value: unknown): value is Profile {
  return typeof value === 'string' && (PROFILES as readonly string[]).includes(value);
}

/** A team's content before any manager changed it. */
export function emptyContent(profile: Profile): TeamChecklistContent {
  return { profile, hidden: [], notes: {}, custom: [], contacts: {} };
}

export { CATEGORIES, PROFILES };
