import { describe, expect, it } from '@jest/globals';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { Long, ObjectId, deserialize, serialize } from 'bson';
import { VerificationError } from '../../src/errors.js';
import { Crc64, crc64, crcFromInt64, crcToInt64 } from '../../src/formats/mongo-archive/crc64.js';
import { checkBsonDocument } from '../../src/formats/mongo-archive/bson-check.js';
import { encodeNamespaceHeader, MAGIC, TERMINATOR, type NamespaceMetadata } from '../../src/formats/mongo-archive/format.js';
import { MongoArchiveReader, verifyArchive, type ArchiveEvent } from '../../src/formats/mongo-archive/reader.js';
import { MongoArchiveWriter } from '../../src/formats/mongo-archive/writer.js';

function meta(db: string, collection: string): NamespaceMetadata {
  return { db, collection, metadata: JSON.stringify({ indexes: [], collectionName: collection, type: 'collection' }), size: 0, type: 'collection' };
}

function doc(i: number, pad = 0): Buffer {
  return Buffer.from(serialize({ _id: i, s: 'x'.repeat(pad), n: Long.fromNumber(i * 3) }));
}

async function collect(stream: Readable): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const c of stream) parts.push(c as Buffer);
  return Buffer.concat(parts);
}

/** Builds an archive from `data` (namespace → documents), writing the namespaces concurrently. */
async function build(data: Record<string, Buffer[]>, segmentBytes = 64): Promise<Buffer> {
  const names = Object.keys(data);
  const w = new MongoArchiveWriter({
    header: { serverVersion: '7.0.0', toolVersion: 'test', concurrentCollections: names.length },
    namespaces: names.map((k) => meta(k.split('.')[0]!, k.slice(k.indexOf('.') + 1))),
    segmentBytes,
    highWaterMark: 256,
  });
  const out = collect(w.stream);
  await Promise.all(
    names.map(async (k) => {
      const nw = w.namespace(k.split('.')[0]!, k.slice(k.indexOf('.') + 1));
      for (const d of data[k]!) {
        await nw.write(d);
        // Yield to the event loop so producers really take turns.
        await new Promise((r) => setImmediate(r));
      }
      await nw.end();
    }),
  );
  w.finish();
  return out;
}

async function readAll(bytes: Buffer, chunk = 7, opts: { validateDocuments?: boolean } = {}) {
  const chunks: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += chunk) chunks.push(bytes.subarray(i, i + chunk));
  const reader = new MongoArchiveReader(Readable.from(chunks), { name: 'test.archive', ...opts });
  const prelude = await reader.readPrelude();
  const events: ArchiveEvent[] = [];
  const gen = reader.events();
  for (;;) {
    const r = await gen.next();
    if (r.done) return { prelude, events, summary: r.value };
    events.push(r.value);
  }
}

function docsOf(events: ArchiveEvent[], key: string): Buffer[] {
  return events.flatMap((e) => (e.type === 'documents' && e.key === key ? e.docs : []));
}

async function expectVerificationError(bytes: Buffer, pattern: RegExp, chunk = 7): Promise<void> {
  let caught: unknown;
  try {
    await readAll(bytes, chunk);
  } catch (err) {
    caught = err;
  }
  expect(caught).toBeInstanceOf(VerificationError);
  expect((caught as Error).message).toMatch(pattern);
}

describe('CRC-64/ECMA (Go hash/crc64)', () => {
  it('has the catalogue check value', () => {
    expect(crc64(Buffer.from('123456789'))).toBe(0x995dc9bbdf1939fan);
    expect(crc64(Buffer.alloc(0))).toBe(0n);
  });
  it('gives the same value however the input is split', () => {
    const data = Buffer.alloc(10_007);
    for (let i = 0; i < data.length; i++) data[i] = (i * 131 + 7) & 0xff;
    const whole = crc64(data);
    for (const step of [1, 3, 8, 13, 4096]) {
      const c = new Crc64();
      for (let i = 0; i < data.length; i += step) c.update(data.subarray(i, i + step));
      expect(c.digest()).toBe(whole);
    }
  });
  it('equals the bit-by-bit definition at every alignment and length (the int32 word path and its byte edges)', () => {
    // CRC-64/XZ from its definition: reflected ECMA polynomial, register all ones in and out.
    const reference = (bytes: Uint8Array): bigint => {
      let reg = 0xffffffffffffffffn;
      for (const byte of bytes) {
        reg ^= BigInt(byte);
        for (let k = 0; k < 8; k++) reg = reg & 1n ? (reg >> 1n) ^ 0xc96c5795d7870f42n : reg >> 1n;
      }
      return reg ^ 0xffffffffffffffffn;
    };
    const backing = Buffer.alloc(1100);
    for (let i = 0; i < backing.length; i++) backing[i] = (i * 197 + 11) & 0xff;
    for (const offset of [0, 1, 2, 3, 4, 5, 6, 7]) {
      for (const length of [0, 7, 63, 64, 65, 71, 72, 1000, 1091]) {
        const view = backing.subarray(offset, offset + length);
        const want = reference(view);
        expect(crc64(view)).toBe(want);
        // A range of a larger buffer starting off a word boundary, as the archive reader passes its chunks.
        const c = new Crc64().update(backing, offset, offset + length);
        expect(c.digest()).toBe(want);
      }
    }
  });
  it('round-trips through the signed int64 BSON stores', () => {
    const big = 0xfedcba9876543210n;
    expect(crcToInt64(big) < 0n).toBe(true);
    expect(crcFromInt64(crcToInt64(big))).toBe(big);
  });
});

