#!/usr/bin/env node
// MongoDB backup/restore: bakup's native mongodump-format backup and restore beside the real
// mongodump / mongorestore on the same peer (FerretDB from scripts/test-services), in one run.
//
//   npm run build                                  # compiles src/ to lib/ (the bench imports lib/)
//   node bench/mongodb.mjs --docs 200000           # Node 24; prints seconds, ratios and peak RSS
//
// Options: --docs N (default 200000, spread over --collections C, default 4), --doc-bytes B (~ size
// of one document, default 500), --uri URI (default: scripts/test-services start ferretdb),
// --tools DIR (mongodump/mongorestore; default: scripts/test-services bin), --keep (reuse the
// generated database when it already holds N documents).
// --peer mongo-java-server: instead of FerretDB (which reads ~2-5 k documents/s through SQLite, so
// the goal size takes over an hour per run), an in-memory mongo-java-server 1.47 started by the bench
// with --java-heap (default 12g; --lean documents of 5 fields keep it small), without an oplog, from the jars scripts/test-services caches;
// mongorestore then restores indexes too (bakup's extra restore without indexes is left out), and
// --uri URI with --peer mongo-java-server uses one started by hand. mongo-java-server answers a getMore
// without batchSize with the whole rest of the collection, and mongodump (which sets none) fails once that
// passes 48 MB ("length of read message too large"): keep collections under ~80 k documents of 550 B,
// e.g. --docs 2000000 --collections 32. --no-indexes: both sides restore without indexes (at 2 M documents an 8 GB
// mongo-java-server stalls in garbage collection while building them, and mongorestore loses its connection).
// Every measured step runs in its own process under /usr/bin/time -v, so its peak RSS is its own.
// Backups are gzip-compressed on both sides (bakup's default = `mongodump --archive --gzip`).
//
//   node bench/mongodb.mjs --compression --docs 100000 --recipient age1…
// Compression instead: the generated database (documents with word-like text, database
// bench_compress) is dumped once to an uncompressed archive, then that archive goes through the
// engine's artifact pipeline (src/pipeline/artifact.ts: hash, compress, encrypt, hash) once per
// setting, none / gzip / zstd / zstd + age, each in its own process: time, MiB/s, peak RSS, ratio.
// mongorestore runs with --noIndexRestore because FerretDB rejects the index option `ns` it sends;
// the ratio compares it with bakup's restore without indexes; a second bakup restore builds them too.
// --backup-only: the backups only (no restores). --rounds N: the two backups run N times, alternating
// (bakup, mongodump, mongodump, bakup, …), and the ratio compares each tool's best run (the machine is shared).
// --cpu-prof DIR: bakup's backup child runs with node --cpu-prof into DIR (a profile per run).
import { spawn, spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, statSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import * as path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { fileURLToPath, pathToFileURL } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, '..');
const LIB = path.resolve(process.env.BAKUP_LIB ?? path.join(REPO, 'lib'));
const lib = (p) => import(pathToFileURL(path.join(LIB, p)).href);

function parseArgs(argv) {
  const out = { docs: 200_000, collections: 4, docBytes: 500, uri: undefined, tools: undefined, keep: false, child: undefined, compression: false, recipient: undefined, peer: 'ferretdb', javaHeap: '12g', lean: false, noIndexes: false, backupOnly: false, rounds: 1, cpuProf: undefined };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => argv[++i];
    if (a === '--docs') out.docs = Number(next());
    else if (a === '--collections') out.collections = Number(next());
    else if (a === '--doc-bytes') out.docBytes = Number(next());
    else if (a === '--uri') out.uri = next();
    else if (a === '--tools') out.tools = next();
    else if (a === '--keep') out.keep = true;
    else if (a === '--compression') out.compression = true;
    else if (a === '--recipient') out.recipient = next();
    else if (a === '--peer') out.peer = next();
    else if (a === '--java-heap') out.javaHeap = next();
    else if (a === '--lean') out.lean = true;
    else if (a === '--no-indexes') out.noIndexes = true;
    else if (a === '--backup-only') out.backupOnly = true;
    else if (a === '--rounds') out.rounds = Math.max(1, Number(next()));
    else if (a === '--cpu-prof') out.cpuProf = path.resolve(next());
    else if (a === '--child') out.child = JSON.parse(next());
    else {
      console.error(`unknown argument ${a}`);
      process.exit(2);
    }
  }
  return out;
}

