import { createReadStream } from 'node:fs';
import { open as openFile } from 'node:fs/promises';
import { createGunzip } from 'node:zlib';
import { pipeline, type Readable } from 'node:stream';
import { BSON, MongoBulkWriteError, MongoServerError, WriteConcern, type Document, type MongoClient } from 'mongodb';
import { OperationalError, UsageError, VerificationError, errorCode, errorMessage } from '../../errors.js';
import { dataCollectionOf, nsKey } from '../../formats/mongo-archive/format.js';
import { MongoArchiveReader } from '../../formats/mongo-archive/reader.js';
import { decompressor, zstdAvailable } from '../../pipeline/compression.js';
import type { Fingerprint } from '../../catalog/manifest.js';
import type { RestoreReport, SourceContext } from '../source.js';
import { connect, describeMongoError, parseMongoUri, type MongoLocation } from './client.js';
import { ContentDigest, buildFingerprint, fingerprintKey, type CollectionPrint } from './fingerprint.js';
import { EXACT_BSON, decodeMetadata, type CollectionMetadata } from './metadata.js';
import { NOT_RESTORED, splitNamespace } from './namespace.js';
import { OPLOG_NS, OplogReplayer, stripIndexSpec, type NsMapper } from './oplog.js';
import { resolveMongoOptions, type MongoSourceOptions, type ResolvedMongoOptions } from './options.js';

/**
 * Raw bytes per insert batch (with at most --batch-size documents), times the batches in flight, is
 * what memory follows. Raw documents cost their size; decoded ones (the insertMany fallback) several
 * times it in the JS heap.
 */
const BATCH_BYTES = 512 * 1024;
const DECODED_BATCH_BYTES = 128 * 1024;

/** The driver's OP_MSG document sequence: a command field sent as a run of raw BSON documents. */
interface RawSequence {
  push(document: unknown, raw: Uint8Array): number;
}
type RawSequenceClass = new (field: string) => RawSequence;

let rawSequenceClass: Promise<RawSequenceClass | undefined> | undefined;

/**
 * The driver class that sends a command field as an OP_MSG document sequence
 * (kind-1 section). It is not part of the driver's public API, so it is looked
 * up at run time and the restore falls back to insertMany (decode, re-encode)
 * when a driver version lacks it. With it, archived documents go to the server
 * byte for byte: no decoding, no re-encoding (half the restore's client CPU,
 * bench/README.md), and nothing a decode/encode round trip could alter.
 */
export function loadRawSequence(): Promise<RawSequenceClass | undefined> {
  rawSequenceClass ??= import('mongodb/lib/cmap/commands.js').then(
    (m: Record<string, unknown>) => {
      const c = (m.DocumentSequence ?? (m.default as Record<string, unknown> | undefined)?.DocumentSequence) as RawSequenceClass | undefined;
      return typeof c === 'function' && typeof c.prototype?.push === 'function' ? c : undefined;
    },
    () => undefined,
  );
  return rawSequenceClass;
}


/** What command monitoring would show for a batch sent raw (bakup does not monitor commands). */
const PLACEHOLDER = Object.freeze({});

interface TargetNs {
  src: string;
  db: string;
  coll: string;
  type: string;
  meta: CollectionMetadata;
}

/** Bounds the insert batches in flight across all collections, so memory does not grow with their number. */
class Slots {
  private free: number;
  private waiting: (() => void)[] = [];
  constructor(n: number) {
    this.free = n;
  }
  acquire(): Promise<void> | undefined {
    if (this.free > 0) {
      this.free--;
      return undefined;
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }
  release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.free++;
  }
}

/**
 * Where one namespace's documents go, batched and inserted by a few concurrent workers. A batch is the documents'
 * bytes copied into one buffer of the sink's own: the archive's chunks are free as soon as their documents are
 * batched, and a batch in flight is one object, not one per document (objects held across the insert's round
 * trip outlive young-generation collections, and V8 then grows that generation: bench/README.md).
 */
