import { ReplyError } from 'ioredis';
import { errorMessage } from '../../errors.js';
import { ChunkKind, type Chunk, type PortableTypeName, type StreamConsumer, type StreamEntry, type StreamPending } from '../../formats/redis-records/format.js';
import type { RedisRecordWriter } from '../../formats/redis-records/writer.js';
import type { SourceContext } from '../source.js';
import { describeRedisError, versionAtLeast, type Node } from './connect.js';
import { digestChunk, type FingerprintBuilder } from './fingerprint.js';
import { RedisValueDigest } from '../../formats/rdb/value-digest.js';
import type { KeyFilter } from './glob.js';
import { scanBatches, type ScanStats } from './scan.js';

/** Elements per chunk (and the size up to which a collection is read in one command). */
const CHUNK = 1000;
/** Bytes per string piece. */
const STRING_PIECE = 1 << 20;

const PORTABLE: readonly string[] = ['string', 'list', 'set', 'zset', 'hash', 'stream'];

/** Redis prints infinite scores as inf / -inf; everything else is a %.17g decimal that parses back exactly. */
export function parseScore(b: Buffer | string): number {
  const s = b.toString().toLowerCase();
  if (s === 'inf' || s === '+inf') return Infinity;
  if (s === '-inf') return -Infinity;
  const n = Number(s);
  if (Number.isNaN(n)) throw new Error(`unparsable sorted-set score '${s}'`);
  return n;
}

/** The ID right after `id` (for paging without the exclusive ranges of Redis >= 6.2). */
export function nextStreamId(id: string): string {
  const [ms, seq] = id.split('-') as [string, string];
  const s = BigInt(seq);
  return s === 0xffff_ffff_ffff_ffffn ? `${BigInt(ms) + 1n}-0` : `${ms}-${s + 1n}`;
}

function pairs(reply: unknown): Map<string, unknown> {
  const m = new Map<string, unknown>();
  const a = reply as unknown[];
  for (let i = 0; i + 1 < a.length; i += 2) m.set(String(a[i]), a[i + 1]);
  return m;
}

function idText(v: unknown): string {
  return Buffer.isBuffer(v) ? v.toString('latin1') : String(v);
}

interface Meta {
  type: string;
  expireAt: number;
  size: number;
}

/**
 * Portable backup: every value read with ordinary read commands and written as
 * per-type records that any Redis version can load with ordinary write
 * commands. Small values are read for a whole SCAN batch in two pipelined
 * round trips; big values and streams are paged (1000 elements or 1 MiB a
 * page), so memory holds one page whatever the key's size. A big value that
 * changes while it is paged is not captured atomically.
 */
export class PortableScanner {
  private readonly modern: boolean;
  private now = Date.now();
  /** The digest of the key being written, fed the same chunks the record stream gets. */
  private readonly vd = new RedisValueDigest();
  constructor(
    private readonly node: Node,
    serverVersion: string,
    private readonly writer: RedisRecordWriter,
    private readonly fp: FingerprintBuilder,
    private readonly ctx: SourceContext,
    private readonly opts: { count: number; filter: KeyFilter },
    private readonly stats: ScanStats,
    private readonly warn: (m: string) => void,
  ) {
    this.modern = versionAtLeast(serverVersion, 7, 0);
  }

  private fail(err: unknown, doing: string): Error {
    return describeRedisError(err, this.node.conn.display, doing);
  }

  async scanDb(db: number, select: boolean): Promise<void> {
    if (select) {
      try {
        await this.node.client.select(db);
      } catch (err) {
        throw this.fail(err, `SELECT database ${db}`);
      }
    }
    for await (const keys of scanBatches(this.node, this.opts.count, this.opts.filter, this.ctx.signal)) {
      const metas = await this.metas(keys);
      const small: number[] = [];
      const big: number[] = [];
      for (let i = 0; i < keys.length; i++) {
        const m = metas[i]!;
        if (m.type === 'none') {
          this.vanished();
          continue;
        }
        if (!PORTABLE.includes(m.type)) {
          this.warn(`key ${printable(keys[i]!)} in db ${db} has module type '${m.type}', which portable mode cannot read; it is not in the backup (use --redis-format dump)`);
          continue;
        }
        const isSmall = m.type === 'string' ? m.size <= STRING_PIECE : m.type !== 'stream' && m.size <= CHUNK;
        (isSmall ? small : big).push(i);
      }
      if (small.length) await this.readSmall(db, small.map((i) => keys[i]!), small.map((i) => metas[i]!));
      for (const i of big) await this.readBig(db, keys[i]!, metas[i]!);
    }
  }

