#!/usr/bin/env node
// A whole `bakup backup` (the CLI users run: bin/bakup.js -> dist/) of a generated directory to S3, GCS and
// Azure at once, with the process's peak RSS measured by the kernel (GNU time's "maximum resident set size",
// from wait4's rusage: exact, not sampled), then `bakup verify` of the backup from each store (every byte
// downloaded and checked against the manifest's size and SHA-256).
//
//   npm run bundle                                      # dist/ (the CLI runs the bundle)
//   fake-gcs-server -scheme http -host 127.0.0.1 -port 4499 -backend filesystem -filesystem-root /tmp/fgcs &
//   node24 bench/backup-fanout.mjs --gb 3 --gcs-endpoint http://127.0.0.1:4499
//
// Options: --gb N (default 1; the source is N GiB in 256 MiB files of incompressible bytes, made once and kept
// in --source-dir, default $TMPDIR/bakup-fanout-<N>g), --gcs-endpoint URL (a fake-gcs-server started by hand:
// the one scripts/test-services starts keeps objects in memory and does not survive a multi-GB upload here;
// without it that one is used), --no-verify, --smaps-at S (where the backup's memory is, S seconds in), and any further arguments after `--` go to `bakup backup`
// (e.g. `-- --compression none`). Defaults are bakup's own (zstd where the runtime has it).
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, '..');
const CLI = path.join(REPO, 'bin', 'bakup.js');
const MiB = 1 << 20;
const FILE_BYTES = 256 * MiB;

function args(argv) {
  const out = { gb: 1, verify: true, extra: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      out.extra = argv.slice(i + 1);
      break;
    } else if (a === '--gb') out.gb = Number(argv[++i]);
    else if (a === '--gcs-endpoint') out.gcsEndpoint = argv[++i];
    else if (a === '--source-dir') out.sourceDir = argv[++i];
    else if (a === '--no-verify') out.verify = false;
    else if (a === '--smaps-at') out.smapsAt = Number(argv[++i]);
    else {
      console.error(`unknown argument ${a}`);
      process.exit(2);
    }
  }
  if (!(out.gb > 0)) {
    console.error('--gb expects a positive number');
    process.exit(2);
  }
  out.sourceDir ??= path.join(os.tmpdir(), `bakup-fanout-${out.gb}g`);
  return out;
}

/** N GiB of incompressible files, written once (a finished file is renamed into place, so a crash redoes it). */
async function makeSource(dir, bytes) {
  mkdirSync(dir, { recursive: true });
  for (let f = 0, left = bytes; left > 0; f++, left -= FILE_BYTES) {
    const name = path.join(dir, `part-${String(f).padStart(3, '0')}.bin`);
    if (existsSync(name)) continue;
    const size = Math.min(FILE_BYTES, left);
    const out = createWriteStream(`${name}.tmp`);
    for (let sent = 0; sent < size; ) {
      // Fresh random bytes for every MiB: a repeated block would compress to nothing within zstd's window.
      const chunk = randomBytes(Math.min(MiB, size - sent));
      sent += chunk.length;
      if (!out.write(chunk)) await once(out, 'drain');
    }
    out.end();
    await once(out, 'finish');
    renameSync(`${name}.tmp`, name);
  }
}

