import * as http from 'node:http';
import * as https from 'node:https';
import type { Readable } from 'node:stream';
import { isTransient } from './errors.js';
import { partBuffers } from './part-buffers.js';
import { abortError } from './streams.js';

export interface ResumableTuning {
  /** Bytes per request, a multiple of 256 KiB; two such buffers are held (one sending, one filling). */
  chunkSize: number;
  /** Attempts per chunk against transient failures. */
  attempts: number;
  delayMs: (failure: number) => number;
  signal?: AbortSignal;
}

const REQUEST_TIMEOUT_MS = 5 * 60_000;

/** The body failed (rather than the store): rethrown as is by the caller. */
export class GcsBodyError extends Error {
  constructor(readonly original: unknown) {
    super('body failed');
  }
}

/** An HTTP answer of the upload session, shaped for errors.ts (`code` = status). */
function httpError(status: number, text: string): Error {
  const reason = /"message"\s*:\s*"([^"]+)"/.exec(text)?.[1] ?? text.slice(0, 200);
  return Object.assign(new Error(reason || `HTTP ${status}`), { code: status });
}

/** `Range: bytes=0-N` → N + 1 bytes persisted; no header → none. */
function persistedFrom(res: SessionAnswer): number {
  const m = /bytes=0-(\d+)/.exec(res.range ?? '');
  return m ? Number(m[1]) + 1 : 0;
}

interface SessionAnswer {
  status: number;
  range?: string;
  text: string;
}

const agents = { 'http:': new http.Agent({ keepAlive: true }), 'https:': new https.Agent({ keepAlive: true }) };

/**
 * One request to the upload session with node:http: the payload buffer is
 * written as is (fetch copies it), and a stalled request fails as a timeout,
 * which is resumed like any transient failure.
 */
function request(uri: string, method: string, headers: Record<string, string>, payload: Buffer | undefined, signal?: AbortSignal): Promise<SessionAnswer> {
  const url = new URL(uri);
  const mod = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = mod.request(
      url,
      {
        method,
        headers: { ...headers, 'Content-Length': String(payload?.length ?? 0) },
        agent: agents[url.protocol as 'http:' | 'https:'],
        signal,
        timeout: REQUEST_TIMEOUT_MS,
      },
      (res) => {
        const parts: Buffer[] = [];
        res.on('data', (d: Buffer) => parts.push(d));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, range: res.headers.range, text: Buffer.concat(parts).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(Object.assign(new Error(`no answer in ${REQUEST_TIMEOUT_MS / 1000} s`), { code: 'ETIMEDOUT' })));
    req.on('error', reject);
    req.end(payload);
  });
}

/**
 * Opens a media download (`alt=media`) with node:http. The library's read
 * stream crashes the process (an uncaught ERR_STREAM_UNABLE_TO_PIPE in
 * teeny-request) when the service answers a download with an error status,
 * so bakup downloads with its own request and resumes with `Range`.
 */
export function openDownload(url: URL, headers: Record<string, string>): Promise<Readable> {
  const mod = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = mod.request(url, { method: 'GET', headers, agent: agents[url.protocol as 'http:' | 'https:'], timeout: REQUEST_TIMEOUT_MS }, (res) => {
      const status = res.statusCode ?? 0;
      if (status === 200 || status === 206) {
        resolve(res);
        return;
      }
      const parts: Buffer[] = [];
      res.on('data', (d: Buffer) => parts.push(d));
      res.on('end', () => reject(httpError(status, Buffer.concat(parts).toString('utf8'))));
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(Object.assign(new Error(`no answer in ${REQUEST_TIMEOUT_MS / 1000} s`), { code: 'ETIMEDOUT' })));
    req.on('error', reject);
    req.end();
  });
}

/**
 * Sends a body through a GCS resumable upload session, in chunks, following
 * the protocol (https://cloud.google.com/storage/docs/performing-resumable-uploads):
 * each chunk goes as `Content-Range: bytes a-b/*`, the last with the total; a
 * 308 answer says how much the service persisted, and a transient failure is
 * followed by a status query and a resend from that offset. Chunks are copied
 * into two buffers leased from the process's pool (part-buffers.ts), so memory
 * is 2 × chunkSize whatever the size; a body smaller than a chunk takes none.
 *
 * The session URI is itself the credential, so chunk requests need no token
 * (they go out with node:http, which writes the buffer without copying it).
 *
 * Why not @google-cloud/storage's chunked write stream: it keeps the last
 * buffer of every chunk request alive until the upload ends (memory grew by
 * ~1/8 of the object), and when writes arrive in bursts it may send the final
 * chunk of an object whose size is a multiple of the chunk size as not-final,
 * then fail with "Upload failed" on the service's 308.
 */
