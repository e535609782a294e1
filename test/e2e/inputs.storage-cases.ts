/**
 * The input table's rows for the cloud store settings (inputs.cases.ts spreads
 * them in at action.yml's place): each valid value is shown reaching the real
 * peer (versitygw, fake-gcs-server, Azurite) — read back from the peer where it
 * keeps the setting, seen on the wire through a proxy (integration/fault-proxy.ts)
 * where the peer accepts and drops it — and each wrong value gives one line
 * naming the input. GitHub's artifact service has no peer to run: its rows use
 * loopback receivers that record what the toolkit sends, and Azurite as the
 * blob store the service would hand out an upload URL for.
 */
import { expect } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs/promises';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import {
  CreateBucketCommand,
  DeleteBucketCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  GetObjectRetentionCommand,
  HeadObjectCommand,
  ListObjectVersionsCommand,
  PutBucketPolicyCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { BlobSASPermissions, BlobServiceClient } from '@azure/storage-blob';
import { Storage as GcsClient } from '@google-cloud/storage';
import { needServices } from '../helpers/services.js';
import { writeRandomFile } from '../helpers/tree.js';
import { FaultProxy, maxOverlap, type Fault, type SeenRequest } from '../integration/fault-proxy.js';
import type { InputCase } from './inputs.cases.js';
import type { ActionRun, InputFixture, Manifestish } from './inputs.fixture.js';

const MiB = 1 << 20;

/** The peers, one bucket/container each, and 11 MiB of random bytes (several parts, chunks and blocks when stored uncompressed). */
interface Cloud {
  peer: Record<string, string>;
  /** Credentials and endpoints as a workflow would set them, through the SDKs' own variables. */
  env: NodeJS.ProcessEnv;
  s3: S3Client;
  gcs: GcsClient;
  az: BlobServiceClient;
  bucket: string;
  /** An S3 bucket with Object Lock enabled. */
  lockBucket: string;
  gcsBucket: string;
  container: string;
  data: string;
  dataSize: number;
  azureKey: string;
  azureBlobEndpoint: string;
}

async function emptyBucket(s3: S3Client, bucket: string, bypass = false): Promise<void> {
  for (;;) {
    const res = await s3.send(new ListObjectVersionsCommand({ Bucket: bucket }));
    const all = [...(res.Versions ?? []), ...(res.DeleteMarkers ?? [])];
    if (all.length === 0) break;
    for (const v of all) await s3.send(new DeleteObjectCommand({ Bucket: bucket, Key: v.Key, VersionId: v.VersionId, BypassGovernanceRetention: bypass || undefined }));
  }
  await s3.send(new DeleteBucketCommand({ Bucket: bucket }));
}

const cloud = (f: InputFixture): Promise<Cloud> =>
  f.once('cloud', async () => {
    const peer = needServices('s3', 'gcs', 'azurite');
    const cs = peer.BAKUP_TEST_AZURE_CONNECTION_STRING!;
    const env: NodeJS.ProcessEnv = {
      AWS_ACCESS_KEY_ID: peer.BAKUP_TEST_S3_ACCESS_KEY_ID,
      AWS_SECRET_ACCESS_KEY: peer.BAKUP_TEST_S3_SECRET_ACCESS_KEY,
      AWS_REGION: peer.BAKUP_TEST_S3_REGION,
      AWS_ENDPOINT_URL_S3: peer.BAKUP_TEST_S3_ENDPOINT,
      AWS_PROFILE: undefined,
      STORAGE_EMULATOR_HOST: peer.BAKUP_TEST_GCS_ENDPOINT,
      AZURE_STORAGE_CONNECTION_STRING: cs,
    };
    const s3 = new S3Client({
      endpoint: peer.BAKUP_TEST_S3_ENDPOINT,
      region: peer.BAKUP_TEST_S3_REGION,
      forcePathStyle: true,
      credentials: { accessKeyId: peer.BAKUP_TEST_S3_ACCESS_KEY_ID!, secretAccessKey: peer.BAKUP_TEST_S3_SECRET_ACCESS_KEY! },
    });
    const gcs = new GcsClient({ apiEndpoint: peer.BAKUP_TEST_GCS_ENDPOINT, projectId: 'bakup-test' });
    const az = BlobServiceClient.fromConnectionString(cs);
    const tag = randomBytes(4).toString('hex');
    const c: Cloud = {
      peer,
      env,
      s3,
      gcs,
      az,
      bucket: `inputs-${tag}`,
      lockBucket: `inputs-lock-${tag}`,
      gcsBucket: `inputs-${tag}`,
      container: `inputs-${tag}`,
      data: f.path('cloud-data'),
      dataSize: 11 * MiB,
      azureKey: /AccountKey=([^;]+)/.exec(cs)![1]!,
      azureBlobEndpoint: /BlobEndpoint=([^;]+)/.exec(cs)![1]!.replace(/\/$/, ''),
    };
    await fs.mkdir(c.data);
    await writeRandomFile(path.join(c.data, 'data.bin'), c.dataSize);
    await s3.send(new CreateBucketCommand({ Bucket: c.bucket }));
    await s3.send(new CreateBucketCommand({ Bucket: c.lockBucket, ObjectLockEnabledForBucket: true }));
    await gcs.createBucket(c.gcsBucket);
    await az.createContainer(c.container);
    f.cleanups.push(async () => {
      await emptyBucket(s3, c.bucket).catch(() => undefined);
      // versitygw honours a governance bypass only when a bucket policy grants it.
      await s3
        .send(
          new PutBucketPolicyCommand({
            Bucket: c.lockBucket,
            Policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: [peer.BAKUP_TEST_S3_ACCESS_KEY_ID] }, Action: ['s3:BypassGovernanceRetention'], Resource: [`arn:aws:s3:::${c.lockBucket}/*`] }] }),
          }),
        )
        .catch(() => undefined);
      await emptyBucket(s3, c.lockBucket, true).catch(() => undefined);
      await gcs.bucket(c.gcsBucket).deleteFiles({ force: true }).catch(() => undefined);
      await gcs.bucket(c.gcsBucket).delete().catch(() => undefined);
      await az.getContainerClient(c.container).deleteIfExists().catch(() => undefined);
      s3.destroy();
    });
    return c;
  });