class InsertSink {
  private batch: Buffer | null = null;
  private batchUsed = 0;
  private batchCount = 0;
  private readonly maxBatchBytes: number;
  private readonly inflight = new Set<Promise<void>>();
  readonly digest = new ContentDigest();
  inserted = 0;
  failed = 0;
  duplicates = 0;
  private fatal: Error | undefined;

  constructor(
    private readonly client: MongoClient,
    readonly t: TargetNs,
    private readonly dataColl: string,
    private readonly o: ResolvedMongoOptions,
    private readonly onWarning: (w: string) => void,
    private readonly ctx: SourceContext,
    private readonly slots: Slots,
    private readonly rawSequence: RawSequenceClass | undefined,
  ) {
    this.maxBatchBytes = rawSequence ? BATCH_BYTES : DECODED_BATCH_BYTES;
  }

  /** Takes raw documents; resolves once the sink can take more (its workers are not all busy). */
  push(docs: Buffer[], from = 0): Promise<void> | undefined {
    if (this.fatal) throw this.fatal;
    for (let i = from; i < docs.length; i++) {
      const raw = docs[i]!;
      if (this.batch && this.batchUsed + raw.length > this.batch.length) {
        // It does not fit: the batch goes first (this document is taken when the call resumes at i).
        const wait = this.dispatch();
        if (wait) return wait.then(() => this.push(docs, i));
      }
      this.digest.add(raw);
      // A buffer of its own (not Node's shared pool), as large as a batch or as this document.
      this.batch ??= Buffer.allocUnsafeSlow(Math.max(this.maxBatchBytes, raw.length));
      raw.copy(this.batch, this.batchUsed);
      this.batchUsed += raw.length;
      this.batchCount++;
      if (this.batchCount >= this.o.batchSize || this.batchUsed >= this.maxBatchBytes) {
        const wait = this.dispatch();
        if (wait) return wait.then(() => this.push(docs, i + 1));
      }
    }
    return undefined;
  }

  /** Sends the batch; resolves when another may be sent (this collection's and the global limits). */
  private dispatch(): Promise<void> | undefined {
    if (!this.batch || this.batchCount === 0) return undefined;
    const bytes = this.batch.subarray(0, this.batchUsed);
    const count = this.batchCount;
    this.batch = null;
    this.batchUsed = 0;
    this.batchCount = 0;
    const start = (): Promise<void> | undefined => {
      const p: Promise<void> = this.insert(bytes, count).finally(() => {
        this.inflight.delete(p);
        this.slots.release();
      });
      this.inflight.add(p);
      if (this.inflight.size >= this.o.insertWorkers) return Promise.race(this.inflight).then(() => this.check());
      return undefined;
    };
    const slot = this.slots.acquire();
    return slot ? slot.then(start) : start();
  }

  private check(): void {
    if (this.fatal) throw this.fatal;
  }

  /** Inserts the `count` documents concatenated in `bytes`. */
  private async insert(bytes: Buffer, count: number): Promise<void> {
    if (this.rawSequence) return this.insertRaw(bytes, count, this.rawSequence);
    const docs: Document[] = [];
    for (let at = 0; at < bytes.length; at += bytes.readInt32LE(at)) {
      docs.push(BSON.deserialize(bytes.subarray(at, at + bytes.readInt32LE(at)), { ...EXACT_BSON, validation: { utf8: false } }));
    }
    const coll = this.client.db(this.t.db).collection(this.dataColl);
    try {
      const r = await coll.insertMany(docs, {
        ordered: false,
        bypassDocumentValidation: true,
        checkKeys: false,
        ignoreUndefined: false,
        ...(this.o.writeConcern ? { writeConcern: this.o.writeConcern } : {}),
      });
      this.inserted += r.insertedCount;
      this.ctx.progress.addItems(r.insertedCount);
    } catch (err) {
      if (!(err instanceof MongoBulkWriteError)) {
        this.fatal ??= describeMongoError(err, `${this.t.db}.${this.dataColl}`, 'inserting documents');
        return;
      }
      this.inserted += err.insertedCount;
      const errors = Array.isArray(err.writeErrors) ? err.writeErrors : [err.writeErrors];
      this.writeErrors(errors.map((e) => ({ code: e.code, errmsg: e.errmsg })), docs.length, err.message);
    }
  }

