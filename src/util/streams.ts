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

/**
 * Writes one chunk and waits while the stream's buffer is full. Rejects when the stream fails or is closed
 * before it drains (a consumer that gave up), so a producer never waits forever.
 */
export async function writeWithBackpressure(out: Writable, chunk: Buffer | string): Promise<void> {
  if (out.destroyed || out.writableEnded) throw out.errored ?? new Error('write after the stream was closed');
  if (out.write(chunk)) return;
  await new Promise<void>((resolve, reject) => {
    const done = (err?: Error) => {
      out.off('drain', onDrain);
      out.off('close', onClose);
      out.off('error', done);
      if (err) reject(err);
      else resolve();
    };
    const onDrain = () => done();
    const onClose = () => done(out.errored ?? new Error('the stream was closed while waiting to write'));
    out.on('drain', onDrain);
    out.on('close', onClose);
    out.on('error', done);
  });
}
