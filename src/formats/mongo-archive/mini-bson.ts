/**
 * The few flat BSON documents the archive format itself uses (header, prelude
 * entries, namespace headers) hold only strings, booleans, int32 and int64.
 * Encoding and decoding them here keeps the format free of the bson package:
 * the MongoDB driver is CommonJS and loads its own copy, and every copy of
 * bson pins a 17 MiB serialization buffer.
 */

export type FlatValue = string | boolean | number | bigint | null;
/** A field to encode: strings, booleans and int32 numbers map directly; bigint is written as int64. */
export type FlatField = [name: string, value: string | boolean | number | bigint];

const utf8 = new TextEncoder();

export function encodeFlat(fields: FlatField[]): Buffer {
  const parts: Buffer[] = [];
  let size = 4 + 1;
  for (const [name, value] of fields) {
    const key = Buffer.from(utf8.encode(name));
    let type: number;
    let body: Buffer;
    if (typeof value === 'string') {
      const s = Buffer.from(utf8.encode(value));
      body = Buffer.alloc(4 + s.length + 1);
      body.writeInt32LE(s.length + 1, 0);
      s.copy(body, 4);
      type = 0x02;
    } else if (typeof value === 'boolean') {
      body = Buffer.from([value ? 1 : 0]);
      type = 0x08;
    } else if (typeof value === 'bigint') {
      body = Buffer.alloc(8);
      body.writeBigInt64LE(BigInt.asIntN(64, value), 0);
      type = 0x12;
    } else {
      if (!Number.isInteger(value) || value < -0x80000000 || value > 0x7fffffff) throw new RangeError(`${name}: ${value} is not an int32`);
      body = Buffer.alloc(4);
      body.writeInt32LE(value, 0);
      type = 0x10;
    }
    parts.push(Buffer.from([type]), key, Buffer.from([0]), body);
    size += 1 + key.length + 1 + body.length;
  }
  const head = Buffer.alloc(4);
  head.writeInt32LE(size, 0);
  return Buffer.concat([head, ...parts, Buffer.from([0])], size);
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes a flat document: strings, booleans, int32, int64 (as bigint),
 * doubles and null. Any other type, or a malformed document, throws.
 */
export function decodeFlat(buf: Uint8Array): Record<string, FlatValue> {
  const b = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
  if (b.length < 5 || b.readInt32LE(0) !== b.length || b[b.length - 1] !== 0) throw new Error('malformed BSON document');
  const out: Record<string, FlatValue> = {};
  let p = 4;
  const end = b.length - 1;
  while (p < end) {
    const type = b[p++]!;
    const nul = b.indexOf(0, p);
    if (nul < 0 || nul >= end) throw new Error('field name without terminator');
    const name = decoder.decode(b.subarray(p, nul));
    p = nul + 1;
    switch (type) {
      case 0x02: {
        if (p + 4 > end) throw new Error(`field '${name}' runs past the document`);
        const len = b.readInt32LE(p);
        if (len < 1 || p + 4 + len > end || b[p + 4 + len - 1] !== 0) throw new Error(`string '${name}' is malformed`);
        out[name] = decoder.decode(b.subarray(p + 4, p + 4 + len - 1));
        p += 4 + len;
        break;
      }
      case 0x08:
        if (p + 1 > end || b[p]! > 1) throw new Error(`boolean '${name}' is malformed`);
        out[name] = b[p] === 1;
        p += 1;
        break;
      case 0x10:
        if (p + 4 > end) throw new Error(`field '${name}' runs past the document`);
        out[name] = b.readInt32LE(p);
        p += 4;
        break;
      case 0x12:
        if (p + 8 > end) throw new Error(`field '${name}' runs past the document`);
        out[name] = b.readBigInt64LE(p);
        p += 8;
        break;
      case 0x01:
        if (p + 8 > end) throw new Error(`field '${name}' runs past the document`);
        out[name] = b.readDoubleLE(p);
        p += 8;
        break;
      case 0x0a:
        out[name] = null;
        break;
      default:
        throw new Error(`field '${name}' has BSON type 0x${type.toString(16)}, not expected here`);
    }
  }
  if (p !== end) throw new Error('fields overrun the document length');
  return out;
}
