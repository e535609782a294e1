import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  CreateBucketCommand,
  DeleteBucketCommand,
  DeleteObjectCommand,
  GetObjectRetentionCommand,
  HeadObjectCommand,
  ListObjectVersionsCommand,
  PutBucketPolicyCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { BlobServiceClient } from '@azure/storage-blob';
import { Storage as GcsClient } from '@google-cloud/storage';
import { bakup, parseGithubOutput, runAction } from '../helpers/cli.js';
import { needServices } from '../helpers/services.js';
import { tempDir, writeRandomFile } from '../helpers/tree.js';
import { FaultProxy, maxOverlap } from '../integration/fault-proxy.js';

/**
 * The cloud store flags as users pass them (the bundle, CLI flags and action
 * inputs), each group shown to reach the peer: read back from the peer where
 * it keeps the setting, seen on the wire (a proxy in front of the peer) where
 * the peer accepts and drops it.
 */
const MiB = 1 << 20;
let peer: Record<string, string>;
let env: NodeJS.ProcessEnv;
let s3: S3Client;
let work: string;
let src: string;

interface BackupJson {
  id: string;
  artifacts: { name: string; size: number }[];
}

async function emptyBucket(bucket: string, bypass = false): Promise<void> {
  for (;;) {
    const res = await s3.send(new ListObjectVersionsCommand({ Bucket: bucket }));
    const all = [...(res.Versions ?? []), ...(res.DeleteMarkers ?? [])];
    if (all.length === 0) break;
    for (const v of all) await s3.send(new DeleteObjectCommand({ Bucket: bucket, Key: v.Key, VersionId: v.VersionId, BypassGovernanceRetention: bypass || undefined }));
  }
  await s3.send(new DeleteBucketCommand({ Bucket: bucket }));
}

beforeAll(async () => {
  peer = needServices('s3', 'gcs', 'azurite');
  env = {
    ...process.env,
    AWS_ACCESS_KEY_ID: peer.BAKUP_TEST_S3_ACCESS_KEY_ID,
    AWS_SECRET_ACCESS_KEY: peer.BAKUP_TEST_S3_SECRET_ACCESS_KEY,
    AWS_REGION: peer.BAKUP_TEST_S3_REGION,
    AWS_ENDPOINT_URL_S3: peer.BAKUP_TEST_S3_ENDPOINT,
    AZURE_STORAGE_CONNECTION_STRING: peer.BAKUP_TEST_AZURE_CONNECTION_STRING,
  };
  delete env.AWS_PROFILE;
  delete env.STORAGE_EMULATOR_HOST;
  s3 = new S3Client({
    endpoint: peer.BAKUP_TEST_S3_ENDPOINT,
    region: peer.BAKUP_TEST_S3_REGION,
    forcePathStyle: true,
    credentials: { accessKeyId: peer.BAKUP_TEST_S3_ACCESS_KEY_ID!, secretAccessKey: peer.BAKUP_TEST_S3_SECRET_ACCESS_KEY! },
  });
  work = await tempDir('flags');
  src = path.join(work, 'src');
  await fs.mkdir(src);
  // 21 MiB of random bytes, stored uncompressed: five 5 MiB S3 parts, many GCS chunks and Azure blocks.
  await writeRandomFile(path.join(src, 'data.bin'), 21 * MiB);
}, 10 * 60_000);

afterAll(async () => {
  s3?.destroy();
  await fs.rm(work, { recursive: true, force: true });
});

