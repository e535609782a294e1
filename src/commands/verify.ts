import { drain } from '../util/streams.js';
import { listBackups, readManifest, resolveBackup } from '../catalog/catalog.js';
import { chainsOf, orphanReason, readChain } from '../catalog/chain.js';
import type { Manifest } from '../catalog/manifest.js';
import { UsageError, VerificationError, errorMessage } from '../errors.js';
import type { Storage } from '../storage/storage.js';
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
  /** Set on the links checked because the requested incremental needs them (its chain, full first). */
  chainOf?: string;
}

export interface VerifyResult {
  storage: string;
  name: string;
  ok: boolean;
  backups: BackupCheck[];
}

/**
 * Re-reads every artifact of the chosen backups and checks stored size and
 * SHA-256, decodes it, and checks the decoded size and SHA-256. An incremental
 * is only as good as its chain: verifying one checks every link from its full
 * backup (a missing or unreadable parent fails it); `all` checks every backup
 * once and fails incrementals whose chain is broken (orphans). Reports every
 * problem rather than stopping at the first.
 */
export async function verify(opts: VerifyOptions, ctx: CommandContext): Promise<VerifyResult> {
  const storage = await openStorage(opts.from, '--from', opts.storageOptions);
  const progress = new Progress(ctx.log, `verify ${opts.name}`);
  const checkArtifacts = async (check: BackupCheck, manifest: Manifest) => {
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
        const contents = reader ? (await reader(stream, `${manifest.id}/${record.name}`)).summary : undefined;
        if (!reader) await drain(stream);
        check.artifacts.push({ name: record.name, ok: true, size: record.size, depth: storedOnly ? 'stored' : reader ? 'parsed' : 'decoded', ...(contents ? { contents } : {}) });
        if (storedOnly) ctx.log.info(`${manifest.id}/${record.name}: encrypted; stored bytes checked, decryption not attempted (no identity or passphrase given)`);
        progress.addItems(1);
      } catch (err) {
        if (err instanceof UsageError) throw err;
        check.ok = false;
        check.artifacts.push({ name: record.name, ok: false, error: errorMessage(err) });
        ctx.log.error(`${manifest.id}: ${errorMessage(err)}`);
      }
    }
    if (check.ok) ctx.log.info(`${manifest.id}: ok (${manifest.artifacts.length} artifact(s))${check.chainOf ? ` in the chain of ${check.chainOf}` : ''}`);
  };
  const fail = (check: BackupCheck, error: string) => {
    check.ok = false;
    check.error = check.error ? `${check.error}; ${error}` : error;
    ctx.log.error(`${check.id}: ${error}`);
  };
  try {
    const backups: BackupCheck[] = [];
    if (opts.backupId === 'all') {
      const entries = await listBackups(storage, opts.name);
      if (entries.length === 0) throw new UsageError(`--name: no backups named '${opts.name}' in ${storage.location}`);
      const manifests = new Map<string, Manifest>();
      for (const entry of entries) {
        const check: BackupCheck = { id: entry.id, ok: true, artifacts: [] };
        backups.push(check);
        try {
          manifests.set(entry.id, await readManifest(storage, entry));
        } catch (err) {
          fail(check, errorMessage(err));
        }
      }
      const { orphans } = chainsOf([...manifests.values()]);
      for (const o of orphans) fail(backups.find((b) => b.id === o.id)!, orphanReason(o, manifests));
      for (const check of backups) {
        const m = manifests.get(check.id);
        if (m) await checkArtifacts(check, m);
      }
    } else {
      const entry = await resolveBackup(storage, opts.name, opts.backupId);
      const tip: BackupCheck = { id: entry.id, ok: true, artifacts: [] };
      let manifest: Manifest;
      try {
        manifest = await readManifest(storage, entry);
      } catch (err) {
        fail(tip, errorMessage(err));
        return { storage: storage.location, name: opts.name, ok: false, backups: [tip] };
      }
      const ancestors = manifest.type === 'incremental' ? await chainAbove(storage, manifest, (e) => fail(tip, e)) : [];
      for (const m of ancestors) {
        const check: BackupCheck = { id: m.id, ok: true, artifacts: [], chainOf: manifest.id };
        backups.push(check);
        await checkArtifacts(check, m);
        if (!check.ok) fail(tip, `its chain is broken: ${m.id} failed verification`);
      }
      backups.push(tip);
      await checkArtifacts(tip, manifest);
    }
    return { storage: storage.location, name: opts.name, ok: backups.every((b) => b.ok), backups };
  } finally {
    progress.stop();
    await storage.close?.().catch(() => undefined);
  }
}

/** The links an incremental needs, full first (without itself); a broken chain is reported and what exists is returned. */
async function chainAbove(storage: Storage, tip: Manifest, report: (error: string) => void): Promise<Manifest[]> {
  try {
    return (await readChain(storage, tip)).slice(0, -1);
  } catch (err) {
    if (!(err instanceof VerificationError)) throw err;
    report(err.message);
    return [];
  }
}
