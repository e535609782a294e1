import { createHash, randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { UsageError } from '../../src/errors.js';
import { NotFoundError, type ObjectInfo, type Storage } from '../../src/storage/storage.js';

/** What a backend's test file hands the suite. */
export interface StorageUnderTest {
  /** A store rooted at a fresh, empty location. */
  storage: Storage;
  /** Removes everything the suite wrote (and closes clients). */
  cleanup(): Promise<void>;
  /**
   * Leftovers of failed uploads that cost space without being visible (S3:
   * multipart uploads neither completed nor aborted). Backends without such a
   * notion leave it out.
   */
  pendingUploads?(): Promise<string[]>;
  /** A store without conditional writes (it then leaves putIfAbsent out; locks read back instead). */
  noConditionalCreate?: boolean;
}

const MiB = 1 << 20;

/** Bytes generated on the fly, never held whole in memory; `digest` is known once the stream has ended. */
function generated(size: number, opts: { failAfter?: number; chunk?: number } = {}): { body: Readable; digest: () => string } {
  const hash = createHash('sha256');
  const chunk = opts.chunk ?? MiB;
  async function* gen() {
    let sent = 0;
    while (sent < size) {
      if (opts.failAfter !== undefined && sent >= opts.failAfter) throw new Error('source failed midway (test)');
      const n = Math.min(chunk, size - sent);
      const buf = randomBytes(n);
      hash.update(buf);
      sent += n;
      yield buf;
      // Let the consumer work between chunks, as a real source would.
      await new Promise((r) => setImmediate(r));
    }
    if (opts.failAfter !== undefined) throw new Error('source failed midway (test)');
  }
  let digest: string | undefined;
  return { body: Readable.from(gen(), { objectMode: false }), digest: () => (digest ??= hash.digest('hex')) };
}

async function hashOf(stream: Readable): Promise<{ size: number; sha256: string }> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of stream) {
    const b = chunk as Buffer;
    size += b.length;
    hash.update(b);
  }
  return { size, sha256: hash.digest('hex') };
}

async function text(stream: Readable): Promise<string> {
  const parts: Buffer[] = [];
  for await (const chunk of stream) parts.push(chunk as Buffer);
  return Buffer.concat(parts).toString('utf8');
}

async function listAll(storage: Storage, prefix: string): Promise<ObjectInfo[]> {
  const out: ObjectInfo[] = [];
  for await (const info of storage.list(prefix)) out.push(info);
  return out.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

function body(content: string | Buffer): Readable {
  return Readable.from([Buffer.from(content)]);
}

/** Runs `fn` over `items` with at most `limit` in flight. */
async function parallel<T>(items: T[], limit: number, fn: (item: T) => Promise<unknown>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) await fn(items[next++]!);
    }),
  );
}

/** Keys whose names trip encoders: spaces, non-ASCII, and characters URLs and signatures treat specially. */
export const AWKWARD_KEYS = [
  'odd/with space.bin',
  'odd/dir with spaces/file name.txt',
  'odd/ünïcødé/Grüße 文件 🎉.bin',
  "odd/plus+equals=amp&percent%25 hash#at@comma,paren(1)!tilde~dollar$semi;quote'.x",
  'odd/résumé/ß/Ωmega',
];

/**
 * The one conformance suite for the Storage interface. Every backend runs it
 * unchanged against a real peer; see src/storage/storage.ts for the contract.
 */
