#!/usr/bin/env node
// Redis backup/restore benchmark: bakup's logical (SCAN + DUMP) backup beside
// `redis-cli --rdb`, and bakup's restore beside `redis-cli --pipe` of the same
// RESTORE commands, on N mixed keys, in one run. Prints times, ratios and peak RSS.
//
//   node bench/redis.mjs [--keys 200000] [--value-bytes 600] [--keep]
//   BENCH_BAKUP_CPUS=0 node bench/redis.mjs …   # bakup's operations on one CPU (taskset), the servers not
//
// Needs Node >= 22 and redis-server/redis-cli (scripts/test-services install redis).
// It compiles src/ to bench/out/lib first and starts two throwaway redis-server
// processes on free loopback ports (source and target), which it stops at the end.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'bench', 'out', 'redis');
const LIB = path.join(ROOT, 'bench', 'out', 'lib');
const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : dflt;
};

// ---------------------------------------------------------------- worker mode
// Each measured bakup operation runs in its own process so its peak RSS is its own.
if (process.argv[2] === '--worker') {
  const [, , , op, url, file] = process.argv;
  const { RedisSource } = await import(path.join(LIB, 'sources/redis/redis-source.js'));
  const { MemoryLogger } = await import(path.join(LIB, 'log.js'));
  const { Progress } = await import(path.join(LIB, 'progress/progress.js'));
  const log = new MemoryLogger();
  const ctx = { log, progress: new Progress(log, 'bench', 1e9) };
  const t0 = performance.now();
  let extra = {};
  if (op === 'backup') {
    // Through the engine's artifact pipeline with --compression none (what `bakup backup --compression none`
    // runs: the plain hash, and a minor GC every 8 MiB), into a file.
    const { writeArtifact } = await import(path.join(LIB, 'pipeline/artifact.js'));
    const gen = new RedisSource(url, {}).backup(ctx);
    const a = (await gen.next()).value;
    const spec = { baseName: 'redis.records', kind: a.kind, compression: 'none', encryption: { scheme: 'none' } };
    const consume = (body) => new Promise((resolve, reject) => {
      const out = fs.createWriteStream(file);
      body.pipe(out);
      out.once('finish', resolve);
      out.once('error', reject);
      body.once('error', reject);
    });
    const w = await writeArtifact(a.stream, spec, [{ label: 'file', consume }]);
    const outcome = (await gen.next()).value;
    extra = { size: w.record.size, sha256: w.record.sha256, keys: outcome.fingerprint.summary.keys, fingerprint: outcome.fingerprint, stats: outcome.stats };
  } else if (op === 'restore') {
    // Through the engine's read half (size and SHA-256 checked as the bytes are read, as a restore does).
    const { openArtifactStream } = await import(path.join(LIB, 'pipeline/artifact.js'));
    const { fingerprint, sha256 } = JSON.parse(fs.readFileSync(`${file}.fp.json`, 'utf8'));
    const size = fs.statSync(file).size;
    const manifest = { id: 'bench', source: { kind: 'redis', location: url }, fingerprint };
    const record = { name: 'redis.records', kind: 'redis-records', size, sha256, plain: { size, sha256 }, compression: 'none', encryption: { scheme: 'none' } };
    const open = async () => openArtifactStream(fs.createReadStream(file, { highWaterMark: 1 << 20 }), record, 'redis.records');
    const rep = await new RedisSource(url, {}).restore(ctx, manifest, [{ record, open }]);
    extra = { keys: rep.summary.keys, fingerprint: rep.fingerprint };
  } else if (op === 'to-resp') {
    // The same data as RESTORE commands in RESP, for redis-cli --pipe.
    const { readRedisRecords } = await import(path.join(LIB, 'formats/redis-records/reader.js'));
    const out = fs.createWriteStream(url);
    let db = -1;
    const cmd = (args) => {
      const parts = [Buffer.from(`*${args.length}\r\n`)];
      for (const a of args) {
        const b = Buffer.isBuffer(a) ? a : Buffer.from(String(a));
        parts.push(Buffer.from(`$${b.length}\r\n`), b, Buffer.from('\r\n'));
      }
      return Buffer.concat(parts);
    };
    for await (const r of readRedisRecords(fs.createReadStream(file, { highWaterMark: 1 << 20 }), file)) {
      if (r.tag !== 0x44) continue;
      if (r.db !== db) {
        db = r.db;
        out.write(cmd(['SELECT', db]));
      }
      const args = ['RESTORE', r.key, r.expireAt < 0 ? 0 : r.expireAt, r.payload];
      if (r.expireAt >= 0) args.push('ABSTTL');
      if (!out.write(cmd(args))) await new Promise((res) => out.once('drain', res));
    }
    await new Promise((r) => out.end(r));
  }
  ctx.progress.stop();
  const ms = performance.now() - t0;
  process.stdout.write(JSON.stringify({ ms, maxRssMiB: process.resourceUsage().maxRSS / 1024, ...extra }) + '\n');
  process.exit(0);
}

