import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import * as net from 'node:net';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { CreateBucketCommand, DeleteBucketCommand, DeleteObjectCommand, GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { BlobServiceClient } from '@azure/storage-blob';
import { Storage as GcsClient } from '@google-cloud/storage';
import { Redis } from 'ioredis';
import { Binary, Long, MongoClient, ObjectId, type Document } from 'mongodb';
import { runAge } from '../helpers/age.js';
import { bakup, type RunResult } from '../helpers/cli.js';
import { needServices, toolPath } from '../helpers/services.js';
import { diffTrees, makeSampleTree, tempDir } from '../helpers/tree.js';

/**
 * Issue 7's "every source round-trips encrypted + zstd on every store": each source (files, MongoDB on
 * FerretDB, Redis, n8n) × each store (local, S3 on versitygw, GCS on fake-gcs-server, Azure on Azurite),
 * through the bundle as users run it. Each backup is `--compression zstd` to an age recipient; every stored
 * artifact must be an age file that the stock `age -d` opens to a zstd stream whose bytes the manifest
 * vouches for; a restore with the identity into a fresh target must equal the original. Per source, a
 * wrong identity exits 3 with one line and leaves its target as it was; one case uses a passphrase.
 *
 * The data is small (the matrix is about every path, not volume) and each kind shares one peer:
 * FerretDB databases and stores are per run; Redis is a private redis-server (redis.test.ts uses all 16
 * databases of the shared one); n8n is the `n8n3` instance, which no other test wipes.
 */

const MIN = 60_000;
const peers = needServices('ferretdb', 's3', 'gcs', 'azurite', 'n8n3');
// jest sets NODE_ENV=test; the children get a user's environment.
delete process.env.NODE_ENV;
const AGE = toolPath('age');
const AGE_KEYGEN = toolPath('age-keygen');
const run = `mx${Date.now().toString(36)}`;
const GCS_PROJECT = 'bakup-test';

/** The CLI's environment: each store found the way its own tools find it. */
const cliEnv: NodeJS.ProcessEnv = {
  ...process.env,
  AWS_ACCESS_KEY_ID: peers.BAKUP_TEST_S3_ACCESS_KEY_ID,
  AWS_SECRET_ACCESS_KEY: peers.BAKUP_TEST_S3_SECRET_ACCESS_KEY,
  AWS_REGION: peers.BAKUP_TEST_S3_REGION,
  AWS_ENDPOINT_URL_S3: peers.BAKUP_TEST_S3_ENDPOINT,
  // The SDK uses this variable verbatim as its JSON API base, so it needs the /storage/v1 path (bakup strips it for its uploads).
  STORAGE_EMULATOR_HOST: `${peers.BAKUP_TEST_GCS_ENDPOINT}/storage/v1`,
  GOOGLE_CLOUD_PROJECT: GCS_PROJECT,
  AZURE_STORAGE_CONNECTION_STRING: peers.BAKUP_TEST_AZURE_CONNECTION_STRING,
  N8N_API_KEY: peers.BAKUP_TEST_N8N3_API_KEY,
};
delete cliEnv.AWS_PROFILE;
delete cliEnv.BAKUP_PASSPHRASE;
delete cliEnv.BAKUP_AGE_IDENTITY;

const cli = (args: string[], env: NodeJS.ProcessEnv = {}): Promise<RunResult> => bakup(args, { env: { ...cliEnv, ...env } });

// ------------------------------------------------------------------ stores

const s3 = new S3Client({
  endpoint: peers.BAKUP_TEST_S3_ENDPOINT,
  region: peers.BAKUP_TEST_S3_REGION,
  forcePathStyle: true,
  credentials: { accessKeyId: peers.BAKUP_TEST_S3_ACCESS_KEY_ID!, secretAccessKey: peers.BAKUP_TEST_S3_SECRET_ACCESS_KEY! },
});
const gcs = new GcsClient({ apiEndpoint: peers.BAKUP_TEST_GCS_ENDPOINT, projectId: GCS_PROJECT });
const azure = BlobServiceClient.fromConnectionString(peers.BAKUP_TEST_AZURE_CONNECTION_STRING!);
const bucket = `bakup-matrix-${randomBytes(4).toString('hex')}`;
const PREFIX = 'matrix';

interface Store {
  label: string;
  url: () => string;
  /** An object's bytes, read with the store's own SDK (not bakup's code); keys are relative to the URL's prefix. */
  read: (key: string) => Promise<Buffer>;
}

let work: string;
const STORES: Store[] = [
  { label: 'local', url: () => path.join(work, 'store'), read: (key) => fs.readFile(path.join(work, 'store', key)) },
  {
    label: 's3',
    url: () => `s3://${bucket}/${PREFIX}`,
    read: async (key) => Buffer.from(await (await s3.send(new GetObjectCommand({ Bucket: bucket, Key: `${PREFIX}/${key}` }))).Body!.transformToByteArray()),
  },
  { label: 'gcs', url: () => `gs://${bucket}/${PREFIX}`, read: async (key) => (await gcs.bucket(bucket).file(`${PREFIX}/${key}`).download())[0] },
  { label: 'azure', url: () => `azblob://${bucket}/${PREFIX}`, read: (key) => azure.getContainerClient(bucket).getBlobClient(`${PREFIX}/${key}`).downloadToBuffer() },
];
const storeOf = (label: string): Store => STORES.find((s) => s.label === label)!;

// ------------------------------------------------------------------ keys

let keyFile: string;
let wrongKeyFile: string;
let recipient: string;

function keygen(file: string): void {
  const r = spawnSync(AGE_KEYGEN, ['-o', file], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`age-keygen: ${r.stderr}`);
}

// ------------------------------------------------------------------ checks shared by every cell

interface ArtifactRecord {
  kind: string;
  name: string;
  size: number;
  sha256: string;
  plain: { size: number; sha256: string };
  compression: string;
  encryption: { scheme: string; recipients?: string[]; passphrase?: boolean };
}
interface StoredManifest {
  id: string;
  name: string;
  artifacts: ArtifactRecord[];
}

const sha256 = (b: Buffer): string => createHash('sha256').update(b).digest('hex');
const ZSTD_MAGIC = Buffer.from([0x28, 0xb5, 0x2f, 0xfd]);

/** Backs up with zstd + age; returns the manifest as stored (read back through the store's SDK). */
async function backupEncrypted(store: Store, source: string, name: string, extra: string[], env: NodeJS.ProcessEnv = {}): Promise<StoredManifest> {
  const b = await cli(['backup', '--source', source, '--to', store.url(), '--name', name, '--compression', 'zstd', ...extra, '--json'], env);
  expect({ code: b.code, stderr: b.stderr }).toEqual({ code: 0, stderr: expect.any(String) });
  const { id } = JSON.parse(b.stdout) as { id: string };
  return JSON.parse((await store.read(`${name}/${id}/manifest.json`)).toString('utf8')) as StoredManifest;
}

/**
 * Every artifact: an age file (by its header) that `age -d` opens to a zstd stream, which decompresses to
 * exactly the plain bytes the manifest records; `plainCheck` looks at those bytes' own format.
 */
async function checkArtifacts(store: Store, m: StoredManifest, expectEncryption: Partial<ArtifactRecord['encryption']>, decrypt: (stored: Buffer) => Buffer, plainCheck: (plain: Buffer, record: ArtifactRecord) => void): Promise<void> {
  expect(m.artifacts.length).toBeGreaterThan(0);
  for (const a of m.artifacts) {
    expect(a.name).toMatch(/\.zst\.age$/);
    expect(a.compression).toBe('zstd');
    expect(a.encryption).toMatchObject({ scheme: 'age', ...expectEncryption });
    const stored = await store.read(`${m.name}/${m.id}/${a.name}`);
    expect({ size: stored.length, sha256: sha256(stored) }).toEqual({ size: a.size, sha256: a.sha256 });
    expect(stored.subarray(0, stored.indexOf(0x0a)).toString('latin1')).toBe('age-encryption.org/v1');
    const zst = decrypt(stored);
    expect(zst.subarray(0, 4)).toEqual(ZSTD_MAGIC);
    const plain = zlib.zstdDecompressSync(zst);
    expect({ size: plain.length, sha256: sha256(plain) }).toEqual(a.plain);
    plainCheck(plain, a);
  }
}

function ageDecrypt(stored: Buffer): Buffer {
  return runAge(AGE, ['-d', '-i', keyFile], { input: stored });
}

const isTar = (plain: Buffer): void => expect(plain.subarray(257, 262).toString('latin1')).toBe('ustar');
/** A directory backup holds a tar and its file index (JSON lines, src/formats/file-index/SPEC.md). */
const isTarOrFileIndex = (plain: Buffer, record: ArtifactRecord): void => {
  if (record.kind === 'file-index') expect(() => JSON.parse(plain.subarray(0, plain.indexOf(0x0a)).toString('utf8'))).not.toThrow();
  else isTar(plain);
};

/** A failed run: exit 3, the reason on one line, no stack trace. */
function expectWrongKey(r: RunResult, reason: RegExp): void {
  expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 3, stderr: expect.stringMatching(reason) });
  const lines = r.stderr.split('\n').filter((l) => reason.test(l));
  expect(lines).toHaveLength(1);
  expect(r.stderr).not.toMatch(/^\s+at /m);
}