function withDb(uri, db) {
  return uri.replace(/\/(\?|$)/, `/${db}$1`);
}

// ------------------------------------------------------------------ child: one measured bakup step
async function child(job) {
  const { MemoryLogger } = await lib('log.js');
  const { Progress } = await lib('progress/progress.js');
  const log = new MemoryLogger();
  const ctx = { log, progress: new Progress(log, 'bench', 3_600_000) };
  if (job.op === 'backup') {
    const { MongoSource } = await lib('sources/mongodb/mongo-source.js');
    const src = new MongoSource(withDb(job.uri, job.db), {});
    const gen = src.backup(ctx);
    const first = await gen.next();
    await pipeline(first.value.stream, createGzip({ level: 6, chunkSize: 256 * 1024 }), createWriteStream(job.file));
    const end = await gen.next();
    await src.close();
    process.stdout.write(JSON.stringify({ documents: end.value.fingerprint.summary.documents }) + '\n');
  } else if (job.op === 'dump') {
    // Once, uncompressed: the archive the compression runs start from.
    const { MongoSource } = await lib('sources/mongodb/mongo-source.js');
    const src = new MongoSource(withDb(job.uri, job.db), {});
    const gen = src.backup(ctx);
    const first = await gen.next();
    await pipeline(first.value.stream, createWriteStream(job.file));
    await gen.next();
    await src.close();
  } else if (job.op === 'compress') {
    const { writeArtifact } = await lib('pipeline/artifact.js');
    const { encryptionFor } = await lib('pipeline/encryption.js');
    const keys = job.recipient ? { recipients: [job.recipient] } : {};
    const spec = { baseName: 'dump.archive', kind: 'mongo-archive', compression: job.compression, encryption: encryptionFor(keys), keys };
    const t0 = process.hrtime.bigint();
    const w = await writeArtifact(createReadStream(job.input, { highWaterMark: 64 * 1024 }), spec, [{ label: 'file', consume: (body) => pipeline(body, createWriteStream(job.file)) }]);
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    process.stdout.write(JSON.stringify({ seconds, stored: w.record.size, plain: w.record.plain.size }) + '\n');
  } else if (job.op === 'restore') {
    const { restoreArchiveFile } = await lib('sources/mongodb/restore.js');
    const report = await restoreArchiveFile(job.file, withDb(job.uri, job.db), { drop: true, noIndexRestore: !!job.noIndexRestore }, ctx);
    process.stdout.write(JSON.stringify(report.summary) + '\n');
  }
  ctx.progress.stop();
}

// ------------------------------------------------------------------ parent
function timed(cmd, argv) {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const p = spawn('/usr/bin/time', ['-v', cmd, ...argv], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    p.stdout.on('data', (d) => (out += d));
    p.stderr.on('data', (d) => (err += d));
    p.on('error', reject);
    p.on('close', (code) => {
      const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
      if (code !== 0) return reject(new Error(`${cmd} ${argv.join(' ')} exited ${code}:\n${err.slice(-3000)}`));
      const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(err);
      const cpu = Number(/User time \(seconds\): ([\d.]+)/.exec(err)?.[1] ?? NaN) + Number(/System time \(seconds\): ([\d.]+)/.exec(err)?.[1] ?? NaN);
      resolve({ seconds, rssMiB: rss ? Number(rss[1]) / 1024 : NaN, cpu, out });
    });
  });
}