describe('cloud store flags reach the peer', () => {
  it('S3: part size, concurrency, storage class, SSE and KMS key go with every upload request', async () => {
    const bucket = `bakup-flags-${randomBytes(4).toString('hex')}`;
    await s3.send(new CreateBucketCommand({ Bucket: bucket }));
    const proxy = await FaultProxy.start(peer.BAKUP_TEST_S3_ENDPOINT!);
    try {
      const b = await bakup(
        [
          'backup', '--source', src, '--to', `s3://${bucket}/p`, '--name', 'app', '--compression', 'none', '--json',
          '--s3-endpoint', proxy.url, '--s3-part-size', '5MiB', '--s3-concurrency', '1',
          '--s3-storage-class', 'standard_ia', '--s3-sse', 'aws:kms', '--s3-sse-kms-key-id', 'arn:aws:kms:us-east-1:111122223333:key/flags',
        ],
        { env },
      );
      expect(b.stderr).not.toMatch(/^(error|warning): /m);
      expect(b.code).toBe(0);
      const m = JSON.parse(b.stdout) as BackupJson;
      const parts = proxy.seen.filter((r) => r.method === 'PUT' && /[?&]partNumber=/.test(r.url));
      // 21 MiB + the tar headers in 5 MiB parts: five parts, all but the last exactly 5 MiB, one at a time.
      expect(parts.map((r) => Number(r.headers['content-length']))).toEqual([5 * MiB, 5 * MiB, 5 * MiB, 5 * MiB, m.artifacts[0]!.size - 20 * MiB]);
      expect(maxOverlap(parts)).toBe(1);
      const creating = proxy.seen.filter((r) => (r.method === 'POST' && /[?&]uploads/.test(r.url)) || (r.method === 'PUT' && !/[?&]partNumber=/.test(r.url)));
      // The artifact's CreateMultipartUpload, the manifest's and the locks' PutObjects.
      expect(creating.map((r) => decodeURIComponent(r.url.replace(/\?.*$/, '')))).toEqual(expect.arrayContaining([`/${bucket}/p/app/${m.id}/${m.artifacts[0]!.name}`, `/${bucket}/p/app/${m.id}/manifest.json`]));
      for (const r of creating) {
        expect(r.headers).toMatchObject({
          'x-amz-storage-class': 'STANDARD_IA',
          'x-amz-server-side-encryption': 'aws:kms',
          'x-amz-server-side-encryption-aws-kms-key-id': 'arn:aws:kms:us-east-1:111122223333:key/flags',
        });
      }
      // What versitygw 1.7 keeps of it: the object, but not the class or the encryption (it reports STANDARD and no SSE).
      const head = await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: `p/app/${m.id}/${m.artifacts[0]!.name}` }));
      expect(head.ContentLength).toBe(m.artifacts[0]!.size);
      expect([head.StorageClass, head.ServerSideEncryption]).toEqual(['STANDARD', undefined]);
    } finally {
      await proxy.stop();
      await emptyBucket(bucket);
    }
  });

  it('S3: object lock mode and days give every object a retention the peer enforces', async () => {
    const bucket = `bakup-lock-${randomBytes(4).toString('hex')}`;
    await s3.send(new CreateBucketCommand({ Bucket: bucket, ObjectLockEnabledForBucket: true }));
    try {
      const before = Date.now();
      const b = await bakup(['backup', '--source', src, '--to', `s3://${bucket}`, '--name', 'app', '--json', '--s3-object-lock-mode', 'governance', '--s3-object-lock-days', '1'], { env });
      expect(b.code).toBe(0);
      const m = JSON.parse(b.stdout) as BackupJson;
      for (const key of [`app/${m.id}/${m.artifacts[0]!.name}`, `app/${m.id}/manifest.json`]) {
        const ret = await s3.send(new GetObjectRetentionCommand({ Bucket: bucket, Key: key }));
        expect(ret.Retention?.Mode).toBe('GOVERNANCE');
        expect(Math.abs(ret.Retention!.RetainUntilDate!.getTime() - (before + 86_400_000))).toBeLessThan(5 * 60_000);
        const head = await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
        await expect(s3.send(new DeleteObjectCommand({ Bucket: bucket, Key: key, VersionId: head.VersionId }))).rejects.toMatchObject({ $metadata: { httpStatusCode: 403 } });
      }
    } finally {
      // versitygw honours a governance bypass only when a bucket policy grants it.
      await s3.send(
        new PutBucketPolicyCommand({
          Bucket: bucket,
          Policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: [peer.BAKUP_TEST_S3_ACCESS_KEY_ID] }, Action: ['s3:BypassGovernanceRetention'], Resource: [`arn:aws:s3:::${bucket}/*`] }] }),
        }),
      );
      await emptyBucket(bucket, true);
    }
  });

  it('GCS: storage class is kept by the peer; the chunk size shapes the upload requests', async () => {
    const gcs = new GcsClient({ apiEndpoint: peer.BAKUP_TEST_GCS_ENDPOINT, projectId: 'bakup-test' });
    const bucket = `bakup-flags-${randomBytes(4).toString('hex')}`;
    await gcs.createBucket(bucket);
    const proxy = await FaultProxy.start(peer.BAKUP_TEST_GCS_ENDPOINT!);
    try {
      const b = await bakup(
        ['backup', '--source', src, '--to', `gs://${bucket}`, '--name', 'app', '--compression', 'none', '--json', '--gcs-endpoint', proxy.url, '--gcs-storage-class', 'nearline', '--gcs-chunk-size', '4MiB'],
        { env },
      );
      expect(b.stderr).not.toMatch(/^(error|warning): /m);
      expect(b.code).toBe(0);
      const m = JSON.parse(b.stdout) as BackupJson;
      const [meta] = await gcs.bucket(bucket).file(`app/${m.id}/${m.artifacts[0]!.name}`).getMetadata();
      expect([meta.storageClass, Number(meta.size)]).toEqual(['NEARLINE', m.artifacts[0]!.size]);
      // The artifact's chunks (the lock and the manifest are small uploads of their own).
      const chunks = proxy.seen.filter((r) => r.method === 'PUT' && /upload_id=/.test(r.url) && Number(r.headers['content-length']) > 64 * 1024);
      expect(chunks.map((r) => Number(r.headers['content-length']))).toEqual([4, 4, 4, 4, 4].map((n) => n * MiB).concat([m.artifacts[0]!.size - 20 * MiB]));
    } finally {
      await proxy.stop();
      await gcs.bucket(bucket).deleteFiles({ force: true });
      await gcs.bucket(bucket).delete();
    }
  });

  it('Azure: access tier is kept by the peer; the block size shapes the block list', async () => {
    const az = BlobServiceClient.fromConnectionString(peer.BAKUP_TEST_AZURE_CONNECTION_STRING!);
    const container = `bakup-flags-${randomBytes(4).toString('hex')}`;
    await az.createContainer(container);
    try {
      const b = await bakup(['backup', '--source', src, '--to', `azblob://${container}`, '--name', 'app', '--compression', 'none', '--json', '--azure-access-tier', 'cool', '--azure-block-size', '4MiB'], { env });
      expect(b.code).toBe(0);
      const m = JSON.parse(b.stdout) as BackupJson;
      const blob = az.getContainerClient(container).getBlockBlobClient(`app/${m.id}/${m.artifacts[0]!.name}`);
      expect((await blob.getProperties()).accessTier).toBe('Cool');
      const blocks = (await blob.getBlockList('committed')).committedBlocks ?? [];
      expect(blocks.map((x) => x.size)).toEqual([4, 4, 4, 4, 4].map((n) => n * MiB).concat([m.artifacts[0]!.size - 20 * MiB]));
    } finally {
      await az.getContainerClient(container).deleteIfExists();
    }
  });

  it('a backup that fails on every destination leaves no temporary file index behind (before or after the source started)', async () => {
    // A directory backup writes its file index (every file name of the tree) to the temporary folder while the tar
    // streams out. A backup whose destinations all failed used to leave it there (75 bakup-index-* folders in /tmp).
    const bucket = `bakup-early-${randomBytes(4).toString('hex')}`;
    await s3.send(new CreateBucketCommand({ Bucket: bucket }));
    const dir = await tempDir('early');
    const tmp = path.join(dir, 'tmp');
    const small = path.join(dir, 'small');
    await fs.mkdir(tmp);
    await fs.mkdir(small);
    await fs.writeFile(path.join(small, 'a.txt'), 'a small tree: its whole tar is made before the upload fails\n');
    await fs.writeFile(path.join(dir, 'a-file'), 'x');
    const tmpEnv = { ...env, TMPDIR: tmp };
    // The upload of the tar fails (503, no retries): the lock was taken, the source had started and finished.
    const proxy = await FaultProxy.start(peer.BAKUP_TEST_S3_ENDPOINT!, (req) => (req.method === 'PUT' && /files\.tar/.test(req.url ?? '') ? '503' : 'pass'));
    try {
      const failed = await bakup(
        ['backup', '--source', small, '--to', `s3://${bucket}/e`, '--name', 'early', '--s3-endpoint', proxy.url, '--retry-attempts', '1', '--s3-max-attempts', '1', '--retry-base-ms', '1', '--retry-max-ms', '5'],
        { env: tmpEnv },
      );
      expect(failed.code).toBe(1);
      expect(failed.stderr).toMatch(/^error: backup failed on every destination: /m);
      expect(proxy.faults().length).toBeGreaterThan(0);
      expect(await fs.readdir(tmp)).toEqual([]);
      // A destination that fails at once (its lock cannot be written): the source is not even read.
      const locked = await bakup(['backup', '--source', small, '--to', path.join(dir, 'a-file', 'store'), '--name', 'early'], { env: tmpEnv });
      expect(locked.code).toBe(1);
      expect(locked.stderr).toMatch(/^error: backup failed on every destination: .*ENOTDIR/m);
      expect(await fs.readdir(tmp)).toEqual([]);
    } finally {
      await proxy.stop();
      await emptyBucket(bucket);
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  it('retries: attempts per layer as the flags say, then one line naming the store', async () => {
    const bucket = `bakup-retry-${randomBytes(4).toString('hex')}`;
    await s3.send(new CreateBucketCommand({ Bucket: bucket }));
    const proxy = await FaultProxy.start(peer.BAKUP_TEST_S3_ENDPOINT!, () => '503');
    try {
      const common = ['list', '--from', `s3://${bucket}/x`, '--s3-endpoint', proxy.url, '--retry-base-ms', '1', '--retry-max-ms', '5'];
      const decorator = await bakup([...common, '--retry-attempts', '3', '--s3-max-attempts', '1'], { env });
      expect(decorator.code).toBe(1);
      expect(decorator.stderr).toMatch(new RegExp(`s3://${bucket}/x: list failed \\(SlowDown, HTTP 503\\)`));
      expect(proxy.seen).toHaveLength(3);
      proxy.seen.length = 0;
      const sdk = await bakup([...common, '--retry-attempts', '1', '--s3-max-attempts', '2'], { env });
      expect(sdk.code).toBe(1);
      expect(proxy.seen).toHaveLength(2);
    } finally {
      await proxy.stop();
      await emptyBucket(bucket);
    }
  });

  it('refuses a bad value in one line naming the flag (CLI) or the input (action), and warns about flags for stores not used', async () => {
    const bad = await bakup(['backup', '--source', src, '--to', 's3://some-bucket/x', '--s3-part-size', '3MiB'], { env });
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim()).toBe("error: --s3-part-size: expected a size from 5242880 to 1073741824 bytes (units KiB, MiB, GiB allowed), got '3MiB'");
    const tier = await bakup(['list', '--from', 'azblob://some-container', '--azure-access-tier', 'Frozen'], { env });
    expect(tier.code).toBe(2);
    expect(tier.stderr.trim()).toBe("error: --azure-access-tier: expected one of Hot, Cool, Cold, Archive, got 'Frozen'");
    const action = await runAction({ command: 'list', storage: 's3://some-bucket/x', 's3-sse': 'des' }, env);
    expect(action.code).toBe(2);
    expect(action.stdout).toContain("::error::input 's3-sse': expected one of AES256, aws:kms, aws:kms:dsse, got 'des'");

    const store = path.join(work, 'local');
    const unused = await bakup(['backup', '--source', src, '--to', store, '--name', 'u', '--s3-storage-class', 'STANDARD_IA'], { env });
    expect(unused.code).toBe(0);
    expect(unused.stderr).toContain('warning: --s3-storage-class has no effect: no s3:// storage is used');
  });
});