/** A proxy in front of a peer for the length of `use`. */
async function throughProxy<T>(target: string, use: (p: FaultProxy) => Promise<T>, decide?: (req: http.IncomingMessage, n: number) => Fault): Promise<T> {
  const proxy = await FaultProxy.start(target, decide);
  try {
    return await use(proxy);
  } finally {
    await proxy.stop();
  }
}

/** A run that must succeed with the cloud environment (plus `env`). */
async function okIn(f: InputFixture, c: Cloud, inputs: Record<string, string>, env: NodeJS.ProcessEnv = {}): Promise<ActionRun> {
  return f.ok(inputs, { ...c.env, ...env });
}

/** A backup of the random data, stored uncompressed so its artifact is the data's size plus tar headers. */
const dataBackup = (c: Cloud, storage: string, name: string, more: Record<string, string> = {}) => ({ command: 'backup', source: c.data, storage, name, compression: 'none', ...more });

/** The manifest a backup run wrote, read back from the peer its `manifest` output names. */
async function manifestIn(c: Cloud, r: ActionRun): Promise<Manifestish> {
  const loc = new URL(r.outputs.manifest!.split('\n')[0]!);
  const key = decodeURIComponent(loc.pathname.slice(1));
  let text: string;
  if (loc.protocol === 's3:') text = await (await c.s3.send(new GetObjectCommand({ Bucket: loc.hostname, Key: key }))).Body!.transformToString();
  else if (loc.protocol === 'gs:') text = (await c.gcs.bucket(loc.hostname).file(key).download())[0].toString();
  else if (loc.protocol === 'azblob:') text = (await c.az.getContainerClient(loc.hostname).getBlockBlobClient(key).downloadToBuffer()).toString();
  else throw new Error(`not a cloud manifest: ${loc.href}`);
  return JSON.parse(text) as Manifestish;
}

/** S3 requests that create an object: PutObject and CreateMultipartUpload (not UploadPart). */
const creating = (seen: SeenRequest[]) => seen.filter((r) => (r.method === 'POST' && /[?&]uploads\b/.test(r.url)) || (r.method === 'PUT' && !/[?&]partNumber=/.test(r.url)));
const uploadParts = (seen: SeenRequest[]) => seen.filter((r) => r.method === 'PUT' && /[?&]partNumber=/.test(r.url));

/** The sizes `total` splits into at `part` bytes. */
const splits = (total: number, part: number) => Array.from({ length: Math.ceil(total / part) }, (_, i) => Math.min(part, total - i * part));

/**
 * `list` of an S3 bucket through a proxy that answers 503 to every request:
 * how many requests were made, and the span from the first to the last (ms).
 */
async function retrySpan(f: InputFixture, inputs: Record<string, string>): Promise<{ requests: number; spanMs: number; run: ActionRun }> {
  const c = await cloud(f);
  return throughProxy(
    c.peer.BAKUP_TEST_S3_ENDPOINT!,
    async (proxy) => {
      const run = await f.run({ command: 'list', storage: `s3://${c.bucket}/retry`, 's3-endpoint': proxy.url, 's3-max-attempts': '1', ...inputs }, c.env);
      expect(run.code).toBe(1);
      expect(run.errors[0]).toMatch(new RegExp(`s3://${c.bucket}/retry: list failed \\(SlowDown, HTTP 503\\)`));
      return { requests: proxy.seen.length, spanMs: proxy.seen[proxy.seen.length - 1]!.start - proxy.seen[0]!.start, run };
    },
    () => '503',
  );
}

