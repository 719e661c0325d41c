import type { HandoverTarget } from '../../see-something';
import type { Lang } from '../locale';
import { contactActions } from '../see-something/cards';
import { type AdaptiveCardJson, expandCard } from './expand-card';
import { TEXTS } from './texts';

/** Who the aandachtsfunctionaris is, with buttons to chat with or call them; or that none is set yet. */
export function contactPersonCard(lang: Lang, target: HandoverTarget): AdaptiveCardJson {
  const t = TEXTS[lang].contactPerson;
  const footer = TEXTS[lang].footer;
  // 112 stays the one primary button, as on every card.
  const call112 = { type: 'Action.OpenUrl', title: TEXTS[lang].call112, url: 'tel:112', style: 'positive' };
  if (target.kind === 'none') {
    return expandCard('contact-person', {
      lang,
      title: t.noneTitle,
      body: t.noneBody,
      footer,
      actions: [call112],
    });
  }
  return expandCard('contact-person', {
    lang,
    title: t.title(target.contact.name),
    body: target.scope === 'team' ? t.team : t.organisation,
    footer,
    actions: [call112, ...contactActions(lang, target.contact)],
  });
}
