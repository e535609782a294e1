import { PassThrough, Writable } from 'node:stream';
import { errorMessage } from '../errors.js';
import { STREAM_CHUNK } from './buffers.js';

/** One destination of a fan-out: a consumer that reads `body` until it ends. */
export interface FanOutTarget {
  label: string;
  consume(body: PassThrough): Promise<unknown>;
}

export interface FanOutResult {
  label: string;
  ok: boolean;
  error?: string;
  value?: unknown;
}

/** The fan-out's own failure: every consumer has failed (their errors are in results()). */
export class EveryDestinationFailed extends Error {
  constructor() {
    super('every destination failed');
  }
}

/**
 * Writes one stream to several consumers, reading the input once. Backpressure
 * follows the slowest live consumer. A consumer that fails is dropped and
 * reported; the others go on. The writable fails only when every consumer has
 * failed.
 */
export class FanOut extends Writable {
  private readonly branches: { label: string; body: PassThrough; done: Promise<FanOutResult>; failed: boolean }[];

  constructor(targets: FanOutTarget[]) {
    super({ highWaterMark: STREAM_CHUNK });
    this.branches = targets.map((t) => {
      const body = new PassThrough({ highWaterMark: STREAM_CHUNK });
      const branch = { label: t.label, body, failed: false, done: undefined as unknown as Promise<FanOutResult> };
      branch.done = t.consume(body).then(
        (value) => ({ label: t.label, ok: true, value }),
        (err: unknown) => {
          branch.failed = true;
          body.destroy();
          return { label: t.label, ok: false, error: errorMessage(err) };
        },
      );
      return branch;
    });
  }

  private live() {
    return this.branches.filter((b) => !b.failed && !b.body.destroyed);
  }

  override _write(chunk: Buffer, _enc: BufferEncoding, cb: (err?: Error | null) => void): void {
    const live = this.live();
    if (live.length === 0) {
      cb(new EveryDestinationFailed());
      return;
    }
    let waiting = 0;
    const release = () => {
      if (--waiting === 0) cb();
    };
    for (const b of live) {
      if (!b.body.write(chunk)) {
        waiting++;
        // A branch that fails while we wait must not stall the others.
        const onDone = () => {
          b.body.off('drain', onDone);
          b.body.off('close', onDone);
          release();
        };
        b.body.once('drain', onDone);
        b.body.once('close', onDone);
      }
    }
    if (waiting === 0) cb();
  }

  override _final(cb: (err?: Error | null) => void): void {
    for (const b of this.live()) b.body.end();
    cb();
  }

  override _destroy(err: Error | null, cb: (err?: Error | null) => void): void {
    if (err) for (const b of this.branches) b.body.destroy(err);
    cb(err);
  }

  /** Settles when every consumer has finished or failed. */
  results(): Promise<FanOutResult[]> {
    return Promise.all(this.branches.map((b) => b.done));
  }
}