  private vanished(): void {
    this.stats.vanished++;
    this.writer.noteVanished();
  }

  /** TYPE, absolute expiry and size of each key: two pipelined round trips. */
  private async metas(keys: Buffer[]): Promise<Meta[]> {
    const p = this.node.client.pipeline();
    for (const k of keys) {
      p.type(k);
      if (this.modern) p.call('PEXPIRETIME', k);
      else p.pttl(k);
    }
    p.time();
    const res = (await p.exec()) ?? [];
    const t = res[res.length - 1]?.[1] as [string, string] | undefined;
    this.now = t ? Number(t[0]) * 1000 + Math.floor(Number(t[1]) / 1000) : Date.now();
    const metas: Meta[] = keys.map((_, i) => {
      const [e1, type] = res[2 * i]!;
      const [e2, ttl] = res[2 * i + 1]!;
      if (e1 || e2) throw this.fail(e1 ?? e2, 'TYPE/PTTL');
      const n = Number(ttl);
      return { type: String(type), expireAt: this.modern ? (n === -2 ? -1 : n) : n >= 0 ? this.now + n : -1, size: 0 };
    });
    const q = this.node.client.pipeline();
    const sizeCmd: Record<string, string> = { string: 'STRLEN', list: 'LLEN', set: 'SCARD', zset: 'ZCARD', hash: 'HLEN', stream: 'XLEN' };
    const asked: number[] = [];
    keys.forEach((k, i) => {
      const c = sizeCmd[metas[i]!.type];
      if (c) {
        q.call(c, k);
        asked.push(i);
      }
    });
    if (asked.length) {
      const sizes = (await q.exec()) ?? [];
      asked.forEach((i, j) => {
        const [err, n] = sizes[j]!;
        // WRONGTYPE: the key changed type between the two round trips; the big-value path re-reads it.
        metas[i]!.size = err ? Number.MAX_SAFE_INTEGER : Number(n);
      });
    }
    return metas;
  }

  private async readSmall(db: number, keys: Buffer[], metas: Meta[]): Promise<void> {
    const p = this.node.client.pipeline();
    keys.forEach((k, i) => {
      switch (metas[i]!.type) {
        case 'string':
          p.getBuffer(k);
          break;
        case 'list':
          p.lrangeBuffer(k, 0, -1);
          break;
        case 'set':
          p.smembersBuffer(k);
          break;
        case 'zset':
          p.zrangeBuffer(k, 0, -1, 'WITHSCORES');
          break;
        case 'hash':
          // Upper-case name: ioredis' hgetall reply transformer (an object with string
          // keys, losing binary field names) is registered for the lower-case name only.
          p.callBuffer('HGETALL', k);
          break;
      }
    });
    const res = (await p.exec()) ?? [];
    for (let i = 0; i < keys.length; i++) {
      const [err, v] = res[i]!;
      const m = metas[i]!;
      const key = keys[i]!;
      if (err) {
        if (err instanceof ReplyError && /WRONGTYPE/.test(errorMessage(err))) {
          await this.readBig(db, key, { ...m, type: await this.typeOf(key) });
          continue;
        }
        throw this.fail(err, `read ${m.type} ${printable(key)}`);
      }
      if (v === null || (Array.isArray(v) && v.length === 0)) {
        this.vanished();
        continue;
      }
      const type = m.type as PortableTypeName;
      await this.beginKey(db, m.expireAt, type, key);
      switch (type) {
        case 'string':
          if ((v as Buffer).length) await this.chunk({ kind: ChunkKind.STRING_PART, data: v as Buffer });
          break;
        case 'list':
        case 'set':
          await this.chunk({ kind: ChunkKind.ELEMENTS, items: v as Buffer[] });
          break;
        case 'zset':
          await this.writeScored(v as Buffer[]);
          break;
        case 'hash':
          await this.chunk({ kind: ChunkKind.PAIRS, items: flattenHash(v) });
          break;
      }
      await this.endKey();
      this.counted(db, type, key);
    }
  }

  private async beginKey(db: number, expireAt: number, type: PortableTypeName, key: Buffer): Promise<void> {
    this.vd.begin(type, key);
    await this.writer.beginKey(db, expireAt, type, key);
  }
  private async chunk(c: Chunk): Promise<void> {
    digestChunk(this.vd, c);
    await this.writer.chunk(c);
  }
  private async endKey(): Promise<void> {
    await this.writer.endKey();
  }

