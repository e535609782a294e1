import { Transform, pipeline, type Readable } from 'node:stream';
import type { Fingerprint, Manifest } from '../../catalog/manifest.js';
import { UsageError, VerificationError } from '../../errors.js';
import { FORMAT_NAME, FORMAT_VERSION, type StreamHeader } from '../../formats/redis-records/format.js';
import { RedisRecordWriter } from '../../formats/redis-records/writer.js';
import { RdbCorruptError, RdbParser, rdbTypeName, type RdbEvent } from '../../formats/rdb/parser.js';
import type { ArtifactIn, ArtifactOut, BackupOutcome, RestoreReport, Source, SourceContext } from '../source.js';
import { clusterPrimaries, connectNode, serverInfo, type Node, type ServerInfo } from './connect.js';
import { FingerprintBuilder, KeyDigester, databasesOf, isLegacyFingerprint } from './fingerprint.js';
import { KeyFilter } from './glob.js';
import { parseRedisUri, resolveOptions, type RedisConn, type RedisSourceOptions, type ResolvedRedisOptions } from './options.js';
import { PortableScanner } from './portable.js';
import { RDB_KIND, RECORDS_KIND, restoreRedis } from './restore.js';
import { DumpScanner, defineScripts, fingerprintNode, scanDumpNodes, type ScanStats } from './scan.js';
import { fetchRdb } from './snapshot.js';
import { RestoreTarget } from './target.js';

export type { RedisSourceOptions } from './options.js';

interface Topology {
  info: ServerInfo;
  /** One connection per primary (the seed alone for a standalone server). */
  nodes: Node[];
  /** Summed over primaries. */
  keyspace: ServerInfo['keyspace'];
  /** Per primary, as INFO reported it when the backup started. */
  nodeKeyspace: Map<Node, ServerInfo['keyspace']>;
}

/**
 * Redis, backed up three ways (REFERENCE.md §3, SPEC.md of the record stream):
 * - dump (default): SCAN + DUMP + expiry into a record stream. Works wherever
 *   DUMP is allowed (managed services included); every type, modules too;
 *   restores into the same or a newer Redis. Not point-in-time.
 * - portable: per-type records restorable into any Redis version.
 * - rdb: a point-in-time RDB over SYNC, where the server allows replication.
 * Restore RESTOREs key by key into a running server in every mode.
 */
export class RedisSource implements Source {
  readonly kind = 'redis';
  readonly location: string;
  private readonly conn: RedisConn;
  private readonly o: ResolvedRedisOptions;

  constructor(raw: string, opts: RedisSourceOptions = {}) {
    this.conn = parseRedisUri(raw);
    this.location = this.conn.display;
    this.o = resolveOptions(opts, this.conn);
  }

  defaultName(): string {
    return `redis-${this.conn.host}-${this.conn.port}`.replace(/[^A-Za-z0-9._-]+/g, '-').slice(0, 100);
  }

  private async topology(): Promise<Topology> {
    const seed = await connectNode(this.conn);
    try {
      const info = await serverInfo(seed);
      if (!info.cluster) return { info, nodes: [seed], keyspace: info.keyspace, nodeKeyspace: new Map([[seed, info.keyspace]]) };
      const nodes: Node[] = [];
      const keyspace: ServerInfo['keyspace'] = {};
      const nodeKeyspace = new Map<Node, ServerInfo['keyspace']>();
      try {
        for (const p of await clusterPrimaries(seed)) {
          const node = await connectNode({ ...this.conn, host: p.host, port: p.port, db: undefined, display: `${this.conn.display} (${p.host}:${p.port})` });
          nodes.push(node);
          const ks = (await serverInfo(node)).keyspace;
          nodeKeyspace.set(node, ks);
          for (const [db, v] of Object.entries(ks)) {
            const k = (keyspace[db] ??= { keys: 0, expires: 0 });
            k.keys += v.keys;
            k.expires += v.expires;
          }
        }
      } catch (err) {
        for (const n of nodes) n.client.disconnect();
        throw err;
      }
      seed.client.disconnect();
      return { info, nodes, keyspace, nodeKeyspace };
    } catch (err) {
      seed.client.disconnect();
      throw err;
    }
  }

