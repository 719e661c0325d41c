import { createRequire } from 'node:module';
import type * as AdaptiveCards from 'adaptivecards';
import { TEAMS_LIGHT_HOST_CONFIG } from './card-render';

/**
 * The `adaptivecards` package, from its browser bundle (`dist/`), the same code the Chromium rendering test runs.
 * @remarks The package's main entry (`lib/`) requires `swiper`, which is ESM only: Node 20.19+ can require() it,
 * jest's module runtime cannot. The bundle has swiper inside and needs no DOM to parse and validate, so Node's own
 * require loads it. The types are the main entry's: both are built from the same source.
 */
const AC = createRequire(__filename)('adaptivecards/dist/adaptivecards.min.js') as typeof AdaptiveCards;

/** Teams renders Adaptive Cards 1.5 on every client (desktop, web, mobile); anything newer may not show. */
export const TEAMS_CARD_VERSION = AC.Versions.v1_5;

/** Keys the library reads itself, outside the property list of the object's schema. */
const READ_BY_HAND: Record<string, readonly string[]> = {
  AdaptiveCard: ['body', 'actions'],
  Container: ['items'],
  Column: ['items'],
  TableCell: ['items'],
  ColumnSet: ['columns'],
  ActionSet: ['actions'],
  RichTextBlock: ['inlines'],
  Table: ['rows'],
  TableRow: ['cells'],
  'Action.ShowCard': ['card'],
};

/** Teams' own key on a card: only `width: "Full"` (and mentions, which Voordeur does not send) mean anything. */
function msteamsProblems(value: unknown): string[] {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return ['msteams: must be an object'];
  return Object.entries(value).flatMap(([key, v]) => {
    if (key === 'width')
      return v === 'Full' ? [] : [`msteams: width must be "Full", not ${JSON.stringify(v)}`];
    if (key === 'entities') return Array.isArray(v) ? [] : ['msteams: entities must be an array'];
    return [`msteams: unknown key "${key}"`];
  });
}

/** Where the unknown keys of the card being checked go; set only while {@link cardProblems} parses. */
let unknownKeys: string[] | undefined;

/**
 * The library parses the properties its schema knows and silently drops any other key, so a misspelt property
 * (`"wrapp": true`) would reach Teams unnoticed. Every object's parse passes through this one method: compare the
 * keys it was given with the ones its schema (and the library by hand) reads.
 */
const serializable = AC.SerializableObject.prototype as unknown as {
  internalParse(this: AdaptiveCards.SerializableObject, source: unknown, context: unknown): void;
};
const parseKnownProperties = serializable.internalParse;
serializable.internalParse = function (source, context) {
  parseKnownProperties.call(this, source, context);
  // Host capabilities (`requires`) are a map of names the card chooses.
  if (!unknownKeys || this instanceof AC.HostCapabilities) return;
  if (!source || typeof source !== 'object' || Array.isArray(source)) return;
  const schema = this.getSchema();
  const known = new Set<string>();
  for (let i = 0; i < schema.getCount(); i++) known.add(schema.getItemAt(i).name);
  // The schema's own name: an element's or action's type, or "Fact", "Choice", "BackgroundImage", …
  const owner = (this as unknown as { getSchemaKey(): string }).getSchemaKey();
  if (this instanceof AC.CardObject) known.add('fallback');
  for (const key of READ_BY_HAND[owner] ?? []) known.add(key);
  for (const key of Object.keys(source)) {
    if (known.has(key)) continue;
    if (owner === 'AdaptiveCard' && key === 'msteams') {
      unknownKeys.push(...msteamsProblems((source as Record<string, unknown>).msteams));
    } else {
      unknownKeys.push(`UnknownProperty: ${owner} has no property "${key}"`);
    }
  }
};

/**
 * Every action that posts back to the bot names its verb: Teams' AI library routes `Action.Submit` on `data.verb`
 * and `Action.Execute` on `verb`, so a button without one ends in no handler. The 1.5 schema leaves both optional.
 */
function verbProblems(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(verbProblems);
  if (!value || typeof value !== 'object') return [];
  const node = value as Record<string, unknown>;
  const data = node.data as Record<string, unknown> | undefined;
  const missing =
    (node.type === 'Action.Execute' && typeof node.verb !== 'string') ||
    (node.type === 'Action.Submit' && typeof data?.verb !== 'string');
  const own = missing ? [`MissingVerb: ${node.type} "${String(node.title)}" names no verb`] : [];
  const { data: _data, ...rest } = node;
  return [...own, ...Object.values(rest).flatMap(verbProblems)];
}

/**
 * What the `adaptivecards` library says about a card as Adaptive Cards 1.5, plus the keys it would drop and the
 * actions that name no verb; empty when the card is fine.
 * @remarks Parsed with 1.5 as the target version, the library reports elements, actions, properties and enum values
 * newer than 1.5, unknown element and action types and invalid property values; its property validation then adds
 * what must be set (an `Action.OpenUrl`'s url, an input's id, …) and a card version above 1.5. Not reported: a
 * required property it leaves to the renderer, such as a TextBlock's text (the rendering test sees an empty card).
 */
export function cardProblems(card: object): string[] {
  // adaptivecards 3.0.4 checks `lang` with a shared /g regular expression whose lastIndex survives between
  // cards, so every other card is refused (microsoft/AdaptiveCards#9145). Start each card afresh.
  const langPattern = AC.CardElement.langProperty.regEx;
  if (langPattern) langPattern.lastIndex = 0;
  const parsed = new AC.AdaptiveCard();
  parsed.maxVersion = TEAMS_CARD_VERSION;
  // Teams shows up to 6 actions where the library's default host allows 5.
  parsed.hostConfig = new AC.HostConfig(TEAMS_LIGHT_HOST_CONFIG);
  const context = new AC.SerializationContext(TEAMS_CARD_VERSION);
  const problems: string[] = [];
  unknownKeys = problems;
  try {
    parsed.parse(card, context);
  } finally {
    unknownKeys = undefined;
  }
  for (let i = 0; i < context.eventCount; i++) problems.push(describe(context.getEventAt(i)));
  for (const event of parsed.validateProperties().validationEvents) problems.push(describe(event));
  return [...problems, ...verbProblems(card)];
}

function describe(event: AdaptiveCards.IValidationEvent): string {
  const owner = event.source instanceof AC.CardObject ? `${event.source.getJsonTypeName()}: ` : '';
  return `${AC.ValidationEvent[event.event]}: ${owner}${event.message}`;
}