  private async typeOf(key: Buffer): Promise<string> {
    return String(await this.node.client.type(key));
  }

  private counted(db: number, type: string, key: Buffer): void {
    if (this.fp.legacy) this.fp.add(db, type, key);
    else this.fp.add(db, type, key, this.vd.end());
    this.stats.keys++;
    this.ctx.progress.addItems(1);
  }

  private async writeScored(flat: Buffer[]): Promise<void> {
    const members: Buffer[] = [];
    const scores: number[] = [];
    for (let j = 0; j < flat.length; j += 2) {
      members.push(flat[j]!);
      scores.push(parseScore(flat[j + 1]!));
    }
    await this.chunk({ kind: ChunkKind.SCORED, members, scores });
  }

  /** Pages through one value; returns without writing anything if the key vanished first. */
  private async readBig(db: number, key: Buffer, m: Meta): Promise<void> {
    const c = this.node.client;
    const type = m.type as PortableTypeName;
    if (!PORTABLE.includes(type)) {
      if (m.type === 'none') this.vanished();
      else this.warn(`key ${printable(key)} in db ${db} has module type '${m.type}', which portable mode cannot read; it is not in the backup`);
      return;
    }
    try {
      if (type === 'stream') return await this.readStream(db, key, m);
      // The first page decides whether the key still exists before a KEY record is written.
      let started = false;
      const begin = async (): Promise<void> => {
        if (!started) await this.beginKey(db, m.expireAt, type, key);
        started = true;
      };
      switch (type) {
        case 'string': {
          for (let off = 0; ; off += STRING_PIECE) {
            const piece = await c.getrangeBuffer(key, off, off + STRING_PIECE - 1);
            if (off === 0 && piece.length === 0 && (await c.exists(key)) === 0) break;
            await begin();
            if (piece.length) await this.chunk({ kind: ChunkKind.STRING_PART, data: piece });
            if (piece.length < STRING_PIECE) break;
          }
          break;
        }
        case 'list':
          for (let i = 0; ; i += CHUNK) {
            const items = await c.lrangeBuffer(key, i, i + CHUNK - 1);
            if (items.length === 0) break;
            await begin();
            await this.chunk({ kind: ChunkKind.ELEMENTS, items });
            if (items.length < CHUNK) break;
          }
          break;
        case 'zset':
          for (let i = 0; ; i += CHUNK) {
            const flat = await c.zrangeBuffer(key, i, i + CHUNK - 1, 'WITHSCORES');
            if (flat.length === 0) break;
            await begin();
            await this.writeScored(flat);
            if (flat.length < 2 * CHUNK) break;
          }
          break;
        case 'set':
        case 'hash': {
          // SSCAN/HSCAN may repeat an element; SADD/HSET make repeats harmless on restore.
          let cursor = '0';
          do {
            const [next, items] = (type === 'set' ? await c.sscanBuffer(key, cursor, 'COUNT', CHUNK) : await c.hscanBuffer(key, cursor, 'COUNT', CHUNK)) as [Buffer, Buffer[]];
            cursor = next.toString();
            if (items.length) {
              await begin();
              await this.chunk(type === 'set' ? { kind: ChunkKind.ELEMENTS, items } : { kind: ChunkKind.PAIRS, items });
            }
          } while (cursor !== '0');
          break;
        }
      }
      if (!started) {
        this.vanished();
        return;
      }
      await this.endKey();
      this.counted(db, type, key);
    } catch (err) {
      if (err instanceof ReplyError && /WRONGTYPE/.test(errorMessage(err))) {
        throw this.fail(err, `read ${printable(key)} (it changed type during the backup; run the backup again)`);
      }
      throw err instanceof ReplyError ? this.fail(err, `read ${m.type} ${printable(key)}`) : err;
    }
  }

  /**
   * Exact delivery times of pending entries (group → id → ms), from XINFO STREAM
   * FULL (Redis >= 6), for the first page of each group's PEL. XPENDING only
   * reports idle time relative to its own clock, so past that page a delivery
   * time is reconstructed to within a few milliseconds.
   */
  private async deliveryTimes(key: Buffer): Promise<Map<string, Map<string, number>>> {
    const out = new Map<string, Map<string, number>>();
    let full: unknown;
    try {
      full = await this.node.client.callBuffer('XINFO', 'STREAM', key, 'FULL', 'COUNT', CHUNK);
    } catch {
      return out;
    }
    const groups = pairs(full).get('groups');
    if (!Array.isArray(groups)) return out;
    for (const g of groups) {
      const gm = pairs(g);
      const times = new Map<string, number>();
      for (const row of (gm.get('pending') as unknown[][] | undefined) ?? []) times.set(idText(row[0]), Number(row[2]));
      out.set((gm.get('name') as Buffer).toString('hex'), times);
    }
    return out;
  }

