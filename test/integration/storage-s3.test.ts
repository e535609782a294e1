import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  AbortMultipartUploadCommand,
  CreateBucketCommand,
  CreateMultipartUploadCommand,
  DeleteBucketCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  GetObjectRetentionCommand,
  HeadObjectCommand,
  ListObjectVersionsCommand,
  PutBucketPolicyCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { OperationalError, UsageError } from '../../src/errors.js';
import { prune } from '../../src/commands/prune.js';
import { MemoryLogger } from '../../src/log.js';
import { openStorage } from '../../src/storage/open.js';
import { RetryingStorage } from '../../src/storage/retry.js';
import { S3Storage } from '../../src/storage/s3.js';
import type { Storage } from '../../src/storage/storage.js';
import { storageConformance } from '../conformance/storage.js';
import { needServices } from '../helpers/services.js';
import { FaultProxy } from './fault-proxy.js';

let peer: Record<string, string>;
let admin: S3Client;
const savedEnv = { ...process.env };

function s3Of(storage: Storage): S3Storage {
  return (storage as RetryingStorage).inner as S3Storage;
}

async function freshBucket(opts: { objectLock?: boolean } = {}): Promise<string> {
  const name = `bakup-test-${randomBytes(5).toString('hex')}`;
  await admin.send(new CreateBucketCommand({ Bucket: name, ObjectLockEnabledForBucket: opts.objectLock }));
  return name;
}

/** Empties a bucket, every version included, then removes it. */
async function dropBucket(name: string, bypassGovernance = false): Promise<void> {
  for (;;) {
    const res = await admin.send(new ListObjectVersionsCommand({ Bucket: name }));
    const all = [...(res.Versions ?? []), ...(res.DeleteMarkers ?? [])];
    if (all.length === 0) break;
    for (const v of all) {
      await admin.send(new DeleteObjectCommand({ Bucket: name, Key: v.Key, VersionId: v.VersionId, BypassGovernanceRetention: bypassGovernance || undefined }));
    }
  }
  await admin.send(new DeleteBucketCommand({ Bucket: name }));
}

async function bodyText(key: string, bucket: string): Promise<string> {
  const res = await admin.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
  return res.Body!.transformToString();
}

beforeAll(() => {
  peer = needServices('s3');
  // bakup finds the peer the way the AWS tools do: the standard variables.
  process.env.AWS_ACCESS_KEY_ID = peer.BAKUP_TEST_S3_ACCESS_KEY_ID;
  process.env.AWS_SECRET_ACCESS_KEY = peer.BAKUP_TEST_S3_SECRET_ACCESS_KEY;
  process.env.AWS_REGION = peer.BAKUP_TEST_S3_REGION;
  process.env.AWS_ENDPOINT_URL_S3 = peer.BAKUP_TEST_S3_ENDPOINT;
  delete process.env.AWS_PROFILE;
  admin = new S3Client({
    endpoint: peer.BAKUP_TEST_S3_ENDPOINT,
    region: peer.BAKUP_TEST_S3_REGION,
    forcePathStyle: true,
    credentials: { accessKeyId: peer.BAKUP_TEST_S3_ACCESS_KEY_ID!, secretAccessKey: peer.BAKUP_TEST_S3_SECRET_ACCESS_KEY! },
  });
}, 10 * 60_000);

afterAll(() => {
  admin?.destroy();
  process.env = savedEnv;
});

storageConformance('S3 (versitygw)', async () => {
  const bucket = await freshBucket();
  // The smallest part size makes the 64 MiB object and the failing puts real multipart uploads.
  const storage = await openStorage(`s3://${bucket}/conformance/run`, '--to', { s3PartSize: '5MiB', listPageSize: 500 });
  return {
    storage,
    pendingUploads: () => s3Of(storage).pendingUploads(),
    cleanup: async () => {
      await storage.close?.();
      await dropBucket(bucket);
    },
  };
});

