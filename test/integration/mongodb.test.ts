import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm, stat, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGzip, gzipSync } from 'node:zlib';
import { BSON, Int32, Long, MongoClient, type Document } from 'mongodb';
import type { Manifest } from '../../src/catalog/manifest.js';
import { OperationalError, UsageError, VerificationError } from '../../src/errors.js';
import { MongoArchiveWriter } from '../../src/formats/mongo-archive/writer.js';
import { MemoryLogger } from '../../src/log.js';
import { Progress } from '../../src/progress/progress.js';
import { MongoSource } from '../../src/sources/mongodb/mongo-source.js';
import type { MongoSourceOptions } from '../../src/sources/mongodb/options.js';
import { restoreArchiveFile } from '../../src/sources/mongodb/restore.js';
import { batchDocuments, rawBatches } from '../../src/sources/mongodb/raw-batches.js';
import { openSource, openTarget } from '../../src/sources/open.js';
import type { ArtifactIn, BackupOutcome, SourceContext } from '../../src/sources/source.js';
import { needServices, toolPath } from '../helpers/services.js';
import { ferretdbFidelityDocs, javaServerFidelityDocs } from './mongodb-fidelity.js';
import { MongoArchiveReader } from '../../src/formats/mongo-archive/reader.js';

/**
 * Against FerretDB (MongoDB wire protocol on SQLite) and the real mongo-tools:
 * our archives must restore with the stock mongorestore, mongodump's archives
 * with us, and everything must come back byte for byte.
 */

const env = needServices('ferretdb', 'mongo-java-server');
const JAVA_URI = env.BAKUP_TEST_MONGO_JAVA_URI!;
const BASE_URI = env.BAKUP_TEST_FERRETDB_URI!;
/**
 * The real mongodump/mongorestore. No registry this project reaches ships them (the Go module proxy
 * refuses github.com/mongodb/mongo-tools), so scripts/test-services finds them only where a copy was
 * put in its cache or BAKUP_MONGO_TOOLS_DIR; the interop tests run there and are skipped, loudly, elsewhere.
 */
function findMongoTools(): string | undefined {
  if (process.env.BAKUP_TEST_MONGO_TOOLS_DIR) return process.env.BAKUP_TEST_MONGO_TOOLS_DIR;
  try {
    return path.dirname(toolPath('mongodump'));
  } catch {
    return undefined;
  }
}
const MONGO_TOOLS = findMongoTools();
if (!MONGO_TOOLS) console.warn('mongo-tools (mongodump/mongorestore) are not installed here: the interop tests with the real tools are SKIPPED');
const withTools = MONGO_TOOLS ? it : it.skip;
const mongoTool = (name: string): string => path.join(MONGO_TOOLS!, name);

function uriFor(db?: string): string {
  const u = BASE_URI.replace(/\/(\?|$)/, `/${db ? encodeURIComponent(db) : ''}$1`);
  return u;
}

let client: MongoClient;
// Test data uses every kind of _id; the driver's typing assumes ObjectId.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDoc = any;
const col = (d: string, c: string) => client.db(d).collection<AnyDoc>(c);
let dir: string;
const run = `t${Date.now().toString(36)}`;
const db = (s: string): string => `${run}_${s}`;

function ctx(): SourceContext & { log: MemoryLogger } {
  const log = new MemoryLogger();
  return { log, progress: new Progress(log, 'test', 3_600_000) };
}

beforeAll(async () => {
  client = await MongoClient.connect(BASE_URI);
  dir = await mkdtemp(path.join(tmpdir(), 'bakup-mongo-'));
});

afterAll(async () => {
  const { databases } = await client.db('admin').command({ listDatabases: 1, nameOnly: true });
  for (const d of databases as { name: string }[]) if (d.name.startsWith(run)) await client.db(d.name).dropDatabase();
  await client.close();
  await rm(dir, { recursive: true, force: true });
});

function spawnTool(tool: string, args: string[]): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve, reject) => {
    const p = spawn(mongoTool(tool), args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    p.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    p.on('error', reject);
    p.on('close', (code) => resolve({ code: code ?? -1, stderr }));
  });
}

