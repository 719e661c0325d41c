import { z } from 'zod';
import type { Lang } from '../guidance';
import type { AnnouncementDeps } from './announcement-deps';
import { isHttpsUrl } from './body-rules';
import { AnnouncementInvalidError } from './errors';
import { fieldProblems, LIMITS } from './field-messages';
import type { AnnouncementView } from './outbound';

/** The id a card of unsaved content carries: its button does nothing in a preview anyway. */
const UNSAVED_ID = '00000000-0000-4000-8000-000000000000';

/**
 * What the compose screen has so far. Looser than a draft on purpose: a half-written announcement still has a
 * preview. Only the lengths are held (they bound the work); what saving refuses is said when saving.
 */
export const cardPreviewSchema = z
  .object({
    title: z.string().max(LIMITS.title).default(''),
    body: z.string().max(LIMITS.body).default(''),
    imageUrl: z.string().max(LIMITS.url).nullish(),
    buttons: z
      .array(
        z.object({ title: z.string().max(LIMITS.buttonTitle), url: z.string().max(LIMITS.url) }).strict(),
      )
      .max(LIMITS.buttons)
      .default([]),
    acknowledge: z.boolean().default(false),
  })
  .strip();

/**
 * The Adaptive Card a recipient reading `lang` gets for this content: the same builder the send uses, so the
 * Beheer tab's preview is the card, not an imitation of it.
 * @remarks An image or button whose address is not https is left out, as Teams would not open it; saving says so.
 * @throws {AnnouncementInvalidError} when a field is too long or of the wrong type
 */
export function previewCard(
  deps: Pick<AnnouncementDeps, 'messages'>,
  input: unknown,
  lang: Lang,
): Record<string, unknown> {
  const parsed = cardPreviewSchema.safeParse(input ?? {});
  if (!parsed.success) throw new AnnouncementInvalidError(fieldProblems(parsed.error.issues));
  const { title, body, imageUrl, buttons, acknowledge } = parsed.data;
  const view: AnnouncementView = {
    id: UNSAVED_ID,
    title: title.trim(),
    body: body.trim(),
    imageUrl: imageUrl && isHttpsUrl(imageUrl.trim()) ? imageUrl.trim() : undefined,
    buttons: buttons
      .map((b) => ({ title: b.title.trim(), url: b.url.trim() }))
      .filter((b) => b.title && isHttpsUrl(b.url)),
    acknowledge,
  };
  const activity = deps.messages.message(view, { lang });
  const [attachment] = (activity.attachments ?? []) as { content?: Record<string, unknown> }[];
  if (!attachment?.content) throw new Error('the announcement message has no card');
  return attachment.content;
}
