/**
 * Structural validation of one BSON document without decoding it: every
 * element's type is known, every length stays inside its parent, strings and
 * documents are terminated. Used by deep verification of archives, where a
 * document that mongorestore would choke on must be found before a restore
 * is needed.
 */

/** Returns undefined when `buf` is a well-formed BSON document, else what is wrong. */
export function checkBsonDocument(buf: Uint8Array): string | undefined {
  if (buf.length < 5) return 'shorter than 5 bytes';
  try {
    const end = walkDocument(buf, 0, buf.length, 0);
    if (end !== buf.length) return `document ends at byte ${end} of ${buf.length}`;
    return undefined;
  } catch (err) {
    return err instanceof BsonShapeError ? err.message : String(err);
  }
}

class BsonShapeError extends Error {}

const MAX_DEPTH = 200;

function int32(buf: Uint8Array, at: number): number {
  return buf[at]! | (buf[at + 1]! << 8) | (buf[at + 2]! << 16) | (buf[at + 3]! << 24);
}

function need(at: number, n: number, end: number, what: string): void {
  if (at + n > end) throw new BsonShapeError(`${what} at byte ${at} runs past its document`);
}

function cstringEnd(buf: Uint8Array, at: number, end: number, what: string): number {
  for (let i = at; i < end; i++) if (buf[i] === 0) return i + 1;
  throw new BsonShapeError(`${what} at byte ${at} has no terminating NUL`);
}

function stringEnd(buf: Uint8Array, at: number, end: number, what: string): number {
  need(at, 4, end, what);
  const len = int32(buf, at);
  if (len < 1) throw new BsonShapeError(`${what} at byte ${at} has length ${len}`);
  need(at + 4, len, end, what);
  if (buf[at + 4 + len - 1] !== 0) throw new BsonShapeError(`${what} at byte ${at} is not NUL-terminated`);
  return at + 4 + len;
}

/** Walks the document starting at `at`; returns the offset just past it. */
function walkDocument(buf: Uint8Array, at: number, limit: number, depth: number): number {
  if (depth > MAX_DEPTH) throw new BsonShapeError(`nested deeper than ${MAX_DEPTH} levels`);
  need(at, 5, limit, 'document');
  const size = int32(buf, at);
  if (size < 5) throw new BsonShapeError(`document at byte ${at} has length ${size}`);
  need(at, size, limit, 'document');
  const end = at + size;
  if (buf[end - 1] !== 0) throw new BsonShapeError(`document at byte ${at} does not end with NUL`);
  let p = at + 4;
  while (p < end - 1) {
    const type = buf[p]!;
    p = cstringEnd(buf, p + 1, end - 1, 'field name');
    p = walkValue(buf, type, p, end - 1, depth);
  }
  if (p !== end - 1) throw new BsonShapeError(`document at byte ${at}: elements overrun its length`);
  return end;
}

function walkValue(buf: Uint8Array, type: number, p: number, end: number, depth: number): number {
  switch (type) {
    case 0x01: // double
    case 0x09: // UTC datetime
    case 0x11: // timestamp
    case 0x12: // int64
      need(p, 8, end, 'value');
      return p + 8;
    case 0x02: // string
    case 0x0d: // JavaScript code
    case 0x0e: // symbol
      return stringEnd(buf, p, end, 'string');
    case 0x03: // document
    case 0x04: // array
      return walkDocument(buf, p, end, depth + 1);
    case 0x05: {
      need(p, 5, end, 'binary');
      const len = int32(buf, p);
      if (len < 0) throw new BsonShapeError(`binary at byte ${p} has length ${len}`);
      need(p + 5, len, end, 'binary');
      if (buf[p + 4] === 0x02) {
        // The old binary subtype repeats the length inside the payload.
        if (len < 4 || int32(buf, p + 5) !== len - 4) throw new BsonShapeError(`binary subtype 2 at byte ${p} has an inconsistent inner length`);
      }
      return p + 5 + len;
    }
    case 0x06: // undefined
    case 0x0a: // null
    case 0xff: // min key
    case 0x7f: // max key
      return p;
    case 0x07: // ObjectId
      need(p, 12, end, 'ObjectId');
      return p + 12;
    case 0x08:
      need(p, 1, end, 'boolean');
      if (buf[p]! > 1) throw new BsonShapeError(`boolean at byte ${p} is ${buf[p]}`);
      return p + 1;
    case 0x0b: {
      const q = cstringEnd(buf, p, end, 'regex pattern');
      return cstringEnd(buf, q, end, 'regex options');
    }
    case 0x0c: {
      const q = stringEnd(buf, p, end, 'DBPointer');
      need(q, 12, end, 'DBPointer');
      return q + 12;
    }
    case 0x0f: {
      need(p, 4, end, 'code with scope');
      const total = int32(buf, p);
      if (total < 14) throw new BsonShapeError(`code with scope at byte ${p} has length ${total}`);
      need(p, total, end, 'code with scope');
      const q = stringEnd(buf, p + 4, p + total, 'code');
      const r = walkDocument(buf, q, p + total, depth + 1);
      if (r !== p + total) throw new BsonShapeError(`code with scope at byte ${p}: parts do not add up to its length`);
      return r;
    }
    case 0x10: // int32
      need(p, 4, end, 'int32');
      return p + 4;
    case 0x13: // decimal128
      need(p, 16, end, 'decimal128');
      return p + 16;
    default:
      throw new BsonShapeError(`unknown BSON type 0x${type.toString(16)} at byte ${p}`);
  }
}
