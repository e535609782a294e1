import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, type Stats } from 'node:fs';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { PassThrough } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { once } from 'node:events';
import picomatch from 'picomatch';
import * as tar from 'tar';
import type { Fingerprint, Manifest } from '../../catalog/manifest.js';
import { UsageError, VerificationError, errorCode, errorMessage } from '../../errors.js';
import { FILE_INDEX_BASENAME, FILE_INDEX_KIND, nsToUtime } from '../../formats/file-index/format.js';
import type {
  ArtifactIn,
  ArtifactOut,
  BackupOutcome,
  IncrementalBase,
  IncrementalPlan,
  RestoreChainOptions,
  RestoreReport,
  Source,
  SourceContext,
  SourceOptions,
} from '../source.js';
import { indexArtifact, openIndex, restoreChain } from './chain-restore.js';
import { describeTreeDifference, fingerprintTree, normalizeTarPath } from './fingerprint.js';
import { writeSnapshot, type SnapshotSpec } from './snapshot.js';
import { STREAM_CHUNK } from '../../pipeline/buffers.js';

/** Prefix of the folder a restore extracts into before moving entries into place. */
export const STAGING_PREFIX = '.bakup-restore-';

/**
 * A directory tree. A backup is a tar (POSIX ustar with pax headers where
 * needed, readable by any tar) plus a file index of the tree at that point
 * (src/formats/file-index/SPEC.md). A full backup's tar holds every entry; an
 * incremental's holds only the content of new and changed files, and its
 * index says, for every file, which backup of the chain holds the content.
 * Restore rebuilds the point's tree in a staging folder inside the target,
 * checks it against the manifest's fingerprint, and only then moves entries
 * into place, so a failed restore leaves the target as it was.
 */
export class FilesSource implements Source {
  readonly kind = 'files';
  readonly location: string;
  private readonly include?: picomatch.Matcher;
  private readonly exclude?: picomatch.Matcher;

  constructor(
    readonly root: string,
    private readonly opts: SourceOptions = {},
  ) {
    this.location = root;
    const globOpts = { dot: true };
    if (opts.include?.length) this.include = picomatch(opts.include, globOpts);
    if (opts.exclude?.length) this.exclude = picomatch(opts.exclude, globOpts);
  }

