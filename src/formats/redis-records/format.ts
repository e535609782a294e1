import * as zlib from 'node:zlib';

/**
 * The bakup Redis record stream (SPEC.md beside this file): a magic, then
 * frames `tag u8 | length u32le | body | crc32 u32le`, the CRC-32 (zlib) covering
 * tag, length and body. Every number is little-endian; keys and values are
 * length-prefixed bytes, so any binary content survives.
 */
export const MAGIC = Buffer.from([0x89, 0x42, 0x52, 0x52, 0x0d, 0x0a, 0x1a, 0x0a]); // \x89 B R R \r \n \x1a \n
export const FORMAT_NAME = 'bakup/redis-records';
export const FORMAT_VERSION = 1;
/** Frame overhead: tag + length before the body, CRC after it. */
export const FRAME_HEAD = 5;
export const FRAME_TAIL = 4;
export const MAX_BODY = 0xffff_ffff;

export const Tag = {
  HEADER: 0x48, // 'H'
  DUMP: 0x44, // 'D'
  KEY: 0x4b, // 'K' portable key begins
  CHUNK: 0x43, // 'C' portable key content
  END: 0x45, // 'E' portable key ends
  TRAILER: 0x54, // 'T'
} as const;

/** Portable value types, as Redis' TYPE names them. */
export const PortableType = { string: 1, list: 2, set: 3, zset: 4, hash: 5, stream: 6 } as const;
export type PortableTypeName = keyof typeof PortableType;
export const PORTABLE_TYPE_NAMES: Record<number, PortableTypeName> = Object.fromEntries(
  Object.entries(PortableType).map(([k, v]) => [v, k as PortableTypeName]),
);

/** What a portable CHUNK carries. */
export const ChunkKind = {
  STRING_PART: 1,
  ELEMENTS: 2,
  PAIRS: 3,
  SCORED: 4,
  STREAM_ENTRIES: 5,
  STREAM_META: 6,
  STREAM_GROUP: 7,
  STREAM_CONSUMERS: 8,
  STREAM_PENDING: 9,
} as const;

export type RecordMode = 'dump' | 'portable';

export interface StreamHeader {
  format: typeof FORMAT_NAME;
  version: number;
  mode: RecordMode;
  createdAt: string;
  server: { name: string; version: string; rdbVersion: number | null; mode: 'standalone' | 'cluster'; nodes?: number };
  /** The databases this stream covers (all of them, or the ones asked). */
  databases: number[];
  /** INFO keyspace when the scan started: an estimate, since SCAN is not point-in-time. */
  keyspace: Record<string, { keys: number; expires: number }>;
  filters?: { include?: string[]; exclude?: string[] };
  pointInTime: false;
}

export interface StreamTrailer {
  keys: number;
  perDb: Record<string, number>;
  /** Keys SCAN returned that had vanished (deleted or expired) before they were read. */
  vanished: number;
}

/** `expireAt` is absolute Unix time in milliseconds; -1 means the key does not expire. */
export interface DumpRecord {
  tag: typeof Tag.DUMP;
  db: number;
  expireAt: number;
  key: Buffer;
  payload: Buffer;
}

export interface KeyRecord {
  tag: typeof Tag.KEY;
  db: number;
  expireAt: number;
  type: PortableTypeName;
  key: Buffer;
}

export interface StreamEntry {
  id: string;
  fields: Buffer[];
}
export interface StreamMeta {
  lastId: string;
  length: number;
  /** -1 when the server does not report it (Redis < 7). */
  entriesAdded: number;
  maxDeletedId: string | null;
}
export interface StreamGroup {
  name: Buffer;
  lastDeliveredId: string;
  /** -1 when unknown. */
  entriesRead: number;
}
export interface StreamConsumer {
  name: Buffer;
  /** Absolute ms of the consumer's last interaction; -1 when unknown. */
  seenTime: number;
}
export interface StreamPending {
  id: string;
  consumer: Buffer;
  deliveryTime: number;
  deliveryCount: number;
}

export type Chunk =
  | { kind: typeof ChunkKind.STRING_PART; data: Buffer }
  | { kind: typeof ChunkKind.ELEMENTS; items: Buffer[] }
  | { kind: typeof ChunkKind.PAIRS; items: Buffer[] } // field, value, field, value…
  | { kind: typeof ChunkKind.SCORED; members: Buffer[]; scores: number[] }
  | { kind: typeof ChunkKind.STREAM_ENTRIES; entries: StreamEntry[] }
  | { kind: typeof ChunkKind.STREAM_META; meta: StreamMeta }
  | { kind: typeof ChunkKind.STREAM_GROUP; group: StreamGroup }
  | { kind: typeof ChunkKind.STREAM_CONSUMERS; consumers: StreamConsumer[] }
  | { kind: typeof ChunkKind.STREAM_PENDING; pending: StreamPending[] };

