import type { Readable } from 'node:stream';
import * as tar from 'tar';
import { VerificationError, errorMessage } from '../errors.js';

/**
 * Deep verification: each artifact kind has a reader that parses the decoded
 * bytes completely (not just their digest), so `verify --deep` catches a
 * backup whose bytes are intact but whose content a restore could not use.
 * Readers are imported lazily: verifying a files backup loads no Mongo code.
 */
export interface DeepCheck {
  /** What the reader found, e.g. entries, namespaces and documents, keys. */
  summary: Record<string, number>;
}

type Reader = (stream: Readable, what: string) => Promise<DeepCheck>;

async function readTar(stream: Readable, what: string): Promise<DeepCheck> {
  let entries = 0;
  let bytes = 0;
  const parser = new tar.Parser({
    strict: true,
    onReadEntry: (e: tar.ReadEntry) => {
      entries++;
      bytes += e.size ?? 0;
      e.resume();
    },
  });
  await new Promise<void>((resolve, reject) => {
    parser.on('error', (err: unknown) => reject(new VerificationError(`${what}: not a valid tar (${errorMessage(err)})`)));
    stream.on('error', reject);
    parser.on('end', () => resolve());
    stream.pipe(parser as unknown as NodeJS.WritableStream);
  });
  return { summary: { entries, bytes } };
}

const READERS: Record<string, Reader> = {
  tar: readTar,
  'file-index': async (stream, what) => {
    const { FileIndexReader } = await import('./file-index/reader.js');
    const reader = new FileIndexReader(stream, what);
    const summary = { entries: 0, files: 0, dirs: 0, symlinks: 0, hardlinks: 0, bytes: 0 };
    for await (const r of reader.records()) {
      summary.entries++;
      if (r.t === 'f') {
        summary.files++;
        summary.bytes += r.s ?? 0;
      } else if (r.t === 'd') summary.dirs++;
      else if (r.t === 'l') summary.symlinks++;
      else summary.hardlinks++;
    }
    return { summary };
  },
  'mongo-archive': async (stream, what) => {
    const { verifyArchive } = await import('./mongo-archive/reader.js');
    const s = await verifyArchive(stream, what);
    return { summary: { namespaces: s.namespaces.length, documents: s.namespaces.reduce((n, x) => n + x.count, 0) } };
  },
  'mongo-oplog': async (stream, what) => {
    const { bsonDocuments } = await import('./bson-stream/reader.js');
    const docs = bsonDocuments(stream, what, { validate: true });
    for (;;) {
      const r = await docs.next();
      if (r.done) return { summary: { entries: r.value } };
    }
  },
  'redis-records': async (stream, what) => {
    const { readRedisRecords } = await import('./redis-records/reader.js');
    const records = readRedisRecords(stream as AsyncIterable<Buffer>, what);
    let n = 0;
    for (;;) {
      const r = await records.next();
      if (r.done) return { summary: { records: n, keys: r.value.keys } };
      n++;
    }
  },
  'redis-rdb': async (stream, what) => {
    const { RdbParser } = await import('./rdb/parser.js');
    const parser = new RdbParser();
    const events: import('./rdb/parser.js').RdbEvent[] = [];
    let keys = 0;
    try {
      for await (const chunk of stream) {
        parser.push(chunk as Buffer, events);
        keys += events.filter((e) => e.type === 'key').length;
        events.length = 0;
      }
      parser.finish(events);
    } catch (err) {
      if (err instanceof VerificationError) throw err;
      throw new VerificationError(`${what}: not a valid RDB file (${errorMessage(err)})`);
    }
    return { summary: { keys } };
  },
};

export function deepReaderFor(kind: string): Reader | undefined {
  return READERS[kind];
}
