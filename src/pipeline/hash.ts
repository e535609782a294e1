import { createHash, type Hash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import { VerificationError } from '../errors.js';

/** Passes bytes through unchanged while counting them and computing their SHA-256. */
export class HashCounter extends Transform {
  private readonly hash: Hash = createHash('sha256');
  private count = 0;
  private hex: string | undefined;
  constructor(private readonly onBytes?: (n: number) => void) {
    super();
  }
  override _transform(chunk: Buffer, _enc: BufferEncoding, cb: TransformCallback): void {
    this.hash.update(chunk);
    this.count += chunk.length;
    this.onBytes?.(chunk.length);
    cb(null, chunk);
  }
  override _flush(cb: TransformCallback): void {
    this.hex = this.hash.digest('hex');
    cb();
  }
  get size(): number {
    return this.count;
  }
  /** The SHA-256 in hex; only valid after the stream has ended. */
  get sha256(): string {
    if (this.hex === undefined) throw new Error('HashCounter: digest read before end of stream');
    return this.hex;
  }
}

/**
 * Passes bytes through and fails the stream — before it ends — unless they are
 * exactly `size` bytes with the given SHA-256. A consumer that treats a stream
 * error as failure therefore never completes on bytes the manifest does not vouch for.
 */
export class ExpectDigest extends Transform {
  private readonly hash = createHash('sha256');
  private count = 0;
  constructor(
    private readonly expected: { size: number; sha256: string },
    private readonly what: string,
    private readonly onBytes?: (n: number) => void,
  ) {
    super();
  }
  override _transform(chunk: Buffer, _enc: BufferEncoding, cb: TransformCallback): void {
    this.count += chunk.length;
    this.onBytes?.(chunk.length);
    if (this.count > this.expected.size) {
      cb(new VerificationError(`${this.what}: more bytes than the ${this.expected.size} recorded in the manifest`));
      return;
    }
    this.hash.update(chunk);
    cb(null, chunk);
  }
  override _flush(cb: TransformCallback): void {
    if (this.count !== this.expected.size) {
      cb(new VerificationError(`${this.what}: ${this.count} bytes, the manifest records ${this.expected.size} (truncated)`));
      return;
    }
    const got = this.hash.digest('hex');
    if (got !== this.expected.sha256) {
      cb(new VerificationError(`${this.what}: SHA-256 ${got} does not match the manifest's ${this.expected.sha256}`));
      return;
    }
    cb();
  }
}
