import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { Redis, Cluster } from 'ioredis';
import type { Manifest } from '../../src/catalog/manifest.js';
import { BakupError, OperationalError, UsageError, VerificationError } from '../../src/errors.js';
import { MemoryLogger } from '../../src/log.js';
import { Progress } from '../../src/progress/progress.js';
import { dumpPayload } from '../../src/formats/rdb/parser.js';
import { ChunkKind } from '../../src/formats/redis-records/format.js';
import { RedisRecordWriter } from '../../src/formats/redis-records/writer.js';
import { RedisSource, type RedisSourceOptions } from '../../src/sources/redis/redis-source.js';
import type { ArtifactIn, ArtifactOut, BackupOutcome, SourceContext } from '../../src/sources/source.js';
import { needServices, toolPath } from '../helpers/services.js';

const env = needServices('redis');
const URL = env.BAKUP_TEST_REDIS_URL!;
const PORT = Number(new globalThis.URL(URL).port);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bakup-redis-'));
const progresses: Progress[] = [];

function ctx(): SourceContext & { log: MemoryLogger } {
  const log = new MemoryLogger();
  const progress = new Progress(log, 'test', 1e9);
  progresses.push(progress);
  return { log, progress };
}

function client(db = 0): Redis {
  return new Redis({ port: PORT, host: '127.0.0.1', db, lazyConnect: false, maxRetriesPerRequest: 1 });
}

interface Backup {
  manifest: Manifest;
  artifacts: ArtifactIn[];
  outcome: BackupOutcome;
  files: string[];
}

let seq = 0;
/** Drives Source.backup() the way the engine does: each stream fully consumed (to a file) before the next. */
async function backup(src: RedisSource): Promise<Backup> {
  const gen = src.backup(ctx());
  const artifacts: ArtifactIn[] = [];
  const files: string[] = [];
  let r: IteratorResult<ArtifactOut, BackupOutcome>;
  try {
    for (r = await gen.next(); !r.done; r = await gen.next()) {
      const a = r.value;
      const file = path.join(tmp, `${++seq}-${a.baseName}`);
      const hash = createHash('sha256');
      const out = fs.createWriteStream(file);
      for await (const chunk of a.stream) {
        hash.update(chunk as Buffer);
        if (!out.write(chunk)) await new Promise<void>((res) => out.once('drain', () => res()));
      }
      await new Promise<void>((res, rej) => out.end((e?: Error | null) => (e ? rej(e) : res())));
      const size = fs.statSync(file).size;
      const sha256 = hash.digest('hex');
      files.push(file);
      artifacts.push({
        record: { name: a.baseName, kind: a.kind, size, sha256, plain: { size, sha256 }, compression: 'none', encryption: { scheme: 'none' }, ...(a.meta ? { meta: a.meta } : {}) },
        open: async () => fs.createReadStream(file),
      });
    }
  } catch (err) {
    // As the engine does when an artifact fails: let the source clean up.
    await gen.return(undefined as never).catch(() => undefined);
    throw err;
  }
  const outcome = r.value;
  const manifest: Manifest = {
    format: 'bakup/manifest',
    version: 1,
    id: `20261126T000000Z-full-${String(seq).padStart(4, '0')}`,
    name: 'redis-test',
    type: 'full',
    parent: null,
    source: { kind: 'redis', location: src.location },
    startedAt: new Date().toISOString(),
    finishedAt: new Date().toISOString(),
    durationMs: 0,
    consistency: outcome.consistency ?? null,
    size: artifacts.reduce((n, a) => n + a.record.size, 0),
    artifacts: artifacts.map((a) => a.record),
    fingerprint: outcome.fingerprint,
    warnings: outcome.warnings,
    tool: { name: 'bakup', version: 'test' },
  };
  return { manifest, artifacts, outcome, files };
}

async function restore(b: Backup, opts: RedisSourceOptions, url = URL) {
  return new RedisSource(url, opts).restore(ctx(), b.manifest, b.artifacts);
}

async function failure(p: Promise<unknown>): Promise<BakupError> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  if (!(e instanceof BakupError)) throw new Error(`expected a BakupError, got ${String(e)}`);
  return e;
}

const BIN_KEY = Buffer.from([0x00, 0xff, 0x0d, 0x0a, 0x2a, 0x7b, 0x7d, 0x80]);
const BIN_VAL = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
const SCORES = [0.1, 1e-300, -Infinity, Infinity, Math.PI, 1.7976931348623157e308, -0.30000000000000004, 5e-324];
const EXPIRE_AT = Date.now() + 3_600_000 + 123;