describe('S3 specifics', () => {
  let bucket: string;
  beforeAll(async () => {
    bucket = await freshBucket();
  });
  afterAll(async () => {
    await dropBucket(bucket);
  });

  it('uses path-style addressing for the custom endpoint from AWS_ENDPOINT_URL_S3', async () => {
    const storage = await openStorage(`s3://${bucket}/env`, '--to');
    expect(s3Of(storage).settings).toMatchObject({ endpoint: peer.BAKUP_TEST_S3_ENDPOINT, forcePathStyle: true, region: 'us-east-1' });
    await storage.put('a.txt', Readable.from([Buffer.from('via the standard variables')]));
    expect(await bodyText('env/a.txt', bucket)).toBe('via the standard variables');
  });

  it('stores exact bytes with checksums only when required (for weak S3-compatible stores)', async () => {
    const storage = await openStorage(`s3://${bucket}/wr`, '--to', { s3ChecksumCalculation: 'WHEN_REQUIRED', s3PartSize: '5MiB' });
    const data = randomBytes(11 * 1024 * 1024 + 3);
    await storage.put('m.bin', Readable.from([data.subarray(0, 4_000_000), data.subarray(4_000_000)]));
    const head = await admin.send(new HeadObjectCommand({ Bucket: bucket, Key: 'wr/m.bin' }));
    expect(head.ContentLength).toBe(data.length);
    const res = await admin.send(new GetObjectCommand({ Bucket: bucket, Key: 'wr/m.bin' }));
    expect(Buffer.compare(Buffer.from(await res.Body!.transformToByteArray()), data)).toBe(0);
  });

  it('sends storage class, encryption and content type with every upload request', async () => {
    // versitygw accepts but does not keep storage class and SSE, so check what goes over the wire.
    const proxy = await FaultProxy.start(peer.BAKUP_TEST_S3_ENDPOINT!);
    try {
      const storage = await openStorage(`s3://${bucket}/cls`, '--to', {
        s3Endpoint: proxy.url,
        s3StorageClass: 'standard_ia',
        s3Sse: 'aws:kms',
        s3SseKmsKeyId: 'arn:aws:kms:us-east-1:111122223333:key/test',
        s3PartSize: '5MiB',
      });
      await storage.put('small.json', Readable.from([Buffer.from('{}')]), { contentType: 'application/json' });
      await storage.put('big.bin', Readable.from([randomBytes(6 << 20), randomBytes(6 << 20)]));
      const creating = proxy.seen.filter((r) => r.method === 'PUT' && !/[?&]partNumber=/.test(r.url) || (r.method === 'POST' && /[?&]uploads/.test(r.url)));
      expect(creating.map((r) => r.url.replace(/\?.*$/, ''))).toEqual([`/${bucket}/cls/small.json`, `/${bucket}/cls/big.bin`]);
      for (const r of creating) {
        expect(r.headers).toMatchObject({
          'x-amz-storage-class': 'STANDARD_IA',
          'x-amz-server-side-encryption': 'aws:kms',
          'x-amz-server-side-encryption-aws-kms-key-id': 'arn:aws:kms:us-east-1:111122223333:key/test',
        });
      }
      expect(creating[0]!.headers['content-type']).toBe('application/json');
      const head = await admin.send(new HeadObjectCommand({ Bucket: bucket, Key: 'cls/small.json' }));
      expect(head.ContentType).toBe('application/json');
      expect(head.ContentLength).toBe(2);
      expect((await admin.send(new HeadObjectCommand({ Bucket: bucket, Key: 'cls/big.bin' }))).ContentLength).toBe(12 << 20);
    } finally {
      await proxy.stop();
    }
  });

  it('falls back to look-write-read-back when a store refuses If-None-Match, and says it once', async () => {
    // versitygw honours If-None-Match (the conformance race shows it); play a store that does not.
    const proxy = await FaultProxy.start(peer.BAKUP_TEST_S3_ENDPOINT!, (req) => (req.headers['if-none-match'] === '*' ? '501' : 'pass'));
    try {
      const storage = await openStorage(`s3://${bucket}/nocond`, '--to', { s3Endpoint: proxy.url });
      expect(await storage.putIfAbsent!('lock.json', Buffer.from('{"holder":"a"}'))).toBe(true);
      expect(await storage.putIfAbsent!('lock.json', Buffer.from('{"holder":"b"}'))).toBe(false);
      expect(await bodyText('nocond/lock.json', bucket)).toBe('{"holder":"a"}');
      // One conditional request was refused; after that the store is not asked again.
      expect(proxy.seen.filter((r) => r.headers['if-none-match'] === '*').map((r) => r.fault)).toEqual(['501']);
    } finally {
      await proxy.stop();
    }
  });

  it('aborts multipart uploads older than the grace under the prefix, and keeps younger ones', async () => {
    const storage = await openStorage(`s3://${bucket}/sweep`, '--to');
    const old = await admin.send(new CreateMultipartUploadCommand({ Bucket: bucket, Key: 'sweep/app/20261126T000000Z-full-0001/data.bin' }));
    const elsewhere = await admin.send(new CreateMultipartUploadCommand({ Bucket: bucket, Key: 'sweep/other/x.bin' }));
    expect(await s3Of(storage).pendingUploads()).toEqual(['app/20261126T000000Z-full-0001/data.bin', 'other/x.bin']);
    // Started just now: younger than a one-hour grace, left alone.
    expect(await storage.sweepIncomplete!('app/', new Date(Date.now() - 3_600_000))).toBe(0);
    expect(await s3Of(storage).pendingUploads()).toHaveLength(2);
    // versitygw records the start to the second; a cut-off in the future covers it.
    expect(await storage.sweepIncomplete!('app/', new Date(Date.now() + 60_000))).toBe(1);
    expect(await s3Of(storage).pendingUploads()).toEqual(['other/x.bin']);
    expect(old.UploadId).toBeDefined();
    await admin.send(new AbortMultipartUploadCommand({ Bucket: bucket, Key: 'sweep/other/x.bin', UploadId: elsewhere.UploadId }));
  });

  it('prune sweeps a multipart upload left by a killed backup once it is older than --grace', async () => {
    const url = `s3://${bucket}/prune`;
    await admin.send(new CreateMultipartUploadCommand({ Bucket: bucket, Key: 'prune/app/20261126T000000Z-full-0002/files.tar.zst' }));
    const storage = await openStorage(url, '--from');
    const log = new MemoryLogger();
    const kept = await prune({ from: url, name: 'app', policy: { last: 1 }, dryRun: false, allowEmpty: false, graceMs: 3_600_000, lockWaitMs: 0 }, { log });
    expect(kept.orphans).toEqual([]);
    expect(await s3Of(storage).pendingUploads()).toHaveLength(1);
    await new Promise((r) => setTimeout(r, 2100));
    const swept = await prune({ from: url, name: 'app', policy: { last: 1 }, dryRun: false, allowEmpty: false, graceMs: 1000, lockWaitMs: 0 }, { log });
    expect(swept.orphans).toEqual([{ folder: 'app (incomplete writes)', objects: 1 }]);
    expect(await s3Of(storage).pendingUploads()).toEqual([]);
  });

  it('sees a multipart upload left pending (so the conformance check for none can fail)', async () => {
    const storage = await openStorage(`s3://${bucket}/pending`, '--to');
    const mpu = await admin.send(new CreateMultipartUploadCommand({ Bucket: bucket, Key: 'pending/left.bin' }));
    expect(await s3Of(storage).pendingUploads()).toEqual(['left.bin']);
    await admin.send(new AbortMultipartUploadCommand({ Bucket: bucket, Key: 'pending/left.bin', UploadId: mpu.UploadId }));
    expect(await s3Of(storage).pendingUploads()).toEqual([]);
  });

  it('names a missing bucket in one line, as a usage error, for every operation', async () => {
    const storage = await openStorage('s3://bakup-no-such-bucket/x', '--to');
    for (const attempt of [
      () => storage.put('a', Readable.from([Buffer.from('x')])),
      () => storage.put('big', Readable.from([randomBytes(6 << 20), randomBytes(6 << 20)])),
      () => storage.stat('a'),
      () => storage.get('a'),
      () => storage.list('')[Symbol.asyncIterator]().next(),
    ]) {
      const err = await (attempt() as Promise<unknown>).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(UsageError);
      expect((err as Error).message).toBe(`s3://bakup-no-such-bucket/x: bucket 'bakup-no-such-bucket' does not exist at ${peer.BAKUP_TEST_S3_ENDPOINT}`);
    }
  });

  it('says the credentials were rejected, in one line without the secret', async () => {
    const env = { ...process.env };
    process.env.AWS_SECRET_ACCESS_KEY = 'wrong-secret-wrong-secret-wrong-secret00';
    try {
      const storage = await openStorage(`s3://${bucket}/x`, '--to');
      const err = await storage.put('a', Readable.from([Buffer.from('x')])).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(OperationalError);
      expect((err as Error).message).toMatch(/^s3:\/\/bakup-test-[0-9a-f]+\/x: put 'a' failed: the credentials were rejected \(SignatureDoesNotMatch\); the AWS SDK chain reads /);
      expect((err as Error).message).not.toContain('wrong-secret');
      expect((err as Error).message).not.toContain('\n');
    } finally {
      process.env = env;
    }
  });

  it('names an endpoint that does not answer, after bounded retries', async () => {
    const t0 = Date.now();
    const storage = await openStorage(`s3://${bucket}/x`, '--to', { s3Endpoint: 'http://127.0.0.1:1', retryAttempts: 2, retryBaseMs: 10 });
    await expect(storage.stat('a')).rejects.toThrow(`s3://${bucket}/x: stat 'a' failed: endpoint http://127.0.0.1:1 refused the connection (ECONNREFUSED)`);
    expect(Date.now() - t0).toBeLessThan(30_000);
  });
});

