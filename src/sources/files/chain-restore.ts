import { createHash } from 'node:crypto';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import type * as tar from 'tar';
import { VerificationError, errorCode, errorMessage } from '../../errors.js';
import { FILE_INDEX_KIND, comparePaths, isInside, nsToUtime, type IndexRecord } from '../../formats/file-index/format.js';
import { FileIndexReader } from '../../formats/file-index/reader.js';
import type { ArtifactIn, ChainLink } from '../source.js';
import { TreeFingerprint, describeTreeDifference, indexEntry, normalizeTarPath } from './fingerprint.js';
import { readEntry, skipEntry, tarEntries } from './tar-stream.js';

export interface ChainRestoreSpec {
  /** Every link from the full backup to the restored point (the last). */
  links: ChainLink[];
  staging: string;
  accept: (rel: string, isDir: boolean) => boolean;
  allowExternalLinks: boolean;
  escapes: (rel: string, target: string) => boolean;
  /** Why a tar entry must not be used at all, whatever the index says (the same rules as a plain tar restore). */
  unsafeEntry: (rel: string, e: tar.ReadEntry) => string | undefined;
  onEntry: () => void;
}

export interface ChainRestoreResult {
  /** The root's record: its mode and times go onto the target itself. */
  root?: IndexRecord;
  /**
   * Top-level directories: moving them out of the staging folder touches their times, which are set again.
   * (The one list a restore keeps: as long as the root's own listing, like the walk's.)
   */
  topDirs: { p: string; mt: string }[];
  entries: number;
  /** Symlinks pointing outside the target, created because the restore allowed them. */
  external: number;
  warnings: string[];
}

const FILE_TYPES = new Set(['File', 'OldFile', 'ContiguousFile']);

export function indexArtifact(artifacts: ArtifactIn[]): ArtifactIn | undefined {
  return artifacts.find((a) => a.record.kind === FILE_INDEX_KIND);
}

/** Opens a link's file index and checks it is that backup's own (its header names the backup). */
export async function openIndex(link: ChainLink): Promise<FileIndexReader> {
  const art = indexArtifact(link.artifacts);
  if (!art) throw new VerificationError(`backup ${link.manifest.id} has no file index`);
  const reader = new FileIndexReader(await art.open(), `${link.manifest.name}/${link.manifest.id}/${art.record.name}`);
  const header = await reader.header();
  if (header.backup !== link.manifest.id) {
    reader.close();
    throw new VerificationError(`${link.manifest.id}/${art.record.name} is the file index of another backup (${header.backup})`);
  }
  return reader;
}

/** The records a restore selects: include/exclude as the plain restore applies them; an unselected directory hides its subtree. */
async function* selectedRecords(
  reader: FileIndexReader,
  accept: (rel: string, isDir: boolean) => boolean,
  every?: (r: IndexRecord) => void,
): AsyncGenerator<IndexRecord, void, void> {
  let hidden: string | undefined;
  for await (const r of reader.records()) {
    every?.(r);
    if (hidden !== undefined && isInside(r.p, hidden)) continue;
    hidden = undefined;
    if (r.p !== '' && !accept(r.p, r.t === 'd')) {
      if (r.t === 'd') hidden = r.p;
      continue;
    }
    yield r;
  }
}

async function writeAll(fh: fs.FileHandle, chunk: Buffer): Promise<void> {
  let off = 0;
  while (off < chunk.length) off += (await fh.write(chunk, off, chunk.length - off)).bytesWritten;
}

/**
 * Rebuilds the tree of the chain's last point in `staging`, from that point's
 * file index and the tars of the links that hold its content:
 * 1. one pass over the index checks it and creates directories and empty files;
 * 2. each link's tar (full backup first) is read alongside the index (two
 *    sorted streams) and only the files whose content the index assigns to
 *    that link are extracted, each checked against its size and SHA-256;
 * 3. a last pass creates hard links and symlinks and sets owners, modes and
 *    times, each directory's once everything inside it is done.
 * Deleted files are never written (they are not in the index); every path's
 * parent is a directory of the index, created here, so nothing is written
 * through a symlink, and symlinks come last.
 */
