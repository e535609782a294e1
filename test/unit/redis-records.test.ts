import { CommandEncoder } from '../../src/sources/redis/resp.js';
import { describe, it, expect } from '@jest/globals';
import { Readable } from 'node:stream';
import * as zlib from 'node:zlib';
import { VerificationError } from '../../src/errors.js';
import { ChunkKind, MAGIC, Tag, readI64, writeI64, type RedisRecord, type StreamHeader } from '../../src/formats/redis-records/format.js';
import { readRedisRecords } from '../../src/formats/redis-records/reader.js';
import { RedisRecordWriter } from '../../src/formats/redis-records/writer.js';
import { Crc64, crc64 } from '../../src/formats/rdb/crc64.js';
import { lzfDecompress, lzfDecompressInto } from '../../src/formats/rdb/lzf.js';
import { RdbCorruptError, RdbParser, checkDumpPayload, dumpPayload, type RdbEvent } from '../../src/formats/rdb/parser.js';
import { KeyFilter, globMatch } from '../../src/sources/redis/glob.js';

function header(mode: 'dump' | 'portable', databases = [0, 3]): StreamHeader {
  return {
    format: 'bakup/redis-records',
    version: 1,
    mode,
    createdAt: '2026-11-26T00:00:00.000Z',
    server: { name: 'redis', version: '7.0.15', rdbVersion: 10, mode: 'standalone' },
    databases,
    keyspace: {},
    pointInTime: false,
  };
}

async function collect(stream: Readable): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const c of stream) parts.push(c as Buffer);
  return Buffer.concat(parts);
}

/** Feeds `bytes` in small pieces so frames straddle chunk boundaries. */
function pieces(bytes: Buffer, size = 7): Readable {
  const out: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) out.push(bytes.subarray(i, i + size));
  return Readable.from(out);
}

async function readAll(bytes: Buffer, size?: number): Promise<RedisRecord[]> {
  const recs: RedisRecord[] = [];
  for await (const r of readRedisRecords(pieces(bytes, size), 'test.records')) recs.push(r);
  return recs;
}

async function dumpStream(): Promise<Buffer> {
  const w = new RedisRecordWriter();
  const done = collect(w.stream);
  await w.start(header('dump'));
  await w.dumps([
    { db: 0, expireAt: -1, key: Buffer.from([0, 0xff, 0x0a, 0x0d]), payload: Buffer.from('\x00\x03bar\x0a\x00abcdefgh', 'latin1') },
    { db: 3, expireAt: 1_764_115_200_123, key: Buffer.from('k'), payload: Buffer.alloc(100_000, 7) },
  ]);
  await w.end();
  return done;
}

async function portableStream(): Promise<Buffer> {
  const w = new RedisRecordWriter();
  const done = collect(w.stream);
  await w.start(header('portable', [0]));
  await w.beginKey(0, -1, 'zset', Buffer.from('z'));
  await w.chunk({ kind: ChunkKind.SCORED, members: [Buffer.from('a'), Buffer.from([0, 1])], scores: [0.1, -Infinity] });
  await w.chunk({ kind: ChunkKind.SCORED, members: [Buffer.from('c')], scores: [1.7976931348623157e308] });
  await w.endKey();
  await w.beginKey(0, 2_000_000_000_000, 'stream', Buffer.from('s'));
  await w.chunk({ kind: ChunkKind.STREAM_ENTRIES, entries: [{ id: '1-18446744073709551615', fields: [Buffer.from('f'), Buffer.alloc(0)] }] });
  await w.chunk({ kind: ChunkKind.STREAM_META, meta: { lastId: '5-0', length: 1, entriesAdded: 3, maxDeletedId: '4-0' } });
  await w.chunk({ kind: ChunkKind.STREAM_GROUP, group: { name: Buffer.from('g'), lastDeliveredId: '1-0', entriesRead: -1 } });
  await w.chunk({ kind: ChunkKind.STREAM_CONSUMERS, consumers: [{ name: Buffer.from('c1'), seenTime: 123 }] });
  await w.chunk({ kind: ChunkKind.STREAM_PENDING, pending: [{ id: '1-18446744073709551615', consumer: Buffer.from('c1'), deliveryTime: 99, deliveryCount: 4 }] });
  await w.endKey();
  await w.beginKey(0, -1, 'string', Buffer.from('s2'));
  await w.chunk({ kind: ChunkKind.STRING_PART, data: Buffer.from('hello ') });
  await w.chunk({ kind: ChunkKind.STRING_PART, data: Buffer.from('world') });
  await w.endKey();
  await w.beginKey(0, -1, 'hash', Buffer.from('h'));
  await w.chunk({ kind: ChunkKind.PAIRS, items: [Buffer.from('f'), Buffer.from('v')] });
  await w.endKey();
  await w.end();
  return done;
}

