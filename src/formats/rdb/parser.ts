import { Crc64 } from './crc64.js';
import { lzfDecompress } from './lzf.js';

/**
 * A streaming RDB reader (the format of dump.rdb and of the replication
 * stream). It walks the structure without building Redis objects: for each key
 * it reports db, name, type and expiry and, when asked, the raw serialized
 * value — which, with a 2-byte RDB version and a CRC-64 appended, is exactly
 * what RESTORE takes. It checks the file's CRC-64 at the end.
 *
 * Push-based and synchronous: feed chunks, get events. A record that straddles
 * chunks is re-parsed once enough bytes have arrived; the wait grows
 * geometrically so a huge value costs O(size), not O(size²).
 */

export const RDB_MAX_VERSION = 12;

/** RDB value types (rdb.h) → the name Redis' TYPE command reports. */
export function rdbTypeName(t: number): string {
  switch (t) {
    case 0:
      return 'string';
    case 1:
    case 10:
    case 14:
    case 18:
      return 'list';
    case 2:
    case 11:
    case 20:
      return 'set';
    case 3:
    case 5:
    case 12:
    case 17:
      return 'zset';
    case 4:
    case 9:
    case 13:
    case 16:
    case 22:
    case 23:
    case 24:
    case 25:
      return 'hash';
    case 15:
    case 19:
    case 21:
      return 'stream';
    case 6:
    case 7:
      return 'module';
    default:
      return 'unknown';
  }
}

export type RdbEvent =
  | { type: 'header'; version: number }
  | { type: 'aux'; key: string; value: Buffer }
  | {
      type: 'key';
      db: number;
      key: Buffer;
      rdbType: number;
      /** Absolute Unix ms, or -1. */
      expireAt: number;
      /** The serialized value (without the type byte), when the parser captures values. */
      value?: Buffer;
    }
  | { type: 'function'; code: Buffer }
  | { type: 'module-aux'; moduleId: number }
  | { type: 'end'; checksum: 'verified' | 'absent' };

export class RdbCorruptError extends Error {}

/** Thrown (as a plain object, no stack) when the buffer ends before the record does. */
class Need {
  constructor(public upto: number) {}
}

const OP = {
  SLOT_INFO: 244,
  FUNCTION2: 245,
  FUNCTION_PRE_GA: 246,
  MODULE_AUX: 247,
  IDLE: 248,
  FREQ: 249,
  AUX: 250,
  RESIZEDB: 251,
  EXPIRETIME_MS: 252,
  EXPIRETIME: 253,
  SELECTDB: 254,
  EOF: 255,
} as const;

export class RdbParser {
  private buf: Buffer = Buffer.alloc(0);
  private pos = 0;
  private base = 0;
  private pending: Buffer[] = [];
  private pendingLen = 0;
  private need = 9;
  private p = 0; // cursor inside parseOne
  private version = 0;
  private db = 0;
  private expireAt = -1;
  private state: 'magic' | 'body' | 'checksum' | 'done' = 'magic';
  private readonly crc = new Crc64();
  private readonly capture: boolean;

  constructor(opts: { capture?: boolean } = {}) {
    this.capture = !!opts.capture;
  }

  get rdbVersion(): number {
    return this.version;
  }
  get finished(): boolean {
    return this.state === 'done';
  }
  /** Bytes consumed so far (for error messages). */
  get offset(): number {
    return this.base + this.pos;
  }

  push(chunk: Buffer, out: RdbEvent[]): void {
    if (chunk.length === 0) return;
    if (this.state === 'done') throw new RdbCorruptError(`${chunk.length} bytes after the end of the RDB data`);
    this.pending.push(chunk);
    this.pendingLen += chunk.length;
    if (this.buf.length - this.pos + this.pendingLen < this.need) return;
    this.compact();
    this.run(out, false);
  }