// ---------------------------------------------------------------- driver
const N = Number(arg('keys', '200000'));
const VALUE = Number(arg('value-bytes', '600'));
const which = (tool) => {
  const r = spawnSync('bash', [path.join(ROOT, 'scripts', 'test-services'), 'bin', tool], { encoding: 'utf8' });
  if (r.status === 0 && r.stdout.trim()) return r.stdout.trim();
  return `/usr/bin/${tool}`;
};
const REDIS_SERVER = which('redis-server');
const REDIS_CLI = which('redis-cli');

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

async function startServer(name) {
  const port = await freePort();
  const dir = path.join(OUT, name);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  // repl-diskless-sync-delay 0: redis-cli --rdb would otherwise wait 5 s for other replicas,
  // which would flatter our ratio.
  const proc = spawn(REDIS_SERVER, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir, '--repl-diskless-sync-delay', '0', '--maxmemory', '0'], { stdio: 'ignore' });
  for (let i = 0; i < 100; i++) {
    if (spawnSync(REDIS_CLI, ['-p', String(port), 'ping'], { encoding: 'utf8' }).stdout.trim() === 'PONG') return { port, proc, url: `redis://127.0.0.1:${port}` };
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${name}: redis-server did not start`);
}

function resp(args) {
  let s = `*${args.length}\r\n`;
  for (const a of args) s += `$${Buffer.byteLength(a)}\r\n${a}\r\n`;
  return s;
}

/** Deterministic pseudo-random text, compressible like real data (words, numbers, JSON-ish). */
function makeLoader(file) {
  let x = 2463534242;
  const rnd = () => ((x ^= x << 13), (x ^= x >>> 17), (x ^= x << 5), (x >>> 0) / 4294967296);
  const words = ['alpha', 'beta', 'gamma', 'delta', 'user', 'order', 'session', 'cart', 'item', 'price', 'status', 'ok', 'pending', 'shipped', 'eu-west', 'us-east'];
  const text = (n) => {
    let s = '';
    while (s.length < n) s += `${words[Math.floor(rnd() * words.length)]}:${Math.floor(rnd() * 1e6)},`;
    return s.slice(0, n);
  };
  const fd = fs.openSync(file, 'w');
  let buf = '';
  const flush = () => {
    fs.writeSync(fd, buf);
    buf = '';
  };
  const mix = { string: 0, hash: 0, list: 0, set: 0, zset: 0, stream: 0 };
  for (let i = 0; i < N; i++) {
    const p = rnd();
    const key = `k:${i}:${words[i % words.length]}`;
    let name;
    if (p < 0.6) {
      mix.string++;
      name = `s${key}`;
      buf += resp(['SET', name, text(Math.floor(VALUE * (0.5 + rnd())))]);
    } else if (p < 0.75) {
      mix.hash++;
      name = `h${key}`;
      const a = ['HSET', name];
      for (let f = 0; f < 10; f++) a.push(`field${f}`, text(VALUE / 12));
      buf += resp(a);
    } else if (p < 0.85) {
      mix.list++;
      name = `l${key}`;
      const a = ['RPUSH', name];
      for (let f = 0; f < 20; f++) a.push(text(VALUE / 25));
      buf += resp(a);
    } else if (p < 0.93) {
      mix.set++;
      name = `t${key}`;
      const a = ['SADD', name];
      for (let f = 0; f < 20; f++) a.push(text(VALUE / 25) + f);
      buf += resp(a);
    } else if (p < 0.99) {
      mix.zset++;
      name = `z${key}`;
      const a = ['ZADD', name];
      for (let f = 0; f < 20; f++) a.push(String(rnd() * 1000), text(VALUE / 25) + f);
      buf += resp(a);
    } else {
      mix.stream++;
      name = `x${key}`;
      for (let e = 0; e < 10; e++) buf += resp(['XADD', name, '*', 'event', text(VALUE / 12)]);
    }
    // Some keys expire (in a day: none passes during the run).
    if (rnd() < 0.05) buf += resp(['PEXPIRE', name, String(86_400_000 + Math.floor(rnd() * 1000))]);
    if (buf.length > 1 << 20) flush();
  }
  flush();
  fs.closeSync(fd);
  return mix;
}

/** Runs a command line under bash's `time`: wall ms and the command's own CPU seconds. */
function timed(line) {
  const t0 = performance.now();
  const r = spawnSync('bash', ['-c', `TIMEFORMAT='@cpu %U %S'; time { ${line}; }`], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${line} failed: ${r.stderr}`);
  const m = /@cpu (\S+) (\S+)/.exec(r.stderr);
  return { ms, cpu: m ? Number(m[1]) + Number(m[2]) : NaN, stdout: r.stdout, stderr: r.stderr };
}

