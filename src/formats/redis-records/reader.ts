import * as zlib from 'node:zlib';
import { VerificationError } from '../../errors.js';
import {
  CHUNKS_OF,
  ChunkKind,
  FORMAT_NAME,
  FORMAT_VERSION,
  FRAME_HEAD,
  FRAME_TAIL,
  MAGIC,
  PORTABLE_TYPE_NAMES,
  Tag,
  chunkCount,
  readI64,
  type Chunk,
  type KeyRecord,
  type RedisRecord,
  type StreamHeader,
  type StreamTrailer,
} from './format.js';

class Corrupt extends Error {}

/** A bounds-checked cursor over one frame body. */
class BodyReader {
  pos = 0;
  constructor(private readonly b: Buffer) {}
  private need(n: number): void {
    if (this.pos + n > this.b.length) throw new Corrupt(`body ends ${this.pos + n - this.b.length} bytes early`);
  }
  u8(): number {
    this.need(1);
    return this.b[this.pos++]!;
  }
  u32(): number {
    this.need(4);
    const v = this.b.readUInt32LE(this.pos);
    this.pos += 4;
    return v;
  }
  i64(): number {
    this.need(8);
    const v = readI64(this.b, this.pos);
    this.pos += 8;
    return v;
  }
  f64(): number {
    this.need(8);
    const v = this.b.readDoubleLE(this.pos);
    this.pos += 8;
    return v;
  }
  bytes(): Buffer {
    const n = this.u32();
    this.need(n);
    const v = this.b.subarray(this.pos, this.pos + n);
    this.pos += n;
    return v;
  }
  text(): string {
    return this.bytes().toString('latin1');
  }
  rest(): Buffer {
    const v = this.b.subarray(this.pos);
    this.pos = this.b.length;
    return v;
  }
  done(): void {
    if (this.pos !== this.b.length) throw new Corrupt(`${this.b.length - this.pos} unexpected bytes at the end of the body`);
  }
}

const STREAM_ID = /^\d+-\d+$/;

function streamId(s: string): string {
  if (!STREAM_ID.test(s)) throw new Corrupt(`'${s.slice(0, 40)}' is not a stream ID`);
  return s;
}

function count(r: BodyReader, perItemMin: number, bodyLen: number): number {
  const n = r.u32();
  // A count larger than the body could hold is corruption, caught before looping on it.
  if (n * perItemMin > bodyLen) throw new Corrupt(`item count ${n} does not fit in a ${bodyLen}-byte body`);
  return n;
}

function decodeChunk(body: Buffer): Chunk {
  const r = new BodyReader(body);
  const kind = r.u8();
  let chunk: Chunk;
  switch (kind) {
    case ChunkKind.STRING_PART: {
      if (r.u32() !== 1) throw new Corrupt('string part count must be 1');
      chunk = { kind, data: r.rest() };
      break;
    }
    case ChunkKind.ELEMENTS: {
      const n = count(r, 4, body.length);
      const items: Buffer[] = new Array(n);
      for (let i = 0; i < n; i++) items[i] = r.bytes();
      chunk = { kind, items };
      break;
    }
    case ChunkKind.PAIRS: {
      const n = count(r, 8, body.length);
      const items: Buffer[] = new Array(n * 2);
      for (let i = 0; i < n * 2; i++) items[i] = r.bytes();
      chunk = { kind, items };
      break;
    }
    case ChunkKind.SCORED: {
      const n = count(r, 12, body.length);
      const members: Buffer[] = new Array(n);
      const scores: number[] = new Array(n);
      for (let i = 0; i < n; i++) {
        const s = r.f64();
        if (Number.isNaN(s)) throw new Corrupt('a sorted-set score is NaN');
        scores[i] = s;
        members[i] = r.bytes();
      }
      chunk = { kind, members, scores };
      break;
    }
    case ChunkKind.STREAM_ENTRIES: {
      const n = count(r, 8, body.length);
      const entries = new Array(n);
      for (let i = 0; i < n; i++) {
        const id = streamId(r.text());
        const nf = count(r, 4, body.length);
        if (nf === 0 || nf % 2) throw new Corrupt(`stream entry ${id} has ${nf} field items; expected a positive even number`);
        const fields: Buffer[] = new Array(nf);
        for (let j = 0; j < nf; j++) fields[j] = r.bytes();
        entries[i] = { id, fields };
      }
      chunk = { kind, entries };
      break;
    }
    case ChunkKind.STREAM_META: {
      if (r.u32() !== 1) throw new Corrupt('stream meta count must be 1');
      const lastId = streamId(r.text());
      const length = r.i64();
      const entriesAdded = r.i64();
      const md = r.text();
      chunk = { kind, meta: { lastId, length, entriesAdded, maxDeletedId: md ? streamId(md) : null } };
      break;
    }
    case ChunkKind.STREAM_GROUP: {
      if (r.u32() !== 1) throw new Corrupt('stream group count must be 1');
      const name = r.bytes();
      const lastDeliveredId = streamId(r.text());
      chunk = { kind, group: { name, lastDeliveredId, entriesRead: r.i64() } };
      break;
    }
    case ChunkKind.STREAM_CONSUMERS: {
      const n = count(r, 12, body.length);
      const consumers = new Array(n);
      for (let i = 0; i < n; i++) consumers[i] = { name: r.bytes(), seenTime: r.i64() };
      chunk = { kind, consumers };
      break;
    }
    case ChunkKind.STREAM_PENDING: {
      const n = count(r, 28, body.length);
      const pending = new Array(n);
      for (let i = 0; i < n; i++) pending[i] = { id: streamId(r.text()), consumer: r.bytes(), deliveryTime: r.i64(), deliveryCount: r.i64() };
      chunk = { kind, pending };
      break;
    }
    default:
      throw new Corrupt(`unknown chunk kind ${kind}`);
  }
  r.done();
  return chunk;
}

