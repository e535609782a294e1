import { createHash } from 'node:crypto';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import type { Fingerprint } from '../../catalog/manifest.js';
import { STREAM_CHUNK } from '../../pipeline/buffers.js';

/**
 * A directory tree's fingerprint: counts plus one digest over every entry's
 * type, path, mode, mtime (whole seconds, what tar keeps), size, content
 * SHA-256 and link target. The digest is the sum of per-entry SHA-256 values
 * modulo 2^256, so it does not depend on the order entries are met — the tar
 * stream at backup time and a directory walk at restore time agree without
 * either holding a list of entries in memory.
 */
export type EntryType = 'f' | 'd' | 'l';

export interface TreeEntry {
  type: EntryType;
  path: string;
  mode: number;
  mtimeSec: number;
  size: number;
  /** Content SHA-256 for files, link target for symlinks, '' for directories. */
  content: string;
}

const MOD = 1n << 256n;

export class TreeFingerprint {
  private sum = 0n;
  files = 0;
  dirs = 0;
  symlinks = 0;
  bytes = 0;

  add(e: TreeEntry): void {
    const record = `${e.type}\0${e.path}\0${(e.mode & 0o7777).toString(8)}\0${e.mtimeSec}\0${e.size}\0${e.content}`;
    this.sum = (this.sum + BigInt(`0x${createHash('sha256').update(record).digest('hex')}`)) % MOD;
    if (e.type === 'f') {
      this.files++;
      this.bytes += e.size;
    } else if (e.type === 'd') this.dirs++;
    else this.symlinks++;
  }

  get empty(): boolean {
    return this.files + this.dirs + this.symlinks === 0;
  }

  result(): Fingerprint {
    return {
      kind: 'files',
      summary: { files: this.files, dirs: this.dirs, symlinks: this.symlinks, bytes: this.bytes },
      digest: this.sum.toString(16).padStart(64, '0'),
    };
  }
}

/** Normalises a tar path (`./a/b/`) to the fingerprint form (`a/b`); '' is the root. */
export function normalizeTarPath(p: string): string {
  let s = p.replace(/\\/g, '/');
  while (s.startsWith('./')) s = s.slice(2);
  if (s === '.') s = '';
  return s.replace(/\/+$/, '');
}

/** Hashes a file through one reused buffer: reading a whole tree back leaves no garbage for the GC to chase. */
async function sha256File(file: string, buf: Buffer): Promise<string> {
  const h = createHash('sha256');
  const fh = await fs.open(file, 'r');
  try {
    for (;;) {
      const { bytesRead } = await fh.read(buf, 0, buf.length, null);
      if (bytesRead === 0) break;
      h.update(buf.subarray(0, bytesRead));
    }
  } finally {
    await fh.close();
  }
  return h.digest('hex');
}

/**
 * Walks a tree on disk and fingerprints it the same way the backup did.
 * `skip` excludes top-level names (a restore's staging folder).
 */
export async function fingerprintTree(
  root: string,
  accept: (rel: string, isDir: boolean) => boolean = () => true,
): Promise<Fingerprint> {
  const fp = new TreeFingerprint();
  const buf = Buffer.allocUnsafe(STREAM_CHUNK * 4);
  async function walk(dir: string, rel: string): Promise<void> {
    const handle = await fs.opendir(dir);
    for await (const d of handle) {
      const childRel = rel ? `${rel}/${d.name}` : d.name;
      const full = path.join(dir, d.name);
      const st = await fs.lstat(full);
      if (!accept(childRel, st.isDirectory())) continue;
      const base = { path: childRel, mode: st.mode, mtimeSec: Math.floor(st.mtimeMs / 1000) };
      if (st.isDirectory()) {
        fp.add({ ...base, type: 'd', size: 0, content: '' });
        await walk(full, childRel);
      } else if (st.isSymbolicLink()) {
        fp.add({ ...base, type: 'l', size: 0, content: await fs.readlink(full) });
      } else if (st.isFile()) {
        fp.add({ ...base, type: 'f', size: st.size, content: await sha256File(full, buf) });
      }
    }
  }
  await walk(root, '');
  return fp.result();
}
