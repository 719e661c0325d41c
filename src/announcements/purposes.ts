/**
 * The outbox purposes and idempotency keys of an announcement's messages.
 * @remarks Every key is `<purpose>|<what>`: the same announcement, recipient and purpose always give the same key,
 * so enqueuing again after a crash or a double click adds nothing, and nobody gets a message twice.
 */
export const purposes = {
  /** The announcement itself, one message per recipient. */
  message: (id: string) => `announcement:${id}`,
  /** The one reminder to those who did not acknowledge. */
  reminder: (id: string) => `announcement:${id}:reminder`,
  /** The updates of one edit after sending. */
  edit: (id: string, revision: number) => `announcement:${id}:edit:${revision}`,
  /** The deletes of a retraction. */
  retract: (id: string) => `announcement:${id}:retract`,
  /** The author's progress card, and its update when sending ends. */
  author: (id: string) => `announcement:${id}:author`,
  /** "Stuur mij een voorbeeld": one per revision and admin. */
  preview: (id: string, revision: number) => `announcement:${id}:preview:${revision}`,
} as const;

/** The idempotency key of one message of a purpose. */
export function messageKey(purpose: string, what: string): string {
  return `${purpose}|${what}`;
}

/** The recipient part of a key made by {@link messageKey}. */
export function recipientKeyOf(idempotencyKey: string): string {
  return idempotencyKey.slice(idempotencyKey.indexOf('|') + 1);
}
