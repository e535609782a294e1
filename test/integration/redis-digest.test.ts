/**
 * The value digest of the Redis fingerprint against payloads the real server
 * writes, encoding by encoding: each value is forced into an encoding (CONFIG
 * SET thresholds, big values, DEBUG for plain list nodes), checked with OBJECT
 * ENCODING, and its digest read four ways — decoded from DUMP (dump backup),
 * from the SYNC snapshot (rdb backup), fed from portable records, and the live
 * fingerprint a drill takes — which must agree. The same logical value in two
 * encodings (and on Redis 6.2, which writes ziplists) must digest the same;
 * one changed byte, element or score must not.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Redis } from 'ioredis';
import type { Fingerprint, Manifest } from '../../src/catalog/manifest.js';
import { BakupError, VerificationError } from '../../src/errors.js';
import { MemoryLogger } from '../../src/log.js';
import { Progress } from '../../src/progress/progress.js';
import { RedisValueDigest } from '../../src/formats/rdb/value-digest.js';
import { RedisSource, type RedisSourceOptions } from '../../src/sources/redis/redis-source.js';
import type { ArtifactIn, ArtifactOut, BackupOutcome, SourceContext } from '../../src/sources/source.js';
import { tamperRdb, tamperRedisRecords } from '../helpers/tamper.js';
import { startRedis, type Throwaway } from '../helpers/throwaway.js';

const progresses: Progress[] = [];
function ctx(): SourceContext {
  const log = new MemoryLogger();
  const progress = new Progress(log, 'test', 1e9);
  progresses.push(progress);
  return { log, progress };
}

/** Runs a backup as the engine does (each artifact read to its end) and returns its fingerprint. */
async function backupFp(url: string, opts: RedisSourceOptions): Promise<Fingerprint> {
  const gen = new RedisSource(url, opts).backup(ctx());
  let r: IteratorResult<ArtifactOut, BackupOutcome>;
  for (r = await gen.next(); !r.done; r = await gen.next()) for await (const _ of r.value.stream) void _;
  return r.value.fingerprint;
}

interface Server {
  t: Throwaway;
  r: Redis;
  v6: boolean;
}

/** The fingerprint of db 0 read the four ways; they must agree (returned once). */
async function fourWays(s: Server): Promise<Fingerprint> {
  const dump = await backupFp(s.t.url, { dbs: [0] });
  const portable = await backupFp(s.t.url, { dbs: [0], redisFormat: 'portable' });
  const rdb = await backupFp(s.t.url, {});
  const live = await new RedisSource(s.t.url, { dbs: [0] }).fingerprint(ctx());
  expect(portable).toEqual(dump);
  expect(rdb).toEqual(dump);
  expect(live).toEqual(dump);
  return dump;
}

async function encoding(s: Server, key: string): Promise<string> {
  return String(await s.r.call('OBJECT', 'ENCODING', key));
}

/** Config names differ before 7.0 (ziplist) and from it (listpack; 7.0 still accepts the old names). */
async function config(s: Server, settings: Record<string, string | number>): Promise<void> {
  for (const [k, v] of Object.entries(settings)) await s.r.config('SET', s.v6 ? k.replace('listpack', 'ziplist') : k, String(v));
}

const DEFAULTS = {
  'list-max-listpack-size': -2,
  'list-compress-depth': 0,
  'hash-max-listpack-entries': 128,
  'hash-max-listpack-value': 64,
  'set-max-intset-entries': 512,
  'zset-max-listpack-entries': 128,
  'zset-max-listpack-value': 64,
  'stream-node-max-entries': 100,
  rdbcompression: 'yes',
};

const INTS = [0, 7, 127, 128, -1, -4096, 4095, 4096, -32768, 32767, 8388607, -8388608, 2147483647, -2147483648, 2147483648, -9007199254740991, 9007199254740993n, -9223372036854775808n, 9223372036854775807n];
const compressible = (i: number) => `${'abcdefgh'.repeat(8)}-${i}`;