describe('mongodump archive writer + reader', () => {
  it('round-trips several namespaces written in parallel, interleaved in segments', async () => {
    const data: Record<string, Buffer[]> = {
      'db1.a': Array.from({ length: 40 }, (_, i) => doc(i, i % 5)),
      'db1.b': Array.from({ length: 25 }, (_, i) => doc(1000 + i, 30)),
      'db2.ünï.cödé': Array.from({ length: 10 }, (_, i) => doc(i)),
    };
    const bytes = await build(data);
    expect(bytes.subarray(0, 4)).toEqual(MAGIC);
    const { prelude, events, summary } = await readAll(bytes);
    expect(prelude.header).toEqual({ concurrentCollections: 3, version: '0.1', serverVersion: '7.0.0', toolVersion: 'test' });
    expect(prelude.namespaces.map((n) => `${n.db}.${n.collection}`)).toEqual(Object.keys(data));
    for (const [k, docs] of Object.entries(data)) {
      expect(docsOf(events, k)).toEqual(docs);
      const s = summary.namespaces.find((n) => `${n.db}.${n.collection}` === k)!;
      expect(s.count).toBe(docs.length);
      expect(s.crc).toBe(crc64(Buffer.concat(docs)));
    }
    // Interleaving: the documents of a namespace arrive in more than one run.
    const order = events.filter((e) => e.type === 'documents').map((e) => e.key);
    const runs = order.filter((k, i) => i === 0 || order[i - 1] !== k).length;
    expect(runs).toBeGreaterThan(3);
    expect(summary.size).toBe(bytes.length);
  });

  it('writes an empty namespace as header, terminator, EOF — as mongodump does', async () => {
    const bytes = await build({ 'd.empty': [] });
    const preludeEnd = bytes.indexOf(TERMINATOR) + 4;
    const body = bytes.subarray(preludeEnd);
    const hdr = encodeNamespaceHeader('d', 'empty', false, 0n);
    const eof = encodeNamespaceHeader('d', 'empty', true, 0n);
    expect(body).toEqual(Buffer.concat([hdr, TERMINATOR, eof, TERMINATOR]));
    const { summary } = await readAll(bytes);
    expect(summary.namespaces).toEqual([{ db: 'd', collection: 'empty', count: 0, bytes: 0, crc: 0n }]);
  });

  it('stores the CRC in the EOF header as a signed int64', async () => {
    const docs = Array.from({ length: 50 }, (_, i) => doc(i, 3));
    const bytes = await build({ 'x.y': docs }, 1 << 20);
    const want = crc64(Buffer.concat(docs));
    const eofAt = bytes.lastIndexOf(encodeNamespaceHeader('x', 'y', true, want));
    expect(eofAt).toBeGreaterThan(0);
    const eofDoc = deserialize(bytes.subarray(eofAt, eofAt + bytes.readInt32LE(eofAt)), { useBigInt64: true });
    expect(eofDoc).toEqual({ db: 'x', collection: 'y', EOF: true, CRC: crcToInt64(want) });
  });

  it('holds writers back while the consumer does not read', async () => {
    const w = new MongoArchiveWriter({ header: { serverVersion: '7.0.0', toolVersion: 't' }, namespaces: [meta('d', 'c')], segmentBytes: 1000, highWaterMark: 4096 });
    const nw = w.namespace('d', 'c');
    let written = 0;
    let pending: Promise<void> | undefined;
    for (let i = 0; i < 10_000 && !pending; i++) {
      pending = nw.write(doc(i, 100));
      written++;
    }
    const blocked = pending !== undefined;
    expect(blocked).toBe(true);
    expect(written).toBeLessThan(100);
    expect(w.stream.readableLength).toBeLessThan(4096 + 2000);
    // Reading releases the writer.
    w.stream.read();
    await pending;
    // Aborting fails the stream and any writer still waiting.
    w.stream.on('error', () => undefined);
    let next: Promise<void> | undefined;
    while (!next) next = nw.write(doc(0, 100));
    w.abort(new Error('stop'));
    await expect(next).rejects.toThrow('stop');
  });

  it('refuses to finish while a prelude namespace has not reached EOF', async () => {
    const w = new MongoArchiveWriter({ header: { serverVersion: '7.0.0', toolVersion: 't' }, namespaces: [meta('d', 'a'), meta('d', 'b')] });
    await w.namespace('d', 'a').end();
    expect(() => w.finish()).toThrow(/d\.b/);
  });

  it('rejects documents whose length prefix does not match', () => {
    const w = new MongoArchiveWriter({ header: { serverVersion: '7.0.0', toolVersion: 't' }, namespaces: [meta('d', 'a')] });
    const bad = Buffer.from(doc(1));
    bad.writeInt32LE(bad.length + 1, 0);
    expect(() => w.namespace('d', 'a').write(bad)).toThrow(/well-formed/);
  });
  it('copies documents out of the caller\'s buffer (writeFrom): the same archive, the buffer free at once', async () => {
    const docs = Array.from({ length: 50 }, (_, i) => doc(i, i * 7));
    const want = await build({ 'd.c': docs }, 300);
    const w = new MongoArchiveWriter({ header: { serverVersion: '7.0.0', toolVersion: 'test', concurrentCollections: 1 }, namespaces: [meta('d', 'c')], segmentBytes: 300 });
    const out = collect(w.stream);
    const nw = w.namespace('d', 'c');
    // Like a cursor reply: documents at offsets inside one buffer, which the caller reuses for the next batch.
    const reply = Buffer.alloc(4096);
    for (let i = 0; i < docs.length; i += 5) {
      let at = 11;
      const starts: number[] = [];
      for (const d of docs.slice(i, i + 5)) {
        d.copy(reply, at);
        starts.push(at);
        at += d.length + 3;
      }
      for (const s of starts) await nw.writeFrom(reply, s);
      reply.fill(0xee);
    }
    await nw.end();
    w.finish();
    expect(await out).toEqual(want);
    expect((await readAll(want)).summary.namespaces[0]).toMatchObject({ count: 50, crc: crc64(Buffer.concat(docs)) });
  });

  it('writes a document larger than a segment as a segment of its own', async () => {
    const docs = [doc(1, 10), doc(2, 5000), doc(3, 10)];
    const bytes = await build({ 'd.c': docs }, 1000);
    const { events, summary } = await readAll(bytes, 333);
    expect(Buffer.concat(events.flatMap((e) => (e.type === 'documents' ? e.docs : [])))).toEqual(Buffer.concat(docs));
    expect(summary.namespaces[0]).toMatchObject({ count: 3, crc: crc64(Buffer.concat(docs)) });
  });
});