  /** Call at end of input: parses what is left and checks the file was complete. */
  finish(out: RdbEvent[]): void {
    this.compact();
    if (this.state !== 'done') this.run(out, true);
    if (this.state !== 'done') {
      throw new RdbCorruptError(
        this.state === 'magic' ? 'too short to be an RDB file' : `RDB data ends at byte ${this.base + this.buf.length} before its EOF marker (truncated)`,
      );
    }
    if (this.pos !== this.buf.length) throw new RdbCorruptError(`${this.buf.length - this.pos} bytes after the end of the RDB data`);
  }

  private compact(): void {
    if (this.pending.length === 0) return;
    this.base += this.pos;
    this.buf = this.pos === this.buf.length && this.pending.length === 1 ? this.pending[0]! : Buffer.concat([this.buf.subarray(this.pos), ...this.pending]);
    this.pos = 0;
    this.pending = [];
    this.pendingLen = 0;
  }

  private run(out: RdbEvent[], atEnd: boolean): void {
    while (this.state !== 'done') {
      const start = this.pos;
      this.p = start;
      let ev: RdbEvent | undefined;
      try {
        ev = this.parseOne();
      } catch (e) {
        if (e instanceof Need) {
          if (atEnd) return;
          const have = this.buf.length - start;
          this.need = Math.max(e.upto - start, have > 1 << 20 ? have * 2 : 0);
          return;
        }
        if (e instanceof RangeError) throw new RdbCorruptError(`${e.message} (record at byte ${this.base + start})`);
        throw e;
      }
      if ((this.state as string) !== 'done') this.crc.update(this.buf, start, this.p);
      this.pos = this.p;
      if (ev) out.push(ev);
    }
  }

  // ------------------------------------------------------------ cursor primitives