async function runTool(tool: string, args: string[]): Promise<string> {
  const r = await spawnTool(tool, args);
  if (r.code !== 0) throw new Error(`${tool} ${args.join(' ')} exited ${r.code}:\n${r.stderr.slice(-3000)}`);
  return r.stderr;
}

/** Backs a source up into a file; returns the outcome. */
async function backupTo(src: MongoSource, file: string, c = ctx()): Promise<BackupOutcome> {
  const gen = src.backup(c);
  const first = await gen.next();
  if (first.done) throw new Error('no artifact');
  expect(first.value.baseName).toBe('dump.archive');
  expect(first.value.kind).toBe('mongo-archive');
  await pipeline(first.value.stream, createWriteStream(file));
  const end = await gen.next();
  if (!end.done) throw new Error('more than one artifact');
  return end.value;
}

function artifactFor(file: string): ArtifactIn {
  return {
    record: { name: 'dump.archive', kind: 'mongo-archive', size: 0, sha256: '0'.repeat(64), plain: { size: 0, sha256: '0'.repeat(64) }, compression: 'none', encryption: { scheme: 'none' } },
    open: async () => createReadStream(file),
  };
}

const manifest = { id: '20261126T000000Z-full-test' } as unknown as Manifest;

async function restoreFile(file: string, target: string, opts: MongoSourceOptions = {}) {
  const t = new MongoSource(target, opts, '--target');
  try {
    return await t.restore(ctx(), manifest, [artifactFor(file)]);
  } finally {
    await t.close();
  }
}

/** Everything observable about a database: raw documents (sorted), options and indexes per collection. */
async function snapshot(dbName: string, opts: { indexes?: boolean } = {}): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  const infos = await client.db(dbName).listCollections({}, { nameOnly: false }).toArray();
  for (const info of infos.sort((a, b) => a.name.localeCompare(b.name))) {
    const coll = col(dbName, info.name);
    const docs: string[] = [];
    for await (const d of coll.find({}, { raw: true })) docs.push(Buffer.from(d as unknown as Uint8Array).toString('base64'));
    docs.sort();
    const entry: Record<string, unknown> = { type: info.type, options: (info as Document).options, docs };
    if (opts.indexes !== false) {
      entry.indexes = (await coll.listIndexes().toArray()).map(({ v: _v, ns: _ns, ...rest }) => rest).sort((a, b) => String(a.name).localeCompare(String(b.name)));
    }
    out[info.name] = entry;
  }
  return out;
}

/** Builds the test database: the fidelity set, a bulk collection with a unique index, capped, empty, unicode names. */
async function seed(dbName: string, bulk = 3000): Promise<void> {
  await col(dbName, 'fidelity').insertMany(ferretdbFidelityDocs() as AnyDoc[]);
  const docs: Document[] = [];
  for (let i = 0; i < bulk; i++) docs.push({ _id: i, name: `user ${i}`, email: `u${i}@example.com`, n: Long.fromNumber(i * 1_000_003), pad: 'x'.repeat(200 + (i % 300)) });
  await col(dbName, 'bulk').insertMany(docs as AnyDoc[]);
  await col(dbName, 'bulk').createIndex({ email: 1 }, { unique: true, name: 'email_1' });
  await client.db(dbName).createCollection('capped', { capped: true, size: 1 << 20, max: 1000 });
  await col(dbName, 'capped').insertMany([{ _id: 1, m: 'first' }, { _id: 2, m: 'second' }]);
  await client.db(dbName).createCollection('empty');
  await col(dbName, 'cöllection ☃ ü').insertMany([{ _id: 1, v: 'unicode collection' }]);
}

