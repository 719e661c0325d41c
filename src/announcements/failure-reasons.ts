import type { Lang } from '../guidance';

/** Why a message did not arrive, in words an admin can act on. */
export const FAILURE_REASONS = ['gone', 'no-chat', 'gave-up', 'refused', 'other'] as const;
export type FailureReason = (typeof FAILURE_REASONS)[number];

/** The outbox's error codes (`http-403: recipient gone`, `no-service-url`, …) by what they mean to an admin. */
export function failureReason(lastError: string): FailureReason {
  if (/recipient gone|conversation-gone|uninstalled|unknown-conversation/.test(lastError)) return 'gone';
  if (/no-service-url|no-bot-id/.test(lastError)) return 'no-chat';
  if (/gave up/.test(lastError)) return 'gave-up';
  if (/^http-4\d\d/.test(lastError)) return 'refused';
  return 'other';
}

/** The reasons for the report and the author's card, Dutch (B1) first. */
export const FAILURE_TEXTS: Record<Lang, Record<FailureReason, string>> = {
  nl: {
    gone: 'Niet bereikbaar: de app is verwijderd of geblokkeerd, of het gesprek bestaat niet meer',
    'no-chat': 'Voordeur kon geen chat met deze persoon beginnen: de app is voor hen niet ingesteld',
    'gave-up': 'Teams bleef het bericht weigeren; na herhaald proberen gestopt',
    refused: 'Teams weigerde het bericht',
    other: 'Onbekende fout',
  },
  en: {
    gone: 'Unreachable: the app was removed or blocked, or the chat no longer exists',
    'no-chat': 'Voordeur could not start a chat with this person: the app is not set up for them',
    'gave-up': 'Teams kept refusing the message; stopped after repeated attempts',
    refused: 'Teams refused the message',
    other: 'Unknown error',
  },
};

/** Failures by last error, added up by reason, most first. */
export function failuresByReason(
  failures: Record<string, number>,
): { reason: FailureReason; count: number }[] {
  const counts = new Map<FailureReason, number>();
  for (const [error, count] of Object.entries(failures)) {
    const reason = failureReason(error);
    counts.set(reason, (counts.get(reason) ?? 0) + count);
  }
  return [...counts]
    .map(([reason, count]) => ({ reason, count }))
    .sort(
      (a, b) => b.count - a.count || FAILURE_REASONS.indexOf(a.reason) - FAILURE_REASONS.indexOf(b.reason),
    );
}