  /**
   * The insert command with the archived bytes as its document sequence. A sequence is its documents
   * concatenated, so the batch goes in as one piece. Unordered: every document without a write error was
   * inserted (some peers miscount `n` when there are write errors).
   */
  private async insertRaw(bytes: Buffer, count: number, Sequence: RawSequenceClass): Promise<void> {
    const documents = new Sequence('documents');
    documents.push(PLACEHOLDER, bytes);
    const command: Document = { insert: this.dataColl, documents, ordered: false, bypassDocumentValidation: true };
    if (this.o.writeConcern) WriteConcern.apply(command, this.o.writeConcern);
    let reply: Document;
    try {
      reply = await this.client.db(this.t.db).command(command);
    } catch (err) {
      this.fatal ??= describeMongoError(err, `${this.t.db}.${this.dataColl}`, 'inserting documents');
      return;
    }
    const errors = (Array.isArray(reply.writeErrors) ? reply.writeErrors : []) as { code?: number; errmsg?: string }[];
    const inserted = count - errors.length;
    this.inserted += inserted;
    this.ctx.progress.addItems(inserted);
    if (errors.length) this.writeErrors(errors, count, 'write errors');
    const wce = reply.writeConcernError as { errmsg?: string } | undefined;
    if (wce) this.fatal ??= new OperationalError(`${this.t.db}.${this.dataColl}: write concern not satisfied (${wce.errmsg ?? 'writeConcernError'})`);
  }

  private writeErrors(errors: { code?: number; errmsg?: string }[], of: number, fallback: string): void {
    for (const e of errors) {
      if (e.code === 11000) this.duplicates++;
      else this.failed++;
    }
    const first = errors[0];
    const what = `${this.t.db}.${this.dataColl}: ${errors.length} of ${of} documents not inserted (${first?.code === 11000 ? 'duplicate key' : 'error'}: ${first?.errmsg ?? fallback})`;
    if (this.o.stopOnError) this.fatal ??= new OperationalError(`${what}; stopped (--stop-on-error)`);
    else this.onWarning(what);
  }

  /** Inserts what is left and waits for every batch. */
  async finish(): Promise<void> {
    await this.dispatch();
    while (this.inflight.size) await Promise.all([...this.inflight]);
    this.check();
  }
}

export interface ArchiveInput {
  stream: AsyncIterable<unknown>;
  name: string;
  /** The backup's recorded fingerprint: the archive's documents are compared with it as they are read. */
  expected?: Fingerprint;
  /**
   * Namespaces (source names) that oplog slices replayed after this archive write to: refused when not empty,
   * dropped with --drop, like the archive's own. `db.` stands for every collection of db (a dropDatabase).
   */
  touched?: Set<string>;
}

/** A restored archive, and how entries replayed after it map onto the target (the archive's own mapping). */
export interface ArchiveRestore {
  report: RestoreReport;
  map: NsMapper;
  renames: boolean;
  /** Entries of the archive's captured oplog replayed. */
  oplogEntries: number;
  /** What was compared with the expected fingerprint (when one was given). */
  checks?: { compared: string[]; notCompared: string[] };
}

/** Counts a bounded list of warnings so a million duplicates do not become a million lines. */
class Warnings {
  readonly list: string[] = [];
  private dropped = 0;
  add(w: string): void {
    if (this.list.length < 20) this.list.push(w);
    else this.dropped++;
  }
  done(): string[] {
    return this.dropped ? [...this.list, `… and ${this.dropped} more warnings`] : this.list;
  }
}

