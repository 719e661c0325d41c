import type { Application, TurnState } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import { TeamsInfo } from 'botbuilder';
import type { BotDependencies } from '../bot-dependencies';
import { cardAttachment } from '../cards/expand-card';
import { welcomeCard } from '../cards/welcome-card';
import { originOf } from '../conversation';
import { langOf, type Lang } from '../locale';
import { clip } from '../../logging';
import { setRoute } from '../route-name';
import { forgetTeamRoster, readTeamRoster } from '../team-roster';

/**
 * Install and uninstall: store where Voordeur was installed, look the installer up, and welcome once.
 * @remarks Teams sends the install event once: the conversation address stored here is what every later
 * proactive message (reminders, announcements, handovers) depends on.
 */
export function registerInstallRoutes(app: Application<TurnState>, deps: BotDependencies): void {
  app.conversationUpdate('membersAdded', async (context) => {
    const botAdded = context.activity.membersAdded?.some((m) => m.id === context.activity.recipient.id);
    if (!botAdded) {
      setRoute(context, 'members-added');
      return readTeamRoster(context, deps);
    }
    setRoute(context, 'install');
    await recordInstall(context, deps);
    await context.sendActivity({
      attachments: [cardAttachment(welcomeCard(await installerLang(context, deps)))],
    });
    // After the welcome: reading a large team's roster takes a while.
    await readTeamRoster(context, deps);
  });

  app.conversationUpdate('membersRemoved', async (context) => {
    const botRemoved = context.activity.membersRemoved?.some((m) => m.id === context.activity.recipient.id);
    setRoute(context, botRemoved ? 'uninstall' : 'members-removed');
    if (!botRemoved) return readTeamRoster(context, deps);
    await deps.installations.markUninstalled(context.activity.conversation.id, deps.now());
    await forgetTeamRoster(context, deps);
  });

  app.activity('installationUpdate', async (context) => {
    const action = context.activity.action ?? '';
    if (action.startsWith('remove')) {
      setRoute(context, 'uninstall');
      await deps.installations.markUninstalled(context.activity.conversation.id, deps.now());
      await forgetTeamRoster(context, deps);
    } else {
      setRoute(context, 'install');
      await recordInstall(context, deps);
    }
  });
}

/**
 * The installer's language.
 * @remarks Teams' conversationUpdate carries no locale; the installationUpdate just before it does, and the
 * directory stored it with the person.
 */
async function installerLang(context: TurnContext, deps: BotDependencies): Promise<Lang> {
  const { activity } = context;
  if (activity.locale || !activity.from?.aadObjectId) return langOf(activity);
  const person = await deps.people.get(activity.from.aadObjectId);
  return langOf({ locale: person?.locale });
}

async function recordInstall(context: TurnContext, deps: BotDependencies): Promise<void> {
  const origin = originOf(context.activity);
  const at = deps.now();
  await deps.installations.record({ ...origin, at, event: 'install' });
  const aadObjectId = context.activity.from?.aadObjectId;
  if (!aadObjectId) return;
  try {
    const member = await TeamsInfo.getMember(context, context.activity.from.id);
    await deps.people.upsert({
      aadObjectId,
      tenantId: origin.tenantId,
      displayName: member.name,
      email: member.email ?? undefined,
      userPrincipalName: member.userPrincipalName ?? undefined,
      at,
    });
  } catch (error) {
    // The roster is a nicety: without it the person is still known by id and name from the activity.
    deps.logger.warn(
      {
        event: 'member-lookup-failed',
        conversationId: clip(origin.conversationId),
        errorName: (error as Error).name,
      },
      'member lookup failed',
    );
  }
}
