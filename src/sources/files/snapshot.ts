import { createHash } from 'node:crypto';
import type { BigIntStats } from 'node:fs';
import { constants as fsc } from 'node:fs';
import * as fs from 'node:fs/promises';
import type { Writable } from 'node:stream';
import type { Fingerprint } from '../../catalog/manifest.js';
import { errorCode, errorMessage } from '../../errors.js';
import { comparePaths, nsToSeconds, type IndexHeader, type IndexRecord } from '../../formats/file-index/format.js';
import type { FileIndexReader } from '../../formats/file-index/reader.js';
import { FileIndexWriter } from '../../formats/file-index/writer.js';
import { PIPELINE_CHUNK, STREAM_CHUNK } from '../../pipeline/buffers.js';
import { TreeFingerprint, indexEntry } from './fingerprint.js';
import { TarWriter } from './tar-stream.js';
import { walkSorted, type WalkEntry } from './walk.js';

/**
 * Files whose recorded mtime is this close to (or after) the start of the backup that recorded them are
 * "racily clean", as git calls it: a write right after that backup read them can leave size and mtime
 * unchanged (mtime granularity is 1–2 s on some filesystems, a clock tick on others), so the next
 * incremental compares their SHA-256 instead of trusting size and mtime. 2 s covers FAT's granularity
 * and the usual coarse clocks.
 */
export const RACY_WINDOW_NS = 2_000_000_000n;

export type ContentDecision = 'store' | 'hash' | 'reuse';

/**
 * Whether a file's content must be stored again, compared by SHA-256, or can be taken from the parent's
 * index. Changed size or mtime (or a new path, or another type before): store. Same size and mtime but
 * racily clean, or a changed ctime (a write that put the mtime back, `touch -d`, a file replaced by
 * another with the same times, a mode change): hash and compare. Otherwise: reuse.
 */
export function contentDecision(prev: IndexRecord | undefined, st: Pick<BigIntStats, 'size' | 'mtimeNs' | 'ctimeNs'>, racyFrom: bigint): ContentDecision {
  if (!prev || prev.t !== 'f') return 'store';
  if (BigInt(prev.s ?? -1) !== st.size || BigInt(prev.mt) !== st.mtimeNs) return 'store';
  if (st.size === 0n) return 'reuse';
  if (BigInt(prev.mt) >= racyFrom) return 'hash';
  if (prev.ct === undefined || BigInt(prev.ct) !== st.ctimeNs) return 'hash';
  return 'reuse';
}

export interface SnapshotSpec {
  root: string;
  backupId: string;
  started: Date;
  accept: (rel: string, isDir: boolean) => boolean;
  /** The parent's index (incremental) and its header; absent for a full backup. */
  parent?: { reader: FileIndexReader; header: IndexHeader; id: string };
  tarOut: Writable;
  indexOut: Writable;
  onEntry: () => void;
  /** True when a symlink target leaves the tree (counted for a warning). */
  escapes: (rel: string, target: string) => boolean;
}

export interface SnapshotStats {
  files: number;
  dirs: number;
  symlinks: number;
  bytes: number;
  /** Files whose content went into this backup's tar, and their bytes. */
  storedFiles: number;
  storedBytes: number;
  /** Files whose content stays in an earlier backup of the chain. */
  reusedFiles: number;
  /** Unchanged-looking files read again to compare their SHA-256 (racily clean or ctime changed). */
  hashedFiles: number;
  /** Entries of the parent's index that are gone (deleted, renamed away, now excluded). */
  deleted: number;
}

export interface SnapshotResult {
  fingerprint: Fingerprint;
  warnings: string[];
  stats: SnapshotStats;
  empty: boolean;
  externalLinks: string[];
}

/** The parent's index as a cursor that the walk advances in step. */
class Cursor {
  cur: IndexRecord | undefined;
  private it?: AsyncGenerator<IndexRecord, void, void>;
  deleted = 0;

  async open(reader: FileIndexReader): Promise<void> {
    this.it = reader.records();
    await this.next();
  }
  private async next(): Promise<void> {
    const r = await this.it!.next();
    this.cur = r.done ? undefined : r.value;
  }
  /** The parent's record for `rel`, counting the parent's entries passed over as deleted. */
  async seek(rel: string): Promise<IndexRecord | undefined> {
    if (!this.it) return undefined;
    while (this.cur && comparePaths(this.cur.p, rel) < 0) {
      this.deleted++;
      await this.next();
    }
    if (this.cur && this.cur.p === rel) {
      const r = this.cur;
      await this.next();
      return r;
    }
    return undefined;
  }
  /** Reads to the end, so the parent's index is checked completely (trailer and digest). */
  async finish(): Promise<void> {
    if (!this.it) return;
    while (this.cur) {
      this.deleted++;
      await this.next();
    }
  }
}

