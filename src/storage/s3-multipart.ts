import type { Readable } from 'node:stream';
import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  PutObjectCommand,
  UploadPartCommand,
  type CompletedPart,
  type PutObjectCommandInput,
  type S3Client,
} from '@aws-sdk/client-s3';
import { fillParts, partBuffers, type FilledParts } from './part-buffers.js';
import { abortError } from './streams.js';

/** The object-level parameters every request of one upload repeats. */
export type UploadParams = Pick<
  PutObjectCommandInput,
  'Bucket' | 'Key' | 'ContentType' | 'ServerSideEncryption' | 'SSEKMSKeyId' | 'StorageClass' | 'ObjectLockMode' | 'ObjectLockRetainUntilDate'
>;

export interface UploadTuning {
  partSize: number;
  /** Parts in flight at once. */
  queueSize: number;
  /** Send a CRC32 with every request (needed for object lock; the SDK default on AWS). */
  checksum: boolean;
  signal?: AbortSignal;
}

/** S3 allows 10000 parts: part sizes double every 2000 parts, so the
 * default 8 MiB reaches ~500 GiB objects while small ones keep small buffers. */
export function partSizeFor(partNumber: number, base: number): number {
  return Math.min(base * 2 ** Math.floor((partNumber - 1) / 2000), 5 * 1024 ** 3);
}

/** Which of the two failures an upload reports: the body's own, or the store's. */
export class BodyError extends Error {
  constructor(readonly original: unknown) {
    super('body failed');
  }
}

/**
 * Streams a body to one S3 object. Parts are copied into buffers leased from
 * the process's part-buffer pool (part-buffers.ts): at most `queueSize` parts
 * in flight plus one filling, fewer when other uploads share the pool. Memory
 * stays at that whatever the object size, and buffers are reused part after
 * part and upload after upload. A body that fits in one part goes up as a
 * single PutObject and never takes a part buffer (locks and manifests are a
 * few hundred bytes). Each request body is a buffer, so the SDK retries a
 * failed part on its own.
 *
 * Any failure (a part, the body, an abort) stops reading the body at once,
 * waits for the parts in flight and aborts the multipart upload before the
 * promise rejects: nothing stays visible or pending, unless the store cannot
 * be reached to abort (then a lifecycle rule removes it; docs/STORAGE.md).
 *
 * lib-storage's Upload was the first choice; it copies each part twice
 * (Buffer.concat), keeps its other uploaders reading the body after a part
 * fails, and rejects an aborted upload before the AbortMultipartUpload is sent.
 */
export async function uploadStream(client: S3Client, params: UploadParams, body: Readable, tuning: UploadTuning): Promise<number> {
  const { partSize, queueSize, signal } = tuning;
  const checksum = tuning.checksum ? ({ ChecksumAlgorithm: 'CRC32' } as const) : {};
  const lease = partBuffers.open({ want: queueSize + 1, min: 2 });
  let wake: (() => void) | undefined;
  let failure: unknown;
  let uploadId: string | undefined;
  let partNumber = 0;
  const parts: CompletedPart[] = [];
  const inflight = new Set<Promise<void>>();

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

  async function takeBuffer(): Promise<Buffer | undefined> {
    if (failure !== undefined) return undefined;
    const buf = await lease.take(partSizeFor(partNumber + 1, partSize));
    if (buf && failure !== undefined) {
      lease.give(buf);
      return undefined;
    }
    return buf;
  }

  function release(buf: Buffer): void {
    lease.give(buf);
    const w = wake;
    wake = undefined;
    w?.();
  }

  async function sendPart(buf: Buffer, length: number): Promise<void> {
    while (inflight.size >= queueSize && failure === undefined) await new Promise<void>((resolve) => (wake = resolve));
    if (uploadId === undefined && failure === undefined) {
      try {
        const created = await client.send(new CreateMultipartUploadCommand({ ...params, ...checksum }), { abortSignal: signal });
        if (!created.UploadId) throw new Error('CreateMultipartUpload returned no UploadId');
        uploadId = created.UploadId;
      } catch (err) {
        fail(err);
        body.destroy();
      }
    }
    if (failure !== undefined) {
      release(buf);
      return;
    }
    const PartNumber = ++partNumber;
    const id = uploadId!;
    const p = client
      .send(
        new UploadPartCommand({ Bucket: params.Bucket, Key: params.Key, UploadId: id, PartNumber, Body: buf.subarray(0, length), ContentLength: length, ...checksum }),
        { abortSignal: signal },
      )
      .then(
        (res) => {
          if (!res.ETag) throw new Error(`UploadPart ${PartNumber} returned no ETag`);
          parts.push({ PartNumber, ETag: res.ETag, ChecksumCRC32: res.ChecksumCRC32 });
        },
      )
      .catch((err: unknown) => {
        fail(err);
        // Stop the producer now rather than after the whole body was read.
        body.destroy();
      })
      .finally(() => {
        inflight.delete(p);
        release(buf);
      });
    inflight.add(p);
  }

  try {
    // The first part's bytes wait as the body's own chunks until they outgrow one part.
    let filled: FilledParts | undefined;
    try {
      filled = await fillParts(body, partSizeFor(1, partSize), takeBuffer, sendPart, () => failure !== undefined);
    } catch (err) {
      // The body failed, or was destroyed because a part or an abort failed first.
      if (failure === undefined) throw new BodyError(err);
    }
    if (failure !== undefined) throw failure;
    const { head, headBytes, current, total } = filled!;

    if (uploadId === undefined) {
      const single = current ? current.subarray(0, filled!.filled) : Buffer.concat(head, headBytes);
      await client.send(new PutObjectCommand({ ...params, ...checksum, Body: single, ContentLength: single.length }), { abortSignal: signal });
      return total;
    }
    if (!current) throw new Error('upload stopped');
    await sendPart(current, filled!.filled);
    await Promise.all([...inflight]);
    if (failure !== undefined) throw failure;
    parts.sort((a, b) => a.PartNumber! - b.PartNumber!);
    await client.send(
      new CompleteMultipartUploadCommand({ Bucket: params.Bucket, Key: params.Key, UploadId: uploadId, MultipartUpload: { Parts: parts } }),
      { abortSignal: signal },
    );
    uploadId = undefined;
    return total;
  } catch (err) {
    await Promise.allSettled([...inflight]);
    if (uploadId !== undefined) {
      // Not under the caller's signal: the cleanup must run even when the upload was aborted.
      await client
        .send(new AbortMultipartUploadCommand({ Bucket: params.Bucket, Key: params.Key, UploadId: uploadId }), { abortSignal: AbortSignal.timeout(30_000) })
        .catch(() => undefined);
    }
    if (signal?.aborted) throw abortError(signal);
    throw err;
  } finally {
    signal?.removeEventListener('abort', onAbort);
    lease.close();
  }
}
