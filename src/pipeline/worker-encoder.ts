import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { Duplex } from 'node:stream';
import { Worker } from 'node:worker_threads';
import { workerScript } from '../util/worker-script.js';
import { OperationalError, UsageError, VerificationError, ExitCode } from '../errors.js';
import { PIPELINE_CHUNK } from './buffers.js';
import type { EncodeDigests, EncodeSpec } from './encode.js';
import { IN_WINDOW, type FromWorker, type ToWorker } from './worker-protocol.js';

/**
 * Whether a backup's encode stages are worth the worker thread (its isolate alone costs ~20 MiB): only when there is
 * something to encode, one destination (a backup to several moves at its slowest store's pace, and the thread's
 * memory would sit on top of every store's part buffers), and a second CPU to run it on. On one CPU (measured with
 * `taskset -c 0`, 2 GiB, zstd + age) the thread made the backup slower, 8.95–8.98 s against 8.03–8.12 s in-thread,
 * and bigger, 115.5 against 98.2 MiB (bench/README.md, files).
 */
export function encodeOnWorker(o: { encodes: boolean; destinations: number; cpus?: number }): boolean {
  return o.encodes && o.destinations === 1 && (o.cpus ?? availableParallelism()) > 1;
}

/** The encode worker's script (dist/encode-worker/index.js, lib/pipeline/encode-worker.js), if this build has one. */
export function encodeWorkerScript(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return workerScript(import.meta.url, 'encode-worker', 'BAKUP_ENCODE_WORKER', env);
}

function rebuild(m: Extract<FromWorker, { t: 'error' }>): Error {
  switch (m.exitCode) {
    case ExitCode.USAGE:
      return new UsageError(m.message);
    case ExitCode.VERIFICATION:
      return new VerificationError(m.message);
    case ExitCode.OPERATIONAL:
      return new OperationalError(m.message);
    default: {
      const e = new Error(m.message);
      e.name = m.name;
      return e;
    }
  }
}

/**
 * Plain bytes in, stored bytes out, like the in-thread encode stages, with the
 * work done by the encode worker. Input is gathered into PIPELINE_CHUNK blocks
 * (one copy into a block the worker then owns); output chunks arrive owned by
 * this thread, which hashes them (the worker hashes the plain bytes). The
 * digests are known once the readable side has ended.
 */
export class WorkerEncoder extends Duplex {
  private readonly worker: Worker;
  private block: Buffer | undefined;
  private fill = 0;
  /** Blocks the worker gave back: reused, so plain bytes cost no garbage on either thread. */
  private readonly free: Buffer[] = [];
  private inFlight = 0;
  /** A write waiting for the worker to take a block. */
  private waitingWrite: (() => void) | undefined;
  /** Output chunks pushed while the readable side was full: acknowledged when it is read. */
  private owedAcks = 0;
  private finalCb: ((err?: Error | null) => void) | undefined;
  /** The stored bytes are hashed here as they arrive: this thread waits on the worker and reads far more than it computes. */
  private readonly storedHash = createHash('sha256');
  private storedSize = 0;
  private result: EncodeDigests | undefined;
  private settled = false;

  constructor(script: string, spec: EncodeSpec, onPlainBytes?: (n: number) => void) {
    super({ readableHighWaterMark: PIPELINE_CHUNK, writableHighWaterMark: PIPELINE_CHUNK });
    // No flags from the main thread's command line: the worker is plain code, whatever ran the CLI.
    this.worker = new Worker(script, { workerData: { spec }, execArgv: [] });
    this.worker.on('message', (m: FromWorker) => {
      switch (m.t) {
        case 'took': {
          onPlainBytes?.(m.n);
          this.inFlight--;
          if (this.free.length < IN_WINDOW) this.free.push(Buffer.from(m.buf));
          const w = this.waitingWrite;
          this.waitingWrite = undefined;
          w?.();
          break;
        }
        case 'out': {
          const chunk = Buffer.from(m.buf, 0, m.len);
          this.storedHash.update(chunk);
          this.storedSize += m.len;
          if (this.push(chunk)) this.send({ t: 'ack' });
          else this.owedAcks++;
          break;
        }
        case 'done':
          this.result = { plain: m.plain, stored: { size: this.storedSize, sha256: this.storedHash.digest('hex') } };
          this.settled = true;
          this.push(null);
          this.finalCb?.();
          void this.worker.terminate();
          break;
        case 'error':
          this.fail(rebuild(m));
          break;
      }
    });
    this.worker.on('error', (err) => this.fail(err));
    this.worker.on('exit', (code) => {
      if (!this.settled) this.fail(new OperationalError(`the encode worker stopped (exit code ${code}) before the artifact was complete`));
    });
  }

  get digests(): EncodeDigests {
    if (!this.result) throw new Error('WorkerEncoder: digests read before the end of the stream');
    return this.result;
  }

  private send(m: ToWorker, transfer?: ArrayBuffer[]): void {
    this.worker.postMessage(m, transfer);
  }

  private fail(err: Error): void {
    if (this.settled) return;
    this.settled = true;
    const cb = this.finalCb;
    this.finalCb = undefined;
    void this.worker.terminate();
    if (cb) cb(err);
    else this.destroy(err);
  }

  /** Hands the current block to the worker (it owns it from here). */
  private flushBlock(): void {
    if (!this.block || this.fill === 0) return;
    const ab = this.block.buffer as ArrayBuffer;
    const len = this.fill;
    this.block = undefined;
    this.fill = 0;
    this.inFlight++;
    this.send({ t: 'in', buf: ab, len }, [ab]);
  }

  override _write(chunk: Buffer, _enc: BufferEncoding, cb: (err?: Error | null) => void): void {
    let off = 0;
    const go = (): void => {
      while (off < chunk.length) {
        if (!this.block) {
          if (this.inFlight >= IN_WINDOW) {
            this.waitingWrite = go;
            return;
          }
          // A block of its own (not from Buffer's shared pool): its ArrayBuffer moves to the worker whole.
          this.block = this.free.pop() ?? Buffer.allocUnsafeSlow(PIPELINE_CHUNK);
        }
        const n = chunk.copy(this.block, this.fill, off);
        this.fill += n;
        off += n;
        if (this.fill === PIPELINE_CHUNK) this.flushBlock();
      }
      cb();
    };
    go();
  }

  override _final(cb: (err?: Error | null) => void): void {
    if (this.settled) {
      cb(this.result ? null : new Error('the encode worker failed'));
      return;
    }
    this.finalCb = cb;
    this.flushBlock();
    this.send({ t: 'end' });
  }

  override _read(): void {
    while (this.owedAcks > 0) {
      this.owedAcks--;
      this.send({ t: 'ack' });
    }
  }

  override _destroy(err: Error | null, cb: (err?: Error | null) => void): void {
    this.settled = true;
    void this.worker.terminate();
    cb(err);
  }
}