/** Every type, binary keys and values, exact scores, TTLs to the ms, streams with groups and pending entries. */
async function fill(r: Redis, prefix: string): Promise<void> {
  const k = (s: string): string => `${prefix}${s}`;
  await r.set(Buffer.concat([Buffer.from(prefix), BIN_KEY]), BIN_VAL);
  await r.set(k('int'), '12345');
  await r.set(k('empty'), '');
  await r.set(k('long'), 'x'.repeat(5000) + 'y'.repeat(5000));
  await r.rpush(k('list'), 'a', BIN_VAL, '3');
  await r.rpush(k('biglist'), ...Array.from({ length: 2500 }, (_, i) => `e${i}`));
  await r.sadd(k('intset'), 1, 2, 3);
  await r.sadd(k('set'), 'a', BIN_VAL);
  await r.sadd(k('bigset'), ...Array.from({ length: 1500 }, (_, i) => `m${i}`));
  const z: (string | number | Buffer)[] = [];
  SCORES.forEach((s, i) => z.push(s === Infinity ? '+inf' : s === -Infinity ? '-inf' : s, `z${i}`));
  await r.zadd(k('zset'), ...(z as [number, string]));
  const bz: (string | number)[] = [];
  for (let i = 0; i < 1500; i++) bz.push(i / 7, `m${i}`);
  await r.zadd(k('bigzset'), ...(bz as [number, string]));
  await r.hset(k('hash'), 'f', 'v', BIN_KEY, BIN_VAL);
  const bh: Buffer[] = [];
  for (let i = 0; i < 1200; i++) bh.push(Buffer.from(`f${i}`), Buffer.from(`v${i}`));
  await r.hset(k('bighash'), ...(bh as unknown as [string, string]));
  // A stream with deleted entries, two groups, pending entries and an idle consumer.
  for (let i = 1; i <= 30; i++) await r.xadd(k('stream'), `${1000 + i}-${i}`, 'n', String(i), 'bin', BIN_VAL);
  await r.xdel(k('stream'), '1005-5');
  await r.xgroup('CREATE', k('stream'), 'g1', '0');
  await r.xgroup('CREATE', k('stream'), 'g2', '1010-10');
  await r.xreadgroup('GROUP', 'g1', 'alice', 'COUNT', 4, 'STREAMS', k('stream'), '>');
  await r.xreadgroup('GROUP', 'g1', 'bob', 'COUNT', 2, 'STREAMS', k('stream'), '>');
  await r.xreadgroup('GROUP', 'g2', 'carol', 'COUNT', 3, 'STREAMS', k('stream'), '>');
  await r.xack(k('stream'), 'g1', '1002-2');
  await r.call('XGROUP', 'CREATECONSUMER', k('stream'), 'g1', 'idle');
  // An empty stream that still has a group.
  await r.xadd(k('emptystream'), '7-7', 'a', 'b');
  await r.xgroup('CREATE', k('emptystream'), 'g', '$');
  await r.xdel(k('emptystream'), '7-7');
  // Exact expiry times.
  await r.pexpireat(k('int'), EXPIRE_AT);
  await r.pexpireat(k('hash'), EXPIRE_AT + 1);
  await r.pexpireat(k('stream'), EXPIRE_AT + 2);
}

function hex(b: Buffer): string {
  return b.toString('hex');
}

/** Absolute expiry (ms) without PEXPIRETIME (Redis < 7): TIME + PTTL in one script, exact to a millisecond or two. */
const LEGACY_EXPIRY = "local t = redis.call('TIME'); local p = redis.call('PTTL', KEYS[1]); if p < 0 then return p end; return t[1] * 1000 + math.floor(t[2] / 1000) + p";

/**
 * A canonical text of everything in a database that a restore must reproduce.
 * `legacy` compares across Redis 6.2 and 7.x: expiry times go to `expiries`
 * (compared with a tolerance) and the stream fields 7.0 added are left out.
 */
async function contents(r: Redis, opts: { streamTimes?: boolean; legacy?: boolean; expiries?: Map<string, number> } = {}): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  let cursor = '0';
  do {
    const [next, keys] = (await r.scanBuffer(cursor, 'COUNT', 500)) as unknown as [Buffer, Buffer[]];
    cursor = next.toString();
    for (const key of keys) {
      const type = await r.type(key);
      let exp = opts.legacy ? Number(await r.eval(LEGACY_EXPIRY, 1, key)) : Number(await r.call('PEXPIRETIME', key));
      if (opts.legacy) {
        opts.expiries?.set(hex(key), exp);
        if (exp >= 0) exp = 1;
      }
      let v: unknown;
      switch (type) {
        case 'string':
          v = hex(await r.getBuffer(key) as Buffer);
          break;
        case 'list':
          v = (await r.lrangeBuffer(key, 0, -1)).map(hex);
          break;
        case 'set':
          v = (await r.smembersBuffer(key)).map(hex).sort();
          break;
        case 'zset':
          v = (await r.zrangeBuffer(key, 0, -1, 'WITHSCORES')).map((b) => b.toString());
          break;
        case 'hash': {
          const flat = (await r.callBuffer('HGETALL', key)) as Buffer[];
          const pairs: string[] = [];
          for (let i = 0; i < flat.length; i += 2) pairs.push(`${hex(flat[i]!)}=${hex(flat[i + 1]!)}`);
          v = pairs.sort();
          break;
        }
        case 'stream': {
          const full = (await r.call('XINFO', 'STREAM', key, 'FULL')) as unknown[];
          const m = new Map<string, unknown>();
          for (let i = 0; i < full.length; i += 2) m.set(String(full[i]), full[i + 1]);
          const groups = (m.get('groups') as unknown[][]).map((g) => {
            const gm = new Map<string, unknown>();
            for (let i = 0; i < g.length; i += 2) gm.set(String(g[i]), g[i + 1]);
            return {
              name: gm.get('name'),
              lastDelivered: gm.get('last-delivered-id'),
              entriesRead: opts.legacy ? undefined : gm.get('entries-read'),
              lag: opts.legacy ? undefined : gm.get('lag'),
              pending: (gm.get('pending') as unknown[][]).map(([id, c, t, n]) => [id, c, opts.streamTimes === false ? 0 : t, n]),
              consumers: (gm.get('consumers') as unknown[][]).map((c) => String(c[1])).sort(),
            };
          });
          v = {
            length: m.get('length'),
            lastId: m.get('last-generated-id'),
            maxDeleted: opts.legacy ? undefined : m.get('max-deleted-entry-id'),
            added: opts.legacy ? undefined : m.get('entries-added'),
            entries: m.get('entries'),
            groups,
          };
          break;
        }
        default:
          v = type;
      }
      out.set(hex(key), JSON.stringify({ type, exp, v }));
    }
  } while (cursor !== '0');
  return out;
}