/** Builds every type's value; `variant` changes exactly one byte, element or score. */
const build: Record<string, (r: Redis, key: string, variant?: boolean) => Promise<unknown>> = {
  'string-short': (r, k, v) => r.set(k, v ? 'hellO' : 'hello'),
  'string-int': (r, k, v) => r.set(k, v ? '-12346' : '-12345'),
  'string-bigint': (r, k, v) => r.set(k, v ? '123456789012345678901' : '123456789012345678902'),
  'string-lzf': (r, k, v) => r.set(k, 'abc'.repeat(2000) + (v ? 'X' : 'Y')),
  'list-small': (r, k, v) => r.rpush(k, 'a', 'b', ...INTS.map(String), v ? 'x' : 'y'),
  'list-nodes': (r, k, v) => r.rpush(k, ...Array.from({ length: 40 }, (_, i) => (v && i === 33 ? compressible(-1) : compressible(i))), ...INTS.map(String)),
  'set-ints': (r, k, v) => r.sadd(k, ...INTS.map((n) => String(v && n === 7 ? 8 : n))),
  'set-strings': (r, k, v) => r.sadd(k, ...Array.from({ length: 50 }, (_, i) => `member-${v && i === 3 ? 'X' : i}`)),
  'zset': (r, k, v) => r.zadd(k, 1, 'one', 1.5, 'one-and-half', '+inf', 'top', '-inf', 'bottom', -2, 'neg', 0, 'zero', 0.1, 'tenth', 3e300, 'huge', 12, '12', v ? 5e-323 : 5e-324, 'tiny'),
  'hash': (r, k, v) => r.hset(k, 'f', 'v', '1', '2', '-700', 'x'.repeat(40), 'bin', Buffer.from([0, 255, 13, 10]), 'big', '9223372036854775807', 'last', v ? 'valuE' : 'value'),
  'stream': async (r, k, v) => {
    for (let i = 1; i <= 12; i++) {
      if (i % 4 === 0) await r.xadd(k, `${1000 + i}-${i}`, 'other', String(i), 'n', String(-i * 1000));
      else await r.xadd(k, `${1000 + i}-${i}`, 'n', String(i), 'text', v && i === 9 ? 'changed' : `entry ${i}`);
    }
    await r.xdel(k, '1005-5', '1006-6');
    await r.xgroup('CREATE', k, 'g1', '0');
    await r.xgroup('CREATE', k, 'g2', '1003-3');
    await r.xreadgroup('GROUP', 'g1', 'alice', 'COUNT', 3, 'STREAMS', k, '>');
    await r.xreadgroup('GROUP', 'g1', 'bob', 'COUNT', 2, 'STREAMS', k, '>');
    await r.xreadgroup('GROUP', 'g2', 'carol', 'COUNT', 4, 'STREAMS', k, '>');
    await r.xclaim(k, 'g1', 'bob', 0, '1001-1');
  },
};

