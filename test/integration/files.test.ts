import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import * as tar from 'tar';
import { backup } from '../../src/commands/backup.js';
import { restore } from '../../src/commands/restore.js';
import { verify } from '../../src/commands/verify.js';
import { list } from '../../src/commands/list.js';
import { BakupError, ExitCode, UsageError, VerificationError } from '../../src/errors.js';
import { MemoryLogger } from '../../src/log.js';
import { LocalStorage } from '../../src/storage/local.js';
import { FilesSource } from '../../src/sources/files/files-source.js';
import { diffTrees, makeSampleTree, tempDir } from '../helpers/tree.js';

const ctx = () => ({ log: new MemoryLogger() });

describe('files source through the engine', () => {
  let work: string;
  let src: string;
  let store: string;

  beforeAll(async () => {
    work = await tempDir('files');
    src = path.join(work, 'src');
    store = path.join(work, 'store');
    await fs.mkdir(src);
    await makeSampleTree(src, 3 * 1024 * 1024);
  });
  afterAll(async () => {
    await fs.rm(work, { recursive: true, force: true });
  });

  it('restores a tree identical to the original (content, type, mode, mtime, links)', async () => {
    const b = await backup({ source: src, to: [store], name: 'tree', compression: 'gzip' }, ctx());
    expect(b.destinations).toEqual([{ location: new LocalStorage(store).location, ok: true, manifestKey: `tree/${b.manifest.id}/manifest.json` }]);
    expect(b.manifest.fingerprint.summary).toMatchObject({ symlinks: 3 });
    const target = path.join(work, 'restored');
    const r = await restore({ from: store, name: 'tree', backupId: 'latest', target }, ctx());
    expect(r.report.fingerprint?.digest).toBe(b.manifest.fingerprint.digest);
    expect(await diffTrees(src, target)).toEqual([]);
    // The restored tree fingerprints like the source does.
    expect((await new FilesSource(target).fingerprint()).digest).toBe(b.manifest.fingerprint.digest);
    // Hard links come back as one inode.
    const [h1, h2] = await Promise.all([fs.stat(path.join(target, 'a', 'hello.txt')), fs.stat(path.join(target, 'hardlink.txt'))]);
    expect(h1.ino).toBe(h2.ino);
  });

  it('keeps every compression readable, and zstd where the runtime has it', async () => {
    for (const compression of ['none', 'gzip', 'zstd'] as const) {
      const b = await backup({ source: src, to: [store], name: `c-${compression}`, compression }, ctx());
      expect(b.manifest.artifacts[0]!.compression).toBe(compression);
      const target = path.join(work, `restored-${compression}`);
      await restore({ from: store, name: `c-${compression}`, backupId: b.manifest.id, target }, ctx());
      expect(await diffTrees(src, target)).toEqual([]);
    }
  });

  it('refuses a non-empty target unless overwrite is given, then replaces same-named entries', async () => {
    const target = path.join(work, 'nonempty');
    await fs.mkdir(target);
    await fs.writeFile(path.join(target, 'zero'), 'not empty');
    await fs.writeFile(path.join(target, 'keep-me'), 'mine');
    await expect(restore({ from: store, name: 'tree', backupId: 'latest', target }, ctx())).rejects.toThrow(/not empty.*--overwrite/);
    expect(await fs.readFile(path.join(target, 'zero'), 'utf8')).toBe('not empty');
    await restore({ from: store, name: 'tree', backupId: 'latest', target, sourceOptions: { overwrite: true } }, ctx());
    expect(await fs.readFile(path.join(target, 'zero'), 'utf8')).toBe('');
    expect(await fs.readFile(path.join(target, 'keep-me'), 'utf8')).toBe('mine');
    await fs.rm(path.join(target, 'keep-me'));
    expect(await diffTrees(src, target)).toEqual([]);
  });

  it('backs up and restores selectively with include/exclude globs', async () => {
    const b = await backup({ source: src, to: [store], name: 'sel', compression: 'gzip', sourceOptions: { exclude: ['big.bin', 'ünïcödé/**'] } }, ctx());
    const target = path.join(work, 'sel');
    await restore({ from: store, name: 'sel', backupId: b.manifest.id, target }, ctx());
    await expect(fs.stat(path.join(target, 'big.bin'))).rejects.toThrow();
    await expect(fs.stat(path.join(target, 'ünïcödé', 'emoji-😀.md'))).rejects.toThrow();
    expect(await fs.readFile(path.join(target, 'a', 'hello.txt'), 'utf8')).toBe('hello world\n');
    const only = path.join(work, 'only-txt');
    await restore({ from: store, name: 'tree', backupId: 'latest', target: only, sourceOptions: { include: ['**/*.txt'] } }, ctx());
    expect(await fs.readFile(path.join(only, 'ünïcödé', '日本語', 'ファイル 名.txt'), 'utf8')).toBe('こんにちは\n');
    await expect(fs.stat(path.join(only, 'big.bin'))).rejects.toThrow();
    await expect(fs.lstat(path.join(only, 'link-to-file'))).rejects.toThrow();
  });

  it('warns loudly about an empty source but still backs it up', async () => {
    const empty = path.join(work, 'empty-src');
    await fs.mkdir(empty);
    const log = new MemoryLogger();
    const b = await backup({ source: empty, to: [store], compression: 'gzip' }, { log });
    expect(b.manifest.name).toBe('empty-src');
    expect(log.lines.some((l) => /warning: .*empty/.test(l))).toBe(true);
    expect(b.manifest.warnings.join('\n')).toMatch(/empty/);
  });

  it('rejects a source that does not exist and a name with a path separator, leaving nothing listed', async () => {
    const s2 = path.join(work, 'store-bad');
    await expect(backup({ source: path.join(work, 'nope'), to: [s2], compression: 'gzip' }, ctx())).rejects.toThrow(UsageError);
    await expect(backup({ source: src, to: [s2], name: 'a/b', compression: 'gzip' }, ctx())).rejects.toThrow(/--name/);
    expect((await list({ from: s2 }, ctx())).backups).toEqual([]);
  });

  it('resolves latest and rejects an unknown backup id by name', async () => {
    await expect(restore({ from: store, name: 'tree', backupId: '20000101T000000Z-full-0000', target: path.join(work, 'x') }, ctx())).rejects.toThrow(
      /--backup-id: no backup '20000101T000000Z-full-0000' of 'tree'/,
    );
    await expect(restore({ from: store, name: 'nobody', backupId: 'latest', target: path.join(work, 'x') }, ctx())).rejects.toThrow(/no backups named 'nobody'/);
  });

  it('detects a flipped byte: verify fails, restore fails and leaves the target empty', async () => {
    const b = await backup({ source: src, to: [store], name: 'flip', compression: 'gzip' }, ctx());
    const art = path.join(store, 'flip', b.manifest.id, b.manifest.artifacts[0]!.name);
    expect((await verify({ from: store, name: 'flip', backupId: 'latest' }, ctx())).ok).toBe(true);
    const fh = await fs.open(art, 'r+');
    const buf = Buffer.alloc(1);
    const at = Math.floor(b.manifest.artifacts[0]!.size / 2);
    await fh.read(buf, 0, 1, at);
    buf[0] = buf[0]! ^ 0xff;
    await fh.write(buf, 0, 1, at);
    await fh.close();
    const v = await verify({ from: store, name: 'flip', backupId: 'all' }, ctx());
    expect(v.ok).toBe(false);
    expect(v.backups[0]!.artifacts[0]!.error).toMatch(/SHA-256|invalid|incorrect|header/i);
    const target = path.join(work, 'flip-target');
    const err = await restore({ from: store, name: 'flip', backupId: 'latest', target }, ctx()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BakupError);
    expect((err as BakupError).exitCode).toBe(ExitCode.VERIFICATION);
    expect(await fs.readdir(target)).toEqual([]);
  });

  it('detects a flipped byte in an uncompressed artifact as a verification failure', async () => {
    const b = await backup({ source: src, to: [store], name: 'flip-none', compression: 'none' }, ctx());
    const art = path.join(store, 'flip-none', b.manifest.id, b.manifest.artifacts[0]!.name);
    const fh = await fs.open(art, 'r+');
    await fh.write(Buffer.from([0x41]), 0, 1, 600); // inside the second header block or data
    await fh.close();
    const target = path.join(work, 'flip-none-t');
    const err = await restore({ from: store, name: 'flip-none', backupId: 'latest', target }, ctx()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(VerificationError);
    expect(await fs.readdir(target)).toEqual([]);
  });

  it('verify --deep parses the tar; a resealed broken archive passes the digests but not the reader', async () => {
    const b = await backup({ source: src, to: [store], name: 'deep', compression: 'gzip' }, ctx());
    const ok = await verify({ from: store, name: 'deep', backupId: 'latest', deep: true }, ctx());
    expect(ok.backups[0]!.artifacts[0]).toMatchObject({ ok: true, depth: 'parsed', contents: { entries: expect.any(Number) } });
    expect(ok.backups[0]!.artifacts[0]!.contents!.entries).toBeGreaterThan(20);
    // Garbage where the first tar header should be, gzipped and resealed into the manifest: only a parser notices.
    const { gzipSync } = await import('node:zlib');
    const { createHash } = await import('node:crypto');
    const plain = Buffer.alloc(4096, 0x41);
    const stored = gzipSync(plain);
    const sha = (x: Buffer) => createHash('sha256').update(x).digest('hex');
    const art = b.manifest.artifacts[0]!;
    await fs.writeFile(path.join(store, 'deep', b.manifest.id, art.name), stored);
    const m = { ...b.manifest, artifacts: [{ ...art, size: stored.length, sha256: sha(stored), plain: { size: plain.length, sha256: sha(plain) } }] };
    await new LocalStorage(store).put(`deep/${b.manifest.id}/manifest.json`, Readable.from([JSON.stringify(m)]));
    expect((await verify({ from: store, name: 'deep', backupId: 'latest' }, ctx())).ok).toBe(true);
    const deep = await verify({ from: store, name: 'deep', backupId: 'latest', deep: true }, ctx());
    expect(deep.ok).toBe(false);
    expect(deep.backups[0]!.artifacts[0]!.error).toMatch(/not a valid tar/);
  });

  it('detects a truncated artifact and a missing one before reading', async () => {
    const b = await backup({ source: src, to: [store], name: 'trunc', compression: 'none' }, ctx());
    const art = path.join(store, 'trunc', b.manifest.id, b.manifest.artifacts[0]!.name);
    await fs.truncate(art, 1000);
    const err = await restore({ from: store, name: 'trunc', backupId: 'latest', target: path.join(work, 'trunc-t') }, ctx()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(VerificationError);
    expect(String(err)).toMatch(/1000 bytes/);
    await fs.rm(art);
    const v = await verify({ from: store, name: 'trunc', backupId: 'latest' }, ctx());
    expect(v.backups[0]!.artifacts[0]!.error).toMatch(/missing/);
  });
});

describe('restore never writes outside the target, whatever the archive says', () => {
  let work: string;
  beforeAll(async () => {
    work = await tempDir('evil');
  });
  afterAll(async () => {
    await fs.rm(work, { recursive: true, force: true });
  });

  /** Builds a tar by hand with entries a hostile or broken archive could hold, and stores it as a backup. */
  async function evilBackup(name: string, entries: { path: string; type: 'File' | 'SymbolicLink' | 'Link'; linkpath?: string; body?: string }[]) {
    const store = path.join(work, `store-${name}`);
    const evilSrc = path.join(work, `src-${name}`);
    await fs.mkdir(evilSrc, { recursive: true });
    await fs.writeFile(path.join(evilSrc, 'ok.txt'), 'ok');
    const b = await backup({ source: evilSrc, to: [store], name, compression: 'none' }, ctx());
    // Replace the artifact with the crafted tar and fix up the manifest's digests, as an attacker with store access could.
    const chunks: Buffer[] = [];
    const pack = new tar.Pack({ portable: true });
    const collected = new PassThrough();
    collected.on('data', (c: Buffer) => chunks.push(c));
    pack.pipe(collected);
    for (const e of entries) {
      const header = new tar.Header({ path: e.path, type: e.type, linkpath: e.linkpath, size: e.body?.length ?? 0, mode: 0o644, mtime: new Date() });
      const re = new tar.ReadEntry(header);
      pack.add(re);
      if (e.body) re.write(Buffer.from(e.body));
      re.end();
    }
    pack.end();
    await new Promise((r) => collected.on('end', r));
    const data = Buffer.concat(chunks);
    const { createHash } = await import('node:crypto');
    const sha = createHash('sha256').update(data).digest('hex');
    const art = b.manifest.artifacts[0]!;
    await fs.writeFile(path.join(store, name, b.manifest.id, art.name), data);
    const m = { ...b.manifest, artifacts: [{ ...art, size: data.length, sha256: sha, plain: { size: data.length, sha256: sha } }] };
    await new LocalStorage(store).put(`${name}/${b.manifest.id}/manifest.json`, Readable.from([JSON.stringify(m)]));
    return store;
  }

  it.each([
    ['dotdot', [{ path: '../escape.txt', type: 'File' as const, body: 'x' }], /climbs out|\.\./],
    ['symlink-out', [{ path: 'evil', type: 'SymbolicLink' as const, linkpath: '/etc' }], /points outside/],
    ['symlink-up', [{ path: 'd/evil', type: 'SymbolicLink' as const, linkpath: '../../..' }], /points outside/],
    ['hardlink-out', [{ path: 'h', type: 'Link' as const, linkpath: '../../etc/passwd' }], /outside/],
  ])('rejects %s', async (name, entries, message) => {
    const store = await evilBackup(name, entries);
    const target = path.join(work, `t-${name}`);
    const err = await restore({ from: store, name, backupId: 'latest', target }, ctx()).catch((e: unknown) => e);
    expect(String(err)).toMatch(message);
    expect(await fs.readdir(target)).toEqual([]);
    await expect(fs.stat(path.join(work, 'escape.txt'))).rejects.toThrow();
  });

  it('creates an outside-pointing symlink only with allowExternalLinks, after every file is written', async () => {
    const store = await evilBackup('ext-ok', [
      { path: 'out', type: 'SymbolicLink', linkpath: work },
      { path: 'out/planted.txt', type: 'File', body: 'through the link' },
    ]);
    const target = path.join(work, 't-ext-ok');
    await restore({ from: store, name: 'ext-ok', backupId: 'latest', target, sourceOptions: { allowExternalLinks: true } }, ctx()).catch(() => undefined);
    // Whatever happened, nothing was written through the link into the outside folder.
    await expect(fs.stat(path.join(work, 'planted.txt'))).rejects.toThrow();
  });

  it('refuses a backed-up external symlink by default and restores it with allowExternalLinks', async () => {
    const src = path.join(work, 'src-ext');
    await fs.mkdir(src);
    await fs.writeFile(path.join(src, 'f'), 'f');
    await fs.symlink('/etc', path.join(src, 'etc-link'));
    const store = path.join(work, 'store-ext');
    const log = new MemoryLogger();
    await backup({ source: src, to: [store], name: 'ext', compression: 'gzip' }, { log });
    expect(log.lines.join('\n')).toMatch(/1 symlink\(s\) point outside/);
    const refused = path.join(work, 't-ext-refused');
    await expect(restore({ from: store, name: 'ext', backupId: 'latest', target: refused }, ctx())).rejects.toThrow(/--allow-external-links/);
    expect(await fs.readdir(refused)).toEqual([]);
    const target = path.join(work, 't-ext');
    await restore({ from: store, name: 'ext', backupId: 'latest', target, sourceOptions: { allowExternalLinks: true } }, ctx());
    expect(await fs.readlink(path.join(target, 'etc-link'))).toBe('/etc');
    expect(await diffTrees(src, target)).toEqual([]);
  });
});