const q = (s) => `'${s.replace(/'/g, `'\\''`)}'`;

// BENCH_BAKUP_CPUS=0 runs each bakup operation under `taskset -c 0` (one CPU for bakup; the servers keep theirs).
const PIN = process.env.BENCH_BAKUP_CPUS ? ['taskset', '-c', process.env.BENCH_BAKUP_CPUS] : [];

function worker(...args) {
  const r = timed([...PIN, process.execPath, fileURLToPath(import.meta.url), '--worker', ...args].map(q).join(' '));
  return { ...JSON.parse(r.stdout.trim().split('\n').pop()), cpu: r.cpu };
}

/** The server's CPU seconds so far: main process and its (reaped) children, e.g. the RDB writer. */
function serverCpu(port) {
  const t = info(port, 'cpu');
  const v = (k) => Number(new RegExp(`^${k}:(\\S+)`, 'm').exec(t)?.[1] ?? 0);
  return { main: v('used_cpu_user') + v('used_cpu_sys'), children: v('used_cpu_user_children') + v('used_cpu_sys_children') };
}

/** CPU the server spent on one step; waits for a forked child to be reaped when one is expected. */
async function serverCpuDuring(port, step, child = false) {
  const a = serverCpu(port);
  const out = step();
  let b = serverCpu(port);
  for (let i = 0; child && b.children === a.children && i < 40; i++) {
    await new Promise((r) => setTimeout(r, 100));
    b = serverCpu(port);
  }
  return { out, server: b.main - a.main + (b.children - a.children) };
}

function info(port, section) {
  return spawnSync(REDIS_CLI, ['-p', String(port), 'info', section], { encoding: 'utf8' }).stdout;
}

const fmt = (ms) => `${(ms / 1000).toFixed(2)} s`;

fs.mkdirSync(OUT, { recursive: true });
console.log(`compiling src/ → ${path.relative(ROOT, LIB)}`);
spawnSync(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', path.join(ROOT, 'tsconfig.build.json'), '--outDir', LIB], { stdio: 'ignore' });
fs.rmSync(path.join(LIB, 'node_modules'), { force: true });
fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(LIB, 'node_modules'));

const src = await startServer('source');
const dst = await startServer('target');
try {
  console.log(`generating ${N} mixed keys (~${VALUE} B values)`);
  const loadFile = path.join(OUT, 'load.resp');
  const mix = makeLoader(loadFile);
  const load = timed(`${q(REDIS_CLI)} -p ${src.port} --pipe < ${q(loadFile)}`);
  const mem = /used_memory_human:(\S+)/.exec(info(src.port, 'memory'))?.[1];
  const dbsize = spawnSync(REDIS_CLI, ['-p', String(src.port), 'dbsize'], { encoding: 'utf8' }).stdout.trim();
  console.log(`loaded ${dbsize} keys (${JSON.stringify(mix)}), used_memory ${mem}, in ${fmt(load.ms)} (redis-cli --pipe of the original write commands)`);

  const rdbFile = path.join(OUT, 'dump.rdb');
  const { out: cliRdb, server: cliRdbServer } = await serverCpuDuring(src.port, () => timed(`${q(REDIS_CLI)} -p ${src.port} --rdb ${q(rdbFile)} 2>/dev/null`), true);
  const rdbSize = fs.statSync(rdbFile).size;

  const recFile = path.join(OUT, 'redis.records');
  const { out: ours, server: oursServer } = await serverCpuDuring(src.port, () => worker('backup', src.url, recFile));
  fs.writeFileSync(`${recFile}.fp.json`, JSON.stringify({ fingerprint: ours.fingerprint, sha256: ours.sha256 }));

  const { out: ourRestore, server: ourRestoreServer } = await serverCpuDuring(dst.port, () => worker('restore', dst.url, recFile));
  const restoredKeys = spawnSync(REDIS_CLI, ['-p', String(dst.port), 'dbsize'], { encoding: 'utf8' }).stdout.trim();
  const fpMatch = JSON.stringify(ourRestore.fingerprint) === JSON.stringify(ours.fingerprint);

  spawnSync(REDIS_CLI, ['-p', String(dst.port), 'flushall'], { encoding: 'utf8' });
  const respFile = path.join(OUT, 'restore.resp');
  worker('to-resp', respFile, recFile);
  const { out: pipe, server: pipeServer } = await serverCpuDuring(dst.port, () => timed(`${q(REDIS_CLI)} -p ${dst.port} --pipe < ${q(respFile)}`));
  const pipedKeys = spawnSync(REDIS_CLI, ['-p', String(dst.port), 'dbsize'], { encoding: 'utf8' }).stdout.trim();

  const cpu = (c, sv) => `${c.toFixed(2)} + ${sv.toFixed(2)} s`;
  const rows = [
    ['backup: redis-cli --rdb', fmt(cliRdb.ms), cpu(cliRdb.cpu, cliRdbServer), `${(rdbSize / 2 ** 20).toFixed(1)} MiB RDB`, ''],
    ['backup: bakup dump mode', fmt(ours.ms), cpu(ours.cpu, oursServer), `${(ours.size / 2 ** 20).toFixed(1)} MiB records, ${ours.keys} keys`, `${ours.maxRssMiB.toFixed(0)} MiB`],
    ['restore: redis-cli --pipe (same RESTOREs)', fmt(pipe.ms), cpu(pipe.cpu, pipeServer), `${pipedKeys} keys`, ''],
    ['restore: bakup', fmt(ourRestore.ms), cpu(ourRestore.cpu, ourRestoreServer), `${restoredKeys} keys, fingerprint ${fpMatch ? 'matches' : 'DIFFERS'}`, `${ourRestore.maxRssMiB.toFixed(0)} MiB`],
  ];
  const loadAvg = os.loadavg()[0].toFixed(1);
  console.log(`\nnode ${process.version}, redis ${/redis_version:(\S+)/.exec(info(src.port, 'server'))?.[1]}, ${N} keys, used_memory ${mem}, ${os.cpus().length} CPUs, load average ${loadAvg}`);
  console.log('| step | wall | CPU client + server | output | peak RSS |\n|---|---|---|---|---|');
  for (const r of rows) console.log(`| ${r.join(' | ')} |`);
  const totalOurs = ours.cpu + oursServer;
  const totalRdb = cliRdb.cpu + cliRdbServer;
  console.log(`\nbackup  (bakup / redis-cli --rdb):  wall ${(ours.ms / cliRdb.ms).toFixed(2)}×, server CPU ${(oursServer / cliRdbServer).toFixed(2)}×, total CPU ${(totalOurs / totalRdb).toFixed(2)}×`);
  console.log(`restore (bakup / redis-cli --pipe): wall ${(ourRestore.ms / pipe.ms).toFixed(2)}×, server CPU ${(ourRestoreServer / pipeServer).toFixed(2)}×, total CPU ${((ourRestore.cpu + ourRestoreServer) / (pipe.cpu + pipeServer)).toFixed(2)}×`);
  if (!fpMatch || restoredKeys !== dbsize) process.exitCode = 1;
} finally {
  src.proc.kill();
  dst.proc.kill();
  if (!process.argv.includes('--keep')) for (const f of ['load.resp', 'restore.resp', 'dump.rdb', 'redis.records', 'redis.records.fp.json']) fs.rmSync(path.join(OUT, f), { force: true });
}