  private async readStream(db: number, key: Buffer, m: Meta): Promise<void> {
    const c = this.node.client;
    let info: Map<string, unknown>;
    try {
      info = pairs(await c.callBuffer('XINFO', 'STREAM', key));
    } catch (err) {
      if (/no such key/i.test(errorMessage(err))) {
        this.vanished();
        return;
      }
      throw err;
    }
    const tm = (await c.time()) as unknown as [string, string];
    const now = Number(tm[0]) * 1000 + Math.floor(Number(tm[1]) / 1000);
    await this.beginKey(db, m.expireAt, 'stream', key);
    let start = '-';
    for (;;) {
      const rows = (await c.callBuffer('XRANGE', key, start, '+', 'COUNT', CHUNK)) as [Buffer, Buffer[]][];
      if (rows.length === 0) break;
      const entries: StreamEntry[] = rows.map(([id, fields]) => ({ id: id.toString('latin1'), fields }));
      await this.chunk({ kind: ChunkKind.STREAM_ENTRIES, entries });
      if (rows.length < CHUNK) break;
      start = nextStreamId(entries[entries.length - 1]!.id);
    }
    const md = info.get('max-deleted-entry-id');
    const ea = info.get('entries-added');
    await this.chunk({
      kind: ChunkKind.STREAM_META,
      meta: {
        lastId: idText(info.get('last-generated-id')),
        length: Number(info.get('length')),
        entriesAdded: ea === undefined || ea === null ? -1 : Number(ea),
        maxDeletedId: md === undefined || md === null ? null : idText(md),
      },
    });
    const exactTimes = await this.deliveryTimes(key);
    const groups = (await c.callBuffer('XINFO', 'GROUPS', key)) as unknown[];
    for (const g of groups) {
      const gm = pairs(g);
      const name = gm.get('name') as Buffer;
      const er = gm.get('entries-read');
      await this.chunk({
        kind: ChunkKind.STREAM_GROUP,
        group: { name, lastDeliveredId: idText(gm.get('last-delivered-id')), entriesRead: er === undefined || er === null ? -1 : Number(er) },
      });
      const consumers = ((await c.callBuffer('XINFO', 'CONSUMERS', key, name)) as unknown[]).map((x): StreamConsumer => {
        const cm = pairs(x);
        // seen-time exists from 7.2; before, idle is "ms since the consumer was last seen".
        const seen = cm.get('seen-time');
        return { name: cm.get('name') as Buffer, seenTime: seen !== undefined ? Number(seen) : now - Number(cm.get('idle') ?? 0) };
      });
      for (let i = 0; i < consumers.length; i += CHUNK) {
        await this.chunk({ kind: ChunkKind.STREAM_CONSUMERS, consumers: consumers.slice(i, i + CHUNK) });
      }
      let from = '-';
      for (;;) {
        const rows = (await c.callBuffer('XPENDING', key, name, from, '+', CHUNK)) as [Buffer, Buffer, number, number][];
        if (rows.length === 0) break;
        const times = exactTimes.get(name.toString('hex'));
        const pending: StreamPending[] = rows.map(([id, consumer, idle, count]) => ({
          id: id.toString('latin1'),
          consumer,
          deliveryTime: times?.get(id.toString('latin1')) ?? now - Number(idle),
          deliveryCount: Number(count),
        }));
        await this.chunk({ kind: ChunkKind.STREAM_PENDING, pending });
        if (rows.length < CHUNK) break;
        from = nextStreamId(pending[pending.length - 1]!.id);
      }
    }
    await this.endKey();
    this.counted(db, 'stream', key);
  }
}

function flattenHash(v: unknown): Buffer[] {
  if (Array.isArray(v)) return v as Buffer[];
  throw new Error('HGETALL reply was not a flat array');
}

/** A key as a short, printable, log-safe string. */
export function printable(key: Buffer): string {
  const s = JSON.stringify(key.toString('latin1').replace(/[^\x20-\x7e]/g, (ch) => `\\x${ch.charCodeAt(0).toString(16).padStart(2, '0')}`));
  return s.length > 120 ? `${s.slice(0, 117)}…"` : s;
}