/** The encodings each test forces, with the config that forces them. */
const CASES: { name: string; value: string; config: Record<string, string | number>; want7: string; want6: string }[] = [
  { name: 'embstr string', value: 'string-short', config: {}, want7: 'embstr', want6: 'embstr' },
  { name: 'integer string', value: 'string-int', config: {}, want7: 'int', want6: 'int' },
  { name: 'integer-like string beyond 64 bits', value: 'string-bigint', config: {}, want7: 'embstr', want6: 'embstr' },
  { name: 'LZF-compressed string', value: 'string-lzf', config: {}, want7: 'raw', want6: 'raw' },
  { name: 'raw (uncompressed) string', value: 'string-lzf', config: { rdbcompression: 'no' }, want7: 'raw', want6: 'raw' },
  { name: 'small list (one packed node, integers of every width)', value: 'list-small', config: {}, want7: 'quicklist', want6: 'quicklist' },
  { name: 'list as a quicklist of many nodes', value: 'list-nodes', config: { 'list-max-listpack-size': 4 }, want7: 'quicklist', want6: 'quicklist' },
  { name: 'list with LZF-compressed nodes', value: 'list-nodes', config: { 'list-max-listpack-size': 4, 'list-compress-depth': 1 }, want7: 'quicklist', want6: 'quicklist' },
  { name: 'intset', value: 'set-ints', config: {}, want7: 'intset', want6: 'intset' },
  { name: 'set of integers as a hashtable', value: 'set-ints', config: { 'set-max-intset-entries': 4 }, want7: 'hashtable', want6: 'hashtable' },
  { name: 'set of strings (hashtable)', value: 'set-strings', config: {}, want7: 'hashtable', want6: 'hashtable' },
  { name: 'packed zset', value: 'zset', config: {}, want7: 'listpack', want6: 'ziplist' },
  { name: 'skiplist zset', value: 'zset', config: { 'zset-max-listpack-entries': 0 }, want7: 'skiplist', want6: 'skiplist' },
  { name: 'packed hash', value: 'hash', config: {}, want7: 'listpack', want6: 'ziplist' },
  { name: 'hashtable hash', value: 'hash', config: { 'hash-max-listpack-entries': 2 }, want7: 'hashtable', want6: 'hashtable' },
  { name: 'stream (one node)', value: 'stream', config: {}, want7: 'stream', want6: 'stream' },
  { name: 'stream of many nodes', value: 'stream', config: { 'stream-node-max-entries': 3 }, want7: 'stream', want6: 'stream' },
];

describe.each([
  ['Redis 7.0', 'redis-server', false],
  ['Redis 6.2', 'redis-server-6.2', true],
] as const)('value digests on %s', (_label, server, v6) => {
  const s = {} as Server;
  /** Item digest per case, for the comparisons across encodings and versions. */
  const seen = new Map<string, { fp: Fingerprint; encoding: string }[]>();

  beforeAll(async () => {
    s.t = await startRedis({ server, args: ['--repl-diskless-sync-delay', '0', ...(v6 ? [] : ['--enable-debug-command', 'local'])] });
    s.r = new Redis(s.t.url, { maxRetriesPerRequest: 1 });
    s.v6 = v6;
  }, 120_000);

  afterAll(async () => {
    s.r?.disconnect();
    await s.t?.stop();
    for (const p of progresses) p.stop();
  }, 60_000);

  it.each(CASES)('$name: DUMP, RDB, portable and live digests agree; one change is seen', async (c) => {
    await s.r.flushall();
    await config(s, { ...DEFAULTS, ...c.config });
    await build[c.value]!(s.r, 'k');
    expect(await encoding(s, 'k')).toBe(v6 ? c.want6 : c.want7);
    const fp = await fourWays(s);
    const type = Object.keys(fp.items!)[0]!;
    expect(Object.keys(fp.items!)).toEqual([type]);
    expect(type).toMatch(/^db0\.(string|list|set|zset|hash|stream)$/);
    if (c.name.includes('LZF-compressed')) {
      // The payload really holds the compressed form (the decoder was exercised).
      const payload = (await s.r.dumpBuffer('k'))!;
      expect(payload.length).toBeLessThan(c.value === 'string-lzf' ? 6000 : 40 * 70);
    }
    seen.set(c.value, [...(seen.get(c.value) ?? []), { fp, encoding: await encoding(s, 'k') }]);
    // One changed byte, element or score: same count, another digest.
    await s.r.flushall();
    await build[c.value]!(s.r, 'k', true);
    const changed = await fourWays(s);
    expect(changed.items![type]!.count).toBe(fp.items![type]!.count);
    expect(changed.items![type]!.digest).not.toBe(fp.items![type]!.digest);
  }, 120_000);

  it('the same value in different encodings digests the same', () => {
    let compared = 0;
    for (const [value, list] of seen) {
      for (const x of list.slice(1)) {
        expect({ value, encoding: x.encoding, items: x.fp.items }).toEqual({ value, encoding: x.encoding, items: list[0]!.fp.items });
        compared++;
      }
    }
    expect(compared).toBeGreaterThanOrEqual(6);
    sharedAcrossVersions.push(new Map([...seen].map(([k, v]) => [k, v[0]!.fp])));
  });

  if (!v6) {
    it('a plain (unpacked) list node, forced with DEBUG QUICKLIST-PACKED-THRESHOLD', async () => {
      await s.r.flushall();
      await config(s, DEFAULTS);
      await s.r.call('DEBUG', 'QUICKLIST-PACKED-THRESHOLD', '100');
      try {
        await s.r.rpush('k', 'small', 'p'.repeat(300), 'tail');
        const plain = await fourWays(s);
        await s.r.flushall();
        await s.r.call('DEBUG', 'QUICKLIST-PACKED-THRESHOLD', String(1 << 30));
        await s.r.rpush('k', 'small', 'p'.repeat(300), 'tail');
        expect(await fourWays(s)).toEqual(plain);
      } finally {
        await s.r.call('DEBUG', 'QUICKLIST-PACKED-THRESHOLD', String(1 << 30));
      }
    }, 120_000);
  }

  it('the order-independent types ignore insertion order; lists do not', async () => {
    await s.r.flushall();
    await config(s, DEFAULTS);
    await s.r.sadd('s', 'a', 'b', 'c');
    await s.r.hset('h', 'a', '1', 'b', '2');
    await s.r.zadd('z', 1, 'a', 2, 'b');
    await s.r.rpush('l', 'a', 'b');
    const first = await fourWays(s);
    await s.r.flushall();
    await s.r.sadd('s', 'c', 'b', 'a');
    await s.r.hset('h', 'b', '2', 'a', '1');
    await s.r.zadd('z', 2, 'b', 1, 'a');
    await s.r.rpush('l', 'b', 'a');
    const second = await fourWays(s);
    expect({ ...second.items, 'db0.list': null }).toEqual({ ...first.items, 'db0.list': null });
    expect(second.items!['db0.list']!.digest).not.toBe(first.items!['db0.list']!.digest);
  }, 120_000);
});

