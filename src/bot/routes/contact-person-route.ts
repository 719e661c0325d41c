import type { Application, TurnState } from '@microsoft/teams-ai';
import { handoverTarget } from '../../see-something';
import type { BotDependencies } from '../bot-dependencies';
import { contactPersonCard } from '../cards/contact-person-card';
import { cardAttachment } from '../cards/expand-card';
import { langOfMessage } from '../locale';
import { setRoute } from '../route-name';
import { teamOfSender } from '../see-something/start';

/**
 * "Wie is onze aandachtsfunctionaris?", "who is the contact person in my team": a question about a person, not
 * about the role (that one the knowledge base answers). Matched only when it asks who, for us or me.
 */
export const CONTACT_PERSON_QUESTION =
  /\b(wie is|wie zijn|who is|who's)\b.{0,30}\b(aandachtsfunctionaris(sen)?|aandacht functionaris|contactpersoon|contact ?person)\b/i;

/**
 * Names the aandachtsfunctionaris of the sender's team, else the organisation's (the same person a note from
 * "ik zie iets" goes to), with buttons to chat with or call them.
 */
export function registerContactPersonRoute(
  app: Application<TurnState>,
  deps: Pick<BotDependencies, 'checklists' | 'orgSettings' | 'installations' | 'logger'>,
): void {
  app.message(CONTACT_PERSON_QUESTION, async (context) => {
    const teamId = await teamOfSender(context, deps);
    const target = await handoverTarget({ checklists: deps.checklists, settings: deps.orgSettings, teamId });
    setRoute(context, `contact-person:${target.kind === 'none' ? 'none' : target.scope}`);
    const card = contactPersonCard(langOfMessage(context.activity), target);
    await context.sendActivity({ attachments: [cardAttachment(card)] });
  });
}
