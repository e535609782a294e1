import { createHash, randomBytes } from 'node:crypto';
import type { Stats } from 'node:fs';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { PassThrough, Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import picomatch from 'picomatch';
import * as tar from 'tar';
import type { Fingerprint, Manifest } from '../../catalog/manifest.js';
import { UsageError, VerificationError, errorCode, errorMessage } from '../../errors.js';
import type { ArtifactIn, ArtifactOut, BackupOutcome, RestoreReport, Source, SourceContext, SourceOptions } from '../source.js';
import { TreeFingerprint, fingerprintTree, normalizeTarPath } from './fingerprint.js';
import { STREAM_CHUNK } from '../../pipeline/buffers.js';

/** Prefix of the folder a restore extracts into before moving entries into place. */
export const STAGING_PREFIX = '.bakup-restore-';

/**
 * A directory tree, backed up as one tar stream (POSIX ustar with pax headers
 * where needed, readable by any tar). Restore extracts into a staging folder
 * inside the target, checks the result against the manifest's fingerprint,
 * and only then moves entries into place, so a failed restore leaves the
 * target as it was.
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

  async *backup(ctx: SourceContext): AsyncGenerator<ArtifactOut, BackupOutcome, void> {
    if (!(await this.statRoot('--source'))) throw new UsageError(`--source: directory '${this.root}' does not exist`);
    const warnings: string[] = [];
    const external: string[] = [];
    const hardlinked = new Set<string>();
    const packer = tar.c(
      {
        cwd: this.root,
        follow: false,
        // tar reads up to 16 MiB per file per job by default; our chunk size keeps the resident set flat.
        maxReadSize: STREAM_CHUNK,
        // Keep sizes of unusual entries honest: sockets and devices are skipped with a warning.
        onwarn: (_code: string, message: string) => warnings.push(message),
        filter: (p: string, st: Stats | tar.ReadEntry) => this.selected(normalizeTarPath(p), (st as Stats).isDirectory()),
        onWriteEntry: (entry: tar.WriteEntry) => {
          // tar's pax encoder tests `instanceof Date`; Stats dates can come from another realm (test VMs).
          const st = entry.stat as Stats | undefined;
          if (st) {
            entry.mtime = new Date(st.mtimeMs);
            st.atime = new Date(st.atimeMs);
            st.ctime = new Date(st.ctimeMs);
          }
          const rel = normalizeTarPath(entry.path);
          if (entry.type === 'SymbolicLink' && entry.linkpath && escapes(rel, entry.linkpath)) external.push(rel);
          if (entry.stat && entry.stat.nlink > 1 && entry.type === 'File') hardlinked.add(rel);
        },
      },
      ['.'],
    );
    const fp = new TarFingerprinter(hardlinked, (n) => ctx.progress.addItems(n));
    const stream = new PassThrough({ highWaterMark: STREAM_CHUNK });
    pipeline(packer as unknown as NodeJS.ReadableStream, fp, stream).catch((err: unknown) => stream.destroy(err as Error));
    yield { baseName: 'files.tar', kind: 'tar', contentType: 'application/x-tar', stream };
    const fingerprint = fp.result();
    if (fp.tree.empty) warnings.push(`source directory '${this.root}' is empty: the backup holds nothing (wrong path?)`);
    if (external.length) {
      warnings.push(
        `${external.length} symlink(s) point outside the source tree (e.g. '${external[0]}'); they are stored as links, and restoring them needs --allow-external-links`,
      );
    }
    return { fingerprint, warnings, stats: fingerprint.summary };
  }

  async restore(ctx: SourceContext, manifest: Manifest, artifacts: ArtifactIn[]): Promise<RestoreReport> {
    const artifact = artifacts.find((a) => a.record.kind === 'tar');
    if (!artifact) throw new VerificationError(`backup ${manifest.id} has no tar artifact`);
    const target = this.root;
    const existed = await this.prepareTarget();
    const staging = path.join(target, `${STAGING_PREFIX}${randomBytes(6).toString('hex')}`);
    await fs.mkdir(staging, { mode: 0o700 });
    const warnings: string[] = [];
    try {
      const meta = await this.extract(await artifact.open(), staging, ctx);
      await applyTimes(staging, meta);
      const selective = !!(this.include || this.exclude);
      let fingerprint: Fingerprint | undefined;
      if (!selective) {
        fingerprint = await fingerprintTree(staging);
        if (fingerprint.digest !== manifest.fingerprint.digest) {
          throw new VerificationError(
            `restored tree does not match the backup's fingerprint (${describeCounts(fingerprint)} restored, ${describeCounts(manifest.fingerprint)} recorded)`,
          );
        }
      }
      await moveIntoPlace(staging, target);
      // Renames touch the moved folders' parents: put the recorded times back.
      await applyTimes(target, { ...meta, dirs: meta.dirs.filter((d) => !d.rel.includes('/')), links: [] });
      if (meta.root && (!existed || this.opts.overwrite)) {
        await fs.chmod(target, meta.root.mode & 0o7777);
        await fs.utimes(target, meta.root.mtimeSec, meta.root.mtimeSec);
      }
      if (meta.external.length) warnings.push(`${meta.external.length} symlink(s) pointing outside the target were restored as asked`);
      return {
        summary: fingerprint ? { ...fingerprint.summary } : { entries: meta.entries },
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

function describeCounts(fp: Fingerprint): string {
  const s = fp.summary;
  return `${s.files ?? 0} files, ${s.dirs ?? 0} dirs, ${s.symlinks ?? 0} links, ${s.bytes ?? 0} bytes`;
}

/**
 * Reads the tar stream as it is produced and fingerprints each entry from the
 * archive itself, so the manifest describes exactly the bytes that were stored.
 */
class TarFingerprinter extends Transform {
  readonly tree = new TreeFingerprint();
  private readonly parser: tar.Parser;
  private readonly hardlinkDigests = new Map<string, string>();

  constructor(
    private readonly hardlinked: Set<string>,
    onEntry: (n: number) => void,
  ) {
    super({ highWaterMark: STREAM_CHUNK });
    this.parser = new tar.Parser({
      onReadEntry: (entry: tar.ReadEntry) => {
        onEntry(1);
        const rel = normalizeTarPath(entry.path);
        const mode = entry.mode ?? 0;
        const mt = mtimeSec(entry);
        if (rel === '') {
          entry.resume();
          return;
        }
        if (entry.type === 'Directory') {
          this.tree.add({ type: 'd', path: rel, mode, mtimeSec: mt, size: 0, content: '' });
          entry.resume();
        } else if (entry.type === 'SymbolicLink') {
          this.tree.add({ type: 'l', path: rel, mode, mtimeSec: mt, size: 0, content: entry.linkpath ?? '' });
          entry.resume();
        } else if (entry.type === 'Link') {
          // A second name for a file already in the archive: on disk it is a regular file with that content.
          const target = normalizeTarPath(entry.linkpath ?? '');
          const digest = this.hardlinkDigests.get(target) ?? '';
          const size = Number(this.hardlinkSizes.get(target) ?? 0);
          this.tree.add({ type: 'f', path: rel, mode, mtimeSec: mt, size, content: digest });
          entry.resume();
        } else {
          const h = createHash('sha256');
          entry.on('data', (c: Buffer) => h.update(c));
          entry.on('end', () => {
            const digest = h.digest('hex');
            const size = entry.size ?? 0;
            if (this.hardlinked.has(rel)) {
              this.hardlinkDigests.set(rel, digest);
              this.hardlinkSizes.set(rel, size);
            }
            this.tree.add({ type: 'f', path: rel, mode, mtimeSec: mt, size, content: digest });
          });
        }
      },
    });
  }
  private readonly hardlinkSizes = new Map<string, number>();

  override _transform(chunk: Buffer, _enc: BufferEncoding, cb: TransformCallback): void {
    this.parser.write(chunk);
    cb(null, chunk);
  }
  override _flush(cb: TransformCallback): void {
    this.parser.end(() => cb());
  }
  result(): Fingerprint {
    return this.tree.result();
  }
}