// ------------------------------------------------------------------ setup

let redisServer: ChildProcess | undefined;
let redisPort: number;
let mongo: MongoClient;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

async function startRedis(): Promise<void> {
  const dir = path.join(work, 'redis');
  await fs.mkdir(dir);
  redisPort = await freePort();
  redisServer = spawn(toolPath('redis-server'), ['--port', String(redisPort), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  const probe = redis(0, { retryStrategy: (n: number) => (n > 100 ? null : 100), maxRetriesPerRequest: 100 });
  await probe.ping();
  probe.disconnect();
}

function redis(db: number, extra: Record<string, unknown> = {}): Redis {
  return new Redis({ host: '127.0.0.1', port: redisPort, db, maxRetriesPerRequest: 2, ...extra });
}

beforeAll(async () => {
  work = await tempDir('matrix');
  keyFile = path.join(work, 'key.txt');
  wrongKeyFile = path.join(work, 'wrong.txt');
  keygen(keyFile);
  keygen(wrongKeyFile);
  recipient = /public key: (age1\S+)/.exec(await fs.readFile(keyFile, 'utf8'))![1]!;
  await s3.send(new CreateBucketCommand({ Bucket: bucket }));
  await gcs.createBucket(bucket);
  await azure.createContainer(bucket);
  mongo = await MongoClient.connect(peers.BAKUP_TEST_FERRETDB_URI!);
  await startRedis();
}, 10 * MIN);

afterAll(async () => {
  for (;;) {
    const page = await s3.send(new ListObjectsV2Command({ Bucket: bucket }));
    if (!page.Contents?.length) break;
    for (const o of page.Contents) await s3.send(new DeleteObjectCommand({ Bucket: bucket, Key: o.Key }));
  }
  await s3.send(new DeleteBucketCommand({ Bucket: bucket })).catch(() => undefined);
  s3.destroy();
  await gcs.bucket(bucket).deleteFiles({ force: true }).catch(() => undefined);
  await gcs.bucket(bucket).delete({ ignoreNotFound: true }).catch(() => undefined);
  await azure.getContainerClient(bucket).deleteIfExists();
  if (mongo) {
    const { databases } = await mongo.db('admin').command({ listDatabases: 1, nameOnly: true });
    for (const d of databases as { name: string }[]) if (d.name.startsWith(run)) await mongo.db(d.name).dropDatabase();
    await mongo.close();
  }
  redisServer?.kill();
  if (work) await fs.rm(work, { recursive: true, force: true });
}, 5 * MIN);

// ------------------------------------------------------------------ files

describe('files (a directory)', () => {
  let src: string;
  const manifests = new Map<string, StoredManifest>();
  beforeAll(async () => {
    src = path.join(work, 'files-src');
    await fs.mkdir(src);
    await makeSampleTree(src, 300_000);
  });

  it.each(STORES.map((s) => s.label))('→ %s: zstd + age backup that age -d opens; restore equals the tree byte for byte', async (label) => {
    const store = storeOf(label);
    const m = await backupEncrypted(store, src, 'files', ['--recipient', recipient]);
    manifests.set(label, m);
    expect(m.artifacts.map((a) => a.kind).sort()).toEqual(['file-index', 'tar']);
    await checkArtifacts(store, m, { recipients: [recipient] }, ageDecrypt, isTarOrFileIndex);
    const target = path.join(work, `files-restored-${label}`);
    const r = await cli(['restore', '--from', store.url(), '--name', 'files', '--target', target, '--identity-file', keyFile]);
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: expect.any(String) });
    expect(await diffTrees(src, target)).toEqual([]);
  }, 5 * MIN);

  it('wrong identity (gcs): exit 3 on one line, the target untouched', async () => {
    const target = path.join(work, 'files-wrong');
    await fs.mkdir(target);
    await fs.writeFile(path.join(target, 'keep.txt'), 'was here before\n');
    const r = await cli(['restore', '--from', storeOf('gcs').url(), '--name', 'files', '--target', target, '--overwrite', '--identity-file', wrongKeyFile]);
    expectWrongKey(r, /age: no identity matches any recipient/);
    expect(await fs.readdir(target)).toEqual(['keep.txt']);
    expect(await fs.readFile(path.join(target, 'keep.txt'), 'utf8')).toBe('was here before\n');
  }, 5 * MIN);
});

