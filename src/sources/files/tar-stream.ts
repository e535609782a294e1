import type { Readable, Writable } from 'node:stream';
import * as tar from 'tar';
import { writeWithBackpressure } from '../../util/streams.js';

/**
 * The tar we write: POSIX ustar headers, with a pax extended header in front
 * when a field does not fit (long or non-ASCII names, big sizes or ids) — what
 * node-tar's packer writes, and what GNU tar, bsdtar and node-tar read. We
 * write entries ourselves (node-tar's header and pax encoders, our own walk)
 * so the archive follows the file index's path order and each file is read
 * once, hashed as it is written.
 */
export interface TarEntryHeader {
  /** Relative path ('' for the root, which is written as './'). */
  path: string;
  type: 'File' | 'Directory' | 'SymbolicLink' | 'Link';
  mode: number;
  uid?: number;
  gid?: number;
  /** Owner names (n8n's tar names its owner 'bakup'; a directory backup records numeric ids only). */
  uname?: string;
  gname?: string;
  size: number;
  mtime: Date;
  linkpath?: string;
}

const ZERO = Buffer.alloc(1024);

export function tarPathOf(rel: string, isDir: boolean): string {
  if (rel === '') return './';
  return `./${rel}${isDir ? '/' : ''}`;
}

/**
 * The header block(s) of one entry named `e.path` exactly as given (TarWriter.header names a walk's relative
 * paths './…'); a pax extended header comes first when a field does not fit the ustar block.
 */
export function tarHeaderBytes(e: TarEntryHeader): Buffer {
  const h = new tar.Header({
    path: e.path,
    type: e.type,
    mode: e.mode & 0o7777,
    uid: e.uid,
    gid: e.gid,
    uname: e.uname,
    gname: e.gname,
    size: e.type === 'File' ? e.size : 0,
    mtime: e.mtime,
    linkpath: e.linkpath,
  });
  const block = Buffer.alloc(512);
  if (!h.encode(block, 0)) return block;
  const pax = new tar.Pax({ path: h.path, linkpath: h.linkpath, size: h.size, mtime: e.mtime, uid: e.uid, gid: e.gid });
  return Buffer.concat([pax.encode(), block]);
}

/** Zero padding after `size` bytes of content, to the next 512-byte block (empty when none is needed). */
export function tarPadding(size: number): Buffer {
  const rem = size % 512;
  return ZERO.subarray(0, rem ? 512 - rem : 0);
}

/** The two zero blocks that end an archive. */
export function tarEnd(): Buffer {
  return Buffer.from(ZERO);
}

export class TarWriter {
  constructor(private readonly out: Writable) {}

  async header(e: TarEntryHeader): Promise<void> {
    const linkpath = e.type === 'Link' ? tarPathOf(e.linkpath ?? '', false) : e.linkpath;
    await writeWithBackpressure(this.out, tarHeaderBytes({ ...e, path: tarPathOf(e.path, e.type === 'Directory'), linkpath }));
  }

  async data(chunk: Buffer): Promise<void> {
    await writeWithBackpressure(this.out, chunk);
  }

  /** Zero padding after `size` bytes of content, to the next 512-byte block. */
  async pad(size: number): Promise<void> {
    const padding = tarPadding(size);
    if (padding.length) await writeWithBackpressure(this.out, padding);
  }

  /** The two zero blocks that end an archive; ends the stream. */
  async finish(): Promise<void> {
    await writeWithBackpressure(this.out, tarEnd());
    this.out.end();
  }
}

/**
 * A tar stream as an async sequence of entries. node-tar's parser emits the
 * next entry only after the current one has ended, and stops asking for input
 * while an entry is not being read, so memory stays at a chunk or two. The
 * consumer must read or resume() each entry before asking for the next.
 */
export async function* tarEntries(input: Readable): AsyncGenerator<tar.ReadEntry, void, void> {
  const parser = new tar.Parser({ strict: true });
  const queue: tar.ReadEntry[] = [];
  let ended = false;
  let error: unknown;
  let wake: (() => void) | undefined;
  // The entry the consumer is reading: a failure of the input must reach it, or its reader waits forever.
  let current: tar.ReadEntry | undefined;
  const notify = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  const fail = (err: unknown) => {
    error ??= err;
    if (current && !current.emittedEnd) current.destroy(error as Error);
    notify();
  };
  parser.on('entry', (e: tar.ReadEntry) => {
    queue.push(e);
    notify();
  });
  parser.on('error', fail);
  parser.on('end', () => {
    ended = true;
    notify();
  });
  input.on('error', fail);
  input.pipe(parser as unknown as NodeJS.WritableStream);
  try {
    for (;;) {
      if (error) throw error;
      const e = queue.shift();
      if (e) {
        // The consumer listens while it reads; this keeps a failure between reads from being an unhandled 'error'.
        e.on('error', () => undefined);
        current = e;
        yield e;
        current = undefined;
        continue;
      }
      if (ended) return;
      await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    input.unpipe(parser as unknown as NodeJS.WritableStream);
    if (!ended) input.destroy();
  }
}

/**
 * Reads an entry to its end, handing each chunk to `onChunk` and waiting for it (the entry is paused
 * meanwhile, which pauses the parser and the input). Listens for errors the whole time: a failing input
 * destroys the entry at any moment, also between chunks.
 */
export async function readEntry(e: tar.ReadEntry, onChunk: (chunk: Buffer) => Promise<void> | void): Promise<void> {
  if (e.emittedEnd) return;
  await new Promise<void>((resolve, reject) => {
    const cleanup = () => {
      e.off('data', onData);
      e.off('end', onEnd);
      e.off('error', fail);
    };
    const fail = (err: unknown) => {
      cleanup();
      reject(err);
    };
    const onEnd = () => {
      cleanup();
      resolve();
    };
    const onData = (chunk: Buffer) => {
      const r = onChunk(chunk);
      if (r) {
        e.pause();
        r.then(() => e.resume(), fail);
      }
    };
    e.once('error', fail);
    e.once('end', onEnd);
    // Adding a 'data' listener starts the flow (minipass); resuming again here would let a second chunk
    // through while the first is still being written.
    e.on('data', onData);
  });
}

/** Reads an entry to its end, discarding its content. */
export function skipEntry(e: tar.ReadEntry): Promise<void> {
  return readEntry(e, () => undefined);
}
