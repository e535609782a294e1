import { Worker } from 'node:worker_threads';
import { workerScript } from '../../util/worker-script.js';
import { FingerprintBuilder, KeyDigester, type DigestSums } from './fingerprint.js';

/**
 * Value digests of DUMP payloads (the fingerprint of a dump-mode backup, of
 * its restore and of a drill's read-back), computed on a worker thread where
 * the build has its script, so decoding and hashing ~1 GB of values does not
 * hold up the thread that keeps the server busy (backup: reading DUMP
 * replies; restore: sending RESTOREs). A key's digest is a pure function of
 * its name and payload and the fingerprint's per-type sums are order-free, so
 * the worker sums what it is given and the sums merge at the end
 * (`FingerprintBuilder.addSums`); the result is the same as digesting here.
 *
 * Keys are copied into fixed shared buffers (`SLOT` bytes, `WINDOW` of them,
 * reused: no garbage per key); a payload too big for a quarter of a slot is
 * digested on this thread instead (it is rare and costs no copy there).
 * Without the script (TypeScript sources: the tests' in-process runs) or with
 * BAKUP_DIGEST_WORKER=0 every key is digested here, as before.
 */

/** Bytes per shared buffer, and how many may be queued or in the worker's hands at once. */
const SLOT = 1 << 20;
const WINDOW = 4;
/** The worker's young generation (semi-spaces included), MiB. */
const YOUNG_MB = 3;
/** Per entry: db u32, sign u8, key length u32, payload length u32. */
const ENTRY_HEAD = 13;

export type ToDigestWorker = { t: 'batch'; slot: number; buf: SharedArrayBuffer; len: number } | { t: 'end' };
export type FromDigestWorker = { t: 'done'; slot: number } | { t: 'sums'; sums: DigestSums; undecoded: number } | { t: 'error'; name: string; message: string };

/** The digest worker's script (dist/digest-worker/index.js, lib/sources/redis/digest-worker.js), if this build has one. */
export function digestWorkerScript(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return workerScript(import.meta.url, 'digest-worker', 'BAKUP_DIGEST_WORKER', env);
}

/** Digests every entry of a batch into `fp` (the worker's loop; the layout is the one DumpDigests writes). */
export function digestBatch(b: Buffer, fp: FingerprintBuilder, kd: KeyDigester): void {
  let p = 0;
  while (p < b.length) {
    const db = b.readUInt32LE(p);
    const sign: 1 | -1 = b[p + 4] === 1 ? 1 : -1;
    const kl = b.readUInt32LE(p + 5);
    const pl = b.readUInt32LE(p + 9);
    p += ENTRY_HEAD;
    const key = b.subarray(p, p + kl);
    const payload = b.subarray(p + kl, p + kl + pl);
    p += kl + pl;
    fp.apply(db, '', key, kd.ofDump(key, payload), sign);
  }
}

interface Slot {
  index: number;
  sab: SharedArrayBuffer;
  buf: Buffer;
}

export class DumpDigests {
  private readonly here = new KeyDigester();
  private worker: Worker | undefined;
  private readonly slots = new Map<number, Slot>();
  private slotsMade = 0;
  private readonly free: Slot[] = [];
  private cur: Slot | undefined;
  private fill = 0;
  private inFlight = 0;
  private waiters: (() => void)[] = [];
  private failure: Error | undefined;
  private ending: { resolve: () => void; reject: (e: Error) => void } | undefined;
  private workerUndecoded = 0;
  private finished = false;

  constructor(
    private readonly fp: FingerprintBuilder,
    /** The worker's script; null digests on this thread. */
    private readonly script: string | null | undefined = digestWorkerScript(),
  ) {}

  /** The worker, started with the first key it is to digest (a portable or legacy restore never needs one). */
  private start(): Worker | undefined {
    if (this.worker || this.finished || !this.script || this.fp.legacy) return this.worker;
    // No flags from the main thread's command line. A small young generation: what the worker keeps
    // between scavenges is a few objects (its garbage is a string per key), and every MiB of it is resident.
    const w = new Worker(this.script, { execArgv: [], resourceLimits: { maxYoungGenerationSizeMb: YOUNG_MB } });
    w.on('message', (m: FromDigestWorker) => this.onMessage(m));
    w.on('error', (e) => this.fail(e));
    w.on('exit', (code) => {
      if (!this.finished) this.fail(new Error(`the digest worker exited (code ${code})`));
    });
    this.worker = w;
    return w;
  }

