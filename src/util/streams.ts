import { Writable, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { VerificationError } from '../errors.js';

/** Reads a small object (a manifest, an index) fully, refusing anything larger than `limit`. */
export async function readSmall(stream: Readable, limit: number, what: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const b = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
    total += b.length;
    if (total > limit) {
      stream.destroy();
      throw new VerificationError(`${what}: larger than ${limit} bytes, refusing to read it into memory`);
    }
    chunks.push(b);
  }
  return Buffer.concat(chunks);
}

/** Reads a stream to its end, discarding the bytes: for streams whose checks run as they are read. */
export async function drain(stream: Readable): Promise<void> {
  await pipeline(stream, new Writable({ write: (_c, _e, cb) => cb() }));
}
