import type { Redis } from 'ioredis';
import { OperationalError, errorMessage } from '../../errors.js';
import { CommandEncoder, RespConn, RespError, type Arg, type Reply } from './resp.js';
import type { RedisRecordWriter } from '../../formats/redis-records/writer.js';
import { rdbTypeName } from '../../formats/rdb/parser.js';
import type { SourceContext } from '../source.js';
import { describeRedisError, versionAtLeast, type Node } from './connect.js';
import { FingerprintBuilder, normalType } from './fingerprint.js';
import { DumpDigests } from './digest-queue.js';
import type { KeyFilter } from './glob.js';

/**
 * SCAN in batches, keeping one SCAN in flight while the caller works on the
 * previous batch, so the server is never idle waiting for the client.
 * SCAN is not point-in-time: a key present for the whole scan is returned at
 * least once; keys created or deleted meanwhile may or may not be.
 */
export async function* scanBatches(node: Node, count: number, filter: KeyFilter, signal?: AbortSignal): AsyncGenerator<Buffer[]> {
  const match = filter.serverPattern;
  const scan = (cursor: string): Promise<[Buffer, Buffer[]]> => {
    const args: (string | number)[] = [cursor];
    if (match !== undefined) args.push('MATCH', match);
    args.push('COUNT', count);
    const p = node.client.scanBuffer(...(args as [string])) as unknown as Promise<[Buffer, Buffer[]]>;
    p.catch(() => undefined); // awaited below; this only keeps an abandoned lookahead from going unhandled
    return p;
  };
  let next = scan('0');
  for (;;) {
    if (signal?.aborted) throw new OperationalError('backup aborted');
    let reply: [Buffer, Buffer[]];
    try {
      reply = await next;
    } catch (err) {
      throw describeRedisError(err, `${node.conn.display} (${node.addr})`, 'SCAN');
    }
    const cursor = reply[0].toString('latin1');
    const done = cursor === '0';
    if (!done) next = scan(cursor);
    // SCAN may return a key twice when the server resizes its table mid-scan.
    // Remembering every key to drop repeats would cost memory per key, so a
    // repeat reaches the backup and restore keeps its later copy (see restore.ts).
    const keys = filter.clientSide ? reply[1].filter((k) => filter.test(k)) : reply[1];
    if (keys.length) yield keys;
    if (done) return;
  }
}

/** DUMP batches in flight per node, and SCAN batches read ahead. */
const DEPTH = 4;

/** Runs `src` ahead of its consumer, keeping up to `depth` items ready. */
export async function* ahead<T>(src: AsyncGenerator<T>, depth: number): AsyncGenerator<T> {
  const ready: T[] = [];
  let finished = false;
  let failure: { err: unknown } | undefined;
  let wakeConsumer: (() => void) | undefined;
  let wakeProducer: (() => void) | undefined;
  let stopped = false;
  const pump = (async () => {
    try {
      for await (const item of src) {
        ready.push(item);
        wakeConsumer?.();
        while (ready.length >= depth && !stopped) await new Promise<void>((r) => (wakeProducer = r));
        if (stopped) break;
      }
    } catch (err) {
      failure = { err };
    } finally {
      finished = true;
      wakeConsumer?.();
    }
  })();
  try {
    for (;;) {
      if (ready.length) {
        const item = ready.shift()!;
        wakeProducer?.();
        yield item;
        continue;
      }
      if (failure) throw failure.err;
      if (finished) return;
      await new Promise<void>((r) => (wakeConsumer = r));
      wakeConsumer = undefined;
    }
  } finally {
    stopped = true;
    wakeProducer?.();
    await pump;
  }
}

const DUMP = Buffer.from('DUMP');
const PEXPIRETIME = Buffer.from('PEXPIRETIME');
const PTTL = Buffer.from('PTTL');

/** Errors that mean "this user may not run scripts" rather than "the script failed". */
const NO_SCRIPTING = /NOPERM|unknown command|not allowed|disabled|can't run this command/i;

function typesScript(modern: boolean): string {
  // Redis >= 7: declare no writes and undeclared cross-slot key access (every key
  // SCAN returns on a cluster node is local to it, but in many slots).
  const head = modern ? '#!lua flags=no-writes,allow-cross-slot-keys\n' : '';
  return `${head}local out = {}
for i = 1, #ARGV do
  out[i] = redis.call('TYPE', ARGV[i])['ok']
end
return out
`;
}

type ScriptClient = Redis & {
  bakupTypes(...args: (string | Buffer | number)[]): Promise<string[]>;
};

export function defineScripts(node: Node, serverVersion: string): void {
  node.client.defineCommand('bakupTypes', { numberOfKeys: 0, lua: typesScript(versionAtLeast(serverVersion, 7, 0)) });
}

export interface DumpedKey {
  db: number;
  key: Buffer;
  expireAt: number;
  payload: Buffer;
}

export interface ScanStats {
  keys: number;
  bytes: number;
  vanished: number;
}

