#!/usr/bin/env node
// Where a MongoDB backup's or restore's memory goes: one bakup step in this process (as bench/mongodb.mjs runs
// it in a child), sampling process.memoryUsage() and V8's heap spaces every 20 ms, then printing the maxima.
//
//   npm run build     # or BAKUP_LIB=dir: the compiled src/ to measure
//   node bench/mongodb-memory.mjs backup  'mongodb://127.0.0.1:PORT/bench_src?directConnection=true' out.archive.gz
//   node bench/mongodb-memory.mjs restore 'mongodb://127.0.0.1:PORT/bench_probe?directConnection=true' out.archive.gz
//
// --repeat N runs the step N times in the same process (V8's heap state carries over, as in a run N times as
// large). Add Node's --trace-gc or --trace-gc-nvp to see which collections ran (scavenges or mark-compacts,
// what each promoted) and --cpu-prof for a profile. Backups are gzip-compressed (level 6), as in bench/mongodb.mjs;
// restores drop the target collections first (--drop) and build no indexes.
import { createWriteStream } from 'node:fs';
import * as path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import v8 from 'node:v8';
import { createGzip } from 'node:zlib';

const args = process.argv.slice(2);
let repeat = 1;
const ri = args.indexOf('--repeat');
if (ri >= 0) repeat = Number(args.splice(ri, 2)[1]);
const [op, uri, file] = args;
if (!['backup', 'restore'].includes(op) || !uri || !file || !(repeat >= 1)) {
  console.error('usage: node bench/mongodb-memory.mjs backup|restore URI ARCHIVE [--repeat N]');
  process.exit(2);
}
const LIB = path.resolve(process.env.BAKUP_LIB ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'lib'));
const lib = (p) => import(pathToFileURL(path.join(LIB, p)).href);
const { MemoryLogger } = await lib('log.js');
const { Progress } = await lib('progress/progress.js');
const log = new MemoryLogger();
const ctx = { log, progress: new Progress(log, 'bench', 3_600_000) };

const max = { rss: 0, heapTotal: 0, heapUsed: 0, external: 0, arrayBuffers: 0 };
const spaces = {};
const sample = () => {
  const m = process.memoryUsage();
  for (const k of Object.keys(max)) max[k] = Math.max(max[k], m[k]);
  for (const s of v8.getHeapSpaceStatistics()) spaces[s.space_name] = Math.max(spaces[s.space_name] ?? 0, s.space_size);
};
const timer = setInterval(sample, 20);
const t0 = Date.now();
for (let round = 0; round < repeat; round++) {
  if (op === 'backup') {
    const { MongoSource } = await lib('sources/mongodb/mongo-source.js');
    const src = new MongoSource(uri, {});
    const gen = src.backup(ctx);
    const first = await gen.next();
    await pipeline(first.value.stream, createGzip({ level: 6, chunkSize: 256 * 1024 }), createWriteStream(file));
    const end = await gen.next();
    await src.close();
    console.log(`backup: ${end.value.fingerprint.summary.documents} documents`);
  } else {
    const { restoreArchiveFile } = await lib('sources/mongodb/restore.js');
    const r = await restoreArchiveFile(file, uri, { drop: true, noIndexRestore: true }, ctx);
    console.log(`restore: ${r.summary.documents} documents`);
  }
}
ctx.progress.stop();
clearInterval(timer);
sample();
const MiB = (x) => (x / 2 ** 20).toFixed(1);
const cpu = process.resourceUsage();
console.log(`wall ${((Date.now() - t0) / 1000).toFixed(1)} s, CPU ${((cpu.userCPUTime + cpu.systemCPUTime) / 1e6).toFixed(1)} s, peak RSS ${MiB(cpu.maxRSS * 1024)} MiB`);
console.log(`max MiB: ${Object.entries(max).map(([k, v]) => `${k} ${MiB(v)}`).join(', ')}`);
console.log(`max V8 space sizes MiB: ${Object.entries(spaces).filter(([, v]) => v >= 2 ** 20).map(([k, v]) => `${k} ${MiB(v)}`).join(', ')}`);
