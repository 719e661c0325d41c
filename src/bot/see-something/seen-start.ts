import { randomUUID } from 'node:crypto';
import type { TurnContext } from 'botbuilder';
import { startFlow } from '../../guidance/see-something/flow';
import { cardAttachment } from '../cards/expand-card';
import { seenDangerCard } from '../cards/seen-cards';
import { SEEN_TEXTS } from '../cards/seen-texts';
import { langOf } from '../locale';
import { setRoute } from '../route-name';
import type { SeenDeps, StepResult } from './seen-steps';

/** The team a channel activity comes from, which picks the team's aandachtsfunctionaris. */
function teamOf(context: TurnContext): string | undefined {
  const team = (context.activity.channelData as { team?: { id?: unknown } } | undefined)?.team;
  return typeof team?.id === 'string' ? team.id : undefined;
}

/**
 * Starts "ik zie iets" for whoever asked: the first card asks whether there is danger now.
 * @remarks The flow runs in the personal chat only, where nobody else reads along. Asked in a channel or group
 * chat, the first card goes to the person's personal chat through the outbox (which opens that chat when needed),
 * and the team it was asked in is remembered for the handover.
 */
export async function startSeen(context: TurnContext, deps: SeenDeps): Promise<StepResult> {
  const lang = langOf(context.activity);
  const { from, conversation, serviceUrl } = context.activity;
  const ownerId = from?.aadObjectId;
  if (!ownerId) {
    setRoute(context, 'seen:start-no-person');
    return { text: SEEN_TEXTS[lang].goPrivate };
  }
  const flow = await startFlow({
    flows: deps.seenFlows,
    id: randomUUID(),
    ownerId,
    teamId: teamOf(context),
    now: deps.now(),
  });
  const card = seenDangerCard(lang, flow.id);
  if (conversation.conversationType === 'personal') {
    setRoute(context, 'seen:start');
    return { card };
  }
  setRoute(context, 'seen:start-private');
  await deps.outbox.enqueue([
    {
      purpose: `seen-start:${flow.id}`,
      recipient: {
        kind: 'person',
        aadObjectId: ownerId,
        tenantId: conversation.tenantId,
        serviceUrl,
        userId: from.id,
      },
      payload: { type: 'message', attachments: [cardAttachment(card)] },
    },
  ]);
  return { text: SEEN_TEXTS[lang].goPrivate };
}
