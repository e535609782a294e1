import { Readable } from 'node:stream';
import { OperationalError } from '../../errors.js';
import { Crc64 } from './crc64.js';
import {
  FORMAT_VERSION,
  MAGIC,
  MAX_INTERNAL_BSON_SIZE,
  TERMINATOR,
  encodeHeader,
  encodeNamespaceHeader,
  encodeNamespaceMetadata,
  nsKey,
  type ArchiveHeader,
  type NamespaceMetadata,
} from './format.js';

export interface MongoArchiveWriterOptions {
  header: Partial<ArchiveHeader> & Pick<ArchiveHeader, 'serverVersion' | 'toolVersion'>;
  /** Every namespace the archive will hold, in prelude order; each must be ended before finish(). */
  namespaces: NamespaceMetadata[];
  /**
   * Documents of one namespace are gathered up to about this many bytes before
   * they are handed to the stream, so parallel collections interleave in
   * segments rather than document by document (mongodump uses 16 MiB buffers;
   * smaller keeps memory low with several collections in flight).
   */
  segmentBytes?: number;
  /** Bytes the output stream buffers before writers are asked to wait. */
  highWaterMark?: number;
}

export interface NamespaceSummary {
  db: string;
  collection: string;
  count: number;
  bytes: number;
  crc: bigint;
}

/**
 * Produces a mongodump archive (see SPEC.md) as a Readable. The prelude is
 * written at construction; documents are then written through one
 * NamespaceWriter per namespace, from as many concurrent producers as wanted:
 * each producer's documents are batched into segments and segments of
 * different namespaces interleave in the order they fill up, exactly as
 * mongodump's multiplexer does. Writers wait (their write() returns a promise)
 * whenever the consumer of `stream` is behind, so memory stays bounded.
 */
export class MongoArchiveWriter {
  readonly stream: Readable;
  private readonly segmentBytes: number;
  private readonly expected = new Map<string, NamespaceMetadata>();
  private readonly writers = new Map<string, NamespaceWriter>();
  private readonly summaries: NamespaceSummary[] = [];
  /** The namespace whose segment is open on the wire (null between blocks). */
  private current: string | null = null;
  private waiting: { resolve: () => void; reject: (e: Error) => void }[] = [];
  private closedError: Error | null = null;
  private finished = false;

  constructor(opts: MongoArchiveWriterOptions) {
    this.segmentBytes = Math.max(1, opts.segmentBytes ?? 1024 * 1024);
    this.stream = new Readable({
      highWaterMark: opts.highWaterMark ?? 1024 * 1024,
      read: () => this.wake(),
      destroy: (err, cb) => {
        this.closedError = err ?? new Error('mongodump archive stream closed before it was complete');
        this.failWaiters(this.closedError);
        cb(err);
      },
    });
    const parts: Buffer[] = [
      MAGIC,
      encodeHeader({
        concurrentCollections: opts.header.concurrentCollections ?? 1,
        version: opts.header.version ?? FORMAT_VERSION,
        serverVersion: opts.header.serverVersion,
        toolVersion: opts.header.toolVersion,
      }),
    ];
    for (const m of opts.namespaces) {
      const key = nsKey(m.db, m.collection);
      if (this.expected.has(key)) throw new Error(`mongo archive writer: namespace '${key}' listed twice in the prelude`);
      this.expected.set(key, m);
      parts.push(encodeNamespaceMetadata(m));
    }
    parts.push(TERMINATOR);
    this.stream.push(Buffer.concat(parts));
  }

  /** Opens the writer of a namespace listed in the prelude (once per namespace). */
  namespace(db: string, collection: string): NamespaceWriter {
    const key = nsKey(db, collection);
    if (!this.expected.has(key)) throw new Error(`mongo archive writer: namespace '${key}' is not in the prelude`);
    if (this.writers.has(key)) throw new Error(`mongo archive writer: namespace '${key}' opened twice`);
    const w = new NamespaceWriter(this, db, collection, key, this.segmentBytes);
    this.writers.set(key, w);
    return w;
  }

  /** Ends the archive; every prelude namespace must have reached EOF, as mongorestore requires. */
  finish(): void {
    if (this.finished) return;
    const missing = [...this.expected.keys()].filter((k) => !this.writers.get(k)?.ended);
    if (missing.length) throw new Error(`mongo archive writer: namespaces never ended: ${missing.join(', ')}`);
    this.finished = true;
    this.stream.push(null);
  }

  /** Fails the stream (the consumer sees `err`) and every waiting writer. */
  abort(err: Error): void {
    if (!this.stream.destroyed) this.stream.destroy(err);
  }

