import { describe, expect, it } from '@jest/globals';
import { createHash, randomBytes } from 'node:crypto';
import { PassThrough, Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { openArtifactStream, writeArtifact } from '../../src/pipeline/artifact.js';
import { VerificationError } from '../../src/errors.js';
import type { FanOutTarget } from '../../src/pipeline/fanout.js';

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
});
