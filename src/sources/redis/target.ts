import type { Redis } from 'ioredis';
import { OperationalError, UsageError, errorMessage } from '../../errors.js';
import { CommandEncoder, RespConn, RespError } from './resp.js';
import { clusterPrimaries, connectNode, describeRedisError, keySlot, serverInfo, type Node, type ServerInfo } from './connect.js';
import type { RedisConn } from './options.js';
import { printable } from './portable.js';

export type Arg = string | Buffer | number;
/**
 * Sees a command's reply. It gets the command's arguments and database too, so
 * one function can serve every command (a closure per key would be garbage
 * that lives until the reply, which makes V8 grow its young generation).
 */
export type Check = (result: unknown, err: Error | null, args: Arg[], db: number) => void;

interface Lane {
  conn: RespConn;
  display: string;
  /** The database this connection writes (0 on a cluster). */
  db: number;
  enc: CommandEncoder;
  checks: (Check | undefined)[];
  /** Each queued command's arguments: for its check, and to name its key in errors. */
  args: Arg[][];
  bytes: number;
}

const LANE_FLUSH_COMMANDS = 128;
const LANE_FLUSH_BYTES = 256 << 10;
/**
 * Batches sent and not yet answered, whatever their bytes. Everything a batch
 * holds lives until its replies arrive; V8 grows its young generation by what
 * survives its collections, so fewer objects in flight keep RSS down at the
 * same speed (bench/README.md).
 */
const MAX_BATCHES_IN_FLIGHT = 8;

/**
 * Where a restore writes: one connection per target database (standalone) or
 * per primary (cluster, keys routed by slot). Commands are queued per
 * connection and sent as pipelines; the bytes in flight across all
 * connections stay under `maxInFlight`, so memory is bounded whatever the
 * backup's size. Replies are checked as they arrive; the first failure stops
 * the restore with a message naming the key.
 */
export class RestoreTarget {
  private readonly lanes = new Map<string, Lane>();
  private readonly inflight: { bytes: number; done: Promise<void> }[] = [];
  private inflightBytes = 0;
  private failure: Error | undefined;
  private slots: Node[] = [];
  private readonly dbNodes = new Map<number, Node>();

  private constructor(
    readonly conn: RedisConn,
    readonly info: ServerInfo,
    private readonly seed: Node,
    private primaries: Node[],
    private readonly maxInFlight: number,
  ) {}

  static async open(conn: RedisConn, maxInFlight: number): Promise<RestoreTarget> {
    const seed = await connectNode(conn, 0);
    try {
      const info = await serverInfo(seed);
      let primaries: Node[] = [seed];
      const t = new RestoreTarget(conn, info, seed, primaries, maxInFlight);
      if (info.cluster) {
        const ps = await clusterPrimaries(seed);
        primaries = [];
        const slots: Node[] = new Array(16384);
        for (const p of ps) {
          const node = await connectNode({ ...conn, host: p.host, port: p.port, display: `${conn.display} (${p.host}:${p.port})` }, 0);
          primaries.push(node);
          for (const [s, e] of p.ranges) for (let i = s; i <= e; i++) slots[i] = node;
        }
        for (let i = 0; i < 16384; i++) if (!slots[i]) throw new OperationalError(`${conn.display}: cluster slot ${i} has no primary; the cluster is not healthy`);
        t.slots = slots;
        t.primaries = primaries;
      }
      return t;
    } catch (err) {
      seed.client.disconnect();
      throw err;
    }
  }

  get cluster(): boolean {
    return this.info.cluster;
  }

  /** Every connection that holds data of `db`: the primaries of a cluster, or that database's connection. */
  async nodesOf(db: number): Promise<Node[]> {
    return this.cluster ? this.primaries : [await this.dbNode(db)];
  }

  private async dbNode(db: number): Promise<Node> {
    let n = this.dbNodes.get(db);
    if (!n) {
      n = db === 0 ? this.seed : await connectNode(this.conn, db);
      this.dbNodes.set(db, n);
    }
    return n;
  }

  async serverTime(): Promise<number> {
    const [s, us] = (await this.seed.client.time()) as [string | number, string | number];
    return Number(s) * 1000 + Math.floor(Number(us) / 1000);
  }

  async dbSize(db: number): Promise<number> {
    let n = 0;
    for (const node of await this.nodesOf(db)) {
      try {
        n += Number(await node.client.dbsize());
      } catch (err) {
        throw describeRedisError(err, node.conn.display, `DBSIZE of database ${db}`);
      }
    }
    return n;
  }

  async flush(db: number): Promise<void> {
    for (const node of await this.nodesOf(db)) {
      try {
        await node.client.flushdb();
      } catch (err) {
        throw describeRedisError(err, node.conn.display, `FLUSHDB database ${db} (asked by --flush)`);
      }
    }
  }

  /** Which of `keys` exist in `db` (one EXISTS each, pipelined per connection). */
  async existing(db: number, keys: Buffer[]): Promise<Buffer[]> {
    const byNode = new Map<Node, Buffer[]>();
    for (const k of keys) {
      const node = this.cluster ? this.slots[keySlot(k)]! : await this.dbNode(db);
      const list = byNode.get(node) ?? [];
      list.push(k);
      byNode.set(node, list);
    }
    const found: Buffer[] = [];
    for (const [node, list] of byNode) {
      const p = node.client.pipeline();
      for (const k of list) p.exists(k);
      const res = (await p.exec()) ?? [];
      res.forEach(([err, n], i) => {
        if (err) throw describeRedisError(err, node.conn.display, 'EXISTS');
        if (Number(n) > 0) found.push(list[i]!);
      });
    }
    return found;
  }