  private dbsFor(t: Topology): number[] {
    if (t.info.cluster) {
      const other = (this.o.dbs ?? (this.o.uriDb !== undefined ? [this.o.uriDb] : [])).filter((d) => d !== 0);
      if (other.length) throw new UsageError(`--dbs: ${this.location} is a Redis Cluster, which has only database 0 (asked: ${other.join(', ')})`);
      return [0];
    }
    return this.o.dbs ?? (this.o.uriDb !== undefined ? [this.o.uriDb] : Object.keys(t.keyspace).map(Number).sort((a, b) => a - b));
  }

  async *backup(ctx: SourceContext): AsyncGenerator<ArtifactOut, BackupOutcome, void> {
    const t = await this.topology();
    try {
      if (this.o.format === 'rdb') return yield* this.snapshot(ctx, t);
      return yield* this.logical(ctx, t);
    } finally {
      for (const n of t.nodes) n.client.disconnect();
    }
  }

  private async *logical(ctx: SourceContext, t: Topology): AsyncGenerator<ArtifactOut, BackupOutcome, void> {
    const dbs = this.dbsFor(t);
    const filter = new KeyFilter(this.o.include, this.o.exclude);
    const writer = new RedisRecordWriter();
    const fp = new FingerprintBuilder();
    const stats: ScanStats = { keys: 0, bytes: 0, vanished: 0 };
    const warnings: string[] = [];
    const warn = (m: string): void => {
      if (warnings.length < 20) warnings.push(m);
      else if (warnings.length === 20) warnings.push('… more warnings left out');
      ctx.log.warn(m);
    };
    const header: StreamHeader = {
      format: FORMAT_NAME,
      version: FORMAT_VERSION,
      mode: this.o.format === 'portable' ? 'portable' : 'dump',
      createdAt: new Date().toISOString(),
      server: {
        name: t.info.name,
        version: t.info.version,
        rdbVersion: t.info.rdbVersion,
        mode: t.info.cluster ? 'cluster' : 'standalone',
        ...(t.info.cluster ? { nodes: t.nodes.length } : {}),
      },
      databases: dbs,
      keyspace: Object.fromEntries(Object.entries(t.keyspace).filter(([db]) => dbs.includes(Number(db)))),
      ...(filter.active ? { filters: { include: this.o.include, exclude: this.o.exclude } } : {}),
      pointInTime: false,
    };
    const select = !t.info.cluster;
    const started = Date.now();
    const produce = async (): Promise<void> => {
      await writer.start(header);
      if (header.mode === 'dump') {
        // Cluster primaries are scanned in parallel; each batch is written as whole frames.
        await scanDumpNodes(t.nodes, fp, async (node, conn, scanConn, digests) => {
          const scanner = new DumpScanner(conn, node.conn.display, t.info.version, writer, fp, digests, ctx, { count: this.o.scanCount, filter, budget: this.o.batchBytes, scanConn }, stats);
          const ks = t.nodeKeyspace.get(node) ?? {};
          for (const db of dbs) await scanner.scanDb(db, select, (ks[String(db)]?.expires ?? 1) > 0);
        });
      } else {
        // A portable key spans several frames, so nodes take turns.
        for (const node of t.nodes) {
          const scanner = new PortableScanner(node, t.info.version, writer, fp, ctx, { count: this.o.scanCount, filter }, stats, warn);
          for (const db of dbs) await scanner.scanDb(db, select);
        }
      }
      await writer.end();
    };
    const producing = produce().catch((err: unknown) => {
      writer.fail(err as Error);
      // The consumer sees the error on the stream and may never resume this
      // generator, so its finally block cannot be relied on to close connections.
      for (const n of t.nodes) n.client.disconnect();
      throw err;
    });
    producing.catch(() => undefined);
    ctx.log.info(
      `${this.location}: ${header.mode === 'dump' ? 'SCAN + DUMP' : 'portable'} backup of ${t.info.name} ${t.info.version}${t.info.cluster ? ` (cluster, ${t.nodes.length} primaries)` : ''}, database(s) ${dbs.join(', ') || '(none)'}`,
    );
    yield {
      baseName: 'redis.records',
      kind: RECORDS_KIND,
      contentType: 'application/octet-stream',
      meta: { mode: header.mode, server: header.server, databases: dbs },
      stream: writer.stream,
    };
    await producing;
    return {
      fingerprint: fp.result(),
      consistency: { pointInTime: false, method: 'scan', startedAt: new Date(started).toISOString(), finishedAt: new Date().toISOString() },
      warnings,
      stats: { keys: stats.keys, valueBytes: stats.bytes, vanished: stats.vanished, recordBytes: writer.bytes },
    };
  }

