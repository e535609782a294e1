import { BSON, Timestamp, type Document, type MongoClient } from 'mongodb';
import { OperationalError, UsageError } from '../../errors.js';
import { supportsRawTimeseries, type NamespaceMetadata } from '../../formats/mongo-archive/format.js';
import { MongoArchiveWriter, type NamespaceWriter } from '../../formats/mongo-archive/writer.js';
import type { Point, Span } from '../../catalog/manifest.js';
import type { BackupOutcome, SourceContext } from '../source.js';
import { describeMongoError, serverFacts, type MongoLocation, type ServerFacts } from './client.js';
import { ContentDigest, buildFingerprint, fingerprintKey, type CollectionPrint } from './fingerprint.js';
import { EXACT_BSON, encodeMetadata, uuidHex } from './metadata.js';
import { NOT_RESTORED } from './namespace.js';
import { OPLOG_NS, captureFilter, compareTs, hasOplog, newestOplogTs, oldestOplogTs, oplogCaptureStart, scopeCapturedEntry, tsToPoint, type NsFilter } from './oplog.js';
import type { ResolvedMongoOptions } from './options.js';
import { CURSOR_BATCH, batchDocuments, docLength, rawBatches } from './raw-batches.js';

export const SYSTEM_DBS = new Set(['admin', 'local', 'config']);
export const TOOL_NAME = 'bakup';

/** One namespace the backup will hold. */
export interface PlannedNamespace {
  db: string;
  collection: string;
  /** listCollections type: collection, view, timeseries. */
  type: string;
  /** Where the documents are read from (system.buckets.X for time series before MongoDB 8.3). */
  dataCollection: string;
  options: Document;
  indexes: Document[];
  uuid?: string;
  estimatedCount: number;
}

export interface BackupPlan {
  facts: ServerFacts;
  namespaces: PlannedNamespace[];
  /** The database the location names, if any; it also decides fingerprint keys. */
  scopeDb: string | undefined;
  oplog: boolean;
  /**
   * A capture mongodump would make too (whole deployment) or the user asked for (--oplog): a rollover fails the
   * backup. Otherwise (a scoped backup capturing by default) it only costs the consistency point, with a warning.
   */
  oplogRequired?: boolean;
}

/** Collections mongodump never dumps: internal ones, and system.* other than system.js. */
export function isDumpableCollection(db: string, name: string): boolean {
  if (name.includes('$')) return false;
  if (db === 'admin') return name !== 'system.keys';
  if (db === 'local') return !(name === 'oplog.rs' || name.startsWith('replset.') || name === 'startup_log' || name.startsWith('system.'));
  if (name === 'system.js') return true;
  return !name.startsWith('system.');
}

async function listDatabaseNames(client: MongoClient, where: string): Promise<string[]> {
  try {
    const r = await client.db('admin').command({ listDatabases: 1, nameOnly: true, authorizedDatabases: true });
    return ((r.databases ?? []) as { name: string }[]).map((d) => d.name);
  } catch (err) {
    throw describeMongoError(err, where, 'listing databases');
  }
}

/** Scans what the location holds and decides what to dump, applying the namespace filters. */
export async function planBackup(client: MongoClient, loc: MongoLocation, o: ResolvedMongoOptions): Promise<BackupPlan> {
  const facts = await serverFacts(client);
  let dbs: string[];
  if (loc.db) {
    dbs = [loc.db];
  } else {
    const all = await listDatabaseNames(client, loc.safe);
    dbs = all.filter((d) => d !== 'local' && (o.includeSystemDbs || !SYSTEM_DBS.has(d)));
  }
  const namespaces: PlannedNamespace[] = [];
  const seen: string[] = [];
  for (const db of dbs) {
    let infos: Document[];
    try {
      infos = await client.db(db).listCollections({}, { nameOnly: false, authorizedCollections: true, ...EXACT_BSON }).toArray();
    } catch (err) {
      throw describeMongoError(err, loc.safe, `listing the collections of '${db}'`);
    }
    if (loc.db && infos.length === 0) {
      const existing = await listDatabaseNames(client, loc.safe).catch(() => [] as string[]);
      const shown = existing.filter((d) => !SYSTEM_DBS.has(d)).slice(0, 10).join(', ') || 'none';
      throw new UsageError(`${loc.safe}: database '${db}' does not exist or has no collections (databases there: ${shown})`);
    }
    infos.sort((a, b) => String(a.name).localeCompare(String(b.name)));
    for (const info of infos) {
      const name = String(info.name);
      const type = typeof info.type === 'string' ? info.type : 'collection';
      if (!isDumpableCollection(db, name)) continue;
      if (type === 'collection' && name.startsWith('system.buckets.')) continue; // dumped with its time series
      const ns = `${db}.${name}`;
      seen.push(ns);
      if (!o.include.empty && !o.include.has(ns)) continue;
      if (o.exclude.has(ns)) continue;
      const dataCollection = type === 'timeseries' && !supportsRawTimeseries(facts.version) ? `system.buckets.${name}` : name;
      let indexes: Document[] = [];
      let estimatedCount = 0;
      if (type !== 'view') {
        try {
          indexes = await client.db(db).collection(name).listIndexes(EXACT_BSON).toArray();
          estimatedCount = await client.db(db).collection(dataCollection).estimatedDocumentCount();
        } catch (err) {
          throw describeMongoError(err, loc.safe, `reading the indexes of ${ns}`);
        }
      }
      const uuid = uuidHex(info.info as Document | undefined);
      namespaces.push({ db, collection: name, type, dataCollection, options: (info.options ?? {}) as Document, indexes, ...(uuid ? { uuid } : {}), estimatedCount });
    }
  }
  if (!o.include.empty && namespaces.length === 0) {
    const shown = seen.slice(0, 10).join(', ') + (seen.length > 10 ? ', …' : '');
    throw new UsageError(`--ns-include ${o.include.patterns.map((p) => `'${p}'`).join(' ')} matches no collection on ${loc.safe} (there: ${shown || 'none'})`);
  }
  let oplog = false;
  if (o.oplog !== false) {
    const available = !facts.isMongos && (await hasOplog(client, facts.setName, o.oplog === true));
    if (o.oplog === true && !available) {
      throw new UsageError(`--oplog: ${loc.safe} has no readable local.oplog.rs (mongos and standalone servers have none)`);
    }
    // Unlike mongodump (whole deployments only), scoped backups capture too: the capture keeps only the
    // scope's entries, and the consistency point it records is where an incremental chain starts.
    oplog = available;
  }
  const oplogRequired = o.oplog === true || (!loc.db && o.include.empty && o.exclude.empty);
  return { facts, namespaces, scopeDb: loc.db, oplog, oplogRequired };
}


