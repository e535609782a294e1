import type { Fingerprint, Manifest } from '../../catalog/manifest.js';
import { OperationalError, UsageError, VerificationError, errorMessage } from '../../errors.js';
import { ChunkKind, Tag, type KeyRecord, type RedisRecord, type StreamHeader } from '../../formats/redis-records/format.js';
import { readRedisRecords } from '../../formats/redis-records/reader.js';
import { RdbCorruptError, RdbParser, dumpPayload, rdbTypeName, type RdbEvent } from '../../formats/rdb/parser.js';
import type { ArtifactIn, RestoreReport, SourceContext } from '../source.js';
import { versionAtLeast } from './connect.js';
import { DumpDigests } from './digest-queue.js';
import { FingerprintBuilder, databasesOf, digestChunk, fingerprintDifferences, isLegacyFingerprint } from './fingerprint.js';
import { RedisValueDigest } from '../../formats/rdb/value-digest.js';
import { KeyFilter } from './glob.js';
import type { ResolvedRedisOptions } from './options.js';
import { printable } from './portable.js';
import type { Check, RestoreTarget } from './target.js';

export const RECORDS_KIND = 'redis-records';
export const RDB_KIND = 'redis-rdb';

type Arg = string | Buffer | number;

class Tally {
  restored = 0;
  expired = 0;
  filtered = 0;
  duplicates = 0;
  lostPending = 0;
  functions = 0;
  /**
   * What was restored, keyed by target database; values digested as they pass
   * (the same form the manifest's fingerprint was written in).
   */
  readonly fp: FingerprintBuilder;
  /** DUMP payloads' digests (on a worker thread where the build has one): finish() before reading `fp`. */
  readonly digests: DumpDigests;
  /** Source db → target db, once known. */
  plan = new Map<number, number>();
  readonly warnings: string[] = [];
  constructor(manifest: Manifest) {
    this.fp = new FingerprintBuilder(isLegacyFingerprint(manifest.fingerprint));
    this.digests = new DumpDigests(this.fp);
  }
  /** A key restored from a DUMP payload. */
  addDump(db: number, key: Buffer, payload: Buffer, sign: 1 | -1 = 1): void {
    if (this.fp.legacy) this.fp.apply(db, rdbTypeName(payload[0]!), key, undefined, sign);
    else this.digests.add(db, key, payload, sign);
  }
}

/** Source db → target db for the databases a restore covers. */
function planDbs(srcDbs: number[], o: ResolvedRedisOptions, target: RestoreTarget): Map<number, number> {
  const plan = new Map<number, number>();
  for (const db of srcDbs) {
    if (o.dbs && !o.dbs.includes(db)) continue;
    plan.set(db, o.dbMap.get(db) ?? db);
  }
  // A database in the target URI is where a one-database restore goes.
  if (o.uriDb !== undefined && o.dbMap.size === 0) {
    if (plan.size > 1) {
      throw new UsageError(
        `${target.conn.display} names database ${o.uriDb}, but the restore covers databases ${[...plan.keys()].join(', ')}; pick one with --db, or map them with --db-map (and drop /${o.uriDb} from the URI)`,
      );
    }
    for (const from of plan.keys()) plan.set(from, o.uriDb);
  }
  for (const from of o.dbMap.keys()) {
    if (!srcDbs.includes(from)) throw new UsageError(`--db-map: the backup holds no database ${from} (it holds ${srcDbs.join(', ') || 'none'})`);
  }
  for (const d of o.dbs ?? []) {
    if (!srcDbs.includes(d)) throw new UsageError(`--dbs: the backup holds no database ${d} (it holds ${srcDbs.join(', ') || 'none'})`);
  }
  if (target.cluster) {
    const bad = [...plan].filter(([, to]) => to !== 0);
    if (bad.length) {
      throw new UsageError(
        `${target.conn.display} is a Redis Cluster, which has only database 0; the backup's database(s) ${bad.map(([f]) => f).join(', ')} need --db-map ${bad.map(([f]) => `${f}:0`).join(',')} (or --dbs to pick some)`,
      );
    }
  }
  const seen = new Map<number, number>();
  for (const [from, to] of plan) {
    if (seen.has(to) && !target.cluster) {
      throw new UsageError(`--db-map: databases ${seen.get(to)} and ${from} would both restore into database ${to}; map them apart, or pick one with --dbs`);
    }
    seen.set(to, from);
  }
  return plan;
}

