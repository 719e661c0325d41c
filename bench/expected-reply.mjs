// The reply Voordeur gives to the bench's message, built with Voordeur's own code from dist/: a turn counts as
// answered only when exactly this reply came back.
import { createRequire } from 'node:module';
import path from 'node:path';

/** The locale of the bench's activities (see load.mjs); the routes read the language from it. */
const LOCALE = 'nl-NL';

/**
 * What Voordeur answers to `text` in a Dutch personal chat: the help card for "help", the topic card for one of
 * the manifest's commands, otherwise what the guidance route answers (a topic card, the 112 card or the
 * fallback card, after or before the privacy warning when the text holds personal data).
 * @param entry dist/index.js
 * @returns `kind` names the reply (`help`, `command:<topic>`, `danger:<topic>`, `answer:<topic>`, `fallback`…);
 * `matches(got)` tells whether what the connector stand-in recorded for one turn is exactly that reply
 * @remarks Without a language model configured (the bench sets none), a topic answer is the topic card. The "ik
 * zie iets" flow answers with a card per person and step, "mijn training" with the person's own status and "wie is
 * de aandachtsfunctionaris" with the organisation's contact, so those texts are refused.
 */
const guidanceOf = new Map();

export function expectedReply(entry, text) {
  const require = createRequire(import.meta.url);
  const load = (file) => require(path.join(path.dirname(entry), file));
  const { HELP_PATTERN, COMMAND_TOPICS } = load('bot/routes/help-routes.js');
  const { helpCard } = load('bot/cards/help-card.js');
  const { topicCard } = load('bot/cards/topic-card.js');
  const { fallbackCard } = load('bot/cards/fallback-card.js');
  const { TEXTS } = load('bot/cards/texts.js');
  const { SEE_SOMETHING_COMMAND } = load('bot/see-something/routes.js');
  const { CONTACT_PERSON_QUESTION } = load('bot/routes/contact-person-route.js');
  const { MY_TRAINING_COMMAND } = load('bot/training/routes.js');
  const { createGuidance } = load('guidance/create-guidance.js');
  const { loadKnowledge } = load('guidance/load-knowledge.js');
  const { stripMentions } = load('guidance/normalize-text.js');
  const { MAX_EDITOR_QUESTION } = load('guidance/answer-stats.js');

  const reply = (kind, card, texts = []) => {
    const cardJson = JSON.stringify(card);
    return {
      kind,
      cardBytes: Buffer.byteLength(cardJson),
      matches: (got) =>
        got?.cards.length === 1 &&
        got.cards[0] === cardJson &&
        got.texts.length === texts.length &&
        texts.every((t, i) => got.texts[i] === t),
    };
  };
  if (HELP_PATTERN.test(text)) return reply('help', helpCard('nl'));
  if (SEE_SOMETHING_COMMAND.test(text))
    throw new Error(`"${text}" starts the "ik zie iets" flow, which the bench does not check`);
  if (CONTACT_PERSON_QUESTION.test(text))
    throw new Error(`"${text}" asks for the organisation's own contact, which the bench does not check`);
  if (MY_TRAINING_COMMAND.test(text))
    throw new Error(`"${text}" shows the person's own training, which the bench does not check`);
  // Built once per entry: the load bench asks for the replies of hundreds of texts.
  let guidance = guidanceOf.get(entry);
  if (!guidance) guidanceOf.set(entry, (guidance = createGuidance(loadKnowledge())));
  const command = COMMAND_TOPICS.find(([pattern]) => pattern.test(text));
  if (command) {
    const topic = guidance.topic(command[1]);
    return reply(`command:${topic.id}`, topicCard(topic, guidance.related(topic), 'nl'));
  }
  const answer = guidance.answer(text, LOCALE);
  const possibleDanger = answer.possibleDanger === true;
  // The fallback's offer to the editors carries the question, unless it holds personal data.
  const question = answer.personalData.length ? '' : stripMentions(text).trim().slice(0, MAX_EDITOR_QUESTION);
  const card = answer.topic
    ? topicCard(answer.topic, guidance.related(answer.topic), answer.lang, {
        possibleDanger,
        actionsFirst: answer.actionsFirst,
        dangerKinds: answer.kind === 'danger' ? answer.danger : [],
      })
    : fallbackCard(answer.lang, answer.related, possibleDanger, question);
  const texts = answer.personalData.length ? [TEXTS[answer.lang].privacy] : [];
  return reply(answer.topic ? `${answer.kind}:${answer.topic.id}` : answer.kind, card, texts);
}
