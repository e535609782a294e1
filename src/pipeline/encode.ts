import { type Duplex } from 'node:stream';
import { blockCompressor, compressor, requireZstd, type Compression } from './compression.js';
import { encryptor, type Encryption, type EncryptionKeys } from './encryption.js';
import { HashCounter } from './hash.js';

/** How plain bytes become stored bytes: what the manifest records, plus the keys to encrypt with. */
export interface EncodeSpec {
  compression: Compression;
  level?: number;
  encryption: Encryption;
  keys?: EncryptionKeys;
}

export interface EncodeDigests {
  plain: { size: number; sha256: string };
  stored: { size: number; sha256: string };
}

export interface EncodeStages {
  /** Plain bytes in, stored bytes out, in this order. */
  stages: Duplex[];
  /** Valid once the last stage has ended. */
  digests(): EncodeDigests;
}

/** Fails before any byte moves when this runtime cannot write the asked compression. */
export function checkEncodeSpec(spec: EncodeSpec): void {
  if (spec.compression === 'zstd') requireZstd();
}

/**
 * The stages an artifact's bytes go through on the way to the stores: plain
 * bytes counted and hashed, compressed, encrypted, counted and hashed again.
 * Each byte is hashed once per form it takes: without compression and
 * encryption the stored bytes are the plain ones, and their digest is shared.
 * The same stages run in the encode worker (encode-worker.ts) or, where there
 * is none, in this thread.
 */
export function encodeStages(spec: EncodeSpec, onPlainBytes?: (n: number) => void): EncodeStages {
  const plain = new HashCounter(onPlainBytes);
  const after = storedStages(spec);
  const stored = after.stored ?? plain;
  return {
    stages: [plain, ...after.stages],
    digests: () => ({ plain: { size: plain.size, sha256: plain.sha256 }, stored: { size: stored.size, sha256: stored.sha256 } }),
  };
}

/**
 * The stages after the plain hash: compress, encrypt, and the stored bytes'
 * hash. None at all when the stored bytes are the plain ones.
 */
export function storedStages(spec: EncodeSpec): { stages: Duplex[]; stored?: HashCounter } {
  const transforms = encodeTransforms(spec, compressor);
  if (!transforms.length) return { stages: [] };
  const stored = new HashCounter();
  return { stages: [...transforms, stored], stored };
}

/**
 * What the encode worker runs on the PIPELINE_CHUNK blocks it is handed:
 * compress (zlib fed the blocks as they are) and encrypt. The hashes are not
 * here: the worker hashes the plain bytes as they arrive, the main thread the
 * stored bytes as they come back (worker-encoder.ts).
 */
export function blockTransforms(spec: EncodeSpec): Duplex[] {
  return encodeTransforms(spec, blockCompressor);
}

/** Compress (with the given kind of compressor), then encrypt: whichever of the two the spec asks for. */
function encodeTransforms(spec: EncodeSpec, compress: (c: Exclude<Compression, 'none'>, level?: number) => Duplex): Duplex[] {
  const transforms: Duplex[] = [];
  if (spec.compression !== 'none') transforms.push(compress(spec.compression, spec.level));
  if (spec.encryption.scheme !== 'none') transforms.push(encryptor(spec.encryption, spec.keys));
  return transforms;
}