/** The databases an RDB backup holds, from its fingerprint's items (`db3.hash`, or `db3` in older manifests). */
function dbsOfManifest(manifest: Manifest): number[] {
  return databasesOf(manifest.fingerprint);
}

/**
 * Empties target databases when asked (--flush), else decides whether keys of
 * the backup may collide with keys already there. Returns true when a
 * conflict pass over the backup is needed before anything is written.
 */
async function preflight(ctx: SourceContext, target: RestoreTarget, plan: Map<number, number>, o: ResolvedRedisOptions): Promise<boolean> {
  const targets = [...new Set(plan.values())];
  if (o.flush) {
    for (const db of targets) {
      ctx.log.info(`${target.conn.display}: FLUSHDB database ${db} (--flush)`);
      await target.flush(db);
    }
    return false;
  }
  if (o.replace) return false;
  let busy = false;
  for (const db of targets) if ((await target.dbSize(db)) > 0) busy = true;
  return busy;
}

/** Refuses, before writing anything, when any key of the backup already exists in the target. */
async function conflictPass(ctx: SourceContext, target: RestoreTarget, keys: AsyncIterable<{ db: number; key: Buffer }>): Promise<void> {
  let batch: { db: number; key: Buffer }[] = [];
  let total = 0;
  const samples: string[] = [];
  const check = async (): Promise<void> => {
    const byDb = new Map<number, Buffer[]>();
    for (const k of batch) byDb.set(k.db, [...(byDb.get(k.db) ?? []), k.key]);
    for (const [db, ks] of byDb) {
      const found = await target.existing(db, ks);
      total += found.length;
      for (const f of found) if (samples.length < 3) samples.push(`${printable(f)} (db ${db})`);
    }
    batch = [];
  };
  ctx.log.info(`${target.conn.display}: target databases are not empty; checking the backup's keys against them first`);
  for await (const k of keys) {
    batch.push(k);
    if (batch.length >= 1000) await check();
  }
  await check();
  if (total > 0) {
    throw new UsageError(
      `${target.conn.display}: ${total} key(s) of the backup already exist in the target (e.g. ${samples.join(', ')}); nothing was restored. Pass --replace to overwrite them, or --flush to empty the target databases first`,
    );
  }
}

function restoreArgs(key: Buffer, expireAt: number, payload: Buffer, replace: boolean, absTtl: boolean, now: number): Arg[] {
  const args: Arg[] = ['RESTORE', key, expireAt < 0 ? 0 : absTtl ? expireAt : Math.max(1, expireAt - now), payload];
  if (replace) args.push('REPLACE');
  if (expireAt >= 0 && absTtl) args.push('ABSTTL');
  return args;
}

/**
 * RESTOREs DUMP payloads (from dump records or rebuilt from an RDB). A BUSYKEY
 * after the preflight found no conflicts means the backup holds the key twice
 * (SCAN repeats a key when the server resizes mid-scan): the later copy wins.
 */
