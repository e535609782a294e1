import { pipeline } from 'node:stream/promises';
import { PassThrough, type Duplex, type Readable, type Transform } from 'node:stream';
import { BakupError, VerificationError, errorMessage } from '../errors.js';
import type { ArtifactRecord } from '../catalog/manifest.js';
import { decompressor, extensionOf, type Compression } from './compression.js';
import { decryptor, type Encryption, type EncryptionKeys } from './encryption.js';
import { checkEncodeSpec, encodeStages, type EncodeDigests } from './encode.js';
import { ExpectDigest } from './hash.js';
import { Scavenger, WRITE_SCAVENGE_STEP } from '../util/scavenge.js';
import { encodeOnWorker, encodeWorkerScript, WorkerEncoder } from './worker-encoder.js';
import { FanOut, type FanOutResult, type FanOutTarget } from './fanout.js';
import { STREAM_CHUNK } from './buffers.js';

export interface WriteSpec {
  /** Base name chosen by the source, e.g. `files.tar`; the compression extension is added here. */
  baseName: string;
  kind: string;
  contentType?: string;
  meta?: Record<string, unknown>;
  compression: Compression;
  level?: number;
  encryption: Encryption;
  keys?: EncryptionKeys;
}

export interface WrittenArtifact {
  record: ArtifactRecord;
  destinations: FanOutResult[];
}

export function storedName(spec: Pick<WriteSpec, 'baseName' | 'compression' | 'encryption'>): string {
  return `${spec.baseName}${extensionOf(spec.compression)}${spec.encryption.scheme === 'age' ? '.age' : ''}`;
}

/**
 * The write half of the data flow: plain bytes go through the encode stages
 * (hash, compress, encrypt, hash; encode.ts) and are fanned out to every
 * destination. Memory stays bounded by the stream buffers whatever the size.
 * Where the build has the encode worker, the stages run on its thread, beside
 * the source's own work (reading, tar, per-file hashes) on this one; without
 * it (TypeScript sources, BAKUP_ENCODE_WORKER=0), with several destinations or on one CPU, they run here, with the
 * same bytes out.
 */
export async function writeArtifact(
  body: Readable,
  spec: WriteSpec,
  targets: FanOutTarget[],
  onPlainBytes?: (n: number) => void,
): Promise<WrittenArtifact> {
  checkEncodeSpec(spec);
  const scavenger = new Scavenger(WRITE_SCAVENGE_STEP);
  const plainBytes = (n: number) => {
    scavenger.add(n);
    onPlainBytes?.(n);
  };
  // Plain bytes stored as they are need only their hash: not worth a thread. Nor is a backup to several stores (a
  // 3-store backup peaked at 207 MiB with it, 184 without; bench/README.md, storage), nor one CPU.
  const encodes = spec.compression !== 'none' || spec.encryption.scheme !== 'none';
  const script = encodeOnWorker({ encodes, destinations: targets.length }) ? encodeWorkerScript() : undefined;
  let encoder: Duplex[];
  let digests: () => EncodeDigests;
  if (script) {
    const w = new WorkerEncoder(script, { compression: spec.compression, level: spec.level, encryption: spec.encryption, keys: spec.keys }, plainBytes);
    encoder = [w];
    digests = () => w.digests;
  } else {
    const s = encodeStages(spec, plainBytes);
    encoder = s.stages;
    digests = s.digests;
  }
  const fan = new FanOut(targets);
  let pipeError: unknown;
  try {
    await pipeline([body, ...encoder, fan] as unknown as [Readable, ...Transform[]]);
  } catch (err) {
    pipeError = err;
  }
  const destinations = await fan.results();
  if (pipeError) throw pipeError;
  const { plain, stored } = digests();
  return {
    record: {
      name: storedName(spec),
      kind: spec.kind,
      size: stored.size,
      sha256: stored.sha256,
      plain,
      compression: spec.compression,
      encryption: spec.encryption,
      ...(spec.contentType ? { contentType: spec.contentType } : {}),
      ...(spec.meta ? { meta: spec.meta } : {}),
    },
    destinations,
  };
}

/**
 * The read half: stored bytes are checked against the manifest's size and
 * SHA-256, decrypted, decompressed, and checked again against the plain digest.
 * The returned stream errors (before it ends) on any mismatch, so a consumer
 * that honours stream errors never accepts unvouched bytes.
 */
export interface ReadOptions {
  onStoredBytes?: (n: number) => void;
  keys?: EncryptionKeys;
  /** Check only the stored bytes (size and SHA-256): for encrypted backups when no key is at hand. */
  storedOnly?: boolean;
}

export function openArtifactStream(raw: Readable, record: ArtifactRecord, what: string, opts: ReadOptions = {}): Readable {
  const encryption = record.encryption as Encryption;
  const decoders: Duplex[] = [];
  if (!opts.storedOnly) {
    if (encryption.scheme !== 'none') decoders.push(decryptor(encryption, opts.keys));
    if (record.compression !== 'none') decoders.push(decompressor(record.compression));
  }
  let decodeError: unknown;
  for (const d of decoders) d.once('error', (err) => (decodeError ??= err));
  // Stored bytes that are the plain ones (no decoder) need one check, not two.
  const samePlain = decoders.length === 0 && record.plain.size === record.size && record.plain.sha256 === record.sha256;
  const scavenger = new Scavenger();
  const storedBytes = (n: number) => {
    scavenger.add(n);
    opts.onStoredBytes?.(n);
  };
  const stages = [
    raw,
    new ExpectDigest({ size: record.size, sha256: record.sha256 }, what, storedBytes),
    ...decoders,
    ...(opts.storedOnly || samePlain ? [] : [new ExpectDigest(record.plain, `${what} (decoded)`)]),
  ];
  const out = new PassThrough({ highWaterMark: STREAM_CHUNK });
  (stages[stages.length - 1] as Transform).pipe(out);
  // A consumer that gives up early (a refused archive entry) must release the stored object, not leave it paused.
  out.once('close', () => {
    for (const s of stages) if (!s.destroyed) s.destroy();
  });
  pipeline(stages as unknown as [Readable, ...Transform[]]).catch((err: unknown) => {
    // A decoder choking on the bytes means they are corrupt, even before the digest check at the end sees it.
    const mapped =
      err instanceof BakupError ? err : err === decodeError ? new VerificationError(`${what}: corrupt data (${errorMessage(err)})`, { cause: err }) : err;
    out.destroy(mapped as Error);
  });
  return out;
}
