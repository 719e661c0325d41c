/** A text in both languages of the app: plain Dutch (B1) first, English second. */
export interface Localized {
  nl: string;
  en: string;
}

/** The team profiles a manager can choose; each gives a default signal checklist. */
export const PROFILES = ['vakmannen', 'woonconsulenten', 'buurtbeheer', 'gemengd'] as const;
export type Profile = (typeof PROFILES)[number];

/** The forms of violence the checklist groups signals by (from the domain brief). */
export const CATEGORIES = ['kind', 'partner', 'ouderen', 'woning', 'eer', 'vgv'] as const;
export type CategoryId = (typeof CATEGORIES)[number];

/** One signal of the default checklist. */
export interface DefaultSignal {
  id: string;
  category: CategoryId;
  text: Localized;
  /** A few words for the A6 pocket card, where the whole text does not fit. */
  short: Localized;
  /** What you do when you notice this signal: its own advice, never a duty to report. */
  action: Localized;
  /**
   * Everyday words someone may search with ("slaan", "blauwe plekken"), comma-separated; only the search reads
   * them, the tab never shows them.
   */
  keywords: Localized;
  /**
   * True for signals the sources do not list as fact: the tab words them as "let op" / "mogelijk signaal".
   */
  caution?: boolean;
  profiles: readonly Profile[];
}

/** A person to call or chat with. Names and a phone number a manager typed; no other personal data. */
export interface Contact {
  name: string;
  /** Entra object id, when known. */
  aadObjectId?: string;
  /** Used for the Teams chat deep link. */
  userPrincipalName?: string;
  /** A number the manager (or admin) configured. */
  phone?: string;
}

/** A signal a manager added for the team. */
export interface CustomSignal {
  id: string;
  category: CategoryId;
  text: string;
  action: string;
}

/** Everything a team's manager keeps: one version of it is stored per change. */
export interface TeamChecklistContent {
  profile: Profile;
  /** Ids of signals hidden for this team (default or custom). */
  hidden: string[];
  /** A manager's note per signal id. */
  notes: Record<string, string>;
  custom: CustomSignal[];
  contacts: {
    aandachtsfunctionaris?: Contact;
    manager?: Contact;
  };
}

/** What a stored version says about the change that made it. */
export interface ChangeSummary {
  kind: string;
  signalId?: string;
  profile?: Profile;
  toVersion?: number;
}

/** One stored version of a team's checklist: who changed what, when. */
export interface ChecklistVersion {
  teamId: string;
  version: number;
  at: Date;
  actorId: string;
  actorName?: string;
  summary: ChangeSummary;
  content: TeamChecklistContent;
}