export async function restoreChain(spec: ChainRestoreSpec): Promise<ChainRestoreResult> {
  const { links, staging } = spec;
  const tip = links[links.length - 1]!;
  const ids = new Set(links.map((l) => l.manifest.id));
  const needed = new Map<string, number>();
  const warnings: string[] = [];
  const result: ChainRestoreResult = { topDirs: [], entries: 0, external: 0, warnings };

  // 1. Check the index; directories (owner-only until their final mode is set) and empty files.
  // The index is checked against the manifest's fingerprint as it is read: once it matches, every file's
  // size and SHA-256 in it are the backup's own, and a file whose content differs is named by its path.
  const indexed = new TreeFingerprint();
  const fingerprintIndex = (r: IndexRecord) => {
    if (r.p !== '') indexed.add(indexEntry(r));
  };
  for await (const r of selectedRecords(await openIndex(tip), spec.accept, fingerprintIndex)) {
    if (r.p === '') {
      result.root = r;
      continue;
    }
    result.entries++;
    spec.onEntry();
    const dest = path.join(staging, r.p);
    if (r.t === 'd') await fs.mkdir(dest, { mode: 0o700 });
    else if (r.t === 'f') {
      if (r.s === 0) await (await fs.open(dest, 'wx', 0o600)).close();
      else if (!ids.has(r.in!)) {
        throw new VerificationError(`the file index of ${tip.manifest.id} puts the content of '${r.p}' in backup ${r.in}, which is not in its chain`);
      } else needed.set(r.in!, (needed.get(r.in!) ?? 0) + 1);
    } else if (r.t === 'l' && spec.escapes(r.p, r.to!)) {
      if (!spec.allowExternalLinks) {
        throw new VerificationError(`symlink '${r.p}' points outside the target ('${r.to}'); restore with --allow-external-links to create it anyway`);
      }
      result.external++;
    }
  }

  const recorded = tip.manifest.fingerprint;
  const fromIndex = indexed.result();
  if (fromIndex.digest !== recorded.digest) {
    throw new VerificationError(
      `the file index of ${tip.manifest.id} does not match the backup's fingerprint (it was altered after the backup): ${describeTreeDifference(recorded, fromIndex, 'in the index')}`,
    );
  }

  // 2. Content, link by link.
  for (const link of links) {
    const count = needed.get(link.manifest.id) ?? 0;
    if (count === 0) continue;
    await extractFromLink(spec, link, tip, count);
  }

  // 3. Links, owners, modes, times; directories when their subtree is complete.
  const asRoot = process.getuid?.() === 0;
  const open: IndexRecord[] = [];
  const finishDir = (r: IndexRecord) => setMeta(path.join(staging, r.p), r, false, asRoot);
  for await (const r of selectedRecords(await openIndex(tip), spec.accept)) {
    if (r.p === '') continue;
    while (open.length && !isInside(r.p, open[open.length - 1]!.p)) await finishDir(open.pop()!);
    const dest = path.join(staging, r.p);
    if (r.t === 'd') {
      open.push(r);
      if (!r.p.includes('/')) result.topDirs.push({ p: r.p, mt: r.mt });
    } else if (r.t === 'f') {
      await setMeta(dest, r, false, asRoot);
    } else if (r.t === 'l') {
      await fs.symlink(r.to!, dest);
      await setMeta(dest, r, true, asRoot);
    } else {
      try {
        await fs.link(path.join(staging, r.to!), dest);
      } catch (err) {
        if (errorCode(err) !== 'ENOENT') throw err;
        warnings.push(`hard link '${r.p}' not restored: its first name '${r.to}' is not selected`);
      }
    }
  }
  while (open.length) await finishDir(open.pop()!);
  return result;
}