  private async *snapshot(ctx: SourceContext, t: Topology): AsyncGenerator<ArtifactOut, BackupOutcome, void> {
    if (this.o.include.length || this.o.exclude.length || this.o.dbs || this.o.uriDb !== undefined) {
      throw new UsageError('--key-include/--key-exclude/--db (or a /db in the URI): an RDB snapshot holds every key of every database; select keys and databases at restore, or use --redis-format dump');
    }
    const fp = new FingerprintBuilder();
    const nodesInfo: Record<string, unknown>[] = [];
    let expired = 0;
    for (const node of t.nodes) {
      const conn = { ...node.conn };
      ctx.log.info(`${conn.display}: fetching an RDB snapshot over SYNC (point-in-time; the server forks to write it)`);
      const snap = await fetchRdb(conn, ctx.signal);
      const head = await peek(snap.stream, 9);
      const version = /^REDIS(\d{4})$/.exec(head.toString('latin1'))?.[1];
      if (!version) {
        snap.stream.destroy();
        throw new VerificationError(`${conn.display}: SYNC did not return an RDB file (starts with ${JSON.stringify(head.toString('latin1'))})`);
      }
      // Values are captured (views into the parser's buffer, no copies) for their digests.
      const parser = new RdbParser({ capture: true });
      const digester = new KeyDigester();
      const evs: RdbEvent[] = [];
      const aux: Record<string, string> = {};
      const now = Date.now();
      const consume = (): void => {
        for (const e of evs) {
          if (e.type === 'key') {
            // DUMP would not see a key whose time has passed; neither does the fingerprint.
            if (e.expireAt >= 0 && e.expireAt <= now) expired++;
            else fp.add(e.db, rdbTypeName(e.rdbType), e.key, digester.ofRdbValue(e.key, e.rdbType, e.value!));
            ctx.progress.addItems(1);
          } else if (e.type === 'aux' && ['redis-ver', 'repl-id', 'repl-offset', 'ctime'].includes(e.key)) {
            aux[e.key] = e.value.toString('latin1');
          }
        }
        evs.length = 0;
      };
      const check = new Transform({
        transform(chunk: Buffer, _enc, cb) {
          try {
            parser.push(chunk, evs);
            consume();
            cb(null, chunk);
          } catch (err) {
            cb(err instanceof RdbCorruptError ? new VerificationError(`${conn.display}: the RDB stream is corrupt at byte ${parser.offset}: ${err.message}`) : (err as Error));
          }
        },
        flush(cb) {
          try {
            parser.finish(evs);
            consume();
            cb();
          } catch (err) {
            cb(err instanceof RdbCorruptError ? new VerificationError(`${conn.display}: the RDB stream is incomplete: ${err.message}`) : (err as Error));
          }
        },
      });
      pipeline(snap.stream, check, (err) => {
        if (err) for (const n of t.nodes) n.client.disconnect();
      });
      const label = t.info.cluster ? `-${node.conn.host}-${node.conn.port}`.replace(/[^A-Za-z0-9._-]+/g, '-') : '';
      yield {
        baseName: `dump${label}.rdb`,
        kind: RDB_KIND,
        contentType: 'application/octet-stream',
        meta: { rdbVersion: Number(version), node: node.addr, server: { name: t.info.name, version: t.info.version } },
        stream: check,
      };
      if (!parser.finished) throw new VerificationError(`${conn.display}: the RDB stream ended before its EOF marker`);
      nodesInfo.push({ node: node.addr, rdbVersion: Number(version), ...aux });
    }
    return {
      fingerprint: fp.result(),
      consistency: { pointInTime: true, method: 'sync', nodes: nodesInfo },
      warnings: [],
      stats: { keys: fp.keys, expiredInSnapshot: expired },
    };
  }