/**
 * Restores a mongodump archive into the location, with mongorestore's
 * semantics: namespace selection and renames, refusal of non-empty targets
 * unless --drop, collections created with their options before their data,
 * indexes after it, views last, the captured oplog (if any) replayed at the end.
 */
export async function restoreArchive(client: MongoClient, loc: MongoLocation, o: ResolvedMongoOptions, input: ArchiveInput, ctx: SourceContext): Promise<RestoreReport> {
  return (await restoreArchiveFor(client, loc, o, input, ctx)).report;
}

/** restoreArchive, also returning the namespace mapping that oplog slices replayed after it must use. */
export async function restoreArchiveFor(client: MongoClient, loc: MongoLocation, o: ResolvedMongoOptions, input: ArchiveInput, ctx: SourceContext): Promise<ArchiveRestore> {
  const reader = new MongoArchiveReader(input.stream, { name: input.name });
  try {
    return await restoreFromReader(client, loc, o, reader, input, ctx);
  } finally {
    await reader.close();
  }
}

async function restoreFromReader(
  client: MongoClient,
  loc: MongoLocation,
  o: ResolvedMongoOptions,
  reader: MongoArchiveReader,
  input: ArchiveInput,
  ctx: SourceContext,
): Promise<ArchiveRestore> {
  const name = input.name;
  const warnings = new Warnings();
  const prelude = await reader.readPrelude();
  const serverVersion = prelude.header.serverVersion;
  const hasOplog = prelude.namespaces.some((n) => n.db === OPLOG_NS.db && n.collection === OPLOG_NS.collection);

  // 1. What to restore, and where.
  const selected: { src: string; n: (typeof prelude.namespaces)[number] }[] = [];
  let skippedNs = 0;
  for (const n of prelude.namespaces) {
    if (n.db === OPLOG_NS.db && n.collection === OPLOG_NS.collection) continue;
    const src = nsKey(n.db, n.collection);
    if ((!o.include.empty && !o.include.has(src)) || o.exclude.has(src)) {
      skippedNs++;
      continue;
    }
    if (NOT_RESTORED.test(src)) {
      warnings.add(`${src} not restored: users, roles and server-managed collections are restored by mongorestore only`);
      skippedNs++;
      continue;
    }
    selected.push({ src, n });
  }
  if (!selected.length) {
    const held = prelude.namespaces.filter((n) => n.db !== '').map((n) => nsKey(n.db, n.collection));
    if (!o.include.empty) {
      throw new UsageError(`--ns-include ${o.include.patterns.map((p) => `'${p}'`).join(' ')} matches nothing in ${name} (it holds: ${held.slice(0, 10).join(', ') || 'nothing'})`);
    }
    if (held.length) throw new UsageError(`${name}: every namespace is excluded; nothing to restore`);
  }
  const srcDbs = new Set(selected.map((s) => s.n.db));
  let dbMap: ((db: string) => string) | undefined;
  if (loc.db && o.renamer.empty) {
    if (srcDbs.size > 1) {
      throw new UsageError(
        `${loc.safe} names database '${loc.db}' but the backup holds ${srcDbs.size} databases (${[...srcDbs].join(', ')}); pick one with --ns-include 'db.*' or map them with --ns-from/--ns-to`,
      );
    }
    const only = [...srcDbs][0];
    dbMap = (db) => (db === only ? loc.db! : db);
  }
  const mapName = (db: string, coll: string): { db: string; coll: string } => {
    if (!o.renamer.empty) {
      const r = splitNamespace(o.renamer.get(nsKey(db, coll)));
      return { db: r.db, coll: r.collection };
    }
    return { db: dbMap ? dbMap(db) : db, coll };
  };
  const targets: TargetNs[] = selected.map(({ src, n }) => {
    const t = mapName(n.db, n.collection);
    if (!t.db || !t.coll) throw new UsageError(`--ns-to maps ${src} to '${t.db}.${t.coll}', which is not a db.collection name`);
    const meta = decodeMetadata(n.metadata, src, name);
    return { src, db: t.db, coll: t.coll, type: n.type || meta.type || 'collection', meta };
  });
  const seenTargets = new Set<string>();
  for (const t of targets) {
    const k = nsKey(t.db, t.coll);
    if (seenTargets.has(k)) throw new UsageError(`--ns-from/--ns-to map two namespaces onto ${k}`);
    seenTargets.add(k);
  }
  const renames = !o.renamer.empty || dbMap !== undefined;
  const mapForOplog: NsMapper = (db, coll) => {
    if (coll === '') return srcDbs.has(db) || input.touched ? { db: mapName(db, '').db, coll: '' } : null;
    const src = nsKey(db, coll);
    if ((!o.include.empty && !o.include.has(src)) || o.exclude.has(src) || NOT_RESTORED.test(src)) return null;
    return mapName(db, coll);
  };
  // Namespaces only the replayed slices write to (collections created after the full backup, rename targets).
  const extra = new Map<string, { db: string; coll: string }>();
  const wholeDbs = new Set<string>();
  for (const src of input.touched ?? []) {
    const { db, collection } = splitNamespace(src);
    const t = mapForOplog(db, collection);
    if (!t) continue;
    if (collection === '') wholeDbs.add(t.db);
    else if (!seenTargets.has(nsKey(t.db, t.coll))) extra.set(nsKey(t.db, t.coll), t);
  }

  // 2. Refuse non-empty targets (before writing anything), or drop them.
  const existing = new Map<string, Map<string, Document>>();
  for (const db of new Set([...targets.map((t) => t.db), ...[...extra.values()].map((t) => t.db), ...wholeDbs])) {
    try {
      const infos = await client.db(db).listCollections({}, { nameOnly: false, authorizedCollections: true }).toArray();
      existing.set(db, new Map(infos.map((i) => [String(i.name), i as Document])));
    } catch (err) {
      throw describeMongoError(err, loc.safe, `listing the collections of '${db}'`);
    }
  }
  const refusals: string[] = [];
  /** An existing collection: dropped with --drop; otherwise refused when it is a view (`asView`) or holds a document. */
  const dropOrRefuse = async (db: string, coll: string, asView: boolean): Promise<void> => {
    if (o.drop) {
      try {
        await client.db(db).collection(coll).drop();
      } catch (err) {
        throw describeMongoError(err, loc.safe, `dropping ${db}.${coll} (--drop)`);
      }
      existing.get(db)!.delete(coll);
    } else if (asView) refusals.push(`${db}.${coll} (exists)`);
    else if (await client.db(db).collection(coll).findOne({}, { projection: { _id: 1 } })) refusals.push(`${db}.${coll}`);
  };
  for (const t of targets) {
    const info = existing.get(t.db)!.get(t.coll);
    if (info) await dropOrRefuse(t.db, t.coll, info.type === 'view' || t.type === 'view');
  }
  // What the slices write to: the same rule, for every such collection that exists (a dropDatabase: all of its db).
  const replayed = [...extra.values()];
  for (const db of wholeDbs) for (const coll of existing.get(db)!.keys()) if (!seenTargets.has(nsKey(db, coll))) replayed.push({ db, coll });
  for (const t of replayed) {
    const info = existing.get(t.db)!.get(t.coll);
    if (info && !t.coll.startsWith('system.')) await dropOrRefuse(t.db, t.coll, info.type === 'view');
  }
  if (refusals.length) {
    throw new UsageError(
      `${loc.safe}: refusing to restore into non-empty ${refusals.length === 1 ? 'collection' : 'collections'} ${refusals.slice(0, 10).join(', ')}${refusals.length > 10 ? ', …' : ''}; pass --drop to replace them`,
    );
  }

  // 3. Collections with their options (views come last: they may read collections being restored).
  for (const t of targets) {
    if (t.type === 'view' || existing.get(t.db)!.has(t.coll)) continue;
    const options = { ...t.meta.options };
    try {
      await client.db(t.db).command({ create: t.coll, ...options, ...(o.writeConcern ? { writeConcern: o.writeConcern } : {}) });
    } catch (err) {
      if (err instanceof MongoServerError && err.code === 48) continue; // created meanwhile (NamespaceExists)
      const opts = Object.keys(options).length ? ` with options ${JSON.stringify(Object.keys(options))}` : '';
      throw describeMongoError(err, loc.safe, `creating collection ${t.db}.${t.coll}${opts}`);
    }
  }

  // 4. Data, then each collection's indexes as soon as its data is in.
  const sinks = new Map<string, InsertSink>();
  // As many batches in flight as collections restored at once times their workers: with 4 × 1, the
  // peer idled between batches (mongo-java-server: 100 k documents 3.1–6.0 s → 2.4–4.1 s, RSS unchanged).
  const slots = new Slots(Math.min(64, o.parallelCollections * o.insertWorkers));
  const rawSequence = await loadRawSequence();
  if (!rawSequence) ctx.log.warn('this mongodb driver has no raw document sequences: documents are decoded and re-encoded to be inserted (slower)');
  for (const t of targets) {
    if (t.type === 'view') continue;
    const srcData = nsKey(splitNamespace(t.src).db, dataCollectionOf({ collection: splitNamespace(t.src).collection, type: t.type }, serverVersion));
    const dataColl = dataCollectionOf({ collection: t.coll, type: t.type }, serverVersion);
    sinks.set(srcData, new InsertSink(client, t, dataColl, o, (w) => warnings.add(w), ctx, slots, rawSequence));
  }
  const indexBuilds: Promise<number>[] = [];
  let ignoredDocs = 0;
  let oplog: OplogReplayer | undefined;
  let oplogEntries = 0;
  const events = reader.events();
  let summary;
  for (;;) {
    const r = await events.next();
    if (r.done) {
      summary = r.value;
      break;
    }
    const ev = r.value;
    if (ev.db === OPLOG_NS.db && ev.collection === OPLOG_NS.collection) {
      if (ev.type === 'eof' || !o.oplogReplay) continue;
      if (!oplog) {
        // The oplog must be applied over complete collections: mongodump writes it after every collection's EOF.
        for (const s of sinks.values()) await s.finish();
        await Promise.all(indexBuilds);
        oplog = new OplogReplayer(client, mapForOplog, o.writeConcern, renames);
      }
      for (const raw of ev.docs) {
        const entry = BSON.deserialize(raw, EXACT_BSON);
        try {
          await oplog.apply(entry);
        } catch (err) {
          throw describeMongoError(err, loc.safe, `replaying oplog entry ${oplogEntries + 1} (${String(entry.op)} on ${String(entry.ns)})`);
        }
        oplogEntries++;
      }
      continue;
    }
    const sink = sinks.get(ev.key);
    if (!sink) {
      if (ev.type === 'documents') ignoredDocs += ev.docs.length;
      continue;
    }
    if (oplog && ev.type === 'documents') {
      throw new OperationalError(`${name}: collection data for ${ev.key} after the oplog; cannot replay the oplog over incomplete collections`);
    }
    if (ev.type === 'documents') {
      const wait = sink.push(ev.docs);
      if (wait) await wait;
    } else {
      const build = sink.finish().then(() => (o.noIndexRestore ? 0 : createIndexes(client, sink.t, loc)));
      build.catch(() => undefined);
      indexBuilds.push(build);
    }
  }
  const indexCounts = await Promise.all(indexBuilds);

  // 5. Views.
  let views = 0;
  for (const t of targets) {
    if (t.type !== 'view') continue;
    const { viewOn, pipeline, ...rest } = t.meta.options;
    try {
      await client.db(t.db).command({ create: t.coll, viewOn: viewOn as string, pipeline: pipeline as Document[], ...rest });
      views++;
    } catch (err) {
      throw describeMongoError(err, loc.safe, `creating view ${t.db}.${t.coll} on ${String(viewOn)}`);
    }
  }

  let documents = 0;
  let duplicates = 0;
  let failed = 0;
  const prints = new Map<string, CollectionPrint>();
  for (const s of sinks.values()) {
    documents += s.inserted;
    duplicates += s.duplicates;
    failed += s.failed;
    prints.set(fingerprintKey(loc.db, s.t.db, s.t.coll), { count: s.digest.count, digest: s.digest.digest() });
  }
  if (oplog?.nonIdempotent) {
    warnings.add(
      `${oplog.nonIdempotent} replayed oplog update(s) hold operators such as $inc or $push (as a MongoDB-compatible server logged them; MongoDB logs results): where the dump already held their effect, it was applied twice`,
    );
  }
  if (hasOplog && !o.oplogReplay) warnings.add('the backup holds an oplog that was not replayed (--no-oplog-replay): data is as dumped, not as of the consistency point');
  const complete = skippedNs === 0 && duplicates === 0 && failed === 0 && ignoredDocs === 0 && oplogEntries === 0;
  const checks = input.expected ? compareWithBackup(input.expected, [...sinks.values()], name, skippedNs === 0 && ignoredDocs === 0) : undefined;
  if (checks && oplogEntries > 0) {
    checks.notCompared.push(`the data after replaying ${oplogEntries} oplog entries captured during the dump: the backup records no fingerprint of its consistency point`);
  }
  const report: RestoreReport = {
    summary: {
      collections: targets.filter((t) => t.type !== 'view').length,
      views,
      documents,
      indexes: indexCounts.reduce((a, b) => a + b, 0),
      duplicates,
      failed,
      oplogEntries,
      archiveBytes: summary.size,
    },
    ...(complete ? { fingerprint: buildFingerprint(prints) } : {}),
    // Only when something changed the data after the documents were compared does the restore say what it checked.
    ...(checks && oplogEntries > 0 ? { checks } : {}),
    warnings: warnings.done(),
  };
  return { report, map: mapForOplog, renames, oplogEntries, checks };
}

