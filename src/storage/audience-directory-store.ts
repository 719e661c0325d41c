import type { Kysely } from 'kysely';
import type { AudienceDirectory, KnownPerson, PersonalChat, TeamChannel } from '../announcements';
import type { Database } from './schema';

/** Values per `in (…)` list: well under both engines' limits on bound parameters. */
const IN_CHUNK = 500;

/**
 * {@link AudienceDirectory} on the directory's tables (installations and people).
 * @remarks Reads only what the app itself recorded from Teams' activities and member lookups.
 */
export class AudienceDirectoryStore implements AudienceDirectory {
  constructor(private readonly db: Kysely<Database>) {}

  async personalChats(): Promise<PersonalChat[]> {
    const rows = await this.db
      .selectFrom('installations as i')
      .leftJoin('people as p', 'p.aad_object_id', 'i.aad_object_id')
      .select(['i.conversation_id', 'i.aad_object_id', 'i.gone_at', 'p.display_name', 'p.locale'])
      .where('i.scope', '=', 'personal')
      .where('i.uninstalled_at', 'is', null)
      .orderBy('i.installed_at')
      .orderBy('i.conversation_id')
      .execute();
    return rows.map((r) => ({
      conversationId: r.conversation_id,
      aadObjectId: r.aad_object_id ?? undefined,
      name: r.display_name ?? undefined,
      locale: r.locale ?? undefined,
      gone: r.gone_at !== null,
    }));
  }

  /**
   * A team has one channel row per channel the app heard from; its post goes to a reachable one, preferably the
   * General channel (whose id is the team's id), else the one where it was installed first.
   */
  async teamChannels(teamIds: readonly string[]): Promise<TeamChannel[]> {
    const rows = await this.inChunks(teamIds, (ids) =>
      this.db
        .selectFrom('installations')
        .select(['team_id', 'conversation_id', 'service_url', 'tenant_id', 'gone_at'])
        .where('scope', '=', 'team')
        .where('team_id', 'in', ids)
        .where('uninstalled_at', 'is', null)
        .orderBy('installed_at')
        .orderBy('conversation_id')
        .execute(),
    );
    const best = new Map<string, (typeof rows)[number]>();
    const rank = (r: (typeof rows)[number]) =>
      (r.gone_at ? 2 : 0) + (r.conversation_id === r.team_id ? 0 : 1);
    for (const row of rows) {
      const current = best.get(row.team_id!);
      if (!current || rank(row) < rank(current)) best.set(row.team_id!, row);
    }
    return [...best.values()].map((r) => ({
      teamId: r.team_id!,
      conversationId: r.conversation_id,
      serviceUrl: r.service_url,
      tenantId: r.tenant_id ?? undefined,
      gone: r.gone_at !== null,
    }));
  }

  async peopleByIds(aadObjectIds: readonly string[]): Promise<KnownPerson[]> {
    const people = await this.inChunks(aadObjectIds, (ids) =>
      this.db
        .selectFrom('people')
        .select(['aad_object_id', 'display_name', 'locale'])
        .where('aad_object_id', 'in', ids)
        .execute(),
    );
    const chats = await this.chatStates(aadObjectIds);
    const known = new Map<string, KnownPerson>();
    for (const p of people) {
      known.set(p.aad_object_id, {
        aadObjectId: p.aad_object_id,
        name: p.display_name ?? undefined,
        locale: p.locale ?? undefined,
        chat: chats.get(p.aad_object_id) ?? 'none',
      });
    }
    // Someone with a personal chat but no person row (installed, never looked up) is known too.
    for (const [aadObjectId, chat] of chats)
      if (!known.has(aadObjectId)) known.set(aadObjectId, { aadObjectId, chat });
    return [...known.values()];
  }

  async peopleByAddresses(addresses: readonly string[]): Promise<(KnownPerson & { addresses: string[] })[]> {
    const wanted = new Set(addresses.map((a) => a.toLowerCase()));
    const people = await this.inChunks([...wanted], (list) =>
      this.db
        .selectFrom('people')
        .select(['aad_object_id', 'display_name', 'locale', 'email', 'user_principal_name'])
        .where((eb) =>
          eb.or([
            eb(eb.fn('lower', ['email']), 'in', list),
            eb(eb.fn('lower', ['user_principal_name']), 'in', list),
          ]),
        )
        .execute(),
    );
    const chats = await this.chatStates(people.map((p) => p.aad_object_id));
    const found = new Map<string, KnownPerson & { addresses: string[] }>();
    for (const p of people) {
      const matched = [p.email, p.user_principal_name].flatMap((a) =>
        a && wanted.has(a.toLowerCase()) ? [a.toLowerCase()] : [],
      );
      found.set(p.aad_object_id, {
        aadObjectId: p.aad_object_id,
        name: p.display_name ?? undefined,
        locale: p.locale ?? undefined,
        chat: chats.get(p.aad_object_id) ?? 'none',
        addresses: [...new Set([...(found.get(p.aad_object_id)?.addresses ?? []), ...matched])],
      });
    }
    return [...found.values()];
  }

  /** Per person: reachable when any personal chat is, gone when every one is gone. */
  private async chatStates(aadObjectIds: readonly string[]): Promise<Map<string, KnownPerson['chat']>> {
    const rows = await this.inChunks(aadObjectIds, (ids) =>
      this.db
        .selectFrom('installations')
        .select(['aad_object_id', 'gone_at'])
        .where('scope', '=', 'personal')
        .where('aad_object_id', 'in', ids)
        .where('uninstalled_at', 'is', null)
        .execute(),
    );
    const states = new Map<string, KnownPerson['chat']>();
    for (const row of rows) {
      const id = row.aad_object_id!;
      if (states.get(id) !== 'reachable') states.set(id, row.gone_at ? 'gone' : 'reachable');
    }
    return states;
  }

  private async inChunks<T>(
    values: readonly string[],
    query: (chunk: string[]) => Promise<T[]>,
  ): Promise<T[]> {
    const unique = [...new Set(values)];
    const results: T[] = [];
    for (let i = 0; i < unique.length; i += IN_CHUNK)
      results.push(...(await query(unique.slice(i, i + IN_CHUNK))));
    return results;
  }
}
