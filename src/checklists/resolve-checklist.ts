import { CATEGORY_TITLES, DEFAULT_SIGNALS } from './default-signals';
import { CATEGORIES, type CategoryId, type Localized, type TeamChecklistContent } from './types';

/** One line of the checklist as the tab shows it. */
export interface ResolvedSignal {
  id: string;
  text: Localized;
  /** A few words for the pocket card; a team's own signal has its text here. */
  short: Localized;
  action: Localized;
  caution: boolean;
  /** Added by the team's manager (shown in the manager's own words, in both languages). */
  custom: boolean;
  hidden: boolean;
  note?: string;
}

export interface ResolvedCategory {
  id: CategoryId;
  title: Localized;
  signals: ResolvedSignal[];
}

/**
 * The checklist a team sees: its profile's default signals plus its own, minus hidden ones, with notes.
 * @param includeHidden true for managers, who need hidden signals to show them again
 */
export function resolveChecklist(content: TeamChecklistContent, includeHidden = false): ResolvedCategory[] {
  const hidden = new Set(content.hidden);
  const lines: (ResolvedSignal & { category: CategoryId })[] = [
    ...DEFAULT_SIGNALS.filter((s) => s.profiles.includes(content.profile)).map((s) => ({
      id: s.id,
      category: s.category,
      text: s.text,
      short: s.short,
      action: s.action,
      caution: s.caution ?? false,
      custom: false,
      hidden: hidden.has(s.id),
    })),
    ...content.custom.map((s) => ({
      id: s.id,
      category: s.category,
      text: { nl: s.text, en: s.text },
      short: { nl: s.text, en: s.text },
      action: { nl: s.action, en: s.action },
      caution: false,
      custom: true,
      hidden: hidden.has(s.id),
    })),
  ];
  return CATEGORIES.map((id) => ({
    id,
    title: CATEGORY_TITLES[id],
    signals: lines
      .filter((l) => l.category === id && (includeHidden || !l.hidden))
      .map(({ category: _c, ...line }) => {
        const note = content.notes[line.id];
        return note ? { ...line, note } : line;
      }),
  })).filter((c) => c.signals.length > 0);
}