/**
 * Compares the documents read from the archive with the backup's fingerprint (same digests, keyed by source
 * namespace); a difference is a VerificationError. Whether keys are `db.collection` or collection names depends on
 * the backup's scope, so both are tried; a selective restore (--ns-include) is compared collection by collection.
 */
function compareWithBackup(expected: Fingerprint, sinks: InsertSink[], what: string, everything: boolean): { compared: string[]; notCompared: string[] } {
  const want = expected.items ?? {};
  const byQualified = new Map(sinks.map((s) => [s.t.src, s.digest] as const));
  const byName = new Map(sinks.map((s) => [splitNamespace(s.t.src).collection, s.digest] as const));
  const keys = Object.keys(want);
  // The keying whose names are all in the fingerprint (a selective restore reads a subset of them).
  const fits = (t: Map<string, ContentDigest>): boolean => t.size > 0 && [...t.keys()].every((k) => k in want);
  const read = fits(byQualified) ? byQualified : fits(byName) ? byName : sinks.length === 0 ? byQualified : undefined;
  const notCompared: string[] = [];
  if (!read) {
    notCompared.push('the documents read from the archive: its namespaces do not match the fingerprint recorded in the manifest');
    return { compared: [], notCompared };
  }
  const bad: string[] = [];
  let docs = 0;
  for (const [k, d] of read) {
    const w = want[k];
    if (!w) {
      if (everything) bad.push(`${k}: not in the recorded fingerprint`);
      continue;
    }
    docs += d.count;
    if (w.digest !== d.digest() || (w.count ?? d.count) !== d.count) bad.push(`${k}: ${w.count ?? '?'} documents recorded, ${d.count} read, digests differ`);
  }
  if (everything) for (const k of keys) if (!read.has(k)) bad.push(`${k}: recorded, not in the archive`);
  if (bad.length) throw new VerificationError(`${what}: the documents do not match the backup's fingerprint (${bad.slice(0, 3).join('; ')}${bad.length > 3 ? '; …' : ''})`);
  return { compared: [`${docs} documents in ${read.size} collection(s) as read from the archive match the backup's fingerprint`], notCompared };
}

