import type { Readable } from 'node:stream';
import { VerificationError, errorMessage } from '../../errors.js';
import {
  FILE_INDEX_FORMAT,
  FILE_INDEX_VERSION,
  comparePaths,
  parentOf,
  recordProblem,
  type IndexHeader,
  type IndexRecord,
} from './format.js';

/** No line of a valid index comes near this; a longer one is garbage, not something to buffer. */
const MAX_LINE = 1 << 20;

/** Splits a byte stream into lines without decoding across chunk boundaries; memory is one line. */
async function* lines(stream: Readable, what: string): AsyncGenerator<string> {
  let rest: Buffer | undefined;
  for await (const chunk of stream) {
    let buf = rest ? Buffer.concat([rest, chunk as Buffer]) : (chunk as Buffer);
    let start = 0;
    for (;;) {
      const nl = buf.indexOf(0x0a, start);
      if (nl < 0) break;
      yield buf.toString('utf8', start, nl);
      start = nl + 1;
    }
    buf = buf.subarray(start);
    if (buf.length > MAX_LINE) throw new VerificationError(`${what}: a line longer than ${MAX_LINE} bytes; not a file index`);
    rest = buf.length ? Buffer.from(buf) : undefined;
  }
  if (rest?.length) throw new VerificationError(`${what}: ends inside a line (truncated)`);
}

/**
 * Reads a file index, checking everything a restore relies on before it is
 * used: the header, every record's fields, strictly increasing path order (no
 * duplicates), the root first, every entry's parent being a directory of the
 * index (so no path ever passes through a symlink), and the trailer's count
 * (so a truncated index is an error, not a smaller tree). Records come one at
 * a time; memory holds the current line and the chain of parent directories.
 */
export class FileIndexReader {
  private readonly input: AsyncGenerator<string>;
  private parsedHeader?: IndexHeader;
  private started = false;
  /** Records read so far (all of them once records() has finished). */
  entries = 0;

  constructor(
    private readonly stream: Readable,
    private readonly what: string,
  ) {
    this.input = lines(stream, what);
  }

  private fail(msg: string): never {
    this.stream.destroy();
    throw new VerificationError(`${this.what}: ${msg}`);
  }

  private parse(line: string, n: number): Record<string, unknown> {
    try {
      const v = JSON.parse(line) as unknown;
      if (typeof v !== 'object' || v === null || Array.isArray(v)) this.fail(`line ${n} is not a JSON object`);
      return v as Record<string, unknown>;
    } catch (err) {
      if (err instanceof VerificationError) throw err;
      this.fail(`line ${n} is not JSON (${errorMessage(err)})`);
    }
  }

  /** The first line; reading it also proves the index can be decrypted and decompressed. */
  async header(): Promise<IndexHeader> {
    if (this.parsedHeader) return this.parsedHeader;
    const first = await this.input.next();
    if (first.done) this.fail('empty');
    const h = this.parse(first.value, 1) as Partial<IndexHeader>;
    if (h.format !== FILE_INDEX_FORMAT) this.fail(`not a file index (format '${String(h.format)}')`);
    if (typeof h.version !== 'number' || h.version > FILE_INDEX_VERSION) {
      this.fail(`file index version ${String(h.version)} is newer than this build reads (${FILE_INDEX_VERSION})`);
    }
    if (typeof h.backup !== 'string' || typeof h.started !== 'string' || Number.isNaN(Date.parse(h.started))) this.fail('the header lacks backup or started');
    this.parsedHeader = h as IndexHeader;
    return this.parsedHeader;
  }

  /** Every record, checked; throws at the end when the trailer is missing or disagrees. Can be iterated once. */
  async *records(): AsyncGenerator<IndexRecord, void, void> {
    if (this.started) throw new Error('a file index can be read once');
    this.started = true;
    await this.header();
    let prev: string | undefined;
    let trailer: number | undefined;
    const dirs: string[] = [];
    try {
      for await (const line of this.input) {
        if (trailer !== undefined) this.fail('records after the end line');
        const v = this.parse(line, this.entries + 2);
        if (v.end === true) {
          trailer = typeof v.entries === 'number' ? v.entries : -1;
          continue;
        }
        const problem = recordProblem(v);
        if (problem) this.fail(`record ${this.entries + 1}: ${problem}`);
        const r = v as unknown as IndexRecord;
        if (prev === undefined) {
          if (r.p !== '') this.fail('the first record is not the root');
        } else {
          if (comparePaths(prev, r.p) >= 0) this.fail(`'${r.p}' is out of order (after '${prev}')`);
          const parent = parentOf(r.p);
          while (dirs.length && dirs[dirs.length - 1] !== parent) dirs.pop();
          if (!dirs.length) this.fail(`the parent of '${r.p}' is not a directory of the index`);
        }
        if (r.t === 'd') dirs.push(r.p);
        prev = r.p;
        this.entries++;
        yield r;
      }
    } finally {
      // A consumer that stops early releases the stored object instead of leaving it paused.
      if (trailer === undefined) this.stream.destroy();
    }
    if (trailer === undefined) this.fail('no end line (truncated)');
    if (trailer !== this.entries) this.fail(`the end line counts ${trailer} entries, the index holds ${this.entries}`);
  }

  /** Releases the stream without reading further. */
  close(): void {
    this.stream.destroy();
  }
}
