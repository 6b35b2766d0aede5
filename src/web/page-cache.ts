// Public pages kept in memory, each with the record version it was made under. Every request reads
// the version from the store (one small query), so a change made through any server shows at once
// on all of them; nothing is trusted to one process.
import type { Db } from '../store/database.js';
import { readRecordVersion } from '../store/record-version.js';

export interface CachedPage {
  status: number;
  type: string;
  body: string;
}

export class PageCache {
  private readonly pages = new Map<string, CachedPage & { version: string }>();

  constructor(
    private readonly db: Db,
    private readonly capacity = 500,
  ) {}

  /** The page under `key` for the current record, made by `make` when missing or stale. */
  async get(key: string, make: () => Promise<CachedPage>): Promise<CachedPage> {
    const version = await readRecordVersion(this.db);
    const cached = this.pages.get(key);
    if (cached && cached.version === version) {
      // Re-insert so the map's order is least recently used first.
      this.pages.delete(key);
      this.pages.set(key, cached);
      return cached;
    }
    const page = await make();
    if (page.status !== 200) return page;
    // The stored object itself is returned, so that what is derived from it (its compressed
    // forms) is kept with it and dropped with it.
    const entry = { ...page, version };
    this.pages.set(key, entry);
    if (this.pages.size > this.capacity) this.pages.delete(this.pages.keys().next().value as string);
    return entry;
  }

  get size(): number {
    return this.pages.size;
  }
}