export function preludeOf(plan: BackupPlan): NamespaceMetadata[] {
  const out: NamespaceMetadata[] = plan.namespaces.map((n) => ({
    db: n.db,
    collection: n.collection,
    metadata: encodeMetadata({ options: n.options, indexes: n.indexes, ...(n.uuid ? { uuid: n.uuid } : {}), collectionName: n.collection, type: n.type }),
    size: 0,
    type: n.type,
  }));
  if (plan.oplog) out.push({ db: OPLOG_NS.db, collection: OPLOG_NS.collection, metadata: '', size: 0, type: '' });
  return out;
}

export interface DumpResult {
  outcome: BackupOutcome;
}

/**
 * Dumps the planned namespaces into `writer`, `parallel` collections at a
 * time (largest first, as mongodump schedules them), then the oplog window.
 * Each document is streamed from its cursor into the archive as raw BSON;
 * nothing is decoded or held beyond a cursor batch and an archive segment.
 */
export async function dumpInto(
  client: MongoClient,
  plan: BackupPlan,
  writer: MongoArchiveWriter,
  o: ResolvedMongoOptions,
  ctx: SourceContext,
  where: string,
): Promise<BackupOutcome> {
  const warnings: string[] = [];
  const prints = new Map<string, CollectionPrint>();
  let oplogStart: Timestamp | undefined;
  let oplogWasEmpty = false;
  if (plan.oplog) {
    oplogStart = await oplogCaptureStart(client);
    if (!oplogStart) {
      // An empty oplog (a freshly created one): every entry it will hold was written during the backup.
      oplogWasEmpty = true;
      oplogStart = new Timestamp({ t: 0, i: 0 });
    }
  }
  const queue = [...plan.namespaces].sort((a, b) => b.estimatedCount - a.estimatedCount);
  let documents = 0;
  const worker = async (): Promise<void> => {
    for (let ns = queue.shift(); ns; ns = queue.shift()) {
      ctx.signal?.throwIfAborted();
      const nw = writer.namespace(ns.db, ns.collection);
      if (ns.type === 'view') {
        await nw.end(); // views are recorded by their metadata; mongorestore expects an empty segment
        continue;
      }
      const digest = new ContentDigest();
      try {
        await streamCursor(client, ns.db, ns.dataCollection, o.query ?? {}, o, nw, digest, ctx);
      } catch (err) {
        throw describeMongoError(err, where, `reading ${ns.db}.${ns.dataCollection}`);
      }
      await nw.end();
      documents += digest.count;
      prints.set(fingerprintKey(plan.scopeDb, ns.db, ns.collection), { count: digest.count, digest: digest.digest() });
      ctx.log.debug(`dumped ${ns.db}.${ns.collection}: ${digest.count} documents`);
    }
  };
  const n = Math.max(1, Math.min(o.parallelCollections, plan.namespaces.length));
  await Promise.all(Array.from({ length: n }, worker));

  let consistency: Record<string, unknown> | null = null;
  let span: Span | undefined;
  if (plan.oplog && oplogStart) {
    const end = await newestOplogTs(client);
    const endTs = end ?? oplogStart;
    const rolled = async (): Promise<boolean> => {
      if (oplogWasEmpty) return false;
      const oldest = await oldestOplogTs(client);
      return !oldest || compareTs(oldest, oplogStart!) > 0;
    };
    const lost = (when: string): void => {
      const what = `${where}: the oplog rolled over ${when}; the oplog is too small for a backup this long`;
      if (plan.oplogRequired !== false) throw new OperationalError(what);
      warnings.push(`${what}: this backup has no consistency point and starts no incremental chain`);
    };
    const nw = writer.namespace(OPLOG_NS.db, OPLOG_NS.collection);
    if (await rolled()) {
      lost('during the backup (its oldest entry is newer than the start)');
      await nw.end(); // an empty oplog keeps the archive whole
    } else {
      const filter: NsFilter = plan.scopeDb || !o.include.empty || !o.exclude.empty ? (db, coll) => inBackupScope(plan.scopeDb, o, db, coll) : null;
      const entries = await streamOplog(client, oplogStart, endTs, nw, filter);
      await nw.end();
      if (!(await rolled())) consistency = oplogConsistency(oplogStart, endTs, entries);
      else lost('while it was being copied');
    }
    // The consistency point is where an oplog slice (an incremental backup) of this chain starts.
    if (consistency) span = { to: oplogPoint(endTs), replayable: false };
  } else if (plan.facts.setName === undefined || plan.facts.isMongos) {
    warnings.push('no oplog on this server: the backup is not a single point in time if writes happened while it ran');
  }
  return {
    fingerprint: buildFingerprint(prints),
    consistency,
    ...(span ? { span } : {}),
    warnings,
    stats: { collections: plan.namespaces.filter((x) => x.type !== 'view').length, views: plan.namespaces.filter((x) => x.type === 'view').length, documents },
  };
}

