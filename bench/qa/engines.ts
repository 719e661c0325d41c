import type { EngineFactory } from '../../src/guidance/search/topic-index';
import { createMiniSearchEngine } from '../../src/guidance/search/minisearch-engine';
import { createOramaEngine } from './orama-engine';

/** The search engines the benchmarks compare; production uses MiniSearch (Orama is a devDependency). */
export const ENGINES: Record<'minisearch' | 'orama', EngineFactory> = {
  minisearch: createMiniSearchEngine,
  orama: createOramaEngine,
};
