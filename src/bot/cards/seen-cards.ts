import type { Note } from '../../guidance/see-something/note';
import { choiceTitle, LIMITS, SIGNAL_CHOICES } from '../../guidance/see-something/note';
import type { HandoverTarget } from '../../guidance/see-something/handover';
import { telUrl } from '../../guidance/phone-numbers';
import type { Lang } from '../locale';
import { type AdaptiveCardJson, expandCard } from './expand-card';
import { SEEN_TEXTS } from './seen-texts';
import { EMPTY_FIELDS, SEEN, seenButtonData, type SeenFields, type SeenVerb } from './seen-verbs';
import { TEXTS } from './texts';

type Action = Record<string, unknown>;

/**
 * A button that runs `verb`: `Action.Execute`, which Teams answers by replacing the card, with an `Action.Submit`
 * fallback for hosts without Universal Actions.
 * @remarks `keepInputs: false` leaves the card's inputs out (such as "stop"): nothing typed travels needlessly.
 */
export function executeAction(
  title: string,
  data: { verb: string } & Record<string, unknown>,
  options: { style?: 'positive' | 'destructive'; keepInputs?: boolean } = {},
): Action {
  const common = {
    title,
    data,
    ...(options.style ? { style: options.style } : {}),
    ...(options.keepInputs === false ? { associatedInputs: 'none' } : {}),
  };
  return {
    type: 'Action.Execute',
    verb: data.verb,
    ...common,
    fallback: { type: 'Action.Submit', ...common },
  };
}

const openUrl = (title: string, url: string, style?: 'positive'): Action => ({
  type: 'Action.OpenUrl',
  title,
  url,
  ...(style ? { style } : {}),
});

/** The fields every expansion of `cards/seen.json` needs; each card sets what it shows. */
function seenCard(lang: Lang, parts: Record<string, unknown>): AdaptiveCardJson {
  return expandCard('seen', {
    lang,
    step: '',
    dangerQuestion: '',
    intro: '',
    warning: '',
    facts: false,
    where: false,
    note: false,
    hint: '',
    after: '',
    footer: TEXTS[lang].footer,
    ...parts,
  });
}

const stop = (lang: Lang, flow: string) =>
  executeAction(SEEN_TEXTS[lang].stop, seenButtonData(SEEN.cancel, flow), { keepInputs: false });

/** The first card: is there danger now? 112 is the first button, before any question. */
export function seenDangerCard(lang: Lang, flow: string): AdaptiveCardJson {
  const t = SEEN_TEXTS[lang];
  return seenCard(lang, {
    title: t.title,
    dangerQuestion: t.dangerQuestion,
    intro: t.intro,
    actions: [
      openUrl(TEXTS[lang].call112, telUrl('112'), 'positive'),
      executeAction(t.dangerYes, seenButtonData(SEEN.danger, flow, undefined, { answer: 'yes' }), {
        style: 'destructive',
      }),
      executeAction(t.dangerNo, seenButtonData(SEEN.danger, flow, undefined, { answer: 'no' })),
      stop(lang, flow),
    ],
  });
}

/** Step 1: what did you notice (subjects, multi-select) and what exactly did you see, hear or smell. */
export function seenFactsCard(
  lang: Lang,
  flow: string,
  fields: SeenFields = EMPTY_FIELDS,
  warning = '',
): AdaptiveCardJson {
  const t = SEEN_TEXTS[lang];
  return seenCard(lang, {
    title: t.factsTitle,
    step: t.step(1),
    warning,
    facts: true,
    choicesLabel: t.choicesLabel,
    choiceList: SIGNAL_CHOICES.map((value) => ({ value, title: choiceTitle(value, lang) })),
    choices: fields.choices.join(','),
    observedLabel: t.observedLabel,
    observedPlaceholder: t.observedPlaceholder,
    observedMax: LIMITS.observed,
    observed: fields.observed,
    hint: t.factsHint,
    // The later step's answers ride along, so "back" loses nothing.
    actions: [
      executeAction(t.next, seenButtonData(SEEN.facts, flow, { step: 'facts', fields }), {
        style: 'positive',
      }),
      stop(lang, flow),
    ],
  });
}

/** Step 2: when and where, and who was there. */
export function seenWhereCard(lang: Lang, flow: string, fields: SeenFields, warning = ''): AdaptiveCardJson {
  const t = SEEN_TEXTS[lang];
  return seenCard(lang, {
    title: t.whereTitle,
    step: t.step(2),
    warning,
    where: true,
    whenWhereLabel: t.whenWhereLabel,
    whenWherePlaceholder: t.whenWherePlaceholder,
    whenWhereMax: LIMITS.whenWhere,
    whenWhere: fields.whenWhere,
    whoLabel: t.whoLabel,
    whoPlaceholder: t.whoPlaceholder,
    whoMax: LIMITS.who,
    who: fields.who,
    hint: t.factsHint,
    actions: [
      executeAction(t.next, seenButtonData(SEEN.where, flow, { step: 'where', fields }), {
        style: 'positive',
      }),
      executeAction(t.back, seenButtonData(SEEN.back, flow, { step: 'where', fields })),
      stop(lang, flow),
    ],
  });
}