describe('one backup to S3, GCS and Azure at once', () => {
  it('completes the others when one fails, exits 1, and names the failed one in the error, outputs and job summary', async () => {
    const bucket = `bakup-multi-${randomBytes(4).toString('hex')}`;
    const missing = `bakup-missing-${randomBytes(4).toString('hex')}`;
    await s3.send(new CreateBucketCommand({ Bucket: bucket }));
    const az = BlobServiceClient.fromConnectionString(peer.BAKUP_TEST_AZURE_CONNECTION_STRING!);
    await az.createContainer(bucket);
    const out = path.join(work, 'multi-output');
    const summary = path.join(work, 'multi-summary.md');
    await fs.writeFile(out, '');
    await fs.writeFile(summary, '');
    try {
      const stores = [`s3://${bucket}/m`, `gs://${missing}/m`, `azblob://${bucket}/m`];
      const a = await runAction(
        { command: 'backup', source: src, storage: stores.join('\n'), name: 'multi', compression: 'none' },
        { ...env, STORAGE_EMULATOR_HOST: peer.BAKUP_TEST_GCS_ENDPOINT, GITHUB_OUTPUT: out, GITHUB_STEP_SUMMARY: summary },
      );
      expect(a.code).toBe(1);
      const errors = a.stdout.split('\n').filter((l) => l.startsWith('::error::'));
      expect(errors[0]).toMatch(new RegExp(`^::error::destination gs://${missing}/m failed: .*bucket '${missing}' does not exist`));
      const outputs = parseGithubOutput(await fs.readFile(out, 'utf8'));
      const id = outputs['backup-id']!;
      // The two stores that worked hold the whole backup, listed and restorable.
      expect(outputs.manifest!.split('\n')).toEqual([`s3://${bucket}/m/multi/${id}/manifest.json`, `azblob://${bucket}/m/multi/${id}/manifest.json`]);
      for (const from of [stores[0]!, stores[2]!]) {
        const target = path.join(work, `multi-restored-${from.split(':')[0]}`);
        const r = await bakup(['restore', '--from', from, '--name', 'multi', '--target', target], { env });
        expect(r.code).toBe(0);
        expect(Buffer.compare(await fs.readFile(path.join(target, 'data.bin')), await fs.readFile(path.join(src, 'data.bin')))).toBe(0);
      }
      const md = await fs.readFile(summary, 'utf8');
      expect(md).toContain('⚠️ bakup backup `multi`');
      expect(md).toMatch(new RegExp(`gs://${missing}/m \\| FAILED: `));
    } finally {
      await emptyBucket(bucket);
      await az.getContainerClient(bucket).deleteIfExists();
    }
  });
});

