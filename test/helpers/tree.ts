import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { once } from 'node:events';

export async function tempDir(label: string): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), `bakup-${label}-`));
}

/** Writes `size` bytes of random (incompressible) data in 1 MiB chunks, never holding more. */
export async function writeRandomFile(file: string, size: number): Promise<void> {
  const out = createWriteStream(file);
  let left = size;
  while (left > 0) {
    const n = Math.min(left, 1 << 20);
    if (!out.write(randomBytes(n))) await once(out, 'drain');
    left -= n;
  }
  out.end();
  await once(out, 'close');
}

/**
 * A tree with what a backup must keep: nested and empty directories, symlinks
 * (to a file, to a dir, dangling-inside), unicode names, unusual modes, old
 * mtimes, a hard link, and optionally a big file.
 */
export async function makeSampleTree(root: string, bigFileBytes = 0): Promise<void> {
  await fs.mkdir(path.join(root, 'a', 'b', 'c'), { recursive: true });
  await fs.mkdir(path.join(root, 'empty', 'nested-empty'), { recursive: true });
  await fs.mkdir(path.join(root, 'ünïcödé', '日本語'), { recursive: true });
  await fs.writeFile(path.join(root, 'a', 'hello.txt'), 'hello world\n');
  await fs.writeFile(path.join(root, 'a', 'b', 'c', 'deep.bin'), randomBytes(70_000));
  await fs.writeFile(path.join(root, 'ünïcödé', '日本語', 'ファイル 名.txt'), 'こんにちは\n');
  await fs.writeFile(path.join(root, 'ünïcödé', 'emoji-😀.md'), '# 😀\n');
  await fs.writeFile(path.join(root, 'space name.txt'), 'spaces\n');
  await fs.writeFile(path.join(root, 'zero'), '');
  await fs.writeFile(path.join(root, 'script.sh'), '#!/bin/sh\necho hi\n');
  await fs.chmod(path.join(root, 'script.sh'), 0o755);
  await fs.writeFile(path.join(root, 'secret.key'), 'k');
  await fs.chmod(path.join(root, 'secret.key'), 0o600);
  await fs.writeFile(path.join(root, 'setgid-file'), 's');
  await fs.chmod(path.join(root, 'setgid-file'), 0o2750);
  await fs.chmod(path.join(root, 'a', 'b'), 0o750);
  await fs.symlink('a/hello.txt', path.join(root, 'link-to-file'));
  await fs.symlink('a/b', path.join(root, 'link-to-dir'));
  await fs.symlink('does-not-exist-yet', path.join(root, 'dangling'));
  await fs.link(path.join(root, 'a', 'hello.txt'), path.join(root, 'hardlink.txt'));
  const long = 'x'.repeat(120);
  await fs.mkdir(path.join(root, long), { recursive: true });
  await fs.writeFile(path.join(root, long, `${long}.txt`), 'long path\n');
  if (bigFileBytes > 0) await writeRandomFile(path.join(root, 'big.bin'), bigFileBytes);
  // Old, distinct mtimes (set last: writing into a folder changes its mtime).
  let t = Date.UTC(2019, 4, 6, 7, 8, 9) / 1000;
  for (const rel of ['a/hello.txt', 'a/b/c/deep.bin', 'zero', 'a/b/c', 'a/b', 'empty/nested-empty', 'empty', 'ünïcödé/日本語']) {
    await fs.utimes(path.join(root, rel), t, t);
    t += 3601;
  }
  await fs.lutimes(path.join(root, 'link-to-file'), t, t);
}

export interface TreeEntryInfo {
  type: 'file' | 'dir' | 'symlink';
  mode: number;
  mtimeSec: number;
  size: number;
  sha256?: string;
  link?: string;
}

async function sha256(file: string): Promise<string> {
  const h = createHash('sha256');
  for await (const c of createReadStream(file)) h.update(c as Buffer);
  return h.digest('hex');
}

/** Describes every entry under root (relative paths), for exact comparisons. */
export async function describeTree(root: string): Promise<Map<string, TreeEntryInfo>> {
  const out = new Map<string, TreeEntryInfo>();
  async function walk(dir: string, rel: string): Promise<void> {
    for (const name of (await fs.readdir(dir)).sort()) {
      const full = path.join(dir, name);
      const r = rel ? `${rel}/${name}` : name;
      const st = await fs.lstat(full);
      const base = { mode: st.mode & 0o7777, mtimeSec: Math.floor(st.mtimeMs / 1000), size: st.isFile() ? st.size : 0 };
      if (st.isSymbolicLink()) out.set(r, { ...base, type: 'symlink', link: await fs.readlink(full) });
      else if (st.isDirectory()) {
        out.set(r, { ...base, type: 'dir' });
        await walk(full, r);
      } else out.set(r, { ...base, type: 'file', sha256: await sha256(full) });
    }
  }
  await walk(root, '');
  return out;
}

/** Differences between two trees, as readable lines (empty when identical). */
export async function diffTrees(a: string, b: string): Promise<string[]> {
  const [ta, tb] = await Promise.all([describeTree(a), describeTree(b)]);
  const diffs: string[] = [];
  for (const [p, ea] of ta) {
    const eb = tb.get(p);
    if (!eb) diffs.push(`missing: ${p}`);
    else if (JSON.stringify(ea) !== JSON.stringify(eb)) diffs.push(`differs: ${p}: ${JSON.stringify(ea)} vs ${JSON.stringify(eb)}`);
  }
  for (const p of tb.keys()) if (!ta.has(p)) diffs.push(`extra: ${p}`);
  return diffs;
}