function decodeJson(body: Buffer, what: string): Record<string, unknown> {
  let v: unknown;
  try {
    v = JSON.parse(body.toString('utf8'));
  } catch {
    throw new Corrupt(`${what} is not valid JSON`);
  }
  if (!v || typeof v !== 'object' || Array.isArray(v)) throw new Corrupt(`${what} is not a JSON object`);
  return v as Record<string, unknown>;
}

function checkHeader(h: Record<string, unknown>): StreamHeader {
  if (h.format !== FORMAT_NAME) throw new Corrupt(`header format is '${String(h.format)}', expected '${FORMAT_NAME}'`);
  if (typeof h.version !== 'number' || h.version > FORMAT_VERSION) {
    throw new Corrupt(`format version ${String(h.version)} is newer than this reader (${FORMAT_VERSION}); upgrade bakup`);
  }
  if (h.mode !== 'dump' && h.mode !== 'portable') throw new Corrupt(`header mode '${String(h.mode)}' is neither 'dump' nor 'portable'`);
  if (!Array.isArray(h.databases) || !h.databases.every((d) => Number.isInteger(d) && d >= 0)) throw new Corrupt('header databases is not a list of database numbers');
  if (!h.server || typeof h.server !== 'object') throw new Corrupt('header has no server section');
  return h as unknown as StreamHeader;
}

/**
 * Reads and validates a record stream as it arrives: the magic, every frame's
 * CRC, the structure (header first, portable keys complete, trailer last with
 * counts that match) and truncation. Any defect is a VerificationError naming
 * `what` and the byte offset; memory holds one frame at a time.
 */