describe('copy through the action', () => {
  it('copies with command: copy, storage and copy-to, and sets the outputs', async () => {
    const from = path.join(work, 'action-from');
    const to1 = path.join(work, 'action-to1');
    const to2 = path.join(work, 'action-to2');
    const b = await bakup(['backup', '--source', src, '--to', from, '--name', 'app', '--json'], { env });
    const id = (JSON.parse(b.stdout) as BackupJson).id;
    const out = path.join(work, 'gh-output');
    const summary = path.join(work, 'gh-summary.md');
    await fs.writeFile(out, '');
    await fs.writeFile(summary, '');
    const a = await runAction({ command: 'copy', storage: from, 'copy-to': `${to1}\n${to2}`, name: 'app', 'backup-id': 'all' }, { ...env, GITHUB_OUTPUT: out, GITHUB_STEP_SUMMARY: summary });
    expect(a.stderr).toBe('');
    expect(a.code).toBe(0);
    const outputs = parseGithubOutput(await fs.readFile(out, 'utf8'));
    expect(outputs['backup-id']).toBe(id);
    expect(outputs.manifest!.split('\n')).toEqual([`file://${to1}/app/${id}/manifest.json`, `file://${to2}/app/${id}/manifest.json`]);
    expect(await fs.readFile(summary, 'utf8')).toContain('bakup copy `app`');
    for (const t of [to1, to2]) expect(Buffer.compare(await fs.readFile(path.join(t, 'app', id, 'manifest.json')), await fs.readFile(path.join(from, 'app', id, 'manifest.json')))).toBe(0);
  });
});
