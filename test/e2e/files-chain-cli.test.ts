import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { bakup, parseGithubOutput, runAction } from '../helpers/cli.js';
import { diffTrees, tempDir } from '../helpers/tree.js';

/** Directory chains through the bundle, as users and the action run it: backup --incremental, list, restore --at, verify, drill. */

function noStack(stderr: string): void {
  expect(stderr).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);
}

describe('incremental directory backups on the CLI', () => {
  let work: string;
  let src: string;
  let store: string;
  const points: { id: string; at: string; copy: string }[] = [];

  /** Backs up, then keeps a copy of the tree as it was (cp -a keeps modes, times, links). */
  async function point(args: string[]): Promise<{ id: string; type: string; span: { to: { time: string } } }> {
    const copy = path.join(work, `copy-${points.length}`);
    expect(spawnSync('cp', ['-a', src, copy]).status).toBe(0);
    const r = await bakup(['backup', '--source', src, '--to', store, '--name', 'site', '--json', ...args]);
    expect(r.stderr).not.toMatch(/error/i);
    expect(r.code).toBe(0);
    const m = JSON.parse(r.stdout) as { id: string; type: string };
    const manifest = JSON.parse(await fs.readFile(path.join(store, 'site', m.id, 'manifest.json'), 'utf8')) as { span: { to: { time: string } } };
    points.push({ id: m.id, at: manifest.span.to.time, copy });
    return { ...m, span: manifest.span };
  }

  beforeAll(async () => {
    work = await tempDir('chain-cli');
    src = path.join(work, 'src');
    store = path.join(work, 'store');
    await fs.mkdir(path.join(src, 'pages'), { recursive: true });
    await fs.writeFile(path.join(src, 'pages', 'index.html'), '<h1>v1</h1>');
    await fs.writeFile(path.join(src, 'pages', 'about.html'), '<p>about</p>');
    await fs.writeFile(path.join(src, 'config.json'), '{"v":1}');
    await fs.symlink('pages/index.html', path.join(src, 'home'));
  });
  afterAll(async () => {
    await fs.rm(work, { recursive: true, force: true });
  });

  it('a chain: full, then incrementals; list shows its range; restore --at and --backup-id give each point; verify and drill pass', async () => {
    expect((await point([])).type).toBe('full');
    await fs.writeFile(path.join(src, 'pages', 'index.html'), '<h1>version 2</h1>');
    await fs.rm(path.join(src, 'pages', 'about.html'));
    await fs.mkdir(path.join(src, 'uploads'));
    await fs.writeFile(path.join(src, 'uploads', 'photo.bin'), Buffer.alloc(50_000, 3));
    expect((await point(['--incremental'])).type).toBe('incremental');
    await fs.rename(path.join(src, 'config.json'), path.join(src, 'config.old.json'));
    await fs.chmod(path.join(src, 'config.old.json'), 0o600);
    await fs.rm(path.join(src, 'home'));
    await fs.writeFile(path.join(src, 'home'), 'now a file');
    expect((await point(['--incremental', 'auto'])).type).toBe('incremental');

    const l = await bakup(['list', '--from', store, '--name', 'site']);
    expect(l.code).toBe(0);
    expect(l.stdout).toContain(`site  chain ${points[0]!.id}: restorable at 3 backup point(s) ${points[0]!.at} … ${points[2]!.at} (full + 2 incremental(s))`);
    const lj = JSON.parse((await bakup(['list', '--from', store, '--name', 'site', '--json'])).stdout) as { id: string; restorable?: unknown; chain?: unknown }[];
    expect(lj[0]!.restorable).toEqual({ from: points[0]!.at, to: points[2]!.at, incrementals: 2, continuous: false });
    expect(lj[2]!.chain).toEqual({ full: points[0]!.id, depth: 2 });

    for (const [i, p] of points.entries()) {
      const t1 = path.join(work, `r-id-${i}`);
      const r1 = await bakup(['restore', '--from', store, '--name', 'site', '--backup-id', p.id, '--target', t1]);
      expect(r1.code).toBe(0);
      expect(await diffTrees(p.copy, t1)).toEqual([]);
      const t2 = path.join(work, `r-at-${i}`);
      const r2 = await bakup(['restore', '--from', store, '--name', 'site', '--at', p.at, '--target', t2, '--json']);
      expect(r2.code).toBe(0);
      expect(JSON.parse(r2.stdout)).toMatchObject({ id: p.id, landsAt: p.at, chain: points.slice(0, i + 1).map((x) => x.id) });
      expect(await diffTrees(p.copy, t2)).toEqual([]);
    }

    const v = await bakup(['verify', '--from', store, '--name', 'site', '--deep']);
    expect(v.code).toBe(0);
    expect(v.stdout).toContain(`ok     ${points[0]!.id}  (in the chain of ${points[2]!.id})`);
    expect(v.stdout).toContain(`ok     ${points[2]!.id}`);
    const d = await bakup(['drill', '--from', store, '--name', 'site', '--target', path.join(work, 'drill')]);
    expect(d.stdout).toMatch(/drill PASSED/);
    expect(d.code).toBe(0);

    const early = await bakup(['restore', '--from', store, '--name', 'site', '--at', '2000-01-01T00:00:00Z', '--target', path.join(work, 'early')]);
    expect(early.code).toBe(2);
    expect(early.stderr).toMatch(/--at: .* is before the oldest full backup; restorable: /);
    noStack(early.stderr);
  });

  it('the action lists chains in its job summary', async () => {
    const summary = path.join(work, 'summary.md');
    const out = path.join(work, 'out');
    await fs.writeFile(summary, '');
    await fs.writeFile(out, '');
    const a = await runAction({ command: 'list', storage: store, name: 'site' }, { GITHUB_STEP_SUMMARY: summary, GITHUB_OUTPUT: out });
    expect(a.code).toBe(0);
    const md = await fs.readFile(summary, 'utf8');
    expect(md).toContain('### Chains');
    expect(md).toContain(`| site | ${points[0]!.id} | 2 | ${points[0]!.at} | ${points[2]!.at} | backup points only |`);
    expect(parseGithubOutput(await fs.readFile(out, 'utf8'))['backup-id']).toBe(points[2]!.id);
  });

  it('a broken chain: verify exits 3 naming the missing parent, restore refuses with exit 3, verify all reports the orphan', async () => {
    const manifest = path.join(store, 'site', points[1]!.id, 'manifest.json');
    await fs.rename(manifest, `${manifest}.away`);
    try {
      const v = await bakup(['verify', '--from', store, '--name', 'site']);
      expect(v.code).toBe(3);
      expect(v.stdout).toContain(`FAILED ${points[2]!.id}  broken chain: ${points[2]!.id} needs its parent ${points[1]!.id}`);
      noStack(v.stderr);
      const all = await bakup(['verify', '--from', store, '--name', 'site', '--backup-id', 'all']);
      expect(all.code).toBe(3);
      expect(all.stdout).toContain(`ok     ${points[0]!.id}`);
      expect(all.stdout).toMatch(new RegExp(`FAILED ${points[2]!.id} {2}broken chain: .*${points[1]!.id}`));
      const target = path.join(work, 'r-broken');
      const r = await bakup(['restore', '--from', store, '--name', 'site', '--target', target]);
      expect(r.code).toBe(3);
      expect(r.stderr).toContain(`needs its parent ${points[1]!.id}`);
      noStack(r.stderr);
      const l = await bakup(['list', '--from', store, '--name', 'site']);
      expect(l.stdout).toContain(`BROKEN CHAIN: broken chain: ${points[2]!.id} needs its parent ${points[1]!.id}`);
    } finally {
      await fs.rename(`${manifest}.away`, manifest);
    }
    // A missing artifact of a link: exit 3 naming it.
    const m = JSON.parse(await fs.readFile(path.join(store, 'site', points[1]!.id, 'manifest.json'), 'utf8')) as { artifacts: { name: string }[] };
    const index = path.join(store, 'site', points[1]!.id, m.artifacts[1]!.name);
    await fs.rename(index, `${index}.away`);
    try {
      const v = await bakup(['verify', '--from', store, '--name', 'site']);
      expect(v.code).toBe(3);
      expect(v.stdout).toContain(`FAILED ${points[1]!.id}  (in the chain of ${points[2]!.id})  backup ${points[1]!.id}: artifact '${m.artifacts[1]!.name}' is missing`);
      const r = await bakup(['restore', '--from', store, '--name', 'site', '--target', path.join(work, 'r-broken-2')]);
      expect(r.code).toBe(3);
      expect(r.stderr).toContain(`artifact '${m.artifacts[1]!.name}' is missing`);
    } finally {
      await fs.rename(`${index}.away`, index);
    }
  });

  it('--incremental without a previous backup: on is refused (exit 2), auto takes a full backup and says so', async () => {
    const other = path.join(work, 'store-empty');
    const on = await bakup(['backup', '--source', src, '--to', other, '--name', 'fresh', '--incremental']);
    expect(on.code).toBe(2);
    expect(on.stderr).toMatch(/--incremental: there is no previous backup named 'fresh'/);
    noStack(on.stderr);
    const auto = await bakup(['backup', '--source', src, '--to', other, '--name', 'fresh', '--incremental', 'auto', '--json']);
    expect(auto.code).toBe(0);
    expect(auto.stderr).toMatch(/taking a full backup instead/);
    expect((JSON.parse(auto.stdout) as { type: string }).type).toBe('full');
  });
});