async function expectCorrupt(bytes: Buffer, pattern: RegExp): Promise<void> {
  const err = await readAll(bytes).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(VerificationError);
  expect((err as Error).message).toMatch(/^test\.records: /);
  expect((err as Error).message).toMatch(pattern);
}

/** Rewrites one frame's CRC after tampering so the structural checks (not the CRC) must catch it. */
function resealFrame(bytes: Buffer, frameStart: number): void {
  const len = bytes.readUInt32LE(frameStart + 1);
  const end = frameStart + 5 + len;
  bytes.writeUInt32LE(zlib.crc32(bytes.subarray(frameStart, end)), end);
}

describe('redis record stream', () => {
  it('round-trips DUMP records with binary keys, expiry and large payloads, across any chunking', async () => {
    const bytes = await dumpStream();
    expect(bytes.subarray(0, 8).equals(MAGIC)).toBe(true);
    for (const size of [1, 7, 4096, bytes.length]) {
      const recs = await readAll(bytes, size);
      expect(recs.map((r) => r.tag)).toEqual([Tag.HEADER, Tag.DUMP, Tag.DUMP, Tag.TRAILER]);
      const [, a, b, t] = recs;
      if (a!.tag !== Tag.DUMP || b!.tag !== Tag.DUMP || t!.tag !== Tag.TRAILER) throw new Error('shape');
      expect(a!.key.equals(Buffer.from([0, 0xff, 0x0a, 0x0d]))).toBe(true);
      expect(a!.expireAt).toBe(-1);
      expect(b!.db).toBe(3);
      expect(b!.expireAt).toBe(1_764_115_200_123);
      expect(b!.payload.equals(Buffer.alloc(100_000, 7))).toBe(true);
      expect(t!.trailer).toEqual({ keys: 2, perDb: { '0': 1, '3': 1 }, vanished: 0 });
    }
  });

  it('round-trips portable records: exact scores, 64-bit stream ids, groups, pending entries', async () => {
    const recs = await readAll(await portableStream(), 13);
    const chunks = recs.flatMap((r) => (r.tag === Tag.CHUNK ? [r.chunk] : []));
    const scored = chunks.filter((c) => c.kind === ChunkKind.SCORED);
    expect(scored.flatMap((c) => (c.kind === ChunkKind.SCORED ? c.scores : []))).toEqual([0.1, -Infinity, 1.7976931348623157e308]);
    const entries = chunks.find((c) => c.kind === ChunkKind.STREAM_ENTRIES);
    expect(entries?.kind === ChunkKind.STREAM_ENTRIES && entries.entries[0]!.id).toBe('1-18446744073709551615');
    const pending = chunks.find((c) => c.kind === ChunkKind.STREAM_PENDING);
    expect(pending?.kind === ChunkKind.STREAM_PENDING && pending.pending[0]).toMatchObject({ deliveryTime: 99, deliveryCount: 4 });
    const str = chunks.filter((c) => c.kind === ChunkKind.STRING_PART).map((c) => (c.kind === ChunkKind.STRING_PART ? c.data.toString() : ''));
    expect(str.join('')).toBe('hello world');
    const keys = recs.flatMap((r) => (r.tag === Tag.KEY ? [`${r.type}:${r.key.toString()}:${r.expireAt}`] : []));
    expect(keys).toEqual(['zset:z:-1', 'stream:s:2000000000000', 'string:s2:-1', 'hash:h:-1']);
  });

  it('writes 64-bit integers exactly without BigInt', () => {
    const b = Buffer.alloc(8);
    for (const n of [-1, 0, 1, 2 ** 32 - 1, 2 ** 32, 1_764_115_200_123, Number.MAX_SAFE_INTEGER]) {
      writeI64(b, n, 0);
      expect(b.readBigInt64LE(0)).toBe(BigInt(n));
      expect(readI64(b, 0)).toBe(n);
    }
  });

  it('rejects a flipped bit anywhere in a record (CRC)', async () => {
    const bytes = await dumpStream();
    const bad = Buffer.from(bytes);
    bad[bad.length - 200]! ^= 0x10;
    await expectCorrupt(bad, /CRC mismatch/);
  });

  it('rejects truncation at every frame boundary and inside frames', async () => {
    const bytes = await dumpStream();
    await expectCorrupt(bytes.subarray(0, bytes.length - 1), /incomplete frame/);
    await expectCorrupt(bytes.subarray(0, 4), /too short for the magic/);
    await expectCorrupt(Buffer.alloc(0), /empty stream/);
    // Cut exactly before the trailer: every frame is whole, so only the missing trailer tells.
    const recs = await readAll(bytes);
    const trailerLen = 5 + Buffer.byteLength(JSON.stringify((recs[3] as { trailer: unknown }).trailer)) + 4;
    await expectCorrupt(bytes.subarray(0, bytes.length - trailerLen), /without its trailer/);
  });

  it('rejects a stream that is not a record stream, or data after the trailer', async () => {
    await expectCorrupt(Buffer.from('REDIS0010 this is an RDB file'), /bad magic/);
    const bytes = await dumpStream();
    await expectCorrupt(Buffer.concat([bytes, bytes.subarray(8, 8 + 5 + 4 + 10)]), /after the trailer|incomplete frame/);
  });

  it('rejects structurally wrong frames even when their CRC is right', async () => {
    const bytes = Buffer.from(await dumpStream());
    // The first DUMP record follows magic + header: point its db at one the header does not list.
    const headerLen = bytes.readUInt32LE(9);
    const dumpAt = 8 + 5 + headerLen + 4;
    expect(bytes[dumpAt]).toBe(Tag.DUMP);
    bytes.writeUInt32LE(9, dumpAt + 5);
    resealFrame(bytes, dumpAt);
    await expectCorrupt(bytes, /database 9/);

    const p = Buffer.from(await portableStream());
    // Find the first END frame and make its count disagree with its chunks.
    let at = 8;
    while (p[at] !== Tag.END) at += 5 + p.readUInt32LE(at + 1) + 4;
    writeI64(p, 2, at + 5);
    resealFrame(p, at);
    await expectCorrupt(p, /count 2 but its chunks hold 3/);
  });

  it('rejects a trailer whose counts disagree with the records', async () => {
    const bytes = await dumpStream();
    const recs = await readAll(bytes);
    const trailerJson = JSON.stringify((recs[3] as { trailer: unknown }).trailer);
    const cut = bytes.length - (5 + Buffer.byteLength(trailerJson) + 4);
    const body = Buffer.from(JSON.stringify({ keys: 3, perDb: { '0': 1, '3': 1 }, vanished: 0 }));
    const frame = Buffer.alloc(5 + body.length + 4);
    frame[0] = Tag.TRAILER;
    frame.writeUInt32LE(body.length, 1);
    body.copy(frame, 5);
    frame.writeUInt32LE(zlib.crc32(frame.subarray(0, 5 + body.length)), 5 + body.length);
    await expectCorrupt(Buffer.concat([bytes.subarray(0, cut), frame]), /counts 3 keys but the stream holds 2/);
  });
});

