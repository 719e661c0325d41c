import { resolveChecklist, type ResolvedCategory } from '../../checklists/resolve-checklist';
import type { CurrentChecklist } from '../../checklists/team-checklist';
import { CATEGORY_TITLES } from '../../checklists/default-signals';
import { FIXED_NUMBERS, MELDCODE_STEPS, type FixedNumber } from '../../checklists/meldcode-steps';
import type { CategoryId, Contact, Localized, Profile } from '../../checklists/types';

/** What the tab receives for a checklist: the same shape for a team and for "Mijn meldcode". */
export interface ChecklistView {
  teamId?: string;
  version: number;
  profile: Profile;
  canEdit: boolean;
  updatedAt?: string;
  updatedBy?: string;
  categories: ResolvedCategory[];
  contacts: {
    aandachtsfunctionaris?: Contact;
    manager?: Contact;
    organisation?: Contact;
  };
  /** The five steps, as a compact strip. */
  steps: readonly Localized[];
  /** 112 and Veilig Thuis. */
  numbers: readonly FixedNumber[];
  /** Titles of every category, for a manager adding a signal. */
  categoryTitles: Record<CategoryId, Localized>;
}

export function presentChecklist(
  current: CurrentChecklist | undefined,
  props: { profile: Profile; canEdit: boolean; organisation?: Contact },
): ChecklistView {
  const content = current?.content;
  return {
    teamId: current?.teamId,
    version: current?.version ?? 0,
    profile: content?.profile ?? props.profile,
    canEdit: props.canEdit,
    updatedAt: current?.updatedAt?.toISOString(),
    updatedBy: current?.updatedBy,
    categories: resolveChecklist(
      content ?? { profile: props.profile, hidden: [], notes: {}, custom: [], contacts: {} },
      props.canEdit,
    ),
    contacts: {
      ...(content?.contacts ?? {}),
      ...(props.organisation ? { organisation: props.organisation } : {}),
    },
    steps: MELDCODE_STEPS,
    numbers: FIXED_NUMBERS,
    categoryTitles: CATEGORY_TITLES,
  };
}