  async restore(ctx: SourceContext, manifest: Manifest, artifacts: ArtifactIn[]): Promise<RestoreReport> {
    if (manifest.source.kind !== 'redis') throw new UsageError(`backup ${manifest.id} is of kind '${manifest.source.kind}', not redis`);
    const target = await RestoreTarget.open(this.conn, this.o.batchBytes);
    try {
      return await restoreRedis(ctx, target, this.o, manifest, artifacts);
    } finally {
      await target.close();
    }
  }

  /**
   * What this location holds now. With --db-map (a restore or drill into other
   * databases) it fingerprints the target databases under their source
   * numbers, so the result compares with the backup's.
   */
  async fingerprint(ctx: SourceContext, restored?: Pick<Manifest, 'source'> & { fingerprint?: Fingerprint }): Promise<Fingerprint> {
    const t = await this.topology();
    try {
      // Compared with a manifest written before values were digested: key names and types, as it recorded them.
      const legacy = isLegacyFingerprint(restored?.fingerprint);
      const fp = new FingerprintBuilder(legacy);
      const filter = new KeyFilter(this.o.include, this.o.exclude);
      const mapped = [...this.o.dbMap].filter(([from]) => !this.o.dbs || this.o.dbs.includes(from));
      const dbs = mapped.length ? [...new Set(mapped.map(([, to]) => to))] : this.dbsFor(t);
      const sourceOf = new Map(mapped.map(([from, to]) => [to, from] as const));
      // A one-database backup drilled into a URI naming another database: its keys count as the recorded one's.
      const recorded = restored?.fingerprint ? databasesOf(restored.fingerprint) : [];
      const single = !mapped.length && this.o.uriDb !== undefined && recorded.length === 1 ? recorded[0] : undefined;
      const label = (db: number): number => single ?? sourceOf.get(db) ?? db;
      if (legacy) {
        for (const node of t.nodes) {
          defineScripts(node, t.info.version);
          await fingerprintNode(node, dbs, !t.info.cluster, this.o.scanCount, filter, fp, ctx.signal, label);
        }
        return fp.result();
      }
      // SCAN + DUMP + decode, pipelined and bounded like the backup's scan (nothing is written anywhere).
      const stats: ScanStats = { keys: 0, bytes: 0, vanished: 0 };
      await scanDumpNodes(t.nodes, fp, async (node, conn, scanConn, digests) => {
        const scanner = new DumpScanner(conn, node.conn.display, t.info.version, undefined, fp, digests, ctx, { count: this.o.scanCount, filter, budget: this.o.batchBytes, label, scanConn }, stats);
        for (const db of dbs) await scanner.scanDb(db, !t.info.cluster, false);
      });
      return fp.result();
    } finally {
      for (const n of t.nodes) n.client.disconnect();
    }
  }
}

/** Reads the first `n` bytes of a stream and puts them back. */
async function peek(stream: Readable, n: number): Promise<Buffer> {
  for (;;) {
    const b = stream.read(n) as Buffer | null;
    if (b) {
      stream.unshift(b);
      return b;
    }
    if (stream.readableEnded || stream.destroyed) {
      const rest = (stream.read() as Buffer | null) ?? Buffer.alloc(0);
      if (stream.errored) throw stream.errored;
      return rest;
    }
    await new Promise<void>((resolve, reject) => {
      const done = (): void => {
        stream.off('readable', done);
        stream.off('end', done);
        stream.off('error', fail);
        resolve();
      };
      const fail = (e: Error): void => {
        stream.off('readable', done);
        stream.off('end', done);
        reject(e);
      };
      stream.once('readable', done);
      stream.once('end', done);
      stream.once('error', fail);
    });
  }
}