  private take(n: number): number {
    const at = this.p;
    if (at + n > this.buf.length) throw new Need(at + n);
    this.p = at + n;
    return at;
  }
  private u8(): number {
    return this.buf[this.take(1)]!;
  }
  /** RDB length encoding; returns -1-enc for the special string encodings. */
  private len(): number {
    const b = this.u8();
    const kind = b >> 6;
    if (kind === 0) return b & 0x3f;
    if (kind === 1) return ((b & 0x3f) << 8) | this.u8();
    if (kind === 3) return -1 - (b & 0x3f);
    if (b === 0x80) return this.buf.readUInt32BE(this.take(4));
    if (b === 0x81) {
      const at = this.take(8);
      // Beyond 2^53 only as a value (a stream's "entries read" is -1 as u64), never as a size.
      return this.buf.readUInt32BE(at) * 0x1_0000_0000 + this.buf.readUInt32BE(at + 4);
    }
    throw new RangeError(`bad length encoding 0x${b.toString(16)}`);
  }
  private plainLen(): number {
    const n = this.len();
    if (n < 0) throw new RangeError('an encoded value where a length belongs');
    return n;
  }
  private skipString(): void {
    const n = this.len();
    if (n >= 0) {
      this.take(n);
      return;
    }
    switch (-1 - n) {
      case 0:
        this.take(1);
        return;
      case 1:
        this.take(2);
        return;
      case 2:
        this.take(4);
        return;
      case 3: {
        const clen = this.plainLen();
        this.plainLen();
        this.take(clen);
        return;
      }
      default:
        throw new RangeError(`unknown string encoding ${-1 - n}`);
    }
  }
  private string(): Buffer {
    const n = this.len();
    if (n >= 0) {
      const at = this.take(n);
      return this.buf.subarray(at, at + n);
    }
    switch (-1 - n) {
      case 0:
        return Buffer.from(String(this.buf.readInt8(this.take(1))));
      case 1:
        return Buffer.from(String(this.buf.readInt16LE(this.take(2))));
      case 2:
        return Buffer.from(String(this.buf.readInt32LE(this.take(4))));
      case 3: {
        const clen = this.plainLen();
        const ulen = this.plainLen();
        const at = this.take(clen);
        return lzfDecompress(this.buf.subarray(at, at + clen), ulen);
      }
      default:
        throw new RangeError(`unknown string encoding ${-1 - n}`);
    }
  }
  private skipModuleValue(): void {
    for (;;) {
      const op = this.plainLen();
      switch (op) {
        case 0:
          return;
        case 1:
        case 2:
          this.plainLen();
          break;
        case 3:
          this.take(4);
          break;
        case 4:
          this.take(8);
          break;
        case 5:
          this.skipString();
          break;
        default:
          throw new RangeError(`unknown module value opcode ${op}`);
      }
    }
  }
  private skipStream(t: number): void {
    const nodes = this.plainLen();
    for (let i = 0; i < nodes; i++) {
      this.skipString();
      this.skipString();
    }
    this.plainLen(); // length
    this.plainLen(); // last id ms
    this.plainLen(); // last id seq
    if (t >= 19) {
      for (let i = 0; i < 5; i++) this.plainLen(); // first id, max deleted id, entries added
    }
    const groups = this.plainLen();
    for (let g = 0; g < groups; g++) {
      this.skipString();
      this.plainLen();
      this.plainLen();
      if (t >= 19) this.plainLen(); // entries read
      const pel = this.plainLen();
      for (let i = 0; i < pel; i++) {
        this.take(16 + 8);
        this.plainLen();
      }
      const consumers = this.plainLen();
      for (let c = 0; c < consumers; c++) {
        this.skipString();
        this.take(8);
        if (t >= 21) this.take(8);
        const own = this.plainLen();
        this.take(16 * own);
      }
    }
  }
  private skipValue(t: number): void {
    switch (t) {
      case 0: // string
      case 9: // zipmap
      case 10: // ziplist list
      case 11: // intset
      case 12: // ziplist zset
      case 13: // ziplist hash
      case 16: // listpack hash
      case 17: // listpack zset
      case 20: // listpack set
      case 23: // listpack hash with field TTLs (7.4 RC)
        this.skipString();
        return;
      case 25: // listpack hash with field TTLs: min expire, then the listpack
        this.take(8);
        this.skipString();
        return;
      case 1:
      case 2:
      case 14: {
        const n = this.plainLen();
        for (let i = 0; i < n; i++) this.skipString();
        return;
      }
      case 3: {
        const n = this.plainLen();
        for (let i = 0; i < n; i++) {
          this.skipString();
          const d = this.u8();
          if (d < 253) this.take(d);
        }
        return;
      }
      case 4: {
        const n = this.plainLen();
        for (let i = 0; i < 2 * n; i++) this.skipString();
        return;
      }
      case 5: {
        const n = this.plainLen();
        for (let i = 0; i < n; i++) {
          this.skipString();
          this.take(8);
        }
        return;
      }
      case 7:
        this.plainLen(); // module id
        this.skipModuleValue();
        return;
      case 15:
      case 19:
      case 21:
        this.skipStream(t);
        return;
      case 18: {
        const n = this.plainLen();
        for (let i = 0; i < n; i++) {
          this.plainLen(); // container
          this.skipString();
        }
        return;
      }
      case 22:
      case 24: {
        if (t === 24) this.take(8);
        const n = this.plainLen();
        for (let i = 0; i < n; i++) {
          this.plainLen(); // field ttl
          this.skipString();
          this.skipString();
        }
        return;
      }
      default:
        throw new RdbCorruptError(`unsupported RDB value type ${t} (RDB version ${this.version}; this build reads value types 0-25 up to RDB ${RDB_MAX_VERSION})`);
    }
  }