class DumpRestorer {
  private readonly retries: { db: number; key: Buffer; args: Arg[]; bytes: number }[] = [];
  private readonly absTtl: boolean;
  /** One check for every RESTORE (see Check in target.ts). */
  private readonly onReply: Check | undefined;
  constructor(
    private readonly target: RestoreTarget,
    private readonly o: ResolvedRedisOptions,
    private readonly tally: Tally,
    private readonly now: number,
    private readonly ctx: SourceContext,
  ) {
    this.absTtl = versionAtLeast(target.info.version, 5, 0);
    this.onReply = o.replace ? undefined : (_res, err, args, db) => this.onBusy(db, args, err);
  }
  /** Returns a promise only when the caller must wait (see RestoreTarget.send). */
  restore(db: number, key: Buffer, expireAt: number, payload: Buffer): Promise<void> | undefined {
    const args = restoreArgs(key, expireAt, payload, this.o.replace, this.absTtl, this.now);
    const wait = this.target.send(db, key, args, payload.length, this.onReply);
    this.tally.restored++;
    this.tally.addDump(db, key, payload);
    this.ctx.progress.addItems(1);
    const room = this.tally.digests.ready();
    if (this.retries.length) return Promise.all([wait, room]).then(() => this.flushRetries());
    if (room) return wait ? Promise.all([wait, room]).then(() => undefined) : room;
    return wait;
  }
  private onBusy(db: number, args: Arg[], err: Error | null): void {
    if (!err) return;
    if (/^BUSYKEY/.test(err.message)) {
      const key = args[1] as Buffer;
      const payload = args[3] as Buffer;
      this.tally.duplicates++;
      this.tally.restored--;
      // The later copy wins: flushRetries takes the earlier one's digest back (DUMPing it from the target) first.
      this.retries.push({ db, key, args: [...args, 'REPLACE'], bytes: payload.length });
      return;
    }
    throw err;
  }
  async flushRetries(): Promise<void> {
    while (this.retries.length) {
      const r = this.retries.shift()!;
      await this.target.send(r.db, r.key, ['DUMP', r.key], 0, (res, err) => {
        if (err) throw err;
        if (Buffer.isBuffer(res)) this.tally.addDump(r.db, r.key, res, -1);
      });
      await this.target.send(r.db, r.key, r.args, r.bytes);
    }
  }
  async finish(): Promise<void> {
    await this.target.drain();
    while (this.retries.length) {
      await this.flushRetries();
      await this.target.drain();
    }
  }
}

function expired(expireAt: number, now: number): boolean {
  return expireAt >= 0 && expireAt <= now;
}

/** Infinite scores as Redis spells them; finite ones in JS's shortest exact form. */
function scoreArg(s: number): string {
  return s === Infinity ? 'inf' : s === -Infinity ? '-inf' : String(s);
}

/** Writes portable records back with ordinary commands. */
class PortableRestorer {
  private key: { rec: KeyRecord; db: number; skip: boolean; wrote: boolean; group?: Buffer; entries: number } | undefined;
  private readonly v7: boolean;
  private readonly v62: boolean;
  private readonly vd = new RedisValueDigest();
  constructor(
    private readonly target: RestoreTarget,
    private readonly replace: boolean,
    private readonly tally: Tally,
    private readonly now: number,
    private readonly ctx: SourceContext,
    private readonly plan: Map<number, number>,
    private readonly filter: KeyFilter,
  ) {
    this.v7 = versionAtLeast(target.info.version, 7, 0);
    this.v62 = versionAtLeast(target.info.version, 6, 2);
  }

  private async send(args: Arg[], bytes: number, check?: (res: unknown, err: Error | null) => void): Promise<void> {
    const k = this.key!;
    await this.target.send(k.db, k.rec.key, args, bytes, check);
  }

