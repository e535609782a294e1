/**
 * CRC-64 as Go's `hash/crc64` computes it with the ECMA table (reflected
 * polynomial 0xC96C5795D7870F42, initial value and final XOR all ones; also
 * known as CRC-64/XZ). mongodump stores this checksum of every namespace's
 * BSON bytes in the archive's EOF headers and mongorestore refuses an archive
 * whose checksums differ, so this must match Go bit for bit.
 *
 * JavaScript has no fast 64-bit integers, so the register is kept as two
 * uint32 halves and the data is consumed 8 bytes at a time with eight
 * lookup tables ("slicing-by-8"); the digest is exposed as a bigint.
 */

const POLY_HI = 0xc96c5795;
const POLY_LO = 0xd7870f42;

/** TABLE_HI[k * 256 + b] / TABLE_LO[…]: table k of the slicing-by-8 scheme, split in halves. */
// Int32Array, not Uint32Array: values above 2^31 would leave V8's small-integer fast path.
const TABLE_HI = new Int32Array(8 * 256);
const TABLE_LO = new Int32Array(8 * 256);

(function buildTables(): void {
  for (let b = 0; b < 256; b++) {
    let hi = 0;
    let lo = b;
    for (let bit = 0; bit < 8; bit++) {
      const carry = lo & 1;
      lo = ((lo >>> 1) | ((hi & 1) << 31)) >>> 0;
      hi = hi >>> 1;
      if (carry) {
        hi = (hi ^ POLY_HI) >>> 0;
        lo = (lo ^ POLY_LO) >>> 0;
      }
    }
    TABLE_HI[b] = hi;
    TABLE_LO[b] = lo;
  }
  for (let k = 1; k < 8; k++) {
    for (let b = 0; b < 256; b++) {
      const prevHi = TABLE_HI[(k - 1) * 256 + b]!;
      const prevLo = TABLE_LO[(k - 1) * 256 + b]!;
      const idx = prevLo & 0xff;
      TABLE_HI[k * 256 + b] = ((prevHi >>> 8) ^ TABLE_HI[idx]!) >>> 0;
      TABLE_LO[k * 256 + b] = (((prevLo >>> 8) | (prevHi << 24)) ^ TABLE_LO[idx]!) >>> 0;
    }
  }
})();

/** An incremental CRC-64/ECMA (Go `crc64.New(crc64.MakeTable(crc64.ECMA))`). */
export class Crc64 {
  // The register holds the complemented CRC between updates, as Go's update loop does.
  private hi = -1;
  private lo = -1;

  update(data: Uint8Array): this {
    let hi = this.hi;
    let lo = this.lo;
    const th = TABLE_HI;
    const tl = TABLE_LO;
    const n = data.length;
    let i = 0;
    const end8 = n - (n & 7);
    while (i < end8) {
      const a = lo ^ (data[i]! | (data[i + 1]! << 8) | (data[i + 2]! << 16) | (data[i + 3]! << 24));
      const b = hi ^ (data[i + 4]! | (data[i + 5]! << 8) | (data[i + 6]! << 16) | (data[i + 7]! << 24));
      const i7 = 7 * 256 + (a & 0xff);
      const i6 = 6 * 256 + ((a >>> 8) & 0xff);
      const i5 = 5 * 256 + ((a >>> 16) & 0xff);
      const i4 = 4 * 256 + (a >>> 24);
      const i3 = 3 * 256 + (b & 0xff);
      const i2 = 2 * 256 + ((b >>> 8) & 0xff);
      const i1 = 256 + ((b >>> 16) & 0xff);
      const i0 = b >>> 24;
      hi = th[i7]! ^ th[i6]! ^ th[i5]! ^ th[i4]! ^ th[i3]! ^ th[i2]! ^ th[i1]! ^ th[i0]!;
      lo = tl[i7]! ^ tl[i6]! ^ tl[i5]! ^ tl[i4]! ^ tl[i3]! ^ tl[i2]! ^ tl[i1]! ^ tl[i0]!;
      i += 8;
    }
    while (i < n) {
      const idx = (lo ^ data[i]!) & 0xff;
      lo = ((lo >>> 8) | (hi << 24)) ^ tl[idx]!;
      hi = (hi >>> 8) ^ th[idx]!;
      i++;
    }
    this.hi = hi;
    this.lo = lo;
    return this;
  }

  /** The CRC of everything passed to update(), as an unsigned 64-bit value. */
  digest(): bigint {
    const hi = (~this.hi) >>> 0;
    const lo = (~this.lo) >>> 0;
    return (BigInt(hi) << 32n) | BigInt(lo);
  }
}

/** The CRC-64/ECMA of one buffer. */
export function crc64(data: Uint8Array): bigint {
  return new Crc64().update(data).digest();
}

/** BSON has no unsigned 64-bit integer: mongodump stores the CRC's bits as an int64. */
export function crcToInt64(crc: bigint): bigint {
  return BigInt.asIntN(64, crc);
}

export function crcFromInt64(value: bigint): bigint {
  return BigInt.asUintN(64, value);
}
