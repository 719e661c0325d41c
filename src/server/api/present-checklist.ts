import { resolveChecklist } from '../../checklists/resolve-checklist';
import type { CurrentChecklist } from '../../checklists/team-checklist';
import { CATEGORY_TITLES } from '../../checklists/default-signals';
import { FIXED_NUMBERS, MELDCODE_STEPS } from '../../checklists/meldcode-steps';
import type { Contact, Profile } from '../../checklists/types';
import type { ChecklistView } from '../../contracts';

/** A team's checklist (or, without one, the profile's default) as the tab receives it. */
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
