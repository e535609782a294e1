import type { Writable } from 'node:stream';
import { writeWithBackpressure } from '../../util/streams.js';
import { comparePaths, encodeRecord, FILE_INDEX_FORMAT, FILE_INDEX_VERSION, type IndexHeader, type IndexRecord } from './format.js';

/** Writes a file index: the header, records in path order (checked here, so a walk bug cannot write a bad index), the end line. */
export class FileIndexWriter {
  private prev: string | undefined;
  private count = 0;

  constructor(private readonly out: Writable) {}

  async start(h: Omit<IndexHeader, 'format' | 'version'>): Promise<void> {
    const header: IndexHeader = { format: FILE_INDEX_FORMAT, version: FILE_INDEX_VERSION, backup: h.backup, parent: h.parent, started: h.started };
    await writeWithBackpressure(this.out, `${JSON.stringify(header)}\n`);
  }

  async add(r: IndexRecord): Promise<void> {
    if (this.prev !== undefined && comparePaths(this.prev, r.p) >= 0) throw new Error(`file index written out of order: '${r.p}' after '${this.prev}'`);
    this.prev = r.p;
    this.count++;
    await writeWithBackpressure(this.out, encodeRecord(r));
  }

  /** Writes the end line and ends the stream. */
  async finish(): Promise<number> {
    await writeWithBackpressure(this.out, `${JSON.stringify({ end: true, entries: this.count })}\n`);
    await new Promise<void>((resolve, reject) => {
      this.out.once('error', reject);
      this.out.end(() => resolve());
    });
    return this.count;
  }
}
