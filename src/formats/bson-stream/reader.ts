import { VerificationError } from '../../errors.js';
import { checkBsonDocument } from '../mongo-archive/bson-check.js';
import { MAX_INTERNAL_BSON_SIZE, MIN_BSON_SIZE } from '../mongo-archive/format.js';

/**
 * Splits a stream of concatenated BSON documents (a `.bson` file as mongodump
 * writes them, e.g. `oplog.bson`) into documents, a batch per input chunk.
 * Holds at most one partial document besides the chunk being read. A length
 * out of range, a missing terminator or a truncated last document is a
 * VerificationError naming the byte offset.
 */
export async function* bsonDocuments(input: AsyncIterable<unknown> | Iterable<unknown>, what: string, opts: { validate?: boolean } = {}): AsyncGenerator<Buffer[], number, void> {
  let pending: Buffer | undefined;
  let offset = 0; // of the first byte of `pending` (or of the next chunk) in the whole stream
  let count = 0;
  for await (const chunk of input) {
    let buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array);
    if (pending?.length) buf = Buffer.concat([pending, buf]);
    const docs: Buffer[] = [];
    let p = 0;
    while (buf.length - p >= 4) {
      const len = buf.readInt32LE(p);
      if (len < MIN_BSON_SIZE || len > MAX_INTERNAL_BSON_SIZE) {
        throw new VerificationError(`${what}: invalid BSON document length ${len} at byte ${offset + p}`);
      }
      if (buf.length - p < len) break;
      const doc = buf.subarray(p, p + len);
      if (doc[len - 1] !== 0) throw new VerificationError(`${what}: BSON document at byte ${offset + p} is not terminated`);
      if (opts.validate) {
        const problem = checkBsonDocument(doc);
        if (problem) throw new VerificationError(`${what}: malformed BSON document at byte ${offset + p}: ${problem}`);
      }
      docs.push(doc);
      p += len;
    }
    offset += p;
    pending = p < buf.length ? buf.subarray(p) : undefined;
    count += docs.length;
    if (docs.length) yield docs;
  }
  if (pending?.length) throw new VerificationError(`${what}: truncated: ${pending.length} bytes after the last complete document (at byte ${offset})`);
  return count;
}