// ------------------------------------------------------------------ MongoDB (FerretDB)

describe('MongoDB (FerretDB)', () => {
  const uri = (db: string): string => peers.BAKUP_TEST_FERRETDB_URI!.replace(/\/(\?|$)/, `/${db}$1`);
  const srcDb = `${run}src`;
  const COLLS = ['people', 'events'];

  /** Documents in _id order and index definitions, per collection: what a restore must reproduce. */
  async function snapshot(db: string): Promise<Record<string, { docs: Document[]; indexes: Document[] }>> {
    const out: Record<string, { docs: Document[]; indexes: Document[] }> = {};
    const names = (await mongo.db(db).listCollections({}, { nameOnly: true }).toArray()).map((c) => c.name).sort();
    for (const c of names) {
      const coll = mongo.db(db).collection(c);
      out[c] = {
        docs: await coll.find({}, { sort: { _id: 1 }, promoteLongs: false }).toArray(),
        indexes: (await coll.listIndexes().toArray()).map((i) => ({ name: i.name, key: i.key, unique: i.unique ?? false })).sort((a, b) => String(a.name).localeCompare(String(b.name))),
      };
    }
    return out;
  }

  beforeAll(async () => {
    const db = mongo.db(srcDb);
    await db.collection('people').insertMany(
      Array.from({ length: 150 }, (_, i) => ({
        _id: new ObjectId(i.toString(16).padStart(24, '0')),
        name: `person ${i} ünïcödé ✓`,
        email: `p${i}@example.test`,
        age: i % 90,
        balance: Long.fromString(`${9_000_000_000_000 + i}`),
        score: i / 7,
        joined: new Date(Date.UTC(2020, i % 12, 1 + (i % 28))),
        active: i % 3 === 0,
        nothing: null,
        tags: ['a', 'b', 'c'].slice(0, i % 4),
        address: { city: `City ${i % 10}`, zip: String(10_000 + i) },
        avatar: new Binary(Buffer.from([i & 0xff, 1, 2, 3])),
      })),
    );
    await db.collection('people').createIndex({ email: 1 }, { unique: true, name: 'email_unique' });
    await db.collection<{ _id: number }>('events').insertMany(Array.from({ length: 80 }, (_, i) => ({ _id: i, kind: i % 2 ? 'click' : 'view', at: new Date(Date.UTC(2026, 0, 1, 0, i)), n: i })));
    await db.collection('events').createIndex({ kind: 1, at: -1 }, { name: 'kind_at' });
    expect(Object.keys(await snapshot(srcDb))).toEqual([...COLLS].sort());
  }, 5 * MIN);

  it.each(STORES.map((s) => s.label))('→ %s: zstd + age backup that age -d opens; restore into a fresh database equals every document and index', async (label) => {
    const store = storeOf(label);
    const m = await backupEncrypted(store, uri(srcDb), 'mongo', ['--recipient', recipient]);
    await checkArtifacts(store, m, { recipients: [recipient] }, ageDecrypt, (plain) => expect(plain.readUInt32LE(0)).toBe(0x8199e26d));
    const dst = `${run}_${label}`;
    const r = await cli(['restore', '--from', store.url(), '--name', 'mongo', '--target', uri(dst), '--ns-from', `${srcDb}.*`, '--ns-to', `${dst}.*`, '--identity-file', keyFile]);
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: expect.any(String) });
    expect(await snapshot(dst)).toEqual(await snapshot(srcDb));
  }, 5 * MIN);

  it('wrong identity (s3): exit 3 on one line, nothing written to the target', async () => {
    const dst = `${run}_wrong`;
    const r = await cli(['restore', '--from', storeOf('s3').url(), '--name', 'mongo', '--target', uri(dst), '--ns-from', `${srcDb}.*`, '--ns-to', `${dst}.*`, '--identity-file', wrongKeyFile]);
    expectWrongKey(r, /age: no identity matches any recipient/);
    expect(await mongo.db(dst).listCollections().toArray()).toEqual([]);
  }, 5 * MIN);
});

