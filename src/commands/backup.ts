import { Readable } from 'node:stream';
import { backupFolder, listBackups, manifestExists, manifestKey, readManifest } from '../catalog/catalog.js';
import { readChain } from '../catalog/chain.js';
import {
  MANIFEST_FORMAT,
  MANIFEST_VERSION,
  NAME_PATTERN,
  newBackupId,
  type ArtifactRecord,
  type Manifest,
} from '../catalog/manifest.js';
import { OperationalError, UsageError, errorMessage } from '../errors.js';
import { acquireLock, type Lock } from '../catalog/locks.js';
import { writeArtifact, storedName } from '../pipeline/artifact.js';
import { encryptionFor, type EncryptionKeys } from '../pipeline/encryption.js';
import type { Compression } from '../pipeline/compression.js';
import { Progress } from '../progress/progress.js';
import { openSource } from '../sources/open.js';
import type { IncrementalBase, Source, SourceOptions } from '../sources/source.js';
import { artifactInputs } from './artifacts.js';
import { openStorage, type StorageOptions } from '../storage/open.js';
import { joinKey, type Storage } from '../storage/storage.js';
import { formatBytes, formatDuration } from '../util/format.js';
import { TOOL } from '../version.js';
import type { CommandContext } from './context.js';

/** Backups wait this long by default for a running prune to finish. */
export const DEFAULT_LOCK_WAIT_MS = 2 * 60_000;

export interface BackupOptions {
  source: string;
  to: string[];
  name?: string;
  compression: Compression;
  compressionLevel?: number;
  sourceOptions?: SourceOptions;
  storageOptions?: StorageOptions;
  /** How long to wait for a prune holding the exclusive lock. */
  lockWaitMs?: number;
  keys?: EncryptionKeys;
  /**
   * Back up only what changed since the newest backup of this name ('on'), or do that when possible and a
   * full backup otherwise ('auto'). The new backup's parent is that newest backup.
   */
  incremental?: 'on' | 'auto';
}

export interface DestinationResult {
  location: string;
  ok: boolean;
  error?: string;
  manifestKey?: string;
}

export interface BackupResult {
  manifest: Manifest;
  destinations: DestinationResult[];
}

/**
 * Reads the source once and writes one backup to every destination: artifacts
 * first, the manifest last. A destination that fails is dropped and reported;
 * the others complete. Only destinations that stored every artifact get a manifest.
 */
