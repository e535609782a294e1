/**
 * One row per action input: a run with a valid value that shows what the input
 * does, and a run with a wrong value that must give one clear error line naming
 * the input (`input 'x': …`, or `--x` where the message is about a pair of
 * options) with its exit code — or, for inputs where no value is wrong, why.
 * test/unit/inputs-documented.test.ts fails when action.yml or the option table
 * (src/config/options.ts) has an input this table lacks; inputs.test.ts runs the
 * rows through the bundle exactly as the runner does.
 *
 * To add an input: add a row (keep the order of action.yml), using the fixture's
 * peers and shared sample backups (inputs.fixture.ts).
 */
import { expect } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { mongoSnapshot, n8nSnapshot, redisSnapshot, withMongo, withRedis } from '../helpers/peer-data.js';
import { toolPath } from '../helpers/services.js';
import { diffTrees } from '../helpers/tree.js';
import { MONGO_DB, REDIS_DB, type ActionRun, type InputFixture } from './inputs.fixture.js';
import { STORAGE_INPUT_CASES } from './inputs.storage-cases.js';

export interface InputCase {
  input: string;
  /** What a valid value does, shown by one or more runs. */
  valid: { title: string; run: (f: InputFixture) => Promise<void> };
  /** A wrong value and the error it gives (exit 2 unless `code`), or why every value is accepted. */
  invalid: { inputs: (f: InputFixture) => Promise<Record<string, string>> | Record<string, string>; error: RegExp; code?: number } | { none: string };
}

// ------------------------------------------------------------------ shared sample backups
/** The files sample, backed up once as `files`. */
const filesBackup = (f: InputFixture) => f.once('files', async () => (await f.ok({ command: 'backup', source: f.src, storage: f.store, name: 'files' })).outputs['backup-id']!);
/** The MongoDB sample database, backed up once uncompressed (its artifact is a plain mongodump archive). */
const mongoBackup = (f: InputFixture) =>
  f.once('mongo', async () => (await f.ok({ command: 'backup', source: f.mongoUri(MONGO_DB), storage: f.store, name: 'mongo', compression: 'none' })).outputs['backup-id']!);
/** The Redis sample database (REDIS_DB), backed up once. */
const redisBackup = (f: InputFixture) => f.once('redis', async () => (await f.ok({ command: 'backup', source: f.redisUri(REDIS_DB), storage: f.store, name: 'redis' })).outputs['backup-id']!);
/** The n8n sample instance, backed up once through its API. */
const n8nBackup = (f: InputFixture) => f.once('n8n', async () => (await f.ok({ command: 'backup', source: f.n8nSource, storage: f.store, name: 'n8n', 'n8n-api-key': f.n8n.apiKey! })).outputs['backup-id']!);
/** Three backups of the files sample under `ret`, more than a second apart, for the retention rules. */
const retentionBackups = (f: InputFixture) =>
  f.once('ret', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      if (i) await new Promise((r) => setTimeout(r, 1100));
      ids.push((await f.ok({ command: 'backup', source: f.src, storage: f.store, name: 'ret' })).outputs['backup-id']!);
    }
    return ids;
  });

/** `prune` of `ret` as a dry run with these rules: what it keeps and removes. */
async function retentionPlan(f: InputFixture, rules: Record<string, string>): Promise<{ kept: string[]; removed: string[]; run: ActionRun }> {
  await retentionBackups(f);
  const run = await f.ok({ command: 'prune', storage: f.store, name: 'ret', 'dry-run': 'true', ...rules });
  const lines = run.stdout.split('\n');
  const ids = (re: RegExp) => lines.map((l) => re.exec(l)?.[1]).filter((x): x is string => !!x);
  return { kept: ids(/^keep +(\S+)/), removed: ids(/^remove +(\S+)/), run };
}

/** A retention rule keeping one backup per period: all three sample backups share the period, so the newest alone is kept. */
function bucketRule(rule: string): InputCase {
  return {
    input: rule,
    valid: {
      title: rule === 'keep-last' ? 'keep-last=1 keeps the newest backup' : `${rule}=1 keeps the newest backup of the one ${rule.slice(5)} period all three share`,
      run: async (f) => {
        const ids = await retentionBackups(f);
        const plan = await retentionPlan(f, { [rule]: '1' });
        expect(plan.kept).toEqual([ids[2]]);
        expect(plan.removed.sort()).toEqual([ids[0], ids[1]].sort());
        // The plan names the rule that kept it: `last 1/1`, `hourly 2026-11-26T17`, `yearly 2026`…
        expect(plan.run.stdout).toMatch(new RegExp(`^keep +${ids[2]} +${rule.slice(5)} \\S+$`, 'm'));
      },
    },
    invalid: { inputs: (f) => ({ command: 'prune', storage: f.store, name: 'ret', [rule]: 'x' }), error: /expected a whole number of backups \(got 'x'\)/ },
  };
}

/** A boolean input's wrong value. */
const notBoolean = (inputs: (f: InputFixture) => Record<string, string>, input: string): InputCase['invalid'] => ({
  inputs: (f) => ({ ...inputs(f), [input]: 'maybe' }),
  error: /expected true or false \(got 'maybe'\)/,
});

/** An exclusive lock held by "another job" (unexpired), as src/catalog/locks.ts writes it. */
async function holdLock(f: InputFixture, name: string): Promise<string> {
  const file = path.join(f.store, name, '.locks', 'exclusive.json');
  await fs.mkdir(path.dirname(file), { recursive: true });
  const now = Date.now();
  await fs.writeFile(file, JSON.stringify({ kind: 'exclusive', holder: 'other-job', host: 'elsewhere', pid: 1, command: 'prune', createdAt: new Date(now).toISOString(), expiresAt: new Date(now + 600_000).toISOString() }));
  return file;
}

/** Lists the regular files of a tree, relative. */
async function filesIn(root: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await fs.readdir(root, { recursive: true, withFileTypes: true })) if (e.isFile()) out.push(path.relative(root, path.join(e.parentPath, e.name)));
  return out.sort();
}

