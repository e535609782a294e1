import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { BSON, Timestamp, type Document, type MongoClient } from 'mongodb';
import { positionOf, type AtPoint } from '../../catalog/chain.js';
import { spanOf, type Fingerprint, type Manifest } from '../../catalog/manifest.js';
import { OperationalError, UsageError, VerificationError } from '../../errors.js';
import { bsonDocuments } from '../../formats/bson-stream/reader.js';
import type { ArtifactIn, ArtifactOut, BackupOutcome, ChainLink, IncrementalBase, IncrementalPlan, SourceContext } from '../source.js';
import { inBackupScope, oplogPoint, scopeOf, type BackupScope } from './backup.js';
import { describeMongoError, type MongoLocation, type ServerFacts } from './client.js';
import { ContentDigest } from './fingerprint.js';
import { EXACT_BSON } from './metadata.js';
import { compareTs, hasOplog, namespacesTouched, newestOplogTs, oldestOplogTs, pointToTs, scopeSliceEntry, type OplogPoint } from './oplog.js';
import type { ResolvedMongoOptions } from './options.js';
import { CURSOR_BATCH, batchDocuments, rawBatches } from './raw-batches.js';

/**
 * Incremental MongoDB backups: oplog slices. A chain starts at a full backup's
 * consistency point (the end of the oplog window it captured); each slice holds
 * the in-scope oplog entries after its parent's end, up to the newest entry
 * when it started. A point-in-time restore restores the full backup and
 * replays the slices in order up to the chosen moment.
 */

export const OPLOG_SLICE_KIND = 'mongo-oplog';
export const OPLOG_SLICE_NAME = 'oplog.bson';
export const SLICE_FINGERPRINT_KIND = 'mongodb-oplog';

/** Oplog operation letters as the slice's fingerprint names them. */
const OP_NAMES: Record<string, string> = { i: 'insert', u: 'update', d: 'delete', c: 'command', n: 'noop' };

function describeTs(p: OplogPoint): string {
  return `${new Date(p.t * 1000).toISOString()} (${p.t}:${p.i})`;
}

function sameScope(a: BackupScope, b: BackupScope): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function showScope(s: BackupScope): string {
  const parts = [s.db ? `database ${s.db}` : 'every database'];
  if (s.include.length) parts.push(`--ns-include ${s.include.join(' ')}`);
  if (s.exclude.length) parts.push(`--ns-exclude ${s.exclude.join(' ')}`);
  if (s.includeSystemDbs) parts.push('--include-system-dbs');
  return parts.join(', ');
}

/** The scope recorded in a backup's first artifact (absent in backups written before chains existed). */
function recordedScope(m: Manifest): BackupScope | undefined {
  const scope = m.artifacts[0]?.meta?.scope as BackupScope | undefined;
  return scope && typeof scope === 'object' && Array.isArray(scope.include) ? scope : undefined;
}

/**
 * Counts and digests what a slice holds: entries per operation and namespace
 * (`insert app.users`), each with an order-independent digest of the entries'
 * bytes. Built while the slice is written and again while a restore reads it.
 */
export class SliceDigest {
  entries = 0;
  private readonly ops = new Map<string, number>();
  private readonly items = new Map<string, ContentDigest>();

  add(entry: Document, bytes: Uint8Array): void {
    const op = OP_NAMES[String(entry.op)] ?? String(entry.op);
    const key = `${op} ${typeof entry.ns === 'string' ? entry.ns : ''}`;
    let d = this.items.get(key);
    if (!d) this.items.set(key, (d = new ContentDigest()));
    d.add(bytes);
    this.ops.set(op, (this.ops.get(op) ?? 0) + 1);
    this.entries++;
  }

  fingerprint(): Fingerprint {
    const summary: Record<string, number> = { entries: this.entries };
    for (const op of ['insert', 'update', 'delete', 'command']) summary[`${op}s`] = this.ops.get(op) ?? 0;
    const items: Record<string, { count: number; digest: string }> = {};
    const whole = createHash('sha256');
    for (const key of [...this.items.keys()].sort()) {
      const d = this.items.get(key)!;
      items[key] = { count: d.count, digest: d.digest() };
      whole.update(`${key}\u0000${d.count}\u0000${d.digest()}\n`);
    }
    return { kind: SLICE_FINGERPRINT_KIND, summary, items, digest: `sha256:${whole.digest('hex')}` };
  }
}