const EXCLUSIVE_READ = fsc.O_RDONLY | (fsc.O_NOFOLLOW ?? 0);

/** Opens a file to read it, refusing to follow a symlink that replaced it since the walk saw it. */
async function openRegular(abs: string, rel: string, warn: (m: string) => void): Promise<{ fh: fs.FileHandle; st: BigIntStats } | undefined> {
  let fh: fs.FileHandle;
  try {
    fh = await fs.open(abs, EXCLUSIVE_READ);
  } catch (err) {
    const code = errorCode(err);
    if (code === 'ENOENT') warn(`'${rel}' was removed while the backup ran; not in the backup`);
    else if (code === 'ELOOP') warn(`'${rel}' turned into a symlink while the backup ran; not in the backup`);
    else warn(`cannot read '${rel}' (${code ?? errorMessage(err)}); not in the backup`);
    return undefined;
  }
  const st = await fh.stat({ bigint: true });
  if (!st.isFile()) {
    await fh.close();
    warn(`'${rel}' is no longer a regular file; not in the backup`);
    return undefined;
  }
  return { fh, st };
}

/** SHA-256 of an open file through one reused buffer (nothing read here leaves this function). */
async function hashOpen(fh: fs.FileHandle, buf: Buffer): Promise<string> {
  const h = createHash('sha256');
  for (;;) {
    const { bytesRead } = await fh.read(buf, 0, buf.length, null);
    if (bytesRead === 0) break;
    h.update(buf.subarray(0, bytesRead));
  }
  return h.digest('hex');
}

/**
 * One pass over the tree: walks it in index order, merges the walk with the
 * parent's index (when there is one), writes the tar (every entry for a full
 * backup; only the content of new and changed files for an incremental) and
 * the complete index of this point, and fingerprints the whole tree from the
 * walk and the index, so unchanged files are never read again.
 */
