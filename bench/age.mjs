#!/usr/bin/env node
// age encryption throughput: bakup's streams (src/formats/age, node:crypto) beside the `age` CLI
// (Debian age, from scripts/test-services) on the same bytes, in one run. Encrypts to one X25519
// recipient file → file, decrypts file → /dev/null; each side runs in its own process so its
// peak RSS is its own. Afterwards each side decrypts the other's output and the SHA-256 is checked.
//
//   node24 bench/age.mjs [--mib 256] [--repeat 1]
//
// Runs the TypeScript sources directly (Node 24 strips types; a resolve hook maps the sources'
// `.js` import suffixes to the `.ts` files), so no build is needed.
import { spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { registerHooks } from 'node:module';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, '..');
const MiB = 1 << 20;

registerHooks({
  resolve(specifier, context, next) {
    if (specifier.startsWith('.') && specifier.endsWith('.js') && context.parentURL?.endsWith('.ts')) {
      const url = new URL(specifier.replace(/\.js$/, '.ts'), context.parentURL);
      if (existsSync(fileURLToPath(url))) return next(url.href, context);
    }
    return next(specifier, context);
  },
});

async function loadAge() {
  return import(pathToFileURL(path.join(REPO, 'src/formats/age/index.ts')).href);
}

function parseArgs(argv) {
  const out = { mib: 256, repeat: 1, child: undefined };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--mib') out.mib = Number(argv[++i]);
    else if (argv[i] === '--repeat') out.repeat = Number(argv[++i]);
    else if (argv[i] === '--child') out.child = JSON.parse(argv[++i]);
    else {
      console.error(`unknown argument ${argv[i]}; expected --mib N, --repeat N`);
      process.exit(2);
    }
  }
  if (!(out.mib > 0) || !(out.repeat >= 1)) {
    console.error('--mib expects a positive number, --repeat a count >= 1');
    process.exit(2);
  }
  return out;
}

/** One timed operation of ours, in this (child) process; prints {seconds, maxRssKiB}. */
async function child({ op, input, output, recipient, identity }) {
  const age = await loadAge();
  const t = op === 'encrypt' ? age.createAgeEncryptStream({ recipients: [recipient] }) : age.createAgeDecryptStream({ identities: [identity] });
  const start = process.hrtime.bigint();
  await pipeline(createReadStream(input, { highWaterMark: MiB }), t, createWriteStream(output));
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  process.stdout.write(JSON.stringify({ seconds, maxRssKiB: process.resourceUsage().maxRSS }));
}

function runChild(job) {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [fileURLToPath(import.meta.url), '--child', JSON.stringify(job)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    p.stdout.on('data', (c) => (out += c));
    p.on('error', reject);
    p.on('close', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`bench child exited ${code}`))));
  });
}

