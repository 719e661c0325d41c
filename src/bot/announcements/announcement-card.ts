import {
  FAILURE_TEXTS,
  type AnnouncementView,
  type ProgressView,
  type RecipientState,
} from '../../announcements';
import { type AdaptiveCardJson, expandCard } from '../cards/expand-card';
import { TEXTS } from '../cards/texts';
import type { Lang } from '../locale';
import { ANNOUNCEMENT_TEXTS } from './texts';
import { ANNOUNCEMENT_VERBS } from './verbs';

/**
 * An announcement as one recipient sees it: with the "Gelezen en begrepen" button, or, once they pressed it, the
 * day and time they did.
 * @remarks The time is written with Adaptive Cards' `{{DATE()}}` and `{{TIME()}}`, so Teams shows it in the reader's
 * own time zone and date format. A preview has no working button: it would acknowledge a draft.
 */
export function announcementCard(view: AnnouncementView, state: RecipientState): AdaptiveCardJson {
  const t = ANNOUNCEMENT_TEXTS[state.lang];
  const asking = view.acknowledge && !state.acknowledgedAt;
  const stamp = state.acknowledgedAt?.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return expandCard('announcement', {
    lang: state.lang,
    id: view.id,
    label: state.preview ? t.previewLabel : state.reminder ? t.reminderLabel : t.label,
    title: view.title,
    body: view.body,
    imageUrl: view.imageUrl ?? '',
    imageAlt: t.imageAlt,
    acknowledged: stamp ? t.acknowledged(`{{DATE(${stamp}, SHORT)}}`, `{{TIME(${stamp})}}`) : '',
    ask: !asking ? '' : state.preview ? t.previewAsk : state.reminder ? t.reminderAsk : t.ask,
    acknowledgeVerb: asking && !state.preview ? ANNOUNCEMENT_VERBS.acknowledge : '',
    acknowledgeTitle: t.acknowledge,
    buttons: view.buttons,
    danger: TEXTS[state.lang].dangerLine,
  });
}

/** The author's card: sending, sent, stopped or retracted, with the counts and why messages failed. */
export function announcementProgressCard(view: ProgressView, lang: Lang): AdaptiveCardJson {
  const t = ANNOUNCEMENT_TEXTS[lang].progress;
  const facts = [
    { name: t.recipients, value: String(view.total) },
    { name: t.sent, value: String(view.sent) },
    { name: t.failed, value: String(view.failed) },
    ...(view.pending > 0 ? [{ name: t.pending, value: String(view.pending) }] : []),
  ];
  return expandCard('announcement-progress', {
    lang,
    heading: t.heading[view.state],
    title: view.title,
    summary: t.summary[view.state],
    facts,
    failuresTitle: view.failures.length ? t.failuresTitle : '',
    failures: view.failures.map((f) => ({ line: `${f.count} × ${FAILURE_TEXTS[lang][f.reason]}` })),
    danger: TEXTS[lang].dangerLine,
  });
}