  async record(rec: RedisRecord): Promise<void> {
    if (rec.tag === Tag.KEY) {
      const db = this.plan.get(rec.db);
      let skip = false;
      if (db === undefined || !this.filter.test(rec.key)) {
        skip = true;
        this.tally.filtered++;
      } else if (expired(rec.expireAt, this.now)) {
        skip = true;
        this.tally.expired++;
      }
      this.key = { rec, db: db ?? 0, skip, wrote: false, entries: 0 };
      // Without --replace the preflight found no such key at the start, so this
      // only clears an earlier copy of the same key in this backup (SCAN may
      // repeat a key): the later copy wins and is counted once.
      if (!skip) {
        const t = this.key;
        if (!this.replace && !this.tally.fp.legacy) {
          // A key already here is this backup's earlier copy: its digest goes before the later copy's comes.
          // (A user without DUMP rights only loses that correction, which matters for repeated keys alone.)
          await this.send(['DUMP', rec.key], 0, (res, err) => {
            if (!err && Buffer.isBuffer(res)) this.tally.addDump(t.db, rec.key, res, -1);
          });
        }
        await this.send(['DEL', rec.key], 0, (res, err) => {
          if (err) throw err;
          if (res === 1 && !this.replace) {
            this.tally.duplicates++;
            this.tally.restored--;
            if (this.tally.fp.legacy) this.tally.fp.remove(t.db, rec.type, rec.key);
          }
        });
        this.vd.begin(rec.type, rec.key);
      }
      return;
    }
    const k = this.key;
    if (!k) throw new VerificationError('portable record outside a key');
    if (rec.tag === Tag.END) {
      this.key = undefined;
      if (k.skip) return;
      const key = k.rec.key;
      if (k.rec.type === 'string' && !k.wrote) await this.target.send(k.db, key, ['SET', key, ''], 0);
      if (k.rec.expireAt >= 0) await this.target.send(k.db, key, ['PEXPIREAT', key, k.rec.expireAt], 0);
      this.tally.restored++;
      if (this.tally.fp.legacy) this.tally.fp.add(k.db, k.rec.type, key);
      else this.tally.fp.add(k.db, k.rec.type, key, this.vd.end());
      this.ctx.progress.addItems(1);
      return;
    }
    if (rec.tag !== Tag.CHUNK || k.skip) return;
    const key = k.rec.key;
    const c = rec.chunk;
    digestChunk(this.vd, c);
    switch (c.kind) {
      case ChunkKind.STRING_PART:
        await this.send([k.wrote ? 'APPEND' : 'SET', key, c.data], c.data.length);
        k.wrote = true;
        return;
      case ChunkKind.ELEMENTS: {
        if (c.items.length === 0) return;
        const bytes = c.items.reduce((n, b) => n + b.length, 0);
        await this.send([k.rec.type === 'list' ? 'RPUSH' : 'SADD', key, ...c.items], bytes);
        return;
      }
      case ChunkKind.PAIRS: {
        if (c.items.length === 0) return;
        const bytes = c.items.reduce((n, b) => n + b.length, 0);
        await this.send([versionAtLeast(this.target.info.version, 4, 0) ? 'HSET' : 'HMSET', key, ...c.items], bytes);
        return;
      }
      case ChunkKind.SCORED: {
        if (c.members.length === 0) return;
        const args: Arg[] = ['ZADD', key];
        let bytes = 0;
        c.members.forEach((m, i) => {
          args.push(scoreArg(c.scores[i]!), m);
          bytes += m.length + 8;
        });
        await this.send(args, bytes);
        return;
      }
      case ChunkKind.STREAM_ENTRIES:
        for (const e of c.entries) {
          const bytes = e.fields.reduce((n, b) => n + b.length, 0);
          await this.send(['XADD', key, e.id, ...e.fields], bytes);
          k.entries++;
        }
        return;
      case ChunkKind.STREAM_META: {
        const m = c.meta;
        if (k.entries === 0) {
          // An empty stream (all entries deleted) still exists: make one without entries.
          await this.send(['XGROUP', 'CREATE', key, '__bakup_tmp__', '0', 'MKSTREAM'], 0);
          await this.send(['XGROUP', 'DESTROY', key, '__bakup_tmp__'], 0);
        }
        const args: Arg[] = ['XSETID', key, m.lastId];
        if (this.v7 && m.entriesAdded >= 0) {
          args.push('ENTRIESADDED', m.entriesAdded);
          if (m.maxDeletedId) args.push('MAXDELETEDID', m.maxDeletedId);
        }
        await this.send(args, 0);
        return;
      }
      case ChunkKind.STREAM_GROUP: {
        const g = c.group;
        k.group = g.name;
        const args: Arg[] = ['XGROUP', 'CREATE', key, g.name, g.lastDeliveredId];
        if (this.v7 && g.entriesRead >= 0) args.push('ENTRIESREAD', g.entriesRead);
        await this.send(args, 0);
        return;
      }
      case ChunkKind.STREAM_CONSUMERS:
        if (!this.v62) return; // older servers create consumers on first claim
        for (const cons of c.consumers) await this.send(['XGROUP', 'CREATECONSUMER', key, k.group!, cons.name], 0);
        return;
      case ChunkKind.STREAM_PENDING:
        for (const p of c.pending) {
          await this.send(['XCLAIM', key, k.group!, p.consumer, 0, p.id, 'TIME', p.deliveryTime, 'RETRYCOUNT', p.deliveryCount, 'FORCE', 'JUSTID'], 0, (res, err) => {
            if (err) throw err;
            // Redis keeps pending entries whose message was deleted; commands cannot recreate those.
            if (Array.isArray(res) && res.length === 0) this.tally.lostPending++;
          });
        }
        return;
    }
  }
}

