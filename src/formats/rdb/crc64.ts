import { Crc64Register, crc64Tables } from '../crc64/crc64.js';

/**
 * CRC-64/Jones (reflected polynomial 0x95AC9329AC4BC9B5, init 0, no final xor):
 * the checksum Redis puts at the end of an RDB file and of every DUMP payload.
 * Check value: crc64("123456789") = 0xe9c6d914c4b8d9ca.
 */
const JONES = crc64Tables(0x95ac9329, 0xac4bc9b5);

/** A running CRC-64/Jones. */
export class Crc64 extends Crc64Register {
  constructor() {
    super(JONES, false);
  }
  /** Little-endian, as Redis stores it. */
  bytes(): Buffer {
    const b = Buffer.allocUnsafe(8);
    b.writeUInt32LE(this.lo, 0);
    b.writeUInt32LE(this.hi, 4);
    return b;
  }
  equalsLE(b: Uint8Array, off: number): boolean {
    const v = Buffer.from(b.buffer, b.byteOffset, b.byteLength);
    return v.readUInt32LE(off) === this.lo && v.readUInt32LE(off + 4) === this.hi;
  }
  hex(): string {
    return this.hi.toString(16).padStart(8, '0') + this.lo.toString(16).padStart(8, '0');
  }
}

export function crc64(buf: Uint8Array): Crc64 {
  return new Crc64().update(buf);
}