/** Word-like text from a fixed vocabulary and a seeded generator: compresses like prose, not like a run of one byte. */
function words(seed, bytes) {
  const vocab = 'order customer invoice shipped pending total amount street city berlin paris tokyo note please call back tomorrow urgent item price discount delivery address account status active closed review'.split(' ');
  let x = seed >>> 0;
  let out = '';
  while (out.length < bytes) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    out += vocab[x % vocab.length] + (x % 7 === 0 ? '. ' : ' ');
  }
  return out.slice(0, bytes);
}

async function generate(client, db, o) {
  const d = client.db(db);
  const existing = o.keep ? await Promise.all(Array.from({ length: o.collections }, (_, c) => d.collection(`c${c}`).estimatedDocumentCount())) : [];
  const per = Math.ceil(o.docs / o.collections);
  const want = (c) => Math.max(0, Math.min(per, o.docs - c * per));
  if (o.keep && existing.every((n, c) => n === want(c)) && (await d.listCollections().toArray()).length === o.collections) return false;
  await d.dropDatabase();
  // --lean: 5 fields (the same bytes in a long string), so an in-memory peer holds 2 M documents and a copy
  // in a few GB (mongo-java-server keeps each field as Java objects: ~2.2 KB per default document).
  const pad = 'x'.repeat(Math.max(0, o.docBytes - (o.lean ? 90 : 200)));
  const padOf = (j) => (o.compression ? words(j, Math.max(0, o.docBytes - 200)) : pad);
  for (let c = 0; c < o.collections; c++) {
    const coll = d.collection(`c${c}`);
    const n = Math.min(per, o.docs - c * per);
    for (let i = 0; i < n; i += 1000) {
      const batch = [];
      for (let j = i; j < Math.min(n, i + 1000); j++) {
        if (o.lean) batch.push({ _id: j, email: `u${j}@example.com`, n: j * 1.25, at: new Date(1_700_000_000_000 + j * 1000), pad: `${j % 97}:${pad}` });
        else batch.push({ _id: j, name: `user ${j}`, email: `u${j}@example.com`, age: j % 97, score: j * 1.25, createdAt: new Date(1_700_000_000_000 + j * 1000), tags: ['a', `t${j % 13}`], profile: { city: `city ${j % 500}`, zip: String(10000 + (j % 89999)) }, pad: padOf(j) });
      }
      await coll.insertMany(batch, { ordered: false });
    }
    await coll.createIndex({ email: 1 }, { unique: true, name: 'email_1' });
  }
  return true;
}

/**
 * An in-memory mongo-java-server without an oplog (the test peer logs every insert, which would double
 * its memory), compiled here from the jars scripts/test-services caches; stopped when the bench ends.
 */