function replyError(r: Reply, display: string, doing: string): Error | undefined {
  return r instanceof RespError ? describeRedisError(r, display, doing) : undefined;
}

/**
 * Runs `scan` on every node at once (a backup's or a drill's DUMP scan), each
 * node with its two connections (DumpScanner says why SCAN has its own),
 * closed when its scan ends, and one DumpDigests for all: every value digest
 * is in `fp` when this resolves.
 */
export async function scanDumpNodes(
  nodes: Node[],
  fp: FingerprintBuilder,
  scan: (node: Node, conn: RespConn, scanConn: RespConn, digests: DumpDigests) => Promise<void>,
): Promise<void> {
  const digests = new DumpDigests(fp);
  try {
    await Promise.all(
      nodes.map(async (node) => {
        const conn = await RespConn.connect(node.conn);
        const scanConn = await RespConn.connect(node.conn).catch((err: unknown) => {
          conn.close();
          throw err;
        });
        try {
          await scan(node, conn, scanConn, digests);
        } finally {
          conn.close();
          scanConn.close();
        }
      }),
    );
    await digests.finish();
  } finally {
    digests.close();
  }
}

/**
 * Logical backup of one node: SCAN → DUMP (+ absolute expiry) → record frames.
 * Measured on Redis 7.0 (bench/README.md), DUMP inside a Lua script costs the
 * server about twice what pipelined DUMP commands do, so batches are plain
 * pipelines on a lean connection (resp.ts). SCAN runs ahead on a connection of
 * its own (`scanConn`): behind the DUMPs on the same connection, each SCAN
 * reply waits for every DUMP batch sent before it, so new keys could come only
 * as fast as the server emptied its queue (reasoned, not measured alone: it
 * went in with the digest worker, bench/README.md). Up to DEPTH DUMP
 * batches wait at the server while the previous ones are encoded, so the
 * server and the client work at the same time; value digests go to a worker
 * thread (digest-queue.ts) where the build has one. Expiry is asked only in
 * databases that had expiring keys when the backup started (PEXPIRETIME on
 * Redis >= 7, PTTL + TIME before). Batches are sized from the values seen so
 * far to keep a reply near `budget` / DEPTH bytes. Measured again for the
 * expiry: one script call per batch returning every key's PEXPIRETIME cost the
 * server 25 % more than the pipelined commands (Lua's per-call overhead exceeds
 * a dispatch).
 */
export class DumpScanner {
  private readonly modern: boolean;
  private avgPayload = 1024;
  constructor(
    private readonly conn: RespConn,
    private readonly display: string,
    serverVersion: string,
    /** Where the DUMPs go; none when only the fingerprint is wanted (a drill reading its target). */
    private readonly writer: Pick<RedisRecordWriter, 'dumps' | 'noteVanished'> | undefined,
    private readonly fp: FingerprintBuilder,
    /** Where value digests are computed (the caller finishes it, then reads `fp`). */
    private readonly digests: DumpDigests,
    private readonly ctx: SourceContext,
    private readonly opts: { count: number; filter: KeyFilter; budget: number; label?: (db: number) => number; scanConn?: RespConn },
    private readonly stats: ScanStats,
  ) {
    this.modern = versionAtLeast(serverVersion, 7, 0);
  }

  async scanDb(db: number, select: boolean, hasExpires: boolean): Promise<void> {
    if (select) {
      for (const c of new Set([this.conn, this.opts.scanConn ?? this.conn])) {
        const [r] = await c.call([['SELECT', db]]);
        const err = replyError(r!, this.display, `SELECT database ${db}`);
        if (err) throw err;
      }
    }
    // Replies are encoded in request order; up to DEPTH requests wait at the server
    // so that it never idles while this process is busy (or descheduled).
    // (Gathering the keys of several SCAN replies into bigger requests was
    // measured: no faster, 25 MiB more peak RSS.)
    const queue: Promise<void>[] = [];
    let last: Promise<void> = Promise.resolve();
    const perReply = Math.max(64 << 10, Math.floor(this.opts.budget / DEPTH));
    for await (const keys of ahead(this.scan(), DEPTH)) {
      for (let i = 0; i < keys.length; ) {
        const n = Math.max(8, Math.min(keys.length - i, Math.floor(perReply / Math.max(64, this.avgPayload))));
        const part = keys.slice(i, i + n);
        i += n;
        const reply = this.request(part, hasExpires);
        const prev = last;
        last = (async () => {
          const r = await reply;
          await prev;
          await this.emit(db, part, r, hasExpires);
        })();
        last.catch(() => undefined);
        queue.push(last);
        if (queue.length >= DEPTH) await queue.shift();
      }
    }
    await Promise.all(queue);
  }