/** Decrypts an age file with the fixture's identity using the stock `age` tool, then decompresses zstd. */
function ageDecrypt(f: InputFixture, file: string): Buffer {
  const r = spawnSync(toolPath('age'), ['-d', '-i', f.age.identityFile, file], { maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`age -d failed: ${r.stderr.toString()}`);
  return zlib.zstdDecompressSync(r.stdout);
}

const mongoIndexes = (f: InputFixture, db: string) => withMongo(f.mongoUri(), async (c) => (await c.db(db).collection('users').indexes()).map((i) => i.name).sort());
const docsOf = async (f: InputFixture, db: string) => {
  const s = await mongoSnapshot(f.mongoUri(), db);
  return Object.fromEntries(Object.entries(s).map(([k, v]) => [k, (v as { docs: unknown[] }).docs]));
};

// ------------------------------------------------------------------ the table
export const INPUT_CASES: InputCase[] = [
  {
    input: 'command',
    valid: {
      title: 'list prints the stored backups',
      run: async (f) => {
        const id = await filesBackup(f);
        const r = await f.ok({ command: 'list', storage: f.store, name: 'files' });
        expect(r.stdout).toContain(id);
        expect(r.summary).toContain('## bakup list');
      },
    },
    invalid: { inputs: () => ({ command: 'explode' }), error: /expected one of backup, restore, verify, list, prune, unlock, drill, copy \(got 'explode'\)/ },
  },
  {
    input: 'source',
    valid: {
      title: 'backup reads the directory given',
      run: async (f) => {
        const r = await f.ok({ command: 'backup', source: f.src, storage: f.store, name: 'source-case' });
        const m = f.manifestOf(r);
        expect(m.source.kind).toBe('files');
        expect(m.fingerprint.summary.files).toBe((await filesIn(f.src)).length);
      },
    },
    invalid: { inputs: (f) => ({ command: 'backup', source: '/nonexistent/bakup-src', storage: f.store }), error: /directory '\/nonexistent\/bakup-src' does not exist/ },
  },
  {
    input: 'storage',
    valid: {
      title: 'two lines write the same backup to two places',
      run: async (f) => {
        const second = f.path('store2');
        const r = await f.ok({ command: 'backup', source: f.src, storage: `${f.store}\n${second}`, name: 'two-places' });
        const lines = r.outputs.manifest!.split('\n');
        expect(lines).toHaveLength(2);
        expect((await f.ok({ command: 'list', storage: second })).stdout).toContain(r.outputs['backup-id']);
      },
    },
    invalid: { inputs: (f) => ({ command: 'backup', source: f.src, storage: 'ftp://bucket/x' }), error: /unknown storage scheme 'ftp:'/ },
  },
  {
    input: 'copy-to',
    valid: {
      title: 'copy writes the stored backup, byte for byte, to each line',
      run: async (f) => {
        const id = await filesBackup(f);
        const [one, two] = [f.path('copy-a'), f.path('copy-b')];
        const r = await f.ok({ command: 'copy', storage: f.store, 'copy-to': `${one}\n${two}`, name: 'files', 'backup-id': id });
        expect(r.outputs['backup-id']).toBe(id);
        expect(r.outputs.manifest!.split('\n')).toEqual([`file://${one}/files/${id}/manifest.json`, `file://${two}/files/${id}/manifest.json`]);
        for (const to of [one, two]) {
          expect(await filesIn(path.join(to, 'files', id))).toEqual(await filesIn(f.backupDir('files', id)));
          for (const file of await filesIn(f.backupDir('files', id))) expect((await fs.readFile(path.join(to, 'files', id, file))).equals(await fs.readFile(path.join(f.backupDir('files', id), file)))).toBe(true);
          expect((await f.ok({ command: 'verify', storage: to, name: 'files', 'backup-id': id })).code).toBe(0);
        }
      },
    },
    invalid: { inputs: async (f) => (await filesBackup(f), { command: 'copy', storage: f.store, 'copy-to': 'ftp://bucket/x', name: 'files' }), error: /unknown storage scheme 'ftp:'/ },
  },
  {
    input: 'name',
    valid: {
      title: 'the backup is stored under that name',
      run: async (f) => {
        const r = await f.ok({ command: 'backup', source: f.src, storage: f.store, name: 'custom-name' });
        expect(r.outputs.manifest).toContain(`/custom-name/${r.outputs['backup-id']}/manifest.json`);
        expect(f.manifestOf(r).name).toBe('custom-name');
      },
    },
    invalid: { inputs: (f) => ({ command: 'backup', source: f.src, storage: f.store, name: 'a/b' }), error: /no path separators.*\(got 'a\/b'\)/ },
  },
  {
    input: 'deep',
    valid: {
      title: 'verify also parses every artifact',
      run: async (f) => {
        await filesBackup(f);
        const shallow = await f.ok({ command: 'verify', storage: f.store, name: 'files', deep: 'false' });
        const deep = await f.ok({ command: 'verify', storage: f.store, name: 'files', deep: 'true' });
        expect(shallow.stdout).not.toMatch(/parsed/);
        expect(deep.stdout).toMatch(/files\.tar\.\w+: parsed, /);
      },
    },
    invalid: notBoolean((f) => ({ command: 'verify', storage: f.store, name: 'files' }), 'deep'),
  },
  {
    input: 'target',
    valid: {
      title: 'restore writes the backup into it',
      run: async (f) => {
        await filesBackup(f);
        const target = f.path('restored');
        await f.ok({ command: 'restore', storage: f.store, name: 'files', target });
        expect(await diffTrees(f.src, target)).toEqual([]);
      },
    },
    invalid: {
      inputs: async (f) => (await filesBackup(f), { command: 'restore', storage: f.store, name: 'files', target: 'redis://127.0.0.1:1' }),
      error: /is a redis location, but the backup is of kind 'files'/,
    },
  },
  {
    input: 'backup-id',
    valid: {
      title: 'restore takes that backup, not the latest',
      run: async (f) => {
        const dir = f.path('versions');
        await fs.mkdir(dir);
        await fs.writeFile(path.join(dir, 'v.txt'), 'first');
        const first = (await f.ok({ command: 'backup', source: dir, storage: f.store, name: 'versions' })).outputs['backup-id']!;
        await fs.writeFile(path.join(dir, 'v.txt'), 'second');
        await f.ok({ command: 'backup', source: dir, storage: f.store, name: 'versions' });
        const target = f.path('restored');
        const r = await f.ok({ command: 'restore', storage: f.store, name: 'versions', 'backup-id': first, target });
        expect(r.outputs['backup-id']).toBe(first);
        expect(await fs.readFile(path.join(target, 'v.txt'), 'utf8')).toBe('first');
      },
    },
    invalid: { inputs: (f) => ({ command: 'restore', storage: f.store, name: 'files', target: f.path('t'), 'backup-id': 'yesterday' }), error: /expected 'latest' or a backup id/ },
  },
  {
    input: 'incremental',
    valid: {
      title: 'on stores only what changed since the newest backup (a chain restores exactly); auto takes a full backup when there is nothing to build on, on refuses (exit 2)',
      run: async (f) => {
        const dir = f.path('incr-src');
        await fs.mkdir(dir);
        await fs.writeFile(path.join(dir, 'kept.txt'), 'unchanged '.repeat(1000));
        await fs.writeFile(path.join(dir, 'v.txt'), 'first');
        const none = await f.run({ command: 'backup', source: dir, storage: f.store, name: 'incr-none', incremental: 'on' });
        expect(none.code).toBe(2);
        expect(none.errors[0]).toMatch(/^input 'incremental': there is no previous backup named 'incr-none'/);
        const auto = await f.ok({ command: 'backup', source: dir, storage: f.store, name: 'incr', incremental: 'auto' });
        expect(f.manifestOf(auto).type).toBe('full');
        expect(auto.stdout).toMatch(/::warning::.*taking a full backup instead \(--incremental auto\)/);
        await fs.writeFile(path.join(dir, 'v.txt'), 'second, longer');
        const inc = f.manifestOf(await f.ok({ command: 'backup', source: dir, storage: f.store, name: 'incr', incremental: 'on' }));
        expect([inc.type, inc.parent]).toEqual(['incremental', f.manifestOf(auto).id]);
        const target = f.path('incr-restored');
        await f.ok({ command: 'restore', storage: f.store, name: 'incr', target });
        expect(await diffTrees(dir, target)).toEqual([]);
      },
    },
    invalid: { inputs: (f) => ({ command: 'backup', source: f.src, storage: f.store, incremental: 'sometimes' }), error: /expected on, auto or off \(got 'sometimes'\)|expected one of on, auto, off \(got 'sometimes'\)/ },
  },
  {
    input: 'at',
    valid: {
      title: 'restore lands on the newest backup at or before that time',
      run: async (f) => {
        const dir = f.path('pit');
        await fs.mkdir(dir);
        await fs.writeFile(path.join(dir, 'v.txt'), 'first');
        const first = f.manifestOf(await f.ok({ command: 'backup', source: dir, storage: f.store, name: 'pit' }));
        await new Promise((r) => setTimeout(r, 1100));
        await fs.writeFile(path.join(dir, 'v.txt'), 'second');
        await f.ok({ command: 'backup', source: dir, storage: f.store, name: 'pit' });
        const target = f.path('restored');
        const at = first.finishedAt!;
        const r = await f.ok({ command: 'restore', storage: f.store, name: 'pit', target, at });
        expect(r.outputs['backup-id']).toBe(first.id);
        expect(await fs.readFile(path.join(target, 'v.txt'), 'utf8')).toBe('first');
      },
    },
    invalid: { inputs: (f) => ({ command: 'restore', storage: f.store, name: 'files', target: f.path('t'), at: 'noon' }), error: /noon/ },
  },
  {
    input: 'overwrite',
    valid: {
      title: 'restore replaces what a non-empty target holds (refused without)',
      run: async (f) => {
        await filesBackup(f);
        const target = f.path('nonempty');
        await fs.mkdir(target);
        await fs.writeFile(path.join(target, 'keep.txt'), 'stale');
        const refused = await f.run({ command: 'restore', storage: f.store, name: 'files', target });
        expect(refused.code).toBe(2);
        await f.ok({ command: 'restore', storage: f.store, name: 'files', target, overwrite: 'true' });
        expect(await fs.readFile(path.join(target, 'keep.txt'), 'utf8')).toBe('keep me\n');
      },
    },
    invalid: notBoolean((f) => ({ command: 'restore', storage: f.store, name: 'files', target: f.path('t') }), 'overwrite'),
  },
  {
    input: 'include',
    valid: {
      title: 'backup keeps only the matching files',
      run: async (f) => {
        await f.ok({ command: 'backup', source: f.src, storage: f.store, name: 'only-txt', include: '**/*.txt' });
        const target = f.path('restored');
        await f.ok({ command: 'restore', storage: f.store, name: 'only-txt', target });
        expect(await filesIn(target)).toEqual(['big.txt', 'keep.txt', 'sub/inner.txt']);
      },
    },
    invalid: { none: 'every text is a glob (picomatch): no pattern is malformed; one that matches nothing selects nothing' },
  },
  {
    input: 'exclude',
    valid: {
      title: 'backup skips the matching files',
      run: async (f) => {
        await f.ok({ command: 'backup', source: f.src, storage: f.store, name: 'no-logs', exclude: '**/*.log' });
        const target = f.path('restored');
        await f.ok({ command: 'restore', storage: f.store, name: 'no-logs', target });
        expect(await filesIn(target)).toEqual(['big.txt', 'keep.txt', 'notes.md', 'sub/inner.txt']);
      },
    },
    invalid: { none: 'every text is a glob (picomatch): no pattern is malformed; one that matches nothing excludes nothing' },
  },
  {
    input: 'allow-external-links',
    valid: {
      title: 'restore creates a symlink pointing outside the target (refused without)',
      run: async (f) => {
        const dir = f.path('linky');
        await fs.mkdir(dir);
        await fs.writeFile(path.join(dir, 'inside.txt'), 'in');
        await fs.symlink('../outside.txt', path.join(dir, 'out'));
        await f.ok({ command: 'backup', source: dir, storage: f.store, name: 'linky' });
        const refused = await f.run({ command: 'restore', storage: f.store, name: 'linky', target: f.path('t') });
        expect(refused.code).not.toBe(0);
        expect(refused.errors.join('\n')).toMatch(/outside|allow-external-links/);
        const target = f.path('t');
        await f.ok({ command: 'restore', storage: f.store, name: 'linky', target, 'allow-external-links': 'true' });
        expect(await fs.readlink(path.join(target, 'out'))).toBe('../outside.txt');
      },
    },
    invalid: notBoolean((f) => ({ command: 'restore', storage: f.store, name: 'files', target: f.path('t') }), 'allow-external-links'),
  },
  {
    input: 'compression',
    valid: {
      title: 'gzip and none change the stored artifact',
      run: async (f) => {
        const gz = f.manifestOf(await f.ok({ command: 'backup', source: f.src, storage: f.store, name: 'comp', compression: 'gzip' }));
        const none = f.manifestOf(await f.ok({ command: 'backup', source: f.src, storage: f.store, name: 'comp', compression: 'none' }));
        expect(gz.artifacts[0]).toMatchObject({ name: 'files.tar.gz', compression: 'gzip' });
        expect(none.artifacts[0]).toMatchObject({ name: 'files.tar', compression: 'none' });
        expect(gz.artifacts[0]!.size).toBeLessThan(none.artifacts[0]!.size);
      },
    },
    invalid: { inputs: (f) => ({ command: 'backup', source: f.src, storage: f.store, compression: 'lz4' }), error: /expected one of none, gzip, zstd \(got 'lz4'\)/ },
  },
  {
    input: 'compression-level',
    valid: {
      title: 'gzip level 9 stores the compressible sample smaller than level 1',
      run: async (f) => {
        const size = async (level: string) => f.manifestOf(await f.ok({ command: 'backup', source: f.src, storage: f.store, name: 'levels', compression: 'gzip', 'compression-level': level })).artifacts[0]!.size;
        expect(await size('9')).toBeLessThan(await size('1'));
      },
    },
    invalid: { inputs: (f) => ({ command: 'backup', source: f.src, storage: f.store, 'compression-level': '23' }), error: /expected 1-22 for zstd \(got '23'\)/ },
  },
  {
    input: 'encryption-recipients',
    valid: {
      title: 'artifacts are age files only the identity opens (the stock age tool decrypts them)',
      run: async (f) => {
        const r = await f.ok({ command: 'backup', source: f.src, storage: f.store, name: 'sealed', 'encryption-recipients': f.age.recipient });
        const m = f.manifestOf(r);
        expect(m.artifacts[0]).toMatchObject({ name: 'files.tar.zst.age', encryption: { scheme: 'age' } });
        const plain = ageDecrypt(f, path.join(f.backupDir('sealed', m.id), m.artifacts[0]!.name));
        expect(plain.includes(Buffer.from('keep me\n'))).toBe(true);
        const locked = await f.run({ command: 'restore', storage: f.store, name: 'sealed', target: f.path('t') });
        expect(locked.code).toBe(2);
        expect(locked.errors[0]).toMatch(/encrypted to 1 age recipient/);
      },
    },
    invalid: { inputs: (f) => ({ command: 'backup', source: f.src, storage: f.store, 'encryption-recipients': 'notakey' }), error: /malformed recipient/ },
  },
  {
    input: 'passphrase-file',
    valid: {
      title: 'encrypts with the passphrase in the file, and decrypts with it',
      run: async (f) => {
        const file = f.path('pass');
        await fs.writeFile(file, 'a passphrase from a file\n');
        const m = f.manifestOf(await f.ok({ command: 'backup', source: f.src, storage: f.store, name: 'pass-file', 'passphrase-file': file }));
        expect(m.artifacts[0]!.encryption).toMatchObject({ scheme: 'age', passphrase: true });
        const target = f.path('restored');
        await f.ok({ command: 'restore', storage: f.store, name: 'pass-file', target, 'passphrase-file': file });
        expect(await diffTrees(f.src, target)).toEqual([]);
      },
    },
    invalid: { inputs: (f) => ({ command: 'backup', source: f.src, storage: f.store, 'passphrase-file': '/nonexistent/pass' }), error: /cannot read '\/nonexistent\/pass'/ },
  },
  {
    input: 'passphrase',
    valid: {
      title: 'encrypts with the passphrase (masked); a wrong one fails with exit 3',
      run: async (f) => {
        const r = await f.ok({ command: 'backup', source: f.src, storage: f.store, name: 'pass', passphrase: 'correct horse battery' });
        expect(r.stdout).toContain('::add-mask::correct horse battery');
        const wrong = await f.run({ command: 'restore', storage: f.store, name: 'pass', target: f.path('t'), passphrase: 'wrong horse battery' });
        expect(wrong.code).toBe(3);
        const target = f.path('restored');
        await f.ok({ command: 'restore', storage: f.store, name: 'pass', target, passphrase: 'correct horse battery' });
        expect(await diffTrees(f.src, target)).toEqual([]);
      },
    },
    invalid: {
      inputs: (f) => ({ command: 'backup', source: f.src, storage: f.store, passphrase: 'pw', 'encryption-recipients': f.age.recipient }),
      error: /cannot be combined with --encryption-recipients/,
    },
  },
  {
    input: 'identity-file',
    valid: {
      title: 'restore decrypts a recipient-encrypted backup with the identity file',
      run: async (f) => {
        await f.ok({ command: 'backup', source: f.src, storage: f.store, name: 'sealed-file', 'encryption-recipients': f.age.recipient });
        const target = f.path('restored');
        await f.ok({ command: 'restore', storage: f.store, name: 'sealed-file', target, 'identity-file': f.age.identityFile });
        expect(await diffTrees(f.src, target)).toEqual([]);
      },
    },
    invalid: { inputs: (f) => ({ command: 'verify', storage: f.store, name: 'files', 'identity-file': '/nonexistent/key.txt' }), error: /cannot read '\/nonexistent\/key\.txt'/ },
  },
  {
    input: 'identity',
    valid: {
      title: 'restore decrypts with the identity text (masked)',
      run: async (f) => {
        await f.ok({ command: 'backup', source: f.src, storage: f.store, name: 'sealed-text', 'encryption-recipients': f.age.recipient });
        const target = f.path('restored');
        const r = await f.ok({ command: 'restore', storage: f.store, name: 'sealed-text', target, identity: f.age.identity });
        expect(r.stdout).toContain(`::add-mask::${f.age.identity}`);
        expect(await diffTrees(f.src, target)).toEqual([]);
      },
    },
    invalid: { inputs: (f) => ({ command: 'verify', storage: f.store, name: 'files', identity: 'AGE-SECRET-KEY-1XYZ' }), error: /is not an age X25519 identity/ },
  },
  {
    input: 'n8n-api-key',
    valid: {
      title: 'backs up n8n through its public API with the key (masked)',
      run: async (f) => {
        const r = await f.ok({ command: 'backup', source: f.n8nSource, storage: f.store, name: 'n8n-key', 'n8n-api-key': f.n8n.apiKey! });
        expect(r.stdout).toContain(`::add-mask::${f.n8n.apiKey}`);
        expect(f.manifestOf(r).fingerprint.summary.workflows).toBe(3);
      },
    },
    invalid: { inputs: (f) => ({ command: 'backup', source: f.n8nSource, storage: f.store, 'n8n-api-key': 'not-the-key' }), error: /refused the API key \(401/ },
  },
  bucketRule('keep-last'),
  bucketRule('keep-hourly'),
  bucketRule('keep-daily'),
  bucketRule('keep-weekly'),
  bucketRule('keep-monthly'),
  bucketRule('keep-yearly'),
  {
    input: 'keep-within',
    valid: {
      title: 'keeps the backups within that time of the newest',
      run: async (f) => {
        const ids = await retentionBackups(f);
        expect((await retentionPlan(f, { 'keep-within': '1h' })).kept.sort()).toEqual([...ids].sort());
        expect((await retentionPlan(f, { 'keep-within': '1s' })).kept).toEqual([ids[2]]);
      },
    },
    invalid: { inputs: (f) => ({ command: 'prune', storage: f.store, name: 'ret', 'keep-within': 'soon' }), error: /expected a duration like 90s, 15m, 24h, 7d or 1h30m \(got 'soon'\)/ },
  },
  {
    input: 'retention',
    valid: {
      title: 'the rules in one string (and with backup: prune right after)',
      run: async (f) => {
        const ids = await retentionBackups(f);
        expect((await retentionPlan(f, { retention: 'keep-last=2' })).kept).toEqual([ids[2], ids[1]]);
        const dir = f.path('rotating');
        await fs.mkdir(dir);
        await fs.writeFile(path.join(dir, 'x'), 'x');
        for (let i = 0; i < 3; i++) await f.ok({ command: 'backup', source: dir, storage: f.store, name: 'rotating', retention: 'keep-last=2' });
        expect((await fs.readdir(path.join(f.store, 'rotating'))).filter((e) => /^\d{8}T/.test(e))).toHaveLength(2);
      },
    },
    invalid: { inputs: (f) => ({ command: 'prune', storage: f.store, name: 'ret', retention: 'keep-forever=1' }), error: /cannot read 'keep-forever=1'/ },
  },
  {
    input: 'dry-run',
    valid: {
      title: 'prune shows the plan and deletes nothing (restore, n8n: shows what it would write)',
      run: async (f) => {
        const dir = f.path('prunable');
        await fs.mkdir(dir);
        await fs.writeFile(path.join(dir, 'x'), 'x');
        for (let i = 0; i < 2; i++) await f.ok({ command: 'backup', source: dir, storage: f.store, name: 'prunable' });
        const count = async () => (await fs.readdir(path.join(f.store, 'prunable'))).filter((e) => /^\d{8}T/.test(e)).length;
        const dry = await f.ok({ command: 'prune', storage: f.store, name: 'prunable', 'keep-last': '1', 'dry-run': 'true' });
        expect(dry.stdout).toContain('dry run: would keep 1, would remove 1');
        expect(await count()).toBe(2);
        await f.ok({ command: 'prune', storage: f.store, name: 'prunable', 'keep-last': '1', 'dry-run': 'false' });
        expect(await count()).toBe(1);
        await n8nBackup(f);
        const before = await n8nSnapshot(f.n8nAdmin);
        const plan = await f.ok({ command: 'restore', storage: f.store, name: 'n8n', target: f.n8nSource, 'n8n-api-key': f.n8n.apiKey!, 'dry-run': 'true' });
        expect(plan.stdout).toMatch(/dry run: nothing was written/);
        expect(await n8nSnapshot(f.n8nAdmin)).toEqual(before);
      },
    },
    invalid: notBoolean((f) => ({ command: 'prune', storage: f.store, name: 'ret', 'keep-last': '1' }), 'dry-run'),
  },
  {
    input: 'allow-empty',
    valid: {
      title: 'allows a retention that removes every backup (refused without)',
      run: async (f) => {
        await retentionBackups(f);
        const refused = await f.run({ command: 'prune', storage: f.store, name: 'ret', 'keep-last': '0', 'dry-run': 'true' });
        expect(refused.code).toBe(2);
        expect(refused.errors[0]).toMatch(/allow-empty/);
        const all = await f.ok({ command: 'prune', storage: f.store, name: 'ret', 'keep-last': '0', 'dry-run': 'true', 'allow-empty': 'true' });
        expect(all.stdout).toContain('would keep 0, would remove 3');
      },
    },
    invalid: notBoolean((f) => ({ command: 'prune', storage: f.store, name: 'ret', 'keep-last': '1', 'dry-run': 'true' }), 'allow-empty'),
  },
  {
    input: 'grace',
    valid: {
      title: 'prune sweeps folders without a manifest once older than the grace (not before)',
      run: async (f) => {
        const dir = f.path('orph-src');
        await fs.mkdir(dir);
        await fs.writeFile(path.join(dir, 'x'), 'x');
        await f.ok({ command: 'backup', source: dir, storage: f.store, name: 'orph' });
        const orphan = path.join(f.store, 'orph', '20200101T000000Z-full-dead');
        await fs.mkdir(orphan);
        await fs.writeFile(path.join(orphan, 'files.tar.zst'), 'half a backup');
        const twoHoursAgo = (Date.now() - 2 * 3_600_000) / 1000;
        await fs.utimes(path.join(orphan, 'files.tar.zst'), twoHoursAgo, twoHoursAgo);
        await f.ok({ command: 'prune', storage: f.store, name: 'orph', 'keep-last': '5' });
        expect((await fs.stat(orphan)).isDirectory()).toBe(true); // default grace: 24h
        const r = await f.ok({ command: 'prune', storage: f.store, name: 'orph', 'keep-last': '5', grace: '1h' });
        expect(r.stdout).toContain('swept 1 orphaned folder(s)');
        await expect(fs.stat(orphan)).rejects.toThrow(/ENOENT/);
      },
    },
    invalid: { inputs: (f) => ({ command: 'prune', storage: f.store, name: 'ret', 'keep-last': '1', grace: 'later' }), error: /expected a duration like .* \(got 'later'\)/ },
  },
  {
    input: 'lock-wait',
    valid: {
      title: 'a backup waits that long for a conflicting lock, then fails (exit 1)',
      run: async (f) => {
        await holdLock(f, 'locked');
        const r = await f.run({ command: 'backup', source: f.src, storage: f.store, name: 'locked', 'lock-wait': '2s' });
        expect(r.code).toBe(1);
        expect(r.errors.join('\n')).toMatch(/lock/i);
        expect(r.elapsedMs).toBeGreaterThanOrEqual(2000);
        expect(r.elapsedMs).toBeLessThan(60_000);
      },
    },
    invalid: { inputs: (f) => ({ command: 'backup', source: f.src, storage: f.store, 'lock-wait': 'forever' }), error: /expected a duration like .* \(got 'forever'\)/ },
  },
  {
    input: 'all',
    valid: {
      title: 'unlock also removes locks that have not expired',
      run: async (f) => {
        const lock = await holdLock(f, 'unlockable');
        const kept = await f.ok({ command: 'unlock', storage: f.store, name: 'unlockable' });
        expect(kept.stdout).toMatch(/kept \(not expired/);
        await fs.stat(lock);
        const removed = await f.ok({ command: 'unlock', storage: f.store, name: 'unlockable', all: 'true' });
        expect(removed.stdout).toMatch(/^removed /m);
        await expect(fs.stat(lock)).rejects.toThrow(/ENOENT/);
      },
    },
    invalid: notBoolean((f) => ({ command: 'unlock', storage: f.store, name: 'unlockable' }), 'all'),
  },
  {
    input: 'max-age',
    valid: {
      title: 'the drill fails (exit 1) when the backup is older than the objective',
      run: async (f) => {
        await filesBackup(f);
        const met = await f.ok({ command: 'drill', storage: f.store, name: 'files', target: f.path('drill'), 'max-age': '1h' });
        expect(met.outputs.verdict).toBe('passed');
        const missed = await f.run({ command: 'drill', storage: f.store, name: 'files', target: f.path('drill'), 'max-age': '1ms' });
        expect(missed.code).toBe(1);
        expect(missed.outputs.verdict).toBe('failed');
        expect(missed.stdout).toMatch(/RPO missed: the backup is .* old, the objective is 1 ms/);
      },
    },
    invalid: { inputs: (f) => ({ command: 'drill', storage: f.store, name: 'files', target: f.path('t'), 'max-age': 'old' }), error: /expected a duration like .* \(got 'old'\)/ },
  },
  {
    input: 'max-restore-time',
    valid: {
      title: 'the drill fails (exit 1) when the restore takes longer than the objective',
      run: async (f) => {
        await filesBackup(f);
        const met = await f.ok({ command: 'drill', storage: f.store, name: 'files', target: f.path('drill'), 'max-restore-time': '10m' });
        expect(met.summary).toMatch(/objective 10 min 0 s: met/);
        const missed = await f.run({ command: 'drill', storage: f.store, name: 'files', target: f.path('drill'), 'max-restore-time': '1ms' });
        expect(missed.code).toBe(1);
        expect(missed.stdout).toMatch(/RTO missed: the restore took .*, the objective is 1 ms/);
      },
    },
    invalid: { inputs: (f) => ({ command: 'drill', storage: f.store, name: 'files', target: f.path('t'), 'max-restore-time': 'slow' }), error: /expected a duration like .* \(got 'slow'\)/ },
  },
  {
    input: 'slack-webhook-url',
    valid: {
      title: 'one message per run with the backup id; the URL is masked',
      run: async (f) => {
        const before = f.slack.bodies.length;
        const r = await f.ok({ command: 'backup', source: f.src, storage: f.store, name: 'slacked', 'slack-webhook-url': f.slack.url });
        expect(f.slack.bodies).toHaveLength(before + 1);
        expect(JSON.stringify(f.slack.bodies[before])).toContain(r.outputs['backup-id']);
        expect(r.stdout).toContain(`::add-mask::${f.slack.url}`);
      },
    },
    invalid: { inputs: (f) => ({ command: 'list', storage: f.store, 'slack-webhook-url': 'not a url' }), error: /expected an https:\/\/ Slack incoming webhook URL/ },
  },
  {
    input: 'notify',
    valid: {
      title: 'failure: quiet on success, a message on failure; never: quiet',
      run: async (f) => {
        const n = f.slack.bodies.length;
        await f.ok({ command: 'list', storage: f.store, 'slack-webhook-url': f.slack.url, notify: 'failure' });
        expect(f.slack.bodies).toHaveLength(n);
        expect((await f.run({ command: 'verify', storage: f.store, name: 'nobody', 'slack-webhook-url': f.slack.url, notify: 'never' })).code).toBe(2);
        expect(f.slack.bodies).toHaveLength(n);
        expect((await f.run({ command: 'verify', storage: f.store, name: 'nobody', 'slack-webhook-url': f.slack.url, notify: 'failure' })).code).toBe(2);
        expect(f.slack.bodies).toHaveLength(n + 1);
        expect(JSON.stringify(f.slack.bodies[n])).toContain("no backups named 'nobody'");
      },
    },
    invalid: { inputs: (f) => ({ command: 'list', storage: f.store, notify: 'sometimes' }), error: /expected one of always, failure, never \(got 'sometimes'\)/ },
  },
  {
    input: 'from-archive',
    valid: {
      title: 'restore reads a mongodump archive file instead of a stored backup',
      run: async (f) => {
        const id = await mongoBackup(f);
        const archive = path.join(f.backupDir('mongo', id), 'dump.archive');
        await f.ok({ command: 'restore', 'from-archive': archive, target: f.mongoUri('from_archive'), 'ns-from': `${MONGO_DB}.*`, 'ns-to': 'from_archive.*' });
        expect(await docsOf(f, 'from_archive')).toEqual(await docsOf(f, MONGO_DB));
      },
    },
    invalid: { inputs: (f) => ({ command: 'restore', 'from-archive': '/nonexistent/dump.archive', target: f.mongoUri('x') }), error: /\/nonexistent\/dump\.archive does not exist/ },
  },
  {
    input: 'ns-include',
    valid: {
      title: 'backup takes only the matching collections',
      run: async (f) => {
        const m = f.manifestOf(await f.ok({ command: 'backup', source: f.mongoUri(MONGO_DB), storage: f.store, name: 'ns-inc', 'ns-include': `${MONGO_DB}.users` }));
        expect(Object.keys(m.fingerprint.items ?? {})).toEqual(['users']);
      },
    },
    invalid: { inputs: (f) => ({ command: 'backup', source: f.mongoUri(MONGO_DB), storage: f.store, 'ns-include': 'a.$b' }), error: /'\$' is not allowed/ },
  },
  {
    input: 'ns-exclude',
    valid: {
      title: 'backup skips the matching collections',
      run: async (f) => {
        const m = f.manifestOf(await f.ok({ command: 'backup', source: f.mongoUri(MONGO_DB), storage: f.store, name: 'ns-exc', 'ns-exclude': `${MONGO_DB}.users` }));
        expect(Object.keys(m.fingerprint.items ?? {})).toEqual(['orders']);
      },
    },
    invalid: { inputs: (f) => ({ command: 'backup', source: f.mongoUri(MONGO_DB), storage: f.store, 'ns-exclude': 'a.$b' }), error: /'\$' is not allowed/ },
  },
  {
    input: 'ns-from',
    valid: {
      title: 'restore renames namespaces (with ns-to)',
      run: async (f) => {
        await mongoBackup(f);
        await f.ok({ command: 'restore', storage: f.store, name: 'mongo', target: f.mongoUri('renamed'), 'ns-from': `${MONGO_DB}.*`, 'ns-to': 'renamed.*' });
        expect(await docsOf(f, 'renamed')).toEqual(await docsOf(f, MONGO_DB));
      },
    },
    invalid: { inputs: (f) => ({ command: 'restore', storage: f.store, name: 'mongo', target: f.mongoUri('x'), 'ns-from': `${MONGO_DB}.*` }), error: /--ns-to: 1 vs 0 patterns; give them in pairs/ },
  },
  {
    input: 'ns-to',
    valid: {
      title: 'restore writes the matching ns-from namespaces here',
      run: async (f) => {
        await mongoBackup(f);
        await f.ok({ command: 'restore', storage: f.store, name: 'mongo', target: f.mongoUri('renamed2'), 'ns-from': `${MONGO_DB}.users`, 'ns-to': 'renamed2.people', 'ns-include': `${MONGO_DB}.users` });
        expect((await docsOf(f, 'renamed2')).people).toEqual((await docsOf(f, MONGO_DB)).users);
      },
    },
    invalid: { inputs: (f) => ({ command: 'restore', storage: f.store, name: 'mongo', target: f.mongoUri('x'), 'ns-to': 'x.*' }), error: /--ns-to: 0 vs 1 patterns; give them in pairs/ },
  },
  {
    input: 'drop',
    valid: {
      title: 'restore replaces existing collections (refused without)',
      run: async (f) => {
        await mongoBackup(f);
        const original = await docsOf(f, MONGO_DB);
        await withMongo(f.mongoUri(), (c) => c.db(MONGO_DB).collection('orders').deleteMany({}).then(() => c.db(MONGO_DB).collection('orders').insertOne({ _id: 'intruder' } as never)));
        const refused = await f.run({ command: 'restore', storage: f.store, name: 'mongo', target: f.mongoUri(MONGO_DB) });
        expect(refused.code).toBe(2);
        expect(refused.errors[0]).toMatch(/refusing to restore into non-empty collections .*pass --drop/);
        await f.ok({ command: 'restore', storage: f.store, name: 'mongo', target: f.mongoUri(MONGO_DB), drop: 'true' });
        expect(await docsOf(f, MONGO_DB)).toEqual(original);
      },
    },
    invalid: notBoolean((f) => ({ command: 'restore', storage: f.store, name: 'mongo', target: f.mongoUri('x') }), 'drop'),
  },
  {
    input: 'no-index-restore',
    valid: {
      title: 'restore creates the collections without their indexes',
      run: async (f) => {
        await mongoBackup(f);
        await f.ok({ command: 'restore', storage: f.store, name: 'mongo', target: f.mongoUri('with_idx'), 'ns-from': `${MONGO_DB}.*`, 'ns-to': 'with_idx.*' });
        await f.ok({ command: 'restore', storage: f.store, name: 'mongo', target: f.mongoUri('no_idx'), 'ns-from': `${MONGO_DB}.*`, 'ns-to': 'no_idx.*', 'no-index-restore': 'true' });
        expect(await mongoIndexes(f, 'with_idx')).toEqual(['_id_', 'email_unique']);
        expect(await mongoIndexes(f, 'no_idx')).toEqual(['_id_']);
      },
    },
    invalid: notBoolean((f) => ({ command: 'restore', storage: f.store, name: 'mongo', target: f.mongoUri('x') }), 'no-index-restore'),
  },
  {
    input: 'parallel-collections',
    valid: {
      title: 'backup dumps that many collections at once',
      run: async (f) => {
        const r = await f.ok({ command: 'backup', source: f.mongoUri(MONGO_DB), storage: f.store, name: 'serial', 'parallel-collections': '1' });
        expect(r.stdout).toMatch(/2 namespaces to back up, 1 at a time/);
      },
    },
    invalid: { inputs: (f) => ({ command: 'backup', source: f.mongoUri(MONGO_DB), storage: f.store, 'parallel-collections': '0' }), error: /expected a whole number of at least 1 \(got '0'\)/ },
  },
  {
    input: 'batch-size',
    valid: {
      title: 'restore with at most 3 documents per insert restores the same documents',
      run: async (f) => {
        await mongoBackup(f);
        await f.ok({ command: 'restore', storage: f.store, name: 'mongo', target: f.mongoUri('small_batches'), 'ns-from': `${MONGO_DB}.*`, 'ns-to': 'small_batches.*', 'batch-size': '3' });
        expect(await docsOf(f, 'small_batches')).toEqual(await docsOf(f, MONGO_DB));
      },
    },
    invalid: { inputs: (f) => ({ command: 'restore', storage: f.store, name: 'mongo', target: f.mongoUri('x'), 'batch-size': '0' }), error: /expected a whole number of at least 1 \(got '0'\)/ },
  },
  {
    input: 'server-selection-timeout',
    valid: {
      title: 'an unreachable server fails within the timeout (exit 1), a reachable one backs up',
      run: async (f) => {
        const t0 = Date.now();
        const down = await f.run({ command: 'backup', source: 'mongodb://127.0.0.1:1/app', storage: f.store, name: 'unreachable', 'server-selection-timeout': '1s' });
        expect(down.code).toBe(1);
        expect(Date.now() - t0).toBeLessThan(15_000);
        await f.ok({ command: 'backup', source: f.mongoUri(MONGO_DB), storage: f.store, name: 'selected', 'server-selection-timeout': '30s' });
      },
    },
    invalid: { inputs: (f) => ({ command: 'backup', source: f.mongoUri(MONGO_DB), storage: f.store, 'server-selection-timeout': 'soon' }), error: /expected a duration/ },
  },
  {
    input: 'insert-workers',
    valid: {
      title: 'restore with one insert batch in flight per collection restores the same documents',
      run: async (f) => {
        await mongoBackup(f);
        await f.ok({ command: 'restore', storage: f.store, name: 'mongo', target: f.mongoUri('one_worker'), 'ns-from': `${MONGO_DB}.*`, 'ns-to': 'one_worker.*', 'insert-workers': '1' });
        expect(await docsOf(f, 'one_worker')).toEqual(await docsOf(f, MONGO_DB));
      },
    },
    invalid: { inputs: (f) => ({ command: 'restore', storage: f.store, name: 'mongo', target: f.mongoUri('x'), 'insert-workers': '0' }), error: /expected a whole number of at least 1 \(got '0'\)/ },
  },
  {
    input: 'query',
    valid: {
      title: 'backup takes only the documents matching the filter',
      run: async (f) => {
        const m = f.manifestOf(await f.ok({ command: 'backup', source: f.mongoUri(MONGO_DB), storage: f.store, name: 'queried', query: '{"nested.level": 0}' }));
        expect(m.fingerprint.items?.users?.count).toBe(50);
      },
    },
    invalid: { inputs: (f) => ({ command: 'backup', source: f.mongoUri(MONGO_DB), storage: f.store, query: '{bad' }), error: /not valid Extended JSON/ },
  },
  {
    input: 'read-preference',
    valid: {
      title: 'backup reads with that read preference',
      run: async (f) => {
        const m = f.manifestOf(await f.ok({ command: 'backup', source: f.mongoUri(MONGO_DB), storage: f.store, name: 'secondary', 'read-preference': 'secondaryPreferred' }));
        expect(m.fingerprint.summary.documents).toBe(330);
      },
    },
    invalid: { inputs: (f) => ({ command: 'backup', source: f.mongoUri(MONGO_DB), storage: f.store, 'read-preference': 'sideways' }), error: /expected one of primary, primaryPreferred, secondary, secondaryPreferred, nearest/ },
  },
  {
    input: 'include-system-dbs',
    valid: {
      title: 'a whole-server backup also takes admin (left out without)',
      run: async (f) => {
        await withMongo(f.mongoUri(), (c) => c.db('admin').collection('app_settings').insertOne({ _id: 'flag', on: true } as never));
        const without = f.manifestOf(await f.ok({ command: 'backup', source: f.mongoUri(), storage: f.store, name: 'server' }));
        const withSys = f.manifestOf(await f.ok({ command: 'backup', source: f.mongoUri(), storage: f.store, name: 'server', 'include-system-dbs': 'true' }));
        expect(Object.keys(without.fingerprint.items ?? {})).not.toContain('admin.app_settings');
        expect(Object.keys(withSys.fingerprint.items ?? {})).toContain('admin.app_settings');
      },
    },
    invalid: notBoolean((f) => ({ command: 'backup', source: f.mongoUri(MONGO_DB), storage: f.store }), 'include-system-dbs'),
  },
  {
    input: 'stop-on-error',
    valid: {
      title: 'restore stops at the first failed insert instead of counting duplicates',
      run: async (f) => {
        await mongoBackup(f);
        // Empty collections (accepted as targets) whose unique index rejects most documents of the backup.
        for (const db of ['dups_go_on', 'dups_stop']) await withMongo(f.mongoUri(), (c) => c.db(db).collection('users').createIndex({ 'nested.level': 1 }, { unique: true, name: 'level_unique' }));
        const base = { command: 'restore', storage: f.store, name: 'mongo', 'ns-include': `${MONGO_DB}.users` };
        const goOn = await f.ok({ ...base, target: f.mongoUri('dups_go_on'), 'ns-from': `${MONGO_DB}.*`, 'ns-to': 'dups_go_on.*' });
        expect(goOn.summary).toMatch(/\| duplicates \| 245 \|/);
        const stop = await f.run({ ...base, target: f.mongoUri('dups_stop'), 'ns-from': `${MONGO_DB}.*`, 'ns-to': 'dups_stop.*', 'stop-on-error': 'true' });
        expect(stop.code).not.toBe(0);
        expect(stop.errors[0]).toMatch(/stop-on-error/);
      },
    },
    invalid: notBoolean((f) => ({ command: 'restore', storage: f.store, name: 'mongo', target: f.mongoUri('x') }), 'stop-on-error'),
  },
  {
    input: 'write-concern',
    valid: {
      title: 'restore writes with that write concern',
      run: async (f) => {
        await mongoBackup(f);
        await f.ok({ command: 'restore', storage: f.store, name: 'mongo', target: f.mongoUri('majority'), 'ns-from': `${MONGO_DB}.*`, 'ns-to': 'majority.*', 'write-concern': '{"w": 1, "j": true}' });
        expect(await docsOf(f, 'majority')).toEqual(await docsOf(f, MONGO_DB));
      },
    },
    invalid: { inputs: (f) => ({ command: 'restore', storage: f.store, name: 'mongo', target: f.mongoUri('x'), 'write-concern': '{w:' }), error: /not valid JSON .*expected majority, a number, or/ },
  },
  {
    input: 'no-oplog',
    valid: {
      title: 'backup of a server with an oplog captures none (no consistency point)',
      run: async (f) => {
        await withMongo(f.mongoUri(), (c) => c.db('local').createCollection('oplog.rs', { capped: true, size: 16 << 20 }));
        try {
          const m = f.manifestOf(await f.ok({ command: 'backup', source: f.mongoUri(), storage: f.store, name: 'no-oplog', 'no-oplog': 'true', 'ns-include': `${MONGO_DB}.*` }));
          expect(m.consistency?.method).not.toBe('oplog');
          expect(m.artifacts.every((a) => a.meta?.oplogEntries === undefined || a.meta.oplogEntries === 0)).toBe(true);
        } finally {
          await withMongo(f.mongoUri(), (c) => c.db('local').collection('oplog.rs').drop());
        }
      },
    },
    invalid: { inputs: (f) => ({ command: 'backup', source: f.mongoUri(MONGO_DB), storage: f.store, oplog: 'true', 'no-oplog': 'true' }), error: /cannot be combined with oplog/ },
  },
  {
    input: 'oplog',
    valid: {
      title: 'backup captures the oplog for a consistent point (refused where there is none)',
      run: async (f) => {
        const refused = await f.run({ command: 'backup', source: f.mongoUri(MONGO_DB), storage: f.store, name: 'oplogged', oplog: 'true' });
        expect(refused.code).toBe(2);
        expect(refused.errors[0]).toMatch(/^input 'oplog': .* has no readable local\.oplog\.rs/);
        // FerretDB (a replica set named rs0) logs writes while local.oplog.rs exists.
        await withMongo(f.mongoUri(), (c) => c.db('local').createCollection('oplog.rs', { capped: true, size: 16 << 20 }));
        try {
          const m = f.manifestOf(await f.ok({ command: 'backup', source: f.mongoUri(MONGO_DB), storage: f.store, name: 'oplogged', oplog: 'true' }));
          expect(m.consistency).toMatchObject({ method: 'oplog' });
          const off = f.manifestOf(await f.ok({ command: 'backup', source: f.mongoUri(MONGO_DB), storage: f.store, name: 'oplogged', oplog: 'false' }));
          expect(off.consistency?.method).not.toBe('oplog');
        } finally {
          await withMongo(f.mongoUri(), (c) => c.db('local').collection('oplog.rs').drop());
        }
      },
    },
    invalid: notBoolean((f) => ({ command: 'backup', source: f.mongoUri(MONGO_DB), storage: f.store }), 'oplog'),
  },
  {
    input: 'no-oplog-replay',
    valid: {
      title: 'restore leaves out the writes the oplog captured during the backup',
      run: async (f) => {
        await withMongo(f.mongoUri(), (c) => c.db('local').createCollection('oplog.rs', { capped: true, size: 16 << 20 }));
        let id: string;
        try {
          // Writes go on for the whole backup, so the oplog window holds some.
          let writing = true;
          const writer = withMongo(f.mongoUri(), async (c) => {
            for (let i = 0; writing; i++) await c.db('live').collection('ticks').insertOne({ _id: i } as never);
          });
          await withMongo(f.mongoUri(), (c) => c.db('live').collection('seed').insertMany(Array.from({ length: 2000 }, (_, i) => ({ _id: i, pad: 'x'.repeat(200) })) as never));
          const r = await f.ok({ command: 'backup', source: f.mongoUri('live'), storage: f.store, name: 'live', oplog: 'true' });
          writing = false;
          await writer;
          const m = f.manifestOf(r);
          expect(Number(m.consistency?.oplogEntries)).toBeGreaterThan(0);
          id = m.id;
        } finally {
          await withMongo(f.mongoUri(), (c) => c.db('local').collection('oplog.rs').drop());
        }
        const replayed = await f.ok({ command: 'restore', storage: f.store, name: 'live', 'backup-id': id, target: f.mongoUri('replayed'), 'ns-from': 'live.*', 'ns-to': 'replayed.*' });
        const skipped = await f.ok({ command: 'restore', storage: f.store, name: 'live', 'backup-id': id, target: f.mongoUri('not_replayed'), 'ns-from': 'live.*', 'ns-to': 'not_replayed.*', 'no-oplog-replay': 'true' });
        expect(replayed.summary).toMatch(/\| oplogEntries \| [1-9]\d* \|/);
        expect(skipped.summary).toMatch(/\| oplogEntries \| 0 \|/);
      },
    },
    invalid: notBoolean((f) => ({ command: 'restore', storage: f.store, name: 'mongo', target: f.mongoUri('x') }), 'no-oplog-replay'),
  },
  {
    input: 'redis-format',
    valid: {
      title: 'portable: per-type records that restore into any Redis',
      run: async (f) => {
        const m = f.manifestOf(await f.ok({ command: 'backup', source: f.redisUri(REDIS_DB), storage: f.store, name: 'portable', 'redis-format': 'portable' }));
        expect(m.artifacts[0]!.meta).toMatchObject({ mode: 'portable' });
        await f.ok({ command: 'restore', storage: f.store, name: 'portable', target: f.redisUri(), 'db-map': `${REDIS_DB}:1` });
        expect(await redisSnapshot(f.redisUri(), 1)).toEqual(await redisSnapshot(f.redisUri(), REDIS_DB));
      },
    },
    invalid: { inputs: (f) => ({ command: 'backup', source: f.redisUri(REDIS_DB), storage: f.store, 'redis-format': 'json' }), error: /expected one of dump, portable, rdb \(got 'json'\)/ },
  },
  {
    input: 'db',
    valid: {
      title: 'backup takes only these databases',
      run: async (f) => {
        await withRedis(f.redisUri(), 2, (r) => r.set('other-db', '1'));
        const m = f.manifestOf(await f.ok({ command: 'backup', source: f.redisUri(), storage: f.store, name: 'one-db', db: String(REDIS_DB) }));
        // Items are per database and type (db6.string, db6.hash…): every one of them in the chosen database.
        const dbs = new Set(Object.keys(m.fingerprint.items ?? {}).map((k) => k.split('.')[0]));
        expect([...dbs]).toEqual([`db${REDIS_DB}`]);
      },
    },
    invalid: { inputs: (f) => ({ command: 'backup', source: f.redisUri(), storage: f.store, db: 'x' }), error: /expected a database number/ },
  },
  {
    input: 'redis-batch-bytes',
    valid: {
      title: 'backup and restore with 64 KiB in flight keep every key',
      run: async (f) => {
        const m = f.manifestOf(await f.ok({ command: 'backup', source: f.redisUri(REDIS_DB), storage: f.store, name: 'small-flight', 'redis-batch-bytes': '64KiB' }));
        expect(m.fingerprint.summary.keys).toBe(Object.keys(await redisSnapshot(f.redisUri(), REDIS_DB)).length);
      },
    },
    invalid: { inputs: (f) => ({ command: 'backup', source: f.redisUri(REDIS_DB), storage: f.store, 'redis-batch-bytes': '1KiB' }), error: /redis-batch-bytes|expected a size/ },
  },
  {
    input: 'scan-count',
    valid: {
      title: 'backup scans with that COUNT hint and still takes every key',
      run: async (f) => {
        const m = f.manifestOf(await f.ok({ command: 'backup', source: f.redisUri(REDIS_DB), storage: f.store, name: 'small-scan', 'scan-count': '7' }));
        expect(m.fingerprint.summary.keys).toBe(Object.keys(await redisSnapshot(f.redisUri(), REDIS_DB)).length);
      },
    },
    invalid: { inputs: (f) => ({ command: 'backup', source: f.redisUri(REDIS_DB), storage: f.store, 'scan-count': '0' }), error: /expected a whole number of at least 1 \(got '0'\)/ },
  },
  {
    input: 'key-include',
    valid: {
      title: 'backup takes only the matching keys',
      run: async (f) => {
        const m = f.manifestOf(await f.ok({ command: 'backup', source: f.redisUri(REDIS_DB), storage: f.store, name: 'bulk-only', 'key-include': 'bulk:*' }));
        expect(m.fingerprint.summary.keys).toBe(150);
      },
    },
    invalid: { none: "every text is a Redis glob (SCAN MATCH syntax): no pattern is malformed, an unclosed '[' matches itself" },
  },
  {
    input: 'key-exclude',
    valid: {
      title: 'backup skips the matching keys',
      run: async (f) => {
        const all = Object.keys(await redisSnapshot(f.redisUri(), REDIS_DB)).length;
        const m = f.manifestOf(await f.ok({ command: 'backup', source: f.redisUri(REDIS_DB), storage: f.store, name: 'no-bulk', 'key-exclude': 'bulk:*' }));
        expect(m.fingerprint.summary.keys).toBe(all - 150);
      },
    },
    invalid: { none: "every text is a Redis glob (SCAN MATCH syntax): no pattern is malformed, an unclosed '[' matches itself" },
  },
  {
    input: 'replace',
    valid: {
      title: 'restore overwrites keys that exist (refused without)',
      run: async (f) => {
        await redisBackup(f);
        const original = await redisSnapshot(f.redisUri(), REDIS_DB);
        await withRedis(f.redisUri(), REDIS_DB, (r) => r.set('greeting', 'changed since the backup'));
        const refused = await f.run({ command: 'restore', storage: f.store, name: 'redis', target: f.redisUri() });
        expect(refused.code).toBe(2);
        expect(refused.errors[0]).toMatch(/already exist in the target.*--replace/);
        await f.ok({ command: 'restore', storage: f.store, name: 'redis', target: f.redisUri(), replace: 'true' });
        expect(await redisSnapshot(f.redisUri(), REDIS_DB)).toEqual(original);
      },
    },
    invalid: notBoolean((f) => ({ command: 'restore', storage: f.store, name: 'redis', target: f.redisUri() }), 'replace'),
  },
  {
    input: 'flush',
    valid: {
      title: 'restore empties the target database first',
      run: async (f) => {
        await redisBackup(f);
        await withRedis(f.redisUri(), 10, (r) => r.set('stray', 'not in the backup'));
        await f.ok({ command: 'restore', storage: f.store, name: 'redis', target: f.redisUri(), 'db-map': `${REDIS_DB}:10`, flush: 'true' });
        expect(await redisSnapshot(f.redisUri(), 10)).toEqual(await redisSnapshot(f.redisUri(), REDIS_DB));
      },
    },
    invalid: notBoolean((f) => ({ command: 'restore', storage: f.store, name: 'redis', target: f.redisUri() }), 'flush'),
  },
  {
    input: 'db-map',
    valid: {
      title: 'restore puts database FROM into TO',
      run: async (f) => {
        await redisBackup(f);
        await f.ok({ command: 'restore', storage: f.store, name: 'redis', target: f.redisUri(), 'db-map': `${REDIS_DB}:9` });
        expect(await redisSnapshot(f.redisUri(), 9)).toEqual(await redisSnapshot(f.redisUri(), REDIS_DB));
      },
    },
    invalid: { inputs: async (f) => (await redisBackup(f), { command: 'restore', storage: f.store, name: 'redis', target: f.redisUri(), 'db-map': '7-9' }), error: /'7-9' is not FROM:TO/ },
  },
  {
    input: 'workflow',
    valid: {
      title: 'backup takes only that workflow',
      run: async (f) => {
        const id = String((await f.n8nAdmin.byName('Fetch orders')).id);
        const m = f.manifestOf(await f.ok({ command: 'backup', source: f.n8nSource, storage: f.store, name: 'one-wf', 'n8n-api-key': f.n8n.apiKey!, workflow: id }));
        expect(Object.keys(m.fingerprint.items ?? {})).toEqual(['Fetch orders']);
      },
    },
    invalid: { inputs: (f) => ({ command: 'backup', source: f.n8nSource, storage: f.store, 'n8n-api-key': f.n8n.apiKey!, workflow: 'no-such-id' }), error: /no workflow with id 'no-such-id'/ },
  },
  {
    input: 'tag',
    valid: {
      title: 'backup takes only the workflows with that tag',
      run: async (f) => {
        const m = f.manifestOf(await f.ok({ command: 'backup', source: f.n8nSource, storage: f.store, name: 'tagged', 'n8n-api-key': f.n8n.apiKey!, tag: 'prod' }));
        expect(Object.keys(m.fingerprint.items ?? {}).sort()).toEqual(['Fetch orders', 'Nightly report']);
      },
    },
    invalid: { none: 'any text can be a tag name; a tag no workflow carries selects none' },
  },
  {
    input: 'active-only',
    valid: {
      title: 'backup takes only active workflows',
      run: async (f) => {
        const m = f.manifestOf(await f.ok({ command: 'backup', source: f.n8nSource, storage: f.store, name: 'active', 'n8n-api-key': f.n8n.apiKey!, 'active-only': 'true' }));
        expect(Object.keys(m.fingerprint.items ?? {})).toEqual(['Nightly report']);
      },
    },
    invalid: notBoolean((f) => ({ command: 'backup', source: f.n8nSource, storage: f.store }), 'active-only'),
  },
  {
    input: 'activate',
    valid: {
      title: 'restore activates the workflows that were active (left inactive without)',
      run: async (f) => {
        await n8nBackup(f);
        const a = f.n8nAdmin;
        const original = await a.byName('Nightly report');
        const restoreIt = async (extra: Record<string, string>) => {
          const current = await a.byName('Nightly report');
          if (current.active) await a.req('POST', `/workflows/${current.id}/deactivate`);
          await a.req('DELETE', `/workflows/${current.id}`);
          await f.ok({ command: 'restore', storage: f.store, name: 'n8n', target: f.n8nSource, 'n8n-api-key': f.n8n.apiKey!, workflow: String(original.id), ...extra });
          return a.byName('Nightly report');
        };
        expect((await restoreIt({})).active).toBe(false);
        expect((await restoreIt({ activate: 'true' })).active).toBe(true);
      },
    },
    invalid: notBoolean((f) => ({ command: 'restore', storage: f.store, name: 'n8n', target: f.n8nSource }), 'activate'),
  },
  {
    input: 'decrypted',
    valid: {
      title: 'CLI mode puts credentials in plain text inside an encrypted backup (encrypted by n8n without)',
      run: async (f) => {
        const cli = { command: 'backup', source: `n8n-cli:${f.n8n.cliBin}`, storage: f.store, 'encryption-recipients': f.age.recipient };
        const plain = f.manifestOf(await f.ok({ ...cli, name: 'n8n-cli-dec', decrypted: 'true' }));
        const sealed = f.manifestOf(await f.ok({ ...cli, name: 'n8n-cli-enc' }));
        const tarOf = (m: typeof plain) => ageDecrypt(f, path.join(f.backupDir(m.name, m.id), m.artifacts[0]!.name));
        expect(tarOf(plain).includes(Buffer.from('n8n-cred-s3cret'))).toBe(true);
        expect(tarOf(sealed).includes(Buffer.from('n8n-cred-s3cret'))).toBe(false);
        const unencrypted = await f.run({ command: 'backup', source: `n8n-cli:${f.n8n.cliBin}`, storage: f.store, decrypted: 'true' });
        expect(unencrypted.code).toBe(2);
      },
    },
    invalid: notBoolean((f) => ({ command: 'backup', source: `n8n-cli:${f.n8n.cliBin}`, storage: f.store }), 'decrypted'),
  },
  {
    input: 'allow-older-target',
    valid: {
      title: 'restore into an n8n older than the backup’s (refused without)',
      run: async (f) => {
        const id = await n8nBackup(f);
        // The same backup, as if taken from a newer n8n: a copy whose manifest says so.
        const dir = f.backupDir('n8n-future', id);
        await fs.cp(f.backupDir('n8n', id), dir, { recursive: true });
        const manifest = JSON.parse(await fs.readFile(path.join(dir, 'manifest.json'), 'utf8'));
        manifest.name = 'n8n-future';
        manifest.artifacts[0].meta.n8nVersion = '99.0.0';
        await fs.writeFile(path.join(dir, 'manifest.json'), JSON.stringify(manifest));
        const base = { command: 'restore', storage: f.store, name: 'n8n-future', target: f.n8nSource, 'n8n-api-key': f.n8n.apiKey!, 'dry-run': 'true' };
        const refused = await f.run(base);
        expect(refused.code).toBe(2);
        expect(refused.errors[0]).toMatch(/99\.0\.0.*allow-older-target/);
        await f.ok({ ...base, 'allow-older-target': 'true' });
      },
    },
    invalid: notBoolean((f) => ({ command: 'restore', storage: f.store, name: 'n8n', target: f.n8nSource }), 'allow-older-target'),
  },
  {
    input: 'n8n-timeout',
    valid: {
      title: 'an n8n CLI run longer than the timeout fails the backup',
      run: async (f) => {
        const r = await f.run({ command: 'backup', source: `n8n-cli:${f.n8n.cliBin}`, storage: f.store, name: 'too-slow', 'n8n-timeout': '1s' });
        expect(r.code).toBe(1);
        expect(r.errors[0]).toMatch(/timed? ?out|1 s/i);
      },
    },
    invalid: { inputs: (f) => ({ command: 'backup', source: f.n8nSource, storage: f.store, 'n8n-timeout': 'never' }), error: /expected a duration like .* \(got 'never'\)/ },
  },
  {
    input: 'n8n-command',
    valid: {
      title: 'CLI mode runs this n8n command',
      run: async (f) => {
        const m = f.manifestOf(await f.ok({ command: 'backup', source: 'n8n-cli:', storage: f.store, name: 'n8n-cmd', 'n8n-command': f.n8n.cliBin }));
        expect(m.artifacts[0]!.meta).toMatchObject({ mode: 'cli' });
        expect(m.fingerprint.summary.workflows).toBe(3);
      },
    },
    invalid: { inputs: (f) => ({ command: 'backup', source: 'n8n-cli:', storage: f.store, 'n8n-command': '/nonexistent/n8n' }), error: /the n8n command '\/nonexistent\/n8n' was not found/ },
  },
  // The cloud store settings, after the n8n inputs as in action.yml.
  ...STORAGE_INPUT_CASES,
];
