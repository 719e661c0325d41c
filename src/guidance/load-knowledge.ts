import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { checkTopicContent } from './content-rules';
import { HOME_TOPICS, topicSchema, type Topic } from './topic';

/** The folder with one JSON file per topic; resolves the same from `src/guidance` and `dist/guidance`. */
export const KNOWLEDGE_DIR = path.resolve(__dirname, '../../knowledge');

/** A knowledge file that cannot be used. The message names the file, so start-up tells what to fix. */
export class KnowledgeError extends Error {
  override readonly name = 'KnowledgeError';
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file}: ${problems.join('; ')}`);
  }
}

/** Options for {@link loadKnowledge}. */
export interface LoadKnowledgeOptions {
  /** Phone numbers besides the service numbers that topics may contain (contacts the organisation configured). */
  allowedNumbers?: readonly string[];
}

function parseTopic(file: string, allowedNumbers: readonly string[]): Topic {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new KnowledgeError(file, [`is not valid JSON (${(error as Error).message})`]);
  }
  const parsed = topicSchema.safeParse(json);
  if (!parsed.success) {
    throw new KnowledgeError(
      file,
      parsed.error.issues.map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`),
    );
  }
  const problems = checkTopicContent(parsed.data, allowedNumbers);
  if (parsed.data.id !== path.basename(file, '.json'))
    problems.push(`id "${parsed.data.id}" must match the file name`);
  if (problems.length) throw new KnowledgeError(file, problems);
  return parsed.data;
}

/**
 * Reads and validates every topic in `dir` (files ending in `.json`, sorted by name).
 * @throws {KnowledgeError} naming the first file that is broken: invalid JSON, a missing or wrong field, a
 * phone number that is not allowed, an UNVERIFIED claim stated as fact, an id that does not match the file name,
 * or a `related` id that does not exist. Also when a required topic is missing.
 */
export function loadKnowledge(dir: string = KNOWLEDGE_DIR, options: LoadKnowledgeOptions = {}): Topic[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => path.join(dir, f));
  const topics = files.map((file) => parseTopic(file, options.allowedNumbers ?? []));
  const ids = new Set(topics.map((t) => t.id));
  topics.forEach((topic, i) => {
    const missing = topic.related.filter((id) => !ids.has(id) || id === topic.id);
    if (missing.length)
      throw new KnowledgeError(files[i], [`related names unknown topics: ${missing.join(', ')}`]);
  });
  for (const id of HOME_TOPICS) {
    if (!ids.has(id)) throw new KnowledgeError(path.join(dir, `${id}.json`), ['is required and missing']);
  }
  return topics;
}