export function storageConformance(name: string, makeStorage: () => Promise<StorageUnderTest>): void {
  describe(`Storage conformance: ${name}`, () => {
    let sut: StorageUnderTest;
    let storage: Storage;

    beforeAll(async () => {
      sut = await makeStorage();
      storage = sut.storage;
    }, 20 * 60_000);

    afterAll(async () => {
      await sut?.cleanup();
    }, 10 * 60_000);

    async function expectNothingAt(key: string): Promise<void> {
      expect(await storage.stat(key)).toBeUndefined();
      await expect(storage.get(key)).rejects.toBeInstanceOf(NotFoundError);
    }

    async function expectNoPendingUploads(): Promise<void> {
      if (!sut.pendingUploads) return;
      expect(await sut.pendingUploads()).toEqual([]);
    }

    it('puts, stats, gets, lists and deletes an object', async () => {
      const before = Date.now();
      const info = await storage.put('basic/hello.txt', body('hello, storage'), { contentType: 'text/plain' });
      expect(info).toMatchObject({ key: 'basic/hello.txt', size: 14 });

      const st = await storage.stat('basic/hello.txt');
      expect(st).toMatchObject({ key: 'basic/hello.txt', size: 14 });
      if (st?.modified) {
        // Clocks of peers differ a little; a wildly wrong time means a parsing bug.
        expect(Math.abs(st.modified.getTime() - before)).toBeLessThan(10 * 60_000);
      }
      expect(await text(await storage.get('basic/hello.txt'))).toBe('hello, storage');
      expect((await listAll(storage, 'basic/')).map((o) => [o.key, o.size])).toEqual([['basic/hello.txt', 14]]);

      await storage.delete('basic/hello.txt');
      await expectNothingAt('basic/hello.txt');
      expect(await listAll(storage, 'basic/')).toEqual([]);
    });

    it('stores an empty object', async () => {
      expect(await storage.put('basic/empty', Readable.from([]))).toMatchObject({ key: 'basic/empty', size: 0 });
      expect(await storage.stat('basic/empty')).toMatchObject({ size: 0 });
      expect(await text(await storage.get('basic/empty'))).toBe('');
      await storage.delete('basic/empty');
    });

    it('streams a 64 MiB object in and out unchanged', async () => {
      const size = 64 * MiB;
      const src = generated(size);
      const info = await storage.put('big/64mib.bin', src.body);
      expect(info.size).toBe(size);
      expect(await storage.stat('big/64mib.bin')).toMatchObject({ size });
      const back = await hashOf(await storage.get('big/64mib.bin'));
      expect(back).toEqual({ size, sha256: src.digest() });
      expect((await listAll(storage, 'big/')).map((o) => [o.key, o.size])).toEqual([['big/64mib.bin', size]]);
      await storage.delete('big/64mib.bin');
      await expectNothingAt('big/64mib.bin');
    }, 10 * 60_000);

    it('lists 1200 keys across pages, and only those under the prefix', async () => {
      const keys = Array.from({ length: 1200 }, (_, i) => `many/k${String(i).padStart(4, '0')}`);
      await parallel(keys, 16, (k) => storage.put(k, body(k)));
      // Neighbours that share the text but not the folder must not leak in.
      await storage.put('many-sibling/k0000', body('x'));
      await storage.put('manyk0000', body('x'));

      const listed = await listAll(storage, 'many/');
      expect(listed.map((o) => o.key)).toEqual(keys);
      expect(listed.every((o) => o.size === o.key.length)).toBe(true);

      // A prefix that ends inside a name matches partial names.
      const partial = await listAll(storage, 'many/k11');
      expect(partial.map((o) => o.key)).toEqual(keys.slice(1100, 1200));

      const all = (await listAll(storage, '')).map((o) => o.key);
      expect(all).toEqual(expect.arrayContaining(['many-sibling/k0000', 'manyk0000', 'many/k0000', 'many/k1199']));
    }, 10 * 60_000);

    it('keeps keys with spaces, unicode and URL-special characters exact', async () => {
      for (const key of AWKWARD_KEYS) {
        expect(await storage.put(key, body(`content of ${key}`))).toMatchObject({ key });
      }
      const listed = await listAll(storage, 'odd/');
      expect(listed.map((o) => o.key)).toEqual([...AWKWARD_KEYS].sort((a, b) => (a < b ? -1 : 1)));
      for (const key of AWKWARD_KEYS) {
        expect(await text(await storage.get(key))).toBe(`content of ${key}`);
        expect(await storage.stat(key)).toMatchObject({ key, size: Buffer.byteLength(`content of ${key}`) });
      }
      expect((await listAll(storage, 'odd/ünïcødé/')).map((o) => o.key)).toEqual(['odd/ünïcødé/Grüße 文件 🎉.bin']);
      for (const key of AWKWARD_KEYS) await storage.delete(key);
      expect(await listAll(storage, 'odd/')).toEqual([]);
    });

    it('overwrites an object in place', async () => {
      await storage.put('ow/object', body('first'));
      await storage.put('ow/object', body('second, longer version'));
      expect(await text(await storage.get('ow/object'))).toBe('second, longer version');
      expect(await storage.stat('ow/object')).toMatchObject({ size: 22 });
      expect((await listAll(storage, 'ow/')).map((o) => o.key)).toEqual(['ow/object']);
    });

    it('deletes a missing key without complaint', async () => {
      await expect(storage.delete('missing/never-written')).resolves.toBeUndefined();
      await storage.put('missing/twice', body('x'));
      await storage.delete('missing/twice');
      await expect(storage.delete('missing/twice')).resolves.toBeUndefined();
    });

    it('reports a missing key as NotFoundError on get and undefined on stat', async () => {
      const err = await storage.get('missing/nope.bin').then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(NotFoundError);
      expect((err as NotFoundError).key).toBe('missing/nope.bin');
      expect((err as Error).message).toContain(storage.location);
      expect(await storage.stat('missing/nope.bin')).toBeUndefined();
      expect(await listAll(storage, 'missing/nope')).toEqual([]);
    });

    it('refuses keys that could escape the root', async () => {
      await expect(storage.put('../escape', body('x'))).rejects.toBeInstanceOf(UsageError);
      await expect(storage.get('a//b')).rejects.toBeInstanceOf(UsageError);
    });

    it('creates an object only once with putIfAbsent, even when writers race', async () => {
      // Locks rely on it; every backend with a conditional write must offer it.
      expect(typeof storage.putIfAbsent).toBe(sut.noConditionalCreate ? 'undefined' : 'function');
      if (sut.noConditionalCreate) return;
      const put = storage.putIfAbsent!.bind(storage);
      expect(await put('cond/once.json', Buffer.from('{"holder":"first"}'))).toBe(true);
      expect(await put('cond/once.json', Buffer.from('{"holder":"second"}'))).toBe(false);
      expect(await text(await storage.get('cond/once.json'))).toBe('{"holder":"first"}');
      // Eight writers at once, on each of twelve keys: exactly one wins each, and the object is the winner's.
      // One key was not enough: versitygw 1.7.0 let two racers win on 23 of 100 keys (16 racers each), and the
      // one-key version of this test passed thirteen CI runs before it failed once (docs/TEST-SERVICES.md).
      const keys = Array.from({ length: 12 }, (_, k) => `cond/race-${k}.json`);
      for (const key of keys) {
        const bodies = Array.from({ length: 8 }, (_, i) => Buffer.from(`{"holder":"racer-${i}-${randomBytes(4).toString('hex')}"}`));
        const won = await Promise.all(bodies.map((b) => put(key, b)));
        expect({ key, winners: won.filter(Boolean).length }).toEqual({ key, winners: 1 });
        expect(await text(await storage.get(key))).toBe(bodies[won.indexOf(true)]!.toString());
      }
      // Once deleted, the key can be created again.
      await storage.delete('cond/once.json');
      expect(await put('cond/once.json', Buffer.from('{"holder":"third"}'))).toBe(true);
      for (const k of ['cond/once.json', ...keys]) await storage.delete(k);
    });

    it('leaves nothing visible when the body fails midway, and keeps an older version', async () => {
      // 12 MiB is more than one S3 part (5 MiB minimum) and several Azure blocks.
      const failing = generated(40 * MiB, { failAfter: 12 * MiB });
      await expect(storage.put('fail/new.bin', failing.body)).rejects.toThrow('source failed midway (test)');
      await expectNothingAt('fail/new.bin');

      await storage.put('fail/kept.txt', body('the good old version'));
      await expect(storage.put('fail/kept.txt', generated(40 * MiB, { failAfter: 12 * MiB }).body)).rejects.toThrow('source failed midway');
      expect(await text(await storage.get('fail/kept.txt'))).toBe('the good old version');

      expect((await listAll(storage, 'fail/')).map((o) => o.key)).toEqual(['fail/kept.txt']);
      await expectNoPendingUploads();
    }, 5 * 60_000);

    it('leaves nothing visible when the put is aborted midway', async () => {
      const controller = new AbortController();
      let produced = 0;
      async function* slow() {
        for (let i = 0; i < 64; i++) {
          const buf = randomBytes(MiB);
          produced += buf.length;
          if (produced === 10 * MiB) setTimeout(() => controller.abort(), 50);
          yield buf;
          await new Promise((r) => setTimeout(r, 5));
        }
      }
      const put = storage.put('abort/partial.bin', Readable.from(slow()), { signal: controller.signal });
      await expect(put).rejects.toMatchObject({ name: 'AbortError' });
      expect(produced).toBeLessThan(64 * MiB);
      await expectNothingAt('abort/partial.bin');
      expect(await listAll(storage, 'abort/')).toEqual([]);
      await expectNoPendingUploads();
    }, 5 * 60_000);
  });
}
