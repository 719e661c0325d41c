import { z } from 'zod';
import { LIMITS, SIGNAL_CHOICES, type SignalChoice } from '../../guidance/see-something/note';

/**
 * The verbs of the "ik zie iets" cards. Each button is an `Action.Execute` with an `Action.Submit` fallback
 * carrying the same data, so one schema serves both.
 */
export const SEEN = {
  start: 'seen.start',
  danger: 'seen.danger',
  facts: 'seen.facts',
  where: 'seen.where',
  back: 'seen.back',
  edit: 'seen.edit',
  send: 'seen.send',
  keep: 'seen.keep',
  cancel: 'seen.cancel',
  status: 'seen.status',
} as const;
export type SeenVerb = (typeof SEEN)[keyof typeof SEEN];

/** Everything the person entered so far; it travels in the card, not in Voordeur's database. */
export interface SeenFields {
  choices: SignalChoice[];
  observed: string;
  whenWhere: string;
  who: string;
}

export const EMPTY_FIELDS: SeenFields = { choices: [], observed: '', whenWhere: '', who: '' };

const text = (max: number) => z.string().max(max).optional().default('');
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
export const seenData = z.object({
  verb: z.enum(Object.values(SEEN) as [SeenVerb, ...SeenVerb[]]),
  flow: z.string().uuid(),
  answer: z.enum(['yes', 'no']).optional(),
  choices,
  observed: text(LIMITS.observed),
  whenWhere: text(LIMITS.whenWhere),
  who: text(LIMITS.who),
});
export type SeenData = z.infer<typeof seenData>;

/** What a button sends: the verb, the flow and the fields entered so far. */
export function seenButtonData(verb: SeenVerb, flow: string, fields?: SeenFields, answer?: 'yes' | 'no') {
  const carried = fields && {
    choices: fields.choices.join(','),
    observed: fields.observed,
    whenWhere: fields.whenWhere,
    who: fields.who,
  };
  return { verb, flow, ...(answer ? { answer } : {}), ...carried };
}