describe('RDB building blocks', () => {
  it('CRC-64/Jones matches Redis (check value, and a real DUMP payload)', () => {
    expect(crc64(Buffer.from('123456789')).hex()).toBe('e9c6d914c4b8d9ca');
    // DUMP of the string "bar" from redis-server 7.0.15 (RDB 10).
    const real = Buffer.from('0003626172' + '0a00' + 'e6be4960ee66fd17', 'hex');
    expect(dumpPayload(0, Buffer.from([3, 0x62, 0x61, 0x72]), 10).equals(real)).toBe(true);
    expect(checkDumpPayload(real)).toEqual({ rdbVersion: 10, rdbType: 0 });
    const bad = Buffer.from(real);
    bad[2]! ^= 1;
    expect(checkDumpPayload(bad)).toBeUndefined();
  });

  it('CRC-64/Jones over ranges and odd-sized pieces equals the CRC of the whole (slicing-by-8 path)', () => {
    const data = Buffer.from(Array.from({ length: 1037 }, (_, i) => (i * 131 + 7) & 0xff));
    const whole = crc64(data).hex();
    for (const cut of [1, 7, 8, 9, 500, 1036]) {
      const split = new Crc64().update(data, 0, cut).update(data, cut, data.length);
      expect(split.hex()).toBe(whole);
    }
    // A byte-at-a-time reference (the definition), independent of the tables' layout.
    let reg = 0n;
    const poly = 0x95ac9329ac4bc9b5n;
    for (const byte of data) {
      reg ^= BigInt(byte);
      for (let k = 0; k < 8; k++) reg = reg & 1n ? (reg >> 1n) ^ poly : reg >> 1n;
    }
    expect(whole).toBe(reg.toString(16).padStart(16, '0'));
  });

  it('LZF decodes literal runs and overlapping back references, and rejects bad input', () => {
    // "abc" literally, then "copy 6 bytes from 3 back" (overlapping).
    expect(lzfDecompress(Buffer.from([0x02, 0x61, 0x62, 0x63, 0x80, 0x02]), 9).toString()).toBe('abcabcabc');
    expect(() => lzfDecompress(Buffer.from([0x02, 0x61, 0x62, 0x63, 0x80, 0x09]), 9)).toThrow(RangeError);
    expect(() => lzfDecompress(Buffer.from([0x02, 0x61, 0x62, 0x63]), 4)).toThrow(/decodes to 3 bytes/);
  });

  it('LZF decodes into a buffer at an offset (the value digest writes strings after the key) and refers only back to that offset', () => {
    const out = Buffer.alloc(32, 0x2e);
    // Framed inside other bytes: the input range is [2, 8).
    const input = Buffer.from([0xee, 0xee, 0x02, 0x61, 0x62, 0x63, 0x80, 0x02, 0xee]);
    lzfDecompressInto(input, out, 9, 2, 8, 5);
    expect(out.toString('latin1', 0, 16)).toBe('.....abcabcabc..');
    // "copy from 4 back" at offset 3 of the output would reach before its start: refused, though the buffer has bytes there.
    expect(() => lzfDecompressInto(Buffer.from([0x02, 0x61, 0x62, 0x63, 0x80, 0x03]), Buffer.alloc(32), 9, 0, 6, 10)).toThrow(/back reference out of range/);
    expect(() => lzfDecompressInto(input, Buffer.alloc(12), 9, 2, 8, 5)).toThrow(/too small/);
  });

  /** A small RDB file: aux field, db 0 with an expiring key whose name is LZF-compressed, db 2 with an int-encoded key, a list. */
  function syntheticRdb(): Buffer {
    const parts: Buffer[] = [Buffer.from('REDIS0010')];
    const str = (s: string): Buffer => Buffer.concat([Buffer.from([s.length]), Buffer.from(s)]);
    parts.push(Buffer.from([0xfa]), str('redis-ver'), str('7.0.15'));
    parts.push(Buffer.from([0xfe, 0x00, 0xfb, 0x02, 0x01]));
    const exp = Buffer.alloc(9);
    exp[0] = 0xfc;
    exp.writeBigInt64LE(1_800_000_000_123n, 1);
    parts.push(exp);
    // type 0 (string), key "abcabcabc" as LZF (0xC3 clen ulen data), value "v".
    parts.push(Buffer.from([0x00, 0xc3, 0x06, 0x09, 0x02, 0x61, 0x62, 0x63, 0x80, 0x02]), str('v'));
    parts.push(Buffer.from([0xfe, 0x02]));
    // type 0, key 12345 as an INT16, value "x".
    parts.push(Buffer.from([0x00, 0xc1, 0x39, 0x30]), str('x'));
    // type 1 (linked list) "l" with two elements.
    parts.push(Buffer.from([0x01]), str('l'), Buffer.from([0x02]), str('a'), str('b'));
    parts.push(Buffer.from([0xff]));
    const body = Buffer.concat(parts);
    return Buffer.concat([body, crc64(body).bytes()]);
  }

  function parseAll(bytes: Buffer, size: number, capture = true): RdbEvent[] {
    const p = new RdbParser({ capture });
    const out: RdbEvent[] = [];
    for (let i = 0; i < bytes.length; i += size) p.push(bytes.subarray(i, i + size), out);
    p.finish(out);
    return out;
  }

  it('parses an RDB stream across any chunking, with keys, dbs, expiry and raw values', () => {
    const rdb = syntheticRdb();
    for (const size of [1, 2, 5, rdb.length]) {
      const evs = parseAll(rdb, size);
      const keys = evs.flatMap((e) => (e.type === 'key' ? [`${e.db}:${e.key.toString()}:${e.rdbType}:${e.expireAt}:${e.value!.toString('hex')}`] : []));
      expect(keys).toEqual(['0:abcabcabc:0:1800000000123:0176', '2:12345:0:-1:0178', '2:l:1:-1:0201610162']);
      expect(evs[0]).toEqual({ type: 'header', version: 10 });
      expect(evs.find((e) => e.type === 'aux')).toMatchObject({ key: 'redis-ver' });
      expect(evs[evs.length - 1]).toEqual({ type: 'end', checksum: 'verified' });
    }
  });

  it('rejects a bad checksum, truncation, trailing bytes and unknown value types', () => {
    const rdb = syntheticRdb();
    const bad = Buffer.from(rdb);
    bad[20]! ^= 0x01;
    expect(() => parseAll(bad, 7)).toThrow(RdbCorruptError);
    expect(() => parseAll(rdb.subarray(0, rdb.length - 3), 7)).toThrow(/truncated|before its EOF/);
    expect(() => parseAll(rdb.subarray(0, 30), 7)).toThrow(/truncated|before its EOF/);
    expect(() => parseAll(Buffer.concat([rdb, Buffer.from('x')]), 7)).toThrow(/after the end/);
    expect(() => parseAll(Buffer.from('NOTANRDBFILE'), 7)).toThrow(/not an RDB file/);
    const unknown = Buffer.concat([Buffer.from('REDIS0010'), Buffer.from([0x30, 0x01, 0x6b])]);
    expect(() => parseAll(unknown, 7)).toThrow(/unsupported RDB value type 48/);
  });
});