/** Whether this location can continue the chain that ends at `base`'s last link, and if not, why (one line). */
export async function planSlice(client: MongoClient, loc: MongoLocation, o: ResolvedMongoOptions, facts: ServerFacts, base: IncrementalBase): Promise<IncrementalPlan> {
  const no = (reason: string): IncrementalPlan => ({ incremental: false, reason });
  if (o.oplog === false) return no('--no-oplog: an incremental MongoDB backup is read from the oplog');
  if (facts.isMongos) return no(`${loc.safe} is a mongos: back up each shard's replica set (incrementals read a replica set's oplog)`);
  if (!(await hasOplog(client, facts.setName, o.oplog === true))) {
    return no(
      facts.setName
        ? `${loc.safe} reports replica set '${facts.setName}' but has no readable local.oplog.rs to back up incrementally`
        : `${loc.safe} is a standalone server, not a replica-set member: it keeps no oplog to back up incrementally (a replica set of one member has one; --oplog trusts a local.oplog.rs anyway)`,
    );
  }
  const full = base.chain[0]!.manifest;
  const parent = base.chain[base.chain.length - 1]!.manifest;
  const want = scopeOf(loc.db, o);
  const had = recordedScope(full);
  if (!had) return no(`the chain's full backup ${full.id} does not record which namespaces it covers (it predates incremental backups): take a full backup`);
  if (!sameScope(had, want)) return no(`the chain's full backup ${full.id} covers ${showScope(had)}, this backup asks for ${showScope(want)}: take a full backup`);
  const end = positionOf(spanOf(parent).to);
  if (!end) return no(`the newest backup ${parent.id} recorded no oplog position (it was taken without an oplog capture): take a full backup to start a chain`);
  const oldest = await oldestOplogTs(client);
  if (end.t === 0) return { incremental: true }; // the full backup found an empty oplog: everything since is needed
  if (!oldest || compareTs(oldest, pointToTs(end)) > 0) {
    return no(
      `the oplog no longer reaches back to the end of ${parent.id} at ${describeTs(end)}: ${oldest ? `its oldest entry is from ${describeTs({ t: oldest.high, i: oldest.low })}` : 'it is empty'} (it rolled over); take a full backup, and make the oplog larger or back up more often`,
    );
  }
  const there = await client.db('local').collection('oplog.rs').findOne({ ts: pointToTs(end) }, { projection: { ts: 1 } });
  if (!there) return no(`the oplog has no entry at the end of ${parent.id} (${describeTs(end)}): this is another deployment, or its history was rolled back; take a full backup`);
  return { incremental: true };
}

/**
 * Yields one artifact: the in-scope oplog entries after the parent's end up to
 * the newest entry at the start, streamed from a cursor as concatenated BSON.
 */
