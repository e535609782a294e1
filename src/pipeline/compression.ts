import * as zlib from 'node:zlib';
import { Duplex, PassThrough, type Transform } from 'node:stream';
import { UsageError } from '../errors.js';
import { PIPELINE_CHUNK } from './buffers.js';

export const COMPRESSIONS = ['none', 'gzip', 'zstd'] as const;
export type Compression = (typeof COMPRESSIONS)[number];

/** zstd is in node:zlib from Node 22.15 / 23.8; older runtimes (the CLI on Node 20) fall back to gzip. */
export function zstdAvailable(): boolean {
  return typeof (zlib as { createZstdCompress?: unknown }).createZstdCompress === 'function';
}

/** Fails, naming the runtime, where this Node.js cannot write zstd. */
export function requireZstd(): void {
  if (!zstdAvailable()) throw new UsageError(`compression 'zstd' needs Node.js >= 22.15 (this is ${process.version}); use gzip`);
}

export function extensionOf(c: Compression): string {
  return c === 'gzip' ? '.gz' : c === 'zstd' ? '.zst' : '';
}

type ZstdApi = {
  createZstdCompress(opts?: { chunkSize?: number; params?: Record<number, number> }): Transform;
  createZstdDecompress(opts?: { chunkSize?: number }): Transform;
  constants: Record<string, number>;
};

/**
 * A zlib compressor (gzip, zstd) fed in PIPELINE_CHUNK steps,
 * whatever size of chunks arrive. Each step of a zlib stream is a round trip
 * to the libuv pool; with the 64 KiB chunks sources write (and zlib's 16 KiB
 * default output), a zstd backup spent more time handing buffers between
 * threads than compressing. Input is gathered into two buffers that are
 * reused: zlib is done with an input buffer once its write callback has run
 * (deflate and zstd copy what they keep into their own window), so gathering
 * costs one copy and no garbage. Output comes in PIPELINE_CHUNK pieces too.
 * Used for compression (backups); see decompressor() for restores.
 */
class BatchedZlib extends Duplex {
  private readonly free: Buffer[] = [];
  private current: Buffer | undefined;
  private fill = 0;
  /** The rest of a _write that waits for a buffer to come back. */
  private waiting: (() => void) | undefined;

  constructor(private readonly inner: Transform) {
    super({ readableHighWaterMark: PIPELINE_CHUNK, writableHighWaterMark: PIPELINE_CHUNK });
    for (let i = 0; i < 2; i++) this.free.push(Buffer.allocUnsafe(PIPELINE_CHUNK));
    inner.on('data', (chunk: Buffer) => {
      if (!this.push(chunk)) inner.pause();
    });
    inner.once('end', () => this.push(null));
    inner.on('error', (err) => this.destroy(err));
  }

  override _read(): void {
    this.inner.resume();
  }

  override _write(chunk: Buffer, _enc: BufferEncoding, cb: (err?: Error | null) => void): void {
    let off = 0;
    const fillFrom = (): void => {
      while (off < chunk.length) {
        if (!this.current) {
          this.current = this.free.pop();
          if (!this.current) {
            this.waiting = fillFrom;
            return;
          }
        }
        const n = chunk.copy(this.current, this.fill, off);
        this.fill += n;
        off += n;
        if (this.fill === PIPELINE_CHUNK) this.send();
      }
      cb();
    };
    fillFrom();
  }

  private send(): void {
    const buf = this.current!;
    const body = this.fill === buf.length ? buf : buf.subarray(0, this.fill);
    this.current = undefined;
    this.fill = 0;
    this.inner.write(body, (err) => {
      if (err) return; // the inner stream's 'error' destroys this one
      this.free.push(buf);
      const resume = this.waiting;
      this.waiting = undefined;
      resume?.();
    });
  }

  override _final(cb: (err?: Error | null) => void): void {
    if (this.fill > 0) this.send();
    this.inner.end();
    cb();
  }

  override _destroy(err: Error | null, cb: (err?: Error | null) => void): void {
    this.inner.destroy();
    cb(err);
  }
}

/**
 * The compressor for bytes that arrive in any size of chunks (the in-thread
 * encode stages, a source's 64 KiB writes): fed to zlib in PIPELINE_CHUNK steps.
 */
export function compressor(c: Compression, level?: number): Duplex {
  return c === 'none' ? new PassThrough() : new BatchedZlib(blockCompressor(c, level));
}

/**
 * zlib's own compressor (256 KiB output pieces), for input that already comes
 * in PIPELINE_CHUNK blocks: the encode worker's (worker-encoder.ts gathers
 * them). Gathering them again would cost a copy of every byte; the bytes out
 * are the same either way (zstd and deflate output does not depend on how the
 * input is cut when nothing flushes before the end).
 */
export function blockCompressor(c: Exclude<Compression, 'none'>, level?: number): Transform {
  switch (c) {
    case 'gzip':
      return zlib.createGzip({ level: level ?? 6, chunkSize: PIPELINE_CHUNK });
    case 'zstd': {
      requireZstd();
      const z = zlib as unknown as ZstdApi;
      const params: Record<number, number> = {};
      if (level !== undefined) params[z.constants.ZSTD_c_compressionLevel!] = level;
      return z.createZstdCompress({ chunkSize: PIPELINE_CHUNK, params });
    }
  }
}

/**
 * Decompressors step in PIPELINE_CHUNK pieces too. With zlib's defaults (zstd 16 KiB, and gunzip at 64 KiB)
 * every 16 KiB of a restore was a round trip to the libuv pool and a file write of its own: a 2 GiB files
 * restore took 18–19 s, 10–11 s with 256 KiB steps, at the same peak RSS (bench/README.md, files). An
 * earlier measurement, before reads scavenged (util/scavenge.ts), had larger pieces cost a third more memory.
 */
export function decompressor(c: Compression): Transform {
  switch (c) {
    case 'none':
      return new PassThrough();
    case 'gzip':
      return zlib.createGunzip({ chunkSize: PIPELINE_CHUNK });
    case 'zstd':
      if (!zstdAvailable()) throw new UsageError(`this backup is zstd-compressed; restoring it needs Node.js >= 22.15 (this is ${process.version})`);
      return (zlib as unknown as ZstdApi).createZstdDecompress({ chunkSize: PIPELINE_CHUNK });
  }
}
