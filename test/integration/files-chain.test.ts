import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { Readable } from 'node:stream';
import * as tar from 'tar';
import { backup } from '../../src/commands/backup.js';
import { list } from '../../src/commands/list.js';
import { restore } from '../../src/commands/restore.js';
import { verify } from '../../src/commands/verify.js';
import { parseAt } from '../../src/catalog/chain.js';
import type { Manifest } from '../../src/catalog/manifest.js';
import { BakupError, ExitCode, UsageError, VerificationError } from '../../src/errors.js';
import { generateIdentity } from '../../src/formats/age/index.js';
import { MemoryLogger } from '../../src/log.js';
import type { EncryptionKeys } from '../../src/pipeline/encryption.js';
import { decompressor } from '../../src/pipeline/compression.js';
import { LocalStorage } from '../../src/storage/local.js';
import { tempDir, writeRandomFile } from '../helpers/tree.js';

/**
 * Directory chains end to end through the engine: a tree changed across several incrementals (adds,
 * content changes including same-size same-mtime ones, deletes, renames, type changes, mode-only
 * changes, owners, hard links), every point restored by id and by time and compared exactly with a
 * snapshot taken at that point; encrypted chains; broken chains.
 */

const asRoot = process.getuid?.() === 0;
const OLD = Date.UTC(2020, 0, 2, 3, 4, 5) / 1000;

interface EntryInfo {
  type: 'file' | 'dir' | 'symlink';
  mode: number;
  mtimeNs: bigint;
  size: number;
  nlink?: number;
  uid: number;
  gid: number;
  sha256?: string;
  link?: string;
}

async function sha256(file: string): Promise<string> {
  const h = createHash('sha256');
  for await (const c of createReadStream(file)) h.update(c as Buffer);
  return h.digest('hex');
}

/** Everything a restore must bring back, root included: type, mode, mtime (ns), size, content, link target, owner, link count. */
async function snapshot(root: string): Promise<Map<string, EntryInfo>> {
  const out = new Map<string, EntryInfo>();
  async function add(full: string, rel: string): Promise<void> {
    const st = await fs.lstat(full, { bigint: true });
    const base = { mode: Number(st.mode & 0o7777n), mtimeNs: st.mtimeNs, uid: Number(st.uid), gid: Number(st.gid) };
    if (st.isSymbolicLink()) out.set(rel, { ...base, type: 'symlink', size: 0, link: await fs.readlink(full) });
    else if (st.isDirectory()) {
      out.set(rel, { ...base, type: 'dir', size: 0 });
      for (const name of (await fs.readdir(full)).sort()) await add(path.join(full, name), rel ? `${rel}/${name}` : name);
    } else out.set(rel, { ...base, type: 'file', size: Number(st.size), nlink: Number(st.nlink), sha256: await sha256(full) });
  }
  await add(root, '');
  return out;
}

/** Differences between a snapshot and a tree; mtimes agree to the microsecond (utimes takes a double). */
async function differences(expected: Map<string, EntryInfo>, dir: string): Promise<string[]> {
  const actual = await snapshot(dir);
  const diffs: string[] = [];
  const show = (e: EntryInfo) => JSON.stringify({ ...e, mtimeNs: e.mtimeNs.toString() });
  for (const [p, e] of expected) {
    const a = actual.get(p);
    if (!a) diffs.push(`missing: '${p}'`);
    else {
      const close = (x: bigint, y: bigint) => (x > y ? x - y : y - x) < 1000n;
      const same = e.type === a.type && e.mode === a.mode && close(e.mtimeNs, a.mtimeNs) && e.size === a.size && e.sha256 === a.sha256 &&
        e.link === a.link && e.nlink === a.nlink && (!asRoot || (e.uid === a.uid && e.gid === a.gid));
      if (!same) diffs.push(`differs: '${p}': ${show(e)} vs ${show(a)}`);
    }
  }
  for (const p of actual.keys()) if (!expected.has(p)) diffs.push(`extra: '${p}'`);
  return diffs;
}

