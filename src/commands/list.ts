import { listBackups, readManifest } from '../catalog/catalog.js';
import { errorMessage } from '../errors.js';
import { openStorage, type StorageOptions } from '../storage/open.js';
import type { CommandContext } from './context.js';

export interface ListOptions {
  from: string;
  name?: string;
  storageOptions?: StorageOptions;
}

export interface ListEntry {
  name: string;
  id: string;
  type?: string;
  kind?: string;
  finishedAt?: string;
  durationMs?: number;
  size?: number;
  artifacts?: number;
  parent?: string | null;
  /** Set when the manifest exists but cannot be read: the backup is listed, and flagged. */
  error?: string;
}

/** Committed backups, oldest first per name. */
export async function list(opts: ListOptions, _ctx: CommandContext): Promise<{ storage: string; backups: ListEntry[] }> {
  const storage = await openStorage(opts.from, '--from', opts.storageOptions);
  try {
    const backups: ListEntry[] = [];
    for (const entry of await listBackups(storage, opts.name)) {
      try {
        const m = await readManifest(storage, entry);
        backups.push({
          name: m.name,
          id: m.id,
          type: m.type,
          kind: m.source.kind,
          finishedAt: m.finishedAt,
          durationMs: m.durationMs,
          size: m.size,
          artifacts: m.artifacts.length,
          parent: m.parent,
        });
      } catch (err) {
        backups.push({ name: entry.name, id: entry.id, error: errorMessage(err) });
      }
    }
    return { storage: storage.location, backups };
  } finally {
    await storage.close?.().catch(() => undefined);
  }
}
