import { crcToInt64 } from './crc64.js';
import { encodeFlat } from './mini-bson.js';

/** Facts of the mongodump archive format shared by the writer and the reader (see SPEC.md). */

/** uint32 0x8199e26d, little-endian on the wire. */
export const MAGIC = Buffer.from([0x6d, 0xe2, 0x99, 0x81]);
export const TERMINATOR = Buffer.from([0xff, 0xff, 0xff, 0xff]);
export const TERMINATOR_VALUE = 0xffffffff;
export const FORMAT_VERSION = '0.1';
/** The smallest BSON document (`{}`) is 5 bytes. */
export const MIN_BSON_SIZE = 5;
/** What mongodump/mongorestore accept as one document (mongo-tools db.MaxBSONSize). */
export const MAX_BSON_SIZE = 16 * 1024 * 1024;
/** The server's internal limit: oplog entries may exceed the user limit by this slack. */
export const MAX_INTERNAL_BSON_SIZE = MAX_BSON_SIZE + 16 * 1024;

/** The archive header (first document after the magic number). */
export interface ArchiveHeader {
  concurrentCollections: number;
  version: string;
  serverVersion: string;
  toolVersion: string;
}

/** One prelude entry: a namespace the archive holds, with its metadata.json text. */
export interface NamespaceMetadata {
  db: string;
  collection: string;
  /** Canonical Extended JSON v2 of {options, indexes, uuid, collectionName, type}; '' for the oplog. */
  metadata: string;
  size: number;
  /** What mongodump writes: the listCollections type (`collection`, `view`, `timeseries`) or ''. */
  type: string;
}

/** MongoDB 8.3 dumps time series through the collection itself ("viewless" time series). */
export function supportsRawTimeseries(serverVersion: string): boolean {
  const [maj = 0, min = 0] = serverVersion.split('.').map((x) => Number.parseInt(x, 10) || 0);
  return maj > 8 || (maj === 8 && min >= 3);
}

/**
 * The collection a prelude entry's documents are filed under: a time series
 * dumped from a server before 8.3 is stored as its `system.buckets.` collection.
 */
export function dataCollectionOf(m: Pick<NamespaceMetadata, 'collection' | 'type'>, serverVersion: string): string {
  return m.type === 'timeseries' && !supportsRawTimeseries(serverVersion) ? `system.buckets.${m.collection}` : m.collection;
}

export function nsKey(db: string, collection: string): string {
  return `${db}.${collection}`;
}

export function encodeHeader(h: ArchiveHeader): Buffer {
  return encodeFlat([
    ['concurrent_collections', h.concurrentCollections | 0],
    ['version', h.version],
    ['server_version', h.serverVersion],
    ['tool_version', h.toolVersion],
  ]);
}

export function encodeNamespaceMetadata(m: NamespaceMetadata): Buffer {
  // Go marshals its `int` as int32 when the value fits, int64 otherwise.
  const size = m.size >= -0x80000000 && m.size <= 0x7fffffff ? m.size | 0 : BigInt(Math.trunc(m.size));
  return encodeFlat([
    ['db', m.db],
    ['collection', m.collection],
    ['metadata', m.metadata],
    ['size', size],
    ['type', m.type],
  ]);
}

/** A namespace header; data headers carry EOF false and CRC 0, EOF headers the namespace's CRC-64. */
export function encodeNamespaceHeader(db: string, collection: string, eof: boolean, crc: bigint): Buffer {
  return encodeFlat([
    ['db', db],
    ['collection', collection],
    ['EOF', eof],
    ['CRC', crcToInt64(crc)],
  ]);
}
