import { Readable, Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { isDeepStrictEqual } from 'node:util';
import { listBackups, manifestKey, readManifestBytes, resolveBackup, type CatalogEntry } from '../catalog/catalog.js';
import type { Manifest } from '../catalog/manifest.js';
import { acquireLock, LockHeldError, type Lock } from '../catalog/locks.js';
import { asBakupError, BakupError, ExitCode, OperationalError, UsageError, VerificationError, errorMessage } from '../errors.js';
import { EveryDestinationFailed, FanOut } from '../pipeline/fanout.js';
import { ExpectDigest } from '../pipeline/hash.js';
import { Progress } from '../progress/progress.js';
import { openStorage, type StorageOptions } from '../storage/open.js';
import { NotFoundError, type Storage } from '../storage/storage.js';
import { formatBytes, formatDuration } from '../util/format.js';
import { readSmall } from '../util/streams.js';
import { artifactKey } from './artifacts.js';
import { DEFAULT_LOCK_WAIT_MS } from './backup.js';
import type { CommandContext } from './context.js';

export interface CopyOptions {
  from: string;
  to: string[];
  name: string;
  /** An id, `latest` or `all`. */
  backupId: string;
  storageOptions?: StorageOptions;
  /** How long to wait for a prune holding the exclusive lock on either side. */
  lockWaitMs?: number;
}

export type CopyStatus = 'copied' | 'skipped' | 'failed';

export interface CopyTargetResult {
  location: string;
  status: CopyStatus;
  /** Why it was skipped, or what failed. */
  reason?: string;
  /** How the failure counts (3 for source bytes that do not match their manifest, 1 otherwise). */
  exitCode?: ExitCode;
  /** Where the backup's manifest now is on this target (copied or skipped). */
  manifestKey?: string;
}

export interface CopiedBackup {
  id: string;
  /** Unknown when the source manifest itself could not be read. */
  type?: 'full' | 'incremental';
  parent?: string | null;
  size?: number;
  artifacts?: number;
  destinations: CopyTargetResult[];
}

export interface CopyResult {
  from: string;
  name: string;
  to: string[];
  backups: CopiedBackup[];
  /** Stored bytes read from the source: each artifact once, however many targets it went to. */
  bytesRead: number;
  durationMs: number;
  exitCode: ExitCode;
}

const MAX_MANIFEST_BYTES = 64 * 1024 * 1024;

/** A backup chosen for copying: its manifest as stored on the source, or why it could not be read. */
interface Planned {
  entry: CatalogEntry;
  manifest?: Manifest;
  bytes?: Buffer;
  error?: BakupError;
}

/** Counts the bytes that pass, for the progress line. */
class Counter extends Transform {
  constructor(private readonly onBytes: (n: number) => void) {
    super();
  }
  override _transform(chunk: Buffer, _enc: BufferEncoding, cb: TransformCallback): void {
    this.onBytes(chunk.length);
    cb(null, chunk);
  }
}

/**
 * Copies committed backups from one store to others, byte for byte: every
 * artifact is streamed from the source to every target that lacks the backup
 * (read once, fanned out), its size and SHA-256 checked against the manifest as
 * the bytes flow, and the source's manifest is written on a target, unchanged
 * and last, only once every artifact arrived there whole. Encrypted and
 * compressed artifacts stay as they are: nothing is decoded. A source artifact
 * that does not match its manifest fails that backup everywhere (exit 3) and
 * leaves nothing listed; a target that already holds an identical backup is
 * skipped; incrementals go after their parents.
 */
export async function copy(opts: CopyOptions, ctx: CommandContext): Promise<CopyResult> {
  const started = Date.now();
  if (opts.to.length === 0) throw new UsageError('--to: at least one storage URL is required');
  const opened: Storage[] = [];
  const locks: Lock[] = [];
  const progress = new Progress(ctx.log, `copy ${opts.name}`);
  const targetFailure = new Map<Storage, string>();
  const copiedTo = new Set<Storage>();
  let source: Storage | undefined;
  try {
    source = await openStorage(opts.from, '--from', opts.storageOptions);
    opened.push(source);
    const targets: Storage[] = [];
    for (const url of opts.to) {
      const t = await openStorage(url, '--to', opts.storageOptions);
      opened.push(t);
      if (t.location === source.location) throw new UsageError(`--to: '${t.location}' is the --from storage itself`);
      if (targets.some((x) => x.location === t.location)) throw new UsageError(`--to: '${t.location}' is given twice`);
      targets.push(t);
    }
    const waitMs = opts.lockWaitMs ?? DEFAULT_LOCK_WAIT_MS;
    // Shared on the source: a prune there must not delete what we read. A role that may only read still copies, unguarded.
    try {
      locks.push(await acquireLock(source, opts.name, 'shared', { command: 'copy', waitMs, log: ctx.log }));
    } catch (err) {
      if (err instanceof LockHeldError) throw err;
      ctx.log.warn(`reading ${source.location} without a lock (${errorMessage(err)})`);
    }

    const entries = opts.backupId === 'all' ? await listBackups(source, opts.name) : [await resolveBackup(source, opts.name, opts.backupId)];
    if (entries.length === 0) throw new UsageError(`--name: no backups named '${opts.name}' in ${source.location}`);
    const planned: Planned[] = [];
    for (const entry of entries) {
      try {
        planned.push({ entry, ...(await readManifestBytes(source, entry)) });
      } catch (err) {
        if (err instanceof NotFoundError) throw new OperationalError(`${source.location}: backup ${entry.id} disappeared while the copy started (was it pruned?)`);
        planned.push({ entry, error: asBakupError(err) });
      }
    }
    const ordered = parentsFirst(planned);
    const selected = new Set(ordered.map((p) => p.entry.id));

    // Shared on each target, as a backup takes: a prune there must not sweep artifacts whose manifest is not written yet.
    for (const t of targets) {
      try {
        locks.push(await acquireLock(t, opts.name, 'shared', { command: 'copy', waitMs, log: ctx.log }));
      } catch (err) {
        targetFailure.set(t, errorMessage(err));
        ctx.log.error(`destination ${t.location} failed: ${errorMessage(err)}`);
      }
    }

    // An incremental is useless without its parent: refuse before a byte moves unless the parent is there or comes along.
    for (const p of ordered) {
      const parent = p.manifest?.type === 'incremental' ? p.manifest.parent : null;
      if (!parent || selected.has(parent)) continue;
      for (const t of targets) {
        if (targetFailure.has(t)) continue;
        if (!(await t.stat(manifestKey(opts.name, parent)))) {
          throw new UsageError(
            `--backup-id: ${p.entry.id} is an incremental backup on top of ${parent}, which ${t.location} does not have; copy ${parent} first (--backup-id ${parent}) or copy them together (--backup-id all)`,
          );
        }
      }
    }

    ctx.log.info(`copy ${opts.name}: ${ordered.length} backup(s) from ${source.location} to ${targets.map((t) => t.location).join(', ')}`);
    const present = new Map<Storage, Set<string>>(targets.map((t) => [t, new Set<string>()]));
    const backups: CopiedBackup[] = [];
    for (const p of ordered) {
      const row = await copyOne(source, targets, p, { opts, ctx, progress, targetFailure, present, selected });
      for (const d of row.destinations) {
        if (d.status === 'copied') copiedTo.add(targets.find((t) => t.location === d.location)!);
      }
      backups.push(row);
    }
    const failures = backups.flatMap((b) => b.destinations.filter((d) => d.status === 'failed'));
    const exitCode = failures.some((f) => f.exitCode === ExitCode.VERIFICATION) ? ExitCode.VERIFICATION : failures.length ? ExitCode.OPERATIONAL : ExitCode.OK;
    const durationMs = Date.now() - started;
    ctx.log.info(`copy ${opts.name}: ${formatBytes(progress.totalBytes)} read from ${source.location} in ${formatDuration(durationMs)}`);
    return { from: source.location, name: opts.name, to: targets.map((t) => t.location), backups, bytesRead: progress.totalBytes, durationMs, exitCode };
  } finally {
    progress.stop();
    for (const l of locks) await l.release();
    for (const s of opened) {
      // A store that publishes on close (the GitHub artifact) publishes only what was copied to it.
      await s.close?.(s === source || copiedTo.has(s) ? 'commit' : 'discard').catch((e: unknown) => {
        ctx.log.error(`${s.location}: closing the store failed: ${errorMessage(e)}`);
      });
    }
  }
}

interface CopyContext {
  opts: CopyOptions;
  ctx: CommandContext;
  progress: Progress;
  /** Targets that failed as a whole (their lock could not be taken). */
  targetFailure: Map<Storage, string>;
  /** Backup ids each target holds after this run's copies and skips. */
  present: Map<Storage, Set<string>>;
  selected: Set<string>;
}

/** Copies one backup to every target that needs it; one row of the result. */
async function copyOne(source: Storage, targets: Storage[], p: Planned, c: CopyContext): Promise<CopiedBackup> {
  const { opts, ctx } = c;
  const id = p.entry.id;
  const row: CopiedBackup = { id, destinations: [] };
  const fail = (t: Storage, err: unknown) => {
    const e = asBakupError(err);
    row.destinations.push({ location: t.location, status: 'failed', reason: e.message, exitCode: e.exitCode });
    ctx.log.error(`copy of ${opts.name}/${id} to ${t.location} failed: ${e.message}`);
  };
  if (p.error) {
    for (const t of targets) fail(t, p.error);
    return row;
  }
  const m = p.manifest!;
  Object.assign(row, { type: m.type, parent: m.parent, size: m.size, artifacts: m.artifacts.length });
  const key = manifestKey(opts.name, id);

  const needy: Storage[] = [];
  for (const t of targets) {
    const whole = c.targetFailure.get(t);
    if (whole !== undefined) {
      fail(t, new OperationalError(whole));
      continue;
    }
    const parent = m.type === 'incremental' ? m.parent : null;
    if (parent && c.selected.has(parent) && !c.present.get(t)!.has(parent)) {
      fail(t, new OperationalError(`its parent ${parent} is not on ${t.location} (its copy failed)`));
      continue;
    }
    try {
      const state = await stateOn(t, m, p.bytes!, key);
      if (state.kind === 'identical') {
        row.destinations.push({ location: t.location, status: 'skipped', reason: 'an identical backup is already there', manifestKey: key });
        c.present.get(t)!.add(id);
        ctx.log.info(`${t.location} already has ${opts.name}/${id} with an identical manifest: skipped`);
      } else if (state.kind === 'different') {
        fail(t, new OperationalError(`${t.location} already holds a different backup ${opts.name}/${id}; it was left as it is`));
      } else {
        if (state.kind === 'damaged') {
          // Unlist it first: while its artifacts are rewritten it must not look complete.
          ctx.log.warn(`${t.location} has ${opts.name}/${id} but ${state.detail}; copying it again`);
          await t.delete(key);
        }
        needy.push(t);
      }
    } catch (err) {
      fail(t, err);
    }
  }
  if (needy.length === 0) return row;

  const written = new Map<Storage, string[]>(needy.map((t) => [t, []]));
  const failed = new Map<Storage, unknown>();
  let sourceError: unknown;
  for (const record of m.artifacts) {
    const live = needy.filter((t) => !failed.has(t));
    if (live.length === 0) break;
    const akey = artifactKey(m, record);
    let raw: Readable;
    try {
      raw = await source.get(akey);
    } catch (err) {
      sourceError = err instanceof NotFoundError ? new VerificationError(`backup ${id}: artifact '${record.name}' is missing from ${source.location}`) : err;
      break;
    }
    const fan = new FanOut(
      live.map((t) => ({
        label: t.location,
        consume: async (body: Readable) => {
          const info = await t.put(akey, body, { contentType: record.contentType, signal: ctx.signal });
          written.get(t)!.push(akey);
          if (info.size !== record.size) throw new OperationalError(`${t.location} stored ${info.size} bytes of '${record.name}', ${record.size} were sent`);
        },
      })),
    );
    try {
      // The check sits before the fan-out: bytes that do not match the manifest fail every put before it completes.
      await pipeline(raw, new Counter((n) => c.progress.addBytes(n)), new ExpectDigest({ size: record.size, sha256: record.sha256 }, `${source.location}/${akey}`), fan);
    } catch (err) {
      if (!(err instanceof EveryDestinationFailed)) sourceError = err;
    }
    for (const r of await fan.results()) {
      if (!r.ok && sourceError === undefined) failed.set(live.find((t) => t.location === r.label)!, new OperationalError(r.error ?? 'failed'));
    }
    if (sourceError !== undefined) break;
  }

  for (const t of needy) {
    if (sourceError === undefined && !failed.has(t)) {
      try {
        // The puts reported their sizes; ask the store once more before the commit.
        for (const record of m.artifacts) {
          const info = await t.stat(artifactKey(m, record));
          if (!info || info.size !== record.size) {
            throw new OperationalError(`after the copy, '${record.name}' on ${t.location} is ${info ? `${info.size} bytes` : 'missing'}; the manifest records ${record.size}`);
          }
        }
        // The commit: the source's manifest, byte for byte, written last.
        await t.put(key, Readable.from([p.bytes!]), { contentType: 'application/json', signal: ctx.signal });
        row.destinations.push({ location: t.location, status: 'copied', manifestKey: key });
        c.present.get(t)!.add(id);
        ctx.log.info(`copied ${opts.name}/${id} to ${t.location} (${m.artifacts.length} artifact(s), ${formatBytes(m.size)})`);
        continue;
      } catch (err) {
        failed.set(t, err);
      }
    }
    fail(t, sourceError ?? failed.get(t));
    // Best effort: whatever is left without a manifest is swept by a later prune.
    for (const k of written.get(t)!) await t.delete(k).catch((e: unknown) => ctx.log.debug(`cleanup of ${k} on ${t.location} failed: ${errorMessage(e)}`));
  }
  return row;
}

/** What a target holds under a backup's id: nothing, the same backup (whole or not), or something else. */
async function stateOn(
  t: Storage,
  m: Manifest,
  bytes: Buffer,
  key: string,
): Promise<{ kind: 'absent' | 'identical' | 'different' } | { kind: 'damaged'; detail: string }> {
  let theirs: Buffer;
  try {
    theirs = await readSmall(await t.get(key), MAX_MANIFEST_BYTES, `${t.location}/${key}`);
  } catch (err) {
    if (err instanceof NotFoundError) return { kind: 'absent' };
    throw err;
  }
  let same = false;
  try {
    same = isDeepStrictEqual(JSON.parse(theirs.toString('utf8')), JSON.parse(bytes.toString('utf8')));
  } catch {
    same = false;
  }
  if (!same) return { kind: 'different' };
  for (const record of m.artifacts) {
    const info = await t.stat(artifactKey(m, record));
    if (!info) return { kind: 'damaged', detail: `its artifact '${record.name}' is missing` };
    if (info.size !== record.size) return { kind: 'damaged', detail: `its artifact '${record.name}' is ${info.size} bytes, not ${record.size}` };
  }
  return { kind: 'identical' };
}

/** Backups in an order where every incremental comes after its parent (when both are copied); otherwise oldest first. */
export function parentsFirst<T extends { entry: { id: string }; manifest?: { parent: string | null } }>(items: T[]): T[] {
  const byId = new Map(items.map((p) => [p.entry.id, p]));
  const out: T[] = [];
  const placed = new Set<string>();
  const place = (p: T, path: Set<string>) => {
    if (placed.has(p.entry.id)) return;
    const parent = p.manifest?.parent;
    // `path` stops a cycle that edited manifests could make.
    if (parent && byId.has(parent) && !path.has(parent)) place(byId.get(parent)!, new Set([...path, p.entry.id]));
    if (placed.has(p.entry.id)) return;
    placed.add(p.entry.id);
    out.push(p);
  };
  for (const p of [...items].sort((a, b) => a.entry.id.localeCompare(b.entry.id))) place(p, new Set([p.entry.id]));
  return out;
}
