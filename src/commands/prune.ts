import { listBackups, readManifest, backupFolder, manifestKey } from '../catalog/catalog.js';
import { acquireLock, locksPrefix } from '../catalog/locks.js';
import { applyRetention, policyIsEmpty, type RetentionPolicy } from '../catalog/retention.js';
import { UsageError, errorMessage } from '../errors.js';
import { openStorage, type StorageOptions } from '../storage/open.js';
import type { Storage } from '../storage/storage.js';
import type { CommandContext } from './context.js';

export interface PruneOptions {
  from: string;
  name: string;
  policy: RetentionPolicy;
  dryRun: boolean;
  allowEmpty: boolean;
  /** Objects of a folder without a manifest are swept once all are older than this. */
  graceMs: number;
  lockWaitMs: number;
  storageOptions?: StorageOptions;
}

export interface PrunePlanRow {
  id: string;
  finishedAt?: string;
  type?: string;
  keep: boolean;
  reasons: string[];
}

export interface PruneResult {
  storage: string;
  name: string;
  dryRun: boolean;
  plan: PrunePlanRow[];
  removed: string[];
  orphans: { folder: string; objects: number }[];
}

/** Checks a policy before anything is listed: keeping nothing must be asked for explicitly. */
export function checkPolicy(policy: RetentionPolicy, allowEmpty: boolean): void {
  if (policyIsEmpty(policy) && !allowEmpty) {
    throw new UsageError('retention: no --keep-* rule given, which would remove every backup; add rules or pass --allow-empty');
  }
}

/**
 * Applies a retention policy on the store itself, under the exclusive lock:
 * removed backups lose their manifest first, then their artifacts, so an
 * interrupted prune never leaves a listed backup with missing parts.
 */
export async function prune(opts: PruneOptions, ctx: CommandContext, open?: Storage): Promise<PruneResult> {
  checkPolicy(opts.policy, opts.allowEmpty);
  const storage = open ?? (await openStorage(opts.from, '--from', opts.storageOptions));
  const lock = opts.dryRun ? undefined : await acquireLock(storage, opts.name, 'exclusive', { command: 'prune', waitMs: opts.lockWaitMs, log: ctx.log });
  try {
    const items: { id: string; time: Date; parent: string | null; type?: string; finishedAt?: string; unreadable?: string }[] = [];
    for (const entry of await listBackups(storage, opts.name)) {
      try {
        const m = await readManifest(storage, entry);
        items.push({ id: m.id, time: new Date(m.finishedAt), parent: m.parent, type: m.type, finishedAt: m.finishedAt });
      } catch (err) {
        items.push({ id: entry.id, time: new Date(0), parent: null, unreadable: errorMessage(err) });
      }
    }
    const decisions = applyRetention(items, opts.policy);
    for (const d of decisions) {
      // Never delete what we cannot read: a human should look at it first.
      if (d.item.unreadable) {
        d.keep = true;
        d.reasons.push('unreadable manifest');
      }
    }
    if (items.length > 0 && !decisions.some((d) => d.keep) && !opts.allowEmpty) {
      throw new UsageError(`retention would remove all ${items.length} backups of '${opts.name}'; pass --allow-empty if that is intended`);
    }
    const plan: PrunePlanRow[] = decisions.map((d) => ({ id: d.item.id, finishedAt: d.item.finishedAt, type: d.item.type, keep: d.keep, reasons: d.reasons }));
    const removed: string[] = [];
    const orphans: PruneResult['orphans'] = [];
    if (!opts.dryRun) {
      for (const d of decisions.filter((x) => !x.keep)) {
        await storage.delete(manifestKey(opts.name, d.item.id));
        await deleteFolder(storage, backupFolder(opts.name, d.item.id));
        removed.push(d.item.id);
        ctx.log.info(`removed ${opts.name}/${d.item.id}`);
      }
      orphans.push(...(await sweepOrphans(storage, opts.name, opts.graceMs, ctx)));
      if (storage.sweepIncomplete) {
        const n = await storage.sweepIncomplete(`${opts.name}/`, new Date(Date.now() - opts.graceMs));
        if (n) {
          orphans.push({ folder: `${opts.name} (incomplete writes)`, objects: n });
          ctx.log.info(`removed ${n} incomplete write(s) (temporary files or multipart uploads) older than the grace period`);
        }
      }
    }
    return { storage: storage.location, name: opts.name, dryRun: opts.dryRun, plan, removed, orphans };
  } finally {
    await lock?.release();
    if (!open) await storage.close?.().catch(() => undefined);
  }
}

async function deleteFolder(storage: Storage, folder: string): Promise<number> {
  const keys: string[] = [];
  for await (const obj of storage.list(`${folder}/`)) keys.push(obj.key);
  for (const k of keys) await storage.delete(k);
  return keys.length;
}

/** Folders with objects but no manifest (a crashed backup, an interrupted prune), older than the grace period. */
async function sweepOrphans(storage: Storage, name: string, graceMs: number, ctx: CommandContext): Promise<PruneResult['orphans']> {
  const folders = new Map<string, { newest: number; hasManifest: boolean; count: number }>();
  const locks = locksPrefix(name);
  for await (const obj of storage.list(`${name}/`)) {
    if (obj.key.startsWith(locks)) continue;
    const parts = obj.key.split('/');
    if (parts.length < 3) continue;
    const f = folders.get(parts[1]!) ?? { newest: 0, hasManifest: false, count: 0 };
    f.count++;
    f.newest = Math.max(f.newest, obj.modified?.getTime() ?? Date.now());
    if (parts.length === 3 && parts[2] === 'manifest.json') f.hasManifest = true;
    folders.set(parts[1]!, f);
  }
  const swept: PruneResult['orphans'] = [];
  const cutoff = Date.now() - graceMs;
  for (const [id, f] of folders) {
    if (f.hasManifest || f.newest > cutoff) continue;
    const n = await deleteFolder(storage, backupFolder(name, id));
    swept.push({ folder: `${name}/${id}`, objects: n });
    ctx.log.info(`swept orphaned folder ${name}/${id} (${n} objects without a manifest)`);
  }
  return swept;
}