function services(...names) {
  const res = spawnSync('bash', [path.join(REPO, 'scripts', 'test-services'), 'start', ...names], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (res.status !== 0) throw new Error(`scripts/test-services start ${names.join(' ')} failed`);
  return Object.fromEntries(res.stdout.split('\n').map((l) => /^([A-Z0-9_]+)=(.*)$/.exec(l.trim())).filter(Boolean).map((m) => [m[1], m[2]]));
}

/** Runs the CLI under GNU time; resolves with wall seconds, peak RSS (kB), CPU seconds, stdout. */
/** Where a process's resident memory is, by mapping (heap, anonymous, each library), largest first. */
function smapsSummary(pid) {
  const byMap = new Map();
  let cur = '[anon]';
  for (const line of readFileSync(`/proc/${pid}/smaps`, 'utf8').split('\n')) {
    const head = /^[0-9a-f]+-[0-9a-f]+ \S+ \S+ \S+ \S+\s*(.*)$/.exec(line);
    if (head) cur = head[1] || '[anon]';
    else if (line.startsWith('Rss:')) byMap.set(cur, (byMap.get(cur) ?? 0) + Number(line.split(/\s+/)[1]));
  }
  const rows = [...byMap].sort((a, b) => b[1] - a[1]).slice(0, 8);
  const threads = /Threads:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return `${threads} threads; RSS by mapping: ${rows.map(([k, v]) => `${path.basename(k)} ${(v / 1024).toFixed(1)} MiB`).join(', ')}`;
}

function timed(argv, env, smapsAt) {
  return new Promise((resolve, reject) => {
    const fmt = 'BAKUP_TIME %M %e %U %S';
    const child = spawn('/usr/bin/time', ['-f', fmt, process.execPath, CLI, ...argv], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    if (smapsAt) {
      setTimeout(() => {
        const node = spawnSync('pgrep', ['-P', String(child.pid)], { encoding: 'utf8' }).stdout.trim();
        try {
          if (node) console.log(`at ${smapsAt} s: ${smapsSummary(node)}`);
        } catch {
          // it has ended
        }
      }, smapsAt * 1000).unref();
    }
    child.on('error', reject);
    child.on('close', (code) => {
      process.stderr.write(stderr.replace(/^BAKUP_TIME .*\n?/m, ''));
      const m = /BAKUP_TIME (\d+) ([\d.]+) ([\d.]+) ([\d.]+)/.exec(stderr);
      if (!m) return reject(new Error(`no timing from /usr/bin/time (exit ${code})`));
      resolve({ code, peakKb: Number(m[1]), seconds: Number(m[2]), cpu: Number(m[3]) + Number(m[4]), stdout });
    });
  });
}

async function main() {
  const opt = args(process.argv.slice(2));
  const bytes = Math.round(opt.gb * 1024) * MiB;
  if (!existsSync(path.join(REPO, 'dist', 'index.js'))) throw new Error('dist/index.js is missing: npm run bundle');
  const t0 = Date.now();
  await makeSource(opt.sourceDir, bytes);
  console.log(`source: ${opt.sourceDir}, ${bytes} bytes in ${Math.ceil(bytes / FILE_BYTES)} files (made or reused in ${((Date.now() - t0) / 1000).toFixed(1)} s)`);

  const peers = { ...services('s3', 'azurite'), ...(opt.gcsEndpoint ? { BAKUP_TEST_GCS_ENDPOINT: opt.gcsEndpoint } : services('gcs')) };
  const env = {
    ...process.env,
    AWS_ACCESS_KEY_ID: peers.BAKUP_TEST_S3_ACCESS_KEY_ID,
    AWS_SECRET_ACCESS_KEY: peers.BAKUP_TEST_S3_SECRET_ACCESS_KEY,
    AWS_REGION: peers.BAKUP_TEST_S3_REGION,
    AWS_ENDPOINT_URL_S3: peers.BAKUP_TEST_S3_ENDPOINT,
    AZURE_STORAGE_CONNECTION_STRING: peers.BAKUP_TEST_AZURE_CONNECTION_STRING,
  };
  delete env.AWS_PROFILE;
  delete env.STORAGE_EMULATOR_HOST;
  const bucket = `fanout-${Date.now().toString(36)}`;
  const { S3Client, CreateBucketCommand } = await import('@aws-sdk/client-s3');
  const s3 = new S3Client({ endpoint: peers.BAKUP_TEST_S3_ENDPOINT, region: peers.BAKUP_TEST_S3_REGION, forcePathStyle: true, credentials: { accessKeyId: env.AWS_ACCESS_KEY_ID, secretAccessKey: env.AWS_SECRET_ACCESS_KEY } });
  await s3.send(new CreateBucketCommand({ Bucket: bucket }));
  s3.destroy();
  const { Storage: Gcs } = await import('@google-cloud/storage');
  await new Gcs({ apiEndpoint: peers.BAKUP_TEST_GCS_ENDPOINT, projectId: 'bench' }).createBucket(bucket);
  const { BlobServiceClient } = await import('@azure/storage-blob');
  await BlobServiceClient.fromConnectionString(peers.BAKUP_TEST_AZURE_CONNECTION_STRING).createContainer(bucket);

  const stores = [
    ['S3', `s3://${bucket}/nightly`, []],
    ['GCS', `gs://${bucket}/nightly`, ['--gcs-endpoint', peers.BAKUP_TEST_GCS_ENDPOINT]],
    ['Azure', `azblob://${bucket}/nightly`, []],
  ];
  const load = () => os.loadavg().map((x) => x.toFixed(1)).join(' ');
  const version = spawnSync(process.execPath, [CLI, '--version'], { encoding: 'utf8' }).stdout.trim();
  console.log(`node ${process.version}; bakup ${version || '(no --version)'}; ${os.cpus().length} cores shared with the peers; load average ${load()}`);
  const backupArgs = ['backup', '--source', opt.sourceDir, '--name', 'fanout', '--json', ...stores.flatMap(([, url]) => ['--to', url]), '--gcs-endpoint', peers.BAKUP_TEST_GCS_ENDPOINT, ...opt.extra];
  console.log(`$ bakup ${backupArgs.join(' ')}`);
  const b = await timed(backupArgs, env, opt.smapsAt);
  console.log(`backup: exit ${b.code}, ${b.seconds.toFixed(1)} s, peak RSS ${(b.peakKb / 1024).toFixed(1)} MiB, CPU ${b.cpu.toFixed(1)} s`);
  if (b.code !== 0) throw new Error(`bakup backup exited with ${b.code}`);
  const result = JSON.parse(b.stdout);
  const stored = (result.artifacts ?? []).reduce((n, a) => n + a.size, 0);
  const rows = [[`backup of ${opt.gb} GiB to S3+GCS+Azure at once`, b, `${(stored / MiB).toFixed(1)} MiB stored in each, id ${result.id}`]];

  if (opt.verify) {
    for (const [label, url, extra] of stores) {
      const v = await timed(['verify', '--from', url, '--name', 'fanout', '--backup-id', result.id, ...extra], env);
      rows.push([`verify from ${label}`, v, v.code === 0 ? 'every artifact: size and SHA-256 match' : `FAILED (exit ${v.code})`]);
      if (v.code !== 0) process.exitCode = 1;
    }
  }
  console.log(`\nload average at the end ${load()}`);
  console.log(`| step | wall | MiB/s | peak RSS | CPU s | result |\n|---|---|---|---|---|---|`);
  for (const [label, r, what] of rows) {
    console.log(`| ${label} | ${r.seconds.toFixed(1)} s | ${(bytes / MiB / r.seconds).toFixed(1)} | ${(r.peakKb / 1024).toFixed(1)} MiB | ${r.cpu.toFixed(1)} | ${what} |`);
  }
}

main().catch((err) => {
  console.error(`bench failed: ${err.message}`);
  process.exit(1);
});