  defaultName(): string {
    const base = path.basename(this.root).replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[^A-Za-z0-9]+/, '');
    return base || 'files';
  }

  /** Include patterns select files and links; directories are kept unless excluded, so the structure survives. */
  private selected(rel: string, isDir: boolean): boolean {
    if (rel === '') return true;
    if (this.exclude && (this.exclude(rel) || (isDir && this.exclude(`${rel}/`)))) return false;
    if (this.include && !isDir && !this.include(rel)) return false;
    return true;
  }

  private async statRoot(flag: string): Promise<Stats | undefined> {
    try {
      const st = await fs.stat(this.root);
      if (!st.isDirectory()) throw new UsageError(`${flag}: '${this.root}' is not a directory`);
      return st;
    } catch (err) {
      if (errorCode(err) === 'ENOENT') return undefined;
      if (err instanceof UsageError) throw err;
      throw new UsageError(`${flag}: cannot read '${this.root}': ${errorMessage(err)}`);
    }
  }

  /**
   * An incremental needs the parent's file index: a backup written before indexes existed, or one this job
   * cannot decrypt (recipient-encrypted without --identity-file), cannot be continued.
   */
  async planIncremental(_ctx: SourceContext, base: IncrementalBase): Promise<IncrementalPlan> {
    const link = base.chain[base.chain.length - 1]!;
    const art = indexArtifact(link.artifacts);
    if (!art) {
      return { incremental: false, reason: `the newest backup (${link.manifest.id}) has no file index (it predates incremental directory backups); a full backup starts a chain` };
    }
    try {
      (await openIndex(link)).close();
    } catch (err) {
      return { incremental: false, reason: `cannot read the file index of ${link.manifest.id} (an incremental compares with it): ${errorMessage(err)}` };
    }
    return { incremental: true };
  }

  /**
   * Two artifacts: the tar (every entry for a full backup; the content of new and changed files for an
   * incremental) and the file index of the whole tree at this point. The index is written to a temporary
   * file while the tar streams out (its digests are known only once the files are read), then streamed
   * from there; the file is unlinked as soon as it is open for reading.
   */
  async *backup(ctx: SourceContext, base?: IncrementalBase): AsyncGenerator<ArtifactOut, BackupOutcome, void> {
    if (!(await this.statRoot('--source'))) throw new UsageError(`--source: directory '${this.root}' does not exist`);
    if (!ctx.backupId) throw new Error('a files backup needs its backup id (SourceContext.backupId)');
    const started = new Date();
    let parent: SnapshotSpec['parent'];
    if (base) {
      const link = base.chain[base.chain.length - 1]!;
      if (!indexArtifact(link.artifacts)) throw new VerificationError(`backup ${link.manifest.id} has no file index to build an incremental on`);
      const reader = await openIndex(link);
      parent = { reader, header: await reader.header(), id: link.manifest.id };
    }
    const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'bakup-index-'));
    const removeTmp = () => fs.rm(tmp, { recursive: true, force: true }).catch(() => undefined);
    const indexFile = path.join(tmp, 'index.jsonl');
    const indexOut = createWriteStream(indexFile, { mode: 0o600, highWaterMark: STREAM_CHUNK });
    const tarOut = new PassThrough({ highWaterMark: STREAM_CHUNK });
    try {
      const work = writeSnapshot({
        root: this.root,
        backupId: ctx.backupId,
        started,
        accept: (rel, isDir) => this.selected(rel, isDir),
        parent,
        tarOut,
        indexOut,
        onEntry: () => ctx.progress.addItems(1),
        escapes,
      }).catch(async (err: unknown) => {
        // The consumer sees the failure on the tar stream; nothing is left behind.
        tarOut.destroy(err as Error);
        indexOut.destroy();
        parent?.reader.close();
        await removeTmp();
        throw err;
      });
      work.catch(() => undefined);
      yield { baseName: 'files.tar', kind: 'tar', contentType: 'application/x-tar', stream: tarOut };
      const snap = await work;
      const indexIn = createReadStream(indexFile, { highWaterMark: STREAM_CHUNK });
      try {
        await once(indexIn, 'open');
      } finally {
        // Unlinked while open (POSIX): a crash from here on leaves no temporary file. Elsewhere it goes on close.
        await fs.rm(tmp, { recursive: true, force: true }).catch(() => indexIn.once('close', () => void removeTmp()));
      }
      yield { baseName: FILE_INDEX_BASENAME, kind: FILE_INDEX_KIND, contentType: 'application/x-ndjson', stream: indexIn };
      const warnings = [...snap.warnings];
      if (snap.empty) warnings.push(`source directory '${this.root}' is empty: the backup holds nothing (wrong path?)`);
      if (snap.externalLinks.length) {
        warnings.push(
          `${snap.externalLinks.length} symlink(s) point outside the source tree (e.g. '${snap.externalLinks[0]}'); they are stored as links, and restoring them needs --allow-external-links`,
        );
      }
      const st = snap.stats;
      if (parent) {
        ctx.log.info(
          `incremental: ${st.storedFiles} new or changed file(s) stored (${st.storedBytes} bytes), ${st.reusedFiles} unchanged, ${st.deleted} gone since ${parent.id}, ${st.hashedFiles} compared by SHA-256`,
        );
      }
      return {
        fingerprint: snap.fingerprint,
        warnings,
        stats: { ...snap.fingerprint.summary, storedFiles: st.storedFiles, storedBytes: st.storedBytes, reusedFiles: st.reusedFiles, hashedFiles: st.hashedFiles, deleted: st.deleted },
        // The tree is read after this moment: every change made before it is in the backup.
        span: { to: { time: started.toISOString() }, replayable: false },
      };
    } finally {
      // A backup that stops early (every destination failed) returns this generator: the snapshot, if still
      // running, fails on its tar stream, and the temporary index (every file name) does not stay behind.
      if (!tarOut.writableFinished) tarOut.destroy();
      await removeTmp();
    }
  }

  async restore(ctx: SourceContext, manifest: Manifest, artifacts: ArtifactIn[], chain?: RestoreChainOptions): Promise<RestoreReport> {
    const links = chain?.chain ?? [{ manifest, artifacts }];
    const indexed = !!indexArtifact(artifacts);
    const tarArtifact = artifacts.find((a) => a.record.kind === 'tar');
    if (!indexed && links.length > 1) throw new VerificationError(`backup ${manifest.id} is an incremental without a file index`);
    if (!indexed && !tarArtifact) throw new VerificationError(`backup ${manifest.id} has no tar artifact`);
    const target = this.root;
    const existed = await this.prepareTarget();
    const staging = path.join(target, `${STAGING_PREFIX}${randomBytes(6).toString('hex')}`);
    await fs.mkdir(staging, { mode: 0o700 });
    const warnings: string[] = [];
    try {
      let placed: Placed;
      if (indexed) {
        const r = await restoreChain({
          links,
          staging,
          accept: (rel, isDir) => this.selected(rel, isDir),
          allowExternalLinks: !!this.opts.allowExternalLinks,
          escapes,
          unsafeEntry: (rel, e) => unsafeEntry(rel, e, !!this.opts.allowExternalLinks),
          onEntry: () => ctx.progress.addItems(1),
        });
        warnings.push(...r.warnings);
        placed = {
          root: r.root ? { mode: r.root.m, time: nsToUtime(BigInt(r.root.mt)) } : undefined,
          topDirs: r.topDirs.map((d) => ({ rel: d.p, time: nsToUtime(BigInt(d.mt)) })),
          entries: r.entries,
          external: r.external,
        };
      } else {
        // Backups written before file indexes: one tar, extracted as a whole.
        const meta = await this.extract(await tarArtifact!.open(), staging, ctx);
        await applyTimes(staging, meta);
        placed = {
          root: meta.root ? { mode: meta.root.mode, time: meta.root.mtimeSec } : undefined,
          topDirs: meta.dirs.filter((d) => !d.rel.includes('/')).map((d) => ({ rel: d.rel, time: d.mtimeSec })),
          entries: meta.entries,
          external: meta.external.length,
        };
      }
      const selective = !!(this.include || this.exclude);
      let fingerprint: Fingerprint | undefined;
      if (!selective) {
        fingerprint = await fingerprintTree(staging);
        if (fingerprint.digest !== manifest.fingerprint.digest) {
          throw new VerificationError(
            `restored tree does not match the backup's fingerprint: ${describeTreeDifference(manifest.fingerprint, fingerprint, 'restored')}`,
          );
        }
      }
      await moveIntoPlace(staging, target);
      // Removing the (now empty) staging folder touches the target: before its own time is set.
      await fs.rmdir(staging);
      // Renames touch the moved folders' parents: put the recorded times back.
      for (const d of placed.topDirs) await fs.utimes(path.join(target, d.rel), d.time, d.time);
      if (placed.root && (!existed || this.opts.overwrite)) {
        await fs.chmod(target, placed.root.mode & 0o7777);
        await fs.utimes(target, placed.root.time, placed.root.time);
      }
      if (placed.external) warnings.push(`${placed.external} symlink(s) pointing outside the target were restored as asked`);
      return {
        summary: fingerprint ? { ...fingerprint.summary } : { entries: placed.entries },
        ...(fingerprint ? { fingerprint } : {}),
        warnings,
      };
    } finally {
      await discard(staging);
    }
  }

  /** Creates the target if needed; refuses a non-empty one unless overwrite was asked. Returns whether it existed. */
  private async prepareTarget(): Promise<boolean> {
    const st = await this.statRoot('--target');
    if (!st) {
      await fs.mkdir(this.root, { recursive: true });
      return false;
    }
    const names = (await fs.readdir(this.root)).filter((n) => !n.startsWith(STAGING_PREFIX));
    if (names.length > 0 && !this.opts.overwrite) {
      throw new UsageError(`--target: directory '${this.root}' is not empty (${names.length} entries); use --overwrite to restore over it`);
    }
    return true;
  }

  private async extract(input: NodeJS.ReadableStream, staging: string, ctx: SourceContext): Promise<ExtractMeta> {
    const meta: ExtractMeta = { dirs: [], links: [], external: [], entries: 0 };
    let violation: Error | undefined;
    const unpack = tar.x({
      cwd: staging,
      chmod: true,
      processUmask: 0,
      maxDepth: Infinity,
      strict: true,
      filter: (p: string, entry: unknown) => {
        const e = entry as tar.ReadEntry;
        const rel = normalizeTarPath(p);
        const problem = unsafeEntry(rel, e, !!this.opts.allowExternalLinks);
        if (problem) {
          violation ??= new VerificationError(problem);
          unpack.abort(violation);
          return false;
        }
        if (rel === '') {
          meta.root = { mode: e.mode ?? 0o755, mtimeSec: mtimeSec(e) };
          return false;
        }
        if (!this.selected(rel, e.type === 'Directory')) return false;
        meta.entries++;
        ctx.progress.addItems(1);
        if (e.type === 'Directory') meta.dirs.push({ rel, mtimeSec: mtimeSec(e) });
        if (e.type === 'SymbolicLink') {
          const link = { rel, target: e.linkpath ?? '', mtimeSec: mtimeSec(e) };
          meta.links.push(link);
          // Links that leave the tree are created after every file is written, so nothing is written through them.
          if (escapes(rel, link.target)) {
            meta.external.push(link);
            return false;
          }
        }
        return true;
      },
    });
    try {
      await pipeline(input, unpack as unknown as NodeJS.WritableStream);
    } catch (err) {
      if (violation) throw violation;
      // tar rejecting its input before the digest check at the end of the stream: the bytes are corrupt.
      if (errorCode(err)?.startsWith('TAR_')) throw new VerificationError(`tar archive is corrupt: ${errorMessage(err)}`, { cause: err });
      throw err;
    }
    if (violation) throw violation;
    for (const link of meta.external) await fs.symlink(link.target, path.join(staging, link.rel));
    return meta;
  }

  async fingerprint(): Promise<Fingerprint> {
    if (!(await this.statRoot('--target'))) throw new UsageError(`--target: directory '${this.root}' does not exist`);
    return fingerprintTree(this.root, (rel, isDir) => !rel.startsWith(STAGING_PREFIX) && this.selected(rel, isDir));
  }
}

