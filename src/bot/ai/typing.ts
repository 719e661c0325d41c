import { ActivityTypes, type TurnContext } from 'botbuilder';

/** Teams shows a typing indicator for a few seconds; sent again this often while the work goes on. */
export const TYPING_EVERY_MS = 3_000;

/**
 * Runs `work` while Teams shows that Voordeur is typing: one `typing` activity at once, then one every
 * {@link TYPING_EVERY_MS} until the work is done.
 * @remarks For a language model's answer, which takes seconds. teams-ai's own typing timer waits a second first
 * and is shared by all turns of the application, so a turn that starts while another's runs gets none. The last
 * indicator has been sent before this returns: one sent after the answer would show "typing" under it. A failed
 * indicator is ignored: it is decoration, never a reason to lose the answer.
 */
export async function whileTyping<T>(context: TurnContext, work: () => Promise<T>): Promise<T> {
  let sending: Promise<unknown> = Promise.resolve();
  const send = () => {
    sending = context.sendActivity({ type: ActivityTypes.Typing }).catch(() => undefined);
  };
  send();
  const timer = setInterval(send, TYPING_EVERY_MS);
  try {
    return await work();
  } finally {
    clearInterval(timer);
    await sending;
  }
}
