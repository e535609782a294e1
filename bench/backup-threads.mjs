// Where a backup's CPU and memory go, per thread: runs one `bakup backup` (bin/bakup.js of this checkout, or
// --repo <another checkout with its dist/>) under GNU time and samples /proc every 25 ms: CPU seconds (and the
// system part, and minor faults) per thread name (MainThread, WorkerThread = the encode worker, libuv-worker =
// reads, writes and zlib, V8Worker = GC helpers), and with --smaps, the resident memory by mapping at the peak
// (an anonymous mapping of 1 MiB or more is listed by address: a 64 MiB-aligned one is a thread's malloc arena).
// --smaps reads /proc/PID/smaps at every new peak, which slows the run: time figures only without it.
// Usage: node bench/backup-threads.mjs --source DIR [--label L] [--repo PATH] [--smaps] -- <bakup backup args>
// e.g.   flock /tmp/bakup-bench.lock node bench/backup-threads.mjs --source /tmp/tree -- --recipient age1…
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const opts = { repo: path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..'), label: 'backup', smaps: false, extra: [] };
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  if (a === '--') { opts.extra = argv.slice(i + 1); break; }
  else if (a === '--source') opts.source = argv[++i];
  else if (a === '--repo') opts.repo = path.resolve(argv[++i]);
  else if (a === '--label') opts.label = argv[++i];
  else if (a === '--smaps') opts.smaps = true;
  else { console.error(`unknown argument ${a}`); process.exit(2); }
}
if (!opts.source) { console.error('--source: the directory to back up is required'); process.exit(2); }

const store = mkdtempSync(path.join(os.tmpdir(), 'bakup-threads-'));
spawnSync('sync'); // no writeback of an earlier run's output during this one
const child = spawn('/usr/bin/time', ['-f', 'BAKUP_TIME %M %e %U %S', process.execPath, path.join(opts.repo, 'bin', 'bakup.js'), 'backup', '--source', opts.source, '--to', store, '--name', 'threads', ...opts.extra], { stdio: ['ignore', 'ignore', 'pipe'] });
let stderr = '';
child.stderr.on('data', (d) => (stderr += d));
const TICK = 1 / 100; // USER_HZ
const threads = new Map();
let peakKb = 0;
let atPeak = '';

function smapsByMapping(pid) {
  const by = new Map();
  let cur = '';
  for (const line of readFileSync(`/proc/${pid}/smaps`, 'utf8').split('\n')) {
    const h = /^([0-9a-f]+)-([0-9a-f]+) \S+ \S+ \S+ \S+\s*(.*)$/.exec(line);
    if (h) {
      const kb = (parseInt(h[2], 16) - parseInt(h[1], 16)) / 1024;
      cur = h[3] ? path.basename(h[3]) : kb >= 1024 ? `[anon ${h[1]}, ${Math.round(kb / 1024)} MiB mapped]` : '[anon, smaller mappings]';
    } else if (line.startsWith('Rss:')) by.set(cur, (by.get(cur) ?? 0) + Number(line.split(/\s+/)[1]));
  }
  return [...by].sort((a, b) => b[1] - a[1]).filter(([, kb]) => kb >= 512).map(([k, kb]) => `${k} ${(kb / 1024).toFixed(1)}`).join(', ');
}

function sample() {
  try {
    const pid = readFileSync(`/proc/${child.pid}/task/${child.pid}/children`, 'utf8').trim().split(/\s+/)[0];
    if (!pid) return;
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      threads.set(tid, { name: stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')), user: Number(f[11]) * TICK, sys: Number(f[12]) * TICK, faults: Number(f[7]) });
    }
    const rss = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]);
    if (opts.smaps && rss > peakKb) {
      peakKb = rss;
      atPeak = smapsByMapping(pid);
    }
  } catch {
    // the process is starting or has just ended
  }
}
const timer = setInterval(sample, 25);
child.on('exit', (code) => {
  clearInterval(timer);
  rmSync(store, { recursive: true, force: true });
  const m = /BAKUP_TIME (\d+) ([\d.]+) ([\d.]+) ([\d.]+)/.exec(stderr);
  if (code !== 0 || !m) {
    console.log(`${opts.label}: failed\n${stderr.slice(-2000)}`);
    process.exit(1);
  }
  const byName = new Map();
  for (const t of threads.values()) {
    const s = byName.get(t.name) ?? { user: 0, sys: 0, faults: 0 };
    s.user += t.user; s.sys += t.sys; s.faults += t.faults;
    byName.set(t.name, s);
  }
  const rows = [...byName].sort((a, b) => b[1].user + b[1].sys - (a[1].user + a[1].sys)).filter(([, s]) => s.user + s.sys >= 0.05);
  console.log(`${opts.label.padEnd(24)} ${m[2].padStart(6)} s  user ${m[3]} sys ${m[4]}  peak RSS ${(m[1] / 1024).toFixed(1)} MiB | ` +
    rows.map(([k, s]) => `${k} ${(s.user + s.sys).toFixed(2)} (sys ${s.sys.toFixed(2)})`).join(', ') + (atPeak ? `\n    RSS at the peak by mapping (MiB): ${atPeak}` : ''));
});
