import { createHash } from 'node:crypto';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import type { Fingerprint } from '../../catalog/manifest.js';
import { itemDifferences } from '../../catalog/fingerprint.js';
import { STREAM_CHUNK } from '../../pipeline/buffers.js';
import { nsToSeconds, type IndexRecord } from '../../formats/file-index/format.js';

/**
 * A directory tree's fingerprint: counts plus one digest over every entry's
 * type, path, mode, mtime (whole seconds, what tar keeps), size, content
 * SHA-256 and link target. The digest is the sum of per-entry SHA-256 values
 * modulo 2^256, so it does not depend on the order entries are met — the tar
 * stream at backup time and a directory walk at restore time agree without
 * either holding a list of entries in memory.
 *
 * Items: the same sum per top-level name (`docs/` for a folder and everything
 * under it, `README.md` for a file), so a drill or a restore names the part of
 * the tree that differs. Only while the root holds at most MAX_ITEMS names: a
 * flat folder of a million files gets no items (the manifest must stay small),
 * and the file index, checked against the digest, names the file instead.
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
/** Items per top-level name, at most: beyond, the fingerprint has none. */
export const MAX_ITEMS = 1000;

/** The item an entry counts in: its first path component, with a `/` when that is a folder. */
function itemOf(e: TreeEntry): string {
  const slash = e.path.indexOf('/');
  if (slash >= 0) return `${e.path.slice(0, slash)}/`;
  return e.type === 'd' ? `${e.path}/` : e.path;
}

export class TreeFingerprint {
  private sum = 0n;
  private items: Map<string, { count: number; sum: bigint }> | undefined = new Map();
  files = 0;
  dirs = 0;
  symlinks = 0;
  bytes = 0;

  add(e: TreeEntry): void {
    const record = `${e.type}\0${e.path}\0${(e.mode & 0o7777).toString(8)}\0${e.mtimeSec}\0${e.size}\0${e.content}`;
    const h = BigInt(`0x${createHash('sha256').update(record).digest('hex')}`);
    this.sum = (this.sum + h) % MOD;
    if (this.items) {
      const key = itemOf(e);
      const it = this.items.get(key);
      if (it) {
        it.count++;
        it.sum = (it.sum + h) % MOD;
      } else if (this.items.size < MAX_ITEMS) this.items.set(key, { count: 1, sum: h });
      else this.items = undefined;
    }
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
    const fp: Fingerprint = {
      kind: 'files',
      summary: { files: this.files, dirs: this.dirs, symlinks: this.symlinks, bytes: this.bytes },
      digest: this.sum.toString(16).padStart(64, '0'),
    };
    if (this.items && this.items.size > 0) {
      const items: NonNullable<Fingerprint['items']> = {};
      for (const key of [...this.items.keys()].sort()) {
        const it = this.items.get(key)!;
        // 128 bits of the item's sum: enough to tell two subtrees apart, half the manifest space.
        items[key] = { count: it.count, digest: it.sum.toString(16).padStart(64, '0').slice(32) };
      }
      fp.items = items;
    }
    return fp;
  }
}

/**
 * Where two fingerprints of a tree disagree, for an error line: the differing
 * items (at most `max`), or the counts when there are no items to compare.
 */
export function describeTreeDifference(recorded: Fingerprint, found: Fingerprint, foundAs: string, max = 5): string {
  const r = recorded.items;
  const f = found.items;
  if (r && f) {
    const diffs = itemDifferences(r, f).map(({ item: key, recorded: a, found: b }) => {
      if (!a) return `'${key}' is not in the backup (${b!.count} entries ${foundAs})`;
      if (!b) return `'${key}' is missing (${a.count} entries recorded)`;
      return `'${key}' differs (${a.count} entries recorded, ${b.count} ${foundAs}${a.count === b.count ? ', digests differ' : ''})`;
    });
    if (diffs.length) return diffs.length > max ? `${diffs.slice(0, max).join('; ')}; and ${diffs.length - max} more` : diffs.join('; ');
  }
  const counts = (fp: Fingerprint) => {
    const s = fp.summary;
    return `${s.files ?? 0} files, ${s.dirs ?? 0} dirs, ${s.symlinks ?? 0} links, ${s.bytes ?? 0} bytes`;
  };
  return `${counts(found)} ${foundAs}, ${counts(recorded)} recorded`;
}

/** A file index record as the fingerprint counts it (a hard link is a file with the same content). */
export function indexEntry(r: IndexRecord): TreeEntry {
  const type = r.t === 'h' ? 'f' : r.t;
  return {
    type,
    path: r.p,
    mode: r.m,
    mtimeSec: nsToSeconds(BigInt(r.mt)),
    size: type === 'f' ? (r.s ?? 0) : 0,
    content: type === 'f' ? (r.sha ?? '') : type === 'l' ? (r.to ?? '') : '',
  };
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
