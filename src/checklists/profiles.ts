import { CATEGORIES, PROFILES, type Profile, type TeamChecklistContent } from './types';

/** A team's content before any manager changed it. */
export function emptyContent(profile: Profile): TeamChecklistContent {
  return { profile, hidden: [], notes: {}, custom: [], contacts: {} };
}

export { CATEGORIES, PROFILES };
