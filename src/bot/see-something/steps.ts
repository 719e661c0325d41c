import type { TurnContext } from 'botbuilder';
import {
  checkFlow,
  composeNote,
  type Note,
  handoverState,
  handoverTarget,
  sendHandover,
  type HandoverTarget,
} from '../../see-something';
import { createPrivacyGuard, langFromLocale, DANGER_TOPIC } from '../../guidance';
import type { BotDependencies } from '../bot-dependencies';
import { cardAttachment, type AdaptiveCardJson } from '../cards/expand-card';
import {
  contactActions,
  fitsMessage,
  handoverNoteCard,
  seeSomethingDoneCard,
  seeSomethingFactsCard,
  seeSomethingReviewCard,
  seeSomethingWhereCard,
  statusAction,
} from './cards';
import { SEE_SOMETHING_TEXTS } from './texts';
import { SEE_SOMETHING, seeSomethingData, type SeeSomethingData, type SeeSomethingFields } from './verbs';
import { topicCard } from '../cards/topic-card';
import { langOf, type Lang } from '../locale';
import { setRoute } from '../route-name';

export type SeeSomethingDeps = Pick<
  BotDependencies,
  | 'seeSomethingFlows'
  | 'checklists'
  | 'orgSettings'
  | 'outbox'
  | 'people'
  | 'guidance'
  | 'now'
  | 'timeZone'
  | 'installations'
  | 'logger'
>;

/** A step's answer: the next card, or a plain text when the card no longer works. */
export type StepResult = { card: AdaptiveCardJson } | { text: string };

const privacy = createPrivacyGuard();
/** Presses that end a flow: on an ended flow they say so instead of "expired". */
const ENDING_VERBS = new Set<string>([SEE_SOMETHING.send, SEE_SOMETHING.keep, SEE_SOMETHING.cancel]);
const hasPersonalData = (...texts: string[]) => texts.some((t) => privacy.check(t).length > 0);

/**
 * Runs one press of a flow's button and returns what replaces the card.
 * @remarks Checked before anything else: the data's shape, that the flow exists, belongs to whoever pressed, has
 * not expired and has not ended. Anything else is "deze kaart is verlopen". What the person typed is used for
 * the next card and the note only: it is never stored or logged.
 */
export async function runSeeSomethingStep(
  context: TurnContext,
  raw: unknown,
  deps: SeeSomethingDeps,
): Promise<StepResult> {
  const lang = langOf(context.activity);
  const parsed = seeSomethingData.safeParse(raw);
  if (!parsed.success) return expired(context, lang, 'invalid');
  const data = parsed.data;
  const now = deps.now();
  const check = await checkFlow(deps.seeSomethingFlows, data.flow, context.activity.from?.aadObjectId, now);
  if (!check.ok) {
    if (check.reason === 'finished' && data.verb === SEE_SOMETHING.status)
      return status(context, lang, data, deps);
    if (check.reason === 'finished' && ENDING_VERBS.has(data.verb)) {
      setRoute(context, 'see-something:already-sent');
      return { text: SEE_SOMETHING_TEXTS[lang].alreadySent };
    }
    return expired(context, lang, check.reason);
  }
  setRoute(context, `see-something:${data.verb.slice('see-something.'.length)}`);
  const t = SEE_SOMETHING_TEXTS[lang];
  const fields: SeeSomethingFields = data;
  switch (data.verb) {
    case SEE_SOMETHING.danger:
      return data.answer === 'yes'
        ? dangerCard(lang, deps)
        : { card: seeSomethingFactsCard(lang, data.flow) };
    case SEE_SOMETHING.facts:
      if (!data.choices.length && !data.observed.trim()) {
        return { card: seeSomethingFactsCard(lang, data.flow, fields, t.needSomething) };
      }
      if (hasPersonalData(data.observed))
        return { card: seeSomethingFactsCard(lang, data.flow, fields, t.personalData) };
      return { card: seeSomethingWhereCard(lang, data.flow, fields) };
    case SEE_SOMETHING.back:
    case SEE_SOMETHING.edit:
      return { card: seeSomethingFactsCard(lang, data.flow, fields) };
    case SEE_SOMETHING.where:
      if (hasPersonalData(data.whenWhere, data.who)) {
        return { card: seeSomethingWhereCard(lang, data.flow, fields, t.personalData) };
      }
      return review(lang, data, check.flow.teamId, deps);
    case SEE_SOMETHING.send:
      return send(context, lang, data, check.flow.teamId, deps);
    case SEE_SOMETHING.keep:
      if (!(await deps.seeSomethingFlows.finish(data.flow, 'kept', now))) return { text: t.alreadySent };
      return {
        card: seeSomethingDoneCard(lang, { title: t.keptTitle, after: t.kept, note: note(data, lang, deps) }),
      };
    case SEE_SOMETHING.cancel:
      if (!(await deps.seeSomethingFlows.finish(data.flow, 'cancelled', now))) return { text: t.alreadySent };
      return { card: seeSomethingDoneCard(lang, { title: t.title, after: t.cancelled }) };
    default:
      // `start` and `status` of an open flow never come from a card of this flow.
      return expired(context, lang, 'wrong-verb');
  }
}

