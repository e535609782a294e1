import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { BlobHTTPHeaders, BlockBlobClient } from '@azure/storage-blob';
import { fillParts, partBuffers, type FilledParts } from './part-buffers.js';
import { abortError } from './streams.js';

export interface BlockTuning {
  blockSize: number;
  /** Blocks staged at once. */
  concurrency: number;
  headers?: BlobHTTPHeaders;
  tier?: string;
  signal?: AbortSignal;
}

/** The body failed (rather than the store): rethrown as is by the caller. */
export class AzureBodyError extends Error {
  constructor(readonly original: unknown) {
    super('body failed');
  }
}

const MAX_BLOCK = 4000 * 1024 * 1024;

/**
 * A blob may have 50000 blocks: sizes double every 10000 blocks, so the
 * default 8 MiB reaches ~2.4 TiB while small blobs keep small buffers.
 */
export function blockSizeFor(blockNumber: number, base: number): number {
  return Math.min(base * 2 ** Math.floor((blockNumber - 1) / 10_000), MAX_BLOCK);
}

/**
 * Streams a body into a block blob: blocks are copied into buffers leased from
 * the process's part-buffer pool (part-buffers.ts), staged `concurrency` at a
 * time (each request body is a buffer, so the SDK retries a block on its own),
 * and committed as a block list only after the body ended and every block is
 * staged. A body that fits in one block is one Put Blob and takes no buffer.
 * A failure or an abort stops reading the body, waits for the blocks in flight
 * and commits nothing: the blob keeps its previous content, and Azure discards
 * the uncommitted blocks after 7 days.
 *
 * The SDK's uploadStream was the first implementation; it keeps the body's
 * chunks referenced until a whole block has arrived and holds its own buffers
 * apart from every other upload, which mattered when one backup went to
 * several stores at once (bench/README.md).
 */
export async function uploadBlocks(blob: BlockBlobClient, body: Readable, tuning: BlockTuning): Promise<number> {
  const { blockSize, concurrency, signal } = tuning;
  const lease = partBuffers.open({ want: concurrency + 1, min: 2 });
  const prefix = randomUUID();
  const ids: string[] = [];
  const inflight = new Set<Promise<void>>();
  let wake: (() => void) | undefined;
  let failure: unknown;

  const fail = (err: unknown) => {
    failure ??= err;
    lease.interrupt();
    wake?.();
  };
  const onAbort = () => {
    fail(abortError(signal!));
    body.destroy(abortError(signal!));
  };
  if (signal?.aborted) {
    lease.close();
    throw abortError(signal);
  }
  signal?.addEventListener('abort', onAbort, { once: true });

  async function take(): Promise<Buffer | undefined> {
    if (failure !== undefined) return undefined;
    const buf = await lease.take(blockSizeFor(ids.length + 1, blockSize));
    if (buf && failure !== undefined) {
      lease.give(buf);
      return undefined;
    }
    return buf;
  }

  async function stage(buf: Buffer, length: number): Promise<void> {
    while (inflight.size >= concurrency && failure === undefined) await new Promise<void>((resolve) => (wake = resolve));
    if (failure !== undefined) {
      lease.give(buf);
      return;
    }
    // Block ids of one blob must all have the same length.
    const id = Buffer.from(`${prefix}-${String(ids.length).padStart(6, '0')}`).toString('base64');
    ids.push(id);
    const p = blob
      .stageBlock(id, buf.subarray(0, length), length, { abortSignal: signal })
      .then(
        () => undefined,
        (err: unknown) => {
          fail(err);
          // Stop the producer now rather than after the whole body was read.
          body.destroy();
        },
      )
      .finally(() => {
        inflight.delete(p);
        lease.give(buf);
        const w = wake;
        wake = undefined;
        w?.();
      });
    inflight.add(p);
  }

  try {
    let filled: FilledParts | undefined;
    try {
      filled = await fillParts(body, blockSize, take, stage, () => failure !== undefined);
    } catch (err) {
      if (failure === undefined) throw new AzureBodyError(err);
    }
    if (failure !== undefined) throw failure;
    const { head, headBytes, current, total } = filled!;
    const options = { abortSignal: signal, blobHTTPHeaders: tuning.headers, tier: tuning.tier };
    if (current === undefined) {
      const single = Buffer.concat(head, headBytes);
      await blob.upload(single, single.length, options);
      return total;
    }
    if (filled!.filled > 0) await stage(current, filled!.filled);
    else lease.give(current);
    await Promise.all([...inflight]);
    if (failure !== undefined) throw failure;
    await blob.commitBlockList(ids, options);
    return total;
  } catch (err) {
    await Promise.allSettled([...inflight]);
    if (signal?.aborted) throw abortError(signal);
    throw err;
  } finally {
    signal?.removeEventListener('abort', onAbort);
    lease.close();
  }
}
