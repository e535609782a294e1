import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { StorageError } from '../../src/storage/errors.js';
import { LocalStorage } from '../../src/storage/local.js';
import { RetryingStorage, retryPolicyFrom, type RetryInfo } from '../../src/storage/retry.js';
import type { ObjectInfo, PutOptions, Storage } from '../../src/storage/storage.js';

/** A real local store whose next operations fail as scripted (the decorator's input is our own interface). */
class Flaky implements Storage {
  readonly location: string;
  failures: Record<string, unknown[]> = {};
  calls: Record<string, number> = {};
  constructor(readonly inner: Storage) {
    this.location = inner.location;
  }
  private async gate(op: string): Promise<void> {
    this.calls[op] = (this.calls[op] ?? 0) + 1;
    const next = this.failures[op]?.shift();
    if (next) throw next;
  }
  async put(key: string, body: Readable, opts?: PutOptions): Promise<ObjectInfo> {
    await this.gate('put-before-read');
    const info = await this.inner.put(key, body, opts);
    await this.gate('put-after-read');
    return info;
  }
  async get(key: string) {
    await this.gate('get');
    return this.inner.get(key);
  }
  async stat(key: string) {
    await this.gate('stat');
    return this.inner.stat(key);
  }
  async delete(key: string) {
    await this.gate('delete');
    return this.inner.delete(key);
  }
  async *list(prefix: string) {
    let n = 0;
    for await (const info of this.inner.list(prefix)) {
      if (n++ === 2) await this.gate('list-midway');
      yield info;
    }
  }
}

const transient = () => new StorageError('s3://b: put failed (SlowDown, HTTP 503)', true);
const permanent = () => new StorageError("s3://b: put failed: access denied; the credentials need s3:PutObject on bucket 'b'", false);

let root: string;
beforeAll(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'bakup-retry-'));
});
afterAll(async () => {
  await fs.rm(root, { recursive: true, force: true });
});

function setup(attempts = 4) {
  const flaky = new Flaky(new LocalStorage(path.join(root, Math.random().toString(36).slice(2))));
  const retries: RetryInfo[] = [];
  const slept: number[] = [];
  const store = new RetryingStorage(flaky, {
    attempts,
    baseMs: 100,
    maxMs: 1000,
    onRetry: (i) => retries.push(i),
    sleep: async (ms) => {
      slept.push(ms);
    },
    random: () => 0.999,
  });
  return { flaky, store, retries, slept };
}

describe('RetryingStorage', () => {
  it('retries transient failures with exponential backoff capped at maxMs', async () => {
    const { flaky, store, slept, retries } = setup(6);
    flaky.failures.stat = [transient(), transient(), transient(), transient(), transient()];
    expect(await store.stat('nothing')).toBeUndefined();
    expect(flaky.calls.stat).toBe(6);
    expect(slept).toEqual([100, 200, 400, 799, 999]);
    expect(retries.map((r) => r.attempt)).toEqual([1, 2, 3, 4, 5]);
  });

  it('draws the delay uniformly below the ceiling (full jitter)', () => {
    const { store } = setup();
    const low = new RetryingStorage(store, { attempts: 3, baseMs: 100, maxMs: 1000, random: () => 0.25 });
    expect(low.delayFor(1)).toBe(25);
    expect(low.delayFor(3)).toBe(100);
    expect(low.delayFor(10)).toBe(250);
  });

  it('gives up after the last attempt with the last error', async () => {
    const { flaky, store } = setup(3);
    flaky.failures.get = [transient(), transient(), transient(), transient()];
    await expect(store.get('k')).rejects.toThrow('SlowDown');
    expect(flaky.calls.get).toBe(3);
  });

  it('fails at once on a permanent error', async () => {
    const { flaky, store, slept } = setup();
    flaky.failures.delete = [permanent()];
    await expect(store.delete('k')).rejects.toThrow("the credentials need s3:PutObject on bucket 'b'");
    expect(flaky.calls.delete).toBe(1);
    expect(slept).toEqual([]);
  });

  it('retries a put whose body was not read yet', async () => {
    const { flaky, store } = setup();
    flaky.failures['put-before-read'] = [transient()];
    const info = await store.put('a.txt', Readable.from([Buffer.from('payload')]));
    expect(info.size).toBe(7);
    expect(flaky.calls['put-before-read']).toBe(2);
    const st = await store.stat('a.txt');
    expect(st?.size).toBe(7);
  });

  it('does not replay a put whose body was consumed', async () => {
    const { flaky, store } = setup();
    flaky.failures['put-after-read'] = [transient()];
    await expect(store.put('b.txt', Readable.from([Buffer.from('payload')]))).rejects.toThrow('SlowDown');
    expect(flaky.calls['put-after-read']).toBe(1);
  });

  it('restarts a failed listing without yielding a key twice', async () => {
    const { flaky, store } = setup();
    for (const k of ['l/1', 'l/2', 'l/3', 'l/4', 'l/5']) await store.put(k, Readable.from([Buffer.from(k)]));
    flaky.failures['list-midway'] = [transient()];
    const keys: string[] = [];
    for await (const info of store.list('l/')) keys.push(info.key);
    expect(keys.sort()).toEqual(['l/1', 'l/2', 'l/3', 'l/4', 'l/5']);
  });

  it('reads its policy from storage options and refuses bad values', () => {
    expect(retryPolicyFrom({ retryAttempts: '2', retryBaseMs: 50 })).toMatchObject({ attempts: 2, baseMs: 50, maxMs: 10_000 });
    expect(() => retryPolicyFrom({ retryAttempts: 'many' })).toThrow("storage option retryAttempts: expected an integer from 1 to 20, got 'many'");
  });
});