function expired(context: TurnContext, lang: Lang, reason: string): StepResult {
  setRoute(context, `see-something:expired:${reason}`);
  return { text: EXPIRED[lang] };
}

/** The words the issue asks for: a stale or forged card gets "deze kaart is verlopen". */
export const EXPIRED = {
  nl: 'Deze kaart is verlopen. Typ "ik zie iets" om opnieuw te beginnen.',
  en: 'This card has expired. Type "i see something" to start again.',
};

function dangerCard(lang: Lang, deps: SeeSomethingDeps): StepResult {
  const topic = deps.guidance.topic(DANGER_TOPIC);
  if (!topic) throw new Error(`the knowledge base has no ${DANGER_TOPIC} topic`);
  return { card: topicCard(topic, deps.guidance.related(topic), lang) };
}

const note = (fields: SeeSomethingFields, lang: Lang, deps: SeeSomethingDeps): Note =>
  composeNote(fields, lang, deps.now(), deps.timeZone);

async function review(
  lang: Lang,
  data: SeeSomethingData,
  teamId: string | undefined,
  deps: SeeSomethingDeps,
  warning?: (target: HandoverTarget) => string,
): Promise<StepResult> {
  const target = await handoverTarget({ checklists: deps.checklists, settings: deps.orgSettings, teamId });
  const card = seeSomethingReviewCard(
    lang,
    data.flow,
    data,
    note(data, lang, deps),
    target,
    warning?.(target),
  );
  if (target.kind === 'manual') {
    (card.actions as unknown[]).splice(0, 0, ...contactActions(lang, target.contact));
  }
  // Text in other scripts takes more bytes: with too much of it, the person shortens what they wrote.
  if (!fitsMessage(card))
    return { card: seeSomethingFactsCard(lang, data.flow, data, SEE_SOMETHING_TEXTS[lang].tooLong) };
  return { card };
}

async function send(
  context: TurnContext,
  lang: Lang,
  data: SeeSomethingData,
  teamId: string | undefined,
  deps: SeeSomethingDeps,
): Promise<StepResult> {
  const target = await handoverTarget({ checklists: deps.checklists, settings: deps.orgSettings, teamId });
  // The note goes only to the person the button named; the contact may have changed since the review card.
  if (target.kind !== 'teams' || target.contact.aadObjectId !== data.to) {
    setRoute(context, 'see-something:send-contact-changed');
    const t = SEE_SOMETHING_TEXTS[lang];
    return review(lang, data, teamId, deps, (now) =>
      now.kind === 'teams' ? t.contactChanged(now.contact.name) : t.contactGone,
    );
  }
  // Forged data skips the earlier steps' checks.
  if (hasPersonalData(data.observed, data.whenWhere, data.who)) return review(lang, data, teamId, deps);
  // Ending the flow is the gate: of two presses (or "send" and "keep") only one gets through.
  if (!(await deps.seeSomethingFlows.finish(data.flow, 'sent', deps.now()))) {
    setRoute(context, 'see-something:already-sent');
    return { text: SEE_SOMETHING_TEXTS[lang].alreadySent };
  }
  const from = context.activity.from;
  const [recipient, author] = await Promise.all([
    deps.people.get(target.contact.aadObjectId),
    from.aadObjectId ? deps.people.get(from.aadObjectId) : undefined,
  ]);
  // The note reads in the aandachtsfunctionaris's language when Voordeur knows it.
  const theirLang = recipient?.locale ? langFromLocale(recipient.locale) : lang;
  await sendHandover({
    outbox: deps.outbox,
    flowId: data.flow,
    to: {
      aadObjectId: target.contact.aadObjectId,
      tenantId: context.activity.conversation.tenantId,
      serviceUrl: context.activity.serviceUrl,
    },
    payload: {
      type: 'message',
      attachments: [
        cardAttachment(
          handoverNoteCard(theirLang, note(data, theirLang, deps), {
            name: from.name,
            userPrincipalName: author?.userPrincipalName,
          }),
        ),
      ],
    },
  });
  const t = SEE_SOMETHING_TEXTS[lang];
  // The sender keeps their own copy in this card: if delivery fails, the text is not lost.
  return {
    card: seeSomethingDoneCard(lang, {
      title: t.sentTitle,
      after: t.sent(target.contact.name),
      note: note(data, lang, deps),
      actions: [statusAction(lang, data.flow)],
    }),
  };
}

async function status(
  context: TurnContext,
  lang: Lang,
  data: SeeSomethingData,
  deps: SeeSomethingDeps,
): Promise<StepResult> {
  const flow = await deps.seeSomethingFlows.get(data.flow);
  if (flow?.outcome !== 'sent') return expired(context, lang, 'no-note');
  const state = await handoverState(deps.outbox, data.flow);
  setRoute(context, `see-something:status:${state}`);
  const t = SEE_SOMETHING_TEXTS[lang];
  return {
    card: seeSomethingDoneCard(lang, {
      title: t.sentTitle,
      after: t.status[state],
      actions: state === 'pending' ? [statusAction(lang, data.flow)] : [],
    }),
  };
}
