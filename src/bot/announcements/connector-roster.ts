import { z } from 'zod';
import type { RosterMember, TeamRoster } from '../../announcements';

export interface ConnectorRosterOptions {
  /** A Bot Framework token for each request; absent in local mode (empty BOT_ID). */
  token?: () => Promise<string>;
  timeoutMs: number;
  fetch?: typeof fetch;
}

const pageSchema = z.object({
  members: z.array(
    z
      .object({
        id: z.string(),
        name: z.string().optional(),
        aadObjectId: z.string().optional(),
        email: z.string().nullish(),
        userPrincipalName: z.string().nullish(),
      })
      .passthrough(),
  ),
  continuationToken: z.string().nullish(),
});

/** Teams' largest page of members. */
const PAGE_SIZE = 500;

/**
 * The {@link TeamRoster} that asks Teams: `GET /v3/conversations/{teamId}/pagedmembers`, page by page.
 * @remarks Read when an announcement is previewed or sent, never stored: the directory keeps no team memberships,
 * and a roster read now includes whoever joined the team since. 403 and 404 mean the app is no longer in the team
 * (undefined); any other failure throws, and the caller tries again later.
 */
export function createConnectorRoster(options: ConnectorRosterOptions): TeamRoster {
  const fetchImpl = options.fetch ?? fetch;
  return {
    async members(team) {
      const members: RosterMember[] = [];
      let continuation: string | undefined;
      do {
        const base = team.serviceUrl.endsWith('/') ? team.serviceUrl : `${team.serviceUrl}/`;
        const url = new URL(`${base}v3/conversations/${encodeURIComponent(team.teamId)}/pagedmembers`);
        url.searchParams.set('pageSize', String(PAGE_SIZE));
        if (continuation) url.searchParams.set('continuationToken', continuation);
        const headers: Record<string, string> = {};
        if (options.token) headers.authorization = `Bearer ${await options.token()}`;
        const response = await fetchImpl(url, { headers, signal: AbortSignal.timeout(options.timeoutMs) });
        if (response.status === 403 || response.status === 404) return undefined;
        if (!response.ok) throw new Error(`team roster: http-${response.status}`);
        const page = pageSchema.parse(await response.json());
        for (const m of page.members) {
          // Guests and bots without an Entra id cannot be addressed one to one.
          if (!m.aadObjectId) continue;
          members.push({
            aadObjectId: m.aadObjectId,
            userId: m.id,
            name: m.name,
            email: m.email ?? undefined,
            userPrincipalName: m.userPrincipalName ?? undefined,
          });
        }
        continuation = page.continuationToken ?? undefined;
      } while (continuation);
      return members;
    },
  };
}
