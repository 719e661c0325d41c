import type { Storage, StoreItems } from 'botbuilder';
import type { StateRepository } from '../storage/state-store';

/**
 * botbuilder {@link Storage} over the Voordeur database, so turn state survives restarts and is shared by
 * every instance.
 * @remarks An item written with an eTag other than `*` is only saved while that eTag is current; a stale
 * write throws, as botbuilder's own stores do, so two instances never silently overwrite each other.
 */
export class DatabaseTurnStateStorage implements Storage {
  constructor(private readonly repository: StateRepository) {}

  async read(keys: string[]): Promise<StoreItems> {
    const found = await this.repository.read(keys);
    const items: StoreItems = {};
    for (const [key, { value, etag }] of found) items[key] = { ...JSON.parse(value), eTag: etag };
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    for (const [key, item] of Object.entries(changes)) {
      const { eTag, ...value } = (item ?? {}) as { eTag?: string };
      const expected = eTag && eTag !== '*' ? eTag : undefined;
      const newEtag = await this.repository.write(key, JSON.stringify(value), expected);
      if (newEtag === null) throw new Error(`Storage: error writing "${key}" due to eTag conflict.`);
      // botbuilder callers expect the item to carry its new eTag after a write.
      if (item && typeof item === 'object') (item as { eTag?: string }).eTag = newEtag;
    }
  }

  async delete(keys: string[]): Promise<void> {
    await this.repository.delete(keys);
  }
}
