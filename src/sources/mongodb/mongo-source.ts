import type { MongoClient } from 'mongodb';
import type { Fingerprint, Manifest } from '../../catalog/manifest.js';
import { UsageError, VerificationError } from '../../errors.js';
import { MongoArchiveWriter } from '../../formats/mongo-archive/writer.js';
import { TOOL } from '../../version.js';
import { spanOf } from '../../catalog/manifest.js';
import type { ArtifactIn, ArtifactOut, BackupOutcome, IncrementalBase, IncrementalPlan, RestoreChainOptions, RestoreReport, Source, SourceContext } from '../source.js';
import { dumpInto, isDumpableCollection, planBackup, preludeOf, scopeOf, SYSTEM_DBS } from './backup.js';
import { connect, describeMongoError, parseMongoUri, serverFacts, type MongoLocation } from './client.js';
import { backupSlice, checkChainOptions, checkSlice, planSlice, replaySlice, stopPosition } from './incremental.js';
import { positionOf } from '../../catalog/chain.js';
import { OplogReplayer, type OplogPoint } from './oplog.js';
import { ContentDigest, buildFingerprint, fingerprintKey, type CollectionPrint } from './fingerprint.js';
import { resolveMongoOptions, type MongoSourceOptions, type ResolvedMongoOptions } from './options.js';
import { CURSOR_BATCH, batchDocuments, rawBatches } from './raw-batches.js';
import { restoreArchive, restoreArchiveFor } from './restore.js';

export const MONGO_ARCHIVE_KIND = 'mongo-archive';
export const MONGO_ARCHIVE_NAME = 'dump.archive';

/**
 * A MongoDB deployment (or one database of it, when the URI names one),
 * backed up natively with the driver into one mongodump-format archive —
 * readable by the stock `mongorestore --archive` (`--gzip` when the backup is
 * gzip-compressed, the default) — and restored from such archives, ours or
 * mongodump's.
 */
export class MongoSource implements Source {
  readonly kind = 'mongodb';
  readonly location: string;
  private readonly loc: MongoLocation;
  private readonly o: ResolvedMongoOptions;
  private client: MongoClient | undefined;

  constructor(raw: string, opts: MongoSourceOptions = {}, flag = '--source') {
    this.loc = parseMongoUri(raw, flag);
    this.o = resolveMongoOptions(opts);
    this.location = this.loc.safe;
  }

