/**
 * A directory backup altered in the store (checksums re-sealed, so `verify`
 * passes) must fail its restore and its drill naming the file or the part of
 * the tree that differs, and leave the target untouched.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { backup } from '../../src/commands/backup.js';
import { compareFingerprints, drill } from '../../src/commands/drill.js';
import { restore } from '../../src/commands/restore.js';
import { verify } from '../../src/commands/verify.js';
import type { Manifest } from '../../src/catalog/manifest.js';
import { VerificationError } from '../../src/errors.js';
import { MemoryLogger } from '../../src/log.js';
import { MAX_ITEMS, TreeFingerprint, describeTreeDifference, fingerprintTree } from '../../src/sources/files/fingerprint.js';
import { replaceOnce, tamperArtifact } from '../helpers/tamper.js';
import { tempDir } from '../helpers/tree.js';

const ctx = () => ({ log: new MemoryLogger() });
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const A = 'hello world, this is docs/a.txt\n';
const A_TAMPERED = 'HELLO world, this is docs/a.txt\n';

describe('files: fingerprint items per top-level name', () => {
  it('one item per top-level name, counting the whole subtree; a change moves only its own item', async () => {
    const root = await tempDir('fp-items');
    await fs.mkdir(path.join(root, 'docs/deep'), { recursive: true });
    await fs.writeFile(path.join(root, 'docs/a.txt'), 'a');
    await fs.writeFile(path.join(root, 'docs/deep/b.txt'), 'b');
    await fs.writeFile(path.join(root, 'README.md'), 'r');
    await fs.symlink('README.md', path.join(root, 'link'));
    const before = await fingerprintTree(root);
    expect(Object.fromEntries(Object.entries(before.items!).map(([k, v]) => [k, v.count]))).toEqual({ 'README.md': 1, 'docs/': 4, link: 1 });
    const t = await fs.stat(path.join(root, 'docs/deep/b.txt'));
    await fs.writeFile(path.join(root, 'docs/deep/b.txt'), 'B');
    await fs.utimes(path.join(root, 'docs/deep/b.txt'), t.atime, t.mtime);
    const after = await fingerprintTree(root);
    expect(after.digest).not.toBe(before.digest);
    expect(compareFingerprints(before, after).map((d) => d.item)).toEqual(['docs/']);
    expect(describeTreeDifference(before, after, 'restored')).toBe("'docs/' differs (4 entries recorded, 4 restored, digests differ)");
    await fs.rm(root, { recursive: true, force: true });
  });

  it(`a root of more than ${MAX_ITEMS} names gets no items (the manifest stays small); up to it, one each`, () => {
    const fp = (n: number) => {
      const f = new TreeFingerprint();
      for (let i = 0; i < n; i++) f.add({ type: 'f', path: `f${i}`, mode: 0o644, mtimeSec: 1, size: 1, content: sha256(String(i)) });
      return f.result();
    };
    expect(Object.keys(fp(MAX_ITEMS).items!)).toHaveLength(MAX_ITEMS);
    const many = fp(MAX_ITEMS + 1);
    expect(many.items).toBeUndefined();
    expect(many.summary.files).toBe(MAX_ITEMS + 1);
  });

  it('a fingerprint recorded without items (an older backup) is compared by counts and digest only', () => {
    const f = new TreeFingerprint();
    f.add({ type: 'f', path: 'x', mode: 0o644, mtimeSec: 1, size: 1, content: sha256('x') });
    const now = f.result();
    const { items: _items, ...old } = now;
    expect(compareFingerprints(old, now)).toEqual([]);
    expect(compareFingerprints({ ...old, digest: '0'.repeat(64) }, now).map((d) => d.item)).toEqual(['digest']);
  });
});

describe('files: a backup altered after its fingerprint', () => {
  let work: string;
  let src: string;
  let store: string;
  let id: string;
  let backupDir: string;
  const saved = new Map<string, Buffer>();

  beforeAll(async () => {
    work = await tempDir('files-tamper');
    src = path.join(work, 'src');
    store = path.join(work, 'store');
    await fs.mkdir(path.join(src, 'docs'), { recursive: true });
    await fs.mkdir(path.join(src, 'src/x'), { recursive: true });
    await fs.writeFile(path.join(src, 'docs/a.txt'), A);
    await fs.writeFile(path.join(src, 'docs/b.txt'), 'bee\n');
    await fs.writeFile(path.join(src, 'src/x/y.txt'), 'why\n');
    await fs.writeFile(path.join(src, 'README.md'), 'read me\n');
    const r = await backup({ source: src, to: [store], name: 'tree', compression: 'none' }, ctx());
    id = r.manifest.id;
    backupDir = path.join(store, 'tree', id);
    for (const f of await fs.readdir(backupDir)) saved.set(f, await fs.readFile(path.join(backupDir, f)));
  });
  afterAll(async () => {
    await fs.rm(work, { recursive: true, force: true });
  });
  const putBack = async () => {
    for (const [f, b] of saved) await fs.writeFile(path.join(backupDir, f), b);
  };

  it('the manifest records one item per top-level name', async () => {
    const m = JSON.parse(saved.get('manifest.json')!.toString()) as Manifest;
    expect(Object.fromEntries(Object.entries(m.fingerprint.items!).map(([k, v]) => [k, v.count]))).toEqual({ 'README.md': 1, 'docs/': 3, 'src/': 3 });
  });

  it("a file's content altered in the tar: restore fails naming the file, the target stays empty; the drill names it too", async () => {
    await tamperArtifact(backupDir, 'tar', (tar) => (replaceOnce(tar, A, A_TAMPERED), tar));
    try {
      expect((await verify({ from: store, name: 'tree', backupId: id }, ctx())).ok).toBe(true);
      const target = path.join(work, 't1');
      const err = await restore({ from: store, name: 'tree', backupId: id, target }, ctx()).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(VerificationError);
      expect(String(err)).toMatch(/restored tree does not match the backup's fingerprint: 'docs\/a.txt' from tree\/.* has 32 bytes with SHA-256/);
      expect(await fs.readdir(target)).toEqual([]);

      const d = await drill({ from: store, name: 'tree', backupId: id, target: path.join(work, 'd1') }, ctx());
      expect(d.ok).toBe(false);
      expect(d.failures.join('\n')).toContain("'docs/a.txt'");
    } finally {
      await putBack();
    }
  });

  it('the file index altered to match altered content: restore fails before extracting, naming the part of the tree', async () => {
    await tamperArtifact(backupDir, 'tar', (tar) => (replaceOnce(tar, A, A_TAMPERED), tar));
    await tamperArtifact(backupDir, 'file-index', (index) => (replaceOnce(index, sha256(A), sha256(A_TAMPERED)), index));
    try {
      expect((await verify({ from: store, name: 'tree', backupId: id }, ctx())).ok).toBe(true);
      const target = path.join(work, 't2');
      const err = await restore({ from: store, name: 'tree', backupId: id, target }, ctx()).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(VerificationError);
      expect(String(err)).toContain(`the file index of ${id} does not match the backup's fingerprint (it was altered after the backup): 'docs/' differs (3 entries recorded, 3 in the index, digests differ)`);
      expect(await fs.readdir(target)).toEqual([]);

      const d = await drill({ from: store, name: 'tree', backupId: id, target: path.join(work, 'd2') }, ctx());
      expect(d.ok).toBe(false);
      expect(d.failures.join('\n')).toContain("'docs/' differs");
    } finally {
      await putBack();
    }
  });

  it('untampered, the backup restores and drills clean (the same code paths pass on good data)', async () => {
    const target = path.join(work, 't3');
    await restore({ from: store, name: 'tree', backupId: id, target }, ctx());
    expect(await fs.readFile(path.join(target, 'docs/a.txt'), 'utf8')).toBe(A);
    const d = await drill({ from: store, name: 'tree', backupId: id, target: path.join(work, 'd3') }, ctx());
    expect(d.failures).toEqual([]);
    expect(d.differences).toEqual([]);
    expect(d.ok).toBe(true);
  });
});
