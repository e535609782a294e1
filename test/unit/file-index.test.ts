import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { VerificationError } from '../../src/errors.js';
import { comparePaths, encodeRecord, nsToSeconds, nsToUtime, type IndexRecord } from '../../src/formats/file-index/format.js';
import { FileIndexReader } from '../../src/formats/file-index/reader.js';
import { FileIndexWriter } from '../../src/formats/file-index/writer.js';
import { contentDecision, RACY_WINDOW_NS } from '../../src/sources/files/snapshot.js';
import { walkSorted } from '../../src/sources/files/walk.js';
import { tempDir } from '../helpers/tree.js';

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Names chosen to hit every ordering trap: '-' and '.' sort below '/', prefixes, non-ASCII, astral characters (surrogates in UTF-16). */
const ALPHABET = ['a', 'b', 'a-b', 'a.b', 'a b', 'ab', 'A', '0', '_', 'é', 'ü', '日', '😀', '\uFF5E', 'x-', 'x', 'x0'];

describe('path order', () => {
  it('equals a depth-first walk with each directory sorted by UTF-8 bytes (an independent oracle)', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const rand = rng(seed);
      // A random tree as nested maps.
      type Node = Map<string, Node>;
      const root: Node = new Map();
      const paths: string[] = [];
      for (let i = 0; i < 40; i++) {
        let node = root;
        const parts: string[] = [];
        const depth = 1 + Math.floor(rand() * 3);
        for (let d = 0; d < depth; d++) {
          const name = ALPHABET[Math.floor(rand() * ALPHABET.length)]! + (rand() < 0.2 ? ALPHABET[Math.floor(rand() * ALPHABET.length)]! : '');
          parts.push(name);
          if (!node.has(name)) {
            node.set(name, new Map());
            paths.push(parts.join('/'));
          }
          node = node.get(name)!;
        }
      }
      const dfs: string[] = [];
      const visit = (n: Node, prefix: string) => {
        const names = [...n.keys()].sort((a, b) => Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8')));
        for (const name of names) {
          const p = prefix ? `${prefix}/${name}` : name;
          dfs.push(p);
          visit(n.get(name)!, p);
        }
      };
      visit(root, '');
      const shuffled = [...paths].sort(() => rand() - 0.5);
      expect({ seed, order: shuffled.sort(comparePaths) }).toEqual({ seed, order: dfs });
    }
  });

  it('puts a directory before its contents and its contents before a sibling that extends its name', () => {
    expect(['a-b', 'a/z', 'a', '', 'a.b', 'a/b/c', 'a/b'].sort(comparePaths)).toEqual(['', 'a', 'a/b', 'a/b/c', 'a/z', 'a-b', 'a.b']);
    // UTF-16 order would put U+FF5E after the astral emoji's surrogates; UTF-8 bytes put it first.
    expect(['😀', '\uFF5E'].sort(comparePaths)).toEqual(['\uFF5E', '😀']);
  });

  describe('the directory walk follows it', () => {
    let root: string;
    beforeAll(async () => {
      root = await tempDir('walk-order');
      for (const name of ALPHABET) {
        await fs.mkdir(path.join(root, name, 'sub'), { recursive: true });
        await fs.writeFile(path.join(root, name, 'sub', 'f'), '');
        await fs.writeFile(path.join(root, `${name}-file`), '');
      }
    });
    afterAll(async () => {
      await fs.rm(root, { recursive: true, force: true });
    });
    it('yields entries in strictly increasing path order, root first', async () => {
      const seen: string[] = [];
      for await (const e of walkSorted(root, () => true, () => undefined)) seen.push(e.rel);
      expect(seen[0]).toBe('');
      expect(seen.length).toBe(1 + ALPHABET.length * 4);
      for (let i = 1; i < seen.length; i++) expect(comparePaths(seen[i - 1]!, seen[i]!)).toBeLessThan(0);
    });
  });
});

