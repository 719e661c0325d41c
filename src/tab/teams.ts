import { app, authentication, pages } from '@microsoft/teams-js';

export type TeamsTheme = 'default' | 'dark' | 'contrast';

/** What the tab knows once Teams has answered. */
export interface TeamsSession {
  token: string;
  locale?: string;
  theme: TeamsTheme;
  /** The team's thread id (19:…@thread.tacv2), in a team or channel tab. */
  teamId?: string;
  frameContext?: string;
}

/** How long to wait for a Teams host before saying "open this in Teams" (the page must say so within 3 s). */
export const TEAMS_TIMEOUT_MS = 1500;

const asTheme = (t: string | undefined): TeamsTheme => (t === 'dark' || t === 'contrast' ? t : 'default');

/**
 * Connects to the Teams host and fetches an SSO token.
 * @param onSlow called once when the host has not answered within `timeoutMs`: the page then says it must be
 * opened in Teams, and still carries on if a slow Teams client answers later.
 * @returns undefined when there is no Teams host (`app.initialize()` rejected).
 * @remarks Outside Teams `app.initialize()` rejects at top level but hangs (60 s) inside a foreign iframe.
 */
export async function connectToTeams(
  onSlow: () => void,
  timeoutMs = TEAMS_TIMEOUT_MS,
): Promise<TeamsSession | undefined> {
  const timer = setTimeout(onSlow, timeoutMs);
  try {
    await app.initialize();
  } catch {
    return undefined;
  } finally {
    clearTimeout(timer);
  }
  const context = await app.getContext();
  const token = await authentication.getAuthToken();
  app.notifySuccess().catch(() => undefined);
  return {
    token,
    locale: context.app.locale,
    theme: asTheme(context.app.theme),
    teamId: context.team?.internalId,
    frameContext: context.page.frameContext,
  };
}

export function onThemeChange(handler: (theme: TeamsTheme) => void): void {
  app.registerOnThemeChangeHandler((t) => handler(asTheme(t)));
}

/** On the configuration page: the URL Teams stores for this team's tab, and what happens on Save. */
export function registerConfigSave(buildContentUrl: () => string, beforeSave: () => Promise<void>): void {
  pages.config.registerOnSaveHandler((event) => {
    beforeSave()
      .then(() =>
        pages.config.setConfig({
          entityId: 'voordeur-team-meldcode',
          contentUrl: buildContentUrl(),
          websiteUrl: buildContentUrl(),
          suggestedDisplayName: 'Meldcode',
        }),
      )
      .then(() => event.notifySuccess())
      .catch((error: unknown) => event.notifyFailure(error instanceof Error ? error.message : 'save failed'));
  });
}

export function setConfigValid(valid: boolean): void {
  pages.config.setValidityState(valid);
}

/** Opens a Teams deep link through the host (chat with a colleague). */
export function openInTeams(url: string): void {
  app.openLink(url).catch(() => window.open(url, '_blank', 'noopener'));
}

/**
 * The personal chat with Voordeur, with a message already typed (Teams deep link); the person presses Send.
 * @param botId the bot's Microsoft app id (`28:` is the prefix Teams gives bots)
 */
export const botChatLink = (botId: string, message: string) =>
  `https://teams.microsoft.com/l/chat/0/0?users=28:${encodeURIComponent(botId)}&message=${encodeURIComponent(message)}`;