async function startJavaPeer(o, services) {
  const cache = path.dirname(path.dirname(spawnSync('bash', [services, 'bin', 'mongo-java-server'], { encoding: 'utf8' }).stdout.trim()));
  const lib = path.join(cache, 'mongo-java-server', 'lib');
  const classes = path.join(REPO, 'bench', 'out', 'mongo-java-peer');
  mkdirSync(classes, { recursive: true });
  const java = path.join(classes, 'BenchMongoJavaServer.java');
  writeFileSync(
    java,
    `import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.MongoVersion;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.util.List;
public final class BenchMongoJavaServer {
  public static void main(String[] a) throws Exception {
    MemoryBackend b = new MemoryBackend();
    b.version(new MongoVersion() {
      public List<Integer> getVersionArray() { return List.of(5, 0, 0); }
      public int getWireVersion() { return 13; }
    });
    MongoServer s = new MongoServer(b);
    s.bind("127.0.0.1", Integer.parseInt(a[0]));
    Runtime.getRuntime().addShutdownHook(new Thread(s::shutdownNow));
    Thread.currentThread().join();
  }
}
`,
  );
  const c = spawnSync('javac', ['--release', '17', '-cp', `${lib}/*`, '-d', classes, java], { encoding: 'utf8' });
  if (c.status !== 0) throw new Error(`javac failed: ${c.stderr}`);
  const port = await new Promise((resolve) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const p = srv.address().port;
      srv.close(() => resolve(p));
    });
  });
  const proc = spawn('java', [`-Xmx${o.javaHeap}`, '-XX:+UseParallelGC', '-Dorg.slf4j.simpleLogger.defaultLogLevel=warn', '-cp', `${classes}:${lib}/*`, 'BenchMongoJavaServer', String(port)], { stdio: 'ignore' });
  const uri = `mongodb://127.0.0.1:${port}/?directConnection=true`;
  const { MongoClient } = await import(pathToFileURL(path.join(REPO, 'node_modules', 'mongodb', 'lib', 'index.js')).href);
  for (let i = 0; i < 120; i++) {
    try {
      const c = await MongoClient.connect(uri, { serverSelectionTimeoutMS: 1000 });
      await c.close();
      return { uri, stop: () => proc.kill() };
    } catch {
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  proc.kill();
  throw new Error('mongo-java-server did not start');
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  if (o.child) return child(o.child);
  const services = path.join(REPO, 'scripts', 'test-services');
  const javaPeer = !o.uri && o.peer === 'mongo-java-server' ? await startJavaPeer(o, services) : undefined;
  const uri = o.uri ?? javaPeer?.uri ?? /BAKUP_TEST_FERRETDB_URI=(\S+)/.exec(spawnSync('bash', [services, 'start', 'ferretdb'], { encoding: 'utf8' }).stdout)?.[1];
  if (!uri) throw new Error('no FerretDB: pass --uri or make scripts/test-services start ferretdb work');
  try {
    await measure(o, services, uri);
  } finally {
    javaPeer?.stop();
  }
}

async function measure(o, services, uri) {
  const tool = (t) => (o.tools ? path.join(o.tools, t) : spawnSync('bash', [services, 'bin', t], { encoding: 'utf8' }).stdout.trim());
  const mongodump = tool('mongodump');
  const mongorestore = tool('mongorestore');
  const { MongoClient } = await import(pathToFileURL(path.join(REPO, 'node_modules', 'mongodb', 'lib', 'index.js')).href);
  const client = await MongoClient.connect(uri);
  const src = o.compression ? 'bench_compress' : 'bench_src';
  const t0 = Date.now();
  const made = await generate(client, src, o);
  const stats = await client.db(src).command({ dbStats: 1 });
  console.log(`${made ? 'generated' : 'reused'} ${src}: ${o.docs} documents in ${o.collections} collections, ~${o.docBytes} B each, dataSize ${(stats.dataSize / 2 ** 20).toFixed(1)} MiB (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  if (o.peer === 'mongo-java-server') {
    // The JVM compiles its hot paths during the first scan: read everything once, so the first tool
    // measured does not pay for the warm-up alone.
    const w0 = Date.now();
    for (let c = 0; c < o.collections; c++) for await (const _ of client.db(src).collection(`c${c}`).find({}, { raw: true, batchSize: 1000 })) void _;
    console.log(`warm-up scan ${((Date.now() - w0) / 1000).toFixed(1)} s`);
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'bakup-bench-mongo-'));
  const node = process.execPath;
  const self = fileURLToPath(import.meta.url);
  if (o.compression) {
    try {
      await compressionRows(o, uri, src, dir, node, self);
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await client.close();
    }
    return;
  }
  // The machine may be shared: CPU seconds and RSS compare better than wall time when it is loaded.
  const load0 = loadavg().map((x) => x.toFixed(2)).join(' ');
  const ours = path.join(dir, 'bakup.archive.gz');
  const theirs = path.join(dir, 'mongodump.archive.gz');
  const rows = [];
  const show = (name, r) => console.log(`${name.padEnd(48)} ${r.seconds.toFixed(1).padStart(7)} s   CPU ${r.cpu.toFixed(1).padStart(6)} s   peak RSS ${r.rssMiB.toFixed(1).padStart(7)} MiB`);
  rows.push = (row) => {
    show(...row);
    return Array.prototype.push.call(rows, row);
  };
  try {
    const prof = o.cpuProf ? ['--cpu-prof', '--cpu-prof-dir', o.cpuProf] : [];
    const ourBackup = async (round) => {
      const r = await timed(node, [...prof, self, '--child', JSON.stringify({ op: 'backup', uri, db: src, file: ours })]);
      rows.push([`bakup backup (gzip)${round}`, r]);
      const documents = JSON.parse(r.out.trim().split('\n').pop()).documents;
      if (documents !== o.docs) throw new Error(`bakup backup${round}: ${documents} documents, expected ${o.docs}`);
      return r;
    };
    const theirBackup = async (round) => {
      const r = await timed(mongodump, ['--uri', withDb(uri, src), `--archive=${theirs}`, '--gzip']);
      rows.push([`mongodump --archive --gzip${round}`, r]);
      return r;
    };
    const ours1 = [];
    const theirs1 = [];
    for (let i = 1; i <= o.rounds; i++) {
      const round = o.rounds > 1 ? ` #${i}` : '';
      if (i % 2 === 1) {
        ours1.push(await ourBackup(round));
        theirs1.push(await theirBackup(round));
      } else {
        theirs1.push(await theirBackup(round));
        ours1.push(await ourBackup(round));
      }
    }
    const best = (runs) => runs.reduce((a, b) => (b.seconds < a.seconds ? b : a));
    const b1 = best(ours1);
    const b2 = best(theirs1);
    if (o.backupOnly) {
      console.log(`backup  ratio bakup/mongodump    ${(b1.seconds / b2.seconds).toFixed(2)}  (< 1 is faster${o.rounds > 1 ? '; best of each tool\'s runs' : ''})`);
      const cpu = (runs) => Math.min(...runs.map((r) => r.cpu));
      console.log(`backup  CPU   bakup/mongodump    ${(cpu(ours1) / cpu(theirs1)).toFixed(2)}  (least CPU-s of each)`);
      console.log(`archives: bakup ${statSync(ours).size} bytes, mongodump ${statSync(theirs).size} bytes`);
      console.log(`load average (1/5/15 min): at the start ${load0}, at the end ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
      return;
    }
    // FerretDB rejects the index option `ns` that mongorestore sends: there both sides restore without indexes.
    // Without indexes on both sides where the peer rejects mongorestore's (FerretDB) or --no-indexes asks.
    const java = o.peer === 'mongo-java-server' && !o.noIndexes;
    // Counted and dropped after each restore, so the peer never holds more than the source and one copy.
    const counted = {};
    const count = async (db, as) => {
      let n = 0;
      for (let c = 0; c < o.collections; c++) n += await client.db(db).collection(`c${c}`).countDocuments();
      counted[as] = n;
      await client.db(db).dropDatabase();
    };
    const ourRestore = async (round) => {
      const r = await timed(node, [self, '--child', JSON.stringify({ op: 'restore', uri, db: 'bench_bakup', file: ours, noIndexRestore: !java })]);
      rows.push([`${java ? 'bakup restore (with indexes)' : 'bakup restore --no-index-restore'}${round}`, r]);
      await count('bench_bakup', `bench_bakup${round}`);
      return r;
    };
    const theirRestore = async (round) => {
      const r = await timed(mongorestore, ['--uri', uri, `--archive=${theirs}`, '--gzip', '--drop', ...(java ? [] : ['--noIndexRestore']), `--nsFrom=${src}.*`, '--nsTo=bench_mongorestore.*']);
      rows.push([`${java ? 'mongorestore --archive --gzip' : 'mongorestore --archive --gzip --noIndexRestore'}${round}`, r]);
      await count('bench_mongorestore', `bench_mongorestore${round}`);
      return r;
    };
    let r1;
    let r2;
    if (o.peer === 'mongo-java-server') {
      // The JVM's heap state favours whichever restore runs second (measured: 63.5 s first vs 34 s second for
      // the same restore): each tool runs twice, alternating, and the better of its two runs is compared.
      const a1 = await ourRestore(' #1');
      const b1r = await theirRestore(' #1');
      const b2r = await theirRestore(' #2');
      const a2 = await ourRestore(' #2');
      r1 = a1.seconds <= a2.seconds ? a1 : a2;
      r2 = b1r.seconds <= b2r.seconds ? b1r : b2r;
    } else {
      r1 = await ourRestore('');
      const r1i = await timed(node, [self, '--child', JSON.stringify({ op: 'restore', uri, db: 'bench_bakup', file: ours })]);
      rows.push(['bakup restore (with indexes)', r1i]);
      await count('bench_bakup', 'bench_bakup (with indexes)');
      r2 = await theirRestore('');
    }
    console.log(`backup  ratio bakup/mongodump    ${(b1.seconds / b2.seconds).toFixed(2)}  (< 1 is faster${o.rounds > 1 ? '; best of each tool\'s runs' : ''})`);
    console.log(`backup  CPU   bakup/mongodump    ${(Math.min(...ours1.map((r) => r.cpu)) / Math.min(...theirs1.map((r) => r.cpu))).toFixed(2)}  (least CPU-s of each)`);
    console.log(`restore ratio bakup/mongorestore ${(r1.seconds / r2.seconds).toFixed(2)}${o.peer === 'mongo-java-server' ? ' (best of two alternating runs each)' : ''}`);
    console.log(`archives: bakup ${statSync(ours).size} bytes, mongodump ${statSync(theirs).size} bytes`);
    console.log(`load average (1/5/15 min): at the start ${load0}, at the end ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
    for (const [db, n] of Object.entries(counted)) console.log(`${db}: ${n} documents ${n === o.docs ? '(all)' : '(MISMATCH)'}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await client.close();
  }
}

async function compressionRows(o, uri, src, dir, node, self) {
  const archive = path.join(dir, 'dump.archive');
  const dump = await timed(node, [self, '--child', JSON.stringify({ op: 'dump', uri, db: src, file: archive })]);
  const size = statSync(archive).size;
  console.log(`dump to an uncompressed archive: ${(size / 2 ** 20).toFixed(1)} MiB in ${dump.seconds.toFixed(1)} s (FerretDB-bound; not part of the rows below)`);
  const settings = [
    ['none', 'none'],
    ['gzip (level 6)', 'gzip'],
    ['zstd (level 3)', 'zstd'],
    ...(o.recipient ? [['zstd + age', 'zstd', o.recipient]] : []),
  ];
  const results = [];
  for (const [label, compression, recipient] of settings) {
    const file = path.join(dir, `out-${results.length}`);
    const r = await timed(node, [self, '--child', JSON.stringify({ op: 'compress', input: archive, file, compression, recipient })]);
    // The pipeline's own time, measured in the child (process start and module loading left out).
    const { seconds, stored } = JSON.parse(r.out);
    results.push({ label, r: { ...r, seconds }, stored });
    rmSync(file, { force: true });
  }
  const none = results[0].r.seconds;
  console.log(`| pipeline setting | time | MiB/s | × none | stored | ratio | peak RSS |`);
  console.log(`|---|---|---|---|---|---|---|`);
  for (const { label, r, stored } of results) {
    console.log(`| ${label} | ${r.seconds.toFixed(2)} s | ${(size / 2 ** 20 / r.seconds).toFixed(0)} | ${(r.seconds / none).toFixed(2)} | ${(stored / 2 ** 20).toFixed(1)} MiB | ${(size / stored).toFixed(2)} | ${r.rssMiB.toFixed(0)} MiB |`);
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