  /** Runs one command on every primary (or the db's connection) now, outside the pipelines. */
  async everywhere(db: number, args: Arg[]): Promise<unknown[]> {
    await this.drain();
    const out: unknown[] = [];
    for (const node of await this.nodesOf(db)) out.push(await (node.client as Redis).callBuffer(String(args[0]), ...args.slice(1)));
    return out;
  }

  private readonly laneOpening = new Map<string, Promise<Lane>>();

  private lane(id: string, conn: RedisConn, db: number): Promise<Lane> {
    let l = this.laneOpening.get(id);
    if (!l) {
      l = RespConn.connect(conn, db).then((c) => {
        const lane: Lane = { conn: c, display: conn.display, db, enc: new CommandEncoder(), checks: [], args: [], bytes: 0 };
        this.lanes.set(id, lane);
        return lane;
      });
      this.laneOpening.set(id, l);
    }
    return l;
  }

  /**
   * Queues a command on the connection that owns `key` in `db`. `bytes`
   * estimates its size for the in-flight bound; `check` sees its reply.
   * Returns a promise only when the caller must wait (a connection to open, a
   * batch to send, the in-flight bound reached): the common case allocates none.
   */
  send(db: number, key: Buffer, args: Arg[], bytes: number, check?: Check): Promise<void> | undefined {
    if (this.failure) throw this.failure;
    let id: string;
    let conn: RedisConn;
    let laneDb = 0;
    if (this.cluster) {
      const node = this.slots[keySlot(key)]!;
      id = node.addr;
      conn = node.conn;
    } else {
      id = db === 0 ? 'db0' : `db${db}`;
      conn = this.conn;
      laneDb = db;
    }
    const lane = this.lanes.get(id);
    if (!lane) return this.lane(id, conn, laneDb).then((l) => this.enqueue(l, args, bytes, check));
    return this.enqueue(lane, args, bytes, check);
  }

  private enqueue(lane: Lane, args: Arg[], bytes: number, check: Check | undefined): Promise<void> | undefined {
    lane.enc.command(args);
    lane.checks.push(check);
    lane.args.push(args);
    lane.bytes += bytes + 32;
    if (lane.enc.count >= LANE_FLUSH_COMMANDS || lane.bytes >= LANE_FLUSH_BYTES) return this.flushLane(lane);
    return undefined;
  }

  private async flushLane(lane: Lane): Promise<void> {
    const count = lane.enc.count;
    if (count === 0) return;
    const { checks, args, bytes, db } = lane;
    const parts = lane.enc.take();
    lane.checks = [];
    lane.args = [];
    lane.bytes = 0;
    const exec = lane.conn
      .send(parts, count)
      .then((res) => {
        res.forEach((value, i) => {
          const err = value instanceof RespError ? value : null;
          try {
            const check = checks[i];
            if (check) check(err ? null : value, err, args[i]!, db);
            else if (err) throw err;
          } catch (e) {
            const a = args[i]!;
            this.failure ??= this.explain(e, lane.display, String(a[0]), Buffer.isBuffer(a[1]) ? a[1] : undefined);
          }
        });
      })
      .catch((e: unknown) => {
        this.failure ??= describeRedisError(e, lane.display, 'restore');
      })
      .finally(() => {
        this.inflightBytes -= bytes;
      });
    this.inflight.push({ bytes, done: exec });
    this.inflightBytes += bytes;
    await lane.conn.writable();
    while (this.inflight.length && (this.inflightBytes > this.maxInFlight || this.inflight.length > MAX_BATCHES_IN_FLIGHT)) await this.inflight.shift()!.done;
    if (this.failure) throw this.failure;
  }

  private explain(e: unknown, display: string, cmd: string, key: Buffer | undefined): Error {
    if (e instanceof UsageError || e instanceof OperationalError) return e;
    const msg = errorMessage(e);
    const what = `${cmd} ${key ? printable(key) : ''}`.trim();
    if (/^BUSYKEY/.test(msg)) {
      return new UsageError(`${display}: key ${key ? printable(key) : ''} already exists in the target; pass --replace to overwrite existing keys or --flush to empty the target databases first`);
    }
    if (/DUMP payload version or checksum are wrong/i.test(msg)) {
      return new OperationalError(
        `${display}: ${this.info.name} ${this.info.version} rejected the DUMP payload of ${key ? printable(key) : 'a key'} (${msg}): the backup was taken from a newer Redis (RDB format) than the target reads. Back up with --redis-format portable, or restore into a Redis at least as new as the source`,
      );
    }
    return describeRedisError(e, display, what);
  }

  /** Sends everything queued and waits for every reply. */
  async drain(): Promise<void> {
    for (const lane of this.lanes.values()) await this.flushLane(lane);
    while (this.inflight.length) await this.inflight.shift()!.done;
    if (this.failure) throw this.failure;
  }

  async close(): Promise<void> {
    const all = new Set<Node>([this.seed, ...this.primaries, ...this.dbNodes.values()]);
    for (const n of all) n.client.disconnect();
    for (const l of this.laneOpening.values()) void l.then((lane) => lane.conn.close(), () => undefined);
  }
}
