import type { ExitCode } from '../errors.js';

/**
 * Messages between an artifact's writer (worker-encoder.ts, main thread) and
 * the encode worker (encode-worker.ts). Buffers move, they are not copied.
 * Flow control: the main thread keeps at most IN_WINDOW input blocks that the
 * worker has not yet given back ('took': its first stage is done with them); the worker sends at
 * most OUT_WINDOW output chunks that the main thread has not yet handed on
 * ('ack'). Memory in flight is therefore a few blocks whatever the size.
 */
export const IN_WINDOW = 4;
export const OUT_WINDOW = 4;

export type ToWorker = { t: 'in'; buf: ArrayBuffer; len: number } | { t: 'end' } | { t: 'ack' };

export type FromWorker =
  /** The worker is done with `n` plain bytes; `buf` is their block back, to be filled again. */
  | { t: 'took'; n: number; buf: ArrayBuffer }
  | { t: 'out'; buf: ArrayBuffer; len: number }
  /** The last output has been sent; the plain bytes' digest (the main thread hashes the stored bytes). */
  | { t: 'done'; plain: { size: number; sha256: string } }
  | { t: 'error'; name: string; message: string; exitCode?: ExitCode };
