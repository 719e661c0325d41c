import { createEntrySearch, detectDanger, detectLanguage, type EntrySearch, type Lang } from '../guidance';
import { DEFAULT_SIGNALS } from './default-signals';
import type { ResolvedCategory } from './resolve-checklist';

/** A hit counts when it scores at least this share of the best hit: the rest only shares a common word. */
const MIN_RELATIVE_SCORE = 0.3;

/** Built searches kept; a checklist's key changes with every version, so old ones fall out. */
const CACHE_SIZE = 64;

const KEYWORDS = new Map(DEFAULT_SIGNALS.map((s) => [s.id, s.keywords]));

/** What a search of the signals found. */
export interface SignalSearchResult {
  /** Ids of the matching signals, best first; empty when none matches. */
  signalIds: string[];
  /** The words describe danger now ("hij slaat haar nu"): the tab then puts 112 first. */
  danger: boolean;
}

/** Finds signals of a checklist by everyday words, with the bot's Dutch and English analysis. */
export interface SignalSearch {
  /**
   * @param key names this content (team, version, what the caller sees): a search is built once per key
   * @param lang the reader's language, searched first; the other when the words are clearly that language, or
   * when the reader's language finds nothing ("bruises" in the Dutch tab)
   */
  find(key: string, categories: readonly ResolvedCategory[], query: string, lang: Lang): SignalSearchResult;
}

/**
 * Searches a checklist's signals: text, everyday words, the team's note and what to do, each weighted as the
 * bot weighs a topic's title, synonyms, summary and body.
 * @remarks Nothing of a query is kept or logged.
 */
export function createSignalSearch(): SignalSearch {
  const cache = new Map<string, { ids: string[]; byLang: Partial<Record<Lang, EntrySearch>> }>();
  const searchOf = (key: string, categories: readonly ResolvedCategory[], lang: Lang) => {
    let entry = cache.get(key);
    if (!entry) {
      if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
      entry = { ids: categories.flatMap((c) => c.signals.map((s) => s.id)), byLang: {} };
      cache.set(key, entry);
    }
    let search = entry.byLang[lang];
    if (!search) {
      const signals = categories.flatMap((c) => c.signals);
      search = createEntrySearch(
        signals.map((s) => ({
          title: s.text[lang],
          synonyms: KEYWORDS.get(s.id)?.[lang] ?? '',
          questions: '',
          summary: s.note ?? '',
          body: s.action[lang],
        })),
        lang,
      );
      entry.byLang[lang] = search;
    }
    return { ids: entry.ids, search };
  };
  return {
    find(key, categories, query, lang) {
      const first = detectLanguage(query) ?? lang;
      let signalIds: string[] = [];
      for (const l of [first, first === 'nl' ? 'en' : 'nl'] as const) {
        const { ids, search } = searchOf(key, categories, l);
        const hits = search.search(query);
        const best = hits[0]?.score ?? 0;
        signalIds = hits.filter((h) => h.score >= best * MIN_RELATIVE_SCORE).map((h) => ids[h.index]!);
        if (signalIds.length) break;
      }
      return { signalIds, danger: detectDanger(query).length > 0 };
    },
  };
}