describe('S3 object lock', () => {
  let bucket: string;
  beforeAll(async () => {
    bucket = await freshBucket({ objectLock: true });
  });
  afterAll(async () => {
    // versitygw honours a governance bypass only when a bucket policy grants it.
    await admin.send(
      new PutBucketPolicyCommand({
        Bucket: bucket,
        Policy: JSON.stringify({
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Principal: { AWS: [peer.BAKUP_TEST_S3_ACCESS_KEY_ID] }, Action: ['s3:BypassGovernanceRetention'], Resource: [`arn:aws:s3:::${bucket}/*`] }],
        }),
      }),
    );
    await dropBucket(bucket, true);
  });

  it('gives every object a retain-until date that blocks early deletion', async () => {
    const storage = await openStorage(`s3://${bucket}/locked`, '--to', { s3ObjectLockMode: 'GOVERNANCE', s3ObjectLockDays: 2, s3PartSize: '5MiB' });
    const before = Date.now();
    await storage.put('small.json', Readable.from([Buffer.from('{"a":1}')]));
    await storage.put('big.bin', Readable.from([randomBytes(6 << 20), randomBytes(6 << 20)]));
    for (const key of ['locked/small.json', 'locked/big.bin']) {
      const ret = await admin.send(new GetObjectRetentionCommand({ Bucket: bucket, Key: key }));
      expect(ret.Retention?.Mode).toBe('GOVERNANCE');
      const until = ret.Retention!.RetainUntilDate!.getTime();
      expect(until).toBeGreaterThan(before + 2 * 86_400_000 - 60_000);
      expect(until).toBeLessThan(Date.now() + 2 * 86_400_000 + 60_000);
      const head = await admin.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
      // Deleting the locked version itself is refused without a governance bypass.
      await expect(admin.send(new DeleteObjectCommand({ Bucket: bucket, Key: key, VersionId: head.VersionId }))).rejects.toMatchObject({
        $metadata: { httpStatusCode: 403 },
      });
    }
  });
});