export async function restoreRedis(
  ctx: SourceContext,
  target: RestoreTarget,
  o: ResolvedRedisOptions,
  manifest: Manifest,
  artifacts: ArtifactIn[],
): Promise<RestoreReport> {
  const records = artifacts.filter((a) => a.record.kind === RECORDS_KIND);
  const rdbs = artifacts.filter((a) => a.record.kind === RDB_KIND);
  if (records.length + rdbs.length === 0) {
    throw new VerificationError(`backup ${manifest.id} holds no Redis artifact (kinds: ${artifacts.map((a) => a.record.kind).join(', ') || 'none'})`);
  }
  const tally = new Tally(manifest);
  try {
    const filter = new KeyFilter(o.include, o.exclude);
    const now = await target.serverTime();
    if (records.length) {
      for (const a of records) await restoreRecordsArtifact(ctx, target, o, a, tally, filter, now);
    } else {
      await restoreRdbArtifacts(ctx, target, o, manifest, rdbs, tally, filter, now);
    }
    await tally.digests.finish();
  } finally {
    tally.digests.close();
  }
  if (tally.duplicates) tally.warnings.push(`${tally.duplicates} key(s) appeared twice in the backup (SCAN repeats keys when the server resizes mid-scan); the later copy was kept`);
  if (tally.lostPending) tally.warnings.push(`${tally.lostPending} pending stream entr(ies) referred to deleted messages and could not be recreated`);
  if (tally.expired) ctx.log.info(`skipped ${tally.expired} key(s) whose expiry time had passed`);
  const summary: Record<string, number> = { keys: tally.restored, expiredSkipped: tally.expired, filteredSkipped: tally.filtered };
  if (tally.duplicates) summary.duplicates = tally.duplicates;
  if (tally.functions) summary.functionLibraries = tally.functions;
  const complete = tally.filtered === 0 && tally.expired === 0;
  const fingerprint = complete ? tally.fp.result() : undefined;
  // A backup that holds a key twice recorded it twice; the target holds it once.
  if (fingerprint && tally.duplicates === 0) checkAgainstBackup(manifest, fingerprint, tally.plan);
  else ctx.log.info(`the restored keys were not compared with the backup's fingerprint (${complete ? 'the backup holds a key twice' : 'some keys were skipped'})`);
  return { summary, ...(fingerprint ? { fingerprint } : {}), warnings: tally.warnings };
}

/**
 * What the restore read and wrote, against what the backup recorded: key
 * counts and value digests per database and type, under the backup's database
 * numbers. A difference (data altered after the backup, checksums re-sealed)
 * is a VerificationError naming the database and type.
 */
