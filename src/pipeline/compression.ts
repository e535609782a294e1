import * as zlib from 'node:zlib';
import { PassThrough, type Transform } from 'node:stream';
import { UsageError } from '../errors.js';
import { STREAM_CHUNK } from './buffers.js';

export const COMPRESSIONS = ['none', 'gzip', 'zstd'] as const;
export type Compression = (typeof COMPRESSIONS)[number];

/** zstd is in node:zlib from Node 22.15 / 23.8; older runtimes (the CLI on Node 20) fall back to gzip. */
export function zstdAvailable(): boolean {
  return typeof (zlib as { createZstdCompress?: unknown }).createZstdCompress === 'function';
}

export function extensionOf(c: Compression): string {
  return c === 'gzip' ? '.gz' : c === 'zstd' ? '.zst' : '';
}

type ZstdApi = {
  createZstdCompress(opts?: { params?: Record<number, number> }): Transform;
  createZstdDecompress(): Transform;
  constants: Record<string, number>;
};

export function compressor(c: Compression, level?: number): Transform {
  switch (c) {
    case 'none':
      return new PassThrough();
    case 'gzip':
      return zlib.createGzip({ level: level ?? 6, chunkSize: STREAM_CHUNK });
    case 'zstd': {
      if (!zstdAvailable()) throw new UsageError(`compression 'zstd' needs Node.js >= 22.15 (this is ${process.version}); use gzip`);
      const z = zlib as unknown as ZstdApi;
      const params: Record<number, number> = {};
      if (level !== undefined) params[z.constants.ZSTD_c_compressionLevel!] = level;
      return z.createZstdCompress({ params });
    }
  }
}

export function decompressor(c: Compression): Transform {
  switch (c) {
    case 'none':
      return new PassThrough();
    case 'gzip':
      return zlib.createGunzip({ chunkSize: STREAM_CHUNK });
    case 'zstd':
      if (!zstdAvailable()) throw new UsageError(`this backup is zstd-compressed; restoring it needs Node.js >= 22.15 (this is ${process.version})`);
      return (zlib as unknown as ZstdApi).createZstdDecompress();
  }
}
