import { Readable } from 'node:stream';
import { OperationalError, UsageError } from '../errors.js';

/** What a store knows about one object. */
export interface ObjectInfo {
  key: string;
  size: number;
  modified?: Date;
}

export interface PutOptions {
  contentType?: string;
  /** Aborting rejects the put and leaves nothing visible under `key`. */
  signal?: AbortSignal;
}

/**
 * One destination kind (local folder, S3, GCS, Azure…). Keys are '/'-separated
 * and relative to the store's root (the URL's prefix). Implementations keep it
 * small; retries, fan-out and limits are decorators around it.
 *
 * Contract (checked by test/conformance/storage.ts on every backend):
 * - put() streams the body; the object becomes visible only when complete. A
 *   failed or aborted put leaves nothing under the key (an older version stays).
 * - get() of a missing key rejects with NotFoundError.
 * - stat() of a missing key resolves undefined.
 * - list() yields every object whose key starts with the prefix, in no promised order.
 * - delete() of a missing key succeeds.
 */
export interface Storage {
  /** Where this store points, e.g. `s3://bucket/prefix`. Never contains secrets. */
  readonly location: string;
  put(key: string, body: Readable, opts?: PutOptions): Promise<ObjectInfo>;
  get(key: string): Promise<Readable>;
  stat(key: string): Promise<ObjectInfo | undefined>;
  list(prefix: string): AsyncIterable<ObjectInfo>;
  delete(key: string): Promise<void>;
  /**
   * Creates the object only if no object has the key, atomically (a conditional
   * write: exclusive create, S3/Azure If-None-Match, GCS ifGenerationMatch=0).
   * Resolves false when the key exists. Stores that cannot do this omit it.
   */
  putIfAbsent?(key: string, body: Buffer): Promise<boolean>;
  /**
   * Removes what failed or killed writes left behind that list() never shows
   * (temporary files, multipart uploads), when started before `olderThan`
   * under `prefix`. Returns how many were removed.
   */
  sweepIncomplete?(prefix: string, olderThan: Date): Promise<number>;
  /**
   * Releases the store. 'commit' after a backup that succeeded on this store, 'discard' after one
   * that failed: stores that stage writes (the GitHub artifact) publish or drop them here.
   */
  close?(outcome?: 'commit' | 'discard'): Promise<void>;
}

export class NotFoundError extends OperationalError {
  constructor(readonly location: string, readonly key: string) {
    super(`${location}: no object '${key}'`);
  }
}

/** Rejects keys that could escape the store's root or that differ between backends. */
export function checkKey(key: string): string {
  if (
    key.length === 0 ||
    key.startsWith('/') ||
    key.endsWith('/') ||
    key.split('/').some((seg) => seg === '' || seg === '.' || seg === '..') ||
    key.includes('\\') ||
    key.includes('\0')
  ) {
    throw new UsageError(`invalid storage key '${key}': expected '/'-separated names without empty, '.' or '..' parts`);
  }
  return key;
}

export function joinKey(...parts: string[]): string {
  return parts.filter((p) => p.length > 0).join('/');
}

/**
 * After a conditional create was refused: true only when the object holds
 * exactly `body`, i.e. our own earlier attempt landed and only its answer was
 * lost (a retried request then finds "its" object). Lock bodies are unique.
 */
export async function holdsBytes(storage: Pick<Storage, 'get'>, key: string, body: Buffer): Promise<boolean> {
  let stream: Readable;
  try {
    stream = await storage.get(key);
  } catch (err) {
    if (err instanceof NotFoundError) return false;
    throw err;
  }
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += (chunk as Buffer).length;
    if (size > body.length) {
      stream.destroy();
      return false;
    }
    parts.push(chunk as Buffer);
  }
  return Buffer.concat(parts).equals(body);
}

/**
 * putIfAbsent for a peer that does not support conditional writes: look,
 * write, read back. Not atomic (two writers in the same instant can both
 * win), which is why backends use the store's conditional write when it has one.
 */
export async function putIfAbsentByReadBack(storage: Pick<Storage, 'get' | 'put' | 'stat'>, key: string, body: Buffer): Promise<boolean> {
  if (await storage.stat(key)) return false;
  await storage.put(key, Readable.from([body]), { contentType: 'application/json' });
  return holdsBytes(storage, key, body);
}