export async function* backupSlice(
  client: MongoClient,
  loc: MongoLocation,
  o: ResolvedMongoOptions,
  facts: ServerFacts,
  base: IncrementalBase,
  ctx: SourceContext,
): AsyncGenerator<ArtifactOut, BackupOutcome, void> {
  const parent = base.chain[base.chain.length - 1]!.manifest;
  const parentSpan = spanOf(parent);
  const fromPos = positionOf(parentSpan.to);
  if (!fromPos) throw new OperationalError(`${parent.id} has no oplog position to continue from`);
  const from = pointToTs(fromPos);
  let newest: Timestamp | undefined;
  try {
    newest = await newestOplogTs(client);
  } catch (err) {
    throw describeMongoError(err, loc.safe, 'reading the oplog');
  }
  if (newest && compareTs(newest, from) < 0) {
    throw new OperationalError(`${loc.safe}: the oplog's newest entry (${describeTs({ t: newest.high, i: newest.low })}) is older than the end of ${parent.id} (${describeTs(fromPos)}): another deployment?`);
  }
  // The fixed end point: entries written while the slice is read belong to the next one.
  const end = newest ?? from;
  const scope = scopeOf(loc.db, o);
  const inScope = (db: string, coll: string): boolean => inBackupScope(loc.db, o, db, coll);
  const digest = new SliceDigest();
  let read = 0;
  let last = from;
  ctx.log.info(`${loc.safe}: oplog slice after ${describeTs(fromPos)} up to ${describeTs({ t: end.high, i: end.low })}`);

  async function* entries(): AsyncGenerator<Buffer> {
    const cursor = client.db('local').collection('oplog.rs').find({ ts: { $gt: from, $lte: end } }, { raw: true, batchSize: CURSOR_BATCH });
    let out: Buffer[] = [];
    let size = 0;
    try {
      for await (const batch of rawBatches(cursor, ctx.signal)) {
        for (const raw of batchDocuments(batch)) {
          const entry = BSON.deserialize(raw, EXACT_BSON);
          const ts = entry.ts as unknown;
          if (!(ts instanceof Timestamp)) throw new OperationalError(`${loc.safe}: an oplog entry without a timestamp`);
          if (compareTs(ts, last) <= 0) {
            throw new OperationalError(`${loc.safe}: the oplog returned entries out of order (${ts.high}:${ts.low} after ${last.high}:${last.low})`);
          }
          last = ts;
          read++;
          const kept = scopeSliceEntry(entry, inScope);
          if (!kept) continue;
          const bytes = kept === entry ? raw : Buffer.from(BSON.serialize(kept));
          digest.add(kept, bytes);
          out.push(bytes);
          size += bytes.length;
        }
        ctx.progress.addItems(batch.starts.length);
        if (size >= 256 * 1024) {
          // A copy: the chunk must not pin the replies its entries were read from.
          yield Buffer.concat(out, size);
          out = [];
          size = 0;
        }
      }
      if (size) yield Buffer.concat(out, size);
    } catch (err) {
      throw describeMongoError(err, loc.safe, 'reading the oplog');
    }
    // Entries lost to a rollover while we read would leave a silent gap: check the start is still there.
    if (fromPos!.t !== 0) {
      const oldest = await oldestOplogTs(client);
      if (!oldest || compareTs(oldest, from) > 0) {
        throw new OperationalError(`${loc.safe}: the oplog rolled over while the slice was read (its oldest entry is now newer than ${describeTs(fromPos!)}); take a full backup`);
      }
    }
  }

  yield {
    baseName: OPLOG_SLICE_NAME,
    kind: OPLOG_SLICE_KIND,
    contentType: 'application/octet-stream',
    meta: {
      format: 'concatenated BSON oplog entries (mongodump oplog.bson)',
      serverVersion: facts.version,
      from: fromPos,
      to: { t: end.high, i: end.low },
      scope,
    },
    stream: Readable.from(entries(), { objectMode: false }),
  };
  const toPoint = oplogPoint(end, new Date());
  const fp = digest.fingerprint();
  return {
    fingerprint: fp,
    consistency: { method: 'oplog-slice', from: fromPos, to: toPoint.position, entries: digest.entries, read },
    span: { from: parentSpan.to, to: toPoint, replayable: true },
    warnings: [],
    stats: { entries: digest.entries, read },
  };
}

// ---------------------------------------------------------------- restore

export interface SliceCheck {
  manifest: Manifest;
  artifact: ArtifactIn;
  entries: number;
}

/** The slice artifact of an incremental link, or a VerificationError. */
export function sliceArtifact(link: ChainLink): ArtifactIn {
  const a = link.artifacts.find((x) => x.record.kind === OPLOG_SLICE_KIND);
  if (!a) {
    throw new VerificationError(`backup ${link.manifest.id} holds no ${OPLOG_SLICE_KIND} artifact (it has: ${link.artifacts.map((x) => x.record.name).join(', ') || 'none'})`);
  }
  return a;
}

/**
 * Reads a slice to its end before anything is replayed: the artifact's size
 * and SHA-256 are checked as it is read, every entry must lie inside the
 * link's span and in order, and the entries must match the per-namespace
 * counts and digests the manifest records. Collects the namespaces the slice
 * writes to, so the restore can refuse (or drop) them up front.
 */
