// bson classes come through the driver: it is CommonJS, and instanceof only holds within one copy of bson.
import { BSON, Binary, type Document } from 'mongodb';

const { EJSON } = BSON;
import { VerificationError, errorMessage } from '../../errors.js';

/**
 * A collection's metadata exactly as mongodump writes it (`<coll>.metadata.json`
 * and the archive prelude): canonical Extended JSON v2 of
 * {options (omitted when empty), indexes ([] never null), uuid (hex, omitted
 * when unknown), collectionName, type (omitted when empty)}.
 */
export interface CollectionMetadata {
  options: Document;
  indexes: Document[];
  uuid?: string;
  collectionName: string;
  type?: string;
}

/** Decoding options that keep every BSON type as its own class, so nothing is lost on a round trip. */
export const EXACT_BSON = {
  promoteValues: false,
  promoteLongs: false,
  promoteBuffers: false,
  bsonRegExp: true,
} as const;

export function uuidHex(info: Document | undefined): string | undefined {
  const u = info?.uuid as unknown;
  if (u instanceof Binary && u.sub_type === 4) return Buffer.from(u.buffer).toString('hex');
  return undefined;
}

export function encodeMetadata(m: CollectionMetadata): string {
  const doc: Document = {};
  if (Object.keys(m.options).length) doc.options = m.options;
  doc.indexes = m.indexes;
  if (m.uuid) doc.uuid = m.uuid;
  doc.collectionName = m.collectionName;
  if (m.type) doc.type = m.type;
  return EJSON.stringify(doc, { relaxed: false });
}

/** Parses a prelude's metadata text; '' (the oplog, or old archives) means no options and no indexes. */
export function decodeMetadata(text: string, ns: string, what: string): CollectionMetadata {
  const name = ns.slice(ns.indexOf('.') + 1);
  if (!text) return { options: {}, indexes: [], collectionName: name };
  let d: Document;
  try {
    d = EJSON.parse(text, { relaxed: false }) as Document;
  } catch (err) {
    throw new VerificationError(`${what}: the metadata of ${ns} is not valid Extended JSON (${errorMessage(err)})`);
  }
  if (typeof d !== 'object' || d === null) throw new VerificationError(`${what}: the metadata of ${ns} is not a JSON object`);
  const options = (d.options ?? {}) as Document;
  const indexes = (d.indexes ?? []) as Document[];
  if (typeof options !== 'object' || !Array.isArray(indexes)) {
    throw new VerificationError(`${what}: the metadata of ${ns} has malformed options or indexes`);
  }
  return {
    options,
    indexes,
    ...(typeof d.uuid === 'string' ? { uuid: d.uuid } : {}),
    collectionName: typeof d.collectionName === 'string' ? d.collectionName : name,
    ...(typeof d.type === 'string' ? { type: d.type } : {}),
  };
}
