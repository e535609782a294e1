import { drain } from '../util/streams.js';
import { readManifest, resolveBackup } from '../catalog/catalog.js';
import type { Manifest } from '../catalog/manifest.js';
import { decryptor, type Encryption, type EncryptionKeys } from '../pipeline/encryption.js';
import { VerificationError, errorMessage } from '../errors.js';
import type { Storage } from '../storage/storage.js';
import { Progress } from '../progress/progress.js';
import { openTarget } from '../sources/open.js';
import type { RestoreReport, SourceOptions } from '../sources/source.js';
import { openStorage, type StorageOptions } from '../storage/open.js';
import { formatBytes, formatDuration } from '../util/format.js';
import { acquireLock, LockHeldError, type Lock } from '../catalog/locks.js';
import { DEFAULT_LOCK_WAIT_MS } from './backup.js';
import { artifactInputs, checkArtifactsPresent, openArtifact } from './artifacts.js';
import type { CommandContext } from './context.js';

export interface RestoreOptions {
  from: string;
  name: string;
  backupId: string;
  target: string;
  sourceOptions?: SourceOptions;
  storageOptions?: StorageOptions;
  lockWaitMs?: number;
  keys?: EncryptionKeys;
}

export interface RestoreResult {
  manifest: Manifest;
  target: string;
  report: RestoreReport;
  durationMs: number;
  storage: string;
}

/** Restores one committed backup into a target; every byte is checked against the manifest on the way. */
export async function restore(opts: RestoreOptions, ctx: CommandContext): Promise<RestoreResult> {
  const started = Date.now();
  const storage = await openStorage(opts.from, '--from', opts.storageOptions);
  // Shared: a prune must not delete what we are reading. Exclusive when we overwrite, as the "restore with drop".
  const destructive = !!(opts.sourceOptions?.overwrite || opts.sourceOptions?.drop);
  let lock: Lock | undefined;
  try {
    lock = await acquireLock(storage, opts.name, destructive ? 'exclusive' : 'shared', {
      command: 'restore',
      waitMs: opts.lockWaitMs ?? DEFAULT_LOCK_WAIT_MS,
      log: ctx.log,
    });
  } catch (err) {
    // A disaster-recovery role often may only read: restoring must still work, unguarded, when the lock cannot be written.
    if (err instanceof LockHeldError || destructive) throw err;
    ctx.log.warn(`restoring without a lock (${errorMessage(err)})`);
  }
  try {
    const entry = await resolveBackup(storage, opts.name, opts.backupId);
    const manifest = await readManifest(storage, entry);
    await checkArtifactsPresent(storage, manifest);
    // Fail before touching the target when the backup cannot be decrypted with what we were given.
    for (const a of manifest.artifacts) decryptor(a.encryption as Encryption, opts.keys).destroy();
    const target = await openTarget(manifest.source.kind, opts.target, '--target', opts.sourceOptions);
    ctx.log.info(`restore ${manifest.name}/${manifest.id} (${manifest.source.kind}, ${formatBytes(manifest.size)}) from ${storage.location} into ${target.location}`);
    const progress = new Progress(ctx.log, `restore ${manifest.name}`);
    try {
      let report: RestoreReport;
      try {
        report = await target.restore({ log: ctx.log, progress, signal: ctx.signal }, manifest, artifactInputs(storage, manifest, { onStoredBytes: (n) => progress.addBytes(n), keys: opts.keys }));
      } catch (err) {
        // Corrupt bytes can make a parser fail before the digest check at the end of the stream sees them;
        // name the real cause when that is what happened.
        if (!(err instanceof VerificationError)) await findCorruption(storage, manifest, opts.keys);
        throw err;
      }
      for (const w of report.warnings) ctx.log.warn(w);
      const durationMs = Date.now() - started;
      ctx.log.info(`restored ${manifest.id} into ${target.location} in ${formatDuration(durationMs)}`);
      return { manifest, target: target.location, report, durationMs, storage: storage.location };
    } finally {
      progress.stop();
      await target.close?.().catch(() => undefined);
    }
  } finally {
    await lock?.release();
    await storage.close?.().catch(() => undefined);
  }
}

/** Re-reads every artifact; throws the VerificationError of the first one that does not match its manifest entry. */
async function findCorruption(storage: Storage, manifest: Manifest, keys?: EncryptionKeys): Promise<void> {
  for (const record of manifest.artifacts) {
    try {
      await drain(await openArtifact(storage, manifest, record, { keys }));
    } catch (e) {
      if (e instanceof VerificationError) throw e;
    }
  }
}
