import { drain } from '../util/streams.js';
import { readManifest, resolveBackup } from '../catalog/catalog.js';
import { readAllManifests, readChain, resolveAt, type AtPoint } from '../catalog/chain.js';
import { UsageError } from '../errors.js';
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
  /**
   * The backup `backupId` names, already read from this store (a drill reads it first to report on it): restored
   * without listing and reading it again.
   */
  manifest?: Manifest;
  /** The store `from` names, already open (the drill's, which read `manifest` from it): used, and left open for the caller to close. */
  storage?: Storage;
  /** Point-in-time restore: the newest full backup before this moment, its chain replayed up to it. */
  at?: AtPoint;
}

export interface RestoreResult {
  manifest: Manifest;
  /** The backups restored, full first (one for a full backup). */
  chain: string[];
  /** The moment the restored data reflects, for a point-in-time restore. */
  landsAt?: string;
  target: string;
  report: RestoreReport;
  durationMs: number;
  storage: string;
}

/** Restores one committed backup into a target; every byte is checked against the manifest on the way. */
export async function restore(opts: RestoreOptions, ctx: CommandContext): Promise<RestoreResult> {
  const started = Date.now();
  const storage = opts.storage ?? (await openStorage(opts.from, '--from', opts.storageOptions));
  // Shared: a prune must not delete what we are reading. Exclusive when we overwrite, as the issue's "restore with drop".
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
    let manifest: Manifest;
    let chain: Manifest[];
    let stopAt: AtPoint | undefined;
    let landsAt: Date | undefined;
    if (opts.at) {
      if (opts.backupId !== 'latest') throw new UsageError('--at: cannot be combined with --backup-id (the time picks the backup)');
      const all = await readAllManifests(storage, opts.name);
      if (all.length === 0) throw new UsageError(`--name: no backups named '${opts.name}' in ${storage.location}`);
      const r = resolveAt(all, opts.at, '--at');
      manifest = r.tip;
      // resolveAt built the chain from the manifests just read and judged every link as readChain would.
      chain = r.chain;
      stopAt = r.stopAt;
      landsAt = r.landsAt;
      ctx.log.info(`--at ${opts.at.time.toISOString()}: ${chain.length === 1 ? `full backup ${manifest.id}` : `full backup ${chain[0]!.id} and ${chain.length - 1} incremental(s) up to ${manifest.id}`}, landing at ${landsAt.toISOString()}`);
    } else {
      manifest = opts.manifest ?? (await readManifest(storage, await resolveBackup(storage, opts.name, opts.backupId)));
      chain = manifest.type === 'incremental' ? await readChain(storage, manifest) : [manifest];
    }
    for (const m of chain) {
      await checkArtifactsPresent(storage, m);
      // Fail before touching the target when the backup cannot be decrypted with what we were given.
      for (const a of m.artifacts) decryptor(a.encryption as Encryption, opts.keys).destroy();
    }
    const target = await openTarget(manifest.source.kind, opts.target, '--target', opts.sourceOptions);
    ctx.log.info(`restore ${manifest.name}/${manifest.id} (${manifest.source.kind}, ${formatBytes(manifest.size)}) from ${storage.location} into ${target.location}`);
    const progress = new Progress(ctx.log, `restore ${manifest.name}`);
    try {
      let report: RestoreReport;
      try {
        const read = { onStoredBytes: (n: number) => progress.addBytes(n), keys: opts.keys };
        const links = chain.map((m) => ({ manifest: m, artifacts: artifactInputs(storage, m, read) }));
        // A source that knows nothing of chains would restore only the last link's changes: refuse instead.
        if (links.length > 1 && !target.planIncremental) {
          throw new VerificationError(`${manifest.id} is an incremental backup, but ${manifest.source.kind} sources cannot restore chains`);
        }
        report = await target.restore(
          { log: ctx.log, progress, signal: ctx.signal },
          manifest,
          links[links.length - 1]!.artifacts,
          links.length > 1 || stopAt ? { chain: links, stopAt } : undefined,
        );
      } catch (err) {
        // Corrupt bytes can make a parser fail before the digest check at the end of the stream sees them;
        // name the real cause when that is what happened.
        if (!(err instanceof VerificationError)) for (const m of chain) await findCorruption(storage, m, opts.keys);
        throw err;
      }
      for (const w of report.warnings) ctx.log.warn(w);
      const durationMs = Date.now() - started;
      ctx.log.info(`restored ${manifest.id} into ${target.location} in ${formatDuration(durationMs)}`);
      return { manifest, chain: chain.map((m) => m.id), landsAt: landsAt?.toISOString(), target: target.location, report, durationMs, storage: storage.location };
    } finally {
      progress.stop();
      await target.close?.().catch(() => undefined);
    }
  } finally {
    await lock?.release();
    if (!opts.storage) await storage.close?.().catch(() => undefined);
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