export interface ChunkRecord {
  tag: typeof Tag.CHUNK;
  chunk: Chunk;
}

/** `count`: bytes for a string, elements/pairs for collections, entries for a stream. */
export interface EndRecord {
  tag: typeof Tag.END;
  count: number;
}

export type RedisRecord =
  | { tag: typeof Tag.HEADER; header: StreamHeader }
  | DumpRecord
  | KeyRecord
  | ChunkRecord
  | EndRecord
  | { tag: typeof Tag.TRAILER; trailer: StreamTrailer };

// ---------------------------------------------------------------- int64 without BigInt
// Expiry times and counts are safe integers; writing them as two 32-bit halves
// avoids a BigInt per record on the hot path.

export function writeI64(buf: Buffer, n: number, off: number): number {
  const lo = n >>> 0;
  const hi = Math.floor(n / 0x1_0000_0000);
  buf.writeUInt32LE(lo, off);
  buf.writeInt32LE(hi, off + 4);
  return off + 8;
}

export function readI64(buf: Buffer, off: number): number {
  const lo = buf.readUInt32LE(off);
  const hi = buf.readInt32LE(off + 4);
  return hi * 0x1_0000_0000 + lo;
}

// ---------------------------------------------------------------- encoding

/** Writes a frame around a body already placed at `out[start + FRAME_HEAD …]`; returns the end offset. */
function sealFrame(out: Buffer, start: number, tag: number, bodyLen: number): number {
  out[start] = tag;
  out.writeUInt32LE(bodyLen, start + 1);
  const end = start + FRAME_HEAD + bodyLen;
  out.writeUInt32LE(zlib.crc32(out.subarray(start, end)), end);
  return end + FRAME_TAIL;
}

export function frameSize(bodyLen: number): number {
  return FRAME_HEAD + bodyLen + FRAME_TAIL;
}

export function dumpFrameSize(key: Buffer, payload: Buffer): number {
  return frameSize(16 + key.length + payload.length);
}

/** Encodes a DUMP record into `out` at `off` (sized with dumpFrameSize); returns the end offset. */
export function writeDumpFrame(out: Buffer, off: number, db: number, expireAt: number, key: Buffer, payload: Buffer): number {
  const bodyLen = 16 + key.length + payload.length;
  let p = off + FRAME_HEAD;
  out.writeUInt32LE(db, p);
  writeI64(out, expireAt, p + 4);
  out.writeUInt32LE(key.length, p + 12);
  p += 16;
  p += key.copy(out, p);
  payload.copy(out, p);
  return sealFrame(out, off, Tag.DUMP, bodyLen);
}

export function encodeDump(db: number, expireAt: number, key: Buffer, payload: Buffer): Buffer {
  const out = Buffer.allocUnsafe(dumpFrameSize(key, payload));
  writeDumpFrame(out, 0, db, expireAt, key, payload);
  return out;
}

/** A small growable writer for bodies whose size is not known in advance. */
class BodyWriter {
  buf: Buffer;
  pos = FRAME_HEAD;
  constructor(hint: number) {
    this.buf = Buffer.allocUnsafe(Math.max(64, hint + FRAME_HEAD + FRAME_TAIL));
  }
  private ensure(n: number): void {
    if (this.pos + n + FRAME_TAIL <= this.buf.length) return;
    const next = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.pos + n + FRAME_TAIL));
    this.buf.copy(next, 0, 0, this.pos);
    this.buf = next;
  }
  u8(n: number): void {
    this.ensure(1);
    this.buf[this.pos++] = n;
  }
  u32(n: number): void {
    this.ensure(4);
    this.buf.writeUInt32LE(n, this.pos);
    this.pos += 4;
  }
  i64(n: number): void {
    this.ensure(8);
    writeI64(this.buf, n, this.pos);
    this.pos += 8;
  }
  f64(n: number): void {
    this.ensure(8);
    this.buf.writeDoubleLE(n, this.pos);
    this.pos += 8;
  }
  bytes(b: Buffer): void {
    this.ensure(4 + b.length);
    this.buf.writeUInt32LE(b.length, this.pos);
    this.pos += 4;
    this.pos += b.copy(this.buf, this.pos);
  }
  raw(b: Buffer): void {
    this.ensure(b.length);
    this.pos += b.copy(this.buf, this.pos);
  }
  text(s: string): void {
    this.bytes(Buffer.from(s, 'latin1'));
  }
  seal(tag: number): Buffer {
    const bodyLen = this.pos - FRAME_HEAD;
    if (bodyLen > MAX_BODY) throw new RangeError(`record body of ${bodyLen} bytes exceeds the format's 4 GiB limit`);
    const end = sealFrame(this.buf, 0, tag, bodyLen);
    return this.buf.subarray(0, end);
  }
}

