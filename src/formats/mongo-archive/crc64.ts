import { Crc64Register, crc64Tables } from '../crc64/crc64.js';

/**
 * CRC-64 as Go's `hash/crc64` computes it with the ECMA table (reflected
 * polynomial 0xC96C5795D7870F42, initial value and final XOR all ones; also
 * known as CRC-64/XZ). mongodump stores this checksum of every namespace's
 * BSON bytes in the archive's EOF headers and mongorestore refuses an archive
 * whose checksums differ, so this must match Go bit for bit.
 */
const ECMA = crc64Tables(0xc96c5795, 0xd7870f42);

/** An incremental CRC-64/ECMA (Go `crc64.New(crc64.MakeTable(crc64.ECMA))`). */
export class Crc64 extends Crc64Register {
  constructor() {
    super(ECMA, true);
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