  private parseOne(): RdbEvent | undefined {
    if (this.state === 'magic') {
      const at = this.take(9);
      const magic = this.buf.subarray(at, at + 9).toString('latin1');
      if (!/^REDIS\d{4}$/.test(magic)) throw new RdbCorruptError('not an RDB file (no REDIS magic)');
      this.version = Number(magic.slice(5));
      if (this.version < 1 || this.version > RDB_MAX_VERSION) {
        throw new RdbCorruptError(`RDB version ${this.version} is not supported (this build reads 1-${RDB_MAX_VERSION})`);
      }
      this.state = 'body';
      return { type: 'header', version: this.version };
    }
    if (this.state === 'checksum') {
      const at = this.take(8);
      const stored = this.buf.subarray(at, at + 8);
      this.state = 'done';
      if (stored.every((b) => b === 0)) return { type: 'end', checksum: 'absent' };
      if (!this.crc.equalsLE(this.buf, at)) {
        throw new RdbCorruptError(`RDB checksum mismatch (stored ${Buffer.from(stored).reverse().toString('hex')}, computed ${this.crc.hex()})`);
      }
      return { type: 'end', checksum: 'verified' };
    }
    const t = this.u8();
    switch (t) {
      case OP.EOF:
        if (this.version >= 5) {
          // The checksum covers everything up to and including this byte.
          this.crc.update(this.buf, this.pos, this.p);
          this.pos = this.p;
          this.state = 'checksum';
          return this.parseOne();
        }
        this.state = 'done';
        return { type: 'end', checksum: 'absent' };
      case OP.SELECTDB:
        this.db = this.plainLen();
        return undefined;
      case OP.RESIZEDB:
        this.plainLen();
        this.plainLen();
        return undefined;
      case OP.SLOT_INFO:
        this.plainLen();
        this.plainLen();
        this.plainLen();
        return undefined;
      case OP.EXPIRETIME_MS: {
        const at = this.take(8);
        const lo = this.buf.readUInt32LE(at);
        const hi = this.buf.readInt32LE(at + 4);
        this.expireAt = hi * 0x1_0000_0000 + lo;
        return undefined;
      }
      case OP.EXPIRETIME:
        this.expireAt = this.buf.readInt32LE(this.take(4)) * 1000;
        return undefined;
      case OP.FREQ:
        this.take(1);
        return undefined;
      case OP.IDLE:
        this.plainLen();
        return undefined;
      case OP.AUX: {
        const key = this.string().toString('latin1');
        const value = Buffer.from(this.string());
        return { type: 'aux', key, value };
      }
      case OP.MODULE_AUX: {
        const moduleId = this.plainLen();
        this.plainLen();
        this.plainLen();
        this.skipModuleValue();
        return { type: 'module-aux', moduleId };
      }
      case OP.FUNCTION2:
        return { type: 'function', code: Buffer.from(this.string()) };
      case OP.FUNCTION_PRE_GA:
        throw new RdbCorruptError('pre-release (7.0 RC) function data is not supported');
      default: {
        const key = this.string();
        const vStart = this.p;
        this.skipValue(t);
        const ev: RdbEvent = {
          type: 'key',
          db: this.db,
          key,
          rdbType: t,
          expireAt: this.expireAt,
        };
        if (this.capture) ev.value = this.buf.subarray(vStart, this.p);
        this.expireAt = -1;
        return ev;
      }
    }
  }
}

/** Builds the payload RESTORE takes from an RDB value: type byte, value, RDB version (2 bytes LE), CRC-64 (8 bytes LE). */
export function dumpPayload(rdbType: number, value: Buffer, rdbVersion: number): Buffer {
  const out = Buffer.allocUnsafe(1 + value.length + 10);
  out[0] = rdbType;
  value.copy(out, 1);
  out.writeUInt16LE(rdbVersion, 1 + value.length);
  const crc = new Crc64().update(out, 0, 1 + value.length + 2);
  out.writeUInt32LE(crc.lo, out.length - 8);
  out.writeUInt32LE(crc.hi, out.length - 4);
  return out;
}

/** The RDB version and CRC-64 a DUMP payload ends with; undefined when the CRC does not match. */
export function checkDumpPayload(payload: Buffer): { rdbVersion: number; rdbType: number } | undefined {
  if (payload.length < 11) return undefined;
  const body = payload.length - 8;
  const crc = new Crc64().update(payload, 0, body);
  if (!crc.equalsLE(payload, body)) return undefined;
  return { rdbVersion: payload.readUInt16LE(body - 2), rdbType: payload[0]! };
}