// ------------------------------------------------------------------ Redis

describe('Redis', () => {
  /** Every key of a database with its type, value and absolute expiry (ms; -1 = none). */
  async function contents(db: number): Promise<Record<string, unknown>> {
    const r = redis(db);
    const keys: string[] = [];
    let cursor = '0';
    do {
      const [next, batch] = await r.scan(cursor, 'COUNT', 100);
      keys.push(...batch);
      cursor = next;
    } while (cursor !== '0');
    const out: Record<string, unknown> = {};
    for (const k of keys.sort()) {
      const type = await r.type(k);
      const expireAt = await r.call('PEXPIRETIME', k);
      let value: unknown;
      if (type === 'string') value = (await r.getBuffer(k))!.toString('hex');
      else if (type === 'hash') value = Object.entries(await r.hgetall(k)).sort();
      else if (type === 'list') value = await r.lrange(k, 0, -1);
      else if (type === 'set') value = (await r.smembers(k)).sort();
      else if (type === 'zset') value = await r.zrange(k, 0, -1, 'WITHSCORES');
      else if (type === 'stream') value = await r.xrange(k, '-', '+');
      else value = `unexpected type ${type}`;
      out[k] = { type, expireAt, value };
    }
    r.disconnect();
    return out;
  }

  let original: Record<string, unknown>;
  const targetDb: Record<string, number> = { local: 1, s3: 2, gcs: 3, azure: 4 };
  const source = (): string => `redis://127.0.0.1:${redisPort}/0`;

  beforeAll(async () => {
    const r = redis(0);
    const far = Date.now() + 3 * 3600_000;
    for (let i = 0; i < 60; i++) await r.set(`str:${i}`, `value ${i} ${'x'.repeat(i * 3)}`);
    await r.set('bin', randomBytes(2000));
    await r.hset('hash:user', { name: 'Ada ✓', email: 'ada@example.test', visits: '42' });
    await r.rpush('list:jobs', 'one', 'two', 'three', 'two');
    await r.sadd('set:tags', 'red', 'green', 'blue');
    await r.zadd('zset:scores', 1.5, 'a', 2, 'b', -3.25, 'c');
    await r.xadd('stream:log', '1700000000000-0', 'event', 'start');
    await r.xadd('stream:log', '1700000000001-0', 'event', 'stop');
    // Keys with TTLs: a restore must keep each absolute expiry exactly.
    await r.set('ttl:session', 'abc', 'PXAT', far);
    await r.hset('ttl:hash', { a: '1' });
    await r.pexpireat('ttl:hash', far + 1234);
    await r.rpush('ttl:list', 'x');
    await r.pexpireat('ttl:list', far + 99_999);
    r.disconnect();
    original = await contents(0);
    expect(Object.keys(original)).toHaveLength(69);
    expect((original['ttl:session'] as { expireAt: number }).expireAt).toBe(far);
  });

  it.each(STORES.map((s) => s.label))('→ %s: zstd + age backup that age -d opens; restore into an empty database equals every key, value and TTL', async (label) => {
    const store = storeOf(label);
    const m = await backupEncrypted(store, source(), 'redis', ['--recipient', recipient]);
    await checkArtifacts(store, m, { recipients: [recipient] }, ageDecrypt, (plain) => expect(plain.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x42, 0x52, 0x52, 0x0d, 0x0a, 0x1a, 0x0a])));
    const db = targetDb[label]!;
    expect(await contents(db)).toEqual({});
    const r = await cli(['restore', '--from', store.url(), '--name', 'redis', '--target', `redis://127.0.0.1:${redisPort}/${db}`, '--identity-file', keyFile]);
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: expect.any(String) });
    expect(await contents(db)).toEqual(original);
  }, 5 * MIN);

  it('wrong identity (azure): exit 3 on one line; --flush did not empty the target', async () => {
    const t = redis(9);
    await t.set('sentinel', 'still here');
    t.disconnect();
    const r = await cli(['restore', '--from', storeOf('azure').url(), '--name', 'redis', '--target', `redis://127.0.0.1:${redisPort}/9`, '--flush', '--identity-file', wrongKeyFile]);
    expectWrongKey(r, /age: no identity matches any recipient/);
    expect(await contents(9)).toEqual({ sentinel: { type: 'string', expireAt: -1, value: Buffer.from('still here').toString('hex') } });
  }, 5 * MIN);

  it('passphrase (s3): age -d opens it with the passphrase; restore with it equals the original; a wrong one exits 3', async () => {
    const store = storeOf('s3');
    const passphrase = `matrix ${randomBytes(6).toString('hex')}`;
    const m = await backupEncrypted(store, source(), 'redis-pass', [], { BAKUP_PASSPHRASE: passphrase });
    // age reads a passphrase only from a terminal, and its stdio is then the pty: input and output go through files.
    const decrypt = (stored: Buffer): Buffer => {
      const [inFile, outFile] = [path.join(work, 'pass.age'), path.join(work, 'pass.zst')];
      writeFileSync(inFile, stored);
      runAge(AGE, ['-d', '-o', outFile, inFile], { passphrase });
      return readFileSync(outFile);
    };
    await checkArtifacts(store, m, { passphrase: true, recipients: [] }, decrypt, (plain) => expect(plain.subarray(1, 4).toString('latin1')).toBe('BRR'));
    const bad = await cli(['restore', '--from', store.url(), '--name', 'redis-pass', '--target', `redis://127.0.0.1:${redisPort}/10`], { BAKUP_PASSPHRASE: 'not the passphrase' });
    expectWrongKey(bad, /age: wrong passphrase/);
    expect(await contents(10)).toEqual({});
    const r = await cli(['restore', '--from', store.url(), '--name', 'redis-pass', '--target', `redis://127.0.0.1:${redisPort}/10`], { BAKUP_PASSPHRASE: passphrase });
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: expect.any(String) });
    expect(await contents(10)).toEqual(original);
  }, 5 * MIN);
});