/** What a restore placed, whichever way it was read: what the final steps on the target need. */
interface Placed {
  root?: { mode: number; time: number };
  topDirs: { rel: string; time: number }[];
  entries: number;
  external: number;
}

interface ExtractMeta {
  root?: { mode: number; mtimeSec: number };
  dirs: { rel: string; mtimeSec: number }[];
  links: { rel: string; target: string; mtimeSec: number }[];
  external: { rel: string; target: string; mtimeSec: number }[];
  entries: number;
}

function mtimeSec(e: { mtime?: Date }): number {
  return e.mtime ? Math.floor(e.mtime.getTime() / 1000) : 0;
}

/** True when a symlink at `rel` with this target resolves outside the tree (absolute, or climbing above the root). */
function escapes(rel: string, target: string): boolean {
  if (path.posix.isAbsolute(target) || /^[a-zA-Z]:[\\/]/.test(target)) return true;
  const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(rel), target));
  return resolved === '..' || resolved.startsWith('../');
}

/** Why an archive entry must not be extracted, whatever the archive says; undefined when it is safe. */
function unsafeEntry(rel: string, e: tar.ReadEntry, allowExternalLinks: boolean): string | undefined {
  const raw = e.path;
  if (path.posix.isAbsolute(raw) || /^[a-zA-Z]:[\\/]/.test(raw)) return `archive entry '${raw}' has an absolute path; refusing to restore it`;
  if (rel.split('/').includes('..')) return `archive entry '${raw}' climbs out of the target with '..'; refusing to restore it`;
  if (e.type === 'Link' && e.linkpath) {
    const lp = normalizeTarPath(e.linkpath);
    if (path.posix.isAbsolute(e.linkpath) || lp.split('/').includes('..')) return `hard link '${raw}' points outside the target ('${e.linkpath}')`;
  }
  if (e.type === 'SymbolicLink' && e.linkpath !== undefined && escapes(rel, e.linkpath) && !allowExternalLinks) {
    return `symlink '${rel}' points outside the target ('${e.linkpath}'); restore with --allow-external-links to create it anyway`;
  }
  if (!['File', 'OldFile', 'ContiguousFile', 'Directory', 'SymbolicLink', 'Link'].includes(e.type)) {
    return `archive entry '${raw}' has unsupported type ${e.type}`;
  }
  return undefined;
}