const ID = '20261126T101500Z-full-ab12';
const SHA = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
const dir = (p: string): IndexRecord => ({ p, t: 'd', m: 0o755, mt: '1000000000000000000' });
const file = (p: string, extra: Partial<IndexRecord> = {}): IndexRecord => ({ p, t: 'f', m: 0o644, mt: '1000000000000000000', s: 3, sha: SHA, in: ID, ...extra });
const header = { format: 'bakup/file-index', version: 1, backup: ID, parent: null, started: '2026-11-26T10:15:00.000Z' };

async function readAll(lines: unknown[]): Promise<IndexRecord[]> {
  const body = lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n') + '\n';
  const reader = new FileIndexReader(Readable.from([Buffer.from(body)]), 'test-index');
  const out: IndexRecord[] = [];
  for await (const r of reader.records()) out.push(r);
  return out;
}
const end = (n: number) => ({ end: true, entries: n });

describe('file index reader', () => {
  it('reads what the writer wrote', async () => {
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (c: Buffer) => chunks.push(c));
    const w = new FileIndexWriter(out);
    await w.start({ backup: ID, parent: null, started: header.started });
    const records: IndexRecord[] = [
      dir(''),
      dir('a'),
      file('a/f'),
      { p: 'a/h', t: 'h', m: 0o644, mt: '1', s: 3, sha: SHA, to: 'a/f' },
      { p: 'a/l', t: 'l', m: 0o777, mt: '-5', to: '../outside' },
      file('b', { s: 0, in: undefined }),
    ];
    for (const r of records) await w.add(r);
    await expect(w.add(dir('a'))).rejects.toThrow(/out of order/);
    expect(await w.finish()).toBe(records.length);
    const reader = new FileIndexReader(Readable.from(chunks), 'x');
    expect(await reader.header()).toMatchObject({ backup: ID, started: header.started });
    const back: IndexRecord[] = [];
    for await (const r of reader.records()) back.push(r);
    expect(back.map(encodeRecord)).toEqual(records.map(encodeRecord));
  });

  it.each([
    ['records out of order', [header, dir(''), file('b'), file('a'), end(3)], /'a' is out of order/],
    ['a duplicate path', [header, dir(''), file('a'), file('a'), end(3)], /out of order/],
    ['a path with ..', [header, dir(''), file('../etc/passwd'), end(2)], /has a '\.\.' component/],
    ['an absolute path', [header, dir(''), file('/etc/passwd'), end(2)], /is absolute/],
    ['an entry under a symlink', [header, dir(''), { p: 'l', t: 'l', m: 0o777, mt: '1', to: '/etc' }, file('l/passwd'), end(3)], /parent of 'l\/passwd' is not a directory/],
    ['an entry under a file', [header, dir(''), file('f'), file('f/x'), end(3)], /parent of 'f\/x' is not a directory/],
    ['a missing root', [header, file('a'), end(1)], /first record is not the root/],
    ['no end line', [header, dir(''), file('a')], /no end line/],
    ['a wrong count', [header, dir(''), file('a'), end(5)], /counts 5 entries, the index holds 2/],
    ['records after the end', [header, dir(''), end(1), file('a')], /after the end line/],
    ['content without its backup', [header, dir(''), file('a', { in: undefined }), end(2)], /names no backup/],
    ['a bad digest', [header, dir(''), file('a', { sha: 'zz' }), end(2)], /bad sha/],
    ['a hard link to a later name', [header, dir(''), { p: 'a', t: 'h', m: 0o644, mt: '1', s: 1, sha: SHA, to: 'b' }, file('b'), end(3)], /later path/],
    ['not JSON', [header, dir(''), '{"p": ', end(2)], /not JSON/],
    ['another format', [{ ...header, format: 'other' }, end(0)], /not a file index/],
    ['a newer version', [{ ...header, version: 99 }, end(0)], /newer than this build/],
  ])('refuses %s', async (_label, lines, message) => {
    const err = await readAll(lines).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(VerificationError);
    expect(String(err)).toMatch(message);
  });

  it('refuses a truncated line', async () => {
    const reader = new FileIndexReader(Readable.from([Buffer.from(`${JSON.stringify(header)}\n{"p":"","t":"d"`)]), 'x');
    await expect((async () => {
      for await (const _ of reader.records()) void _;
    })()).rejects.toThrow(/ends inside a line/);
  });
});

