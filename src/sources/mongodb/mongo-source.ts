import type { MongoClient } from 'mongodb';
import type { Fingerprint, Manifest } from '../../catalog/manifest.js';
import { UsageError, VerificationError } from '../../errors.js';
import { MongoArchiveWriter } from '../../formats/mongo-archive/writer.js';
import { TOOL } from '../../version.js';
import type { ArtifactIn, ArtifactOut, BackupOutcome, RestoreReport, Source, SourceContext } from '../source.js';
import { dumpInto, isDumpableCollection, planBackup, preludeOf, SYSTEM_DBS } from './backup.js';
import { connect, describeMongoError, parseMongoUri, type MongoLocation } from './client.js';
import { ContentDigest, buildFingerprint, fingerprintKey, type CollectionPrint } from './fingerprint.js';
import { resolveMongoOptions, type MongoSourceOptions, type ResolvedMongoOptions } from './options.js';
import { restoreArchive } from './restore.js';

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

  async *backup(ctx: SourceContext): AsyncGenerator<ArtifactOut, BackupOutcome, void> {
    const client = await this.connected();
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
      },
      stream: writer.stream,
    };
    await work;
    if (failure) throw failure;
    if (!outcome) throw new Error('mongodb backup: the dump ended without an outcome');
    return outcome;
  }

  async restore(ctx: SourceContext, manifest: Manifest, artifacts: ArtifactIn[]): Promise<RestoreReport> {
    const archive = artifacts.find((a) => a.record.kind === MONGO_ARCHIVE_KIND);
    if (!archive) {
      throw new VerificationError(`backup ${manifest.id} holds no ${MONGO_ARCHIVE_KIND} artifact (it has: ${artifacts.map((a) => a.record.name).join(', ') || 'none'})`);
    }
    const client = await this.connected();
    const stream = await archive.open();
    try {
      return await restoreArchive(client, this.loc, this.o, { stream, name: `${manifest.id}/${archive.record.name}` }, ctx);
    } finally {
      stream.destroy();
    }
  }

  /**
   * The same fingerprint a backup of this location records: per collection the
   * document count and an order-independent digest of the raw BSON documents.
   */
  async fingerprint(ctx: SourceContext): Promise<Fingerprint> {
    const client = await this.connected();
    let dbs: string[];
    if (this.loc.db) dbs = [this.loc.db];
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
        const cursor = client.db(t.db).collection(t.coll).find({}, { raw: true });
        try {
          while (await cursor.hasNext()) {
            for (const d of cursor.readBufferedDocuments() as unknown as Uint8Array[]) digest.add(d);
            ctx.signal?.throwIfAborted();
          }
        } catch (err) {
          throw describeMongoError(err, this.location, `reading ${t.db}.${t.coll}`);
        } finally {
          await cursor.close().catch(() => undefined);
        }
        prints.set(fingerprintKey(this.loc.db, t.db, t.coll), { count: digest.count, digest: digest.digest() });
      }
    };
    await Promise.all(Array.from({ length: this.o.parallelCollections }, worker));
    return buildFingerprint(prints);
  }

  async close(): Promise<void> {
    const c = this.client;
    this.client = undefined;
    await c?.close().catch(() => undefined);
  }
}

/** Opens a restore target: the same class, with the flag named in errors. */
export function openMongoTarget(raw: string, opts: MongoSourceOptions): MongoSource {
  if (!/^mongodb(\+srv)?:\/\//i.test(raw.trim())) {
    throw new UsageError(`--target: '${raw}' is not a MongoDB connection string; expected mongodb://… or mongodb+srv://…`);
  }
  return new MongoSource(raw, opts, '--target');
}
