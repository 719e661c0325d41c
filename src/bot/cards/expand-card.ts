import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as ACData from 'adaptivecards-templating';
import type { Attachment, MessagingExtensionAttachment } from 'botbuilder';
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
 * content does not change are expanded once by their caller and reused; see {@link memoJson}.
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
 * Wraps a card for a message extension's result list, with the title and line Teams shows in the list.
 * @remarks Teams shows previews only as hero or thumbnail cards, so the preview is not an Adaptive Card.
 */
export function resultAttachment(
  card: AdaptiveCardJson,
  title: string,
  text: string,
): MessagingExtensionAttachment {
  return { ...CardFactory.adaptiveCard(card), preview: CardFactory.heroCard(title, text) };
}

const memo = new Map<string, AdaptiveCardJson>();
const MAX_MEMO = 5_000;

/**
 * Builds a card once per key and hands out that same card, frozen.
 * @remarks Frozen, so that a caller that edits its card throws instead of changing the cached one. Handing out
 * a copy instead (a JSON round trip: a few microseconds alone) cost about 35 µs of each turn's ~1 ms under the
 * turn bench, plus the collection of the copy's objects, which stay alive until the reply is sent.
 */
export function memoJson(key: string, build: () => AdaptiveCardJson): AdaptiveCardJson {
  let card = memo.get(key);
  if (card === undefined) {
    // Through JSON, so that nothing the template engine left in the card (prototypes, shared objects) is kept.
    card = deepFreeze(JSON.parse(JSON.stringify(build())) as AdaptiveCardJson);
    if (memo.size >= MAX_MEMO) memo.clear();
    memo.set(key, card);
  }
  return card;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