/** Reads one link's tar beside the restored point's index and extracts the files whose content it holds. */
async function extractFromLink(spec: ChainRestoreSpec, link: ChainLink, tip: ChainLink, count: number): Promise<void> {
  const id = link.manifest.id;
  const art = link.artifacts.find((a) => a.record.kind === 'tar');
  if (!art) throw new VerificationError(`backup ${id} has no tar artifact`);
  const what = `${link.manifest.name}/${id}/${art.record.name}`;
  // The index's records whose content is in this link, as a cursor.
  const wanted = (async function* () {
    for await (const r of selectedRecords(await openIndex(tip), spec.accept)) if (r.t === 'f' && r.in === id) yield r;
  })();
  let want = (await wanted.next()).value ?? undefined;
  const missing = (r: IndexRecord) =>
    new VerificationError(`${what}: '${r.p}' is not in this tar, but the file index of ${tip.manifest.id} puts its content there`);
  let prev: string | undefined;
  let extracted = 0;
  try {
    for await (const e of tarEntries(await art.open())) {
      const rel = normalizeTarPath(e.path);
      const problem = spec.unsafeEntry(rel, e);
      if (problem) throw new VerificationError(problem);
      if (prev !== undefined && comparePaths(prev, rel) >= 0) throw new VerificationError(`${what}: entry '${rel}' is out of file-index order (after '${prev}')`);
      prev = rel;
      if (want && comparePaths(want.p, rel) < 0) throw missing(want);
      if (want && want.p === rel) {
        if (!FILE_TYPES.has(e.type)) throw new VerificationError(`${what}: '${rel}' is a ${e.type} entry, but the file index records a file`);
        await extract(e, path.join(spec.staging, rel), want, what);
        extracted++;
        want = (await wanted.next()).value ?? undefined;
      } else await skipEntry(e);
    }
  } catch (err) {
    if (errorCode(err)?.startsWith('TAR_')) throw new VerificationError(`${what}: tar archive is corrupt: ${errorMessage(err)}`, { cause: err });
    throw err;
  } finally {
    await wanted.return(undefined);
  }
  if (want) throw missing(want);
  if (extracted !== count) throw new VerificationError(`${what}: extracted ${extracted} file(s), the file index expects ${count}`);
}

async function extract(e: tar.ReadEntry, dest: string, r: IndexRecord, what: string): Promise<void> {
  if (e.size !== r.s) throw new VerificationError(`${what}: '${r.p}' is ${e.size} bytes in the tar, the file index records ${r.s}`);
  // 'wx': never through an existing name (a symlink planted by anything else would be refused here).
  const fh = await fs.open(dest, 'wx', 0o600);
  const h = createHash('sha256');
  let n = 0;
  try {
    await readEntry(e, (chunk) => {
      h.update(chunk);
      n += chunk.length;
      return writeAll(fh, chunk);
    });
  } finally {
    await fh.close();
  }
  const sha = h.digest('hex');
  if (n !== r.s || sha !== r.sha) {
    throw new VerificationError(
      `restored tree does not match the backup's fingerprint: '${r.p}' from ${what} has ${n} bytes with SHA-256 ${sha.slice(0, 16)}…, the file index records ${r.s} bytes with ${r.sha!.slice(0, 16)}…`,
    );
  }
}

/** Owner (when running as root, like tar), then mode (chown clears setuid/setgid), then times. */
async function setMeta(dest: string, r: IndexRecord, isLink: boolean, asRoot: boolean): Promise<void> {
  if (asRoot && r.uid !== undefined && r.gid !== undefined) await (isLink ? fs.lchown : fs.chown)(dest, r.uid, r.gid);
  if (!isLink) await fs.chmod(dest, r.m);
  const t = nsToUtime(BigInt(r.mt));
  await (isLink ? fs.lutimes : fs.utimes)(dest, t, t);
}
