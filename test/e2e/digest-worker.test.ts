/**
 * The Redis digest worker (src/sources/redis/digest-worker.ts, bundled as
 * dist/digest-worker/index.js) must give exactly the fingerprint that
 * digesting on the main thread gives: the same sums per database and type,
 * keys taken back (a restore's repeated key) included, big payloads (digested
 * on the main thread beside the worker's sums) included. Payloads are DUMPs a
 * real redis-server wrote, every type, spread over two databases and enough
 * keys to fill several of the worker's buffers.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { Redis } from 'ioredis';
import { DumpDigests } from '../../src/sources/redis/digest-queue.js';
import { FingerprintBuilder, KeyDigester } from '../../src/sources/redis/fingerprint.js';
import { startRedis, type Throwaway } from '../helpers/throwaway.js';

const SCRIPT = path.resolve('dist/digest-worker/index.js');

interface Dumped {
  db: number;
  key: Buffer;
  payload: Buffer;
}

let t: Throwaway;
const dumped: Dumped[] = [];

beforeAll(async () => {
  expect(existsSync(SCRIPT)).toBe(true);
  t = await startRedis();
  for (const db of [0, 3]) {
    const r = new Redis(`${t.url}/${db}`);
    const p = r.pipeline();
    for (let i = 0; i < 3000; i++) {
      const text = `value ${i} ${'abcdefgh'.repeat(i % 90)}`;
      switch (i % 6) {
        case 0:
          p.set(`s:${i}`, text);
          break;
        case 1:
          p.rpush(`l:${i}`, text, 'two', String(i));
          break;
        case 2:
          p.sadd(`t:${i}`, text, 'b', String(i));
          break;
        case 3:
          p.zadd(`z:${i}`, i / 7, text, -1, 'neg');
          break;
        case 4:
          p.hset(`h:${i}`, 'f', text, 'g', String(i));
          break;
        default:
          p.xadd(`x:${i}`, '*', 'event', text);
      }
    }
    // Bigger than a quarter of the worker's 1 MiB buffers even as a DUMP payload (random bytes: LZF cannot
    // shrink them): digested on the main thread.
    p.set('big', randomBytes(600_000));
    p.set(Buffer.from([0, 0xff, 0x0d, 0x0a]), Buffer.from([1, 2, 3, 0]));
    await p.exec();
    const keys = (await r.keysBuffer('*')).sort(Buffer.compare);
    const d = r.pipeline();
    for (const k of keys) d.dumpBuffer(k);
    const res = (await d.exec())!;
    keys.forEach((key, i) => dumped.push({ db, key, payload: res[i]![1] as Buffer }));
    r.disconnect();
  }
}, 60_000);

afterAll(async () => {
  await t?.stop();
});

function inThread(items: Dumped[]): FingerprintBuilder {
  const fp = new FingerprintBuilder();
  const kd = new KeyDigester();
  for (const it of items) fp.add(it.db, '', it.key, kd.ofDump(it.key, it.payload));
  return fp;
}

describe('the digest worker', () => {
  it('starts no worker until a key needs it', async () => {
    const fp = new FingerprintBuilder();
    const dd = new DumpDigests(fp, path.resolve('test/e2e/no-such-worker.js'));
    // Too big for the worker's buffers: digested here, so the missing script is never loaded.
    const big = dumped.find((d) => d.key.toString() === 'big')!;
    expect(big.payload.length).toBeGreaterThan(600_000);
    dd.add(big.db, big.key, big.payload);
    await dd.finish();
    expect(fp.result()).toEqual(inThread([big]).result());
  });

  it('sums every key as the main thread does, big payloads and taken-back keys included', async () => {
    const expected = inThread(dumped).result();
    expect(expected.summary.keys).toBe(dumped.length);
    expect(Object.keys(expected.items ?? {}).sort()).toEqual(
      ['db0.hash', 'db0.list', 'db0.set', 'db0.stream', 'db0.string', 'db0.zset', 'db3.hash', 'db3.list', 'db3.set', 'db3.stream', 'db3.string', 'db3.zset'].sort(),
    );

    const fp = new FingerprintBuilder();
    const dd = new DumpDigests(fp, SCRIPT);
    let i = 0;
    for (const it of dumped) {
      dd.add(it.db, it.key, it.payload);
      if (++i % 500 === 0) await dd.ready();
    }
    // A key met twice and taken back once (a restore's repeated key) leaves the sums as they were.
    const twice = dumped.filter((_, j) => j % 97 === 0);
    for (const it of twice) dd.add(it.db, it.key, it.payload);
    for (const it of twice) dd.add(it.db, it.key, it.payload, -1);
    await dd.finish();
    expect(fp.result()).toEqual(expected);
    expect(dd.undecoded).toBe(0);
  });

  it('a changed byte in one payload changes the sum it lands in', async () => {
    const changed = dumped.map((d) => ({ ...d }));
    const victim = changed.findIndex((d) => d.key.toString() === 's:0');
    const p = Buffer.from(changed[victim]!.payload);
    // The first value byte after the type and length bytes; DUMP CRCs are not checked by the digest.
    p[3] = p[3]! ^ 1;
    changed[victim]!.payload = p;
    const fp = new FingerprintBuilder();
    const dd = new DumpDigests(fp, SCRIPT);
    for (const it of changed) dd.add(it.db, it.key, it.payload);
    await dd.finish();
    const expected = inThread(dumped).result();
    const got = fp.result();
    expect(got.items!['db0.string']!.digest).not.toBe(expected.items!['db0.string']!.digest);
    expect({ ...got.items, 'db0.string': undefined }).toEqual({ ...expected.items, 'db0.string': undefined });
  });

  it('a worker that fails surfaces the error on the next call instead of hanging', async () => {
    const fp = new FingerprintBuilder();
    const dd = new DumpDigests(fp, path.resolve('test/e2e/no-such-worker.js'));
    // The worker starts with the first key it is to digest.
    dd.add(0, Buffer.from('k'), dumped[0]!.payload);
    await expect(dd.finish()).rejects.toThrow();
    expect(() => dd.add(0, Buffer.from('k'), dumped[0]!.payload)).toThrow();
    dd.close();
  });
});