export async function checkSlice(link: ChainLink, touched: Set<string>, ctx: SourceContext): Promise<number> {
  const m = link.manifest;
  const artifact = sliceArtifact(link);
  const span = spanOf(m);
  const from = positionOf(span.from);
  const to = positionOf(span.to);
  if (!from || !to) throw new VerificationError(`backup ${m.id} is an incremental without oplog positions in its span`);
  const what = `${m.name}/${m.id}/${artifact.record.name}`;
  const digest = new SliceDigest();
  let last = pointToTs(from);
  const stream = await artifact.open();
  try {
    for await (const docs of bsonDocuments(stream, what)) {
      ctx.signal?.throwIfAborted();
      for (const raw of docs) {
        const entry = BSON.deserialize(raw, EXACT_BSON);
        const ts = entry.ts as unknown;
        if (!(ts instanceof Timestamp) || compareTs(ts, last) <= 0 || compareTs(ts, pointToTs(to)) > 0) {
          throw new VerificationError(`${what}: entry ${digest.entries + 1} is out of order or outside the slice's span (${describeTs(from)} … ${describeTs(to)})`);
        }
        last = ts;
        digest.add(entry, raw);
        namespacesTouched(entry, touched);
      }
    }
  } finally {
    stream.destroy();
  }
  const got = digest.fingerprint();
  if (got.digest !== m.fingerprint.digest) {
    const want = m.fingerprint.items ?? {};
    const have = got.items ?? {};
    const keys = [...new Set([...Object.keys(want), ...Object.keys(have)])].filter((k) => want[k]?.digest !== have[k]?.digest).slice(0, 3);
    throw new VerificationError(
      `${what}: the slice does not hold what its manifest records (${keys.map((k) => `${k}: ${want[k]?.count ?? 0} recorded, ${have[k]?.count ?? 0} read`).join('; ') || 'digest differs'})`,
    );
  }
  return digest.entries;
}

/** Where replay stops: after the last entry at or before this position. */
export function stopPosition(at: AtPoint): OplogPoint {
  // A time without a position means "everything up to and including that second".
  return at.position ?? { t: Math.floor(at.time.getTime() / 1000), i: 0xffffffff };
}

export interface SliceReplay {
  applied: number;
  /** Entries read but not applied: at or before the previous link's end, or after the stop. */
  passed: number;
  /** The position of the last entry replayed (the point the data now reflects), if any. */
  last?: OplogPoint;
  stopped: boolean;
}

/**
 * Replays one slice through `apply`: entries at or before `after` are passed
 * over (they are already in the data), and replay stops after the last entry
 * at or before `stop`.
 */
export async function replaySlice(
  link: ChainLink,
  after: OplogPoint,
  stop: OplogPoint | undefined,
  apply: (entry: Document) => Promise<void>,
  ctx: SourceContext,
): Promise<SliceReplay> {
  const artifact = sliceArtifact(link);
  const what = `${link.manifest.name}/${link.manifest.id}/${artifact.record.name}`;
  const afterTs = pointToTs(after);
  const stopTs = stop ? pointToTs(stop) : undefined;
  const r: SliceReplay = { applied: 0, passed: 0, stopped: false };
  const stream = await artifact.open();
  try {
    outer: for await (const docs of bsonDocuments(stream, what)) {
      for (const raw of docs) {
        ctx.signal?.throwIfAborted();
        const entry = BSON.deserialize(raw, EXACT_BSON);
        const ts = entry.ts as Timestamp;
        if (stopTs && compareTs(ts, stopTs) > 0) {
          r.stopped = true;
          break outer;
        }
        if (compareTs(ts, afterTs) <= 0) {
          r.passed++;
          continue;
        }
        try {
          await apply(entry);
        } catch (err) {
          throw describeMongoError(err, what, `replaying oplog entry ${ts.high}:${ts.low} (${String(entry.op)} on ${String(entry.ns)})`);
        }
        r.applied++;
        r.last = { t: ts.high, i: ts.low };
        ctx.progress.addItems(1);
      }
    }
  } finally {
    stream.destroy();
  }
  return r;
}

/** Refuses options that cannot apply to a chain restore. */
export function checkChainOptions(o: ResolvedMongoOptions): void {
  if (!o.oplogReplay) throw new UsageError('--no-oplog-replay: an incremental or point-in-time restore is an oplog replay; restore a full backup (--backup-id) without it');
}