export async function* readRedisRecords(source: AsyncIterable<Buffer | string>, what: string): AsyncGenerator<RedisRecord, StreamTrailer, void> {
  let buf: Buffer = Buffer.alloc(0);
  let pos = 0;
  let base = 0; // stream offset of buf[0]
  let pending: Buffer[] = [];
  let pendingLen = 0;
  let need = MAGIC.length;
  let sawMagic = false;
  let header: StreamHeader | undefined;
  let dbs = new Set<number>();
  let trailer: StreamTrailer | undefined;
  let open: { rec: KeyRecord; count: number; allowed: readonly number[] } | undefined;
  let keys = 0;
  const perDb = new Map<number, number>();

  const fail = (msg: string, at: number): never => {
    throw new VerificationError(`${what}: corrupt Redis record stream at byte ${at}: ${msg}`);
  };

  const handle = (tag: number, body: Buffer, at: number): RedisRecord => {
    if (trailer) fail('data after the trailer', at);
    if (!header && tag !== Tag.HEADER) fail(`first record has tag 0x${tag.toString(16)}, expected the header`, at);
    switch (tag) {
      case Tag.HEADER: {
        if (header) fail('a second header', at);
        header = checkHeader(decodeJson(body, 'header'));
        dbs = new Set(header.databases);
        return { tag, header };
      }
      case Tag.DUMP: {
        if (header!.mode !== 'dump') fail('a DUMP record in a portable stream', at);
        const r = new BodyReader(body);
        const db = r.u32();
        const expireAt = r.i64();
        const keyLen = r.u32();
        if (16 + keyLen > body.length) fail(`key length ${keyLen} exceeds the record`, at);
        const key = body.subarray(16, 16 + keyLen);
        const payload = body.subarray(16 + keyLen);
        // A DUMP payload ends with a 2-byte RDB version and an 8-byte CRC-64.
        if (payload.length < 11) fail(`DUMP payload of ${payload.length} bytes is too short`, at);
        if (!dbs.has(db)) fail(`key in database ${db}, which the header does not list`, at);
        keys++;
        perDb.set(db, (perDb.get(db) ?? 0) + 1);
        return { tag, db, expireAt, key, payload };
      }
      case Tag.KEY: {
        if (header!.mode !== 'portable') fail('a portable key record in a DUMP stream', at);
        if (open) fail('a key begins before the previous one ended', at);
        const r = new BodyReader(body);
        const db = r.u32();
        const expireAt = r.i64();
        const t = r.u8();
        const type = PORTABLE_TYPE_NAMES[t];
        if (!type) fail(`unknown value type ${t}`, at);
        const key = r.bytes();
        r.done();
        if (!dbs.has(db)) fail(`key in database ${db}, which the header does not list`, at);
        const rec: KeyRecord = { tag, db, expireAt, type: type!, key };
        open = { rec, count: 0, allowed: CHUNKS_OF[type!] };
        return rec;
      }
      case Tag.CHUNK: {
        if (!open) fail('a value chunk outside a key', at);
        const chunk = decodeChunk(body);
        if (!open!.allowed.includes(chunk.kind)) fail(`chunk kind ${chunk.kind} in a ${open!.rec.type}`, at);
        open!.count += chunkCount(chunk);
        return { tag, chunk };
      }
      case Tag.END: {
        if (!open) fail('a key end without a key', at);
        const r = new BodyReader(body);
        const n = r.i64();
        r.done();
        if (n !== open!.count) fail(`key ends with count ${n} but its chunks hold ${open!.count}`, at);
        keys++;
        perDb.set(open!.rec.db, (perDb.get(open!.rec.db) ?? 0) + 1);
        open = undefined;
        return { tag, count: n };
      }
      case Tag.TRAILER: {
        if (open) fail('the trailer arrives inside a key', at);
        const t = decodeJson(body, 'trailer') as unknown as StreamTrailer;
        if (t.keys !== keys) fail(`the trailer counts ${t.keys} keys but the stream holds ${keys}`, at);
        for (const [db, n] of perDb) {
          if (t.perDb?.[String(db)] !== n) fail(`the trailer counts ${t.perDb?.[String(db)] ?? 0} keys in database ${db} but the stream holds ${n}`, at);
        }
        trailer = t;
        return { tag, trailer: t };
      }
      default:
        return fail(`unknown record tag 0x${tag.toString(16)}`, at);
    }
  };

  for await (const raw of source) {
    const chunk = typeof raw === 'string' ? Buffer.from(raw) : raw;
    if (chunk.length === 0) continue;
    pending.push(chunk);
    pendingLen += chunk.length;
    if (buf.length - pos + pendingLen < need) continue;
    base += pos;
    buf = pending.length === 1 && pos === buf.length ? pending[0]! : Buffer.concat([buf.subarray(pos), ...pending]);
    pos = 0;
    pending = [];
    pendingLen = 0;

    if (!sawMagic) {
      if (!buf.subarray(0, MAGIC.length).equals(MAGIC)) fail('not a bakup Redis record stream (bad magic)', 0);
      pos = MAGIC.length;
      sawMagic = true;
    }
    for (;;) {
      const avail = buf.length - pos;
      if (avail < FRAME_HEAD) {
        need = FRAME_HEAD;
        break;
      }
      const len = buf.readUInt32LE(pos + 1);
      const total = FRAME_HEAD + len + FRAME_TAIL;
      if (avail < total) {
        need = total;
        break;
      }
      const at = base + pos;
      const end = pos + FRAME_HEAD + len;
      const crc = buf.readUInt32LE(end);
      if (zlib.crc32(buf.subarray(pos, end)) !== crc) fail(`CRC mismatch in a ${len}-byte record`, at);
      const tag = buf[pos]!;
      const body = buf.subarray(pos + FRAME_HEAD, end);
      pos = end + FRAME_TAIL;
      let rec: RedisRecord;
      try {
        rec = handle(tag, body, at);
      } catch (err) {
        if (err instanceof Corrupt) fail(err.message, at);
        throw err;
      }
      yield rec!;
    }
  }
  const leftover = buf.length - pos + pendingLen;
  const end = base + buf.length + pendingLen;
  if (!sawMagic) fail(end === 0 ? 'empty stream' : 'stream too short for the magic', 0);
  if (leftover > 0) fail(`stream ends inside a record (${leftover} bytes of an incomplete frame)`, end - leftover);
  if (!header) fail('stream ends before the header', end);
  if (!trailer) fail('stream ends without its trailer (truncated)', end);
  return trailer!;
}