describe('mongodb source on FerretDB', () => {
  const src = db('src');
  let ours: string;
  let outcome: BackupOutcome;

  beforeAll(async () => {
    await seed(src);
    ours = path.join(dir, 'ours.archive');
    const s = new MongoSource(uriFor(src));
    try {
      outcome = await backupTo(s, ours);
    } finally {
      await s.close();
    }
  });

  it('records counts and digests that match the live data', async () => {
    expect(outcome.fingerprint.summary).toEqual({ collections: 5, documents: 3000 + 6 + 2 + 1 });
    expect(outcome.fingerprint.items!.bulk!.count).toBe(3000);
    expect(outcome.fingerprint.items!.empty!.count).toBe(0);
    const s = new MongoSource(uriFor(src));
    try {
      expect(await s.fingerprint(ctx())).toEqual(outcome.fingerprint);
    } finally {
      await s.close();
    }
    // A change to one document changes the fingerprint.
    await col(src, 'bulk').updateOne({ _id: 7 }, { $set: { name: 'changed' } });
    const s2 = new MongoSource(uriFor(src));
    try {
      const fp = await s2.fingerprint(ctx());
      expect(fp.items!.bulk!.count).toBe(3000);
      expect(fp.items!.bulk!.digest).not.toBe(outcome.fingerprint.items!.bulk!.digest);
      expect(fp.items!.fidelity).toEqual(outcome.fingerprint.items!.fidelity);
    } finally {
      await s2.close();
      await col(src, 'bulk').updateOne({ _id: 7 }, { $set: { name: 'user 7' } });
    }
  });

  it('ours → ours: every byte, option and index comes back in another database', async () => {
    const dst = db('ours2ours');
    const report = await restoreFile(ours, uriFor(dst));
    expect(report.summary.documents).toBe(3009);
    expect(report.summary.indexes).toBe(1);
    expect(await snapshot(dst)).toEqual(await snapshot(src));
    // Restored into another database, the fingerprint still compares equal (keys are collection names).
    expect(report.fingerprint).toEqual(outcome.fingerprint);
    const t = new MongoSource(uriFor(dst));
    try {
      expect(await t.fingerprint(ctx())).toEqual(outcome.fingerprint);
    } finally {
      await t.close();
    }
    const capped = await client.db(dst).listCollections({ name: 'capped' }).toArray();
    expect((capped[0] as Document).options).toMatchObject({ capped: true });
  });

  withTools('ours (gzip, as the engine stores it) → real mongorestore --archive --gzip → identical data', async () => {
    const gz = path.join(dir, 'ours.archive.gz');
    await pipeline(createReadStream(ours), createGzip(), createWriteStream(gz));
    const dst = db('ours2mongorestore');
    // FerretDB rejects the index option `ns` that mongorestore sends, hence --noIndexRestore.
    await runTool('mongorestore', ['--uri', BASE_URI, `--archive=${gz}`, '--gzip', '--noIndexRestore', `--nsFrom=${src}.*`, `--nsTo=${dst}.*`]);
    expect(await snapshot(dst, { indexes: false })).toEqual(await snapshot(src, { indexes: false }));
  });

  withTools('real mongodump --archive (plain and --gzip) → our restore → identical data, options and indexes', async () => {
    for (const gzip of [false, true]) {
      const file = path.join(dir, `mongodump${gzip ? '.gz' : ''}.archive`);
      await runTool('mongodump', ['--uri', uriFor(src), `--archive=${file}`, ...(gzip ? ['--gzip'] : [])]);
      const head = await readFile(file).then((b) => b.subarray(0, 4).toString('hex'));
      expect(head.slice(0, gzip ? 4 : 8)).toBe(gzip ? '1f8b' : '6de29981');
      const dst = db(`mongodump2ours${gzip ? 'gz' : ''}`);
      const report = await restoreArchiveFile(file, uriFor(dst), {}, ctx());
      expect(report.summary.documents).toBe(3009);
      expect(await snapshot(dst)).toEqual(await snapshot(src));
      // mongodump reads the same bytes we do: our restore's fingerprint matches our backup's.
      expect(report.fingerprint).toEqual(outcome.fingerprint);
    }
  });

  withTools('mongodump archive of ours is byte-comparable: same prelude metadata text as mongodump writes', async () => {
    const file = path.join(dir, 'meta.archive');
    await runTool('mongodump', ['--uri', uriFor(src), `--archive=${file}`, '--collection=bulk']);
    const theirs = await new MongoArchiveReader(createReadStream(file)).readPrelude();
    const mine = await new MongoArchiveReader(createReadStream(ours)).readPrelude();
    const strip = (m: string): unknown => {
      const j = JSON.parse(m) as Record<string, unknown>;
      delete j.uuid; // FerretDB reports uuids inconsistently between listCollections calls
      return j;
    };
    const t = theirs.namespaces.find((n) => n.collection === 'bulk')!;
    const m = mine.namespaces.find((n) => n.collection === 'bulk')!;
    expect(strip(m.metadata)).toEqual(strip(t.metadata));
    expect(m.type).toBe(t.type);
    expect(m.size).toBe(t.size);
  });

  it('refuses a non-empty target without --drop, replaces it with --drop', async () => {
    const dst = db('refuse');
    await col(dst, 'bulk').insertOne({ _id: 'already here' });
    let err: unknown;
    try {
      await restoreFile(ours, uriFor(dst));
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UsageError);
    expect((err as Error).message).toMatch(new RegExp(`refusing to restore into non-empty collection ${dst}\\.bulk; pass --drop`));
    // Nothing was written before the refusal.
    expect(await client.db(dst).listCollections().toArray()).toHaveLength(1);
    await restoreFile(ours, uriFor(dst), { drop: true });
    expect(await snapshot(dst)).toEqual(await snapshot(src));
  });

  it('restores a single collection from a full backup, renamed with --ns-from/--ns-to', async () => {
    const dst = db('single');
    const report = await restoreFile(ours, BASE_URI, { nsInclude: [`${src}.fidelity`], nsFrom: [`${src}.fidelity`], nsTo: [`${dst}.copy`] });
    expect(report.summary.collections).toBe(1);
    const restored = await snapshot(dst);
    const original = await snapshot(src);
    expect(Object.keys(restored)).toEqual(['copy']);
    expect(restored.copy).toEqual(original.fidelity);
    expect(report.fingerprint).toBeUndefined(); // partial restores are not comparable with the backup
  });

  it('backs up only what --ns-include/--ns-exclude select, with mongodump wildcards', async () => {
    const file = path.join(dir, 'selected.archive');
    const s = new MongoSource(BASE_URI, { nsInclude: [`${src}.*`], nsExclude: [`${src}.b*`, `${src}.c*`] });
    try {
      const o = await backupTo(s, file);
      expect(Object.keys(o.fingerprint.items!).sort()).toEqual([`${src}.empty`, `${src}.fidelity`]);
    } finally {
      await s.close();
    }
  });

  it('continues past duplicate keys and reports them, or stops with --stop-on-error', async () => {
    const file = path.join(dir, 'dups.archive');
    const w = new MongoArchiveWriter({
      header: { serverVersion: '7.0.0', toolVersion: 'test' },
      namespaces: [{ db: 'd', collection: 'c', metadata: '', size: 0, type: 'collection' }],
    });
    const written = pipeline(w.stream, createWriteStream(file));
    const nw = w.namespace('d', 'c');
    for (const doc of [{ _id: 1, v: 'a' }, { _id: 2 }, { _id: 1, v: 'b' }, { _id: 3 }]) await nw.write(Buffer.from(BSON.serialize(doc)));
    await nw.end();
    w.finish();
    await written;
    const dst = db('dups');
    const report = await restoreFile(file, uriFor(dst), { writeConcern: 'majority' });
    expect(report.summary).toMatchObject({ documents: 3, duplicates: 1, failed: 0 });
    expect(report.warnings.join('\n')).toMatch(/1 of 4 documents not inserted \(duplicate key/);
    expect(await col(dst, 'c').countDocuments()).toBe(3);
    await expect(restoreFile(file, uriFor(db('dups2')), { stopOnError: true })).rejects.toThrow(/--stop-on-error/);
  });

  it('captures the oplog written during the backup and replays it: the restore is as of the end of the backup', async () => {
    const live = db('oplog');
    await seed(live, 6000);
    // FerretDB logs writes only while local.oplog.rs exists, and every logged write is slow: create it for the backup only.
    const local = client.db('local');
    if (!(await local.listCollections({ name: 'oplog.rs' }).toArray()).length) await local.createCollection('oplog.rs', { capped: true, size: 16 << 20 });
    const file = path.join(dir, 'oplog.archive');
    const c = ctx();
    const s = new MongoSource(uriFor(live), { oplog: true, parallelCollections: 1 });
    let outcome2: BackupOutcome;
    try {
      const gen = s.backup(c);
      const first = await gen.next();
      if (first.done) throw new Error('no artifact');
      const stream = first.value.stream;
      const out = createWriteStream(file);
      // Read two chunks, so the dump has begun; the stream's backpressure then holds the dump while we write.
      const it = stream[Symbol.asyncIterator]();
      for (let i = 0; i < 2; i++) out.write((await it.next()).value as Buffer);
      await col(live, 'bulk').deleteOne({ _id: 5999 });
      await col(live, 'bulk').insertOne({ _id: 'written during the backup' });
      await col(live, 'fidelity').updateOne({ _id: 2 }, { $set: { omega: 'changed during the backup' } });
      await col(live, 'newcoll').insertOne({ _id: 1 });
      for (let r = await it.next(); !r.done; r = await it.next()) out.write(r.value as Buffer);
      await new Promise((r) => out.end(r));
      const end = await gen.next();
      if (!end.done) throw new Error('more than one artifact');
      outcome2 = end.value;
    } finally {
      await s.close();
      await local.collection('oplog.rs').drop().catch(() => undefined);
    }
    expect(outcome2.consistency).toMatchObject({ method: 'oplog', oplogStart: { t: expect.any(Number) }, oplogEnd: { t: expect.any(Number) } });
    expect(outcome2.consistency!.oplogEntries).toBeGreaterThanOrEqual(3);
    const dst = db('oplog_restored');
    const report = await restoreFile(file, uriFor(dst));
    expect(report.summary.oplogEntries).toBeGreaterThanOrEqual(3);
    const want = await snapshot(live, { indexes: false });
    delete want.newcoll; // created after the backup listed collections: its insert replays into a new collection
    const got = await snapshot(dst, { indexes: false });
    expect((got.newcoll as { docs: string[] }).docs).toHaveLength(1);
    delete got.newcoll;
    expect(got).toEqual(want);
  });

  describe('bad input: one clear line each', () => {
    it('an unreachable host (exit 1), without printing the password', async () => {
      const s = new MongoSource('mongodb://admin:s3cr3tP4ss@127.0.0.1:1/app?directConnection=true', { serverSelectionTimeoutMs: 1500 });
      const err = await s.fingerprint(ctx()).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(OperationalError);
      expect((err as Error).message).toMatch(/^mongodb:\/\/admin:\*\*\*@127\.0\.0\.1:1\/app\?directConnection=true: cannot reach MongoDB while connecting/);
      expect((err as Error).message).not.toContain('s3cr3tP4ss');
      await s.close();
    });

    it('a database that does not exist (exit 2)', async () => {
      const s = new MongoSource(uriFor(db('nope')));
      const err = await backupTo(s, path.join(dir, 'x.archive')).catch((e: unknown) => e);
      await s.close();
      expect(err).toBeInstanceOf(UsageError);
      expect((err as Error).message).toMatch(/database '.*_nope' does not exist/);
    });

    it('an --ns-include that matches nothing (exit 2)', async () => {
      const s = new MongoSource(uriFor(src), { nsInclude: ['nothing.here*'] });
      const err = await backupTo(s, path.join(dir, 'y.archive')).catch((e: unknown) => e);
      await s.close();
      expect(err).toBeInstanceOf(UsageError);
      expect((err as Error).message).toMatch(/--ns-include 'nothing\.here\*' matches no collection on .* \(there: .*fidelity/);
    });

    it('a truncated or corrupt archive (exit 3), plain or gzipped, before the target is touched by the broken part', async () => {
      const size = (await stat(ours)).size;
      const cut = path.join(dir, 'cut.archive');
      await writeFile(cut, (await readFile(ours)).subarray(0, Math.floor(size * 0.6)));
      const e1 = await restoreArchiveFile(cut, uriFor(db('cut')), {}, ctx()).catch((e: unknown) => e);
      expect(e1).toBeInstanceOf(VerificationError);
      expect((e1 as Error).message).toMatch(/truncated mongodump archive/);
      const gz = path.join(dir, 'cut.archive.gz');
      await writeFile(gz, gzipSync(await readFile(ours)));
      await truncate(gz, Math.floor((await stat(gz)).size / 2));
      const e2 = await restoreArchiveFile(gz, uriFor(db('cutgz')), {}, ctx()).catch((e: unknown) => e);
      expect(e2).toBeInstanceOf(VerificationError);
      const notArchive = path.join(dir, 'not.archive');
      await writeFile(notArchive, 'this is not an archive');
      const e3 = await restoreArchiveFile(notArchive, uriFor(db('cutgz')), {}, ctx()).catch((e: unknown) => e);
      expect(e3).toBeInstanceOf(VerificationError);
      expect((e3 as Error).message).toMatch(/not a mongodump archive: the magic number is/);
      const e4 = await restoreArchiveFile(path.join(dir, 'missing.archive'), uriFor(db('x')), {}, ctx()).catch((e: unknown) => e);
      expect(e4).toBeInstanceOf(UsageError);
    });

    it('options that make no sense (exit 2)', () => {
      expect(() => new MongoSource(BASE_URI, { readPreference: 'sometimes' })).toThrow(/--read-preference: 'sometimes'; expected one of primary/);
      expect(() => new MongoSource(BASE_URI, { query: '{bad json' })).toThrow(/--query: not valid Extended JSON/);
      expect(() => new MongoSource(BASE_URI, { nsFrom: ['a.*'], nsTo: [] })).toThrow(/give them in pairs/);
      expect(() => new MongoSource('mongodb://h/bad.name')).toThrow(/not a valid database name/);
    });
  });

  it('is reachable through the source registry by scheme and by kind', async () => {
    const s = await openSource(uriFor(src), '--source');
    expect(s.kind).toBe('mongodb');
    expect(s.defaultName()).toBe(src);
    await s.close?.();
    const t = await openTarget('mongodb', BASE_URI, '--target');
    expect(t.location).toBe(BASE_URI);
    await t.close?.();
    await expect(openTarget('mongodb', '/some/dir', '--target')).rejects.toThrow(/not a MongoDB connection string/);
  });

  it('backs up a --query subset with --read-preference', async () => {
    const file = path.join(dir, 'query.archive');
    const s = new MongoSource(uriFor(src), { nsInclude: [`${src}.bulk`], query: '{"_id":{"$lt":{"$numberInt":"10"}}}', readPreference: 'primaryPreferred' });
    try {
      const o = await backupTo(s, file);
      expect(o.fingerprint.items!.bulk!.count).toBe(10);
    } finally {
      await s.close();
    }
  });
});

describe('full fidelity through the real tools (mongo-java-server, which FerretDB cannot stand in for)', () => {
  /*
   * FerretDB rejects several BSON types and the Node driver 7 refuses
   * mongo-java-server (wire version 8), but the Go-based mongo-tools talk to it.
   * So: every type goes into an archive written by us, through the real
   * mongorestore into mongo-java-server, back out through the real mongodump,
   * and is read by our reader: byte-identical documents prove both directions.
   */
  withTools('our archive → mongorestore → mongodump → our reader keeps every document byte for byte', async () => {
    const docs = javaServerFidelityDocs().map((d) => Buffer.from(BSON.serialize(d)));
    const dbName = db('fullfid');
    const file = path.join(dir, 'full.archive');
    const w = new MongoArchiveWriter({
      header: { serverVersion: '7.0.0', toolVersion: 'bakup-test' },
      namespaces: [{ db: dbName, collection: 'all', metadata: '{"indexes":[],"collectionName":"all","type":"collection"}', size: 0, type: 'collection' }],
    });
    const written = pipeline(w.stream, createWriteStream(file));
    const nw = w.namespace(dbName, 'all');
    for (const d of docs) await nw.write(d);
    await nw.end();
    w.finish();
    await written;
    await runTool('mongorestore', ['--uri', JAVA_URI, `--archive=${file}`]);
    const back = path.join(dir, 'full-back.archive.gz');
    await runTool('mongodump', ['--uri', JAVA_URI.replace('/?', `/${dbName}?`), `--archive=${back}`, '--gzip']);
    const { openArchiveFile } = await import('../../src/sources/mongodb/restore.js');
    const reader = new MongoArchiveReader(await openArchiveFile(back), { name: back, validateDocuments: true });
    const got: Buffer[] = [];
    const events = reader.events();
    for (let r = await events.next(); !r.done; r = await events.next()) if (r.value.type === 'documents') got.push(...r.value.docs.map((b) => Buffer.from(b)));
    const hex = (a: Buffer[]): string[] => a.map((b) => b.toString('hex')).sort();
    expect(hex(got)).toEqual(hex(docs));
  });
});

describe('fidelity limits of FerretDB, recorded', () => {
  withTools('stores a document near 16 MB and brings it back byte for byte through both tools', async () => {
    const src = db('big');
    const filler = 'a'.repeat(16 * 1024 * 1024 - 4096);
    await col(src, 'big').insertOne({ _id: 1, filler, tail: new Int32(7) });
    const file = path.join(dir, 'big.archive');
    const s = new MongoSource(uriFor(src));
    try {
      await backupTo(s, file);
    } finally {
      await s.close();
    }
    const dst = db('big_back');
    await restoreFile(file, uriFor(dst));
    const dst2 = db('big_mr');
    await runTool('mongorestore', ['--uri', BASE_URI, `--archive=${file}`, '--noIndexRestore', `--nsFrom=${src}.*`, `--nsTo=${dst2}.*`]);
    const want = await snapshot(src, { indexes: false });
    expect(await snapshot(dst, { indexes: false })).toEqual(want);
    expect(await snapshot(dst2, { indexes: false })).toEqual(want);
  });
});

describe('raw cursor batches (the driver reply read in place)', () => {
  it('yields every document of every batch as the server sent it, from the reply itself, and closes the cursor', async () => {
    const d = db('raw');
    const docs = Array.from({ length: 10 }, (_, i) => ({ _id: i, s: 'x'.repeat(i * 10), n: Long.fromNumber(i) }));
    await col(d, 'c').insertMany(docs);
    const cursor = col(d, 'c').find({}, { raw: true, batchSize: 3, sort: { _id: 1 } });
    const sizes: number[] = [];
    const got: Buffer[] = [];
    for await (const batch of rawBatches(cursor)) {
      sizes.push(batch.starts.length);
      const mine = [...batchDocuments(batch)];
      got.push(...mine.map((b) => Buffer.from(b)));
      // The installed driver's reply is read in place (no per-document copy): the bytes hold more than the
      // documents (the reply's envelope). If a driver upgrade changes its internals, this says so.
      expect(batch.bytes.length).toBeGreaterThan(mine.reduce((a, b) => a + b.length, 0));
    }
    expect(sizes).toEqual([3, 3, 3, 1]);
    expect(got).toEqual(docs.map((x) => Buffer.from(BSON.serialize(x))));
    expect(cursor.closed).toBe(true);

    // Left early: the cursor is closed too.
    const early = col(d, 'c').find({}, { raw: true, batchSize: 3 });
    for await (const batch of rawBatches(early)) {
      expect(batch.starts).toHaveLength(3);
      break;
    }
    expect(early.closed).toBe(true);

    // A driver that keeps its replies differently: the public iteration, same documents, a copy per batch.
    const real = col(d, 'c').find({}, { raw: true, batchSize: 4, sort: { _id: 1 } });
    const hidden = new Proxy(real, {
      get(target, key) {
        if (key === 'documents') return undefined;
        const v = Reflect.get(target, key, target) as unknown;
        return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
      },
    });
    const fallback: Buffer[] = [];
    for await (const batch of rawBatches(hidden)) {
      const mine = [...batchDocuments(batch)];
      expect(batch.bytes.length).toBe(mine.reduce((a, b) => a + b.length, 0));
      fallback.push(...mine.map((b) => Buffer.from(b)));
    }
    expect(fallback).toEqual(got);
    expect(real.closed).toBe(true);
  });
});
