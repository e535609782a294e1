import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { listBackups, readManifest, resolveBackup, type CatalogEntry } from '../catalog/catalog.js';
import { UsageError, errorMessage } from '../errors.js';
import { Progress } from '../progress/progress.js';
import { openStorage, type StorageOptions } from '../storage/open.js';
import { openArtifact } from './artifacts.js';
import type { CommandContext } from './context.js';

export interface VerifyOptions {
  from: string;
  name: string;
  /** An id, `latest` or `all`. */
  backupId: string;
  storageOptions?: StorageOptions;
}

export interface ArtifactCheck {
  name: string;
  ok: boolean;
  size?: number;
  error?: string;
}

export interface BackupCheck {
  id: string;
  ok: boolean;
  error?: string;
  artifacts: ArtifactCheck[];
}

export interface VerifyResult {
  storage: string;
  name: string;
  ok: boolean;
  backups: BackupCheck[];
}

/**
 * Re-reads every artifact of the chosen backups and checks stored size and
 * SHA-256, decodes it, and checks the decoded size and SHA-256. Reports every
 * problem rather than stopping at the first.
 */
export async function verify(opts: VerifyOptions, ctx: CommandContext): Promise<VerifyResult> {
  const storage = await openStorage(opts.from, '--from', opts.storageOptions);
  const progress = new Progress(ctx.log, `verify ${opts.name}`);
  try {
    let entries: CatalogEntry[];
    if (opts.backupId === 'all') {
      entries = await listBackups(storage, opts.name);
      if (entries.length === 0) throw new UsageError(`--name: no backups named '${opts.name}' in ${storage.location}`);
    } else {
      entries = [await resolveBackup(storage, opts.name, opts.backupId)];
    }
    const backups: BackupCheck[] = [];
    for (const entry of entries) {
      const check: BackupCheck = { id: entry.id, ok: true, artifacts: [] };
      backups.push(check);
      let manifest;
      try {
        manifest = await readManifest(storage, entry);
      } catch (err) {
        check.ok = false;
        check.error = errorMessage(err);
        ctx.log.error(`${entry.id}: ${check.error}`);
        continue;
      }
      for (const record of manifest.artifacts) {
        try {
          const stream = await openArtifact(storage, manifest, record, (n) => progress.addBytes(n));
          await pipeline(stream, new Writable({ write: (_c, _e, cb) => cb() }));
          check.artifacts.push({ name: record.name, ok: true, size: record.size });
          progress.addItems(1);
        } catch (err) {
          check.ok = false;
          check.artifacts.push({ name: record.name, ok: false, error: errorMessage(err) });
          ctx.log.error(`${entry.id}: ${errorMessage(err)}`);
        }
      }
      if (check.ok) ctx.log.info(`${entry.id}: ok (${manifest.artifacts.length} artifact(s))`);
    }
    return { storage: storage.location, name: opts.name, ok: backups.every((b) => b.ok), backups };
  } finally {
    progress.stop();
    await storage.close?.().catch(() => undefined);
  }
}