export async function writeSnapshot(spec: SnapshotSpec): Promise<SnapshotResult> {
  const full = !spec.parent;
  const tar = new TarWriter(spec.tarOut);
  const index = new FileIndexWriter(spec.indexOut);
  const fp = new TreeFingerprint();
  const warnings: string[] = [];
  const warn = (m: string) => warnings.push(m);
  const externalLinks: string[] = [];
  const stats: SnapshotStats = { files: 0, dirs: 0, symlinks: 0, bytes: 0, storedFiles: 0, storedBytes: 0, reusedFiles: 0, hashedFiles: 0, deleted: 0 };
  // Files with several names: the first name met (in path order) holds the content, the others link to it.
  // Memory grows with the number of multiply-linked files only, as in every tar.
  const firstNames = new Map<string, { p: string; s: number; sha: string }>();
  const cursor = new Cursor();
  const racyFrom = spec.parent ? BigInt(Date.parse(spec.parent.header.started)) * 1_000_000n - RACY_WINDOW_NS : 0n;
  const hashBuf = Buffer.allocUnsafe(STREAM_CHUNK * 4);

  if (spec.parent) await cursor.open(spec.parent.reader);
  await index.start({ backup: spec.backupId, parent: spec.parent?.id ?? null, started: spec.started.toISOString() });

  const meta = (st: BigIntStats) => ({ m: Number(st.mode & 0o7777n), mt: st.mtimeNs.toString(), uid: Number(st.uid), gid: Number(st.gid) });
  const tarMeta = (st: BigIntStats) => ({ mode: Number(st.mode & 0o7777n), uid: Number(st.uid), gid: Number(st.gid), mtime: new Date(Number(st.mtimeNs / 1_000_000n)) });
  const add = async (r: IndexRecord) => {
    await index.add(r);
    // The root's own mode and times are restored, but (as in every fingerprint) not counted.
    if (r.p === '') return;
    const e = indexEntry(r);
    const type = e.type;
    fp.add(e);
    if (type === 'f') {
      stats.files++;
      stats.bytes += r.s ?? 0;
    } else if (type === 'd') stats.dirs++;
    else stats.symlinks++;
  };

  /** Reads the file into the tar (header first, from the open file's own stat), hashing what it writes. */
  const store = async (w: WalkEntry): Promise<IndexRecord | undefined> => {
    const opened = await openRegular(w.abs, w.rel, warn);
    if (!opened) return undefined;
    const { fh, st } = opened;
    try {
      const size = Number(st.size);
      const intoTar = full || size > 0;
      if (intoTar) await tar.header({ path: w.rel, type: 'File', size, ...tarMeta(st) });
      const h = createHash('sha256');
      let left = size;
      while (left > 0) {
        // PIPELINE_CHUNK reads: each read is a round trip to the libuv pool, and 64 KiB ones made a
        // backup without compression spend a quarter of its time waiting for them.
        const buf = Buffer.allocUnsafe(Math.min(PIPELINE_CHUNK, left));
        const { bytesRead } = await fh.read(buf, 0, buf.length, null);
        if (bytesRead === 0) break;
        const chunk = bytesRead === buf.length ? buf : buf.subarray(0, bytesRead);
        h.update(chunk);
        await tar.data(chunk);
        left -= bytesRead;
      }
      if (left > 0) {
        // The header promised `size` bytes: a file that shrank is padded with zeros (as GNU tar does) and said so.
        warn(`'${w.rel}' shrank while it was read; the backup holds it padded with zeros (the next incremental stores it again)`);
        while (left > 0) {
          const z = Buffer.alloc(Math.min(STREAM_CHUNK, left));
          h.update(z);
          await tar.data(z);
          left -= z.length;
        }
      }
      if (intoTar) await tar.pad(size);
      const after = await fh.stat({ bigint: true });
      if (after.size !== st.size || after.mtimeNs !== st.mtimeNs) {
        warn(`'${w.rel}' changed while it was read; the backup holds what was read (the next incremental stores it again)`);
      }
      stats.storedFiles++;
      stats.storedBytes += size;
      const sha = h.digest('hex');
      // The stat taken before reading is recorded: a change during the read leaves a newer mtime, which the next incremental sees.
      return { p: w.rel, t: 'f', ...meta(st), s: size, sha, ...(size > 0 ? { in: spec.backupId } : {}), ct: st.ctimeNs.toString() };
    } finally {
      await fh.close();
    }
  };

  for await (const w of walkSorted(spec.root, spec.accept, warn)) {
    spec.onEntry();
    const prev = await cursor.seek(w.rel);
    const st = w.st;
    if (st.isDirectory()) {
      // An incremental's tar holds only content, plus the root entry: a tar with no entry at all is not a tar to most readers.
      if (full || w.rel === '') await tar.header({ path: w.rel, type: 'Directory', size: 0, ...tarMeta(st) });
      await add({ p: w.rel, t: 'd', ...meta(st) });
    } else if (st.isSymbolicLink()) {
      let target: string;
      try {
        target = await fs.readlink(w.abs);
      } catch (err) {
        warn(`cannot read symlink '${w.rel}' (${errorCode(err) ?? errorMessage(err)}); skipped`);
        continue;
      }
      if (spec.escapes(w.rel, target)) externalLinks.push(w.rel);
      if (full) await tar.header({ path: w.rel, type: 'SymbolicLink', size: 0, linkpath: target, ...tarMeta(st) });
      await add({ p: w.rel, t: 'l', ...meta(st), to: target });
    } else if (st.isFile()) {
      const key = st.nlink > 1n ? `${st.dev}:${st.ino}` : undefined;
      const first = key ? firstNames.get(key) : undefined;
      if (first) {
        if (full) await tar.header({ path: w.rel, type: 'Link', size: 0, linkpath: first.p, ...tarMeta(st) });
        await add({ p: w.rel, t: 'h', ...meta(st), s: first.s, sha: first.sha, to: first.p });
        continue;
      }
      let decision = full ? 'store' : contentDecision(prev, st, racyFrom);
      let rec: IndexRecord | undefined;
      if (decision === 'hash') {
        stats.hashedFiles++;
        const opened = await openRegular(w.abs, w.rel, warn);
        if (!opened) continue;
        try {
          const sha = await hashOpen(opened.fh, hashBuf);
          const same = sha === prev!.sha && opened.st.size === st.size && opened.st.mtimeNs === st.mtimeNs;
          decision = same ? 'reuse' : 'store';
        } finally {
          await opened.fh.close();
        }
      }
      if (decision === 'reuse') {
        stats.reusedFiles++;
        rec = { p: w.rel, t: 'f', ...meta(st), s: Number(st.size), sha: prev!.sha!, ...(prev!.in ? { in: prev!.in } : {}), ct: st.ctimeNs.toString() };
      } else {
        rec = await store(w);
        if (!rec) continue;
      }
      if (key) firstNames.set(key, { p: rec.p, s: rec.s!, sha: rec.sha! });
      await add(rec);
    } else {
      const kind = st.isSocket() ? 'socket' : st.isFIFO() ? 'FIFO' : 'device';
      warn(`'${w.rel}' is a ${kind}: skipped (sockets, FIFOs and devices are not backed up)`);
    }
  }
  await cursor.finish();
  stats.deleted = cursor.deleted;
  await tar.finish();
  await index.finish();
  return { fingerprint: fp.result(), warnings, stats, empty: fp.empty, externalLinks };
}