async function createIndexes(client: MongoClient, t: TargetNs, loc: MongoLocation): Promise<number> {
  const specs = t.meta.indexes.filter((ix) => ix.name !== '_id_').map((ix) => stripIndexSpec(ix));
  if (!specs.length) return 0;
  try {
    // A time series' indexes are created through the collection itself, not its buckets.
    await client.db(t.db).command({ createIndexes: t.coll, indexes: specs });
  } catch (err) {
    const names = specs.map((s) => String(s.name)).join(', ');
    const e = describeMongoError(err, loc.safe, `creating indexes ${names} on ${t.db}.${t.coll}`);
    throw new OperationalError(`${e.message}; restore with --no-index-restore to skip indexes`, { cause: err });
  }
  return specs.length;
}

/** Opens an archive file, gzip- or zstd-compressed or plain (sniffed from its first bytes). */
export async function openArchiveFile(path: string): Promise<Readable> {
  let head: Buffer;
  try {
    const fh = await openFile(path, 'r');
    try {
      head = Buffer.alloc(4);
      const { bytesRead } = await fh.read(head, 0, 4, 0);
      head = head.subarray(0, bytesRead);
    } finally {
      await fh.close();
    }
  } catch (err) {
    const code = errorCode(err);
    if (code === 'ENOENT') throw new UsageError(`--from-archive: ${path} does not exist; expected a mongodump archive (gzipped or not)`);
    if (code === 'EISDIR') throw new UsageError(`--from-archive: ${path} is a directory; expected a mongodump --archive file`);
    throw new OperationalError(`--from-archive: cannot read ${path}: ${errorMessage(err)}`);
  }
  const file = createReadStream(path, { highWaterMark: 256 * 1024 });
  // pipeline() (unlike pipe()) passes a read error of the file on to the stage the caller iterates.
  if (head[0] === 0x1f && head[1] === 0x8b) return pipeline(file, createGunzip({ chunkSize: 256 * 1024 }), () => undefined);
  if (head.equals(Buffer.from([0x28, 0xb5, 0x2f, 0xfd]))) {
    if (!zstdAvailable()) {
      file.destroy();
      throw new UsageError(`--from-archive: ${path} is zstd-compressed; this needs Node.js >= 22.15`);
    }
    return pipeline(file, decompressor('zstd'), () => undefined);
  }
  return file;
}

/**
 * `bakup restore --from-archive FILE --target mongodb://…`: restores a
 * mongodump archive made by anyone (mongodump --archive, with or without
 * --gzip, or bakup) with the same options as a restore from a backup.
 */
export async function restoreArchiveFile(path: string, targetUri: string, options: MongoSourceOptions, ctx: SourceContext): Promise<RestoreReport> {
  const loc = parseMongoUri(targetUri, '--target');
  const o = resolveMongoOptions(options);
  const stream = await openArchiveFile(path);
  let client: MongoClient | undefined;
  try {
    client = await connect(loc, o);
    return await restoreArchive(client, loc, o, { stream, name: path }, ctx);
  } finally {
    stream.destroy();
    await client?.close().catch(() => undefined);
  }
}
