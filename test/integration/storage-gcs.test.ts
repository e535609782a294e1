import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Storage as GcsClient } from '@google-cloud/storage';
import { UsageError } from '../../src/errors.js';
import { GcsStorage } from '../../src/storage/gcs.js';
import { openStorage } from '../../src/storage/open.js';
import { RetryingStorage } from '../../src/storage/retry.js';
import type { Storage } from '../../src/storage/storage.js';
import { storageConformance } from '../conformance/storage.js';
import { needServices } from '../helpers/services.js';

let endpoint: string;
let admin: GcsClient;

async function freshBucket(): Promise<string> {
  const name = `bakup-test-${randomBytes(5).toString('hex')}`;
  await admin.createBucket(name);
  return name;
}

async function dropBucket(name: string): Promise<void> {
  const bucket = admin.bucket(name);
  await bucket.deleteFiles({ force: true });
  await bucket.delete({ ignoreNotFound: true });
}

function gcsOf(storage: Storage): GcsStorage {
  return (storage as RetryingStorage).inner as GcsStorage;
}

beforeAll(() => {
  endpoint = needServices('gcs').BAKUP_TEST_GCS_ENDPOINT!;
  admin = new GcsClient({ apiEndpoint: endpoint, projectId: 'bakup-test' });
}, 10 * 60_000);

storageConformance('GCS (fake-gcs-server)', async () => {
  const bucket = await freshBucket();
  const storage = await openStorage(`gs://${bucket}/conformance/run`, '--to', { gcsEndpoint: endpoint, listPageSize: 500 });
  return { storage, cleanup: () => dropBucket(bucket) };
});

describe('GCS specifics', () => {
  let bucket: string;
  beforeAll(async () => {
    bucket = await freshBucket();
  });
  afterAll(async () => {
    await dropBucket(bucket);
  });

  it('finds the emulator through STORAGE_EMULATOR_HOST, as the Google SDKs do', async () => {
    const saved = process.env.STORAGE_EMULATOR_HOST;
    process.env.STORAGE_EMULATOR_HOST = endpoint;
    try {
      const storage = await openStorage(`gs://${bucket}/env`, '--to');
      await storage.put('a.txt', Readable.from([Buffer.from('via env')]));
      const [content] = await admin.bucket(bucket).file('env/a.txt').download();
      expect(content.toString()).toBe('via env');
    } finally {
      if (saved === undefined) delete process.env.STORAGE_EMULATOR_HOST;
      else process.env.STORAGE_EMULATOR_HOST = saved;
    }
  });

  it('writes objects with the storage class asked for', async () => {
    const storage = await openStorage(`gs://${bucket}/cls`, '--to', { gcsEndpoint: endpoint, gcsStorageClass: 'nearline' });
    await storage.put('x.bin', Readable.from([Buffer.from('x')]));
    const [meta] = await admin.bucket(bucket).file('cls/x.bin').getMetadata();
    expect(meta.storageClass).toBe('NEARLINE');
  });

  it('uploads in several resumable chunks and reads the bytes back', async () => {
    const storage = await openStorage(`gs://${bucket}/chunks`, '--to', { gcsEndpoint: endpoint, gcsChunkSize: '256KiB' });
    const data = randomBytes(1024 * 1024 + 17);
    const info = await storage.put('c.bin', Readable.from([data.subarray(0, 500_000), data.subarray(500_000)]));
    expect(info.size).toBe(data.length);
    const [back] = await admin.bucket(bucket).file('chunks/c.bin').download();
    expect(Buffer.compare(back, data)).toBe(0);
    expect(gcsOf(storage).settings.chunkSize).toBe(256 * 1024);
  });

  it('names a missing bucket in one line, as a usage error', async () => {
    const storage = await openStorage('gs://bakup-no-such-bucket/x', '--to', { gcsEndpoint: endpoint });
    for (const attempt of [
      () => storage.put('a', Readable.from([Buffer.from('x')])),
      () => storage.stat('a'),
      () => storage.get('a'),
    ]) {
      const err = await attempt().then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(UsageError);
      expect((err as Error).message).toBe(`gs://bakup-no-such-bucket/x: bucket 'bakup-no-such-bucket' does not exist at ${endpoint}`);
    }
  });

  it('names an endpoint that does not answer, within seconds', async () => {
    const t0 = Date.now();
    const storage = await openStorage(`gs://${bucket}/x`, '--to', { gcsEndpoint: 'http://127.0.0.1:1' });
    await expect(storage.stat('a')).rejects.toThrow(`gs://${bucket}/x: stat 'a' failed: endpoint http://127.0.0.1:1 refused the connection (ECONNREFUSED)`);
    await expect(storage.put('a', Readable.from([Buffer.from('x')]))).rejects.toThrow(`gs://${bucket}/x: put 'a' failed: endpoint http://127.0.0.1:1 refused the connection (ECONNREFUSED)`);
    expect(Date.now() - t0).toBeLessThan(20_000);
  });

  it('rejects malformed URLs and options before any request', async () => {
    await expect(openStorage('gs://', '--to')).rejects.toThrow(/no bucket name/);
    await expect(openStorage('gs://Bad_Bucket!/x', '--to')).rejects.toThrow(/not a valid bucket name/);
    await expect(openStorage(`gs://${bucket}/x`, '--to', { gcsChunkSize: '300KiB' })).rejects.toThrow(/multiple of 256 KiB/);
  });
});
