import { describe, expect, it } from '@jest/globals';
import { createHash, randomBytes } from 'node:crypto';
import { PassThrough, Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { openArtifactStream, writeArtifact } from '../../src/pipeline/artifact.js';
import { compressor, decompressor, type Compression } from '../../src/pipeline/compression.js';
import { gunzipSync, zstdDecompressSync } from 'node:zlib';
import { VerificationError } from '../../src/errors.js';
import type { FanOutTarget } from '../../src/pipeline/fanout.js';
import { encodeOnWorker } from '../../src/pipeline/worker-encoder.js';

async function collect(r: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of r) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

function sink(into: Buffer[]): FanOutTarget['consume'] {
  return async (body: PassThrough) => {
    for await (const c of body) into.push(c as Buffer);
  };
}

const spec = { baseName: 'data.bin', kind: 'raw', compression: 'gzip' as const, encryption: { scheme: 'none' as const } };

describe('artifact pipeline', () => {
  const data = Buffer.concat([randomBytes(3 << 20), Buffer.alloc(2 << 20, 7)]);

  it('records the size and SHA-256 of both the plain and the stored bytes, and reads back what it wrote', async () => {
    const stored: Buffer[] = [];
    const w = await writeArtifact(Readable.from([data]), spec, [{ label: 'a', consume: sink(stored) }]);
    const bytes = Buffer.concat(stored);
    expect(w.record).toMatchObject({
      name: 'data.bin.gz',
      size: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      plain: { size: data.length, sha256: createHash('sha256').update(data).digest('hex') },
    });
    expect(bytes.length).toBeLessThan(data.length);
    expect((await collect(openArtifactStream(Readable.from([bytes]), w.record, 'x'))).equals(data)).toBe(true);
  });

  it('fails the read stream on a flipped byte, a truncation and extra bytes', async () => {
    const stored: Buffer[] = [];
    const w = await writeArtifact(Readable.from([data]), { ...spec, compression: 'none' }, [{ label: 'a', consume: sink(stored) }]);
    const bytes = Buffer.concat(stored);
    const flipped = Buffer.from(bytes);
    flipped[12345] = flipped[12345]! ^ 0x80;
    await expect(collect(openArtifactStream(Readable.from([flipped]), w.record, 'x'))).rejects.toThrow(/SHA-256/);
    await expect(collect(openArtifactStream(Readable.from([bytes.subarray(0, 1000)]), w.record, 'x'))).rejects.toThrow(/truncated/);
    await expect(collect(openArtifactStream(Readable.from([bytes, Buffer.from('x')]), w.record, 'x'))).rejects.toThrow(VerificationError);
  });

  it('fans out to several destinations; one failing does not stop the others', async () => {
    const good: Buffer[] = [];
    const slow: Buffer[] = [];
    const w = await writeArtifact(Readable.from([data.subarray(0, 1 << 20), data.subarray(1 << 20)]), spec, [
      { label: 'good', consume: sink(good) },
      {
        label: 'bad',
        consume: async (body) => {
          let seen = 0;
          for await (const c of body) {
            seen += (c as Buffer).length;
            if (seen > 100_000) throw new Error('disk full');
          }
        },
      },
      {
        label: 'slow',
        consume: async (body) => {
          await pipeline(body, new Writable({ highWaterMark: 1024, write: (c: Buffer, _e, cb) => { slow.push(c); setTimeout(cb, 1); } }));
        },
      },
    ]);
    expect(w.destinations.map((d) => [d.label, d.ok])).toEqual([['good', true], ['bad', false], ['slow', true]]);
    expect(w.destinations[1]!.error).toBe('disk full');
    expect(Buffer.concat(good).equals(Buffer.concat(slow))).toBe(true);
    expect(Buffer.concat(good).length).toBe(w.record.size);
  });

  it('rejects when the source stream fails midway', async () => {
    const failing = new Readable({
      read() {
        this.push(randomBytes(1000));
        this.destroy(new Error('source went away'));
      },
    });
    await expect(writeArtifact(failing, spec, [{ label: 'a', consume: sink([]) }])).rejects.toThrow(/source went away/);
  });

  it('stores the plain bytes once, with one digest, when nothing compresses or encrypts them; reading checks them once and counts them', async () => {
    const stored: Buffer[] = [];
    const w = await writeArtifact(Readable.from([data.subarray(0, 100_000), data.subarray(100_000)]), { ...spec, compression: 'none' }, [{ label: 'a', consume: sink(stored) }]);
    const bytes = Buffer.concat(stored);
    expect(bytes.equals(data)).toBe(true);
    const digest = createHash('sha256').update(data).digest('hex');
    expect(w.record).toMatchObject({ name: 'data.bin', size: data.length, sha256: digest, plain: { size: data.length, sha256: digest } });
    let counted = 0;
    const back = await collect(openArtifactStream(Readable.from([bytes]), w.record, 'x', { onStoredBytes: (n) => (counted += n) }));
    expect(back.equals(data)).toBe(true);
    expect(counted).toBe(data.length);
    const flipped = Buffer.from(bytes);
    flipped[12345] = flipped[12345]! ^ 1;
    await expect(collect(openArtifactStream(Readable.from([flipped]), w.record, 'x'))).rejects.toThrow(VerificationError);
  });
});

/**
 * Chunks of every awkward size: single bytes, odd sizes, pieces larger than the batch. The compressor
 * gathers them into two buffers it reuses; one reused too early would show as a wrong round trip.
 */
function* awkwardChunks(data: Buffer): Generator<Buffer> {
  const sizes = [1, 7, 511, 512, 65_536, 1, 300_000, 262_144, 262_143, 3, 1 << 20];
  for (let off = 0, i = 0; off < data.length; i++) {
    const n = Math.min(sizes[i % sizes.length]!, data.length - off);
    yield Buffer.from(data.subarray(off, off + n));
    off += n;
  }
}

describe('compression streams (compressors gather input into PIPELINE_CHUNK steps in reused buffers)', () => {
  const data = Buffer.concat([randomBytes(1 << 20), Buffer.alloc(1 << 20, 'abc'), randomBytes(700_001)]);
  const oneShot: Record<Exclude<Compression, 'none'>, (b: Buffer) => Buffer> = { gzip: gunzipSync, zstd: zstdDecompressSync };

  it.each(['gzip', 'zstd'] as const)('%s: any chunking compresses to what the stock decoder reads, and decompresses back', async (c) => {
    const out: Buffer[] = [];
    await pipeline(Readable.from(awkwardChunks(data)), compressor(c), new Writable({ write: (chunk: Buffer, _e, cb) => (out.push(chunk), cb()) }));
    const packed = Buffer.concat(out);
    expect(oneShot[c](packed).equals(data)).toBe(true);
    const back: Buffer[] = [];
    await pipeline(Readable.from(awkwardChunks(packed)), decompressor(c), new Writable({ write: (chunk: Buffer, _e, cb) => (back.push(chunk), cb()) }));
    expect(Buffer.concat(back).equals(data)).toBe(true);
  });

  it.each(['gzip', 'zstd'] as const)('%s: an empty input round-trips; corrupt input fails the stream', async (c) => {
    const out: Buffer[] = [];
    await pipeline(Readable.from([]), compressor(c), new Writable({ write: (chunk: Buffer, _e, cb) => (out.push(chunk), cb()) }));
    expect(oneShot[c](Buffer.concat(out)).length).toBe(0);
    const garbage = randomBytes(10_000);
    garbage.write(c === 'gzip' ? '\x1f\x8b\x08' : '\x28\xb5\x2f\xfd', 'latin1');
    await expect(pipeline(Readable.from([garbage]), decompressor(c), new Writable({ write: (_c, _e, cb) => cb() }))).rejects.toThrow();
  });

  it('honours backpressure: a slow reader holds a bounded amount in flight', async () => {
    const z = compressor('zstd', 1);
    let produced = 0;
    const source = new Readable({
      read() {
        if (produced >= 64 << 20) return this.push(null);
        produced += 1 << 16;
        this.push(randomBytes(1 << 16));
      },
    });
    let consumed = 0;
    let maxAhead = 0;
    await pipeline(
      source,
      z,
      new Writable({
        highWaterMark: 1,
        write: (chunk: Buffer, _e, cb) => {
          consumed += chunk.length;
          maxAhead = Math.max(maxAhead, produced - consumed);
          setImmediate(cb);
        },
      }),
    );
    expect(consumed).toBeGreaterThan(64 << 20);
    // Random input does not compress: what the source is ahead of the reader is what the stages buffer.
    expect(maxAhead).toBeLessThan(8 << 20);
  });
});

describe('where the encode stages run', () => {
  it('on the worker thread only with something to encode, one destination and a second CPU', () => {
    expect(encodeOnWorker({ encodes: true, destinations: 1, cpus: 2 })).toBe(true);
    expect(encodeOnWorker({ encodes: true, destinations: 1, cpus: 64 })).toBe(true);
    // One CPU: the thread would only take turns with this one (slower and 17 MiB bigger, measured).
    expect(encodeOnWorker({ encodes: true, destinations: 1, cpus: 1 })).toBe(false);
    expect(encodeOnWorker({ encodes: true, destinations: 3, cpus: 8 })).toBe(false);
    expect(encodeOnWorker({ encodes: false, destinations: 1, cpus: 8 })).toBe(false);
  });
});