/** The paths in one stored tar artifact (what an incremental actually stored). */
async function tarPaths(store: string, m: Manifest): Promise<string[]> {
  const art = m.artifacts.find((a) => a.kind === 'tar')!;
  const paths: string[] = [];
  const parser = new tar.Parser({ onReadEntry: (e: tar.ReadEntry) => (paths.push(e.path.replace(/^\.\//, '').replace(/\/$/, '')), e.resume()) });
  const raw = createReadStream(path.join(store, m.name, m.id, art.name));
  await new Promise<void>((resolve, reject) => {
    parser.on('end', () => resolve());
    raw.on('error', reject);
    raw.pipe(decompressor(art.compression)).pipe(parser as unknown as NodeJS.WritableStream);
  });
  return paths.filter((p) => p !== '' && p !== '.').sort();
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Lets a mutation fall outside the racy window (2 s) of the next backup's start, so what is hashed is what the test says. */
const settle = () => sleep(2200);

function incrementalLine(log: MemoryLogger): { stored: number; unchanged: number; gone: number; hashed: number } {
  const line = log.lines.find((l) => /incremental: \d+ new or changed/.test(l));
  const m = /incremental: (\d+) new or changed file\(s\) stored \(\d+ bytes\), (\d+) unchanged, (\d+) gone since \S+, (\d+) compared by SHA-256/.exec(line ?? '');
  if (!m) throw new Error(`no incremental summary in the log: ${log.lines.join('\n')}`);
  return { stored: Number(m[1]), unchanged: Number(m[2]), gone: Number(m[3]), hashed: Number(m[4]) };
}

describe('directory chains: every point restores exactly', () => {
  let work: string;
  let src: string;
  let store: string;
  const points: { manifest: Manifest; snap: Map<string, EntryInfo>; log: MemoryLogger }[] = [];

  async function point(incremental: boolean): Promise<{ manifest: Manifest; log: MemoryLogger }> {
    const snap = await snapshot(src);
    const log = new MemoryLogger();
    const b = await backup({ source: src, to: [store], name: 'chain', compression: 'gzip', ...(incremental ? { incremental: 'on' as const } : {}) }, { log });
    points.push({ manifest: b.manifest, snap, log });
    return { manifest: b.manifest, log };
  }

  const w = (rel: string, body: string | Buffer) => fs.writeFile(path.join(src, rel), body);

  beforeAll(async () => {
    work = await tempDir('chain');
    src = path.join(work, 'src');
    store = path.join(work, 'store');
    await fs.mkdir(path.join(src, 'docs'), { recursive: true });
    await fs.mkdir(path.join(src, 'dir-to-file'));
    await fs.mkdir(path.join(src, 'empty-dir'));
    await fs.mkdir(path.join(src, 'ünï'));
    await w('docs/a.txt', 'alpha\n');
    await w('docs/b.txt', 'bravo\n');
    await w('keep.txt', 'never changes\n');
    await writeRandomFile(path.join(src, 'keep-big.bin'), 256 * 1024);
    await writeRandomFile(path.join(src, 'big.bin'), 1024 * 1024);
    await w('mode.txt', 'mode');
    await w('to-delete.txt', 'bye');
    await w('rename-me.txt', 'I move');
    await w('file-to-dir', 'a file first');
    await w('file-to-link', 'a file first');
    await w('dir-to-file/child.txt', 'child');
    await w('ünï/日本語 ファイル.txt', 'こんにちは');
    await w('zero', '');
    await w('suid.sh', '#!/bin/sh\n');
    await fs.chmod(path.join(src, 'suid.sh'), 0o4755);
    await w('hard-a', 'two names');
    await fs.link(path.join(src, 'hard-a'), path.join(src, 'hard-b'));
    await fs.symlink('keep.txt', path.join(src, 'link-to-keep'));
    await w('owned.txt', 'someone else');
    if (asRoot) await fs.chown(path.join(src, 'owned.txt'), 1234, 5678);
    // Old times everywhere (files first, directories last), then two files written "just now": racily clean for the full backup.
    for (const rel of ['docs/a.txt', 'docs/b.txt', 'keep.txt', 'keep-big.bin', 'big.bin', 'mode.txt', 'to-delete.txt', 'rename-me.txt', 'file-to-dir', 'file-to-link', 'dir-to-file/child.txt', 'ünï/日本語 ファイル.txt', 'zero', 'suid.sh', 'hard-a', 'owned.txt']) {
      await fs.utimes(path.join(src, rel), OLD, OLD);
    }
    await fs.lutimes(path.join(src, 'link-to-keep'), OLD, OLD);
    const now = Math.floor(Date.now() / 1000);
    await w('racy.txt', 'racy-1');
    await w('racy-untouched.txt', 'steady');
    await fs.utimes(path.join(src, 'racy.txt'), now, now);
    await fs.utimes(path.join(src, 'racy-untouched.txt'), now, now);
    for (const rel of ['docs', 'dir-to-file', 'empty-dir', 'ünï']) await fs.utimes(path.join(src, rel), OLD, OLD);
  });
  afterAll(async () => {
    await fs.rm(work, { recursive: true, force: true });
  });

  it('full backup: a tar of everything and a file index', async () => {
    const { manifest } = await point(false);
    expect(manifest.type).toBe('full');
    expect(manifest.artifacts.map((a) => [a.name, a.kind])).toEqual([
      ['files.tar.gz', 'tar'],
      ['files.index.jsonl.gz', 'file-index'],
    ]);
    expect(manifest.span).toEqual({ to: { time: expect.any(String) }, replayable: false });
    // The span is the moment the walk started: no later than the finish, no earlier than the start.
    expect(Date.parse(manifest.span!.to.time)).toBeGreaterThanOrEqual(Date.parse(manifest.startedAt));
    expect(Date.parse(manifest.span!.to.time)).toBeLessThanOrEqual(Date.parse(manifest.finishedAt));
    expect(await tarPaths(store, manifest)).toContain('keep-big.bin');
  });

  it('incremental 1: adds, size change, same-size same-mtime change, mode-only, delete, rename, type changes, root mode', async () => {
    await fs.mkdir(path.join(src, 'new', 'deep'), { recursive: true });
    await w('new/deep/n1.txt', 'n1');
    await w('new/empty.txt', '');
    await fs.mkdir(path.join(src, '新しい'));
    await w('新しい/ファイル.txt', '新');
    await w('docs/a.txt', 'alpha, longer\n');
    // Same size, mtime put back to the very same second: only the racy rule (and ctime) can tell.
    const racy = await fs.stat(path.join(src, 'racy.txt'));
    await w('racy.txt', 'RACY-1');
    await fs.utimes(path.join(src, 'racy.txt'), racy.mtime, racy.mtime);
    expect((await fs.stat(path.join(src, 'racy.txt'))).mtimeMs).toBe(racy.mtimeMs);
    await fs.chmod(path.join(src, 'mode.txt'), 0o600);
    await fs.rm(path.join(src, 'to-delete.txt'));
    await fs.rename(path.join(src, 'rename-me.txt'), path.join(src, 'renamed.txt'));
    await fs.rm(path.join(src, 'file-to-dir'));
    await fs.mkdir(path.join(src, 'file-to-dir'));
    await w('file-to-dir/inner.txt', 'inner');
    await fs.rm(path.join(src, 'file-to-link'));
    await fs.symlink('docs/b.txt', path.join(src, 'file-to-link'));
    await fs.rm(path.join(src, 'dir-to-file'), { recursive: true });
    await w('dir-to-file', 'now a file');
    await fs.chmod(src, 0o750);
    await settle();
    const { manifest, log } = await point(true);
    expect(manifest).toMatchObject({ type: 'incremental', parent: points[0]!.manifest.id, chain: { full: points[0]!.manifest.id, depth: 1 } });
    expect(manifest.span).toMatchObject({ replayable: false });
    // Only new and changed content is stored; racy.txt is caught although its size and mtime did not change.
    expect(await tarPaths(store, manifest)).toEqual(['dir-to-file', 'docs/a.txt', 'file-to-dir/inner.txt', 'new/deep/n1.txt', 'racy.txt', 'renamed.txt', '新しい/ファイル.txt'].sort());
    // Hashed: racy.txt and racy-untouched.txt (racily clean), mode.txt (ctime moved, mtime did not).
    expect(incrementalLine(log)).toMatchObject({ hashed: 3, gone: 3 });
  });

  it('incremental 2: in-place change, subtree delete, symlink retarget, new hard link, symlink→file, dir mode', async () => {
    const fh = await fs.open(path.join(src, 'big.bin'), 'r+');
    await fh.write(Buffer.alloc(4096, 7), 0, 4096, 100_000);
    await fh.close();
    await fs.rm(path.join(src, 'new', 'deep'), { recursive: true });
    await fs.rm(path.join(src, 'link-to-keep'));
    await fs.symlink('docs/a.txt', path.join(src, 'link-to-keep'));
    await fs.link(path.join(src, 'docs', 'b.txt'), path.join(src, 'hl-b'));
    await fs.mkdir(path.join(src, 'later-empty'));
    await fs.rm(path.join(src, 'file-to-link'));
    await w('file-to-link', 'a file again');
    await fs.chmod(path.join(src, 'docs'), 0o700);
    await fs.utimes(path.join(src, 'keep.txt'), OLD + 60, OLD + 60);
    await settle();
    const { manifest, log } = await point(true);
    expect(manifest.chain).toEqual({ full: points[0]!.manifest.id, depth: 2 });
    expect(await tarPaths(store, manifest)).toEqual(['big.bin', 'file-to-link', 'keep.txt']);
    // docs/b.txt: a new name raised its link count, so its ctime moved; it is compared, not stored.
    expect(incrementalLine(log)).toMatchObject({ hashed: 1, gone: 2 });
  });

  it('incremental 3: nothing changed: an empty tar, and no file read again', async () => {
    await settle();
    const { manifest, log } = await point(true);
    expect(await tarPaths(store, manifest)).toEqual([]);
    expect(incrementalLine(log)).toMatchObject({ stored: 0, hashed: 0, gone: 0 });
    expect(manifest.fingerprint.digest).toBe(points[2]!.manifest.fingerprint.digest);
  });

  it('restores every point by --backup-id and by --at, exactly as it was', async () => {
    for (const [i, p] of points.entries()) {
      const byId = path.join(work, `by-id-${i}`);
      const r = await restore({ from: store, name: 'chain', backupId: p.manifest.id, target: byId }, { log: new MemoryLogger() });
      expect(r.chain).toEqual(points.slice(0, i + 1).map((x) => x.manifest.id));
      expect(r.report.fingerprint?.digest).toBe(p.manifest.fingerprint.digest);
      expect({ i, diffs: await differences(p.snap, byId) }).toEqual({ i, diffs: [] });
      // --at the point itself, and a moment after it (before the next backup): the same tree.
      const next = points[i + 1]?.manifest.span!.to.time;
      const times = [p.manifest.span!.to.time, ...(next ? [new Date((Date.parse(p.manifest.span!.to.time) + Date.parse(next)) / 2).toISOString()] : [])];
      for (const [j, t] of times.entries()) {
        const byAt = path.join(work, `by-at-${i}-${j}`);
        const a = await restore({ from: store, name: 'chain', backupId: 'latest', at: parseAt(t, '--at'), target: byAt }, { log: new MemoryLogger() });
        expect(a.manifest.id).toBe(p.manifest.id);
        expect(a.landsAt).toBe(p.manifest.span!.to.time);
        expect({ i, j, diffs: await differences(p.snap, byAt) }).toEqual({ i, j, diffs: [] });
      }
    }
    const before = await restore({ from: store, name: 'chain', backupId: 'latest', at: parseAt('2001-01-01T00:00:00Z', '--at'), target: path.join(work, 'too-early') }, { log: new MemoryLogger() }).catch((e: unknown) => e);
    expect(before).toBeInstanceOf(UsageError);
    expect(String(before)).toMatch(/before the oldest full backup; restorable: .* \(at backup points only\)/);
    const after = await restore({ from: store, name: 'chain', backupId: 'latest', at: parseAt(new Date(Date.now() + 60_000).toISOString(), '--at'), target: path.join(work, 'too-late') }, { log: new MemoryLogger() }).catch((e: unknown) => e);
    expect(String(after)).toMatch(/after the newest point of the chain/);
  });

  it('include/exclude apply to a chain restore', async () => {
    const target = path.join(work, 'selective');
    await restore({ from: store, name: 'chain', backupId: points[1]!.manifest.id, target, sourceOptions: { include: ['docs/**', '新しい/**'] } }, { log: new MemoryLogger() });
    expect(await fs.readFile(path.join(target, 'docs', 'a.txt'), 'utf8')).toBe('alpha, longer\n');
    expect(await fs.readFile(path.join(target, '新しい', 'ファイル.txt'), 'utf8')).toBe('新');
    await expect(fs.lstat(path.join(target, 'keep.txt'))).rejects.toThrow();
    await expect(fs.lstat(path.join(target, 'file-to-link'))).rejects.toThrow();
  });

  it('verify checks every link of the chain; list shows the chain and its range', async () => {
    const tip = points[points.length - 1]!.manifest;
    const v = await verify({ from: store, name: 'chain', backupId: tip.id, deep: true }, { log: new MemoryLogger() });
    expect(v.ok).toBe(true);
    expect(v.backups.map((b) => [b.id, b.chainOf])).toEqual([...points.slice(0, -1).map((p) => [p.manifest.id, tip.id]), [tip.id, undefined]]);
    expect(v.backups[0]!.artifacts.find((a) => a.name.startsWith('files.index'))).toMatchObject({ ok: true, depth: 'parsed', contents: { entries: expect.any(Number) } });
    const l = await list({ from: store, name: 'chain' }, { log: new MemoryLogger() });
    expect(l.backups[0]).toMatchObject({
      id: points[0]!.manifest.id,
      restorable: { from: points[0]!.manifest.span!.to.time, to: tip.span!.to.time, incrementals: points.length - 1, continuous: false },
    });
    expect(l.backups[2]).toMatchObject({ chain: { full: points[0]!.manifest.id, depth: 2 } });
  });
});

describe('incremental directory backups: edge cases', () => {
  let work: string;
  beforeAll(async () => {
    work = await tempDir('chain-edge');
  });
  afterAll(async () => {
    await fs.rm(work, { recursive: true, force: true });
  });

  async function smallTree(name: string): Promise<string> {
    const src = path.join(work, name);
    await fs.mkdir(path.join(src, 'd'), { recursive: true });
    await fs.writeFile(path.join(src, 'd', 'one.txt'), 'one');
    await fs.writeFile(path.join(src, 'two.txt'), 'two');
    return src;
  }

  it('encrypted to a recipient: the incremental needs the identity, says so without it, and the chain restores', async () => {
    const src = await smallTree('enc-src');
    const store = path.join(work, 'enc-store');
    const pair = generateIdentity();
    const writeOnly: EncryptionKeys = { recipients: [pair.recipient] };
    await backup({ source: src, to: [store], name: 'enc', compression: 'gzip', keys: writeOnly }, { log: new MemoryLogger() });
    await fs.writeFile(path.join(src, 'three.txt'), 'three');
    const refused = await backup({ source: src, to: [store], name: 'enc', compression: 'gzip', keys: writeOnly, incremental: 'on' }, { log: new MemoryLogger() }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(BakupError);
    expect(String(refused)).toMatch(/--incremental: cannot read the file index of \S+ .*encrypted to 1 age recipient.*--identity-file/);
    expect((await list({ from: store, name: 'enc' }, { log: new MemoryLogger() })).backups).toHaveLength(1);
    const auto = new MemoryLogger();
    const full = await backup({ source: src, to: [store], name: 'enc', compression: 'gzip', keys: writeOnly, incremental: 'auto' }, { log: auto });
    expect(full.manifest.type).toBe('full');
    expect(auto.lines.join('\n')).toMatch(/taking a full backup instead/);
    await fs.writeFile(path.join(src, 'four.txt'), 'four');
    const inc = await backup({ source: src, to: [store], name: 'enc', compression: 'gzip', keys: { ...writeOnly, identities: [pair.identity] }, incremental: 'on' }, { log: new MemoryLogger() });
    expect(inc.manifest.type).toBe('incremental');
    expect(inc.manifest.artifacts.map((a) => a.name)).toEqual(['files.tar.gz.age', 'files.index.jsonl.gz.age']);
    const snap = await snapshot(src);
    await expect(restore({ from: store, name: 'enc', backupId: 'latest', target: path.join(work, 'enc-none') }, { log: new MemoryLogger() })).rejects.toThrow(/--identity-file/);
    const target = path.join(work, 'enc-restored');
    await restore({ from: store, name: 'enc', backupId: 'latest', target, keys: { identities: [pair.identity] } }, { log: new MemoryLogger() });
    expect(await differences(snap, target)).toEqual([]);
  });

  it('encrypted with a passphrase: the same passphrase continues and restores the chain', async () => {
    const src = await smallTree('pass-src');
    const store = path.join(work, 'pass-store');
    const keys = { passphrase: 'correct horse battery staple' };
    await backup({ source: src, to: [store], name: 'pass', compression: 'gzip', keys }, { log: new MemoryLogger() });
    await fs.rm(path.join(src, 'two.txt'));
    await fs.writeFile(path.join(src, 'd', 'one.txt'), 'ONE, changed');
    const inc = await backup({ source: src, to: [store], name: 'pass', compression: 'gzip', keys, incremental: 'on' }, { log: new MemoryLogger() });
    expect(inc.manifest.type).toBe('incremental');
    const snap = await snapshot(src);
    const target = path.join(work, 'pass-restored');
    await restore({ from: store, name: 'pass', backupId: 'latest', target, keys }, { log: new MemoryLogger() });
    expect(await differences(snap, target)).toEqual([]);
    await expect(
      restore({ from: store, name: 'pass', backupId: 'latest', target: path.join(work, 'pass-wrong'), keys: { passphrase: 'wrong' } }, { log: new MemoryLogger() }),
    ).rejects.toBeInstanceOf(BakupError);
  });

  it('a source given as a symlink to the directory: the link is followed for the root only', async () => {
    const real = await smallTree('linked-real');
    await fs.symlink('/etc', path.join(real, 'etc-link'));
    const link = path.join(work, 'linked-src');
    await fs.symlink(real, link);
    const store = path.join(work, 'linked-store');
    await backup({ source: link, to: [store], name: 'linked', compression: 'gzip' }, { log: new MemoryLogger() });
    await fs.writeFile(path.join(real, 'added.txt'), 'added');
    await backup({ source: link, to: [store], name: 'linked', compression: 'gzip', incremental: 'on' }, { log: new MemoryLogger() });
    const snap = await snapshot(real);
    const target = path.join(work, 'linked-restored');
    await restore({ from: store, name: 'linked', backupId: 'latest', target, sourceOptions: { allowExternalLinks: true } }, { log: new MemoryLogger() });
    expect(await differences(snap, target)).toEqual([]);
    expect(await fs.readlink(path.join(target, 'etc-link'))).toBe('/etc');
  });

  it('a parent without a file index (written before indexes) cannot be continued: on fails, auto takes a full backup', async () => {
    const src = await smallTree('legacy-src');
    const store = path.join(work, 'legacy-store');
    const b = await backup({ source: src, to: [store], name: 'legacy', compression: 'gzip' }, { log: new MemoryLogger() });
    const m = { ...b.manifest, artifacts: b.manifest.artifacts.filter((a) => a.kind === 'tar') };
    delete (m as Partial<Manifest>).span;
    await new LocalStorage(store).put(`legacy/${m.id}/manifest.json`, Readable.from([JSON.stringify(m)]));
    await expect(backup({ source: src, to: [store], name: 'legacy', compression: 'gzip', incremental: 'on' }, { log: new MemoryLogger() })).rejects.toThrow(/has no file index/);
    const auto = await backup({ source: src, to: [store], name: 'legacy', compression: 'gzip', incremental: 'auto' }, { log: new MemoryLogger() });
    expect(auto.manifest.type).toBe('full');
    // The old-style backup still restores on its own.
    const target = path.join(work, 'legacy-restored');
    await restore({ from: store, name: 'legacy', backupId: m.id, target }, { log: new MemoryLogger() });
    expect(await fs.readFile(path.join(target, 'two.txt'), 'utf8')).toBe('two');
  });

  describe('a broken chain: restore refuses, verify fails naming what is missing', () => {
    let store: string;
    let ids: string[];
    beforeAll(async () => {
      const src = await smallTree('broken-src');
      store = path.join(work, 'broken-store');
      ids = [];
      for (let i = 0; i < 3; i++) {
        await fs.writeFile(path.join(src, `file-${i}.txt`), `version ${i}`);
        const b = await backup({ source: src, to: [store], name: 'broken', compression: 'gzip', ...(i ? { incremental: 'on' as const } : {}) }, { log: new MemoryLogger() });
        ids.push(b.manifest.id);
      }
    });

    it('a middle link without its manifest', async () => {
      const manifestFile = path.join(store, 'broken', ids[1]!, 'manifest.json');
      const saved = await fs.readFile(manifestFile);
      await fs.rm(manifestFile);
      try {
        const target = path.join(work, 'broken-t1');
        const err = await restore({ from: store, name: 'broken', backupId: ids[2]!, target }, { log: new MemoryLogger() }).catch((e: unknown) => e);
        expect(err).toBeInstanceOf(VerificationError);
        expect(String(err)).toContain(`needs its parent ${ids[1]}`);
        await expect(fs.readdir(target)).rejects.toThrow();
        const v = await verify({ from: store, name: 'broken', backupId: ids[2]! }, { log: new MemoryLogger() });
        expect(v.ok).toBe(false);
        expect(v.backups[v.backups.length - 1]!.error).toContain(`needs its parent ${ids[1]}`);
        const all = await verify({ from: store, name: 'broken', backupId: 'all' }, { log: new MemoryLogger() });
        expect(all.backups.map((b) => [b.id, b.ok])).toEqual([
          [ids[0], true],
          [ids[2], false],
        ]);
        expect(all.backups[1]!.error).toMatch(new RegExp(`broken chain: ${ids[2]} needs its parent ${ids[1]}, which is missing`));
        const l = await list({ from: store, name: 'broken' }, { log: new MemoryLogger() });
        expect(l.backups[1]).toMatchObject({ id: ids[2], orphan: expect.stringContaining(ids[1]!) });
        expect(l.backups[0]!.restorable).toMatchObject({ incrementals: 0 });
      } finally {
        await fs.writeFile(manifestFile, saved);
      }
    });

    it('a middle link without an artifact', async () => {
      const m = JSON.parse(await fs.readFile(path.join(store, 'broken', ids[1]!, 'manifest.json'), 'utf8')) as Manifest;
      const tarFile = path.join(store, 'broken', ids[1]!, m.artifacts[0]!.name);
      const saved = await fs.readFile(tarFile);
      await fs.rm(tarFile);
      try {
        const err = await restore({ from: store, name: 'broken', backupId: ids[2]!, target: path.join(work, 'broken-t2') }, { log: new MemoryLogger() }).catch((e: unknown) => e);
        expect(err).toBeInstanceOf(VerificationError);
        expect((err as BakupError).exitCode).toBe(ExitCode.VERIFICATION);
        expect(String(err)).toContain(`backup ${ids[1]}: artifact '${m.artifacts[0]!.name}' is missing`);
        const v = await verify({ from: store, name: 'broken', backupId: ids[2]! }, { log: new MemoryLogger() });
        expect(v.ok).toBe(false);
        expect(v.backups.find((b) => b.id === ids[1])!.artifacts.find((a) => !a.ok)!.error).toContain('is missing');
        expect(v.backups.find((b) => b.id === ids[2])!.error).toContain(`${ids[1]} failed verification`);
      } finally {
        await fs.writeFile(tarFile, saved);
      }
      expect((await verify({ from: store, name: 'broken', backupId: ids[2]! }, { log: new MemoryLogger() })).ok).toBe(true);
    });

    it('an index that puts content in a backup outside the chain is refused', async () => {
      const target = path.join(work, 'broken-t3');
      // A tampered manifest naming another parent (the full backup) makes the chain skip the link that holds the content.
      const file = path.join(store, 'broken', ids[2]!, 'manifest.json');
      const saved = await fs.readFile(file);
      const m = JSON.parse(saved.toString()) as Manifest;
      await fs.writeFile(file, JSON.stringify({ ...m, parent: ids[0] }));
      try {
        const err = await restore({ from: store, name: 'broken', backupId: ids[2]!, target }, { log: new MemoryLogger() }).catch((e: unknown) => e);
        expect(err).toBeInstanceOf(VerificationError);
        expect(String(err)).toMatch(new RegExp(`puts the content of 'file-1.txt' in backup ${ids[1]}, which is not in its chain`));
        expect(await fs.readdir(target)).toEqual([]);
      } finally {
        await fs.writeFile(file, saved);
      }
    });
  });
});