/** Sets recorded mtimes on links and directories (deepest first, since writing into a folder changes its mtime). */
async function applyTimes(base: string, meta: Pick<ExtractMeta, 'dirs' | 'links'>): Promise<void> {
  for (const l of meta.links) {
    await fs.lutimes(path.join(base, l.rel), l.mtimeSec, l.mtimeSec).catch(() => undefined);
  }
  const dirs = [...meta.dirs].sort((a, b) => b.rel.split('/').length - a.rel.split('/').length);
  for (const d of dirs) await fs.utimes(path.join(base, d.rel), d.mtimeSec, d.mtimeSec);
}

/**
 * Removes a staging folder. tar may still have file operations in flight after a
 * failure; renaming the folder first makes them fail (their paths no longer
 * resolve) instead of recreating entries behind the removal.
 */
async function discard(staging: string): Promise<void> {
  const trash = `${staging}-discard`;
  await fs.rename(staging, trash).catch(() => undefined);
  await fs.rm(trash, { recursive: true, force: true });
  await fs.rm(staging, { recursive: true, force: true });
}

async function moveIntoPlace(staging: string, target: string): Promise<void> {
  for (const name of await fs.readdir(staging)) {
    const dest = path.join(target, name);
    await fs.rm(dest, { recursive: true, force: true });
    await fs.rename(path.join(staging, name), dest);
  }
}