function expectSame(a: Map<string, string>, b: Map<string, string>): void {
  expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
  for (const [k, v] of a) expect(`${k} ${b.get(k)}`).toBe(`${k} ${v}`);
}

/** Expiry times read with LEGACY_EXPIRY: equal within 3 ms (TIME and PTTL are read a moment apart). */
function expectSameExpiries(a: Map<string, number>, b: Map<string, number>): void {
  expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
  let expiring = 0;
  for (const [k, v] of a) {
    const w = b.get(k)!;
    if (v < 0) expect(`${k} ${w}`).toBe(`${k} ${v}`);
    else {
      expiring++;
      expect(Math.abs(w - v)).toBeLessThanOrEqual(3);
    }
  }
  expect(expiring).toBeGreaterThan(0);
}

async function flushDbs(...dbs: number[]): Promise<void> {
  for (const db of dbs) {
    const r = client(db);
    await r.flushdb();
    r.disconnect();
  }
}

const admin = client(0);

beforeAll(async () => {
  await flushDbs(1, 2, 3);
  const c1 = client(1);
  const c3 = client(3);
  await fill(c1, 'one:');
  await fill(c3, 'three:');
  c1.disconnect();
  c3.disconnect();
});

afterAll(async () => {
  for (const p of progresses) p.stop();
  admin.disconnect();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('redis logical (dump) mode', () => {
  let b: Backup;
  it('backs up every non-empty database with a fingerprint equal to the live one', async () => {
    b = await backup(new RedisSource(URL, { dbs: [1, 2, 3] }));
    expect(b.artifacts.map((a) => a.record.kind)).toEqual(['redis-records']);
    const live = await new RedisSource(URL, { dbs: [1, 3] }).fingerprint(ctx());
    expect(b.outcome.fingerprint).toEqual(live);
    expect(b.outcome.fingerprint.summary).toMatchObject({ keys: 30, databases: 2, 'type.stream': 4, 'type.zset': 4 });
  });

  it('restores every type byte for byte, TTLs to the millisecond, into remapped databases', async () => {
    await flushDbs(11, 13);
    const rep = await restore(b, { dbMap: '1:11,3:13' });
    expect(rep.summary).toMatchObject({ keys: 30, expiredSkipped: 0 });
    for (const [from, to] of [
      [1, 11],
      [3, 13],
    ] as const) {
      const a = client(from);
      const c = client(to);
      expectSame(await contents(a), await contents(c));
      a.disconnect();
      c.disconnect();
    }
    const live = await new RedisSource(URL, { dbs: [11, 13] }).fingerprint(ctx());
    expect(rep.fingerprint).toEqual(live);
    // A drill target opened with the same --db-map fingerprints as the backup did.
    expect(await new RedisSource(URL, { dbMap: '1:11,3:13' }).fingerprint(ctx())).toEqual(b.outcome.fingerprint);
  });

  it('a manifest written before value digests still restores, compared the old way (names and types per database)', async () => {
    // What such a manifest holds: the live fingerprint in the form of one (asked for by comparing with one).
    const asOld = { kind: 'redis', summary: {}, items: { db1: { digest: '' } }, digest: '' };
    const legacy = await new RedisSource(URL, { dbs: [1, 3] }).fingerprint(ctx(), { source: { kind: 'redis', location: URL }, fingerprint: asOld });
    expect(Object.keys(legacy.items ?? {})).toEqual(['db1', 'db3']);
    expect(legacy.items!.db1!.digest).toMatch(/^[0-9a-f]{16}:.*string=\d+/);
    await flushDbs(11, 13);
    const rep = await restore({ ...b, manifest: { ...b.manifest, fingerprint: legacy } }, { dbMap: '1:11,3:13' });
    expect(Object.keys(rep.fingerprint?.items ?? {})).toEqual(['db11', 'db13']);
    // A drill's live fingerprint of the target answers in the same form and matches.
    expect(await new RedisSource(URL, { dbMap: '1:11,3:13' }).fingerprint(ctx(), { source: { kind: 'redis', location: URL }, fingerprint: legacy })).toEqual(legacy);
    // An old fingerprint that disagrees is named by its database.
    const other = { ...legacy, items: { ...legacy.items, db3: { ...legacy.items!.db3!, digest: `${'0'.repeat(16)}${legacy.items!.db3!.digest.slice(16)}` } } };
    await flushDbs(11, 13);
    const err = await failure(restore({ ...b, manifest: { ...b.manifest, fingerprint: other } }, { dbMap: '1:11,3:13' }));
    expect(err).toBeInstanceOf(VerificationError);
    expect(err.message).toMatch(/does not match the backup's fingerprint \(db3: 15 keys recorded, 15 read, digests differ\)/);
    await flushDbs(11, 13);
    await restore(b, { dbMap: '1:11,3:13' }); // as the next test expects
  });

  it('a one-database backup restored into a URI naming another database fingerprints as the recorded one (a drill target)', async () => {
    const one = await backup(new RedisSource(URL, { dbs: [1] }));
    await flushDbs(12);
    const rep = await restore(one, {}, `${URL}/12`);
    expect(rep.summary.keys).toBe(15);
    const drilled = await new RedisSource(`${URL}/12`).fingerprint(ctx(), one.manifest);
    expect(drilled).toEqual(one.outcome.fingerprint);
    await flushDbs(12);
  });

  it('refuses keys that already exist, writing nothing, unless --replace or --flush', async () => {
    // db 11 holds the restored copy; add an unrelated key and change one restored value.
    const c = client(11);
    await c.set('unrelated', 'stays');
    await c.set('one:int', 'changed');
    const before = await c.dbsize();
    const err = await failure(restore(b, { dbMap: '1:11,3:13' }));
    expect(err).toBeInstanceOf(UsageError);
    expect(err.message).toMatch(/already exist in the target.*nothing was restored.*--replace.*--flush/);
    expect(await c.dbsize()).toBe(before);
    expect(await c.get('one:int')).toBe('changed');

    await restore(b, { dbMap: '1:11,3:13', replace: true });
    expect(await c.get('one:int')).toBe('12345');
    expect(await c.get('unrelated')).toBe('stays');

    await restore(b, { dbMap: '1:11,3:13', flush: true });
    expect(await c.get('unrelated')).toBeNull();
    const a = client(1);
    expectSame(await contents(a), await contents(c));
    a.disconnect();
    c.disconnect();
  });

  it('restores selectively: one database, key patterns', async () => {
    await flushDbs(12);
    // A database in the target URI receives a one-database restore; --db picks it ('3', as the CLI passes it).
    const refused = await failure(restore(b, {}, `${URL}/12`));
    expect(refused.message).toMatch(/names database 12, but the restore covers databases 1, 2, 3/);
    const rep = await restore(b, { dbs: ['3'], keyInclude: ['three:*set*'], keyExclude: ['three:big*'] }, `${URL}/12`);
    const c = client(12);
    const keys = (await c.keys('*')).sort();
    expect(keys).toEqual(['three:intset', 'three:set', 'three:zset']);
    expect(rep.summary.keys).toBe(3);
    expect(rep.fingerprint).toBeUndefined(); // partial restores do not claim the backup's fingerprint
    c.disconnect();
  });

  it('skips keys whose expiry passed between backup and restore', async () => {
    await flushDbs(4, 14);
    const c4 = client(4);
    await c4.set('short', 'lived', 'PX', 400);
    await c4.set('long', 'lived', 'PX', 3_600_000);
    const short = await backup(new RedisSource(URL, { dbs: [4] }));
    expect(short.outcome.fingerprint.summary.keys).toBe(2);
    await new Promise((r) => setTimeout(r, 600));
    const rep = await restore(short, { dbMap: '4:14' });
    expect(rep.summary).toMatchObject({ keys: 1, expiredSkipped: 1 });
    const c14 = client(14);
    expect(await c14.exists('short')).toBe(0);
    expect(await c14.get('long')).toBe('lived');
    c4.disconnect();
    c14.disconnect();
  });

  it('backs up only matching keys with --key-include/--key-exclude', async () => {
    const f = await backup(new RedisSource(URL, { dbs: [1], keyInclude: ['one:big*', 'one:*stream'], keyExclude: ['one:bigset'] }));
    expect(f.outcome.fingerprint.summary).toMatchObject({ keys: 5 });
    expect(f.outcome.fingerprint.summary['type.set']).toBeUndefined();
  });
});

describe('redis portable mode', () => {
  let b: Backup;
  it('backs up per-type records with the same fingerprint as dump mode', async () => {
    b = await backup(new RedisSource(URL, { dbs: [1, 3], redisFormat: 'portable' }));
    const live = await new RedisSource(URL, { dbs: [1, 3] }).fingerprint(ctx());
    expect(b.outcome.fingerprint).toEqual(live);
  });

  it('restores every type with ordinary commands: exact scores, streams with groups and pending entries, TTLs', async () => {
    await flushDbs(11, 13);
    const rep = await restore(b, { dbMap: '1:11,3:13' });
    expect(rep.summary).toMatchObject({ keys: 30, expiredSkipped: 0 });
    const a = client(1);
    const c = client(11);
    expectSame(await contents(a), await contents(c));
    // Scores survive as the same doubles, not just the same text.
    const scores = (await c.zrange('one:zset', 0, -1, 'WITHSCORES')).filter((_, i) => i % 2 === 1).map((s) => (s === 'inf' ? Infinity : s === '-inf' ? -Infinity : Number(s)));
    expect([...scores].sort((x, y) => x - y)).toEqual([...SCORES].sort((x, y) => x - y));
    a.disconnect();
    c.disconnect();
  });
});

describe('redis snapshot (rdb) mode', () => {
  let b: Backup;
  it('fetches a point-in-time RDB over SYNC with the live fingerprint', async () => {
    b = await backup(new RedisSource(URL, { redisFormat: 'rdb' }));
    expect(b.artifacts.map((a) => a.record.kind)).toEqual(['redis-rdb']);
    expect(fs.readFileSync(b.files[0]!).subarray(0, 5).toString()).toBe('REDIS');
    expect(b.outcome.consistency).toMatchObject({ pointInTime: true, method: 'sync' });
    const fp = b.outcome.fingerprint;
    const live = await new RedisSource(URL, { dbs: [...new Set(Object.keys(fp.items ?? {}).map((k) => Number(/^db(\d+)\./.exec(k)![1])))] }).fingerprint(ctx());
    // Items per database and type; those of databases 1 and 3 (other tests' databases come and go).
    const of = (f: typeof fp) => Object.fromEntries(Object.entries(f.items ?? {}).filter(([k]) => /^db[13]\./.test(k)));
    expect(Object.keys(of(fp))).toEqual(expect.arrayContaining(['db1.string', 'db1.stream', 'db3.hash', 'db3.zset']));
    expect(of(fp)).toEqual(of(live));
  });

  it('restores key by key from the RDB into a running server', async () => {
    await flushDbs(11, 13);
    const rep = await restore(b, { dbs: [1, 3], dbMap: '1:11,3:13' });
    expect(rep.summary.keys).toBe(30);
    for (const [from, to] of [
      [1, 11],
      [3, 13],
    ] as const) {
      const a = client(from);
      const c = client(to);
      expectSame(await contents(a), await contents(c));
      a.disconnect();
      c.disconnect();
    }
  });

  it('restores from a manifest written before value digests (items db<N>: key names and types)', async () => {
    const legacy = await new RedisSource(URL, { dbs: [1, 3] }).fingerprint(ctx(), { source: { kind: 'redis', location: URL }, fingerprint: { kind: 'redis', summary: {}, items: { db1: { digest: '' } }, digest: '' } });
    expect(Object.keys(legacy.items ?? {})).toEqual(['db1', 'db3']);
    await flushDbs(11, 13);
    const rep = await restore({ ...b, manifest: { ...b.manifest, fingerprint: legacy } }, { dbMap: '1:11,3:13' });
    expect(rep.summary.keys).toBe(30);
    const c = client(11);
    expect(await c.dbsize()).toBe(15);
    c.disconnect();
  });

  it('produces a file a stock redis-server loads', async () => {
    const dir = fs.mkdtempSync(path.join(tmp, 'stock-'));
    fs.copyFileSync(b.files[0]!, path.join(dir, 'dump.rdb'));
    const port = await freePort();
    const proc: ChildProcess = spawn(toolPath('redis-server'), ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--dbfilename', 'dump.rdb', '--save', '', '--appendonly', 'no'], {
      stdio: 'ignore',
    });
    try {
      const stock = new Redis({ port, host: '127.0.0.1', db: 1, retryStrategy: (n) => (n > 50 ? null : 100), maxRetriesPerRequest: 50 });
      await stock.ping();
      const a = client(1);
      expectSame(await contents(a), await contents(stock));
      stock.disconnect();
      a.disconnect();
    } finally {
      proc.kill();
    }
  });

  it('fails with a clear message when the server refuses SYNC', async () => {
    await admin.call('ACL', 'SETUSER', 'bakup-nosync', 'on', '>nosync-pw', '~*', '&*', '+@all', '-sync', '-psync');
    const u = URL.replace('redis://', 'redis://bakup-nosync:nosync-pw@');
    const err = await failure(backup(new RedisSource(u, { redisFormat: 'rdb' })));
    expect(err).toBeInstanceOf(OperationalError);
    expect(err.message).toMatch(/refused SYNC.*--redis-format dump/);
    expect(err.message).not.toContain('nosync-pw');
  });
});

describe('redis bad input', () => {
  beforeAll(async () => {
    await admin.call('ACL', 'SETUSER', 'bakup-user', 'on', '>right-pw', '~*', '&*', '+@all');
    await admin.call('ACL', 'SETUSER', 'bakup-nodump', 'on', '>nodump-pw', '~*', '&*', '+@all', '-dump');
  });

  it('wrong password: one line, exit 2, no secret', async () => {
    const err = await failure(backup(new RedisSource(URL.replace('redis://', 'redis://bakup-user:wrong-pw@'), {})));
    expect(err).toBeInstanceOf(UsageError);
    expect(err.message).toMatch(/authentication failed/);
    expect(err.message).not.toContain('wrong-pw');
    expect(err.message.split('\n')).toHaveLength(1);
    // The right password works.
    const ok = await backup(new RedisSource(URL.replace('redis://', 'redis://bakup-user:right-pw@'), { dbs: [4] }));
    expect(ok.outcome.fingerprint.summary.keys).toBe(1);
  });

  it('a user without DUMP rights gets a message naming DUMP', async () => {
    const err = await failure(backup(new RedisSource(URL.replace('redis://', 'redis://bakup-nodump:nodump-pw@'), { dbs: [1] })));
    expect(err).toBeInstanceOf(OperationalError);
    expect(err.message).toMatch(/may not DUMP/);
  });

  it('a corrupt record stream is a verification error', async () => {
    const b = await backup(new RedisSource(URL, { dbs: [1] }));
    const bytes = fs.readFileSync(b.files[0]!);
    bytes[Math.floor(bytes.length / 2)]! ^= 0x40;
    const bad = path.join(tmp, 'corrupt.records');
    fs.writeFileSync(bad, bytes);
    b.artifacts[0] = { ...b.artifacts[0]!, open: async () => fs.createReadStream(bad) };
    await flushDbs(15);
    const err = await failure(restore(b, { dbMap: '1:15' }));
    expect(err).toBeInstanceOf(VerificationError);
    expect(err.message).toMatch(/corrupt Redis record stream at byte \d+: CRC mismatch/);
  });

  it('a target older than the payloads gets a message pointing to portable mode', async () => {
    // A payload that claims a future RDB version, as a newer Redis would write it.
    const w = new RedisRecordWriter();
    const chunks: Buffer[] = [];
    w.stream.on('data', (c: Buffer) => chunks.push(c));
    const ended = new Promise((r) => w.stream.on('end', r));
    await w.start({
      format: 'bakup/redis-records',
      version: 1,
      mode: 'dump',
      createdAt: new Date().toISOString(),
      server: { name: 'redis', version: '99.0.0', rdbVersion: null, mode: 'standalone' },
      databases: [0],
      keyspace: {},
      pointInTime: false,
    });
    await w.dumps([{ db: 0, expireAt: -1, key: Buffer.from('future'), payload: dumpPayload(0, Buffer.from([3, 0x61, 0x62, 0x63]), 99) }]);
    await w.end();
    await ended;
    const file = path.join(tmp, 'future.records');
    fs.writeFileSync(file, Buffer.concat(chunks));
    const size = fs.statSync(file).size;
    const b: Backup = {
      manifest: { ...(await backup(new RedisSource(URL, { dbs: [4] }))).manifest },
      artifacts: [
        {
          record: { name: 'redis.records', kind: 'redis-records', size, sha256: '0'.repeat(64), plain: { size, sha256: '0'.repeat(64) }, compression: 'none', encryption: { scheme: 'none' } },
          open: async () => fs.createReadStream(file),
        },
      ],
      outcome: {} as BackupOutcome,
      files: [file],
    };
    await flushDbs(15);
    const err = await failure(restore(b, { dbMap: '0:15' }));
    expect(err).toBeInstanceOf(OperationalError);
    expect(err.message).toMatch(/rejected the DUMP payload.*--redis-format portable/);
  });

  it('a key that SCAN returned twice restores once, the later copy winning', async () => {
    const r = client(0);
    const dumpOf = async (v: string): Promise<Buffer> => {
      await r.set('bakup:dup:tmp', v);
      const d = await r.dumpBuffer('bakup:dup:tmp');
      await r.del('bakup:dup:tmp');
      return d;
    };
    const earlier = await dumpOf('earlier');
    const later = await dumpOf('later');
    r.disconnect();
    for (const mode of ['dump', 'portable'] as const) {
      const w = new RedisRecordWriter();
      const chunks: Buffer[] = [];
      w.stream.on('data', (c: Buffer) => chunks.push(c));
      const ended = new Promise((res) => w.stream.on('end', res));
      await w.start({ format: 'bakup/redis-records', version: 1, mode, createdAt: new Date().toISOString(), server: { name: 'redis', version: '7.0.15', rdbVersion: 10, mode: 'standalone' }, databases: [0], keyspace: {}, pointInTime: false });
      if (mode === 'dump') {
        await w.dumps([{ db: 0, expireAt: -1, key: Buffer.from('dup'), payload: earlier }]);
        await w.dumps([{ db: 0, expireAt: -1, key: Buffer.from('other'), payload: earlier }]);
        await w.dumps([{ db: 0, expireAt: -1, key: Buffer.from('dup'), payload: later }]);
      } else {
        for (const [k, v] of [['dup', 'earlier'], ['other', 'earlier'], ['dup', 'later']]) {
          await w.beginKey(0, -1, 'string', Buffer.from(k!));
          await w.chunk({ kind: ChunkKind.STRING_PART, data: Buffer.from(v!) });
          await w.endKey();
        }
      }
      await w.end();
      await ended;
      const file = path.join(tmp, `dup-${mode}.records`);
      fs.writeFileSync(file, Buffer.concat(chunks));
      const size = fs.statSync(file).size;
      const b: Backup = {
        manifest: (await backup(new RedisSource(URL, { dbs: [4] }))).manifest,
        artifacts: [{ record: { name: 'redis.records', kind: 'redis-records', size, sha256: '0'.repeat(64), plain: { size, sha256: '0'.repeat(64) }, compression: 'none', encryption: { scheme: 'none' } }, open: async () => fs.createReadStream(file) }],
        outcome: {} as BackupOutcome,
        files: [file],
      };
      await flushDbs(15);
      const rep = await restore(b, { dbMap: '0:15' });
      expect(rep.summary).toMatchObject({ keys: 2, duplicates: 1 });
      const c = client(15);
      expect(await c.get('dup')).toBe('later');
      c.disconnect();
      expect(rep.fingerprint).toEqual(await new RedisSource(URL, { dbs: [15] }).fingerprint(ctx()));
    }
  });

  it('malformed URIs and options are usage errors', () => {
    expect(() => new RedisSource('redis://h:1/x')).toThrow(/expected a database number/);
    expect(() => new RedisSource('redis://h:1?foo=1')).toThrow(/unknown parameter 'foo'/);
    expect(() => new RedisSource('redis://h:1', { redisFormat: 'json' as never })).toThrow(/--redis-format/);
    expect(() => new RedisSource('redis://h:1', { dbMap: '1-2' })).toThrow(/--db-map/);
  });
});

describe('redis big keys', () => {
  it("round-trips the issue's big keys, a 100 MiB string and a 1 M-field hash, in dump and portable modes", async () => {
    await flushDbs(5, 15);
    const c5 = client(5);
    const big = Buffer.alloc(100 << 20);
    for (let i = 0; i < big.length; i += 4096) big.writeUInt32LE((i * 2654435761) >>> 0, i);
    await c5.set('bigstring', big);
    for (let i = 0; i < 1_000_000; i += 5000) {
      const args: string[] = [];
      for (let j = i; j < i + 5000; j++) args.push(`field:${j}`, `value:${j}:${'v'.repeat(j % 50)}`);
      await c5.hset('bighash', ...args);
    }
    const want = await contents(c5);
    const c15 = client(15);
    for (const mode of ['dump', 'portable'] as const) {
      const b = await backup(new RedisSource(URL, { dbs: [5], redisFormat: mode }));
      await restore(b, { dbMap: '5:15', flush: true });
      expectSame(want, await contents(c15));
    }
    c5.disconnect();
    c15.disconnect();
  }, 300_000);
});

describe('redis cluster', () => {
  const cenv = needServices('redis-cluster');
  const nodes = cenv.BAKUP_TEST_REDIS_CLUSTER_NODES!.split(',');
  const CURL = `redis://${nodes[0]}`;
  let cluster: Cluster;

  beforeAll(() => {
    cluster = new Cluster(nodes.map((n) => ({ host: n.split(':')[0]!, port: Number(n.split(':')[1]) })));
  });
  afterAll(() => cluster.disconnect());

  async function clusterContents(): Promise<Map<string, string>> {
    const all = new Map<string, string>();
    for (const n of cluster.nodes('master')) for (const [k, v] of await contents(n as unknown as Redis)) all.set(k, v);
    return all;
  }

  it('scans every primary and restores routed by slot, in all three modes', async () => {
    await Promise.all(cluster.nodes('master').map((n) => n.flushdb()));
    for (let i = 0; i < 300; i++) await cluster.set(`k${i}`, `v${i}`);
    await cluster.zadd('{tag}zset', 0.1, 'a', -Infinity, 'b');
    await cluster.xadd('{tag}stream', '1-1', 'f', 'v');
    await cluster.xgroup('CREATE', '{tag}stream', 'g', '0');
    await cluster.xreadgroup('GROUP', 'g', 'c', 'STREAMS', '{tag}stream', '>');
    await cluster.hset(Buffer.concat([Buffer.from('bin'), BIN_KEY]), 'f', BIN_VAL);
    await cluster.pexpireat('k1', EXPIRE_AT);
    const want = await clusterContents();
    expect(want.size).toBe(303);
    for (const mode of ['dump', 'portable', 'rdb'] as const) {
      const b = await backup(new RedisSource(CURL, { redisFormat: mode }));
      expect(b.outcome.fingerprint.summary.keys).toBe(303);
      if (mode === 'rdb') expect(b.artifacts).toHaveLength(3);
      const refused = await failure(restore(b, {}, CURL));
      expect(refused.message).toMatch(/already exist/);
      const rep = await restore(b, { flush: true }, CURL);
      expect(rep.summary.keys).toBe(303);
      expectSame(want, await clusterContents());
      expect(rep.fingerprint).toEqual(await new RedisSource(CURL).fingerprint(ctx()));
    }
  }, 300_000);

  it('restores a standalone database into the cluster through --db-map', async () => {
    const b = await backup(new RedisSource(URL, { dbs: [1] }));
    const err = await failure(restore(b, { flush: true }, CURL));
    expect(err.message).toMatch(/only database 0.*--db-map 1:0/);
    await restore(b, { dbMap: '1:0', flush: true }, CURL);
    const a = client(1);
    expectSame(await contents(a), await clusterContents());
    a.disconnect();
  }, 300_000);
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

describe('redis over TLS (rediss://)', () => {
  const tenv = needServices('redis-tls');
  const TURL = tenv.BAKUP_TEST_REDIS_TLS_URL!;
  const CA = tenv.BAKUP_TEST_REDIS_TLS_CA!;
  const OTHER_CA = tenv.BAKUP_TEST_REDIS_TLS_OTHER_CA!;
  const u = new globalThis.URL(TURL);
  const PASSWORD = decodeURIComponent(u.password);
  const withCa = (ca: string): string => `${TURL}?ca=${encodeURIComponent(ca)}`;
  const tlsClient = (db: number): Redis =>
    new Redis({ host: u.hostname, port: Number(u.port), password: PASSWORD, db, tls: { ca: fs.readFileSync(CA) }, maxRetriesPerRequest: 1 });

  it('backs up and restores over TLS in all three modes: the restored keys equal the original', async () => {
    const c1 = tlsClient(1);
    const c2 = tlsClient(2);
    await c1.flushall();
    await fill(c1, 'tls:');
    const want = await contents(c1);
    for (const mode of ['dump', 'portable', 'rdb'] as const) {
      // An RDB snapshot holds every database; the logical modes are asked for database 1 alone.
      await c2.flushdb();
      const b = await backup(new RedisSource(withCa(CA), { redisFormat: mode, ...(mode === 'rdb' ? {} : { dbs: [1] }) }));
      expect(b.outcome.fingerprint.summary.keys).toBe(want.size);
      const rep = await restore(b, { dbMap: '1:2', flush: true }, withCa(CA));
      expect(rep.summary.keys).toBe(want.size);
      expectSame(want, await contents(c2));
      expect(rep.fingerprint).toEqual(await new RedisSource(withCa(CA), { dbs: [2] }).fingerprint(ctx()));
    }
    c1.disconnect();
    c2.disconnect();
  }, 300_000);

  it('a wrong CA (or none, for a private CA) fails with one clear line, before anything is written', async () => {
    for (const url of [withCa(OTHER_CA), TURL]) {
      const err = await failure(backup(new RedisSource(url, { dbs: [1] })));
      expect(err).toBeInstanceOf(OperationalError);
      expect(err.message).toMatch(/TLS handshake failed \(.*certificate.*\); for a private CA add \?ca=\/path\/ca\.pem to the URI/);
      expect(err.message.split('\n')).toHaveLength(1);
      expect(err.message).not.toContain(PASSWORD);
    }
    const b = await backup(new RedisSource(withCa(CA), { dbs: [1] }));
    const c3 = tlsClient(3);
    await c3.flushdb();
    const err = await failure(restore(b, { dbMap: '1:3' }, withCa(OTHER_CA)));
    expect(err.message).toMatch(/TLS handshake failed/);
    expect(await c3.dbsize()).toBe(0);
    c3.disconnect();
  }, 120_000);

  it('a plain redis:// URI to the TLS port fails with one line, not a hang', async () => {
    const plain = TURL.replace('rediss://', 'redis://');
    const started = Date.now();
    const err = await failure(backup(new RedisSource(plain, { dbs: [1] })));
    expect(err.message.split('\n')).toHaveLength(1);
    expect(err.message).not.toContain(PASSWORD);
    expect(Date.now() - started).toBeLessThan(30_000);
  }, 60_000);
});

describe('an older Redis (6.2.14, RDB 9) beside 7.0 (RDB 10)', () => {
  const e6 = needServices('redis6');
  const URL6 = e6.BAKUP_TEST_REDIS6_URL!;
  const PORT6 = Number(new globalThis.URL(URL6).port);
  const client6 = (db: number): Redis => new Redis({ port: PORT6, host: '127.0.0.1', db, maxRetriesPerRequest: 1 });

  it('a dump backup of 7.0 is refused by 6.2 before anything is written, with a pointer to portable mode', async () => {
    const b = await backup(new RedisSource(URL, { dbs: [1] }));
    const c = client6(0);
    await c.flushall();
    const err = await failure(restore(b, { dbMap: '1:0', flush: true }, URL6));
    expect(err).toBeInstanceOf(UsageError);
    expect(err.message).toMatch(/redis 6\.2\.14 reads RDB format up to 9, but this backup holds DUMP payloads of redis 7\.0\.\d+ \(RDB 10\).*--redis-format portable/);
    expect(err.message.split('\n')).toHaveLength(1);
    expect(await c.dbsize()).toBe(0);
    c.disconnect();
  });

  it('a portable backup of 7.0 restores into 6.2: every type, exact scores, streams with groups and pending entries, TTLs', async () => {
    const b = await backup(new RedisSource(URL, { dbs: [1], redisFormat: 'portable' }));
    const rep = await restore(b, { dbMap: '1:0', flush: true }, URL6);
    expect(rep.summary).toMatchObject({ keys: 15, expiredSkipped: 0 });
    const a = client(1);
    const c = client6(0);
    const expA = new Map<string, number>();
    const expC = new Map<string, number>();
    expectSame(await contents(a, { legacy: true, expiries: expA }), await contents(c, { legacy: true, expiries: expC }));
    expectSameExpiries(expA, expC);
    expect(rep.fingerprint).toEqual(await new RedisSource(URL6, { dbs: [0] }).fingerprint(ctx()));
    a.disconnect();
    c.disconnect();
  });

  it('a dump backup of 6.2 (PTTL + TIME expiry) restores forward into 7.0', async () => {
    const c6 = client6(5);
    await c6.flushdb();
    await fill(c6, 'six:');
    const b = await backup(new RedisSource(URL6, { dbs: [5] }));
    expect(b.outcome.fingerprint.summary.keys).toBe(15);
    await flushDbs(14);
    const rep = await restore(b, { dbMap: '5:14', flush: true });
    expect(rep.summary.keys).toBe(15);
    const c14 = client(14);
    const exp6 = new Map<string, number>();
    const exp7 = new Map<string, number>();
    expectSame(await contents(c6, { legacy: true, expiries: exp6 }), await contents(c14, { legacy: true, expiries: exp7 }));
    expectSameExpiries(exp6, exp7);
    c6.disconnect();
    c14.disconnect();
  });
});
