import type { Application, TurnState } from '@microsoft/teams-ai';
import { ActivityTypes, type TurnContext } from 'botbuilder';
import {
  citesNeverReworded,
  DANGER_TOPIC,
  MAX_EDITOR_QUESTION,
  stripMentions,
  topicsForModel,
  type GuidanceAnswer,
  type TopicAnswer,
} from '../../guidance';
import type { BotDependencies } from '../bot-dependencies';
import { cardAttachment } from '../cards/expand-card';
import { fallbackCard } from '../cards/fallback-card';
import { modelAnswerCard } from '../cards/model-answer-card';
import { TEXTS } from '../cards/texts';
import { topicCard } from '../cards/topic-card';
import { localeOf } from '../locale';
import { setRoute } from '../route-name';
import { whileTyping } from '../ai/typing';
import { replyCardExpired } from './expired-card';

type GuidanceRouteDependencies = Pick<BotDependencies, 'guidance' | 'answerStats' | 'now' | 'modelAnswerer'>;

/**
 * Every message that no other route took: a question about the meldcode, in the person's own words.
 * Danger first (the 112 card), then a warning about personal data, then the best topic or an honest fallback.
 * @remarks Must be registered last: teams-ai runs the first route whose selector matches, so a catch-all
 * registered earlier would swallow the help command and card submits. The text is answered and forgotten:
 * only the kind of answer and the topic id reach the log. With a language model configured, only a plain
 * topic answer (no danger, no personal data, no fallback) is worded by the model, from the retrieved topics.
 */
export function registerGuidanceRoute(app: Application<TurnState>, deps: GuidanceRouteDependencies): void {
  app.activity(ActivityTypes.Message, async (context) => {
    // A card submit carries `value`; one that reached here names no verb we know.
    if (context.activity.value !== undefined && !context.activity.text?.trim()) {
      return replyCardExpired(context, 'card-unknown');
    }
    const text = context.activity.text ?? '';
    const answer = deps.guidance.answer(text, localeOf(context.activity));
    setRoute(context, answer.topic ? `${answer.kind}:${answer.topic.id}` : answer.kind);
    if (answer.kind === 'answer' && (await replyComposed(context, text, answer, deps))) return;
    if (!answer.topic) await deps.answerStats.countUnanswered(answer.lang, deps.now());
    await reply(context, text, answer, deps);
  });
}

/**
 * Lets the language model word the answer, if there is one. False when the topic card should go out instead:
 * no model, the danger topic, or a model that failed or broke the rules (the answerer logs which).
 * @remarks The danger topic never reaches the model, not even as a related topic, and an answer that cites it
 * anyway is dropped: its card leads with 112 and is never reworded.
 */
async function replyComposed(
  context: TurnContext,
  text: string,
  answer: TopicAnswer,
  deps: GuidanceRouteDependencies,
): Promise<boolean> {
  // The danger topic's card leads with 112 and is never reworded; neither is a card led by the possible-danger line.
  if (
    !deps.modelAnswerer ||
    answer.topic.id === DANGER_TOPIC ||
    answer.personalData.length ||
    answer.possibleDanger
  ) {
    return false;
  }
  const { lang, topic } = answer;
  const retrieved = [topic, ...answer.related];
  const question = stripMentions(text);
  const composed = await whileTyping(context, () =>
    deps.modelAnswerer!.compose(question, lang, topicsForModel(retrieved)),
  );
  if (composed?.kind === 'out-of-scope') {
    setRoute(context, `model-out-of-scope:${topic.id}`);
    await deps.answerStats.countUnanswered(lang, deps.now());
    const card = fallbackCard(lang, retrieved, false, editorQuestion(question));
    await context.sendActivity({ attachments: [cardAttachment(card)] });
    return true;
  }
  const main = composed?.kind === 'answer' ? composed.cited[0] : undefined;
  if (composed?.kind !== 'answer' || !main || citesNeverReworded(composed)) return false;
  setRoute(context, `model:${main.id}`);
  const card = modelAnswerCard({ ...composed, related: deps.guidance.related(main), lang });
  // The card itself says a language model wrote it: botbuilder's connector client drops the extra fields of
  // Teams' "AI generated" message entity.
  await context.sendActivity({ attachments: [cardAttachment(card)] });
  return true;
}

async function reply(
  context: TurnContext,
  text: string,
  answer: GuidanceAnswer,
  deps: Pick<BotDependencies, 'guidance'>,
) {
  const { lang, possibleDanger, actionsFirst } = answer;
  const warn = answer.personalData.length > 0;
  // A topic's card links the topics its editor chose; without a topic, the nearest ones are the suggestions, and
  // the offer to send the question to the editors carries it (unless it holds personal data).
  const card = answer.topic
    ? topicCard(answer.topic, deps.guidance.related(answer.topic), lang, {
        possibleDanger,
        actionsFirst,
        dangerKinds: answer.kind === 'danger' ? answer.danger : [],
      })
    : fallbackCard(lang, answer.related, possibleDanger, warn ? '' : editorQuestion(stripMentions(text)));
  // 112 comes before the privacy warning (the danger card, or a card led by the possible-danger line); otherwise
  // the warning comes first.
  const leads112 = answer.kind === 'danger' || possibleDanger;
  if (warn && !leads112) await context.sendActivity(TEXTS[lang].privacy);
  await context.sendActivity({ attachments: [cardAttachment(card)] });
  if (warn && leads112) await context.sendActivity(TEXTS[lang].privacy);
}

/** The question as the editors' form takes it: trimmed, and cut to the length the form allows. */
const editorQuestion = (question: string): string => question.trim().slice(0, MAX_EDITOR_QUESTION);