const sharedAcrossVersions: Map<string, Fingerprint>[] = [];

describe('across versions', () => {
  it('Redis 6.2 (ziplists) and 7.0 (listpacks) digest the same data the same', () => {
    expect(sharedAcrossVersions).toHaveLength(2);
    const [a, b] = sharedAcrossVersions as [Map<string, Fingerprint>, Map<string, Fingerprint>];
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    for (const [k, fp] of a) expect({ k, items: b.get(k)!.items }).toEqual({ k, items: fp.items });
  });

  it('decodes a DUMP payload without a server: a corrupt blob is a decode error, not a wrong digest', () => {
    const vd = new RedisValueDigest();
    // RDB type 0 string "hi" with an RDB version and a (here unchecked) CRC.
    const good = Buffer.concat([Buffer.from([0, 2]), Buffer.from('hi'), Buffer.alloc(10)]);
    expect(vd.ofDump(Buffer.from('k'), good).type).toBe('string');
    const truncated = Buffer.concat([Buffer.from([0, 5]), Buffer.from('hi'), Buffer.alloc(10)]);
    expect(() => vd.ofDump(Buffer.from('k'), truncated)).toThrow(/truncated|bytes after/);
  });
});

/** A backup written to files, with the manifest the engine would commit (checksums of the source's own bytes). */
async function backupToFiles(url: string, opts: RedisSourceOptions, dir: string): Promise<{ manifest: Manifest; files: string[] }> {
  const gen = new RedisSource(url, opts).backup(ctx());
  const files: string[] = [];
  const records: Manifest['artifacts'] = [];
  let r: IteratorResult<ArtifactOut, BackupOutcome>;
  for (r = await gen.next(); !r.done; r = await gen.next()) {
    const chunks: Buffer[] = [];
    for await (const c of r.value.stream) chunks.push(c as Buffer);
    const file = path.join(dir, `${files.length}-${r.value.baseName}`);
    fs.writeFileSync(file, Buffer.concat(chunks));
    files.push(file);
    const size = fs.statSync(file).size;
    records.push({ name: r.value.baseName, kind: r.value.kind, size, sha256: '0'.repeat(64), plain: { size, sha256: '0'.repeat(64) }, compression: 'none', encryption: { scheme: 'none' }, ...(r.value.meta ? { meta: r.value.meta } : {}) });
  }
  const now = new Date().toISOString();
  const manifest = {
    format: 'bakup/manifest',
    version: 1,
    id: `20261126T000000Z-full-${path.basename(dir)}`,
    name: 'digest-test',
    type: 'full',
    parent: null,
    source: { kind: 'redis', location: url },
    startedAt: now,
    finishedAt: now,
    durationMs: 0,
    consistency: null,
    size: 0,
    artifacts: records,
    fingerprint: r.value.fingerprint,
    warnings: [],
    tool: { name: 'bakup', version: 'test' },
  } as Manifest;
  return { manifest, files };
}

