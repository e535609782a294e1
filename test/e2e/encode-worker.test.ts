/**
 * The encode worker (src/pipeline/encode-worker.ts, bundled as
 * dist/encode-worker/index.js) must write exactly what the in-thread stages
 * write: the same compressed bytes, the same digests, age files the stock CLI
 * opens. The class is driven directly with the bundled worker script, and the
 * CLI is run with the worker (the default) and without it (BAKUP_ENCODE_WORKER=0).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { UsageError } from '../../src/errors.js';
import { encodeStages, type EncodeSpec } from '../../src/pipeline/encode.js';
import { decryptor, encryptionFor } from '../../src/pipeline/encryption.js';
import { decompressor } from '../../src/pipeline/compression.js';
import { WorkerEncoder } from '../../src/pipeline/worker-encoder.js';
import { bakup } from '../helpers/cli.js';
import { toolPath } from '../helpers/services.js';
import { diffTrees, makeSampleTree, tempDir } from '../helpers/tree.js';

const SCRIPT = path.resolve('dist/encode-worker/index.js');
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** 24 MiB, half random (compresses ~2:1), in uneven pieces as a source writes them. */
function corpus(): Buffer[] {
  const pieces: Buffer[] = [];
  for (let i = 0; i < 96; i++) {
    const b = Buffer.alloc(200_000 + ((i * 7919) % 100_000));
    randomBytes(b.length >> 1).copy(b);
    pieces.push(b);
  }
  return pieces;
}

async function encode(stages: NodeJS.ReadWriteStream[], pieces: Buffer[]): Promise<Buffer> {
  const out: Buffer[] = [];
  await pipeline([
    Readable.from(pieces),
    ...stages,
    new Writable({
      write(c: Buffer, _e, cb) {
        out.push(c);
        cb();
      },
    }),
  ] as unknown as [Readable, Writable]);
  return Buffer.concat(out);
}

describe('the encode worker', () => {
  const pieces = corpus();
  const plain = Buffer.concat(pieces);

  beforeAll(() => {
    // npm test bundles before jest runs; the bundle ships the worker beside dist/index.js.
    expect(existsSync(SCRIPT)).toBe(true);
  });

  for (const compression of ['zstd', 'gzip'] as const) {
    it(`${compression}: the same stored bytes and digests as the in-thread stages, and progress for every plain byte`, async () => {
      const spec: EncodeSpec = { compression, encryption: { scheme: 'none' } };
      const here = encodeStages(spec);
      const inThread = await encode(here.stages as unknown as NodeJS.ReadWriteStream[], pieces);
      let progressed = 0;
      const w = new WorkerEncoder(SCRIPT, spec, (n) => (progressed += n));
      const viaWorker = await encode([w as unknown as NodeJS.ReadWriteStream], pieces);
      expect(viaWorker.equals(inThread)).toBe(true);
      expect(w.digests).toEqual(here.digests());
      expect(w.digests.plain).toEqual({ size: plain.length, sha256: sha256(plain) });
      expect(w.digests.stored).toEqual({ size: viaWorker.length, sha256: sha256(viaWorker) });
      expect(progressed).toBe(plain.length);
      const back = await encode([decompressor(compression) as unknown as NodeJS.ReadWriteStream], [viaWorker]);
      expect(back.equals(plain)).toBe(true);
    });
  }

  it('zstd + age: our decryptor and the age CLI open what the worker wrote', async () => {
    const work = await tempDir('encw');
    try {
      const key = path.join(work, 'key.txt');
      expect(spawnSync(toolPath('age-keygen'), ['-o', key]).status).toBe(0);
      const identity = await fs.readFile(key, 'utf8');
      const recipient = /public key: (age1\S+)/.exec(identity)![1]!;
      const encryption = encryptionFor({ recipients: [recipient] });
      const w = new WorkerEncoder(SCRIPT, { compression: 'zstd', encryption, keys: { recipients: [recipient] } });
      const stored = await encode([w as unknown as NodeJS.ReadWriteStream], pieces);
      expect(w.digests.stored).toEqual({ size: stored.length, sha256: sha256(stored) });
      const ours = await encode(
        [decryptor(encryption, { identities: [identity.split('\n').find((l) => l.startsWith('AGE-SECRET-KEY-'))!] }), decompressor('zstd')] as unknown as NodeJS.ReadWriteStream[],
        [stored],
      );
      expect(ours.equals(plain)).toBe(true);
      const file = path.join(work, 'x.zst.age');
      await fs.writeFile(file, stored);
      const dec = spawnSync(toolPath('age'), ['-d', '-i', key, '-o', `${file}.plain`, file]);
      expect(dec.status).toBe(0);
      expect((await encode([decompressor('zstd') as unknown as NodeJS.ReadWriteStream], [await fs.readFile(`${file}.plain`)])).equals(plain)).toBe(true);
    } finally {
      await fs.rm(work, { recursive: true, force: true });
    }
  });

  it("a stage failing in the worker fails the stream with the worker's error class and message", async () => {
    // A passphrase scheme with no passphrase: the age stream refuses to start, inside the worker.
    const w = new WorkerEncoder(SCRIPT, { compression: 'gzip', encryption: { scheme: 'age', recipients: [], passphrase: true, keyId: 'passphrase' }, keys: {} });
    const err = await encode([w as unknown as NodeJS.ReadWriteStream], pieces).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UsageError);
    expect(String(err)).toMatch(/passphrase/);
  });
});

describe('the CLI with and without the encode worker', () => {
  let work: string;
  let src: string;
  beforeAll(async () => {
    work = await tempDir('encw-cli');
    src = path.join(work, 'src');
    await fs.mkdir(src);
    await makeSampleTree(src, 12 * 1024 * 1024);
  });
  afterAll(async () => {
    await fs.rm(work, { recursive: true, force: true });
  });

  it('zstd: the tar artifact is byte for byte the same both ways, and restores to the same tree', async () => {
    const tars: { sha256: string; plain: { sha256: string } }[] = [];
    for (const [label, env] of [['worker', {}], ['in-thread', { BAKUP_ENCODE_WORKER: '0' }]] as const) {
      const b = await bakup(['backup', '--source', src, '--to', path.join(work, label), '--name', 'w', '--json'], { env: { ...process.env, ...env } });
      expect(b.code).toBe(0);
      const m = JSON.parse(b.stdout) as { id: string; artifacts: { kind: string; name: string; sha256: string; plain: { sha256: string } }[] };
      const tar = m.artifacts.find((a) => a.kind === 'tar')!;
      expect(tar.name).toBe('files.tar.zst');
      tars.push(tar);
      const r = await bakup(['restore', '--from', path.join(work, label), '--name', 'w', '--target', path.join(work, `${label}-restored`)]);
      expect(r.code).toBe(0);
      expect(await diffTrees(src, path.join(work, `${label}-restored`))).toEqual([]);
    }
    expect(tars[0]!.sha256).toBe(tars[1]!.sha256);
    expect(tars[0]!.plain.sha256).toBe(tars[1]!.plain.sha256);
  });
});
