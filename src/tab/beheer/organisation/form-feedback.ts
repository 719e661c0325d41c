import { useEffect, useState } from 'react';
import { AdminError } from '../admin-api';

/** What a form says after a save: beside its button, where the admin is looking. */
export type Outcome = { kind: 'saved' | 'error'; text: string } | undefined;

/**
 * A form's feedback: the problem beside each field, the outcome beside the button, and focus on the first
 * field with a problem.
 * @param fields the form's fields in the order they are shown; a problem of `appliesTo.teamIds` belongs to
 * the field `appliesTo`
 * @param idOf the id of a field's input, to move focus there
 * @param sentence the field's own sentence (in the admin's language); the API's message when it has none
 * @remarks Nothing the admin typed is touched here: a form keeps its values in its own state whatever happens.
 */
export function useFormFeedback(
  fields: readonly string[],
  idOf: (field: string) => string,
  sentence: (field: string) => string | undefined,
) {
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [outcome, setOutcome] = useState<Outcome>();
  const [busy, setBusy] = useState(false);
  const [focus, setFocus] = useState<{ field: string }>();

  useEffect(() => {
    const target = focus && document.getElementById(idOf(focus.field));
    // A group of choices (radio buttons) is focused at its first choice.
    const control = target?.matches('input, select, textarea, button')
      ? target
      : target?.querySelector<HTMLElement>('input, select, textarea, button');
    control?.focus();
    // Only a new refusal moves focus; idOf is the form's own naming, the same for its life.
  }, [focus]);

  /** Runs a save; answers whether it worked. `failed` words a refusal that is not about a field. */
  async function run(
    save: () => Promise<string>,
    t: { saveFailed: string; fixFields: (n: number) => string },
  ): Promise<boolean> {
    setBusy(true);
    setOutcome(undefined);
    try {
      const text = await save();
      setProblems({});
      setOutcome({ kind: 'saved', text });
      return true;
    } catch (error) {
      const found: Record<string, string> = {};
      if (error instanceof AdminError && error.status === 400) {
        for (const p of error.problems) {
          const field = fields.find((f) => p.field === f || p.field.startsWith(`${f}.`));
          if (field) found[field] ??= sentence(field) ?? p.message;
        }
      }
      const first = fields.find((f) => found[f]);
      setProblems(found);
      if (first) {
        setOutcome({ kind: 'error', text: t.fixFields(Object.keys(found).length) });
        setFocus({ field: first });
      } else {
        const detail = error instanceof AdminError && error.status === 400 ? ` (${error.message})` : '';
        setOutcome({ kind: 'error', text: `${t.saveFailed}${detail}` });
      }
      return false;
    } finally {
      setBusy(false);
    }
  }

  /** The props that show a field's problem beside it (Fluent `Field`). */
  const fieldState = (field: string) =>
    problems[field]
      ? { validationState: 'error' as const, validationMessage: problems[field] }
      : { validationState: 'none' as const };

  return { problems, outcome, setOutcome, busy, run, fieldState };
}