describe('mongodump archive reader: bad input', () => {
  const docs = Array.from({ length: 12 }, (_, i) => doc(i, 9));
  let good: Buffer;
  const ready = build({ 'db.one': docs, 'db.two': docs.slice(0, 4) }).then((b) => (good = b));

  it('accepts the untouched archive, in any chunking', async () => {
    await ready;
    for (const chunk of [1, 5, 64, 1 << 20]) {
      const { summary } = await readAll(good, chunk, { validateDocuments: true });
      expect(summary.namespaces.map((n) => n.count).sort((a, b) => a - b)).toEqual([4, 12]);
    }
  });

  it('names a gzip input and any other wrong magic', async () => {
    await ready;
    await expectVerificationError(gzipSync(good), /magic number is 1f8b.*gzip/);
    await expectVerificationError(Buffer.from('hello world'), /magic number is 68656c6c/);
    await expectVerificationError(Buffer.alloc(0), /empty input/);
  });

  it('refuses an unknown format version', async () => {
    const header = serialize({ concurrent_collections: 1, version: '9.9', server_version: '7.0.0', tool_version: 'x' });
    await expectVerificationError(Buffer.concat([MAGIC, header, TERMINATOR]), /unsupported mongodump archive format version "9\.9"/);
  });

  it('detects truncation at every cut point', async () => {
    await ready;
    // Cuts at every byte of the first 300 and then at a stride: all must fail, none may pass or throw anything else.
    const cuts = new Set<number>();
    for (let i = 0; i < Math.min(300, good.length); i++) cuts.add(i);
    for (let i = 300; i < good.length; i += 17) cuts.add(i);
    for (const cut of cuts) {
      let caught: unknown;
      try {
        await readAll(good.subarray(0, cut), 64);
      } catch (err) {
        caught = err;
      }
      expect({ cut, isVerification: caught instanceof VerificationError }).toEqual({ cut, isVerification: true });
    }
  });

  it('reports a flipped byte in the data as a CRC mismatch', async () => {
    await ready;
    const bad = Buffer.from(good);
    const at = bad.indexOf(Buffer.from('xxxxxxxxx'));
    bad[at + 2] = 'y'.charCodeAt(0);
    await expectVerificationError(bad, /CRC mismatch for namespace db\.one/);
  });

  it('refuses consecutive terminators, bad lengths, unknown namespaces and data after EOF', async () => {
    const pre = Buffer.concat([
      MAGIC,
      serialize({ concurrent_collections: 1, version: '0.1', server_version: '7.0.0', tool_version: 'x' }),
      serialize({ db: 'd', collection: 'c', metadata: '', size: 0, type: '' }),
      TERMINATOR,
    ]);
    const d = doc(1);
    const hdr = encodeNamespaceHeader('d', 'c', false, 0n);
    const eof = encodeNamespaceHeader('d', 'c', true, crc64(d));
    await expectVerificationError(Buffer.concat([pre, TERMINATOR]), /consecutive terminators/);
    const badLen = Buffer.alloc(4);
    badLen.writeUInt32LE(3);
    await expectVerificationError(Buffer.concat([pre, hdr, badLen]), /3 is neither a valid BSON length/);
    await expectVerificationError(Buffer.concat([pre, encodeNamespaceHeader('d', 'other', false, 0n), d, TERMINATOR]), /prelude does not list/);
    await expectVerificationError(Buffer.concat([pre, hdr, d, TERMINATOR, eof, d, TERMINATOR]), /documents after the EOF header/);
    await expectVerificationError(Buffer.concat([pre, hdr, d, TERMINATOR, eof, TERMINATOR, hdr, d, TERMINATOR]), /continues after its EOF/);
    await expectVerificationError(Buffer.concat([pre, hdr, d, TERMINATOR]), /d\.c never reached EOF/);
    await expectVerificationError(pre, /prelude lists d\.c but the archive ends/);
    const noNul = Buffer.from(d);
    noNul[noNul.length - 1] = 1;
    await expectVerificationError(Buffer.concat([pre, hdr, noNul, TERMINATOR]), /does not end with a NUL/);
    const extraField = Buffer.from(serialize({ db: 'd', collection: 'c', EOF: false, CRC: Long.ZERO, x: 1 }));
    await expectVerificationError(Buffer.concat([pre, extraField, d, TERMINATOR]), /unknown field 'x'/);
    // And the well-formed version of the same archive passes.
    const ok = await readAll(Buffer.concat([pre, hdr, d, TERMINATOR, eof, TERMINATOR]));
    expect(ok.summary.namespaces[0]!.count).toBe(1);
  });

  it('finds malformed BSON inside documents when asked to validate them', async () => {
    const d = Buffer.from(serialize({ _id: new ObjectId(), s: 'abc' }));
    expect(checkBsonDocument(d)).toBeUndefined();
    const bad = Buffer.from(d);
    bad[4] = 0x42; // an unknown element type
    expect(checkBsonDocument(bad)).toMatch(/unknown BSON type 0x42/);
    const pre = Buffer.concat([
      MAGIC,
      serialize({ concurrent_collections: 1, version: '0.1', server_version: '7.0.0', tool_version: 'x' }),
      serialize({ db: 'd', collection: 'c', metadata: '', size: 0, type: '' }),
      TERMINATOR,
    ]);
    const archive = Buffer.concat([pre, encodeNamespaceHeader('d', 'c', false, 0n), bad, TERMINATOR, encodeNamespaceHeader('d', 'c', true, crc64(bad)), TERMINATOR]);
    await expect(verifyArchive(Readable.from([archive]), 'x.archive')).rejects.toThrow(/document #1 of d\.c is malformed BSON/);
    // Without deep validation the framing alone is fine.
    const { summary } = await readAll(archive);
    expect(summary.namespaces[0]!.count).toBe(1);
  });
});