  private async *scan(): AsyncGenerator<Buffer[]> {
    const match = this.opts.filter.serverPattern;
    const send = (cursor: Buffer | string): Promise<Reply[]> => {
      const args: Arg[] = ['SCAN', cursor];
      if (match !== undefined) args.push('MATCH', match);
      args.push('COUNT', this.opts.count);
      const p = (this.opts.scanConn ?? this.conn).call([args]);
      p.catch(() => undefined);
      return p;
    };
    let next = send('0');
    for (;;) {
      if (this.ctx.signal?.aborted) throw new OperationalError('backup aborted');
      const [r] = await next;
      const err = replyError(r!, this.display, 'SCAN');
      if (err) throw err;
      const [cursor, keys] = r as [Buffer, Buffer[]];
      const done = cursor.length === 1 && cursor[0] === 0x30;
      if (!done) next = send(cursor);
      const list = this.opts.filter.clientSide ? keys.filter((k) => this.opts.filter.test(k)) : keys;
      if (list.length) yield list;
      if (done) return;
    }
  }

  private request(keys: Buffer[], ttl: boolean): Promise<Reply[]> {
    const enc = new CommandEncoder();
    const expiry = this.modern ? PEXPIRETIME : PTTL;
    for (const k of keys) {
      enc.command2(DUMP, k);
      if (ttl) enc.command2(expiry, k);
    }
    if (ttl && !this.modern) enc.command(['TIME']);
    const count = enc.count;
    return this.conn.send(enc.take(), count);
  }

  private async emit(db: number, keys: Buffer[], r: Reply[], ttl: boolean): Promise<void> {
    const step = ttl ? 2 : 1;
    let now = 0;
    if (ttl && !this.modern) {
      const t = r[r.length - 1] as Buffer[];
      now = Number(t[0]!.toString()) * 1000 + Math.floor(Number(t[1]!.toString()) / 1000);
    }
    const items: DumpedKey[] = [];
    let bytes = 0;
    for (let i = 0; i < keys.length; i++) {
      const payload = r[i * step]!;
      const err = replyError(payload, this.display, 'DUMP');
      if (err) throw err;
      let expireAt = -1;
      if (ttl) {
        const t = r[i * step + 1]!;
        const terr = replyError(t, this.display, this.modern ? 'PEXPIRETIME' : 'PTTL');
        if (terr) throw terr;
        const v = t as number;
        // -2: the key went away between DUMP and the expiry query; so does its backup.
        if (v === -2) {
          this.vanished();
          continue;
        }
        expireAt = v < 0 ? -1 : this.modern ? v : now + v;
      }
      if (payload === null) {
        this.vanished();
        continue;
      }
      const p = payload as Buffer;
      items.push({ db, key: keys[i]!, expireAt, payload: p });
      bytes += p.length;
    }
    if (items.length) this.avgPayload = this.avgPayload * 0.5 + (bytes / items.length) * 0.5;
    const label = this.opts.label ? this.opts.label(db) : db;
    if (this.fp.legacy) for (const it of items) this.fp.add(label, normalType(rdbTypeName(it.payload[0]!)), it.key);
    else for (const it of items) this.digests.add(label, it.key, it.payload);
    this.stats.keys += items.length;
    this.stats.bytes += bytes;
    this.ctx.progress.addItems(items.length);
    if (this.writer) await this.writer.dumps(items);
    const room = this.digests.ready();
    if (room) await room;
  }

  private vanished(): void {
    this.stats.vanished++;
    this.writer?.noteVanished();
  }
}

/** TYPE for a batch of keys: one script call, or a pipeline without scripting rights. */
export async function typesOf(node: Node, keys: Buffer[], state: { scripting: boolean }): Promise<string[]> {
  if (state.scripting) {
    try {
      return await (node.client as ScriptClient).bakupTypes(...keys);
    } catch (err) {
      if (!NO_SCRIPTING.test(errorMessage(err))) throw describeRedisError(err, node.conn.display, 'TYPE keys (script)');
      state.scripting = false;
    }
  }
  const p = node.client.pipeline();
  for (const k of keys) p.type(k);
  const res = (await p.exec()) ?? [];
  return res.map(([err, t]) => {
    if (err) throw describeRedisError(err, node.conn.display, 'TYPE');
    return String(t);
  });
}

/** The fingerprint of what a node holds now: SCAN + TYPE over the given databases. */
export async function fingerprintNode(
  node: Node,
  dbs: number[],
  select: boolean,
  count: number,
  filter: KeyFilter,
  fp: FingerprintBuilder,
  signal?: AbortSignal,
  label: (db: number) => number = (db) => db,
): Promise<void> {
  const state = { scripting: true };
  for (const db of dbs) {
    if (select) {
      try {
        await node.client.select(db);
      } catch (err) {
        throw describeRedisError(err, node.conn.display, `SELECT database ${db}`);
      }
    }
    for await (const keys of scanBatches(node, count, filter, signal)) {
      const types = await typesOf(node, keys, state);
      for (let i = 0; i < keys.length; i++) {
        const t = normalType(types[i]!);
        if (t !== 'none') fp.add(label(db), t, keys[i]!);
      }
    }
  }
}