function jsonFrame(tag: number, value: unknown): Buffer {
  const body = Buffer.from(JSON.stringify(value), 'utf8');
  const w = new BodyWriter(body.length);
  w.raw(body);
  return w.seal(tag);
}

export function encodeHeader(h: StreamHeader): Buffer {
  return jsonFrame(Tag.HEADER, h);
}

export function encodeTrailer(t: StreamTrailer): Buffer {
  return jsonFrame(Tag.TRAILER, t);
}

export function encodeKey(db: number, expireAt: number, type: PortableTypeName, key: Buffer): Buffer {
  const w = new BodyWriter(17 + key.length);
  w.u32(db);
  w.i64(expireAt);
  w.u8(PortableType[type]);
  w.bytes(key);
  return w.seal(Tag.KEY);
}

export function encodeEnd(count: number): Buffer {
  const w = new BodyWriter(8);
  w.i64(count);
  return w.seal(Tag.END);
}

/** Stream IDs stay text (`ms-seq`): both halves are unsigned 64-bit, beyond a double's exact range. */
export function encodeChunk(chunk: Chunk): Buffer {
  const w = new BodyWriter(256);
  w.u8(chunk.kind);
  switch (chunk.kind) {
    case ChunkKind.STRING_PART:
      w.u32(1);
      w.raw(chunk.data);
      break;
    case ChunkKind.ELEMENTS:
      w.u32(chunk.items.length);
      for (const it of chunk.items) w.bytes(it);
      break;
    case ChunkKind.PAIRS:
      if (chunk.items.length % 2) throw new RangeError('PAIRS chunk needs an even number of items');
      w.u32(chunk.items.length / 2);
      for (const it of chunk.items) w.bytes(it);
      break;
    case ChunkKind.SCORED:
      w.u32(chunk.members.length);
      for (let i = 0; i < chunk.members.length; i++) {
        w.f64(chunk.scores[i]!);
        w.bytes(chunk.members[i]!);
      }
      break;
    case ChunkKind.STREAM_ENTRIES:
      w.u32(chunk.entries.length);
      for (const e of chunk.entries) {
        w.text(e.id);
        w.u32(e.fields.length);
        for (const f of e.fields) w.bytes(f);
      }
      break;
    case ChunkKind.STREAM_META:
      w.u32(1);
      w.text(chunk.meta.lastId);
      w.i64(chunk.meta.length);
      w.i64(chunk.meta.entriesAdded);
      w.text(chunk.meta.maxDeletedId ?? '');
      break;
    case ChunkKind.STREAM_GROUP:
      w.u32(1);
      w.bytes(chunk.group.name);
      w.text(chunk.group.lastDeliveredId);
      w.i64(chunk.group.entriesRead);
      break;
    case ChunkKind.STREAM_CONSUMERS:
      w.u32(chunk.consumers.length);
      for (const c of chunk.consumers) {
        w.bytes(c.name);
        w.i64(c.seenTime);
      }
      break;
    case ChunkKind.STREAM_PENDING:
      w.u32(chunk.pending.length);
      for (const p of chunk.pending) {
        w.text(p.id);
        w.bytes(p.consumer);
        w.i64(p.deliveryTime);
        w.i64(p.deliveryCount);
      }
      break;
  }
  return w.seal(Tag.CHUNK);
}

/** How many units a chunk adds to its key's END count. */
export function chunkCount(chunk: Chunk): number {
  switch (chunk.kind) {
    case ChunkKind.STRING_PART:
      return chunk.data.length;
    case ChunkKind.ELEMENTS:
      return chunk.items.length;
    case ChunkKind.PAIRS:
      return chunk.items.length / 2;
    case ChunkKind.SCORED:
      return chunk.members.length;
    case ChunkKind.STREAM_ENTRIES:
      return chunk.entries.length;
    default:
      return 0;
  }
}

/** The chunk kinds each portable type may carry. */
export const CHUNKS_OF: Record<PortableTypeName, readonly number[]> = {
  string: [ChunkKind.STRING_PART],
  list: [ChunkKind.ELEMENTS],
  set: [ChunkKind.ELEMENTS],
  zset: [ChunkKind.SCORED],
  hash: [ChunkKind.PAIRS],
  stream: [ChunkKind.STREAM_ENTRIES, ChunkKind.STREAM_META, ChunkKind.STREAM_GROUP, ChunkKind.STREAM_CONSUMERS, ChunkKind.STREAM_PENDING],
};
