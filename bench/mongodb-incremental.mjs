#!/usr/bin/env node
// MongoDB incremental backup (an oplog slice) beside the full backup it continues, on the same data:
// generate a database, take a full backup (the engine's `bakup backup`, default compression), change
// --change-percent of the documents, take `bakup backup --incremental`, and compare time and stored size.
// Goal (issue 9): for a 1 GB database with 1 % changed, the incremental takes under 10 % of the full
// backup's time and size.
//
//   npm run build                                          # compiles src/ to lib/ (the bench imports lib/)
//   node bench/mongodb-incremental.mjs --docs 250000 --doc-bytes 4300   # Node 24; ~1.1 GB
//
// The peer: by default a mongo-java-server of the bench's own (the cached launcher from scripts/test-services,
// heap --heap, default 6g; in memory, so the data must fit), whose oplog bakup reads with --oplog. FerretDB
// (--uri mongodb://…) works too, but its updates cost tens of milliseconds each and grow with the collection
// (no index is used for them), so changing 1 % of a 1 GB database there takes hours.
//
// Options: --docs N (default 250000, over --collections C, default 4), --doc-bytes B (default 4300),
// --change-percent P (default 1), --uri URI (use that server instead; FerretDB: local.oplog.rs is created),
// --heap SIZE, --restore (also restore the chain into another database and count: as long as a full restore).
// Each backup runs in its own process under /usr/bin/time -v, so its peak RSS is its own. The oplog entries of
// the initial load are removed before the full backup (they would double the in-memory server's heap); the
// incremental reads from the full backup's end point on either way.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import * as net from 'node:net';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, '..');
const LIB = path.resolve(process.env.BAKUP_LIB ?? path.join(REPO, 'lib'));
const lib = (p) => import(pathToFileURL(path.join(LIB, p)).href);

function parseArgs(argv) {
  const out = { docs: 250_000, collections: 4, docBytes: 4300, changePercent: 1, uri: undefined, heap: '6g', restore: false, child: undefined };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => argv[++i];
    if (a === '--docs') out.docs = Number(next());
    else if (a === '--collections') out.collections = Number(next());
    else if (a === '--doc-bytes') out.docBytes = Number(next());
    else if (a === '--change-percent') out.changePercent = Number(next());
    else if (a === '--uri') out.uri = next();
    else if (a === '--heap') out.heap = next();
    else if (a === '--restore') out.restore = true;
    else if (a === '--child') out.child = JSON.parse(next());
    else {
      console.error(`unknown argument ${a}`);
      process.exit(2);
    }
  }
  return out;
}

const withDb = (uri, db) => uri.replace(/\/(\?|$)/, `/${db}$1`);

// ------------------------------------------------------------------ child: one measured bakup command
async function child(job) {
  const { MemoryLogger } = await lib('log.js');
  const log = new MemoryLogger();
  if (job.op === 'backup') {
    const { backup } = await lib('commands/backup.js');
    const { zstdAvailable } = await lib('pipeline/compression.js');
    // The CLI's default: zstd where the runtime has it (Node 24, the action's), gzip otherwise.
    const compression = zstdAvailable() ? 'zstd' : 'gzip';
    const r = await backup(
      { source: withDb(job.uri, job.db), to: [job.store], name: 'bench', compression, sourceOptions: { oplog: true }, ...(job.incremental ? { incremental: 'on' } : {}) },
      { log },
    );
    const m = r.manifest;
    process.stdout.write(JSON.stringify({ id: m.id, type: m.type, size: m.size, plain: m.artifacts.reduce((n, a) => n + a.plain.size, 0), durationMs: m.durationMs, summary: m.fingerprint.summary }) + '\n');
  } else if (job.op === 'restore') {
    const { restore } = await lib('commands/restore.js');
    const r = await restore({ from: job.store, name: 'bench', backupId: 'latest', target: withDb(job.uri, job.db), sourceOptions: { drop: true } }, { log });
    process.stdout.write(JSON.stringify({ chain: r.chain.length, summary: r.report.summary, durationMs: r.durationMs }) + '\n');
  }
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
      resolve({ seconds, rssMiB: rss ? Number(rss[1]) / 1024 : NaN, result: JSON.parse(out.trim().split('\n').pop()) });
    });
  });
}