/** A loopback HTTP receiver: answers with `answer` and records each request with its body. */
async function receiver(answer: (req: http.IncomingMessage, body: string, res: http.ServerResponse) => void): Promise<{ url: string; seen: { method: string; url: string; headers: http.IncomingHttpHeaders; body: string }[]; close(): Promise<void> }> {
  const seen: { method: string; url: string; headers: http.IncomingHttpHeaders; body: string }[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      answer(req, body, res);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    close: () =>
      new Promise((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

const json = (res: http.ServerResponse, status: number, body: unknown, headers: http.OutgoingHttpHeaders = {}) => {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
};

/** A runtime token as the runner hands one to a job: a JWT whose `scp` names the run's and the job's backend ids. */
function runtimeToken(): string {
  const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ scp: 'Actions.ExampleScope Actions.Results:run-backend-7:job-backend-9' })}.sig`;
}

const within = (ms: number, expected: number, slackMs: number) => expect(Math.abs(ms - expected)).toBeLessThan(slackMs);

export const STORAGE_INPUT_CASES: InputCase[] = [
  // ---------------------------------------------------------------- every cloud store
  {
    input: 'retry-attempts',
    valid: {
      title: '3 attempts ride out two 503s from the S3 peer; 1 attempt fails on the first',
      run: async (f) => {
        const c = await cloud(f);
        await throughProxy(
          c.peer.BAKUP_TEST_S3_ENDPOINT!,
          async (proxy) => {
            const r = await okIn(f, c, { command: 'list', storage: `s3://${c.bucket}/retry-ok`, 's3-endpoint': proxy.url, 's3-max-attempts': '1', 'retry-base-ms': '1', 'retry-attempts': '3' });
            expect(proxy.seen.map((s) => s.fault)).toEqual(['503', '503', 'pass']);
            expect(r.stdout).toMatch(/no backups/i);
          },
          (_req, n) => (n <= 2 ? '503' : 'pass'),
        );
        const once = await retrySpan(f, { 'retry-attempts': '1', 'retry-base-ms': '1' });
        expect(once.requests).toBe(1);
      },
    },
    invalid: { inputs: (f) => ({ command: 'list', storage: 's3://some-bucket/x', 'retry-attempts': '0' }), error: /expected an integer from 1 to 20, got '0'/ },
  },
  {
    input: 'retry-base-ms',
    valid: {
      title: 'the backoff between attempts is drawn below it: 1 ms → six attempts at once, 2000 ms → seconds apart',
      run: async (f) => {
        const fast = await retrySpan(f, { 'retry-attempts': '6', 'retry-base-ms': '1', 'retry-max-ms': '2000' });
        const slow = await retrySpan(f, { 'retry-attempts': '6', 'retry-base-ms': '2000', 'retry-max-ms': '2000' });
        expect([fast.requests, slow.requests]).toEqual([6, 6]);
        // Five delays below 1, 2, 4, 8, 16 ms vs five below 2000 ms each (mean 5 s; under 800 ms once in 10^4).
        expect(fast.spanMs).toBeLessThan(800);
        expect(slow.spanMs).toBeGreaterThan(800);
      },
    },
    invalid: { inputs: (f) => ({ command: 'list', storage: 's3://some-bucket/x', 'retry-base-ms': 'soon' }), error: /expected an integer from 0 to 60000, got 'soon'/ },
  },
  {
    input: 'retry-max-ms',
    valid: {
      title: 'caps the doubling backoff: base 2000 ms capped at 1 ms → six attempts at once',
      run: async (f) => {
        const capped = await retrySpan(f, { 'retry-attempts': '6', 'retry-base-ms': '2000', 'retry-max-ms': '1' });
        expect(capped.requests).toBe(6);
        expect(capped.spanMs).toBeLessThan(800);
      },
    },
    invalid: { inputs: (f) => ({ command: 'list', storage: 's3://some-bucket/x', 'retry-max-ms': '-5' }), error: /expected an integer from 0 to 600000, got '-5'/ },
  },
  {
    input: 'list-page-size',
    valid: {
      title: 'S3 list requests ask for that many keys; with 1, listing takes a request per key and still finds the backup',
      run: async (f) => {
        const c = await cloud(f);
        const b = await okIn(f, c, { command: 'backup', source: f.src, storage: `s3://${c.bucket}/pages`, name: 'pages' });
        await throughProxy(c.peer.BAKUP_TEST_S3_ENDPOINT!, async (proxy) => {
          const r = await okIn(f, c, { command: 'list', storage: `s3://${c.bucket}/pages`, name: 'pages', 's3-endpoint': proxy.url, 'list-page-size': '1' });
          expect(r.stdout).toContain(b.outputs['backup-id']);
          const lists = proxy.seen.filter((s) => s.method === 'GET' && /[?&]list-type=2/.test(s.url));
          expect(lists.length).toBeGreaterThan(1);
          for (const l of lists) expect(l.url).toMatch(/[?&]max-keys=1(&|$)/);
        });
      },
    },
    invalid: { inputs: (f) => ({ command: 'list', storage: 's3://some-bucket/x', 'list-page-size': '0' }), error: /expected an integer from 1 to 1000, got '0'/ },
  },
  // ---------------------------------------------------------------- S3
  {
    input: 's3-region',
    valid: {
      title: 'requests are signed for it, over AWS_REGION (the peer checks the region it is signed for)',
      run: async (f) => {
        const c = await cloud(f);
        await throughProxy(c.peer.BAKUP_TEST_S3_ENDPOINT!, async (proxy) => {
          const common = { command: 'list', storage: `s3://${c.bucket}/region`, 's3-endpoint': proxy.url };
          await okIn(f, c, { ...common, 's3-region': c.peer.BAKUP_TEST_S3_REGION! }, { AWS_REGION: 'eu-west-3' });
          expect(proxy.seen[0]!.headers.authorization).toContain(`/${c.peer.BAKUP_TEST_S3_REGION}/s3/aws4_request`);
          proxy.seen.length = 0;
          const other = await f.run({ ...common, 's3-region': 'eu-west-3', 'retry-attempts': '1' }, c.env);
          expect(proxy.seen[0]!.headers.authorization).toContain('/eu-west-3/s3/aws4_request');
          expect(other.code).toBe(1);
        });
      },
    },
    invalid: { inputs: (f) => ({ command: 'list', storage: 's3://some-bucket/x', 's3-region': 'us east 1' }), error: /expected a region name such as us-east-1 \(R2: auto\), got 'us east 1'/ },
  },
  {
    input: 's3-endpoint',
    valid: {
      title: 'requests go there, over AWS_ENDPOINT_URL_S3',
      run: async (f) => {
        const c = await cloud(f);
        await throughProxy(c.peer.BAKUP_TEST_S3_ENDPOINT!, async (proxy) => {
          const r = await okIn(f, c, { command: 'backup', source: f.src, storage: `s3://${c.bucket}/endpoint`, name: 'endpoint', 's3-endpoint': proxy.url }, { AWS_ENDPOINT_URL_S3: 'http://127.0.0.1:9' });
          expect(creating(proxy.seen).map((s) => decodeURIComponent(s.url.replace(/\?.*$/, '')))).toContain(`/${c.bucket}/endpoint/endpoint/${r.outputs['backup-id']}/manifest.json`);
        });
      },
    },
    invalid: { inputs: (f) => ({ command: 'list', storage: 's3://some-bucket/x', 's3-endpoint': 'ftp://store.example' }), error: /expected an http\(s\) URL such as http:\/\/127\.0\.0\.1:9000, got 'ftp:\/\/store\.example'/ },
  },
  {
    input: 's3-force-path-style',
    valid: {
      title: 'true puts the bucket in the path; false in the host name (which loopback does not resolve)',
      run: async (f) => {
        const c = await cloud(f);
        await throughProxy(c.peer.BAKUP_TEST_S3_ENDPOINT!, async (proxy) => {
          const endpoint = proxy.url.replace('127.0.0.1', 'localhost');
          const common = { command: 'list', storage: `s3://${c.bucket}/style`, 's3-endpoint': endpoint, 'retry-attempts': '1', 's3-max-attempts': '1' };
          await okIn(f, c, { ...common, 's3-force-path-style': 'true' });
          expect(proxy.seen.length).toBeGreaterThan(0);
          for (const s of proxy.seen) expect([s.headers.host, s.url]).toEqual([endpoint.replace('http://', ''), expect.stringMatching(new RegExp(`^/${c.bucket}[/?]`))]);
          proxy.seen.length = 0;
          const virtual = await f.run({ ...common, 's3-force-path-style': 'false' }, c.env);
          expect(virtual.code).toBe(1);
          expect(virtual.errors[0]).toContain(`cannot resolve the host '${c.bucket}.localhost'`);
          expect(proxy.seen).toEqual([]);
        });
      },
    },
    invalid: { inputs: (f) => ({ command: 'list', storage: 's3://some-bucket/x', 's3-force-path-style': 'maybe' }), error: /expected true or false, got 'maybe'/ },
  },
  {
    input: 's3-part-size',
    valid: {
      title: '5MiB: the artifact goes up in 5 MiB parts',
      run: async (f) => {
        const c = await cloud(f);
        await throughProxy(c.peer.BAKUP_TEST_S3_ENDPOINT!, async (proxy) => {
          const r = await okIn(f, c, dataBackup(c, `s3://${c.bucket}/parts`, 'parts', { 's3-endpoint': proxy.url, 's3-part-size': '5MiB' }));
          const artifact = (await manifestIn(c, r)).artifacts[0]!;
          expect(uploadParts(proxy.seen).map((s) => Number(s.headers['content-length']))).toEqual(splits(artifact.size, 5 * MiB));
          const head = await c.s3.send(new HeadObjectCommand({ Bucket: c.bucket, Key: `parts/parts/${r.outputs['backup-id']}/${artifact.name}` }));
          expect(head.ContentLength).toBe(artifact.size);
        });
      },
    },
    invalid: { inputs: (f) => ({ command: 'list', storage: 's3://some-bucket/x', 's3-part-size': '3MiB' }), error: /expected a size from 5242880 to 1073741824 bytes \(units KiB, MiB, GiB allowed\), got '3MiB'/ },
  },
  {
    input: 's3-concurrency',
    valid: {
      title: '1: one part in flight at a time',
      run: async (f) => {
        const c = await cloud(f);
        await throughProxy(c.peer.BAKUP_TEST_S3_ENDPOINT!, async (proxy) => {
          await okIn(f, c, dataBackup(c, `s3://${c.bucket}/conc`, 'conc', { 's3-endpoint': proxy.url, 's3-part-size': '5MiB', 's3-concurrency': '1' }));
          const parts = uploadParts(proxy.seen);
          expect(parts.length).toBe(3);
          expect(maxOverlap(parts)).toBe(1);
        });
      },
    },
    invalid: { inputs: (f) => ({ command: 'list', storage: 's3://some-bucket/x', 's3-concurrency': '0' }), error: /expected an integer from 1 to 64, got '0'/ },
  },
  {
    input: 's3-max-attempts',
    valid: {
      title: 'the SDK sends each request that many times before the store gives up (retry-attempts 1)',
      run: async (f) => {
        const two = await retrySpan(f, { 'retry-attempts': '1', 's3-max-attempts': '2' });
        const three = await retrySpan(f, { 'retry-attempts': '1', 's3-max-attempts': '3' });
        expect([two.requests, three.requests]).toEqual([2, 3]);
      },
    },
    invalid: { inputs: (f) => ({ command: 'list', storage: 's3://some-bucket/x', 's3-max-attempts': '0' }), error: /expected an integer from 1 to 20, got '0'/ },
  },
  {
    input: 's3-checksum-calculation',
    valid: {
      title: 'WHEN_REQUIRED sends no CRC32 with PutObject; WHEN_SUPPORTED does',
      run: async (f) => {
        const c = await cloud(f);
        const checksummed = (s: SeenRequest) => Object.keys(s.headers).some((h) => /^x-amz-checksum-|^x-amz-sdk-checksum-algorithm$/.test(h)) || /checksum/.test(String(s.headers['x-amz-trailer'] ?? ''));
        for (const mode of ['WHEN_REQUIRED', 'WHEN_SUPPORTED']) {
          await throughProxy(c.peer.BAKUP_TEST_S3_ENDPOINT!, async (proxy) => {
            await okIn(f, c, { command: 'backup', source: f.src, storage: `s3://${c.bucket}/sum`, name: 'sum', 's3-endpoint': proxy.url, 's3-checksum-calculation': mode });
            const puts = creating(proxy.seen).filter((s) => s.method === 'PUT');
            expect(puts.length).toBeGreaterThan(0);
            expect({ mode, checksummed: puts.map(checksummed) }).toEqual({ mode, checksummed: puts.map(() => mode === 'WHEN_SUPPORTED') });
          });
        }
      },
    },
    invalid: { inputs: (f) => ({ command: 'list', storage: 's3://some-bucket/x', 's3-checksum-calculation': 'SOMETIMES' }), error: /expected one of WHEN_SUPPORTED, WHEN_REQUIRED, got 'SOMETIMES'/ },
  },
  {
    input: 's3-sse',
    valid: {
      title: 'AES256 goes with every object created (versitygw 1.7 accepts the header and keeps no encryption: seen on the wire)',
      run: async (f) => {
        const c = await cloud(f);
        await throughProxy(c.peer.BAKUP_TEST_S3_ENDPOINT!, async (proxy) => {
          await okIn(f, c, { command: 'backup', source: f.src, storage: `s3://${c.bucket}/sse`, name: 'sse', 's3-endpoint': proxy.url, 's3-sse': 'aes256' });
          const made = creating(proxy.seen);
          expect(made.length).toBeGreaterThanOrEqual(2);
          for (const s of made) expect(s.headers['x-amz-server-side-encryption']).toBe('AES256');
        });
      },
    },
    invalid: { inputs: (f) => ({ command: 'list', storage: 's3://some-bucket/x', 's3-sse': 'des' }), error: /expected one of AES256, aws:kms, aws:kms:dsse, got 'des'/ },
  },
  {
    input: 's3-sse-kms-key-id',
    valid: {
      title: 'with s3-sse aws:kms, the key id goes with every object created',
      run: async (f) => {
        const c = await cloud(f);
        const key = 'arn:aws:kms:us-east-1:111122223333:key/inputs';
        await throughProxy(c.peer.BAKUP_TEST_S3_ENDPOINT!, async (proxy) => {
          await okIn(f, c, { command: 'backup', source: f.src, storage: `s3://${c.bucket}/kms`, name: 'kms', 's3-endpoint': proxy.url, 's3-sse': 'aws:kms', 's3-sse-kms-key-id': key });
          const made = creating(proxy.seen);
          expect(made.length).toBeGreaterThanOrEqual(2);
          for (const s of made) expect([s.headers['x-amz-server-side-encryption'], s.headers['x-amz-server-side-encryption-aws-kms-key-id']]).toEqual(['aws:kms', key]);
        });
      },
    },
    invalid: { inputs: (f) => ({ command: 'list', storage: 's3://some-bucket/x', 's3-sse-kms-key-id': 'alias/backups' }), error: /needs input 's3-sse' aws:kms \(or aws:kms:dsse\)/ },
  },
  {
    input: 's3-storage-class',
    valid: {
      title: 'standard_ia goes as STANDARD_IA with every object created (versitygw 1.7 stores every object as STANDARD: seen on the wire)',
      run: async (f) => {
        const c = await cloud(f);
        await throughProxy(c.peer.BAKUP_TEST_S3_ENDPOINT!, async (proxy) => {
          const r = await okIn(f, c, dataBackup(c, `s3://${c.bucket}/class`, 'class', { 's3-endpoint': proxy.url, 's3-storage-class': 'standard_ia' }));
          const made = creating(proxy.seen);
          // The artifact's CreateMultipartUpload and the manifest's PutObject (plus the lock).
          expect(made.some((s) => s.method === 'POST')).toBe(true);
          for (const s of made) expect(s.headers['x-amz-storage-class']).toBe('STANDARD_IA');
          const head = await c.s3.send(new HeadObjectCommand({ Bucket: c.bucket, Key: `class/class/${r.outputs['backup-id']}/manifest.json` }));
          expect(head.StorageClass ?? 'STANDARD').toBe('STANDARD');
        });
      },
    },
    invalid: { inputs: (f) => ({ command: 'list', storage: 's3://some-bucket/x', 's3-storage-class': 'standard ia' }), error: /expected a storage class name such as STANDARD_IA, GLACIER_IR or INTELLIGENT_TIERING, got 'STANDARD IA'/ },
  },
  {
    input: 's3-object-lock-mode',
    valid: {
      title: 'GOVERNANCE (with days): every object of the backup gets that retention, and the peer refuses to delete it',
      run: async (f) => {
        const c = await cloud(f);
        const r = await okIn(f, c, { command: 'backup', source: f.src, storage: `s3://${c.lockBucket}/mode`, name: 'mode', 's3-object-lock-mode': 'governance', 's3-object-lock-days': '1' });
        const m = await manifestIn(c, r);
        for (const key of [`mode/mode/${m.id}/${m.artifacts[0]!.name}`, `mode/mode/${m.id}/manifest.json`]) {
          const ret = await c.s3.send(new GetObjectRetentionCommand({ Bucket: c.lockBucket, Key: key }));
          expect(ret.Retention?.Mode).toBe('GOVERNANCE');
          const head = await c.s3.send(new HeadObjectCommand({ Bucket: c.lockBucket, Key: key }));
          await expect(c.s3.send(new DeleteObjectCommand({ Bucket: c.lockBucket, Key: key, VersionId: head.VersionId }))).rejects.toMatchObject({ $metadata: { httpStatusCode: 403 } });
        }
      },
    },
    invalid: { inputs: (f) => ({ command: 'list', storage: 's3://some-bucket/x', 's3-object-lock-mode': 'forever', 's3-object-lock-days': '1' }), error: /expected one of GOVERNANCE, COMPLIANCE, got 'forever'/ },
  },
  {
    input: 's3-object-lock-days',
    valid: {
      title: '2: objects are retained until two days after the backup',
      run: async (f) => {
        const c = await cloud(f);
        const before = Date.now();
        const r = await okIn(f, c, { command: 'backup', source: f.src, storage: `s3://${c.lockBucket}/days`, name: 'days', 's3-object-lock-mode': 'GOVERNANCE', 's3-object-lock-days': '2' });
        const ret = await c.s3.send(new GetObjectRetentionCommand({ Bucket: c.lockBucket, Key: `days/days/${r.outputs['backup-id']}/manifest.json` }));
        within(ret.Retention!.RetainUntilDate!.getTime(), before + 2 * 86_400_000, 5 * 60_000);
      },
    },
    invalid: { inputs: (f) => ({ command: 'list', storage: 's3://some-bucket/x', 's3-object-lock-days': '30' }), error: /needs input 's3-object-lock-mode' GOVERNANCE or COMPLIANCE/ },
  },
  {
    input: 's3-object-lock-retain-until',
    valid: {
      title: 'objects are retained until that date',
      run: async (f) => {
        const c = await cloud(f);
        const until = new Date(Math.ceil((Date.now() + 3 * 86_400_000) / 1000) * 1000);
        const r = await okIn(f, c, { command: 'backup', source: f.src, storage: `s3://${c.lockBucket}/until`, name: 'until', 's3-object-lock-mode': 'GOVERNANCE', 's3-object-lock-retain-until': until.toISOString() });
        const ret = await c.s3.send(new GetObjectRetentionCommand({ Bucket: c.lockBucket, Key: `until/until/${r.outputs['backup-id']}/manifest.json` }));
        expect(ret.Retention!.RetainUntilDate!.toISOString()).toBe(until.toISOString());
      },
    },
    invalid: {
      inputs: (f) => ({ command: 'list', storage: 's3://some-bucket/x', 's3-object-lock-mode': 'GOVERNANCE', 's3-object-lock-retain-until': '2020-01-01T00:00:00Z' }),
      error: /2020-01-01T00:00:00Z is in the past/,
    },
  },
  // ---------------------------------------------------------------- GCS
  {
    input: 'gcs-endpoint',
    valid: {
      title: 'requests go there, over STORAGE_EMULATOR_HOST',
      run: async (f) => {
        const c = await cloud(f);
        await throughProxy(c.peer.BAKUP_TEST_GCS_ENDPOINT!, async (proxy) => {
          const r = await okIn(f, c, { command: 'backup', source: f.src, storage: `gs://${c.gcsBucket}/endpoint`, name: 'endpoint', 'gcs-endpoint': proxy.url }, { STORAGE_EMULATOR_HOST: 'http://127.0.0.1:9' });
          expect(proxy.seen.some((s) => s.method === 'POST' && decodeURIComponent(s.url).includes(`endpoint/endpoint/${r.outputs['backup-id']}/manifest.json`))).toBe(true);
          const [exists] = await c.gcs.bucket(c.gcsBucket).file(`endpoint/endpoint/${r.outputs['backup-id']}/manifest.json`).exists();
          expect(exists).toBe(true);
        });
      },
    },
    invalid: { inputs: (f) => ({ command: 'list', storage: 'gs://some-bucket/x', 'gcs-endpoint': 'storage.example' }), error: /expected an http\(s\) URL such as http:\/\/127\.0\.0\.1:9000, got 'storage\.example'/ },
  },
  {
    input: 'gcs-endpoint-auth',
    valid: {
      title: 'true sends a token (from the metadata server) to a loopback endpoint, which gets none by default',
      run: async (f) => {
        const c = await cloud(f);
        // The GCE metadata server, as Application Default Credentials find it through GCE_METADATA_HOST.
        const metadata = await receiver((req, _body, res) => {
          const headers = { 'metadata-flavor': 'Google' };
          if (/\/token/.test(req.url ?? '')) json(res, 200, { access_token: 'input-case-gcs-token', expires_in: 3600, token_type: 'Bearer' }, headers);
          else if (/project-id/.test(req.url ?? '')) (res.writeHead(200, { ...headers, 'content-type': 'text/plain' }), res.end('inputs-project'));
          else json(res, 200, {}, headers);
        });
        const env = { GCE_METADATA_HOST: metadata.url.replace('http://', ''), GOOGLE_APPLICATION_CREDENTIALS: undefined, HOME: f.path('home') };
        try {
          await throughProxy(c.peer.BAKUP_TEST_GCS_ENDPOINT!, async (proxy) => {
            const common = { command: 'list', storage: `gs://${c.gcsBucket}/auth`, 'gcs-endpoint': proxy.url };
            await okIn(f, c, common, env);
            expect(proxy.seen.map((s) => s.headers.authorization)).toEqual(proxy.seen.map(() => undefined));
            proxy.seen.length = 0;
            await okIn(f, c, { ...common, 'gcs-endpoint-auth': 'true' }, env);
            expect(proxy.seen.length).toBeGreaterThan(0);
            for (const s of proxy.seen) expect(s.headers.authorization).toBe('Bearer input-case-gcs-token');
          });
        } finally {
          await metadata.close();
        }
      },
    },
    invalid: { inputs: (f) => ({ command: 'list', storage: 'gs://some-bucket/x', 'gcs-endpoint-auth': 'maybe' }), error: /expected true or false, got 'maybe'/ },
  },
  {
    input: 'gcs-storage-class',
    valid: {
      title: 'nearline: the peer keeps every object as NEARLINE',
      run: async (f) => {
        const c = await cloud(f);
        const r = await okIn(f, c, { command: 'backup', source: f.src, storage: `gs://${c.gcsBucket}/class`, name: 'class', 'gcs-storage-class': 'nearline' });
        const m = await manifestIn(c, r);
        for (const key of [`class/class/${m.id}/${m.artifacts[0]!.name}`, `class/class/${m.id}/manifest.json`]) {
          const [meta] = await c.gcs.bucket(c.gcsBucket).file(key).getMetadata();
          expect(meta.storageClass).toBe('NEARLINE');
        }
      },
    },
    invalid: { inputs: (f) => ({ command: 'list', storage: 'gs://some-bucket/x', 'gcs-storage-class': 'glacier' }), error: /expected one of STANDARD, NEARLINE, COLDLINE, ARCHIVE, MULTI_REGIONAL, REGIONAL, DURABLE_REDUCED_AVAILABILITY, got 'glacier'/ },
  },
  {
    input: 'gcs-chunk-size',
    valid: {
      title: '4MiB: the artifact goes up in 4 MiB requests of one resumable session',
      run: async (f) => {
        const c = await cloud(f);
        await throughProxy(c.peer.BAKUP_TEST_GCS_ENDPOINT!, async (proxy) => {
          const r = await okIn(f, c, dataBackup(c, `gs://${c.gcsBucket}/chunks`, 'chunks', { 'gcs-endpoint': proxy.url, 'gcs-chunk-size': '4MiB' }));
          const artifact = (await manifestIn(c, r)).artifacts[0]!;
          const chunks = proxy.seen.filter((s) => s.method === 'PUT' && /upload_id=/.test(s.url) && Number(s.headers['content-length']) > 64 * 1024);
          expect(chunks.map((s) => Number(s.headers['content-length']))).toEqual(splits(artifact.size, 4 * MiB));
          const [meta] = await c.gcs.bucket(c.gcsBucket).file(`chunks/chunks/${r.outputs['backup-id']}/${artifact.name}`).getMetadata();
          expect(Number(meta.size)).toBe(artifact.size);
        });
      },
    },
    invalid: { inputs: (f) => ({ command: 'list', storage: 'gs://some-bucket/x', 'gcs-chunk-size': '300KiB' }), error: /expected a multiple of 256 KiB \(Google's rule for resumable chunks\), got 307200 bytes/ },
  },
  // ---------------------------------------------------------------- Azure
  {
    input: 'azure-account',
    valid: {
      title: 'with AZURE_STORAGE_KEY, the account is used over AZURE_STORAGE_CONNECTION_STRING (here pointing nowhere)',
      run: async (f) => {
        const c = await cloud(f);
        const r = await okIn(
          f,
          c,
          { command: 'backup', source: f.src, storage: `azblob://${c.container}/account`, name: 'account', 'azure-account': 'devstoreaccount1', 'azure-endpoint': c.azureBlobEndpoint },
          { AZURE_STORAGE_KEY: c.azureKey, AZURE_STORAGE_CONNECTION_STRING: `DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${c.azureKey};BlobEndpoint=http://127.0.0.1:9/devstoreaccount1;` },
        );
        expect(await c.az.getContainerClient(c.container).getBlockBlobClient(`account/account/${r.outputs['backup-id']}/manifest.json`).exists()).toBe(true);
      },
    },
    invalid: { inputs: (f) => ({ command: 'list', storage: 'azblob://some-container/x', 'azure-account': 'Backup_Account' }), error: /expected a storage account name of 3-24 lower-case letters and digits, got 'Backup_Account'/ },
  },
  {
    input: 'azure-endpoint',
    valid: {
      title: 'requests for the account go there',
      run: async (f) => {
        const c = await cloud(f);
        const blobEndpoint = new URL(c.azureBlobEndpoint);
        await throughProxy(blobEndpoint.origin, async (proxy) => {
          const r = await okIn(
            f,
            c,
            { command: 'backup', source: f.src, storage: `azblob://${c.container}/endpoint`, name: 'endpoint', 'azure-account': 'devstoreaccount1', 'azure-endpoint': `${proxy.url}${blobEndpoint.pathname}` },
            { AZURE_STORAGE_KEY: c.azureKey },
          );
          expect(proxy.seen.some((s) => s.method === 'PUT' && decodeURIComponent(s.url).includes(`/${c.container}/endpoint/endpoint/${r.outputs['backup-id']}/manifest.json`))).toBe(true);
        });
      },
    },
    invalid: { inputs: (f) => ({ command: 'list', storage: 'azblob://some-container/x', 'azure-account': 'devstoreaccount1', 'azure-endpoint': 'blob.example' }), error: /expected an http\(s\) URL such as http:\/\/127\.0\.0\.1:9000, got 'blob\.example'/ },
  },
  {
    input: 'azure-access-tier',
    valid: {
      title: 'cool: the peer keeps every blob in the Cool tier',
      run: async (f) => {
        const c = await cloud(f);
        const r = await okIn(f, c, { command: 'backup', source: f.src, storage: `azblob://${c.container}/tier`, name: 'tier', 'azure-access-tier': 'cool' });
        const m = await manifestIn(c, r);
        for (const key of [`tier/tier/${m.id}/${m.artifacts[0]!.name}`, `tier/tier/${m.id}/manifest.json`]) {
          expect((await c.az.getContainerClient(c.container).getBlockBlobClient(key).getProperties()).accessTier).toBe('Cool');
        }
      },
    },
    invalid: { inputs: (f) => ({ command: 'list', storage: 'azblob://some-container/x', 'azure-account': 'devstoreaccount1', 'azure-access-tier': 'Frozen' }), error: /expected one of Hot, Cool, Cold, Archive, got 'Frozen'/ },
  },
  {
    input: 'azure-block-size',
    valid: {
      title: '4MiB: the committed block list is 4 MiB blocks',
      run: async (f) => {
        const c = await cloud(f);
        const r = await okIn(f, c, dataBackup(c, `azblob://${c.container}/blocks`, 'blocks', { 'azure-block-size': '4MiB' }));
        const artifact = (await manifestIn(c, r)).artifacts[0]!;
        const blob = c.az.getContainerClient(c.container).getBlockBlobClient(`blocks/blocks/${r.outputs['backup-id']}/${artifact.name}`);
        expect(((await blob.getBlockList('committed')).committedBlocks ?? []).map((b) => b.size)).toEqual(splits(artifact.size, 4 * MiB));
      },
    },
    invalid: { inputs: (f) => ({ command: 'list', storage: 'azblob://some-container/x', 'azure-account': 'devstoreaccount1', 'azure-block-size': '512KiB' }), error: /expected a size from 1048576 to 4194304000 bytes \(units KiB, MiB, GiB allowed\), got '512KiB'/ },
  },
  {
    input: 'azure-concurrency',
    valid: {
      title: '1: one block staged at a time',
      run: async (f) => {
        const c = await cloud(f);
        const blobEndpoint = new URL(c.azureBlobEndpoint);
        await throughProxy(blobEndpoint.origin, async (proxy) => {
          await okIn(
            f,
            c,
            dataBackup(c, `azblob://${c.container}/conc`, 'conc', { 'azure-block-size': '1MiB', 'azure-concurrency': '1' }),
            { AZURE_STORAGE_CONNECTION_STRING: c.env.AZURE_STORAGE_CONNECTION_STRING!.replace(blobEndpoint.origin, proxy.url) },
          );
          const blocks = proxy.seen.filter((s) => s.method === 'PUT' && /[?&]comp=block(&|$)/.test(s.url));
          expect(blocks.length).toBe(Math.ceil(c.dataSize / MiB) + 1);
          expect(maxOverlap(blocks)).toBe(1);
        });
      },
    },
    invalid: { inputs: (f) => ({ command: 'list', storage: 'azblob://some-container/x', 'azure-account': 'devstoreaccount1', 'azure-concurrency': '0' }), error: /expected an integer from 1 to 64, got '0'/ },
  },
  // ---------------------------------------------------------------- GitHub artifact
  {
    input: 'artifact-retention-days',
    valid: {
      title: "3: the artifact is created to expire in 3 days (the results service is a loopback receiver; the zip lands in Azurite through the upload URL it hands out)",
      run: async (f) => {
        const c = await cloud(f);
        const zips = c.az.getContainerClient(c.container);
        let uploadUrl = '';
        const results = await receiver((req, _body, res) => {
          // Nothing uploaded in this run yet (bakup looks before it writes).
          if (/ListArtifacts$/.test(req.url ?? '')) json(res, 200, { artifacts: [] });
          else if (/CreateArtifact$/.test(req.url ?? '')) json(res, 200, { ok: true, signedUploadUrl: uploadUrl });
          else if (/FinalizeArtifact$/.test(req.url ?? '')) json(res, 200, { ok: true, artifactId: '77' });
          else json(res, 404, { code: 'not_found', msg: 'no such method' });
        });
        try {
          const blob = zips.getBlockBlobClient(`artifact-${randomBytes(3).toString('hex')}.zip`);
          uploadUrl = await blob.generateSasUrl({ permissions: BlobSASPermissions.parse('rcw'), expiresOn: new Date(Date.now() + 3_600_000) });
          const before = Date.now();
          await okIn(f, c, { command: 'backup', source: f.src, storage: 'artifact://nightly', name: 'files', 'artifact-retention-days': '3', 'artifact-staging-dir': f.path('staging') }, {
            ACTIONS_RUNTIME_TOKEN: runtimeToken(),
            ACTIONS_RESULTS_URL: `${results.url}/`,
          });
          const create = results.seen.find((s) => /CreateArtifact$/.test(s.url))!;
          // Twirp JSON with the proto field names.
          const req = JSON.parse(create.body) as Record<string, string>;
          expect([req.name, req.workflow_run_backend_id, req.workflow_job_run_backend_id]).toEqual(['nightly', 'run-backend-7', 'job-backend-9']);
          within(new Date(req.expires_at!).getTime(), before + 3 * 86_400_000, 5 * 60_000);
          expect(results.seen.map((s) => s.url.replace(/^.*\//, '')).filter((m) => m !== 'ListArtifacts')).toEqual(['CreateArtifact', 'FinalizeArtifact']);
          // The zip holds the backup: its manifest among the entries (zip stores names in the clear).
          const zip = (await blob.downloadToBuffer()).toString('latin1');
          expect(zip).toMatch(/files\/\d{8}T\d{6}Z-full-[0-9a-f]+\/manifest\.json/);
        } finally {
          await results.close();
        }
      },
    },
    invalid: { inputs: (f) => ({ command: 'backup', source: f.src, storage: 'artifact://nightly', 'artifact-retention-days': '365' }), error: /expected an integer from 1 to 90, got '365'/ },
  },
  {
    input: 'artifact-run-id',
    valid: {
      title: "4242: the artifact is looked up in that run through GitHub's API (a loopback receiver answering: none there)",
      run: async (f) => {
        const api = await receiver((_req, _body, res) => json(res, 200, { total_count: 0, artifacts: [] }));
        try {
          const r = await f.ok({ command: 'list', storage: 'artifact://nightly', 'artifact-run-id': '4242' }, { GITHUB_TOKEN: 'input-case-gh-token', GITHUB_API_URL: api.url, GITHUB_REPOSITORY: 'acme/app' });
          expect(api.seen.map((s) => s.url)).toEqual(['/repos/acme/app/actions/runs/4242/artifacts?name=nightly']);
          expect(api.seen[0]!.headers.authorization).toBe('token input-case-gh-token');
          expect(r.stdout).toMatch(/no backups/i);
        } finally {
          await api.close();
        }
      },
    },
    invalid: { inputs: () => ({ command: 'list', storage: 'artifact://nightly', 'artifact-run-id': 'yesterday' }), error: /expected an integer from 1 to 9007199254740991, got 'yesterday'/ },
  },
  {
    input: 'artifact-repository',
    valid: {
      title: "the run of artifact-run-id is looked up in that repository, over GITHUB_REPOSITORY",
      run: async (f) => {
        const api = await receiver((_req, _body, res) => json(res, 200, { total_count: 0, artifacts: [] }));
        try {
          await f.ok({ command: 'list', storage: 'artifact://nightly', 'artifact-run-id': '4243', 'artifact-repository': 'acme/backups' }, { GITHUB_TOKEN: 'input-case-gh-token', GITHUB_API_URL: api.url, GITHUB_REPOSITORY: 'acme/app' });
          expect(api.seen.map((s) => s.url)).toEqual(['/repos/acme/backups/actions/runs/4243/artifacts?name=nightly']);
        } finally {
          await api.close();
        }
      },
    },
    invalid: {
      inputs: () => ({ command: 'list', storage: 'artifact://nightly', 'artifact-run-id': '4242', 'artifact-repository': 'backups' }),
      error: /expected owner\/name \(or GITHUB_REPOSITORY\), got 'backups'/,
    },
  },
  {
    input: 'artifact-staging-dir',
    valid: {
      title: 'puts are staged there (outside a GitHub job the upload is refused and the staged backup is left there, named)',
      run: async (f) => {
        const staging = f.path('staging');
        const r = await f.run({ command: 'backup', source: f.src, storage: 'artifact://nightly', name: 'files', 'artifact-staging-dir': staging }, { ACTIONS_RUNTIME_TOKEN: undefined, ACTIONS_RESULTS_URL: undefined });
        expect(r.code).toBe(1);
        const left = new RegExp(`the staged files are left in (${staging.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/bakup-artifact-\\w+)`).exec(r.errors.join('\n'));
        expect(left).not.toBeNull();
        const ids = await fs.readdir(path.join(left![1]!, 'files'));
        expect(ids).toHaveLength(1);
        expect((await fs.readdir(path.join(left![1]!, 'files', ids[0]!))).sort()).toContain('manifest.json');
      },
    },
    invalid: {
      inputs: async (f) => {
        const file = f.path('not-a-folder');
        await fs.writeFile(file, 'a file, not a folder');
        return { command: 'backup', source: f.src, storage: 'artifact://nightly', name: 'files', 'artifact-staging-dir': file };
      },
      error: /^input 'artifact-staging-dir': '.*not-a-folder-\d+' is not a folder$/,
    },
  },
];
