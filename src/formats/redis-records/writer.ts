import { Readable } from 'node:stream';
import {
  MAGIC,
  chunkCount,
  dumpFrameSize,
  encodeChunk,
  encodeEnd,
  encodeHeader,
  encodeKey,
  encodeTrailer,
  writeDumpFrame,
  type Chunk,
  type PortableTypeName,
  type StreamHeader,
  type StreamTrailer,
} from './format.js';

/**
 * A Readable that a producer writes record frames into. `write()` resolves when
 * the consumer wants more, so a fast scan never runs ahead of a slow upload by
 * more than the stream's high-water mark plus one batch.
 */
export class FrameStream extends Readable {
  // Several producers (one per cluster node) may wait at once.
  private waiters: (() => void)[] = [];
  constructor(highWaterMark = 4 << 20) {
    super({ highWaterMark });
  }
  override _read(): void {
    const w = this.waiters;
    this.waiters = [];
    for (const f of w) f();
  }
  async write(buf: Buffer): Promise<void> {
    if (this.destroyed) throw new Error('record stream was closed by its reader');
    if (this.push(buf)) return;
    await new Promise<void>((resolve) => {
      this.waiters.push(resolve);
    });
    if (this.destroyed) throw this.errored ?? new Error('record stream was closed by its reader');
  }
  override _destroy(err: Error | null, cb: (err?: Error | null) => void): void {
    // A destroyed stream never calls _read again: release a waiting producer.
    this._read();
    cb(err);
  }
  finish(): void {
    this.push(null);
  }
}

/** Counts what a record stream holds so the trailer can vouch for it. */
class Tally {
  keys = 0;
  readonly perDb = new Map<number, number>();
  vanished = 0;
  add(db: number): void {
    this.keys++;
    this.perDb.set(db, (this.perDb.get(db) ?? 0) + 1);
  }
  trailer(): StreamTrailer {
    return { keys: this.keys, perDb: Object.fromEntries([...this.perDb].map(([d, n]) => [String(d), n])), vanished: this.vanished };
  }
}

/**
 * Writes a record stream: magic + header at start, frames in between, the
 * trailer at `end()`. Dump records are gathered into one buffer per batch (one
 * push per SCAN batch rather than one per key).
 */
export class RedisRecordWriter {
  readonly stream = new FrameStream();
  private readonly tally = new Tally();
  private started = false;
  private openKey: { db: number; count: number } | undefined;
  bytes = 0;

  async start(header: StreamHeader): Promise<void> {
    this.started = true;
    await this.emit(Buffer.concat([MAGIC, encodeHeader(header)]));
  }

  private async emit(buf: Buffer): Promise<void> {
    if (!this.started) throw new Error('RedisRecordWriter: start() first');
    this.bytes += buf.length;
    await this.stream.write(buf);
  }

  /** Encodes many DUMP records in one buffer. */
  async dumps(items: { db: number; expireAt: number; key: Buffer; payload: Buffer }[]): Promise<void> {
    if (items.length === 0) return;
    let size = 0;
    for (const it of items) size += dumpFrameSize(it.key, it.payload);
    const out = Buffer.allocUnsafe(size);
    let off = 0;
    for (const it of items) {
      off = writeDumpFrame(out, off, it.db, it.expireAt, it.key, it.payload);
      this.tally.add(it.db);
    }
    await this.emit(out);
  }

  async beginKey(db: number, expireAt: number, type: PortableTypeName, key: Buffer): Promise<void> {
    if (this.openKey) throw new Error('RedisRecordWriter: a key is already open');
    this.openKey = { db, count: 0 };
    await this.emit(encodeKey(db, expireAt, type, key));
  }

  async chunk(chunk: Chunk): Promise<void> {
    if (!this.openKey) throw new Error('RedisRecordWriter: chunk outside a key');
    this.openKey.count += chunkCount(chunk);
    await this.emit(encodeChunk(chunk));
  }

  async endKey(): Promise<void> {
    if (!this.openKey) throw new Error('RedisRecordWriter: no open key');
    const { db, count } = this.openKey;
    this.openKey = undefined;
    this.tally.add(db);
    await this.emit(encodeEnd(count));
  }

  noteVanished(n = 1): void {
    this.tally.vanished += n;
  }

  get keys(): number {
    return this.tally.keys;
  }

  async end(): Promise<StreamTrailer> {
    if (this.openKey) throw new Error('RedisRecordWriter: end() inside a key');
    const t = this.tally.trailer();
    await this.emit(encodeTrailer(t));
    this.stream.finish();
    return t;
  }

  fail(err: Error): void {
    this.stream.destroy(err);
  }
}