describe('Redis glob', () => {
  const m = (p: string, s: string | Buffer): boolean => globMatch(Buffer.from(p), Buffer.isBuffer(s) ? s : Buffer.from(s));
  it('matches like SCAN MATCH', () => {
    expect(m('user:*', 'user:1')).toBe(true);
    expect(m('user:*', 'users:1')).toBe(false);
    expect(m('*', '')).toBe(true);
    expect(m('a*b*c', 'aXXbYYc')).toBe(true);
    expect(m('a*b*c', 'aXXbYY')).toBe(false);
    expect(m('h?llo', 'hallo')).toBe(true);
    expect(m('h?llo', 'hllo')).toBe(false);
    expect(m('h[ae]llo', 'hello')).toBe(true);
    expect(m('h[ae]llo', 'hillo')).toBe(false);
    expect(m('h[^e]llo', 'hallo')).toBe(true);
    expect(m('h[^e]llo', 'hello')).toBe(false);
    expect(m('h[a-c]llo', 'hbllo')).toBe(true);
    expect(m('h[c-a]llo', 'hbllo')).toBe(true);
    expect(m('a\\*b', 'a*b')).toBe(true);
    expect(m('a\\*b', 'aXb')).toBe(false);
    expect(m('bin:*', Buffer.from([0x62, 0x69, 0x6e, 0x3a, 0x00, 0xff]))).toBe(true);
  });
  it('combines include and exclude lists', () => {
    const f = new KeyFilter(['a:*', 'b:*'], ['*:tmp']);
    expect([...['a:1', 'b:2', 'c:3', 'a:tmp'].map((k) => f.test(Buffer.from(k)))]).toEqual([true, true, false, false]);
    expect(f.serverPattern).toBeUndefined();
    expect(new KeyFilter(['a:*'], []).serverPattern).toBe('a:*');
    expect(new KeyFilter([], []).active).toBe(false);
  });
});

describe('RESP command encoder', () => {
  const bytesOf = (fill: (e: CommandEncoder) => void) => {
    const e = new CommandEncoder();
    fill(e);
    return Buffer.concat(e.take());
  };
  it('command2 writes exactly the bytes command() writes, small and large keys alike', () => {
    const name = Buffer.from('DUMP');
    for (const key of [Buffer.from('k'), Buffer.from('user:12345'), Buffer.alloc(5000, 0x61)]) {
      const two = bytesOf((e) => e.command2(name, key));
      expect(two.equals(bytesOf((e) => e.command([name, key])))).toBe(true);
      expect(two.equals(Buffer.concat([Buffer.from(`*2\r\n$4\r\nDUMP\r\n$${key.length}\r\n`), key, Buffer.from('\r\n')]))).toBe(true);
    }
  });
});
