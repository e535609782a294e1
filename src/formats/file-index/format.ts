import { BACKUP_ID_PATTERN } from '../../catalog/manifest.js';

/**
 * The file index of a directory backup (SPEC.md beside this file): one JSON
 * line per entry of the tree at the backup's point, in path order, naming for
 * each file the backup whose tar holds its content. Incremental backups are
 * planned by merging the current walk with the parent's index, and restores
 * by merging each tar of the chain with the index of the restored point; both
 * are merges of two sorted streams, so the order below is the whole contract.
 */
export const FILE_INDEX_FORMAT = 'bakup/file-index';
export const FILE_INDEX_VERSION = 1;
export const FILE_INDEX_KIND = 'file-index';
export const FILE_INDEX_BASENAME = 'files.index.jsonl';

/** f: regular file; d: directory; l: symlink; h: another name (hard link) of an earlier file of this index. */
export type IndexType = 'f' | 'd' | 'l' | 'h';

export interface IndexRecord {
  /** Path relative to the root, '/'-separated; '' is the root itself. */
  p: string;
  t: IndexType;
  /** Permission bits with setuid/setgid/sticky (mode & 0o7777). */
  m: number;
  /** mtime in nanoseconds since the epoch, as a decimal string (ns do not fit a JSON number). */
  mt: string;
  uid?: number;
  gid?: number;
  /** f, h: size in bytes. */
  s?: number;
  /** f, h: SHA-256 of the content. */
  sha?: string;
  /** f with content (s > 0): the id of the backup whose tar holds it. */
  in?: string;
  /** f: ctime in nanoseconds: not restored, only a reason to re-hash a file whose size and mtime did not change. */
  ct?: string;
  /** l: the link target as stored; h: the path of the first name of the same file in this index. */
  to?: string;
}

export interface IndexHeader {
  format: typeof FILE_INDEX_FORMAT;
  version: number;
  /** The backup this index belongs to. */
  backup: string;
  /** The parent backup (incrementals) or null. */
  parent: string | null;
  /** When the walk started (ISO-8601): the point the index describes, and the reference of the racy-mtime rule. */
  started: string;
}

export interface IndexTrailer {
  end: true;
  entries: number;
}

/**
 * Path order: component by component, each compared as UTF-8 bytes (a shorter
 * prefix first). That is the order of a depth-first walk that visits the
 * names of each directory sorted by their bytes, so `a` < `a/z` < `a-b`.
 * Implemented as a byte comparison in which '/' ranks below every other byte
 * (no name contains '/' or NUL, and UTF-8 continuation bytes never equal '/').
 */
export function comparePaths(a: string, b: string): number {
  if (a === b) return 0;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) {
    let cx = x[i]!;
    let cy = y[i]!;
    if (cx === cy) continue;
    if (cx === 0x2f) cx = 0;
    if (cy === 0x2f) cy = 0;
    return cx - cy;
  }
  return x.length - y.length;
}

/** The order of names inside one directory (UTF-8 bytes), which makes a depth-first walk follow comparePaths. */
export function compareNames(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

export function parentOf(p: string): string {
  const i = p.lastIndexOf('/');
  return i < 0 ? '' : p.slice(0, i);
}

/** True when `p` lies inside directory `dir` ('' is the root, which holds everything else). */
export function isInside(p: string, dir: string): boolean {
  return dir === '' ? p !== '' : p.length > dir.length && p.startsWith(dir) && p.charCodeAt(dir.length) === 0x2f;
}

/** Why a path cannot be in an index (absolute, '..', empty components…), or undefined when it is fine. */
export function badPath(p: string): string | undefined {
  if (p === '') return undefined;
  if (p.includes('\0')) return 'contains NUL';
  if (p.startsWith('/') || /^[a-zA-Z]:[\\/]/.test(p)) return 'is absolute';
  for (const part of p.split('/')) {
    if (part === '') return 'has an empty component';
    if (part === '.' || part === '..') return `has a '${part}' component`;
  }
  return undefined;
}

const SHA256 = /^[0-9a-f]{64}$/;
const NS = /^-?\d{1,22}$/;

/** Checks one decoded line; returns why it is not a valid record, or undefined. */
export function recordProblem(r: unknown): string | undefined {
  if (typeof r !== 'object' || r === null) return 'not an object';
  const x = r as Record<string, unknown>;
  if (typeof x.p !== 'string') return 'no path';
  const bad = badPath(x.p);
  if (bad) return `path '${x.p.slice(0, 200)}' ${bad}`;
  if (!['f', 'd', 'l', 'h'].includes(x.t as string)) return `unknown type '${String(x.t)}'`;
  if (!Number.isInteger(x.m) || (x.m as number) < 0 || (x.m as number) > 0o7777) return 'bad mode';
  if (typeof x.mt !== 'string' || !NS.test(x.mt)) return 'bad mtime';
  for (const k of ['uid', 'gid'] as const) if (x[k] !== undefined && (!Number.isInteger(x[k]) || (x[k] as number) < 0)) return `bad ${k}`;
  if (x.p === '' && x.t !== 'd') return 'the root is not a directory';
  if (x.t === 'f' || x.t === 'h') {
    if (!Number.isSafeInteger(x.s) || (x.s as number) < 0) return 'bad size';
    if (typeof x.sha !== 'string' || !SHA256.test(x.sha)) return 'bad sha';
  }
  if (x.t === 'f') {
    if ((x.s as number) > 0) {
      if (typeof x.in !== 'string' || !BACKUP_ID_PATTERN.test(x.in)) return 'a file with content names no backup holding it';
    } else if (x.in !== undefined) return 'an empty file names a backup holding its content';
    if (x.ct !== undefined && (typeof x.ct !== 'string' || !NS.test(x.ct))) return 'bad ctime';
  }
  if (x.t === 'l' || x.t === 'h') {
    if (typeof x.to !== 'string' || x.to === '' || x.to.includes('\0')) return 'bad link target';
  }
  if (x.t === 'h') {
    const b = badPath(x.to as string);
    if (b) return `hard link target ${b}`;
    if (comparePaths(x.to as string, x.p) >= 0) return 'a hard link names a later path as its first name';
  }
  return undefined;
}

/** One JSON line (with its newline); keys in a fixed order so equal trees give equal bytes. */
export function encodeRecord(r: IndexRecord): string {
  const o: Record<string, unknown> = { p: r.p, t: r.t, m: r.m, mt: r.mt };
  if (r.uid !== undefined) o.uid = r.uid;
  if (r.gid !== undefined) o.gid = r.gid;
  if (r.s !== undefined) o.s = r.s;
  if (r.sha !== undefined) o.sha = r.sha;
  if (r.in !== undefined) o.in = r.in;
  if (r.ct !== undefined) o.ct = r.ct;
  if (r.to !== undefined) o.to = r.to;
  return `${JSON.stringify(o)}\n`;
}

/** Nanoseconds (BigInt) to whole seconds, rounding down also before 1970 (what a directory walk reports). */
export function nsToSeconds(ns: bigint): number {
  const q = ns / 1_000_000_000n;
  return Number(ns < 0n && q * 1_000_000_000n !== ns ? q - 1n : q);
}

/** Nanoseconds to fractional seconds for utimes (microsecond precision survives the double). */
export function nsToUtime(ns: bigint): number {
  const s = nsToSeconds(ns);
  return s + Number(ns - BigInt(s) * 1_000_000_000n) / 1e9;
}