async function generate(client, db, o) {
  const d = client.db(db);
  await d.dropDatabase();
  const per = Math.ceil(o.docs / o.collections);
  // Text that compresses about as well as real data (zstd ~2.5:1), not a run of one letter.
  const words = Array.from({ length: 4096 }, (_, i) => (i * 2654435761 >>> 0).toString(36));
  let seed = 7;
  const text = (n) => {
    let s = '';
    while (s.length < n) {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      s += words[(seed >>> 20) & 4095] + ' ';
    }
    return s.slice(0, n);
  };
  for (let c = 0; c < o.collections; c++) {
    const coll = d.collection(`c${c}`);
    const n = Math.min(per, o.docs - c * per);
    for (let i = 0; i < n; i += 1000) {
      const batch = [];
      for (let j = i; j < Math.min(n, i + 1000); j++) {
        batch.push({ _id: j, name: `user ${j}`, email: `u${j}@example.com`, age: j % 97, score: j * 1.25, createdAt: new Date(1_700_000_000_000 + j * 1000), tags: ['a', `t${j % 13}`], profile: { city: `city ${j % 500}`, zip: String(10000 + (j % 89999)) }, pad: text(Math.max(0, o.docBytes - 200)) });
      }
      await coll.insertMany(batch, { ordered: false });
    }
    await coll.createIndex({ email: 1 }, { unique: true, name: 'email_1' });
  }
}

async function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const p = srv.address().port;
      srv.close(() => resolve(p));
    });
  });
}