/** The CLI under /usr/bin/time: wall seconds and peak RSS. */
function runTimed(cmd, args) {
  const start = process.hrtime.bigint();
  const res = spawnSync('/usr/bin/time', ['-f', '%M', cmd, ...args], { encoding: 'utf8' });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (res.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${res.status}: ${res.stderr}`);
  const lines = res.stderr.trim().split('\n');
  return { seconds, maxRssKiB: Number(lines[lines.length - 1]) };
}

function tool(name) {
  const res = spawnSync('bash', [path.join(REPO, 'scripts/test-services'), 'bin', name], { encoding: 'utf8' });
  if (res.status !== 0) throw new Error(`scripts/test-services bin ${name} failed: ${res.stderr}`);
  return res.stdout.trim();
}

async function sha256(file) {
  const h = createHash('sha256');
  await pipeline(createReadStream(file, { highWaterMark: MiB }), h);
  return h.digest('hex');
}

function line(label, bytes, r) {
  const mibs = bytes / MiB / r.seconds;
  return `${label.padEnd(28)} ${r.seconds.toFixed(2).padStart(7)} s ${mibs.toFixed(1).padStart(8)} MiB/s   peak RSS ${(r.maxRssKiB / 1024).toFixed(1).padStart(6)} MiB`;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.child) return child(args.child);
  const AGE = tool('age');
  const AGE_KEYGEN = tool('age-keygen');
  const dir = await mkdtemp(path.join(tmpdir(), 'bakup-bench-age-'));
  try {
    const bytes = Math.round(args.mib * MiB);
    const plain = path.join(dir, 'plain');
    // Incompressible bytes: one random MiB, each copy stamped with its index.
    const block = randomBytes(MiB);
    const w = createWriteStream(plain);
    for (let sent = 0, i = 0; sent < bytes; i++) {
      const chunk = Buffer.from(block.subarray(0, Math.min(MiB, bytes - sent)));
      if (chunk.length >= 8) chunk.writeBigUInt64LE(BigInt(i), 0);
      if (!w.write(chunk)) await new Promise((r) => w.once('drain', r));
      sent += chunk.length;
    }
    await new Promise((r, j) => w.end((e) => (e ? j(e) : r())));
    const plainHash = await sha256(plain);

    const keyFile = path.join(dir, 'key.txt');
    spawnSync(AGE_KEYGEN, ['-o', keyFile]);
    const age = await loadAge();
    const [identity] = age.parseIdentityFile(await readFile(keyFile, 'utf8'));
    const recipient = age.recipientOf(identity);
    await writeFile(path.join(dir, 'recipient.txt'), `${recipient}\n`);

    const ageVersion = spawnSync(AGE, ['--version'], { encoding: 'utf8' }).stdout.trim();
    console.log(`age encryption, ${args.mib} MiB of incompressible data, file → file, one X25519 recipient; Node ${process.version}, age ${ageVersion}`);
    const best = {};
    const keep = (k, r) => {
      if (!best[k] || r.seconds < best[k].seconds) best[k] = r;
    };
    for (let i = 0; i < args.repeat; i++) {
      keep('ours-enc', await runChild({ op: 'encrypt', input: plain, output: path.join(dir, 'ours.age'), recipient }));
      keep('age-enc', runTimed(AGE, ['-e', '-r', recipient, '-o', path.join(dir, 'cli.age'), plain]));
      keep('ours-dec', await runChild({ op: 'decrypt', input: path.join(dir, 'cli.age'), output: '/dev/null', identity }));
      keep('age-dec', runTimed(AGE, ['-d', '-i', keyFile, '-o', '/dev/null', path.join(dir, 'ours.age')]));
    }
    console.log(line('bakup encrypt (ours)', bytes, best['ours-enc']));
    console.log(line('age -e -r', bytes, best['age-enc']));
    console.log(line('bakup decrypt (ours)', bytes, best['ours-dec']));
    console.log(line('age -d -i', bytes, best['age-dec']));
    console.log(
      `ratio ours/age: encrypt ${(best['age-enc'].seconds / best['ours-enc'].seconds).toFixed(2)}× age's speed, decrypt ${(best['age-dec'].seconds / best['ours-dec'].seconds).toFixed(2)}× age's speed`,
    );

    // Cross-check, untimed: age decrypts ours, we decrypt age's, both give the plaintext back.
    spawnSync(AGE, ['-d', '-i', keyFile, '-o', path.join(dir, 'ours.back'), path.join(dir, 'ours.age')]);
    await pipeline(createReadStream(path.join(dir, 'cli.age')), age.createAgeDecryptStream({ identities: [identity] }), createWriteStream(path.join(dir, 'cli.back')));
    const ok = (await sha256(path.join(dir, 'ours.back'))) === plainHash && (await sha256(path.join(dir, 'cli.back'))) === plainHash;
    console.log(ok ? 'cross-check: age -d of our file and our decryption of age\'s file both equal the plaintext' : 'cross-check FAILED');
    if (!ok) process.exitCode = 1;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
