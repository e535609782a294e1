import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { bakup, parseGithubOutput, runAction } from '../helpers/cli.js';
import { REPO_ROOT } from '../helpers/services.js';
import { diffTrees, makeSampleTree, tempDir } from '../helpers/tree.js';

/** The acceptance tree: nested and empty dirs, symlinks, unicode, modes, and a 200 MB file. */
const BIG = Number(process.env.BAKUP_TEST_BIG_FILE_BYTES ?? 200 * 1024 * 1024);

function noStack(stderr: string): void {
  expect(stderr).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);
}

describe('bakup CLI and action, end to end on the bundle', () => {
  let work: string;
  let src: string;
  let store: string;

  beforeAll(async () => {
    work = await tempDir('e2e');
    src = path.join(work, 'src');
    store = path.join(work, 'store');
    await fs.mkdir(src);
    await makeSampleTree(src, BIG);
  });
  afterAll(async () => {
    await fs.rm(work, { recursive: true, force: true });
  });

  it('backup → list → verify → restore gives an identical tree (CLI)', async () => {
    const b = await bakup(['backup', '--source', src, '--to', store, '--name', 'tree', '--json']);
    expect(b.code).toBe(0);
    const m = JSON.parse(b.stdout) as { id: string; name: string; type: string; size: number; artifacts: { name: string; size: number; sha256: string }[] };
    expect(m).toMatchObject({ name: 'tree', type: 'full' });
    expect(m.artifacts.map((a) => a.name)).toEqual([expect.stringMatching(/^files\.tar\./), expect.stringMatching(/^files\.index\.jsonl/)]);
    const onDisk = await Promise.all(m.artifacts.map((a) => fs.stat(path.join(store, 'tree', m.id, a.name))));
    expect(onDisk.reduce((n, st) => n + st.size, 0)).toBe(m.size);

    const l = await bakup(['list', '--from', `file://${store}`, '--json']);
    expect(l.code).toBe(0);
    expect((JSON.parse(l.stdout) as { id: string }[]).map((e) => e.id)).toEqual([m.id]);

    const v = await bakup(['verify', '--from', store, '--name', 'tree']);
    expect(v.code).toBe(0);
    expect(v.stdout).toContain(`ok     ${m.id}`);

    const target = path.join(work, 'restored-cli');
    const r = await bakup(['restore', '--from', store, '--name', 'tree', '--target', target]);
    expect(r.code).toBe(0);
    expect(await diffTrees(src, target)).toEqual([]);

    const again = await bakup(['restore', '--from', store, '--name', 'tree', '--backup-id', m.id, '--target', target]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/not empty.*--overwrite/);
    expect((await bakup(['restore', '--from', store, '--name', 'tree', '--backup-id', m.id, '--target', target, '--overwrite'])).code).toBe(0);
    expect(await diffTrees(src, target)).toEqual([]);
  });

  it('backup → restore through `node dist/index.js` with INPUT_* variables, outputs and job summary', async () => {
    const out = path.join(work, 'gh-output');
    const summary = path.join(work, 'gh-summary.md');
    await fs.writeFile(out, '');
    await fs.writeFile(summary, '');
    const gh = { GITHUB_OUTPUT: out, GITHUB_STEP_SUMMARY: summary };
    const b = await runAction({ command: 'backup', source: src, storage: `${store}\n${path.join(work, 'store2')}`, name: 'action-tree' }, gh);
    expect(b.stderr).toBe('');
    expect(b.code).toBe(0);
    const outputs = parseGithubOutput(await fs.readFile(out, 'utf8'));
    expect(outputs['backup-id']).toMatch(/^\d{8}T\d{6}Z-full-[0-9a-f]{4}$/);
    expect(Number(outputs['size-bytes'])).toBeGreaterThan(BIG);
    expect(Number(outputs['duration-seconds'])).toBeGreaterThan(0);
    expect(outputs.manifest!.split('\n')).toEqual([
      `file://${store}/action-tree/${outputs['backup-id']}/manifest.json`,
      `file://${path.join(work, 'store2')}/action-tree/${outputs['backup-id']}/manifest.json`,
    ]);
    const md = await fs.readFile(summary, 'utf8');
    expect(md).toContain('bakup backup `action-tree`');
    expect(md).toContain(outputs['backup-id']);
    expect(md).toMatch(/\| files \| \d+ \|/);

    await fs.writeFile(out, '');
    const target = path.join(work, 'restored-action');
    const r = await runAction({ command: 'restore', storage: path.join(work, 'store2'), name: 'action-tree', target, 'backup-id': 'latest' }, gh);
    expect(r.code).toBe(0);
    expect(parseGithubOutput(await fs.readFile(out, 'utf8'))['backup-id']).toBe(outputs['backup-id']);
    expect(await diffTrees(src, target)).toEqual([]);
    expect(await fs.readFile(summary, 'utf8')).toContain('bakup restore `action-tree`');

    const bad = await runAction({ command: 'restore', storage: store, name: 'action-tree', target, overwrite: 'perhaps' }, gh);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toContain("::error::input 'overwrite': expected true or false (got 'perhaps')");
    const unknown = await runAction({ command: 'explode' }, gh);
    expect(unknown.code).toBe(2);
    expect(unknown.stdout).toContain("::error::input 'command': expected one of backup, restore, verify, list");
  });

  it('a flipped byte makes verify exit 3 and restore fail without a half-restored target', async () => {
    const small = path.join(work, 'small');
    await fs.mkdir(small);
    await makeSampleTree(small);
    const b = await bakup(['backup', '--source', small, '--to', store, '--name', 'flip', '--json']);
    const m = JSON.parse(b.stdout) as { id: string; artifacts: { name: string; size: number }[] };
    const art = path.join(store, 'flip', m.id, m.artifacts[0]!.name);
    const bytes = await fs.readFile(art);
    const at = Math.floor(bytes.length / 2);
    bytes[at] = bytes[at]! ^ 0x01;
    await fs.writeFile(art, bytes);
    const v = await bakup(['verify', '--from', store, '--name', 'flip', '--backup-id', 'all']);
    expect(v.code).toBe(3);
    expect(v.stdout).toMatch(/FAILED/);
    noStack(v.stderr);
    const target = path.join(work, 'flip-target');
    const r = await bakup(['restore', '--from', store, '--name', 'flip', '--target', target]);
    expect(r.stderr).toMatch(/SHA-256|corrupt/);
    expect(r.code).toBe(3);
    noStack(r.stderr);
    expect(await fs.readdir(target)).toEqual([]);
    const a = await runAction({ command: 'verify', storage: store, name: 'flip' });
    expect(a.code).toBe(3);
  });

  it('a backup killed midway (SIGKILL) leaves nothing that list shows', async () => {
    const killStore = path.join(work, 'killed');
    const child = spawn(process.execPath, [path.join(REPO_ROOT, 'bin', 'bakup.js'), 'backup', '--source', src, '--to', killStore, '--name', 'killed'], {
      stdio: 'ignore',
    });
    // Wait until the artifact is being written, then kill without warning.
    const deadline = Date.now() + 60_000;
    let writing = false;
    while (!writing && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50));
      const found = spawnSync('find', [killStore, '-name', '.bakup-tmp-*', '-size', '+1M'], { encoding: 'utf8' });
      writing = found.stdout.trim() !== '';
    }
    expect(writing).toBe(true);
    child.kill('SIGKILL');
    await new Promise((r) => child.on('close', r));
    const l = await bakup(['list', '--from', killStore, '--json']);
    expect(l.code).toBe(0);
    expect(JSON.parse(l.stdout)).toEqual([]);
    const v = await bakup(['verify', '--from', killStore, '--name', 'killed']);
    expect(v.code).toBe(2);
    expect(v.stderr).toMatch(/no backups named 'killed'/);
  });

  it.each([
    [['frobnicate'], 2, /unknown command 'frobnicate'/],
    [['backup', '--sourc', '/x', '--to', '/y'], 2, /unknown option '--sourc' for 'bakup backup'/],
    [['backup', '--to', '/y'], 2, /--source: is required/],
    [['backup', '--source', '/definitely/not/here', '--to', '/tmp/bakup-never'], 2, /--source: directory '\/definitely\/not\/here' does not exist/],
    [['backup', '--source', '/tmp', '--to', 'ftp://host/x'], 2, /--to: unknown storage scheme 'ftp:'/],
    [['backup', '--source', '/tmp', '--to', '/tmp/x', '--name', '../etc'], 2, /--name: .*no path separators.*got '..\/etc'/],
    [['backup', '--source', '/tmp', '--to', '/tmp/x', '--compression', 'lz4'], 2, /--compression: expected one of none, gzip, zstd/],
    [['restore', '--from', '/tmp/x', '--name', 'a', '--target', '/tmp/y', '--backup-id', 'yesterday'], 2, /--backup-id: expected 'latest' or a backup id/],
    [['list', '--from', 's3://'], 2, /--from: /],
    [['verify', '--from', '/tmp/x'], 2, /--name: is required/],
    [['restore', 'positional'], 2, /unexpected argument 'positional'/],
  ])('bad input %j → exit %i, one clear line, no stack trace', async (args, code, message) => {
    const r = await bakup(args);
    expect(r.code).toBe(code);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    noStack(r.stderr);
  });

  it('has --help on every command', async () => {
    for (const c of ['backup', 'restore', 'verify', 'list']) {
      const r = await bakup([c, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`Usage: bakup ${c}`);
    }
    const top = await bakup(['--help']);
    expect(top.code).toBe(0);
    expect(top.stdout).toMatch(/Exit codes: 0 success, 1 operational failure, 2 invalid input or usage, 3 verification failed/);
  });

  it('runs on the machine Node.js 20 as well (CLI users)', async () => {
    const node20 = ['/usr/bin/node', '/usr/local/bin/node'].find((p) => spawnSync(p, ['--version'], { encoding: 'utf8' }).stdout?.startsWith('v20'));
    if (!node20) throw new Error('no Node.js 20 found at /usr/bin/node or /usr/local/bin/node for the CLI smoke test');
    const small = path.join(work, 'small20');
    await fs.mkdir(small);
    await makeSampleTree(small);
    const st = path.join(work, 'store20');
    const b = await bakup(['backup', '--source', small, '--to', st, '--name', 'n20'], { node: node20 });
    expect(b.stderr).toMatch(/backup n20/);
    expect(b.code).toBe(0);
    const t = path.join(work, 'restored20');
    expect((await bakup(['restore', '--from', st, '--name', 'n20', '--target', t], { node: node20 })).code).toBe(0);
    expect(await diffTrees(small, t)).toEqual([]);
    const z = await bakup(['backup', '--source', small, '--to', st, '--name', 'n20z', '--compression', 'zstd'], { node: node20 });
    expect(z.code).toBe(2);
    expect(z.stderr).toMatch(/zstd' needs Node.js >= 22.15/);
  });
});
