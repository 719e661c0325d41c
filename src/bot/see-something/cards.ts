import { type Note, choiceTitle, LIMITS, SIGNAL_CHOICES, type HandoverTarget } from '../../see-something';
import { telUrl } from '../../guidance';
import type { Lang } from '../locale';
import { type AdaptiveCardJson, expandCard } from '../cards/expand-card';
import { SEE_SOMETHING_TEXTS } from './texts';
import {
  EMPTY_FIELDS,
  SEE_SOMETHING,
  seeSomethingButtonData,
  type SeeSomethingFields,
  type SeeSomethingVerb,
} from './verbs';
import { TEXTS } from '../cards/texts';

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

/** The fields every expansion of `cards/see-something.json` needs; each card sets what it shows. */
function seeSomethingCard(lang: Lang, parts: Record<string, unknown>): AdaptiveCardJson {
  return expandCard('see-something', {
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
  executeAction(SEE_SOMETHING_TEXTS[lang].stop, seeSomethingButtonData(SEE_SOMETHING.cancel, flow), {
    keepInputs: false,
  });

/** The first card: is there danger now? 112 is the first button, before any question. */
export function seeSomethingDangerCard(lang: Lang, flow: string): AdaptiveCardJson {
  const t = SEE_SOMETHING_TEXTS[lang];
  return seeSomethingCard(lang, {
    title: t.title,
    dangerQuestion: t.dangerQuestion,
    intro: t.intro,
    actions: [
      openUrl(TEXTS[lang].call112, telUrl('112'), 'positive'),
      executeAction(
        t.dangerYes,
        seeSomethingButtonData(SEE_SOMETHING.danger, flow, undefined, { answer: 'yes' }),
        {
          style: 'destructive',
        },
      ),
      executeAction(
        t.dangerNo,
        seeSomethingButtonData(SEE_SOMETHING.danger, flow, undefined, { answer: 'no' }),
      ),
      stop(lang, flow),
    ],
  });
}

/** Step 1: what did you notice (subjects, multi-select) and what exactly did you see, hear or smell. */
export function seeSomethingFactsCard(
  lang: Lang,
  flow: string,
  fields: SeeSomethingFields = EMPTY_FIELDS,
  warning = '',
): AdaptiveCardJson {
  const t = SEE_SOMETHING_TEXTS[lang];
  return seeSomethingCard(lang, {
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
      executeAction(t.next, seeSomethingButtonData(SEE_SOMETHING.facts, flow, { step: 'facts', fields }), {
        style: 'positive',
      }),
      stop(lang, flow),
    ],
  });
}

/** Step 2: when and where, and who was there. */
export function seeSomethingWhereCard(
  lang: Lang,
  flow: string,
  fields: SeeSomethingFields,
  warning = '',
): AdaptiveCardJson {
  const t = SEE_SOMETHING_TEXTS[lang];
  return seeSomethingCard(lang, {
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
      executeAction(t.next, seeSomethingButtonData(SEE_SOMETHING.where, flow, { step: 'where', fields }), {
        style: 'positive',
      }),
      executeAction(t.back, seeSomethingButtonData(SEE_SOMETHING.back, flow, { step: 'where', fields })),
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
export function seeSomethingReviewCard(
  lang: Lang,
  flow: string,
  fields: SeeSomethingFields,
  note: Note,
  target: HandoverTarget,
  warning = '',
): AdaptiveCardJson {
  const t = SEE_SOMETHING_TEXTS[lang];
  const send: Action[] =
    target.kind === 'teams'
      ? [
          executeAction(
            t.sendTo(target.contact.name),
            seeSomethingButtonData(
              SEE_SOMETHING.send,
              flow,
              { step: 'review', fields },
              { to: target.contact.aadObjectId },
            ),
            {
              style: 'positive',
            },
          ),
        ]
      : [];
  return seeSomethingCard(lang, {
    title: t.reviewTitle,
    step: t.step(3),
    warning,
    intro: t.reviewIntro,
    ...noteParts(note),
    after: target.kind === 'none' ? t.noContact : t.contactLine(target.contact.name, target.scope === 'team'),
    actions: [
      ...send,
      openUrl(t.callAdvice, telUrl('0800-2000')),
      executeAction(t.keep, seeSomethingButtonData(SEE_SOMETHING.keep, flow, { step: 'review', fields })),
      executeAction(t.edit, seeSomethingButtonData(SEE_SOMETHING.edit, flow, { step: 'review', fields })),
      stop(lang, flow),
    ],
  });
}

/** The end of a flow: what happened, the note when the person keeps it, and any buttons left. */
export function seeSomethingDoneCard(
  lang: Lang,
  props: { title: string; after: string; note?: Note; actions?: Action[] },
): AdaptiveCardJson {
  return seeSomethingCard(lang, {
    title: props.title,
    after: props.after,
    ...(props.note ? noteParts(props.note) : {}),
    actions: props.actions ?? [],
  });
}

/** The message to the sender of a note that could not be delivered, with Veilig Thuis for advice. */
export function handoverFailedCard(lang: Lang): AdaptiveCardJson {
  const t = SEE_SOMETHING_TEXTS[lang];
  return seeSomethingDoneCard(lang, {
    title: t.failedTitle,
    after: t.status.failed,
    actions: [openUrl(t.callAdvice, telUrl('0800-2000'))],
  });
}

/** The "is it there?" button under a sent note. */
export const statusAction = (lang: Lang, flow: string): Action =>
  executeAction(SEE_SOMETHING_TEXTS[lang].statusButton, seeSomethingButtonData(SEE_SOMETHING.status, flow), {
    keepInputs: false,
  });

/** Buttons to reach a contact directly: a Teams chat by sign-in name and their configured phone number. */
export function contactActions(
  lang: Lang,
  contact: { name: string; userPrincipalName?: string; phone?: string },
) {
  const t = SEE_SOMETHING_TEXTS[lang];
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
  const t = SEE_SOMETHING_TEXTS[lang];
  const name = author.name ?? t.aColleague;
  return seeSomethingCard(lang, {
    title: t.noteTitle(name),
    intro: t.noteIntro,
    ...noteParts(note),
    after: t.noteAsk(name),
    actions: author.userPrincipalName ? [openUrl(t.chatWith(name), chatLink(author.userPrincipalName))] : [],
  });
}

/** The "ik zie iets" button of the welcome and help cards. */
export const seeSomethingStartAction = (lang: Lang): Action =>
  executeAction(SEE_SOMETHING_TEXTS[lang].title, { verb: SEE_SOMETHING.start }, { keepInputs: false });

/** The verbs a card of a started flow may carry. */
export const FLOW_VERBS: readonly SeeSomethingVerb[] = Object.values(SEE_SOMETHING).filter(
  (v) => v !== SEE_SOMETHING.start,
);
