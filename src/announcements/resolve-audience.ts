import { langFromLocale, type Lang } from '../guidance';
import type { Recipient } from '../delivery/outbox';
import type { Audience } from './announcement';
import type { AudienceDirectory, KnownPerson, TeamChannel, TeamProfiles, TeamRoster } from './audience-ports';
import { parseCsvAddresses } from './csv-addresses';
import { AudienceUnavailableError } from './errors';

/** One recipient of an announcement, ready for the outbox. */
export interface AudienceMember {
  /** `person:<Entra id>` or `conversation:<id>`: one message per key. */
  key: string;
  recipient: Recipient;
  kind: 'person' | 'channel';
  aadObjectId?: string;
  conversationId?: string;
  name?: string;
  lang: Lang;
}

/** Who an audience comes to now. The admin sees the count, the unknown entries and the gone ones before sending. */
export interface ResolvedAudience {
  members: AudienceMember[];
  /** Entries the directory does not know (team ids, Entra ids, addresses or CSV rows), as given: not sent to. */
  unknown: string[];
  /** People or channels Teams reported gone (403 or 404): left out. */
  gone: number;
}

/** The ports {@link resolveAudience} reads. */
export interface AudienceSources {
  directory: AudienceDirectory;
  roster: TeamRoster;
  teamProfiles: TeamProfiles;
}

/**
 * Works out who an audience comes to, from the directory (and, for team members, Teams' roster).
 * @remarks Resolved when sending, not when saving: someone who installed the app since is included, someone whose
 * chat has gone is not. Each person or channel appears once, however many entries name them.
 */
export async function resolveAudience(
  audience: Audience,
  sources: AudienceSources,
): Promise<ResolvedAudience> {
  const result = new Collector();
  switch (audience.kind) {
    case 'all':
      for (const chat of await sources.directory.personalChats()) {
        const person = { aadObjectId: chat.aadObjectId, name: chat.name, locale: chat.locale };
        if (chat.aadObjectId) result.person({ ...person, aadObjectId: chat.aadObjectId }, chat.gone);
        else result.conversation(chat.conversationId, 'person', chat.gone, person);
      }
      break;
    case 'users': {
      const known = byId(await sources.directory.peopleByIds(audience.userIds));
      for (const id of new Set(audience.userIds)) {
        const person = known.get(id);
        if (person) result.person(person, person.chat === 'gone');
        else result.unknown.push(id);
      }
      break;
    }
    case 'csv': {
      const { addresses, invalid } = parseCsvAddresses(audience.csv);
      const people = await sources.directory.peopleByAddresses(addresses);
      const matched = new Set(people.flatMap((p) => p.addresses));
      for (const person of people) result.person(person, person.chat === 'gone');
      result.unknown.push(...addresses.filter((a) => !matched.has(a)), ...invalid);
      break;
    }
    case 'teams':
      if (audience.mode === 'channel') await channels(audience.teamIds, sources, result);
      else await members(audience.teamIds, sources, result);
      break;
    case 'profiles':
      await members(await sources.teamProfiles.teamsWithProfiles(audience.profiles), sources, result);
      break;
  }
  return result.done();
}

async function channels(teamIds: readonly string[], sources: AudienceSources, result: Collector) {
  const found = new Map((await sources.directory.teamChannels(teamIds)).map((c) => [c.teamId, c]));
  for (const teamId of new Set(teamIds)) {
    const channel = found.get(teamId);
    if (channel) result.conversation(channel.conversationId, 'channel', channel.gone, { name: teamId });
    else result.unknown.push(teamId);
  }
}

/** 1:1 to every member of the teams: from the roster, with each person's chat as the directory knows it. */
async function members(teamIds: readonly string[], sources: AudienceSources, result: Collector) {
  const found = new Map((await sources.directory.teamChannels(teamIds)).map((c) => [c.teamId, c]));
  for (const teamId of new Set(teamIds)) {
    const channel = found.get(teamId);
    if (!channel) result.unknown.push(teamId);
    else if (channel.gone) result.goneKeys.add(`team:${teamId}`);
    else await teamMembers(channel, sources, result);
  }
}

async function teamMembers(channel: TeamChannel, sources: AudienceSources, result: Collector) {
  let roster;
  try {
    roster = await sources.roster.members(channel);
  } catch {
    throw new AudienceUnavailableError(channel.teamId);
  }
  if (!roster) return void result.unknown.push(channel.teamId);
  const known = byId(await sources.directory.peopleByIds(roster.map((m) => m.aadObjectId)));
  for (const member of roster) {
    const person = known.get(member.aadObjectId);
    // A member without a stored chat gets one: delivery opens it through the team's service URL.
    result.person(
      { aadObjectId: member.aadObjectId, name: person?.name ?? member.name, locale: person?.locale },
      person?.chat === 'gone',
      { userId: member.userId, tenantId: channel.tenantId, serviceUrl: channel.serviceUrl },
    );
  }
}

function byId(people: readonly KnownPerson[]): Map<string, KnownPerson> {
  return new Map(people.map((p) => [p.aadObjectId, p]));
}

/** Gathers members once per key, and gone ones once per key. */
class Collector {
  readonly unknown: string[] = [];
  readonly goneKeys = new Set<string>();
  private readonly members = new Map<string, AudienceMember>();

  person(
    p: { aadObjectId: string; name?: string; locale?: string },
    gone: boolean,
    via: { userId?: string; tenantId?: string; serviceUrl?: string } = {},
  ): void {
    const key = `person:${p.aadObjectId}`;
    if (gone) return void this.goneKeys.add(key);
    if (this.members.has(key)) return;
    this.members.set(key, {
      key,
      recipient: { kind: 'person', aadObjectId: p.aadObjectId, ...definedOnly(via) },
      kind: 'person',
      aadObjectId: p.aadObjectId,
      name: p.name,
      lang: langFromLocale(p.locale),
    });
  }

  conversation(
    conversationId: string,
    kind: 'person' | 'channel',
    gone: boolean,
    p: { name?: string; locale?: string } = {},
  ): void {
    const key = `conversation:${conversationId}`;
    if (gone) return void this.goneKeys.add(key);
    this.members.set(key, {
      key,
      recipient: { kind: 'conversation', conversationId },
      kind,
      conversationId,
      name: p.name,
      lang: langFromLocale(p.locale),
    });
  }

  done(): ResolvedAudience {
    // Someone reachable through another entry is not also counted as gone.
    const gone = [...this.goneKeys].filter((key) => !this.members.has(key)).length;
    return { members: [...this.members.values()], unknown: [...new Set(this.unknown)], gone };
  }
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
