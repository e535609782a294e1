/**
 * One pool for the part buffers of every upload in the process: S3 parts, GCS
 * chunks, Azure blocks.
 *
 * A backup written to several stores at once moves the same bytes to each of
 * them at the pace of the slowest (the fan-out's backpressure), so the faster
 * uploads never use their whole concurrency at the same time as the others.
 * With a pool per upload, each one kept its own high-water mark of buffers
 * anyway: a fan-out to S3, GCS and Azure held nine 8 MiB buffers, most of them
 * idle. Here the uploads share one budget:
 *
 *   budget = max(largest single upload's want, 2 buffers for every upload)
 *
 * so one upload alone gets all it asks for (`(concurrency + 1) × part size`:
 * nothing changes for a single destination), and several uploads at once each
 * keep two (one filling, one in flight: still pipelined), lending the rest
 * to whichever needs it. A lease that holds no buffer always gets one, and a
 * lease waits only while its own parts are in flight, which finish without
 * needing input: no upload can starve another.
 */

export interface PartLease {
  /**
   * A buffer of exactly `size` bytes: reused from the pool, or new. Waits while
   * the pool's budget is spent; resolves undefined once the lease is
   * interrupted (its upload failed).
   */
  take(size: number): Promise<Buffer | undefined>;
  /** Hands a buffer back (its part is done); it is reused by any upload. */
  give(buf: Buffer): void;
  /** Ends a pending take with undefined. */
  interrupt(): void;
  /** Gives back whatever the lease still holds and leaves the pool. */
  close(): void;
}

export interface LeaseShape {
  /** Buffers the upload would hold at most on its own (in flight + filling). */
  want: number;
  /** Buffers it needs to stay pipelined (usually 2). */
  min: number;
}

export class PartBufferPool {
  private readonly idle: Buffer[] = [];
  private idleBytes = 0;
  private inUse = 0;
  private readonly leases = new Set<Lease>();
  /** The budget when the last lease closed: idle buffers are kept up to it for the next upload. */
  private lastBudget = 0;

  open(shape: LeaseShape): PartLease {
    const lease = new Lease(this, shape);
    this.leases.add(lease);
    this.wakeAll();
    return lease;
  }

  /** Bytes the uploads may hold at once (see the module comment). */
  budget(): number {
    let sumMin = 0;
    let maxWant = 0;
    for (const l of this.leases) {
      sumMin += l.shape.min * l.unit;
      maxWant = Math.max(maxWant, l.shape.want * l.unit);
    }
    return Math.max(sumMin, maxWant);
  }

  /** What the pool holds now, for tests and the bench. */
  stats(): { inUse: number; idle: number; budget: number; leases: number } {
    return { inUse: this.inUse, idle: this.idleBytes, budget: this.budget(), leases: this.leases.size };
  }

  /** @internal */
  tryTake(lease: Lease, size: number): Buffer | undefined {
    if (lease.held.size > 0 && this.inUse + size > this.budget()) return undefined;
    this.inUse += size;
    const i = this.idle.findIndex((b) => b.length === size);
    if (i >= 0) {
      const [buf] = this.idle.splice(i, 1);
      this.idleBytes -= size;
      return buf!;
    }
    // Idle buffers of another size would only add to the total: let them go.
    while (this.idle.length && this.inUse + this.idleBytes > this.budget()) this.idleBytes -= this.idle.shift()!.length;
    // Outside Node's shared pool: these buffers are reused for the whole run.
    return Buffer.allocUnsafeSlow(size);
  }

  /** @internal */
  giveBack(buf: Buffer): void {
    this.inUse -= buf.length;
    const keep = this.leases.size ? this.budget() : this.lastBudget;
    if (this.inUse + this.idleBytes + buf.length <= keep) {
      this.idle.push(buf);
      this.idleBytes += buf.length;
    }
    this.wakeAll();
  }

  /** @internal */
  closed(lease: Lease): void {
    if (this.leases.size === 1) this.lastBudget = this.budget();
    this.leases.delete(lease);
    this.wakeAll();
  }

  private wakeAll(): void {
    for (const l of this.leases) l.wake();
  }
}

class Lease implements PartLease {
  readonly held = new Set<Buffer>();
  /** The part size this lease asks for (its largest so far), in bytes. */
  unit = 0;
  private waiting: (() => void) | undefined;
  private interrupted = false;
  private done = false;

  constructor(
    private readonly pool: PartBufferPool,
    readonly shape: LeaseShape,
  ) {}

  async take(size: number): Promise<Buffer | undefined> {
    this.unit = Math.max(this.unit, size);
    for (;;) {
      if (this.interrupted || this.done) return undefined;
      const buf = this.pool.tryTake(this, size);
      if (buf) {
        this.held.add(buf);
        return buf;
      }
      await new Promise<void>((resolve) => (this.waiting = resolve));
    }
  }

  give(buf: Buffer): void {
    if (!this.held.delete(buf)) return;
    this.pool.giveBack(buf);
  }

  interrupt(): void {
    this.interrupted = true;
    this.wake();
  }

  close(): void {
    if (this.done) return;
    this.done = true;
    for (const buf of [...this.held]) this.give(buf);
    this.pool.closed(this);
    this.wake();
  }

  /** @internal */
  wake(): void {
    const w = this.waiting;
    this.waiting = undefined;
    w?.();
  }
}

/** The process's pool. */
export const partBuffers = new PartBufferPool();

/** Where filling a body's parts stopped: the first part's chunks (when it never outgrew one part), or the last buffer. */
export interface FilledParts {
  /** The body's own chunks while they fit in the first part; empty once a buffer was taken. */
  head: Buffer[];
  headBytes: number;
  /** The last buffer taken, `filled` bytes of it used; undefined when the whole body fit in `head`. */
  current: Buffer | undefined;
  filled: number;
  total: number;
}

/**
 * Copies a body into part buffers for a multipart/block upload: the first
 * part's bytes wait as the body's own chunks until they outgrow `firstSize`
 * (a small object then goes up in one request, from those chunks), and a full
 * buffer is handed to `send` only once more bytes arrive, so the last part may
 * be the only one. `take` and `send` answer undefined / do nothing once the
 * upload has failed; `stopped` says so, and the loop ends.
 */
export async function fillParts(
  body: AsyncIterable<unknown>,
  firstSize: number,
  take: () => Promise<Buffer | undefined>,
  send: (buf: Buffer, length: number) => Promise<void>,
  stopped: () => boolean,
): Promise<FilledParts> {
  const r: FilledParts = { head: [], headBytes: 0, current: undefined, filled: 0, total: 0 };
  for await (const chunk of body) {
    const data = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
    if (r.current === undefined) {
      if (r.headBytes + data.length <= firstSize) {
        r.head.push(data);
        r.headBytes += data.length;
        r.total += data.length;
        continue;
      }
      r.current = await take();
      if (!r.current) break;
      for (const h of r.head) r.filled += h.copy(r.current, r.filled);
      r.head.length = 0;
    }
    for (let off = 0; off < data.length; ) {
      if (r.filled === r.current.length) {
        await send(r.current, r.filled);
        r.current = await take();
        r.filled = 0;
        if (!r.current) break;
      }
      const n = Math.min(data.length - off, r.current.length - r.filled);
      data.copy(r.current, r.filled, off, off + n);
      r.filled += n;
      off += n;
      r.total += n;
    }
    if (stopped() || !r.current) break;
  }
  return r;
}
