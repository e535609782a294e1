#!/usr/bin/env node
// The value digest alone, without a server: reads the DUMP records of a record
// stream (e.g. the one `node bench/redis.mjs --keys N --keep` leaves in
// bench/out/redis/redis.records), holds up to --keys of them in memory, and
// digests them --rounds times through the fingerprint (KeyDigester +
// FingerprintBuilder), as a backup or restore does per key. Prints the client
// CPU per key, per type, and the fingerprint's digest, so two builds can be
// compared for speed and for identical results.
//
//   node bench/redis-digest.mjs [--file bench/out/redis/redis.records] [--keys 400000] [--rounds 3] [--lib bench/out/lib]
//
// --lib is a tsc build of src/ (bench/redis.mjs makes bench/out/lib; `npx tsc -p tsconfig.build.json --outDir DIR`).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : dflt;
};
const FILE = arg('file', path.join(ROOT, 'bench/out/redis/redis.records'));
const LIB = path.resolve(arg('lib', path.join(ROOT, 'bench/out/lib')));
const MAX = Number(arg('keys', '400000'));
const ROUNDS = Number(arg('rounds', '3'));

const { readRedisRecords } = await import(path.join(LIB, 'formats/redis-records/reader.js'));
const { FingerprintBuilder, KeyDigester } = await import(path.join(LIB, 'sources/redis/fingerprint.js'));
const { rdbTypeName } = await import(path.join(LIB, 'formats/rdb/parser.js'));

const recs = [];
let bytes = 0;
for await (const r of readRedisRecords(fs.createReadStream(FILE, { highWaterMark: 1 << 20 }), FILE)) {
  if (r.tag !== 0x44) continue;
  // Copies: the reader's views may share big chunks.
  recs.push({ db: r.db, key: Buffer.from(r.key), payload: Buffer.from(r.payload), type: rdbTypeName(r.payload[0]) });
  bytes += r.payload.length;
  if (recs.length >= MAX) break;
}
console.log(`${recs.length} DUMP records, ${(bytes / 2 ** 20).toFixed(1)} MiB of payloads, from ${path.relative(process.cwd(), FILE)}; lib ${LIB}`);

// This thread's CPU (process.cpuUsage would count the digest worker too).
const cpu = () => {
  const u = process.threadCpuUsage ? process.threadCpuUsage() : process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const processCpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
let digest;
for (let round = 0; round < ROUNDS; round++) {
  const fp = new FingerprintBuilder();
  const kd = new KeyDigester();
  const t0 = cpu();
  for (const r of recs) fp.add(r.db, r.type, r.key, kd.ofDump(r.key, r.payload));
  const ms = cpu() - t0;
  digest = fp.result().digest;
  console.log(`round ${round + 1}: ${ms.toFixed(0)} ms CPU, ${((ms * 1000) / recs.length).toFixed(2)} µs/key, ${((bytes / 2 ** 20) / (ms / 1000)).toFixed(0)} MiB/s; undecoded ${kd.undecoded}`);
}
// Per type, one round each.
const byType = new Map();
for (const r of recs) {
  if (!byType.has(r.type)) byType.set(r.type, []);
  byType.get(r.type).push(r);
}
for (const [t, list] of byType) {
  const kd = new KeyDigester();
  const fp = new FingerprintBuilder();
  const t0 = cpu();
  for (const r of list) fp.add(r.db, r.type, r.key, kd.ofDump(r.key, r.payload));
  const ms = cpu() - t0;
  const b = list.reduce((n, r) => n + r.payload.length, 0);
  console.log(`  ${t.padEnd(8)} ${String(list.length).padStart(8)} keys  ${((ms * 1000) / list.length).toFixed(2)} µs/key  (${(b / list.length).toFixed(0)} B/payload)`);
}
console.log(`fingerprint digest ${digest}`);

// Through DumpDigests (digest-queue.ts), as backup and restore use it: on the worker thread when the lib has its script.
const queue = await import(path.join(LIB, 'sources/redis/digest-queue.js')).catch(() => undefined);
if (queue) {
  for (const [label, script] of [['worker', queue.digestWorkerScript()], ['in-thread', null]]) {
    if (label === 'worker' && !script) continue;
    const fp = new FingerprintBuilder();
    const t0 = cpu();
    const p0 = processCpu();
    const w0 = performance.now();
    const dd = new queue.DumpDigests(fp, script);
    let i = 0;
    for (const r of recs) {
      dd.add(r.db, r.key, r.payload);
      if (++i % 1000 === 0) await dd.ready();
    }
    await dd.finish();
    const ms = cpu() - t0;
    console.log(`DumpDigests ${label}: wall ${(performance.now() - w0).toFixed(0)} ms, CPU ${ms.toFixed(0)} ms this thread, ${(processCpu() - p0).toFixed(0)} ms all threads; digest ${fp.result().digest === digest ? 'the same' : `DIFFERS: ${fp.result().digest}`}`);
  }
}
