import { z } from 'zod';
import { LIMITS, SIGNAL_CHOICES, type SignalChoice } from '../../see-something';
/**
 * The verbs of the "ik zie iets" cards. Each button is an `Action.Execute` with an `Action.Submit` fallback
 * carrying the same data, so one schema serves both.
 */
export const SEE_SOMETHING = {
  start: 'see-something.start',
  danger: 'see-something.danger',
  facts: 'see-something.facts',
  where: 'see-something.where',
  back: 'see-something.back',
  edit: 'see-something.edit',
  send: 'see-something.send',
  keep: 'see-something.keep',
  cancel: 'see-something.cancel',
  status: 'see-something.status',
} as const;
export type SeeSomethingVerb = (typeof SEE_SOMETHING)[keyof typeof SEE_SOMETHING];

/** Everything the person entered so far; it travels in the card, not in Voordeur's database. */
export interface SeeSomethingFields {
  choices: SignalChoice[];
  observed: string;
  whenWhere: string;
  who: string;
}

export const EMPTY_FIELDS: SeeSomethingFields = { choices: [], observed: '', whenWhere: '', who: '' };

// Word and some phones put vertical tabs and other control characters in pasted text; they only break cards.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
const text = (max: number) =>
  z
    .string()
    .max(max)
    .optional()
    .default('')
    .transform((value) => value.replace(CONTROL, ' '));
const choiceSet = new Set<string>(SIGNAL_CHOICES);

/** A multi-select ChoiceSet answers "kind,partner"; an unknown value means the card was tampered with. */
const choices = z
  .string()
  .max(200)
  .optional()
  .default('')
  .transform((value, ctx) => {
    const picked = value.split(',').filter(Boolean);
    if (picked.some((c) => !choiceSet.has(c))) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'unknown choice' });
      return z.NEVER;
    }
    return [...new Set(picked)] as SignalChoice[];
  });

/** The data of every button that belongs to a started flow. */
export const seeSomethingData = z.object({
  verb: z.enum(Object.values(SEE_SOMETHING) as [SeeSomethingVerb, ...SeeSomethingVerb[]]),
  flow: z.string().uuid(),
  answer: z.enum(['yes', 'no']).optional(),
  /** On "send": the Entra object id of the aandachtsfunctionaris the button named. */
  to: z.string().max(200).optional(),
  choices,
  observed: text(LIMITS.observed),
  whenWhere: text(LIMITS.whenWhere),
  who: text(LIMITS.who),
});
export type SeeSomethingData = z.infer<typeof seeSomethingData>;

/** The step a card asks for; its buttons must not carry the fields it has inputs for. */
export type SeeSomethingStep = 'facts' | 'where' | 'review';

const STEP_FIELDS: Record<SeeSomethingStep, readonly (keyof SeeSomethingFields)[]> = {
  facts: ['whenWhere', 'who'],
  where: ['choices', 'observed'],
  review: ['choices', 'observed', 'whenWhere', 'who'],
};

/**
 * What a button sends: the verb, the flow and the fields entered on the other steps.
 * @remarks Teams copies an input into the action's data only when it is not empty, so a field carried in the data
 * under an input's own id would come back after the person cleared it. Each card therefore carries only the fields
 * it has no input for.
 */
export function seeSomethingButtonData(
  verb: SeeSomethingVerb,
  flow: string,
  carry?: { step: SeeSomethingStep; fields: SeeSomethingFields },
  extra: { answer?: 'yes' | 'no'; to?: string } = {},
) {
  const carried: Record<string, string> = {};
  for (const key of carry ? STEP_FIELDS[carry.step] : []) {
    const value = carry!.fields[key];
    carried[key] = Array.isArray(value) ? value.join(',') : value;
  }
  return { verb, flow, ...extra, ...carried };
}
