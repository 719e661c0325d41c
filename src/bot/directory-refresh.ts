import type { Activity } from 'botbuilder';
import type { BotDependencies } from './bot-dependencies';
import { originOf } from './conversation';

/** How long an unchanged conversation or person is trusted before it is written again. */
export const REFRESH_INTERVAL_MS = 10 * 60 * 1000;
const MAX_REMEMBERED = 50_000;

/**
 * Keeps the directory current from incoming activities: the conversation's address (Teams may move a
 * conversation to another service URL, and the install event is not repeated) and the person's name and
 * locale.
 * @remarks Writing both on every turn cost a fifth of a turn's CPU in the bench; an address or person that has
 * not changed is written again only after {@link REFRESH_INTERVAL_MS}, which also clears a stale "gone" flag
 * that another instance may have set.
 */
export class DirectoryRefresh {
  private readonly seen = new Map<string, { fingerprint: string; at: number }>();

  constructor(private readonly deps: Pick<BotDependencies, 'installations' | 'people' | 'now'>) {}

  async refresh(activity: Activity): Promise<void> {
    if (!activity.conversation?.id || !activity.serviceUrl) return;
    const origin = originOf(activity);
    const at = this.deps.now();
    const fingerprint = JSON.stringify([origin.address, origin.teamName]);
    const conversation = `c:${origin.conversationId}`;
    if (this.changed(conversation, fingerprint, at)) {
      await this.forgottenIfFailed(
        conversation,
        this.deps.installations.record({ ...origin, at, event: 'activity' }),
      );
    }
    const from = activity.from;
    if (!from?.aadObjectId || from.id === activity.recipient?.id) return;
    const person = {
      aadObjectId: from.aadObjectId,
      tenantId: origin.tenantId,
      displayName: from.name || undefined,
      locale: activity.locale,
    };
    const key = `p:${person.aadObjectId}`;
    if (this.changed(key, JSON.stringify(person), at)) {
      await this.forgottenIfFailed(key, this.deps.people.upsert({ ...person, at }));
    }
  }

  /** A write that failed is tried again on the next turn, not only after {@link REFRESH_INTERVAL_MS}. */
  private async forgottenIfFailed(key: string, write: Promise<unknown>): Promise<void> {
    try {
      await write;
    } catch (error) {
      this.seen.delete(key);
      throw error;
    }
  }

  private changed(key: string, fingerprint: string, at: Date): boolean {
    const last = this.seen.get(key);
    if (last && last.fingerprint === fingerprint && at.getTime() - last.at < REFRESH_INTERVAL_MS)
      return false;
    if (this.seen.size >= MAX_REMEMBERED) this.seen.clear();
    this.seen.set(key, { fingerprint, at: at.getTime() });
    return true;
  }
}