function noteParts(note: Note) {
  return { note: true, noteTitle: note.title, madeAt: note.madeAt, lines: note.lines };
}

/** Teams' limit is about 100 KB a message; Voordeur keeps every card under 28 KB. */
export const MAX_CARD_BYTES = 28 * 1024;

/** Whether a card is small enough to send (text typed in non-Latin scripts takes 2 to 3 bytes a character). */
export const fitsMessage = (card: AdaptiveCardJson): boolean =>
  Buffer.byteLength(JSON.stringify(card), 'utf8') < MAX_CARD_BYTES;

/** Step 3: the composed note for review, and the choice of what happens to it. */
export function seenReviewCard(
  lang: Lang,
  flow: string,
  fields: SeenFields,
  note: Note,
  target: HandoverTarget,
  warning = '',
): AdaptiveCardJson {
  const t = SEEN_TEXTS[lang];
  const send: Action[] =
    target.kind === 'teams'
      ? [
          executeAction(
            t.sendTo(target.contact.name),
            seenButtonData(SEEN.send, flow, { step: 'review', fields }, { to: target.contact.aadObjectId }),
            {
              style: 'positive',
            },
          ),
        ]
      : [];
  return seenCard(lang, {
    title: t.reviewTitle,
    step: t.step(3),
    warning,
    intro: t.reviewIntro,
    ...noteParts(note),
    after: target.kind === 'none' ? t.noContact : t.contactLine(target.contact.name, target.scope === 'team'),
    actions: [
      ...send,
      openUrl(t.callAdvice, telUrl('0800-2000')),
      executeAction(t.keep, seenButtonData(SEEN.keep, flow, { step: 'review', fields })),
      executeAction(t.edit, seenButtonData(SEEN.edit, flow, { step: 'review', fields })),
      stop(lang, flow),
    ],
  });
}

/** The end of a flow: what happened, the note when the person keeps it, and any buttons left. */
export function seenDoneCard(
  lang: Lang,
  props: { title: string; after: string; note?: Note; actions?: Action[] },
): AdaptiveCardJson {
  return seenCard(lang, {
    title: props.title,
    after: props.after,
    ...(props.note ? noteParts(props.note) : {}),
    actions: props.actions ?? [],
  });
}

/** The message to the sender of a note that could not be delivered, with Veilig Thuis for advice. */
export function handoverFailedCard(lang: Lang): AdaptiveCardJson {
  const t = SEEN_TEXTS[lang];
  return seenDoneCard(lang, {
    title: t.failedTitle,
    after: t.status.failed,
    actions: [openUrl(t.callAdvice, telUrl('0800-2000'))],
  });
}

/** The "is it there?" button under a sent note. */
export const statusAction = (lang: Lang, flow: string): Action =>
  executeAction(SEEN_TEXTS[lang].statusButton, seenButtonData(SEEN.status, flow), { keepInputs: false });

/** Buttons to reach a contact directly: a Teams chat by sign-in name and their configured phone number. */
export function contactActions(
  lang: Lang,
  contact: { name: string; userPrincipalName?: string; phone?: string },
) {
  const t = SEEN_TEXTS[lang];
  return [
    ...(contact.userPrincipalName
      ? [openUrl(t.chatWith(contact.name), chatLink(contact.userPrincipalName))]
      : []),
    ...(contact.phone ? [openUrl(t.callContact(contact.name), telUrl(contact.phone))] : []),
  ];
}

/** A Teams deep link that opens a 1:1 chat with a person by sign-in name. */
export const chatLink = (upn: string): string =>
  `https://teams.microsoft.com/l/chat/0/0?users=${encodeURIComponent(upn)}`;

/** The note as the aandachtsfunctionaris receives it, with a button to chat with the colleague who sent it. */
export function handoverNoteCard(
  lang: Lang,
  note: Note,
  author: { name?: string; userPrincipalName?: string },
): AdaptiveCardJson {
  const t = SEEN_TEXTS[lang];
  const name = author.name ?? t.aColleague;
  return seenCard(lang, {
    title: t.noteTitle(name),
    intro: t.noteIntro,
    ...noteParts(note),
    after: t.noteAsk(name),
    actions: author.userPrincipalName ? [openUrl(t.chatWith(name), chatLink(author.userPrincipalName))] : [],
  });
}

/** The "ik zie iets" button of the welcome and help cards. */
export const seenStartAction = (lang: Lang): Action =>
  executeAction(SEEN_TEXTS[lang].title, { verb: SEEN.start }, { keepInputs: false });

/** The verbs a card of a started flow may carry. */
export const FLOW_VERBS: readonly SeenVerb[] = Object.values(SEEN).filter((v) => v !== SEEN.start);