describe('what an incremental does with a file', () => {
  const started = 1_800_000_000_000_000_000n;
  const racyFrom = started - RACY_WINDOW_NS;
  const prev = file('f', { s: 10, mt: String(started - 3_600_000_000_000n), ct: '5' });
  const st = (o: Partial<{ size: bigint; mtimeNs: bigint; ctimeNs: bigint }> = {}) => ({ size: 10n, mtimeNs: BigInt(prev.mt), ctimeNs: 5n, ...o });

  it('stores new paths, other types before, and changed size or mtime', () => {
    expect(contentDecision(undefined, st(), racyFrom)).toBe('store');
    expect(contentDecision({ ...prev, t: 'h', to: 'x' }, st(), racyFrom)).toBe('store');
    expect(contentDecision({ ...dir('f') }, st(), racyFrom)).toBe('store');
    expect(contentDecision(prev, st({ size: 11n }), racyFrom)).toBe('store');
    expect(contentDecision(prev, st({ mtimeNs: BigInt(prev.mt) + 1n }), racyFrom)).toBe('store');
  });
  it('trusts size, mtime and ctime of a file last read well before the parent started', () => {
    expect(contentDecision(prev, st(), racyFrom)).toBe('reuse');
  });
  it('compares the SHA-256 when the recorded mtime is inside the racy window (or after the start), even with the same ctime', () => {
    for (const mt of [racyFrom, started - 1n, started, started + 5_000_000_000n]) {
      const p = { ...prev, mt: String(mt) };
      expect(contentDecision(p, st({ mtimeNs: mt }), racyFrom)).toBe('hash');
    }
    const justOutside = { ...prev, mt: String(racyFrom - 1n) };
    expect(contentDecision(justOutside, st({ mtimeNs: racyFrom - 1n }), racyFrom)).toBe('reuse');
  });
  it('compares the SHA-256 when only the ctime moved (a write that put the mtime back, a mode change)', () => {
    expect(contentDecision(prev, st({ ctimeNs: 6n }), racyFrom)).toBe('hash');
    expect(contentDecision({ ...prev, ct: undefined }, st(), racyFrom)).toBe('hash');
  });
  it('has nothing to compare for an empty file', () => {
    expect(contentDecision({ ...prev, s: 0, in: undefined, mt: String(started) }, st({ size: 0n, mtimeNs: started }), racyFrom)).toBe('reuse');
  });
});

describe('nanosecond times', () => {
  it('round down to seconds also before 1970, and keep microseconds for utimes', () => {
    expect(nsToSeconds(1_500_000_000_999_999_999n)).toBe(1_500_000_000);
    expect(nsToSeconds(-1n)).toBe(-1);
    expect(nsToSeconds(-1_000_000_000n)).toBe(-1);
    expect(nsToSeconds(-1_000_000_001n)).toBe(-2);
    expect(Math.abs(nsToUtime(1_795_713_823_123_867_877n) - 1_795_713_823.123868)).toBeLessThan(1e-6);
  });
});

describe('backup ids', () => {
  it('sort in the order backups were taken, also within one second', async () => {
    const { newBackupId, BACKUP_ID_PATTERN } = await import('../../src/catalog/manifest.js');
    const base = Date.UTC(2026, 10, 26, 18, 18, 20);
    const ids = [0, 1, 15, 16, 255, 256, 998, 999].map((ms) => newBackupId('incremental', new Date(base + ms)));
    for (const id of ids) expect(id).toMatch(BACKUP_ID_PATTERN);
    expect([...ids].sort()).toEqual(ids);
    expect(newBackupId('full', new Date(base + 999)) < newBackupId('full', new Date(base + 1000))).toBe(true);
  });
});
