import { drain } from '../util/streams.js';
import { listBackups, readManifest, resolveBackup, type CatalogEntry } from '../catalog/catalog.js';
import { UsageError, errorMessage } from '../errors.js';
import { Progress } from '../progress/progress.js';
import { openStorage, type StorageOptions } from '../storage/open.js';
import { openArtifact } from './artifacts.js';
import { deepReaderFor } from '../formats/readers.js';
import { canDecrypt, type Encryption, type EncryptionKeys } from '../pipeline/encryption.js';
import type { CommandContext } from './context.js';

export interface VerifyOptions {
  from: string;
  name: string;
  /** An id, `latest` or `all`. */
  backupId: string;
  storageOptions?: StorageOptions;
  keys?: EncryptionKeys;
  /** Also parse every decoded artifact with its format's reader. */
  deep?: boolean;
}

export interface ArtifactCheck {
  name: string;
  ok: boolean;
  /** 'stored' when only the stored (encrypted) bytes could be checked, for want of a key. */
  depth?: 'parsed' | 'decoded' | 'stored';
  /** What the format reader found (deep verification). */
  contents?: Record<string, number>;
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
          // Without a key, an encrypted artifact is still checked byte for byte against its stored digest.
          const storedOnly = !canDecrypt(record.encryption as Encryption, opts.keys);
          if (opts.deep && storedOnly) {
            throw new UsageError(`--deep: ${record.name} is encrypted; give --identity-file or the passphrase to parse it`);
          }
          const stream = await openArtifact(storage, manifest, record, { onStoredBytes: (n) => progress.addBytes(n), keys: opts.keys, storedOnly });
          const reader = opts.deep ? deepReaderFor(record.kind) : undefined;
          if (opts.deep && !reader) ctx.log.warn(`${record.name}: no reader for kind '${record.kind}'; checked its digests only`);
          const contents = reader ? (await reader(stream, `${entry.id}/${record.name}`)).summary : undefined;
          if (!reader) await drain(stream);
          check.artifacts.push({ name: record.name, ok: true, size: record.size, depth: storedOnly ? 'stored' : reader ? 'parsed' : 'decoded', ...(contents ? { contents } : {}) });
          if (storedOnly) ctx.log.info(`${entry.id}/${record.name}: encrypted; stored bytes checked, decryption not attempted (no identity or passphrase given)`);
          progress.addItems(1);
        } catch (err) {
          if (err instanceof UsageError) throw err;
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
