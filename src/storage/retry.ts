import { Readable } from 'node:stream';
import { UsageError } from '../errors.js';
import { isTransient } from './errors.js';
import type { StorageOptions } from './open.js';
import { optionLabel } from './options.js';
import type { ObjectInfo, PutOptions, Storage } from './storage.js';

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  attempts: number;
  /** First delay; each retry doubles the ceiling, and the delay is drawn uniformly below it ("full jitter"). */
  baseMs: number;
  maxMs: number;
  /** Called before each wait; the CLI logs it at debug level, tests count it. */
  onRetry?: (info: RetryInfo) => void;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  random?: () => number;
}

export interface RetryInfo {
  location: string;
  op: string;
  key?: string;
  attempt: number;
  delayMs: number;
  error: unknown;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 4, baseMs: 300, maxMs: 10_000 };

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(done, ms);
    function done() {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }
    function onAbort() {
      clearTimeout(timer);
      reject(signal!.reason);
    }
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function intOption(opts: StorageOptions, name: string, min: number, max: number): number | undefined {
  const v = opts[name];
  if (v === undefined || v === null || v === '') return undefined;
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\d+$/.test(v.trim()) ? Number(v) : NaN;
  if (!Number.isInteger(n) || n < min || n > max) throw new UsageError(`${optionLabel(opts, name)}: expected an integer from ${min} to ${max}, got '${String(v)}'`);
  return n;
}

/** Reads `retryAttempts`, `retryBaseMs`, `retryMaxMs` and `onRetry` from the storage options. */
export function retryPolicyFrom(opts: StorageOptions): RetryPolicy {
  const onRetry = typeof opts.onRetry === 'function' ? (opts.onRetry as RetryPolicy['onRetry']) : undefined;
  return {
    attempts: intOption(opts, 'retryAttempts', 1, 20) ?? DEFAULT_RETRY.attempts,
    baseMs: intOption(opts, 'retryBaseMs', 0, 60_000) ?? DEFAULT_RETRY.baseMs,
    maxMs: intOption(opts, 'retryMaxMs', 0, 600_000) ?? DEFAULT_RETRY.maxMs,
    onRetry,
  };
}

export type ReadRetry = Pick<RetryPolicy, 'attempts' | 'baseMs' | 'maxMs'>;

/** How backends resume a download that drops mid-body: the same knobs, at least one retry. */
export function readRetryFrom(opts: StorageOptions): ReadRetry {
  const { attempts, baseMs, maxMs } = retryPolicyFrom(opts);
  return { attempts: Math.max(attempts, 2), baseMs, maxMs };
}

/** Exponential backoff with full jitter: uniform below min(maxMs, baseMs·2^(retry-1)). */
export function backoffDelay(policy: ReadRetry, retry: number, random: () => number = Math.random): number {
  return Math.round(random() * Math.min(policy.maxMs, policy.baseMs * 2 ** (retry - 1)));
}

/**
 * Retries transient failures (throttling, 5xx, resets, timeouts) of any backend
 * with exponential backoff and full jitter; permanent ones (denied, missing
 * bucket, bad credentials) fail at once.
 *
 * A streamed put body cannot be replayed: once a backend has read from it, a
 * retry would upload a truncated object. So put is retried here only when the
 * body was not touched (the failure came before the first byte was read, e.g.
 * a refused connection for a small object). Uploads survive transient errors
 * mid-stream through each SDK's own retries of the part or block it holds in
 * memory (S3 multipart parts, Azure staged blocks, GCS resumable chunks).
 *
 * A get is retried while opening; a list that fails mid-way is restarted and
 * skips the keys it already yielded.
 */
export class RetryingStorage implements Storage {
  readonly location: string;
  private readonly policy: Required<Pick<RetryPolicy, 'sleep' | 'random'>> & RetryPolicy;

  /** Present when the backend has it (conditional create, used by locks). */
  readonly putIfAbsent?: (key: string, body: Buffer) => Promise<boolean>;
  /** Present when the backend has it (used by prune). */
  readonly sweepIncomplete?: (prefix: string, olderThan: Date) => Promise<number>;

  constructor(
    readonly inner: Storage,
    policy: RetryPolicy = DEFAULT_RETRY,
  ) {
    this.location = inner.location;
    this.policy = { sleep, random: Math.random, ...policy };
    // The body is a buffer, so a conditional create can be sent again; a
    // retry that finds its own earlier write is told so by the backend.
    if (inner.putIfAbsent) this.putIfAbsent = (key, body) => this.run('putIfAbsent', key, () => inner.putIfAbsent!(key, body));
    if (inner.sweepIncomplete) this.sweepIncomplete = (prefix, olderThan) => this.run('sweepIncomplete', prefix, () => inner.sweepIncomplete!(prefix, olderThan));
  }

  /** The delay before retry number `retry` (1-based). */
  delayFor(retry: number): number {
    return backoffDelay(this.policy, retry, this.policy.random);
  }

  private async run<T>(op: string, key: string | undefined, fn: () => Promise<T>, canRetry: () => boolean = () => true, signal?: AbortSignal): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await fn();
      } catch (err) {
        if (attempt >= this.policy.attempts || !isTransient(err) || !canRetry() || signal?.aborted) throw err;
        const delayMs = this.delayFor(attempt);
        this.policy.onRetry?.({ location: this.location, op, key, attempt, delayMs, error: err });
        await this.policy.sleep(delayMs, signal);
      }
    }
  }

  put(key: string, body: Readable, opts?: PutOptions): Promise<ObjectInfo> {
    return this.run('put', key, () => this.inner.put(key, body, opts), () => !Readable.isDisturbed(body) && !body.destroyed, opts?.signal);
  }

  get(key: string): Promise<Readable> {
    return this.run('get', key, () => this.inner.get(key));
  }

  stat(key: string): Promise<ObjectInfo | undefined> {
    return this.run('stat', key, () => this.inner.stat(key));
  }

  delete(key: string): Promise<void> {
    return this.run('delete', key, () => this.inner.delete(key));
  }

  async *list(prefix: string): AsyncIterable<ObjectInfo> {
    // Keys already yielded, so a restarted listing does not repeat them. A
    // listing is bounded by what the catalog reads anyway.
    const seen = new Set<string>();
    for (let attempt = 1; ; attempt++) {
      try {
        for await (const info of this.inner.list(prefix)) {
          if (seen.has(info.key)) continue;
          seen.add(info.key);
          yield info;
        }
        return;
      } catch (err) {
        if (attempt >= this.policy.attempts || !isTransient(err)) throw err;
        const delayMs = this.delayFor(attempt);
        this.policy.onRetry?.({ location: this.location, op: 'list', key: prefix, attempt, delayMs, error: err });
        await this.policy.sleep(delayMs);
      }
    }
  }

  /** Passes an optional outcome through (the artifact store uploads on 'commit', drops on 'discard'). */
  async close(outcome?: 'commit' | 'discard'): Promise<void> {
    await (this.inner.close as ((outcome?: 'commit' | 'discard') => Promise<void>) | undefined)?.call(this.inner, outcome);
  }
}

/** Wraps a backend in the retry decorator configured by the storage options. */
export function withRetries(inner: Storage, opts: StorageOptions = {}): Storage {
  return new RetryingStorage(inner, retryPolicyFrom(opts));
}
