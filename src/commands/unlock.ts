import { listLocks } from '../catalog/locks.js';
import { openStorage, type StorageOptions } from '../storage/open.js';
import type { CommandContext } from './context.js';

export interface UnlockOptions {
  from: string;
  name: string;
  /** Also remove locks that have not expired (their holder may still be running). */
  all: boolean;
  storageOptions?: StorageOptions;
}

/** Removes stale locks (or every lock with `all`), naming each one. */
export async function unlock(opts: UnlockOptions, ctx: CommandContext): Promise<{ storage: string; removed: string[]; kept: string[] }> {
  const storage = await openStorage(opts.from, '--from', opts.storageOptions);
  try {
    const removed: string[] = [];
    const kept: string[] = [];
    for (const l of await listLocks(storage, opts.name)) {
      const desc = `${l.info.kind} lock of ${l.info.command} on ${l.info.host} (pid ${l.info.pid}), expires ${l.info.expiresAt}`;
      if (l.stale || opts.all) {
        await storage.delete(l.key);
        removed.push(desc);
        ctx.log.info(`removed ${desc}`);
      } else kept.push(desc);
    }
    return { storage: storage.location, removed, kept };
  } finally {
    await storage.close?.().catch(() => undefined);
  }
}
