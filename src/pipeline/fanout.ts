import { PassThrough, Writable } from 'node:stream';
import { errorMessage } from '../errors.js';
import { STREAM_CHUNK } from './buffers.js';
import { collectGarbageSoon } from '../util/gc.js';

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

/**
 * With several destinations (and the cloud SDKs loaded: RSS above the floor), a
 * background collection per this many bytes keeps dead chunks from piling up
 * on top of every destination's part buffers (util/gc.ts). A fan-out to local
 * folders stays far below the floor and never pays for it.
 */
const COLLECT_EVERY = 16 << 20;
const COLLECT_ABOVE_RSS = 128 << 20;

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

  /** Bytes written since the last collection (several destinations only; util/gc.ts says why). */
  private sinceCollect = 0;

  override _write(chunk: Buffer, _enc: BufferEncoding, cb: (err?: Error | null) => void): void {
    const live = this.live();
    if (live.length > 1 && (this.sinceCollect += chunk.length) >= COLLECT_EVERY) {
      this.sinceCollect = 0;
      if (process.memoryUsage.rss() > COLLECT_ABOVE_RSS) collectGarbageSoon();
    }
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