function checkAgainstBackup(manifest: Manifest, restored: Fingerprint, plan: Map<number, number>): void {
  const recorded = manifest.fingerprint;
  if (!recorded.items) return;
  // Target numbers back to the backup's; several databases into one (a cluster's db 0) cannot be told apart.
  const sourceOf = new Map<number, number>();
  for (const [from, to] of plan) {
    if (sourceOf.has(to)) return;
    sourceOf.set(to, from);
  }
  const items: NonNullable<Fingerprint['items']> = {};
  for (const [k, v] of Object.entries(restored.items ?? {})) {
    const m = /^db(\d+)(.*)$/.exec(k);
    items[m ? `db${sourceOf.get(Number(m[1])) ?? Number(m[1])}${m[2]}` : k] = v;
  }
  const diffs = fingerprintDifferences(recorded, { ...restored, items });
  if (diffs.length) {
    throw new VerificationError(`${manifest.id}: the restored data does not match the backup's fingerprint (${diffs.slice(0, 3).join('; ')}${diffs.length > 3 ? `; and ${diffs.length - 3} more` : ''})`);
  }
}

async function restoreRecordsArtifact(
  ctx: SourceContext,
  target: RestoreTarget,
  o: ResolvedRedisOptions,
  artifact: ArtifactIn,
  tally: Tally,
  filter: KeyFilter,
  now: number,
): Promise<void> {
  const name = artifact.record.name;
  const open = async (): Promise<{ header: StreamHeader; it: AsyncGenerator<RedisRecord> }> => {
    const it = readRedisRecords(await artifact.open(), name);
    const first = await it.next();
    if (first.done || first.value.tag !== Tag.HEADER) throw new VerificationError(`${name}: no header`);
    return { header: first.value.header, it };
  };
  let { header, it } = await open();
  const src = header.server;
  if (header.mode === 'dump' && src.rdbVersion && target.info.rdbVersion && target.info.rdbVersion < src.rdbVersion) {
    await it.return(undefined);
    throw new UsageError(
      `${target.conn.display}: ${target.info.name} ${target.info.version} reads RDB format up to ${target.info.rdbVersion}, but this backup holds DUMP payloads of ${src.name} ${src.version} (RDB ${src.rdbVersion}); restore into ${src.name} ${src.version.replace(/^(\d+\.\d+).*/, '$1')} or newer, or take a --redis-format portable backup, which any version loads`,
    );
  }
  const plan = planDbs(header.databases, o, target);
  tally.plan = plan;
  if (await preflight(ctx, target, plan, o)) {
    async function* keysOf(recs: AsyncGenerator<RedisRecord>): AsyncGenerator<{ db: number; key: Buffer }> {
      for await (const r of recs) {
        if (r.tag !== Tag.DUMP && r.tag !== Tag.KEY) continue;
        const db = plan.get(r.db);
        if (db === undefined || !filter.test(r.key) || expired(r.expireAt, now)) continue;
        yield { db, key: r.key };
      }
    }
    await conflictPass(ctx, target, keysOf(it));
    ({ header, it } = await open());
  }
  const dumps = new DumpRestorer(target, o, tally, now, ctx);
  const portable = new PortableRestorer(target, o.replace, tally, now, ctx, plan, filter);
  for await (const r of it) {
    if (r.tag === Tag.DUMP) {
      const db = plan.get(r.db);
      if (db === undefined || !filter.test(r.key)) {
        tally.filtered++;
        continue;
      }
      if (expired(r.expireAt, now)) {
        tally.expired++;
        continue;
      }
      const wait = dumps.restore(db, r.key, r.expireAt, r.payload);
      if (wait) await wait;
    } else if (r.tag === Tag.KEY || r.tag === Tag.CHUNK || r.tag === Tag.END) {
      await portable.record(r);
    }
  }
  await dumps.finish();
}

