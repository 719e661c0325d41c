import type { Activity } from 'botbuilder';
import { TurnContext } from 'botbuilder';
import type { ConversationAddress, InstallationScope, RecordConversation } from '../directory/installations';

/** Where an activity came from, in the directory's terms. */
export type ActivityOrigin = Omit<RecordConversation, 'at' | 'event'>;

interface TeamsChannelData {
  tenant?: { id?: string };
  team?: { id?: string; name?: unknown };
}

/** Longer team names are cut: Teams allows 256 characters, an admin's list needs far fewer. */
const TEAM_NAME_MAX = 200;

/** The team's name, when Teams sends it (install, members added, team renamed). */
function teamNameOf(activity: Pick<Activity, 'channelData'>): string | undefined {
  const name = (activity.channelData as TeamsChannelData | undefined)?.team?.name;
  if (typeof name !== 'string' || !name.trim()) return undefined;
  return name.trim().slice(0, TEAM_NAME_MAX);
}

/** The team a channel activity comes from, from Teams' channel data. */
export function teamIdOf(activity: Pick<Activity, 'channelData'>): string | undefined {
  const id = (activity.channelData as TeamsChannelData | undefined)?.team?.id;
  return typeof id === 'string' ? id : undefined;
}

/** Reads the conversation an activity belongs to; ids and addresses only. */
export function originOf(activity: Activity): ActivityOrigin {
  const channelData = (activity.channelData ?? {}) as TeamsChannelData;
  const type = activity.conversation.conversationType;
  const scope: InstallationScope =
    type === 'personal'
      ? 'personal'
      : type === 'channel' || teamIdOf(activity)
        ? 'team'
        : type === 'groupChat'
          ? 'groupChat'
          : 'personal';
  const tenantId = activity.conversation.tenantId ?? channelData.tenant?.id;
  const reference = TurnContext.getConversationReference(activity);
  const address: ConversationAddress = {
    channelId: reference.channelId ?? activity.channelId,
    serviceUrl: reference.serviceUrl ?? activity.serviceUrl,
    conversation: {
      id: activity.conversation.id,
      tenantId,
      conversationType: type,
      isGroup: activity.conversation.isGroup,
    },
    bot: { id: activity.recipient.id, name: activity.recipient.name },
    user:
      scope === 'personal' && activity.from
        ? { id: activity.from.id, aadObjectId: activity.from.aadObjectId, name: activity.from.name }
        : undefined,
    locale: activity.locale,
  };
  return {
    conversationId: activity.conversation.id,
    scope,
    tenantId,
    teamId: teamIdOf(activity),
    teamName: teamNameOf(activity),
    aadObjectId: scope === 'personal' ? activity.from?.aadObjectId : undefined,
    address,
  };
}