  defaultName(): string {
    const base = this.loc.db ?? `mongodb-${this.loc.hosts.split(',')[0]!.replace(/:\d+$/, '')}`;
    const clean = base.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[^A-Za-z0-9]+/, '').slice(0, 100);
    return clean || 'mongodb';
  }

  private async connected(): Promise<MongoClient> {
    this.client ??= await connect(this.loc, this.o);
    return this.client;
  }

  async planIncremental(_ctx: SourceContext, base: IncrementalBase): Promise<IncrementalPlan> {
    const client = await this.connected();
    return planSlice(client, this.loc, this.o, await serverFacts(client), base);
  }

  async *backup(ctx: SourceContext, base?: IncrementalBase): AsyncGenerator<ArtifactOut, BackupOutcome, void> {
    const client = await this.connected();
    if (base) return yield* backupSlice(client, this.loc, this.o, await serverFacts(client), base, ctx);
    const plan = await planBackup(client, this.loc, this.o);
    ctx.log.info(
      `${this.location}: ${plan.namespaces.length} namespaces to back up, ${Math.min(this.o.parallelCollections, plan.namespaces.length)} at a time` +
        (plan.oplog ? ', with the oplog written meanwhile' : ''),
    );
    const writer = new MongoArchiveWriter({
      header: { concurrentCollections: this.o.parallelCollections, serverVersion: plan.facts.version, toolVersion: `${TOOL.name} ${TOOL.version}` },
      namespaces: preludeOf(plan),
    });
    let outcome: BackupOutcome | undefined;
    let failure: unknown;
    const work = dumpInto(client, plan, writer, this.o, ctx, this.location).then(
      (r) => {
        outcome = r;
        writer.finish();
      },
      (err: unknown) => {
        failure = err;
        writer.abort(err instanceof Error ? err : new Error(String(err)));
      },
    );
    yield {
      baseName: MONGO_ARCHIVE_NAME,
      kind: MONGO_ARCHIVE_KIND,
      contentType: 'application/octet-stream',
      meta: {
        format: 'mongodump archive 0.1',
        serverVersion: plan.facts.version,
        namespaces: plan.namespaces.length,
        oplog: plan.oplog,
        // What an incremental continuing this chain must cover too.
        scope: scopeOf(this.loc.db, this.o),
      },
      stream: writer.stream,
    };
    await work;
    if (failure) throw failure;
    if (!outcome) throw new Error('mongodb backup: the dump ended without an outcome');
    return outcome;
  }

  async restore(ctx: SourceContext, manifest: Manifest, artifacts: ArtifactIn[], chain?: RestoreChainOptions): Promise<RestoreReport> {
    if (chain && (chain.chain.length > 1 || chain.stopAt)) return this.restoreChain(ctx, chain);
    if (manifest.type === 'incremental') throw new VerificationError(`backup ${manifest.id} is an incremental: restore it with its chain`);
    const archive = archiveOf(manifest, artifacts);
    const client = await this.connected();
    const stream = await archive.open();
    try {
      return await restoreArchive(client, this.loc, this.o, { stream, name: `${manifest.id}/${archive.record.name}`, expected: manifest.fingerprint }, ctx);
    } finally {
      stream.destroy();
    }
  }

  /**
   * A chain: every slice is read and checked first (nothing is written before a slice proves intact), then the
   * full backup is restored (its captured oplog replayed to its consistency point), then each slice is replayed
   * from where the previous link ended, up to the chain's end or `stopAt`.
   */
  private async restoreChain(ctx: SourceContext, opts: RestoreChainOptions): Promise<RestoreReport> {
    checkChainOptions(this.o);
    const [fullLink, ...slices] = opts.chain;
    if (!fullLink || fullLink.manifest.type !== 'full') throw new VerificationError(`broken chain: it does not start with a full backup`);
    const touched = new Set<string>();
    let sliceEntries = 0;
    for (const link of slices) sliceEntries += await checkSlice(link, touched, ctx);
    ctx.log.info(`${slices.length} oplog slice(s) checked: ${sliceEntries} entries, as their manifests record`);

    const client = await this.connected();
    const archive = archiveOf(fullLink.manifest, fullLink.artifacts);
    const stream = await archive.open();
    let full;
    try {
      full = await restoreArchiveFor(
        client,
        this.loc,
        this.o,
        { stream, name: `${fullLink.manifest.id}/${archive.record.name}`, expected: fullLink.manifest.fingerprint, touched },
        ctx,
      );
    } finally {
      stream.destroy();
    }

    let after = positionOf(spanOf(fullLink.manifest).to);
    if (!after) throw new VerificationError(`broken chain: the full backup ${fullLink.manifest.id} recorded no oplog position to replay from`);
    const stop = opts.stopAt ? stopPosition(opts.stopAt) : undefined;
    const replayer = new OplogReplayer(client, full.map, this.o.writeConcern, full.renames);
    let replayed = 0;
    let last: OplogPoint | undefined;
    for (const link of slices) {
      if (stop && comparePoints(stop, after) <= 0) break;
      const r = await replaySlice(link, after, stop, (e) => replayer.apply(e), ctx);
      replayed += r.applied;
      last = r.last ?? last;
      const end = positionOf(spanOf(link.manifest).to);
      if (end && comparePoints(end, after) > 0) after = end;
      if (r.stopped) break;
    }
    const warnings = [...full.report.warnings];
    if (replayer.missing) warnings.push(`${replayer.missing} replayed update(s) found no document to update (the data before them was not as the oplog says)`);
    const ids = slices.map((l) => l.manifest.id);
    const checks = {
      compared: [
        ...(full.checks?.compared.map((c) => `full backup ${fullLink.manifest.id}: ${c}`) ?? []),
        `${slices.length} oplog slice(s) (${ids.length > 3 ? `${ids[0]} … ${ids[ids.length - 1]}` : ids.join(', ')}): all ${sliceEntries} entries match the per-namespace counts and digests their manifests record`,
      ],
      notCompared: [
        ...(full.checks?.notCompared.map((c) => `full backup ${fullLink.manifest.id}: ${c}`) ?? []),
        `the data after replaying ${replayed} slice entr${replayed === 1 ? 'y' : 'ies'}${last ? ` (up to ${last.t}:${last.i})` : ''}: an incremental records what its slice holds, not a fingerprint of the whole database`,
      ],
    };
    return {
      summary: { ...full.report.summary, slices: slices.length, sliceEntries, replayed, ...(last ? { replayedTo: last.t } : {}) },
      checks,
      warnings,
    };
  }

  /**
   * The same fingerprint a backup of this location records: per collection the
   * document count and an order-independent digest of the raw BSON documents.
   * With `restored` (the backup restored here), scoped as fingerprintScope says.
   */
  async fingerprint(ctx: SourceContext, restored?: Pick<Manifest, 'source'>): Promise<Fingerprint> {
    const client = await this.connected();
    const scopeDb = this.fingerprintScope(restored);
    let dbs: string[];
    if (scopeDb) dbs = [scopeDb];
    else {
      try {
        const r = await client.db('admin').command({ listDatabases: 1, nameOnly: true, authorizedDatabases: true });
        dbs = ((r.databases ?? []) as { name: string }[]).map((d) => d.name).filter((d) => d !== 'local' && (this.o.includeSystemDbs || !SYSTEM_DBS.has(d)));
      } catch (err) {
        throw describeMongoError(err, this.location, 'listing databases');
      }
    }
    const todo: { db: string; coll: string }[] = [];
    for (const db of dbs) {
      const infos = await client.db(db).listCollections({}, { nameOnly: false, authorizedCollections: true }).toArray();
      for (const info of infos) {
        const name = String(info.name);
        if ((info.type ?? 'collection') !== 'collection' || !isDumpableCollection(db, name) || name.startsWith('system.buckets.')) continue;
        const ns = `${db}.${name}`;
        if ((!this.o.include.empty && !this.o.include.has(ns)) || this.o.exclude.has(ns)) continue;
        todo.push({ db, coll: name });
      }
    }
    const prints = new Map<string, CollectionPrint>();
    const worker = async (): Promise<void> => {
      for (let t = todo.shift(); t; t = todo.shift()) {
        const digest = new ContentDigest();
        const cursor = client.db(t.db).collection(t.coll).find({}, { raw: true, batchSize: CURSOR_BATCH });
        try {
          for await (const batch of rawBatches(cursor, ctx.signal)) for (const d of batchDocuments(batch)) digest.add(d);
        } catch (err) {
          throw describeMongoError(err, this.location, `reading ${t.db}.${t.coll}`);
        }
        prints.set(fingerprintKey(scopeDb, t.db, t.coll), { count: digest.count, digest: digest.digest() });
      }
    };
    await Promise.all(Array.from({ length: this.o.parallelCollections }, worker));
    return buildFingerprint(prints);
  }

  /**
   * The database whose collections the fingerprint covers (undefined: every database). A backup of one database is
   * fingerprinted per collection of that database; restored into a whole server (a location naming no database, as
   * a drill's throwaway container is) it lands in the database of the same name, and that database is what must be
   * compared with the backup, not every database of the server. Not when --ns-from renames: the location must then
   * name the database.
   */
  fingerprintScope(restored?: Pick<Manifest, 'source'>): string | undefined {
    if (this.loc.db || !restored || restored.source.kind !== this.kind || !this.o.renamer.empty) return this.loc.db;
    try {
      return parseMongoUri(restored.source.location).db;
    } catch {
      return undefined; // a location this version cannot parse names no database it could restore into
    }
  }

  async close(): Promise<void> {
    const c = this.client;
    this.client = undefined;
    await c?.close().catch(() => undefined);
  }
}

function archiveOf(manifest: Manifest, artifacts: ArtifactIn[]): ArtifactIn {
  const archive = artifacts.find((a) => a.record.kind === MONGO_ARCHIVE_KIND);
  if (!archive) {
    throw new VerificationError(`backup ${manifest.id} holds no ${MONGO_ARCHIVE_KIND} artifact (it has: ${artifacts.map((a) => a.record.name).join(', ') || 'none'})`);
  }
  return archive;
}

function comparePoints(a: OplogPoint, b: OplogPoint): number {
  return a.t !== b.t ? a.t - b.t : a.i - b.i;
}

/** Opens a restore target: the same class, with the flag named in errors. */
export function openMongoTarget(raw: string, opts: MongoSourceOptions): MongoSource {
  if (!/^mongodb(\+srv)?:\/\//i.test(raw.trim())) {
    throw new UsageError(`--target: '${raw}' is not a MongoDB connection string; expected mongodb://… or mongodb+srv://…`);
  }
  return new MongoSource(raw, opts, '--target');
}
