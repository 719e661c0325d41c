import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as ACData from 'adaptivecards-templating';
import type { Attachment } from 'botbuilder';
import { CardFactory } from 'botbuilder';

/** The folder with one Adaptive Card template (JSON) per card. */
export const CARDS_DIR = path.resolve(__dirname, '../../../cards');

const templates = new Map<string, ACData.Template>();

/** An expanded Adaptive Card: plain JSON, ready to send. */
export type AdaptiveCardJson = Record<string, unknown>;

/**
 * Expands the template `cards/<name>.json` with `data`.
 * @remarks Templates are parsed once per process. Expansion is costly (a teams-ai bot answering with a
 * freshly expanded card per turn serves about a third of the turns of one answering with text), so cards whose
 * content does not change are expanded once by their caller and reused; see {@link cacheByKey}.
 */
export function expandCard(name: string, data: object): AdaptiveCardJson {
  let template = templates.get(name);
  if (!template) {
    const json = JSON.parse(readFileSync(path.join(CARDS_DIR, `${name}.json`), 'utf8')) as object;
    template = new ACData.Template(json);
    templates.set(name, template);
  }
  return template.expand({ $root: data }) as AdaptiveCardJson;
}

/** Wraps a card for a message. */
export function cardAttachment(card: AdaptiveCardJson): Attachment {
  return CardFactory.adaptiveCard(card);
}

/**
 * Memoises a card builder by a key (such as the language), for cards whose content only depends on that key.
 * @remarks Callers get a fresh deep copy, so a caller that edits its card cannot change the cached one.
 */
export function cacheByKey<K extends string>(
  build: (key: K) => AdaptiveCardJson,
): (key: K) => AdaptiveCardJson {
  const cache = new Map<K, string>();
  return (key) => {
    let json = cache.get(key);
    if (json === undefined) {
      json = JSON.stringify(build(key));
      cache.set(key, json);
    }
    return JSON.parse(json) as AdaptiveCardJson;
  };
}
