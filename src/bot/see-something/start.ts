import { randomUUID } from 'node:crypto';
import { TeamsInfo, type TurnContext } from 'botbuilder';
import { startFlow, teamOfPerson } from '../../see-something';
import { clip, errorFields } from '../../logging';
import { cardAttachment } from '../cards/expand-card';
import { teamIdOf } from '../conversation';
import { seeSomethingDangerCard } from './cards';
import { SEE_SOMETHING_TEXTS } from './texts';
import { langOfMessage } from '../locale';
import { setRoute } from '../route-name';
import type { SeeSomethingDeps, StepResult } from './steps';

/** A roster answer slower than this counts as "not a member": the first card must not wait on Teams. */
const ROSTER_TIMEOUT_MS = 2_000;

/** Whether the person who sent this activity is a member of `teamId`, by Teams' roster (404: not a member). */
async function isMember(
  context: TurnContext,
  teamId: string,
  deps: Pick<SeeSomethingDeps, 'logger'>,
): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('roster lookup timed out')), ROSTER_TIMEOUT_MS);
  });
  try {
    await Promise.race([TeamsInfo.getTeamMember(context, teamId, context.activity.from.id), timeout]);
    return true;
  } catch (error) {
    const status = (error as { statusCode?: number }).statusCode;
    if (status !== 404) {
      deps.logger.warn(
        { event: 'team-member-lookup-failed', teamId: clip(teamId), ...errorFields(error) },
        'roster lookup failed',
      );
    }
    return false;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The sender's team for the aandachtsfunctionaris: where they asked, else their own team by the roster.
 * @remarks Shared by the handover and "wie is onze aandachtsfunctionaris?", so both name the same person.
 */
export async function teamOfSender(
  context: TurnContext,
  deps: Pick<SeeSomethingDeps, 'checklists' | 'installations' | 'logger'>,
): Promise<string | undefined> {
  const asked = teamIdOf(context.activity);
  if (asked) return asked;
  return teamOfPerson({
    checklists: deps.checklists,
    teamIds: await deps.installations.teamIds(),
    isMember: (teamId) => isMember(context, teamId, deps),
  });
}

/**
 * Starts "ik zie iets" for whoever asked: the first card asks whether there is danger now.
 * @remarks The flow runs in the personal chat only, where nobody else reads along. Asked in a channel or group
 * chat, the first card goes to the person's personal chat through the outbox (which opens that chat when needed),
 * and the team it was asked in is remembered for the handover. Started in the personal chat, the person's own
 * team is looked up in Teams' roster (see {@link teamOfPerson}).
 */
export async function startSeeSomething(context: TurnContext, deps: SeeSomethingDeps): Promise<StepResult> {
  const lang = langOfMessage(context.activity);
  const { from, conversation, serviceUrl } = context.activity;
  const ownerId = from?.aadObjectId;
  if (!ownerId) {
    setRoute(context, 'see-something:start-no-person');
    return { text: SEE_SOMETHING_TEXTS[lang].goPrivate };
  }
  const flow = await startFlow({
    flows: deps.seeSomethingFlows,
    id: randomUUID(),
    ownerId,
    teamId: await teamOfSender(context, deps),
    now: deps.now(),
  });
  const card = seeSomethingDangerCard(lang, flow.id);
  if (conversation.conversationType === 'personal') {
    setRoute(context, 'see-something:start');
    return { card };
  }
  setRoute(context, 'see-something:start-private');
  await deps.outbox.enqueue([
    {
      purpose: `see-something-start:${flow.id}`,
      recipient: {
        kind: 'person',
        aadObjectId: ownerId,
        tenantId: conversation.tenantId,
        serviceUrl,
        userId: from.id,
      },
      payload: { type: 'message', attachments: [cardAttachment(card)] },
      urgent: true,
    },
  ]);
  return { text: SEE_SOMETHING_TEXTS[lang].goPrivate };
}