function artifactsOf(manifest: Manifest, files: string[]): ArtifactIn[] {
  return manifest.artifacts.map((record, i) => ({ record, open: async () => fs.createReadStream(files[i]!) }));
}

describe('a restore compares the values it writes with the fingerprint recorded at backup time', () => {
  let t: Throwaway;
  let r: Redis;
  let dir: string;
  const MARKER = 'value-marker-A1';
  const TAMPERED = 'value-marker-Z9';

  beforeAll(async () => {
    t = await startRedis({ args: ['--repl-diskless-sync-delay', '0'] });
    r = new Redis(t.url, { maxRetriesPerRequest: 1 });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bakup-redis-digest-'));
    await r.set('greeting', MARKER);
    await r.set('counter', '42');
    await r.hset('user:1', 'name', 'Ada', 'lang', 'en');
    await r.rpush('queue', 'job-1', 'job-2');
    await r.sadd('colors', 'red', 'green');
    await r.zadd('scores', 1.5, 'ada', -3, 'eve');
    await r.xadd('events', '1-1', 'type', 'signup');
  }, 120_000);

  afterAll(async () => {
    r?.disconnect();
    await t?.stop();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  it.each([
    ['dump', (b: Buffer) => tamperRedisRecords(b, MARKER, TAMPERED)],
    ['portable', (b: Buffer) => tamperRedisRecords(b, MARKER, TAMPERED)],
    ['rdb', (b: Buffer) => tamperRdb(b, MARKER, TAMPERED)],
  ] as const)('%s mode: the untouched backup restores and matches; one altered value (key names intact, checksums re-sealed) fails, naming db0.string', async (mode, tamper) => {
    const sub = fs.mkdtempSync(path.join(dir, `${mode}-`));
    await r.select(5);
    await r.flushdb(); // the previous mode's restore: an RDB snapshot holds every database
    await r.select(0);
    const { manifest, files } = await backupToFiles(t.url, mode === 'rdb' ? { redisFormat: 'rdb' } : { dbs: [0], redisFormat: mode }, sub);
    expect(manifest.fingerprint.items!['db0.string']!.count).toBe(2);

    const target = new RedisSource(t.url, { dbMap: '0:5', flush: true });
    const ok = await target.restore(ctx(), manifest, artifactsOf(manifest, files));
    expect(ok.summary.keys).toBe(7);
    await r.select(5);
    expect(await r.get('greeting')).toBe(MARKER);
    await r.select(0);

    const file = files[0]!;
    fs.writeFileSync(file, tamper(fs.readFileSync(file)));
    const err = await target.restore(ctx(), manifest, artifactsOf(manifest, files)).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(VerificationError);
    expect((err as BakupError).message).toMatch(/does not match the backup's fingerprint \(db0\.string: 2 keys recorded, 2 read, digests differ\)/);
    // Only the string item differs: the others are not named.
    expect((err as BakupError).message).not.toMatch(/db0\.(hash|list|set|zset|stream)/);
  }, 120_000);
});
