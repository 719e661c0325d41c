import { useEffect, useState } from 'react';
import type { CardPreviewBody } from '../../../contracts';
import type { Lang } from '../../i18n';
import type { AnnouncementsApi } from './announcements-api';

/** How long typing must pause before the preview is fetched again. */
const SETTLE_MS = 300;

/**
 * The card the server would send for `content`, fetched again when typing pauses. A refused fetch (a field too long)
 * keeps the last card: saving says what is wrong.
 */
export function useCardPreview(
  api: AnnouncementsApi,
  content: CardPreviewBody,
  lang: Lang,
): Record<string, unknown> | undefined {
  const [card, setCard] = useState<Record<string, unknown>>();
  const key = JSON.stringify(content);
  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      api
        .card(JSON.parse(key) as CardPreviewBody, lang)
        .then((answer) => live && setCard(answer.card))
        .catch(() => undefined);
    }, SETTLE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [api, key, lang]);
  return card;
}