// ------------------------------------------------------------------ n8n

describe('n8n (public API)', () => {
  type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  const url = peers.BAKUP_TEST_N8N3_URL!;
  const source = `n8n+${url}`;

  async function api(method: string, p: string, body?: unknown): Promise<Json> {
    for (let i = 0; ; i++) {
      const res = await fetch(`${url}/api/v1${p}`, {
        method,
        headers: { 'X-N8N-API-KEY': peers.BAKUP_TEST_N8N3_API_KEY!, 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await res.text();
      // Unpublishing finishes in the background; n8n says so with a 409.
      if (res.status === 409 && /try again/.test(text) && i < 20) {
        await new Promise((r) => setTimeout(r, 250));
        continue;
      }
      if (!res.ok) throw new Error(`${method} ${p}: ${res.status} ${text}`);
      return text ? (JSON.parse(text) as Json) : {};
    }
  }
  async function all(p: string): Promise<Json[]> {
    const out: Json[] = [];
    let cursor: string | undefined;
    do {
      const page = await api('GET', `${p}?limit=250${cursor ? `&cursor=${cursor}` : ''}`);
      out.push(...(page.data as Json[]));
      cursor = (page.nextCursor as string | null) ?? undefined;
    } while (cursor);
    return out;
  }
  const workflows = async (): Promise<Json[]> => (await all('/workflows')).filter((w) => !w.isArchived);
  async function wipe(): Promise<void> {
    for (const w of await all('/workflows')) {
      if (w.active) await api('POST', `/workflows/${w.id}/deactivate`);
      await api('DELETE', `/workflows/${w.id}`);
    }
    for (const t of await all('/tags')) await api('DELETE', `/tags/${t.id}`);
  }
  /** What a restore must reproduce of a workflow (ids and timestamps change when it is re-created). */
  const essence = (w: Json) => ({
    name: w.name,
    nodes: [...(w.nodes as Json[])].map(({ id: _id, ...n }) => n).sort((a, b) => String(a.name).localeCompare(String(b.name))),
    connections: w.connections,
    settings: w.settings,
    tags: ((w.tags ?? []) as Json[]).map((t) => t.name as string).sort(),
  });
  const essences = async (): Promise<Json[]> => (await workflows()).map(essence).sort((a, b) => String(a.name).localeCompare(String(b.name)));

  let original: Json[];
  beforeAll(async () => {
    await wipe();
    const prod = await api('POST', '/tags', { name: 'prod' });
    const a = await api('POST', '/workflows', {
      name: 'Matrix orders ✓',
      nodes: [
        { id: '7c0d0f0e-1111-4a4a-9c9c-000000000001', name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
        { id: '7c0d0f0e-1111-4a4a-9c9c-000000000002', name: 'Get orders', type: 'n8n-nodes-base.httpRequest', typeVersion: 4.2, position: [220, 0], parameters: { url: 'http://127.0.0.1:9/orders', options: {} } },
      ],
      connections: { Start: { main: [[{ node: 'Get orders', type: 'main', index: 0 }]] } },
      settings: { executionOrder: 'v1', timezone: 'Europe/Berlin' },
    });
    await api('PUT', `/workflows/${a.id}/tags`, [{ id: prod.id }]);
    await api('POST', '/workflows', {
      name: 'Matrix nightly',
      nodes: [
        { id: '7c0d0f0e-2222-4a4a-9c9c-000000000001', name: 'Every day', type: 'n8n-nodes-base.scheduleTrigger', typeVersion: 1.2, position: [0, 0], parameters: { rule: { interval: [{ field: 'hours', hoursInterval: 24 }] } } },
        { id: '7c0d0f0e-2222-4a4a-9c9c-000000000002', name: 'Nothing', type: 'n8n-nodes-base.noOp', typeVersion: 1, position: [200, 0], parameters: {} },
      ],
      connections: { 'Every day': { main: [[{ node: 'Nothing', type: 'main', index: 0 }]] } },
      settings: { executionOrder: 'v1' },
    });
    original = await essences();
    expect(original.map((w) => w.name)).toEqual(['Matrix nightly', 'Matrix orders ✓']);
  }, 5 * MIN);

  // Every backup first: the restores below wipe the one instance before each restore.
  const manifests = new Map<string, StoredManifest>();
  it.each(STORES.map((s) => s.label))('→ %s: zstd + age backup that age -d opens', async (label) => {
    const store = storeOf(label);
    const m = await backupEncrypted(store, source, 'n8n', ['--recipient', recipient]);
    manifests.set(label, m);
    await checkArtifacts(store, m, { recipients: [recipient] }, ageDecrypt, isTar);
  }, 5 * MIN);

  it('wrong identity (local): exit 3 on one line, nothing created in the emptied instance', async () => {
    await wipe();
    const r = await cli(['restore', '--from', storeOf('local').url(), '--name', 'n8n', '--target', source, '--identity-file', wrongKeyFile]);
    expectWrongKey(r, /age: no identity matches any recipient/);
    expect(await workflows()).toEqual([]);
    expect(await all('/tags')).toEqual([]);
  }, 5 * MIN);

  it.each(STORES.map((s) => s.label))('← %s: restore with the identity into the emptied instance equals every workflow', async (label) => {
    expect(manifests.get(label)).toBeDefined();
    await wipe();
    const r = await cli(['restore', '--from', storeOf(label).url(), '--name', 'n8n', '--backup-id', manifests.get(label)!.id, '--target', source, '--identity-file', keyFile]);
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: expect.any(String) });
    expect(await essences()).toEqual(original);
  }, 5 * MIN);
});
