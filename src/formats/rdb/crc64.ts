/**
 * CRC-64/Jones (reflected polynomial 0x95AC9329AC4BC9B5, init 0, no final xor):
 * the checksum Redis puts at the end of an RDB file and of every DUMP payload.
 * Check value: crc64("123456789") = 0xe9c6d914c4b8d9ca. Kept as two 32-bit
 * halves so the byte loop never touches BigInt.
 */
const TLO = new Uint32Array(256);
const THI = new Uint32Array(256);
(() => {
  const polyLo = 0xac4bc9b5;
  const polyHi = 0x95ac9329;
  for (let i = 0; i < 256; i++) {
    let lo = i;
    let hi = 0;
    for (let k = 0; k < 8; k++) {
      const bit = lo & 1;
      lo = ((lo >>> 1) | ((hi & 1) << 31)) >>> 0;
      hi = hi >>> 1;
      if (bit) {
        lo = (lo ^ polyLo) >>> 0;
        hi = (hi ^ polyHi) >>> 0;
      }
    }
    TLO[i] = lo;
    THI[i] = hi;
  }
})();

/** A running CRC-64/Jones. */
export class Crc64 {
  lo = 0;
  hi = 0;
  update(buf: Uint8Array, start = 0, end = buf.length): this {
    let lo = this.lo;
    let hi = this.hi;
    for (let i = start; i < end; i++) {
      const idx = (lo ^ buf[i]!) & 0xff;
      lo = (TLO[idx]! ^ ((lo >>> 8) | (hi << 24))) >>> 0;
      hi = (THI[idx]! ^ (hi >>> 8)) >>> 0;
    }
    this.lo = lo;
    this.hi = hi;
    return this;
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
