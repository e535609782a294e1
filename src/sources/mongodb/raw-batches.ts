import type { AbstractCursor } from 'mongodb';

/**
 * Documents per cursor batch, for every cursor bakup reads raw (dump, oplog capture, oplog slices). Left to the
 * server, a batch is up to 16 MiB (MongoDB) or a whole collection (mongo-java-server answers a find or getMore
 * without batchSize with every remaining document: 2.5 GiB RSS for a 1 GiB backup, bench/README.md).
 */
export const CURSOR_BATCH = 1000;

/** One cursor batch as the server sent it: the documents lie in `bytes`, each starting at one of `starts`. */
export interface RawBatch {
  /** The reply (or, without the driver internals, a copy) holding the documents; do not keep it past the batch. */
  bytes: Buffer;
  /** Offsets of the documents in `bytes`, in cursor order; a document's length is its first int32. */
  starts: number[];
}

/** The length of the BSON document at `at`. */
export function docLength(bytes: Uint8Array, at: number): number {
  return (bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24)) >>> 0;
}

/** Views of a batch's documents, for the few callers that decode them (oplog entries). */
export function* batchDocuments(batch: RawBatch): Generator<Buffer> {
  for (const s of batch.starts) yield batch.bytes.subarray(s, s + docLength(batch.bytes, s));
}

/** What the driver keeps of the current reply (a CursorResponse): checked at run time, it is not public API. */
interface BufferedReply {
  bson: Uint8Array;
  offset: number;
  iterated: number;
}

/** The cursor's buffered reply, if it is one whose documents have not been read yet. */
function bufferedReply(cursor: AbstractCursor): BufferedReply | undefined {
  const r = (cursor as unknown as { documents?: Partial<BufferedReply> | null }).documents;
  if (!r || !(r.bson instanceof Uint8Array) || typeof r.offset !== 'number' || r.iterated !== 0) return undefined;
  return r as BufferedReply;
}

/**
 * The batches of a cursor opened with `raw: true`, as the bytes the server
 * sent, until the cursor is exhausted; the cursor is closed when the
 * generator ends (or is left). The driver's own iteration
 * (`readBufferedDocuments`) builds several objects per document (a view, a
 * lazily parsed document and its element index, cached by the batch), and
 * those objects outlive young-generation collections while a batch waits for
 * the archive: V8 then grows its young generation to 2 × 64 MiB (peak RSS
 * 300+ MiB for a dump, bench/README.md). Here a batch costs one array of
 * offsets. The driver still fetches the batches (sessions, server pinning,
 * getMore, killCursors); only the buffered reply is read directly, and a
 * driver version that keeps it differently falls back to its public iteration.
 */
export async function* rawBatches(cursor: AbstractCursor, signal?: AbortSignal): AsyncGenerator<RawBatch, void, void> {
  try {
    while (await cursor.hasNext()) {
      signal?.throwIfAborted();
      const reply = bufferedReply(cursor);
      let batch: RawBatch | undefined;
      if (reply) {
        const bytes = Buffer.from(reply.bson.buffer, reply.bson.byteOffset, reply.bson.byteLength);
        const starts = batchStarts(bytes, reply.offset);
        if (starts) {
          // The whole batch is taken. `null` is the driver's own "nothing buffered" (a new cursor starts so): the
          // next hasNext() fetches the next batch, and the reply and the driver's index of it are garbage once
          // this batch is written, not only when the next one arrives.
          (cursor as unknown as { documents: null }).documents = null;
          batch = { bytes, starts };
        }
      }
      if (!batch) {
        const docs = cursor.readBufferedDocuments() as unknown as Uint8Array[];
        const starts: number[] = [];
        let at = 0;
        for (const d of docs) {
          starts.push(at);
          at += d.byteLength;
        }
        batch = { bytes: Buffer.concat(docs, at), starts };
      }
      yield batch;
      batch = undefined; // not kept while the next batch is fetched
    }
  } finally {
    await cursor.close().catch(() => undefined);
  }
}

/**
 * Where the documents of a cursor reply (`{cursor: {firstBatch | nextBatch: [...], id, ns}, ok}`) starting at
 * `at` in `bytes` lie; undefined when the reply is not shaped so (the caller then uses the driver's iteration).
 */
export function batchStarts(bytes: Uint8Array, at: number): number[] | undefined {
  const cursor = findElement(bytes, at, 'cursor', 0x03);
  if (cursor === undefined) return undefined;
  const arr = findElement(bytes, cursor, 'firstBatch', 0x04) ?? findElement(bytes, cursor, 'nextBatch', 0x04);
  if (arr === undefined) return undefined;
  const end = arr + docLength(bytes, arr) - 1;
  const starts: number[] = [];
  let p = arr + 4;
  while (p < end) {
    if (bytes[p] !== 0x03) return undefined; // every element of a batch is a document
    p = skipCString(bytes, p + 1);
    if (p < 0 || p + 5 > end) return undefined;
    const len = docLength(bytes, p);
    if (len < 5 || p + len > end || bytes[p + len - 1] !== 0) return undefined;
    starts.push(p);
    p += len;
  }
  return p === end && bytes[end] === 0 ? starts : undefined;
}

/** The offset of the value of top-level element `name` (of BSON type `type`) of the document at `at`. */
function findElement(bytes: Uint8Array, at: number, name: string, type: number): number | undefined {
  const len = docLength(bytes, at);
  if (len < 5 || at + len > bytes.length) return undefined;
  const end = at + len - 1;
  let p = at + 4;
  while (p < end) {
    const t = bytes[p]!;
    const nameAt = p + 1;
    const valueAt = skipCString(bytes, nameAt);
    if (valueAt < 0 || valueAt > end) return undefined;
    if (t === type && valueAt - nameAt - 1 === name.length && sameAscii(bytes, nameAt, name)) return valueAt;
    const next = skipValue(bytes, t, valueAt);
    if (next < 0) return undefined;
    p = next;
  }
  return undefined;
}

function sameAscii(bytes: Uint8Array, at: number, name: string): boolean {
  for (let i = 0; i < name.length; i++) if (bytes[at + i] !== name.charCodeAt(i)) return false;
  return true;
}

/** The offset after the NUL that ends the C string at `at`, or -1. */
function skipCString(bytes: Uint8Array, at: number): number {
  const nul = bytes.indexOf(0, at);
  return nul < 0 ? -1 : nul + 1;
}

/** The offset after a value of BSON type `t` at `at`, or -1 for an unknown type. */
function skipValue(bytes: Uint8Array, t: number, at: number): number {
  switch (t) {
    case 0x01: // double
    case 0x09: // date
    case 0x11: // timestamp
    case 0x12: // int64
      return at + 8;
    case 0x02: // string
    case 0x0d: // JavaScript
    case 0x0e: // symbol
      return at + 4 + docLength(bytes, at);
    case 0x03: // document
    case 0x04: // array
    case 0x0f: // code with scope
      return at + docLength(bytes, at);
    case 0x05: // binary
      return at + 5 + docLength(bytes, at);
    case 0x06: // undefined
    case 0x0a: // null
    case 0x7f: // max key
    case 0xff: // min key
      return at;
    case 0x07: // ObjectId
      return at + 12;
    case 0x08: // bool
      return at + 1;
    case 0x0b: {
      // regex: pattern and options
      const p = skipCString(bytes, at);
      return p < 0 ? -1 : skipCString(bytes, p);
    }
    case 0x0c: // DBPointer
      return at + 4 + docLength(bytes, at) + 12;
    case 0x10: // int32
      return at + 4;
    case 0x13: // decimal128
      return at + 16;
    default:
      return -1;
  }
}
