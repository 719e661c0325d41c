import type { Kysely, Selectable } from 'kysely';
import type {
  ConversationAddress,
  Installation,
  InstallationCounts,
  InstallationRepository,
  RecordConversation,
} from '../directory/installations';
import type { Database, InstallationTable } from './schema';

/** {@link InstallationRepository} on the Voordeur database. */
export class InstallationStore implements InstallationRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async record(input: RecordConversation): Promise<void> {
    const at = input.at.toISOString();
    const row = {
      conversation_id: input.conversationId,
      scope: input.scope,
      tenant_id: input.tenantId ?? null,
      team_id: input.teamId ?? null,
      team_name: input.teamName ?? null,
      aad_object_id: input.aadObjectId ?? null,
      service_url: input.address.serviceUrl,
      reference: JSON.stringify(input.address),
      installed_at: at,
      updated_at: at,
      uninstalled_at: null,
      gone_at: null,
      gone_reason: null,
    };
    const refresh = {
      service_url: row.service_url,
      reference: row.reference,
      updated_at: at,
      // A conversation that just spoke to us is reachable again.
      gone_at: null,
      gone_reason: null,
    };
    await this.db
      .insertInto('installations')
      .values(row)
      .onConflict((oc) =>
        oc
          .column('conversation_id')
          .doUpdateSet(
            input.event === 'install' ? { ...refresh, installed_at: at, uninstalled_at: null } : refresh,
          ),
      )
      .execute();
    // Teams names the team in some activities only, in one of its channels: the name holds for every channel row,
    // and a record without a name keeps the one heard before.
    if (input.teamId && input.teamName) {
      await this.db
        .updateTable('installations')
        .set({ team_name: input.teamName })
        .where('team_id', '=', input.teamId)
        .execute();
    }
  }

  async markUninstalled(conversationId: string, at: Date): Promise<void> {
    await this.db
      .updateTable('installations')
      .set({ uninstalled_at: at.toISOString(), updated_at: at.toISOString() })
      .where('conversation_id', '=', conversationId)
      .execute();
  }

  async markGone(conversationId: string, reason: string, at: Date): Promise<void> {
    await this.db
      .updateTable('installations')
      .set({ gone_at: at.toISOString(), gone_reason: reason })
      .where('conversation_id', '=', conversationId)
      .execute();
  }

  async get(conversationId: string): Promise<Installation | undefined> {
    const row = await this.db
      .selectFrom('installations')
      .selectAll()
      .where('conversation_id', '=', conversationId)
      .executeTakeFirst();
    return row && toInstallation(row);
  }

  async findPersonalChat(aadObjectId: string): Promise<Installation | undefined> {
    const row = await this.db
      .selectFrom('installations')
      .selectAll()
      .where('aad_object_id', '=', aadObjectId)
      .where('scope', '=', 'personal')
      .where('uninstalled_at', 'is', null)
      .where('gone_at', 'is', null)
      .orderBy('updated_at', 'desc')
      .executeTakeFirst();
    return row && toInstallation(row);
  }

  async counts(): Promise<InstallationCounts> {
    const rows = await this.db
      .selectFrom('installations')
      .select((eb) => [
        'scope',
        eb.fn
          .countAll<string | number>()
          .filterWhere((f) => f.and([f('uninstalled_at', 'is', null), f('gone_at', 'is', null)]))
          .as('active'),
        eb.fn.countAll<string | number>().filterWhere('uninstalled_at', 'is not', null).as('uninstalled'),
        // A removed chat that Teams also refused counts once, as uninstalled.
        eb.fn
          .countAll<string | number>()
          .filterWhere((f) => f.and([f('uninstalled_at', 'is', null), f('gone_at', 'is not', null)]))
          .as('gone'),
      ])
      .where('scope', 'in', ['personal', 'team'])
      .groupBy('scope')
      .execute();
    const of = (scope: 'personal' | 'team') => {
      const row = rows.find((r) => r.scope === scope);
      return {
        active: Number(row?.active ?? 0),
        uninstalled: Number(row?.uninstalled ?? 0),
        gone: Number(row?.gone ?? 0),
      };
    };
    return { personal: of('personal'), team: of('team') };
  }

  async teamIds(): Promise<string[]> {
    const rows = await this.db
      .selectFrom('installations')
      .select('team_id')
      .distinct()
      .where('scope', '=', 'team')
      .where('team_id', 'is not', null)
      .where('uninstalled_at', 'is', null)
      .where('gone_at', 'is', null)
      .orderBy('team_id')
      .execute();
    return rows.flatMap((r) => (r.team_id ? [r.team_id] : []));
  }
}

function toInstallation(row: Selectable<InstallationTable>): Installation {
  return {
    conversationId: row.conversation_id,
    scope: row.scope,
    tenantId: row.tenant_id ?? undefined,
    teamId: row.team_id ?? undefined,
    aadObjectId: row.aad_object_id ?? undefined,
    serviceUrl: row.service_url,
    address: JSON.parse(row.reference) as ConversationAddress,
    installedAt: new Date(row.installed_at),
    updatedAt: new Date(row.updated_at),
    uninstalledAt: row.uninstalled_at ? new Date(row.uninstalled_at) : undefined,
    goneAt: row.gone_at ? new Date(row.gone_at) : undefined,
    goneReason: row.gone_reason ?? undefined,
  };
}
