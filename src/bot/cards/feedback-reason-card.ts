import { FEEDBACK_REASONS } from '../../guidance';
import type { Lang } from '../locale';
import { type AdaptiveCardJson, expandCard } from './expand-card';
import { TEXTS } from './texts';
import { FEEDBACK_REASON } from './verbs';

/** After "not helpful": why not, as buttons that add a reason to that verdict. */
export function feedbackReasonCard(lang: Lang, feedbackId: string): AdaptiveCardJson {
  const t = TEXTS[lang];
  return expandCard('feedback-reason', {
    lang,
    title: t.feedback.reasonTitle,
    body: t.feedback.reasonBody,
    footer: t.footer,
    reasons: FEEDBACK_REASONS.map((reason) => ({
      title: t.feedback.reasons[reason],
      verb: FEEDBACK_REASON,
      id: feedbackId,
      reason,
    })),
  });
}