export async function uploadResumable(uri: string, body: Readable, tuning: ResumableTuning): Promise<number> {
  const { chunkSize, signal } = tuning;
  if (signal?.aborted) throw abortError(signal);
  let confirmed = 0; // bytes the service holds: where the chunk being sent starts
  let total = 0;
  let sending: Promise<void> | undefined;
  let failure: unknown;

  const onAbort = () => body.destroy(abortError(signal!));
  signal?.addEventListener('abort', onAbort, { once: true });

  function put(headers: Record<string, string>, payload?: Buffer): Promise<SessionAnswer> {
    return request(uri, 'PUT', headers, payload, signal);
  }

  /** Sends `buf[0..len)` at offset `confirmed`; `last` closes the object at `total`. */
  async function sendChunk(buf: Buffer, len: number, last: boolean): Promise<void> {
    const start = confirmed;
    const end = start + len; // exclusive
    const size = last ? String(end) : '*';
    let sent = start; // first byte the service does not have yet
    let failures = 0;
    let zeroProgress = 0;
    for (;;) {
      try {
        const range = sent < end ? `bytes ${sent}-${end - 1}/${size}` : `bytes */${size}`;
        const res = await put({ 'Content-Range': range }, sent < end ? buf.subarray(sent - start, len) : undefined);
        if (res.status === 200 || res.status === 201) {
          if (!last) throw new Error('the upload session completed before the last chunk');
          confirmed = end;
          return;
        }
        if (res.status === 308) {
          const persisted = persistedFrom(res);
          if (persisted < start) throw new Error(`the upload session lost data: it holds ${persisted} bytes, ${start} were confirmed`);
          if (persisted >= end && !last) {
            confirmed = end;
            return;
          }
          // Partly persisted (or the closing request is still owed): send the rest.
          zeroProgress = persisted > sent ? 0 : zeroProgress + 1;
          if (zeroProgress > 3) throw new Error(`the upload session does not accept bytes from ${persisted}`);
          sent = Math.min(persisted, end);
          continue;
        }
        throw httpError(res.status, res.text);
      } catch (err) {
        if (signal?.aborted) throw abortError(signal);
        if (!isTransient(err) || ++failures >= tuning.attempts) throw err;
        await new Promise((r) => setTimeout(r, tuning.delayMs(failures)));
        // Ask the session what it holds, then resume from there.
        try {
          const res = await put({ 'Content-Range': `bytes */${last ? String(end) : '*'}` });
          if ((res.status === 200 || res.status === 201) && last) {
            confirmed = end;
            return;
          }
          if (res.status === 308) sent = Math.max(start, Math.min(persistedFrom(res), end));
        } catch {
          // The next attempt will fail or succeed on its own.
        }
      }
    }
  }

  // Chunk buffers come from the process's pool (part-buffers.ts): one filling, one being sent.
  const lease = partBuffers.open({ want: 2, min: 2 });
  const take = async () => {
    const buf = await lease.take(chunkSize);
    if (!buf) throw failure ?? new Error('upload stopped');
    return buf;
  };
  // A body smaller than one chunk (a lock, a manifest) goes as its own chunks, without a chunk buffer.
  const head: Buffer[] = [];
  let headBytes = 0;
  let cur: Buffer | undefined;
  let filled = 0;
  try {
    try {
      for await (const chunk of body) {
        const data = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
        if (cur === undefined) {
          if (headBytes + data.length <= chunkSize) {
            head.push(data);
            headBytes += data.length;
            total += data.length;
            continue;
          }
          cur = await take();
          for (const h of head) filled += h.copy(cur, filled);
          head.length = 0;
        }
        for (let off = 0; off < data.length; ) {
          // A full buffer is sent only once more bytes arrive: it may be the last chunk.
          if (filled === chunkSize) {
            if (sending) await sending;
            if (failure !== undefined) throw failure;
            const full = cur;
            sending = sendChunk(full, filled, false).then(
              () => lease.give(full),
              (err: unknown) => {
                failure ??= err;
                lease.give(full);
                // A take waiting for the pool ends now, with the failure.
                lease.interrupt();
              },
            );
            cur = await take();
            filled = 0;
          }
          const n = Math.min(data.length - off, chunkSize - filled);
          data.copy(cur, filled, off, off + n);
          filled += n;
          off += n;
          total += n;
        }
        if (failure !== undefined) throw failure;
      }
    } catch (err) {
      if (failure !== undefined) throw failure;
      if (signal?.aborted) throw err;
      throw new GcsBodyError(err);
    }
    if (sending) await sending;
    if (failure !== undefined) throw failure;
    if (cur === undefined) {
      cur = Buffer.concat(head, headBytes);
      filled = headBytes;
    }
    await sendChunk(cur, filled, true);
    return total;
  } catch (err) {
    if (sending) await sending.catch(() => undefined);
    // Cancel the session so nothing lingers; best effort.
    await request(uri, 'DELETE', {}, undefined, AbortSignal.timeout(10_000)).catch(() => undefined);
    if (signal?.aborted) throw abortError(signal);
    throw err;
  } finally {
    signal?.removeEventListener('abort', onAbort);
    lease.close();
  }
}