  /** Values this build could not decode, digested as bytes (see KeyDigester). */
  get undecoded(): number {
    return this.here.undecoded + this.workerUndecoded;
  }

  /** Adds (sign 1) or takes back (-1) one key's digest. Copies what it keeps: the caller may reuse its buffers. */
  add(db: number, key: Buffer, payload: Buffer, sign: 1 | -1 = 1): void {
    if (this.failure) throw this.failure;
    const size = ENTRY_HEAD + key.length + payload.length;
    if (size > SLOT / 4 || !this.start()) {
      this.fp.apply(db, '', key, this.here.ofDump(key, payload), sign);
      return;
    }
    if (this.cur && this.fill + size > SLOT) this.post();
    if (!this.cur) {
      this.cur = this.free.pop() ?? this.newSlot();
      this.fill = 0;
    }
    const b = this.cur.buf;
    let p = this.fill;
    b.writeUInt32LE(db, p);
    b[p + 4] = sign > 0 ? 1 : 0;
    b.writeUInt32LE(key.length, p + 5);
    b.writeUInt32LE(payload.length, p + 9);
    p += ENTRY_HEAD;
    // TypedArray.set: no argument checks per call, unlike Buffer.copy (twice per key adds up over millions).
    b.set(key, p);
    p += key.length;
    b.set(payload, p);
    this.fill = p + payload.length;
  }

  /**
   * Resolves when the worker has room for more (undefined when it has now):
   * callers await it between batches, so at most WINDOW slots (plus the one
   * being filled) are ever held.
   */
  ready(): Promise<void> | undefined {
    if (this.failure) return Promise.reject(this.failure);
    if (this.inFlight < WINDOW) return undefined;
    return new Promise<void>((resolve) => this.waiters.push(resolve));
  }

  /** Waits for every queued digest and merges the worker's sums into the fingerprint; ends the worker. */
  async finish(): Promise<void> {
    if (this.failure) throw this.failure;
    if (!this.worker || this.finished) return;
    if (this.cur && this.fill > 0) this.post();
    await new Promise<void>((resolve, reject) => {
      this.ending = { resolve, reject };
      this.send({ t: 'end' });
    });
  }

  /** Ends the worker without waiting for it (a backup or restore that failed). */
  close(): void {
    if (this.finished || !this.worker) return;
    this.finished = true;
    void this.worker.terminate();
  }

  private newSlot(): Slot {
    const sab = new SharedArrayBuffer(SLOT);
    const s = { index: this.slotsMade++, sab, buf: Buffer.from(sab) };
    this.slots.set(s.index, s);
    return s;
  }

  private post(): void {
    const s = this.cur!;
    this.cur = undefined;
    this.inFlight++;
    this.send({ t: 'batch', slot: s.index, buf: s.sab, len: this.fill });
    this.fill = 0;
  }

  private send(m: ToDigestWorker): void {
    this.worker!.postMessage(m);
  }

  private onMessage(m: FromDigestWorker): void {
    switch (m.t) {
      case 'done': {
        this.inFlight--;
        // Slots made while all were busy are dropped once WINDOW are free again.
        if (this.free.length < WINDOW) this.free.push(this.slots.get(m.slot)!);
        else this.slots.delete(m.slot);
        const w = this.waiters;
        this.waiters = [];
        for (const f of w) f();
        return;
      }
      case 'sums': {
        this.fp.addSums(m.sums);
        this.workerUndecoded = m.undecoded;
        this.finished = true;
        void this.worker!.terminate();
        this.ending?.resolve();
        return;
      }
      case 'error': {
        const e = new Error(`digest worker: ${m.message}`);
        e.name = m.name;
        this.fail(e);
        return;
      }
    }
  }

  private fail(e: Error): void {
    if (this.failure || this.finished) return;
    this.failure = e;
    this.finished = true;
    void this.worker?.terminate();
    this.ending?.reject(e);
    // Waiters resume and see the failure on their next add() or ready().
    const w = this.waiters;
    this.waiters = [];
    for (const f of w) f();
  }
}
