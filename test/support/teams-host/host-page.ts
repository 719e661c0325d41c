/** What the simulated Teams host tells the tab. */
export interface HostOptions {
  /** Path of the tab inside the service, such as /tab/team?profile=vakmannen. */
  tabPath: string;
  /** The SSO token getAuthToken returns. */
  token: string;
  frameContext: 'content' | 'settings';
  user: { oid: string; upn: string; name: string };
  tenantId: string;
  teamId?: string;
  locale?: string;
  theme?: 'default' | 'dark' | 'contrast';
  /** 'silent': never answer, like a foreign page that frames the tab. */
  mode?: 'answer' | 'silent';
  width?: number;
}

/**
 * The HTML of a page that plays Teams for the tab in an iframe, following teams-js 2.58's postMessage
 * protocol: requests `{id, uuidAsString, func, args}`, answers `{id, uuidAsString, args}`, pushed events
 * `{func, args}` without an id.
 * @remarks Serve it from the tab's own origin (tests use Playwright's `page.route`): teams-js accepts a host
 * of its own origin without the CDN list of valid Teams origins. In the page, `window.teamsHost` lets the
 * test push a theme change or press Save, and `window.teamsHost.calls` records what the tab asked.
 */
export function hostPageHtml(options: HostOptions): string {
  const context = {
    locale: options.locale ?? 'nl-nl',
    theme: options.theme ?? 'default',
    frameContext: options.frameContext,
    entityId: 'voordeur-team-meldcode',
    teamId: options.teamId,
    groupId: options.teamId ? 'group-1' : undefined,
    channelId: options.teamId ? '19:general@thread.tacv2' : undefined,
    userObjectId: options.user.oid,
    userPrincipalName: options.user.upn,
    loginHint: options.user.upn,
    tid: options.tenantId,
    hostClientType: 'web',
    hostName: 'Teams',
    appSessionId: 'session-1',
  };
  const runtime = {
    apiVersion: 4,
    isLegacyTeams: false,
    supports: {
      app: {},
      appEntity: {},
      authentication: {},
      pages: { appButton: {}, tabs: {}, config: {}, backStack: {}, fullTrust: {} },
      teamsCore: {},
    },
  };
  const config = { context, runtime, token: options.token, mode: options.mode ?? 'answer' };
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Teams host simulator</title>
<style>html,body{margin:0;height:100%}iframe{border:0;width:${options.width ? `${options.width}px` : '100%'};height:100%}</style>
</head><body>
<iframe id="tab" title="Voordeur tab" src="${options.tabPath}"></iframe>
<script>
const config = ${JSON.stringify(config)};
const frame = document.getElementById('tab');
const calls = [];
const reply = (msg, args) => frame.contentWindow.postMessage({ id: msg.id, uuidAsString: msg.uuidAsString, args }, location.origin);
const push = (func, args) => frame.contentWindow.postMessage({ func, args }, location.origin);
window.addEventListener('message', (event) => {
  if (event.source !== frame.contentWindow || event.origin !== location.origin) return;
  const msg = event.data;
  if (!msg || typeof msg.func !== 'string') return;
  calls.push({ func: msg.func, args: msg.args });
  if (config.mode === 'silent') return;
  switch (msg.func) {
    case 'initialize':
      return reply(msg, [config.context.frameContext, 'web', JSON.stringify(config.runtime), '2.58.0']);
    case 'getContext':
      return reply(msg, [config.context]);
    case 'authentication.getAuthToken':
      return reply(msg, [true, config.token]);
    case 'settings.setSettings':
      return reply(msg, [true]);
    case 'executeDeepLink':
      return reply(msg, [true]);
    case 'appInitialization.success':
      return reply(msg, []);
    default:
      // One-way notifications (registerHandler, setValidityState, save.success…) need no answer.
      if (typeof msg.id === 'number') reply(msg, []);
  }
});
window.teamsHost = {
  calls,
  setTheme: (theme) => push('themeChange', [theme]),
  save: () => push('settings.save', [{ webhookUrl: '' }]),
};
</script></body></html>`;
}