/** Feeds an RDB artifact through the parser, yielding events as they complete. */
async function* rdbEvents(artifact: ArtifactIn, capture: boolean): AsyncGenerator<RdbEvent & { rdbVersion: number }> {
  const parser = new RdbParser({ capture });
  const evs: RdbEvent[] = [];
  const name = artifact.record.name;
  try {
    for await (const chunk of await artifact.open()) {
      parser.push(chunk as Buffer, evs);
      for (const e of evs) yield { ...e, rdbVersion: parser.rdbVersion };
      evs.length = 0;
    }
    parser.finish(evs);
    for (const e of evs) yield { ...e, rdbVersion: parser.rdbVersion };
  } catch (err) {
    if (err instanceof RdbCorruptError) throw new VerificationError(`${name}: corrupt RDB at byte ${parser.offset}: ${err.message}`);
    throw err;
  }
}

async function restoreRdbArtifacts(
  ctx: SourceContext,
  target: RestoreTarget,
  o: ResolvedRedisOptions,
  manifest: Manifest,
  artifacts: ArtifactIn[],
  tally: Tally,
  filter: KeyFilter,
  now: number,
): Promise<void> {
  const srcVersion = Number(artifacts[0]!.record.meta?.rdbVersion ?? 0);
  if (srcVersion && target.info.rdbVersion && target.info.rdbVersion < srcVersion) {
    throw new UsageError(
      `${target.conn.display}: ${target.info.name} ${target.info.version} reads RDB format up to ${target.info.rdbVersion}, but this snapshot is RDB ${srcVersion}; restore it into a Redis at least as new as the source (an RDB snapshot cannot be converted to an older format; take a --redis-format portable backup for that)`,
    );
  }
  const plan = planDbs(dbsOfManifest(manifest), o, target);
  tally.plan = plan;
  if (await preflight(ctx, target, plan, o)) {
    async function* keys(): AsyncGenerator<{ db: number; key: Buffer }> {
      for (const a of artifacts) {
        for await (const e of rdbEvents(a, false)) {
          if (e.type !== 'key') continue;
          const db = plan.get(e.db);
          if (db === undefined || !filter.test(e.key) || expired(e.expireAt, now)) continue;
          yield { db, key: e.key };
        }
      }
    }
    await conflictPass(ctx, target, keys());
  }
  const dumps = new DumpRestorer(target, o, tally, now, ctx);
  const functionsDone = new Set<string>();
  for (const a of artifacts) {
    for await (const e of rdbEvents(a, true)) {
      if (e.type === 'key') {
        const db = plan.get(e.db);
        if (db === undefined || !filter.test(e.key)) {
          tally.filtered++;
          continue;
        }
        if (expired(e.expireAt, now)) {
          tally.expired++;
          continue;
        }
        const wait = dumps.restore(db, e.key, e.expireAt, dumpPayload(e.rdbType, e.value!, e.rdbVersion));
        if (wait) await wait;
      } else if (e.type === 'function') {
        // Every node of a cluster snapshot carries the same libraries: load them once.
        const code = e.code.toString('utf8');
        if (functionsDone.has(code)) continue;
        functionsDone.add(code);
        if (!versionAtLeast(target.info.version, 7, 0)) {
          tally.warnings.push(`the snapshot holds Redis Functions, which ${target.info.name} ${target.info.version} does not support; they were not restored`);
          continue;
        }
        try {
          await target.everywhere(0, ['FUNCTION', 'LOAD', ...(o.replace || o.flush ? ['REPLACE'] : []), code]);
          tally.functions++;
        } catch (err) {
          const msg = errorMessage(err);
          if (/already exists/i.test(msg)) {
            throw new UsageError(`${target.conn.display}: a function library of the snapshot already exists in the target (${msg}); pass --replace to overwrite it`);
          }
          throw new OperationalError(`${target.conn.display}: FUNCTION LOAD failed: ${msg}`);
        }
      } else if (e.type === 'module-aux') {
        tally.warnings.push(`the snapshot holds module auxiliary data (module id ${e.moduleId}), which only loading the RDB file itself restores`);
      }
    }
  }
  await dumps.finish();
}