/** A mongo-java-server of our own with a heap big enough for the data; stopped at the end. */
async function startJavaServer(heap, MongoClient) {
  const launcher = spawnSync('bash', [path.join(REPO, 'scripts', 'test-services'), 'bin', 'mongo-java-server'], { encoding: 'utf8' }).stdout.trim();
  if (!launcher) throw new Error('scripts/test-services bin mongo-java-server printed nothing');
  const port = await freePort();
  // _JAVA_OPTIONS wins over the launcher's -Xmx512m.
  const p = spawn(launcher, ['127.0.0.1', String(port)], { stdio: ['ignore', 'ignore', 'ignore'], env: { ...process.env, _JAVA_OPTIONS: `-Xmx${heap}` } });
  const uri = `mongodb://127.0.0.1:${port}/?directConnection=true`;
  for (let i = 0; i < 60; i++) {
    const c = new MongoClient(uri, { serverSelectionTimeoutMS: 1000 });
    try {
      await c.db('admin').command({ ping: 1 });
      await c.close();
      return { uri, stop: () => new Promise((r) => (p.exitCode !== null ? r() : (p.once('exit', r), p.kill('SIGTERM')))) };
    } catch {
      await c.close().catch(() => undefined);
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  p.kill('SIGKILL');
  throw new Error(`mongo-java-server did not start on port ${port}`);
}

const mib = (n) => `${(n / 2 ** 20).toFixed(1)} MiB`;

async function main() {
  const o = parseArgs(process.argv.slice(2));
  if (o.child) return child(o.child);
  const { MongoClient } = await import(pathToFileURL(path.join(REPO, 'node_modules', 'mongodb', 'lib', 'index.js')).href);
  const server = o.uri ? undefined : await startJavaServer(o.heap, MongoClient);
  const uri = o.uri ?? server.uri;
  const client = await MongoClient.connect(uri);
  const local = client.db('local');
  const src = 'bench_incr';
  const t0 = Date.now();
  const ferret = !!(await client.db('admin').command({ buildInfo: 1 })).ferretdbVersion;
  if (ferret) await local.collection('oplog.rs').drop().catch(() => undefined); // logged writes are slow: load first
  await generate(client, src, o);
  const stats = await client.db(src).command({ dbStats: 1 });
  console.log(`generated ${src} on ${ferret ? 'FerretDB' : 'mongo-java-server'}: ${o.docs} documents in ${o.collections} collections, ~${o.docBytes} B each, dataSize ${mib(stats.dataSize)} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  if (ferret) await local.createCollection('oplog.rs', { capped: true, size: 512 * 2 ** 20 });
  else await local.collection('oplog.rs').deleteMany({});
  const dir = mkdtempSync(path.join(tmpdir(), 'bakup-bench-incr-'));
  const store = path.join(dir, 'store');
  const node = process.execPath;
  const self = fileURLToPath(import.meta.url);
  try {
    const full = await timed(node, [self, '--child', JSON.stringify({ op: 'backup', uri, db: src, store })]);
    // 1 % of the documents, spread over every collection: every hundredth _id gets a new score and city.
    const t1 = Date.now();
    const every = Math.round(100 / o.changePercent);
    let changed = 0;
    for (let c = 0; c < o.collections; c++) {
      const r = await client.db(src).collection(`c${c}`).updateMany({ _id: { $mod: [every, 0] } }, { $set: { score: -1, 'profile.city': 'moved' } });
      changed += r.modifiedCount;
    }
    console.log(`changed ${changed} documents (${((100 * changed) / o.docs).toFixed(2)} %) in ${((Date.now() - t1) / 1000).toFixed(1)} s`);
    await new Promise((r) => setTimeout(r, 1100));
    const incr = await timed(node, [self, '--child', JSON.stringify({ op: 'backup', uri, db: src, store, incremental: true })]);
    if (incr.result.type !== 'incremental') throw new Error(`the second backup is ${incr.result.type}, not incremental`);
    const rows = [
      ['full backup', full],
      ['incremental (oplog slice)', incr],
    ];
    for (const [name, r] of rows) {
      console.log(`${name.padEnd(26)} ${r.seconds.toFixed(1).padStart(7)} s   stored ${mib(r.result.size).padStart(11)}   before compression ${mib(r.result.plain).padStart(11)}   peak RSS ${r.rssMiB.toFixed(1).padStart(6)} MiB   ${JSON.stringify(r.result.summary)}`);
    }
    const timeRatio = incr.seconds / full.seconds;
    console.log(`inside the backups (manifest durationMs, without process start): full ${(full.result.durationMs / 1000).toFixed(1)} s, incremental ${(incr.result.durationMs / 1000).toFixed(2)} s (${((100 * incr.result.durationMs) / full.result.durationMs).toFixed(2)} %)`);
    const sizeRatio = incr.result.size / full.result.size;
    console.log(`incremental/full: time ${(100 * timeRatio).toFixed(2)} %, stored size ${(100 * sizeRatio).toFixed(2)} %  (goal: both under 10 %) → ${timeRatio < 0.1 && sizeRatio < 0.1 ? 'MET' : 'NOT MET'}`);
    if (o.restore) {
      if (ferret) await local.collection('oplog.rs').drop(); // FerretDB would log every restored document
      const r = await timed(node, [self, '--child', JSON.stringify({ op: 'restore', uri, db: 'bench_incr_restored', store })]);
      let n = 0;
      let moved = 0;
      for (let c = 0; c < o.collections; c++) {
        n += await client.db('bench_incr_restored').collection(`c${c}`).countDocuments();
        moved += await client.db('bench_incr_restored').collection(`c${c}`).countDocuments({ score: -1 });
      }
      console.log(`restore of the chain (full + 1 slice)  ${r.seconds.toFixed(1)} s   peak RSS ${r.rssMiB.toFixed(1)} MiB   ${n} documents, ${moved} changed ${n === o.docs && moved === changed ? '(all)' : '(MISMATCH)'}`);
      await client.db('bench_incr_restored').dropDatabase();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
    if (ferret) await local.collection('oplog.rs').drop().catch(() => undefined);
    await client.db(src).dropDatabase().catch(() => undefined);
    await client.close();
    await server?.stop();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
