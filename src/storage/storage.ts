import type { Readable } from 'node:stream';
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
