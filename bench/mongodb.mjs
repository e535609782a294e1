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
import { spawn, spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, statSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { fileURLToPath, pathToFileURL } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, '..');
const LIB = path.resolve(process.env.BAKUP_LIB ?? path.join(REPO, 'lib'));
const lib = (p) => import(pathToFileURL(path.join(LIB, p)).href);

function parseArgs(argv) {
  const out = { docs: 200_000, collections: 4, docBytes: 500, uri: undefined, tools: undefined, keep: false, child: undefined, compression: false, recipient: undefined };
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
      resolve({ seconds, rssMiB: rss ? Number(rss[1]) / 1024 : NaN, out });
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
  if (o.keep && existing.reduce((a, b) => a + b, 0) === o.docs) return false;
  await d.dropDatabase();
  const per = Math.ceil(o.docs / o.collections);
  const pad = 'x'.repeat(Math.max(0, o.docBytes - 200));
  const padOf = (j) => (o.compression ? words(j, Math.max(0, o.docBytes - 200)) : pad);
  for (let c = 0; c < o.collections; c++) {
    const coll = d.collection(`c${c}`);
    const n = Math.min(per, o.docs - c * per);
    for (let i = 0; i < n; i += 1000) {
      const batch = [];
      for (let j = i; j < Math.min(n, i + 1000); j++) {
        batch.push({ _id: j, name: `user ${j}`, email: `u${j}@example.com`, age: j % 97, score: j * 1.25, createdAt: new Date(1_700_000_000_000 + j * 1000), tags: ['a', `t${j % 13}`], profile: { city: `city ${j % 500}`, zip: String(10000 + (j % 89999)) }, pad: padOf(j) });
      }
      await coll.insertMany(batch, { ordered: false });
    }
    await coll.createIndex({ email: 1 }, { unique: true, name: 'email_1' });
  }
  return true;
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  if (o.child) return child(o.child);
  const services = path.join(REPO, 'scripts', 'test-services');
  const uri = o.uri ?? /BAKUP_TEST_FERRETDB_URI=(\S+)/.exec(spawnSync('bash', [services, 'start', 'ferretdb'], { encoding: 'utf8' }).stdout)?.[1];
  if (!uri) throw new Error('no FerretDB: pass --uri or make scripts/test-services start ferretdb work');
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
  const ours = path.join(dir, 'bakup.archive.gz');
  const theirs = path.join(dir, 'mongodump.archive.gz');
  const rows = [];
  try {
    const b1 = await timed(node, [self, '--child', JSON.stringify({ op: 'backup', uri, db: src, file: ours })]);
    rows.push(['bakup backup (gzip)', b1]);
    const b2 = await timed(mongodump, ['--uri', withDb(uri, src), `--archive=${theirs}`, '--gzip', '--quiet']);
    rows.push(['mongodump --archive --gzip', b2]);
    const r1 = await timed(node, [self, '--child', JSON.stringify({ op: 'restore', uri, db: 'bench_bakup', file: ours, noIndexRestore: true })]);
    rows.push(['bakup restore --no-index-restore', r1]);
    const r1i = await timed(node, [self, '--child', JSON.stringify({ op: 'restore', uri, db: 'bench_bakup', file: ours })]);
    rows.push(['bakup restore (with indexes)', r1i]);
    const r2 = await timed(mongorestore, ['--uri', uri, `--archive=${theirs}`, '--gzip', '--drop', '--noIndexRestore', '--quiet', `--nsFrom=${src}.*`, '--nsTo=bench_mongorestore.*']);
    rows.push(['mongorestore --archive --gzip', r2]);
    for (const [name, r] of rows) console.log(`${name.padEnd(32)} ${r.seconds.toFixed(1).padStart(7)} s   peak RSS ${r.rssMiB.toFixed(1).padStart(7)} MiB`);
    console.log(`backup  ratio bakup/mongodump    ${(b1.seconds / b2.seconds).toFixed(2)}  (< 1 is faster)`);
    console.log(`restore ratio bakup/mongorestore ${(r1.seconds / r2.seconds).toFixed(2)}`);
    console.log(`archives: bakup ${statSync(ours).size} bytes, mongodump ${statSync(theirs).size} bytes`);
    for (const db of ['bench_bakup', 'bench_mongorestore']) {
      let n = 0;
      for (let c = 0; c < o.collections; c++) n += await client.db(db).collection(`c${c}`).countDocuments();
      console.log(`${db}: ${n} documents ${n === o.docs ? '(all)' : '(MISMATCH)'}`);
      await client.db(db).dropDatabase();
    }
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