export async function backup(opts: BackupOptions, ctx: CommandContext): Promise<BackupResult> {
  if (opts.to.length === 0) throw new UsageError('--to: at least one storage URL is required');
  const encryption = encryptionFor(opts.keys ?? {});
  const source = await openSource(opts.source, '--source', { ...opts.sourceOptions, encrypted: encryption.scheme === 'age' });
  const storages = await Promise.all(opts.to.map((u) => openStorage(u, '--to', opts.storageOptions)));
  const name = opts.name ?? source.defaultName();
  if (!NAME_PATTERN.test(name)) {
    throw new UsageError(`--name: '${name}' is not a valid backup name; expected letters, digits, '.', '_' or '-' (no path separators), at most 100`);
  }
  const base = opts.incremental
    ? await incrementalBase(source, storages, name, opts.incremental, opts.keys, ctx).catch(async (err: unknown) => {
        await source.close?.().catch(() => undefined);
        for (const s of storages) await s.close?.('discard').catch(() => undefined);
        throw err;
      })
    : undefined;
  const parent = base?.chain[base.chain.length - 1]?.manifest;
  const started = new Date();
  const id = newBackupId(base ? 'incremental' : 'full', started);
  const folder = backupFolder(name, id);
  const failed = new Map<Storage, string>();
  const written = new Map<Storage, string[]>();
  const artifacts: ArtifactRecord[] = [];
  const progress = new Progress(ctx.log, `backup ${name}`);

  const live = () => storages.filter((s) => !failed.has(s));
  const locks: Lock[] = [];
  const destinations: DestinationResult[] = [];
  let threw = false;
  try {
    // A shared lock per destination keeps a prune from sweeping this backup's artifacts before its manifest lands.
    for (const s of storages) {
      try {
        locks.push(await acquireLock(s, name, 'shared', { command: 'backup', waitMs: opts.lockWaitMs ?? DEFAULT_LOCK_WAIT_MS, log: ctx.log }));
      } catch (err) {
        failed.set(s, errorMessage(err));
        ctx.log.error(`destination ${s.location} failed: ${errorMessage(err)}`);
      }
    }
    const everyDestinationFailed = () =>
      new OperationalError(`backup failed on every destination: ${[...failed.entries()].map(([s, e]) => `${s.location}: ${e}`).join('; ')}`);
    // Not a byte read from the source when no destination is left to take it.
    if (live().length === 0) throw everyDestinationFailed();
    const gen = source.backup({ log: ctx.log, progress, signal: ctx.signal, backupId: id }, base);
    let step = await gen.next();
    ctx.log.info(`${base ? `incremental (parent ${parent!.id}) ` : ''}backup ${name} (${source.kind}) from ${source.location} to ${storages.map((s) => s.location).join(', ')} as ${id}`);
    try {
      while (!step.done) {
        const art = step.value;
        const spec = {
          baseName: art.baseName,
          kind: art.kind,
          contentType: art.contentType,
          meta: art.meta,
          compression: opts.compression,
          level: opts.compressionLevel,
          encryption,
          keys: opts.keys,
        };
        const key = joinKey(folder, storedName(spec));
        const targets = live().map((s) => ({
          label: s.location,
          consume: async (body: Readable) => {
            await s.put(key, body, { contentType: art.contentType, signal: ctx.signal });
            written.set(s, [...(written.get(s) ?? []), key]);
          },
        }));
        if (targets.length === 0) break;
        const result = await writeArtifact(art.stream, spec, targets, (n) => progress.addBytes(n));
        for (const d of result.destinations) {
          if (!d.ok) {
            const s = storages.find((x) => x.location === d.label)!;
            failed.set(s, d.error ?? 'failed');
            ctx.log.error(`destination ${d.label} failed: ${d.error}`);
          }
        }
        artifacts.push(result.record);
        step = await gen.next();
      }
    } finally {
      // Stopped early (a write threw, or no destination is left): the source ends its work and removes what it
      // keeps aside (a files backup's temporary index).
      if (!step.done) await gen.return(undefined as never).catch(() => undefined);
    }
    if (live().length === 0) throw everyDestinationFailed();
    const outcome = step.done ? step.value : undefined;
    if (!outcome) throw new OperationalError('backup ended before the source finished');
    const finished = new Date();
    const manifest: Manifest = {
      format: MANIFEST_FORMAT,
      version: MANIFEST_VERSION,
      id,
      name,
      type: base ? 'incremental' : 'full',
      parent: parent?.id ?? null,
      source: { kind: source.kind, location: source.location },
      startedAt: started.toISOString(),
      finishedAt: finished.toISOString(),
      durationMs: finished.getTime() - started.getTime(),
      consistency: outcome.consistency ?? null,
      size: artifacts.reduce((n, a) => n + a.size, 0),
      artifacts,
      fingerprint: outcome.fingerprint,
      options: { compression: opts.compression, encryption: encryption.scheme === 'age' ? { scheme: 'age', keyId: encryption.keyId, recipients: encryption.recipients, passphrase: encryption.passphrase } : { scheme: 'none' } },
      warnings: outcome.warnings,
      tool: TOOL,
      ...(outcome.span ? { span: outcome.span } : {}),
      ...(parent ? { chain: { full: parent.chain?.full ?? parent.id, depth: (parent.chain?.depth ?? 0) + 1 } } : {}),
    };
    for (const w of outcome.warnings) ctx.log.warn(w);
    const body = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`);
    for (const s of storages) {
      if (failed.has(s)) {
        destinations.push({ location: s.location, ok: false, error: failed.get(s) });
        continue;
      }
      try {
        // The commit: until this object exists, the backup does not.
        await s.put(manifestKey(name, id), Readable.from([body]), { contentType: 'application/json' });
        destinations.push({ location: s.location, ok: true, manifestKey: manifestKey(name, id) });
      } catch (err) {
        failed.set(s, errorMessage(err));
        destinations.push({ location: s.location, ok: false, error: `writing the manifest: ${errorMessage(err)}` });
        ctx.log.error(`destination ${s.location} failed writing the manifest: ${errorMessage(err)}`);
      }
    }
    ctx.log.info(
      `backup ${id}: ${artifacts.length} artifact(s), ${formatBytes(manifest.size)} stored (${formatBytes(artifacts.reduce((n, a) => n + a.plain.size, 0))} before compression) in ${formatDuration(manifest.durationMs)}`,
    );
    return { manifest, destinations };
  } catch (err) {
    threw = true;
    await cleanup(written, ctx);
    throw err;
  } finally {
    progress.stop();
    for (const l of locks) await l.release();
    for (const s of storages) {
      await s.close?.(threw || failed.has(s) ? 'discard' : 'commit').catch((e: unknown) => {
        // A store that publishes on close (the GitHub artifact) can still fail here: that destination failed.
        failed.set(s, errorMessage(e));
        const d = destinations.find((x) => x.location === s.location);
        if (d) Object.assign(d, { ok: false, error: `closing the store: ${errorMessage(e)}` });
        ctx.log.error(`destination ${s.location} failed on close: ${errorMessage(e)}`);
      });
    }
    await source.close?.().catch(() => undefined);
  }
}

/**
 * The chain a new incremental builds on: the newest backup of `name` on the first destination, complete back to
 * its full backup, of the same source, and present on every other destination (each store must hold the whole
 * chain to restore from it). When any of that fails, 'on' is an error and 'auto' takes a full backup.
 */
async function incrementalBase(
  source: Source,
  storages: Storage[],
  name: string,
  mode: 'on' | 'auto',
  keys: EncryptionKeys | undefined,
  ctx: CommandContext,
): Promise<IncrementalBase | undefined> {
  const fallBack = (why: string, err: (m: string) => Error = (m) => new UsageError(m)): undefined => {
    if (mode === 'on') throw err(`--incremental: ${why}`);
    ctx.log.warn(`${why}: taking a full backup instead (--incremental auto)`);
    return undefined;
  };
  if (!source.planIncremental) return fallBack(`${source.kind} sources have no incremental backups (directories and MongoDB replica sets have)`);
  const primary = storages[0]!;
  const entries = await listBackups(primary, name);
  const last = entries[entries.length - 1];
  if (!last) return fallBack(`there is no previous backup named '${name}' in ${primary.location} to build on (take a full backup first)`);
  const parent = await readManifest(primary, last);
  if (parent.source.kind !== source.kind || parent.source.location !== source.location) {
    return fallBack(`the newest backup of '${name}' (${parent.id}) is of ${parent.source.kind} ${parent.source.location}, not of ${source.location}`);
  }
  let chain;
  try {
    chain = await readChain(primary, parent);
  } catch (err) {
    return fallBack(`cannot build on ${parent.id}: ${errorMessage(err)}`, (m) => new OperationalError(m));
  }
  for (const s of storages.slice(1)) {
    if (!(await manifestExists(s, name, parent.id))) return fallBack(`${s.location} does not hold the parent backup ${parent.id}`);
  }
  const base: IncrementalBase = { chain: chain.map((manifest) => ({ manifest, artifacts: artifactInputs(primary, manifest, { keys }) })) };
  const progress = new Progress(ctx.log, `incremental ${name}`);
  const plan = await source.planIncremental({ log: ctx.log, progress, signal: ctx.signal }, base).finally(() => progress.stop());
  if (!plan.incremental) return fallBack(plan.reason ?? `cannot continue the chain of ${parent.id}`, (m) => new OperationalError(m));
  return base;
}

/** Removes the artifacts of a backup that will never get a manifest; best effort, prune sweeps what is left. */
async function cleanup(written: Map<Storage, string[]>, ctx: CommandContext): Promise<void> {
  for (const [s, keys] of written) {
    for (const k of keys) await s.delete(k).catch((e: unknown) => ctx.log.debug(`cleanup of ${k} failed: ${errorMessage(e)}`));
  }
}
