import { Readable } from 'node:stream';

/** The error an aborted operation rejects with: the signal's own reason when it is an AbortError. */
export function abortError(signal: AbortSignal): Error {
  const reason: unknown = signal.reason;
  if (reason instanceof Error && reason.name === 'AbortError') return reason;
  return Object.assign(new Error('The operation was aborted', { cause: reason }), { name: 'AbortError', code: 'ABORT_ERR' });
}

export interface ResumeOptions {
  /** Byte count the object is known to have; a body that ends short is resumed like one that failed. */
  size?: number;
  /** Attempts per failure streak; the counter resets whenever bytes arrive. */
  attempts: number;
  isTransient: (err: unknown) => boolean;
  delayMs: (failure: number) => number;
  /** What a short body is reported as when it cannot be resumed. */
  describe: string;
}

/**
 * A download that survives dropped connections: when the body fails with a
 * transient error (or ends short of `size`), it is reopened at the byte where
 * it stopped. `reopen` must return the same object version (ETag / generation
 * pinned), so the bytes joined are of one object.
 */
export function resumableRead(first: Readable, reopen: (offset: number) => Promise<Readable>, opts: ResumeOptions): Readable {
  async function* chunks(): AsyncGenerator<Buffer> {
    let stream = first;
    let offset = 0;
    let failures = 0;
    for (;;) {
      try {
        for await (const chunk of stream) {
          const b = chunk as Buffer;
          offset += b.length;
          failures = 0;
          yield b;
        }
        if (opts.size === undefined || offset >= opts.size) return;
        throw Object.assign(new Error(`${opts.describe}: body ended at byte ${offset} of ${opts.size}`), { code: 'ERR_STREAM_PREMATURE_CLOSE' });
      } catch (err) {
        stream.destroy();
        let failure: unknown = err;
        // Reopening can fail too; it shares the streak's attempts.
        for (;;) {
          if (++failures >= opts.attempts || !opts.isTransient(failure)) throw failure;
          await new Promise((r) => setTimeout(r, opts.delayMs(failures)));
          try {
            stream = await reopen(offset);
            break;
          } catch (again) {
            failure = again;
          }
        }
      }
    }
  }
  return Readable.from(chunks(), { objectMode: false, highWaterMark: 1 << 20 });
}