  /** Per-namespace counts, sizes and CRCs of the namespaces ended so far, in EOF order. */
  get namespaces(): readonly NamespaceSummary[] {
    return this.summaries;
  }

  /** @internal Writes one segment of `key`; resolves when the consumer has room again. */
  emitSegment(w: NamespaceWriter, docs: Buffer[]): Promise<void> | undefined {
    this.assertOpen();
    const parts: Buffer[] = [];
    if (this.current !== w.key) {
      if (this.current !== null) parts.push(TERMINATOR);
      parts.push(encodeNamespaceHeader(w.db, w.collection, false, 0n));
      this.current = w.key;
    }
    for (const d of docs) parts.push(d);
    return this.pushOrWait(Buffer.concat(parts));
  }

  /** @internal Closes namespace `key` with its EOF header and CRC. */
  emitEof(w: NamespaceWriter, summary: NamespaceSummary, everWritten: boolean): Promise<void> | undefined {
    this.assertOpen();
    const parts: Buffer[] = [];
    if (!everWritten && this.current !== w.key) {
      // mongodump opens even an empty namespace (views, empty collections) with a
      // header before its EOF; mongorestore relies on seeing it to create the collection.
      if (this.current !== null) parts.push(TERMINATOR);
      parts.push(encodeNamespaceHeader(w.db, w.collection, false, 0n));
      this.current = w.key;
    }
    if (this.current !== null) parts.push(TERMINATOR);
    parts.push(encodeNamespaceHeader(w.db, w.collection, true, summary.crc), TERMINATOR);
    this.current = null;
    this.summaries.push(summary);
    return this.pushOrWait(Buffer.concat(parts));
  }

  private assertOpen(): void {
    if (this.closedError) throw this.closedError;
    if (this.finished) throw new Error('mongo archive writer: write after finish()');
  }

  private pushOrWait(chunk: Buffer): Promise<void> | undefined {
    if (this.stream.push(chunk)) return undefined;
    return new Promise((resolve, reject) => this.waiting.push({ resolve, reject }));
  }

  private wake(): void {
    const w = this.waiting;
    this.waiting = [];
    for (const x of w) x.resolve();
  }

  private failWaiters(err: Error): void {
    const w = this.waiting;
    this.waiting = [];
    for (const x of w) x.reject(err);
  }
}

/** Accepts the raw BSON documents of one namespace. Not safe for concurrent write() calls on one instance. */
export class NamespaceWriter {
  private batch: Buffer[] = [];
  private batchBytes = 0;
  private readonly crc = new Crc64();
  private everWritten = false;
  count = 0;
  bytes = 0;
  ended = false;

  constructor(
    private readonly archive: MongoArchiveWriter,
    readonly db: string,
    readonly collection: string,
    readonly key: string,
    private readonly segmentBytes: number,
  ) {}

  /**
   * Adds one BSON document (its exact bytes). Returns a promise only when the
   * caller must wait for the consumer before writing more; await it then.
   */
  write(doc: Buffer): Promise<void> | undefined {
    if (this.ended) throw new Error(`mongo archive writer: write to '${this.key}' after end()`);
    const size = doc.length;
    if (size < 5 || doc.readInt32LE(0) !== size || doc[size - 1] !== 0) {
      throw new OperationalError(`${this.key}: document #${this.count + 1} is not a well-formed BSON document`);
    }
    if (size > MAX_INTERNAL_BSON_SIZE) {
      throw new OperationalError(`${this.key}: document #${this.count + 1} is ${size} bytes, larger than BSON allows`);
    }
    this.crc.update(doc);
    this.count++;
    this.bytes += size;
    this.batch.push(doc);
    this.batchBytes += size;
    if (this.batchBytes >= this.segmentBytes) return this.flush();
    return undefined;
  }

  /** Writes what is batched and the namespace's EOF block. */
  async end(): Promise<NamespaceSummary> {
    if (this.ended) throw new Error(`mongo archive writer: '${this.key}' ended twice`);
    await this.flush();
    this.ended = true;
    const summary: NamespaceSummary = { db: this.db, collection: this.collection, count: this.count, bytes: this.bytes, crc: this.crc.digest() };
    await this.archive.emitEof(this, summary, this.everWritten);
    return summary;
  }

  private flush(): Promise<void> | undefined {
    if (this.batch.length === 0) return undefined;
    const docs = this.batch;
    this.batch = [];
    this.batchBytes = 0;
    this.everWritten = true;
    return this.archive.emitSegment(this, docs);
  }
}