function oplogConsistency(oplogStart: Timestamp, endTs: Timestamp, entries: number): Record<string, unknown> {
  return {
    method: 'oplog',
    oplogStart: tsToPoint(oplogStart),
    oplogEnd: tsToPoint(endTs),
    at: new Date(endTs.high * 1000).toISOString(),
    oplogEntries: entries,
  };
}

/** The namespaces a backup of this location with these options covers (its dump, its oplog capture, its slices). */
export function inBackupScope(scopeDb: string | undefined, o: ResolvedMongoOptions, db: string, coll: string): boolean {
  if (scopeDb !== undefined && db !== scopeDb) return false;
  if (!scopeDb && SYSTEM_DBS.has(db) && !o.includeSystemDbs) return false;
  if (db === 'local') return false;
  if (coll === '') return true; // database-wide commands (dropDatabase) of an in-scope database
  const ns = `${db}.${coll}`;
  if (NOT_RESTORED.test(ns)) return false;
  if (!o.include.empty && !o.include.has(ns)) return false;
  return !o.exclude.has(ns);
}

/** What decides the namespaces of a backup; an incremental must have the same as its chain's full backup. */
export function scopeOf(scopeDb: string | undefined, o: ResolvedMongoOptions): BackupScope {
  return { db: scopeDb ?? null, include: [...o.include.patterns].sort(), exclude: [...o.exclude.patterns].sort(), includeSystemDbs: o.includeSystemDbs };
}

export interface BackupScope {
  db: string | null;
  include: string[];
  exclude: string[];
  includeSystemDbs: boolean;
}

/** An oplog timestamp as a manifest point: its second as the time, and {t, i} as the position replay compares. */
export function oplogPoint(ts: Timestamp, fallbackTime = new Date()): Point {
  const p = tsToPoint(ts);
  // An oplog that held nothing gives (0, 0): the time is then when we looked, not 1970.
  return { time: p.t === 0 ? fallbackTime.toISOString() : new Date(p.t * 1000).toISOString(), position: { t: p.t, i: p.i } };
}

async function streamCursor(
  client: MongoClient,
  db: string,
  coll: string,
  filter: Document,
  o: ResolvedMongoOptions,
  nw: NamespaceWriter,
  digest: ContentDigest,
  ctx: SourceContext,
): Promise<void> {
  const cursor = client
    .db(db)
    .collection(coll, o.readPreference ? { readPreference: o.readPreference } : {})
    .find(filter, { raw: true, batchSize: CURSOR_BATCH });
  for await (const { bytes, starts } of rawBatches(cursor, ctx.signal)) {
    for (const at of starts) {
      digest.add(bytes.subarray(at, at + docLength(bytes, at)));
      const wait = nw.writeFrom(bytes, at); // copied: the reply is not kept once its batch is written
      if (wait) await wait;
    }
    ctx.progress.addItems(starts.length);
  }
}

async function streamOplog(client: MongoClient, start: Timestamp, end: Timestamp, nw: NamespaceWriter, filter: NsFilter): Promise<number> {
  const cursor = client.db('local').collection('oplog.rs').find(captureFilter(start, end), { raw: true, batchSize: CURSOR_BATCH });
  let n = 0;
  for await (const batch of rawBatches(cursor)) {
    for (const raw of batchDocuments(batch)) {
      const entry = BSON.deserialize(raw, EXACT_BSON);
      const kept = scopeCapturedEntry(entry, filter);
      if (!kept) continue;
      const wait = nw.write(kept === entry ? raw : BSON.serialize(kept));
      if (wait) await wait;
      n++;
    }
  }
  return n;
}
