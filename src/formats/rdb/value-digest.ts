import * as crypto from 'node:crypto';
import { lzfDecompressInto } from './lzf.js';

/**
 * The canonical, encoding-independent digest of one Redis key (its name and
 * its value), the same whichever way the value was obtained: decoded from a
 * DUMP payload or an RDB file (every value encoding Redis writes, SPEC.md
 * beside this file), or fed element by element from portable records
 * (src/formats/redis-records). What it covers, and what it leaves out, is in
 * SPEC.md ("Value digest").
 *
 * Cost matters (it runs for every key a backup, a restore or a drill reads):
 * one SHA-256 per key over a reused scratch buffer (crypto.hash one-shot where
 * the runtime has it), no allocation per element; members of unordered types
 * (set, hash, zset) get a 64-bit JS hash each, summed, so their order does not
 * matter and big values never need sorting or holding.
 */

export const DIGEST_TYPES = ['string', 'list', 'set', 'zset', 'hash', 'stream', 'module'] as const;
export type DigestType = (typeof DIGEST_TYPES)[number];
const TYPE_CODE: Record<DigestType, number> = { string: 1, list: 2, set: 3, zset: 4, hash: 5, stream: 6, module: 7 };

/** The digest of one key: its type and 128 bits as four 32-bit lanes (read it before the next key). */
export interface KeyDigest {
  type: DigestType;
  lanes: Uint32Array;
}

export class ValueDecodeError extends Error {}

const SCRATCH = 64 << 10;
/** Copies at least this long bypass the scratch buffer. */
const DIRECT = 16 << 10;

type OneShot = (alg: string, data: Uint8Array, enc: 'binary') => string;
const oneShot: OneShot | undefined = (crypto as unknown as { hash?: OneShot }).hash;

/** SHA-256 over bytes put into a reused scratch buffer; a streaming hash only when a key outgrows it. */
class KeyHasher {
  private readonly buf = Buffer.allocUnsafe(SCRATCH);
  private n = 0;
  private h: crypto.Hash | undefined;

  reset(): void {
    this.n = 0;
    this.h = undefined;
  }
  private flush(): void {
    this.h ??= crypto.createHash('sha256');
    if (this.n) this.h.update(this.buf.subarray(0, this.n));
    this.n = 0;
  }
  u8(v: number): void {
    if (this.n + 1 > SCRATCH) this.flush();
    this.buf[this.n++] = v;
  }
  u32(v: number): void {
    if (this.n + 4 > SCRATCH) this.flush();
    this.buf.writeUInt32LE(v >>> 0, this.n);
    this.n += 4;
  }
  bytes(src: Uint8Array, s: number, e: number): void {
    const len = e - s;
    if (len >= DIRECT) {
      this.flush();
      this.h!.update(src.subarray(s, e));
      return;
    }
    if (this.n + len > SCRATCH) this.flush();
    if (len <= 64) {
      const b = this.buf;
      let n = this.n;
      for (let i = s; i < e; i++) b[n++] = src[i]!;
      this.n = n;
    } else {
      this.buf.set(src.subarray(s, e), this.n);
      this.n += len;
    }
  }
  /** Length-prefixed bytes: a sequence of these parses back one way only. */
  lbytes(src: Uint8Array, s: number, e: number): void {
    this.u32(e - s);
    this.bytes(src, s, e);
  }
  /**
   * LZF-compressed string bytes decompressed straight into the hash buffer
   * (no copy); false when they do not fit, and the caller takes the long way.
   */
  lzf(src: Uint8Array, s: number, e: number, ulen: number): boolean {
    if (ulen >= DIRECT || this.n + ulen > SCRATCH) return false;
    lzfDecompressInto(src, this.buf, ulen, s, e, this.n);
    this.n += ulen;
    return true;
  }
  finish(out: Uint32Array): void {
    // The digest as a 'binary' (latin1) string (one char per byte): a string costs a
    // third of what a Buffer returned from crypto costs (bench/README.md).
    let d: string;
    if (this.h) {
      this.flush();
      d = this.h.digest('binary');
    } else if (oneShot) {
      d = oneShot('sha256', this.buf.subarray(0, this.n), 'binary');
    } else {
      d = crypto.createHash('sha256').update(this.buf.subarray(0, this.n)).digest('binary');
    }
    out[0] = d.charCodeAt(0) | (d.charCodeAt(1) << 8) | (d.charCodeAt(2) << 16) | (d.charCodeAt(3) << 24);
    out[1] = d.charCodeAt(4) | (d.charCodeAt(5) << 8) | (d.charCodeAt(6) << 16) | (d.charCodeAt(7) << 24);
    out[2] = d.charCodeAt(8) | (d.charCodeAt(9) << 8) | (d.charCodeAt(10) << 16) | (d.charCodeAt(11) << 24);
    out[3] = d.charCodeAt(12) | (d.charCodeAt(13) << 8) | (d.charCodeAt(14) << 16) | (d.charCodeAt(15) << 24);
    this.h = undefined;
    this.n = 0;
  }
}

/** murmur3's 32-bit finaliser (also mixes the per-key sums of a Redis fingerprint). */
export function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * An order-independent 64-bit sum over elements: each element's bytes go
 * through two independently seeded multiplicative lanes (lengths mixed in, so
 * a pair cannot be re-split), finished with murmur3's fmix, and added mod 2^32
 * per lane. A changed byte changes the element's hash and so the sum.
 */
class ElementSum {
  count = 0;
  a = 0;
  b = 0;
  private h1 = 0;
  private h2 = 0;
  clear(): void {
    this.count = 0;
    this.a = 0;
    this.b = 0;
  }
  start(): void {
    this.h1 = 0x9747b28c;
    this.h2 = 0x85ebca6b;
  }
  word(w: number): void {
    this.h1 = Math.imul(this.h1 ^ w, 0x01000193) ^ (this.h1 >>> 15);
    this.h2 = Math.imul((this.h2 ^ w) + 0x6b43a9b5, 0x5bd1e995);
  }
  /** murmur3's body, 4 bytes a step, in two lanes with their own constants; each call mixes its length in first. */
  bytes(src: Uint8Array, s: number, e: number): void {
    let h1 = this.h1 ^ (e - s);
    let h2 = Math.imul(this.h2 ^ (e - s), 0x5bd1e995);
    let i = s;
    for (const last = e - 3; i < last; i += 4) {
      const w = src[i]! | (src[i + 1]! << 8) | (src[i + 2]! << 16) | (src[i + 3]! << 24);
      let k = Math.imul(w, 0xcc9e2d51);
      k = Math.imul((k << 15) | (k >>> 17), 0x1b873593);
      h1 ^= k;
      h1 = Math.imul((h1 << 13) | (h1 >>> 19), 5) + 0xe6546b64;
      let j = Math.imul(w, 0x85ebca77);
      j = Math.imul((j << 13) | (j >>> 19), 0xc2b2ae3d);
      h2 ^= j;
      h2 = Math.imul((h2 << 17) | (h2 >>> 15), 9) + 0x27d4eb2f;
    }
    for (; i < e; i++) {
      const c = src[i]!;
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul((h2 ^ c) + 0x9e3779b9, 0x5bd1e995);
    }
    this.h1 = h1;
    this.h2 = h2 ^ (h2 >>> 13);
  }
  end(): void {
    this.count++;
    this.a = (this.a + fmix(this.h1 ^ 0x3c6ef372)) >>> 0;
    this.b = (this.b + fmix(this.h2 ^ 0x68e31da4)) >>> 0;
  }
}

const EMPTY = Buffer.alloc(0);
const LP_EOF = 0xff;
const STREAM_DELETED = 1;
const STREAM_SAMEFIELDS = 2;
const TWO32 = 0x1_0000_0000;

/**
 * Digests keys. One instance per reader (it keeps scratch state between calls;
 * not re-entrant). The decoders turn every encoding into the canonical calls
 * the portable path makes (string/element/pair/scored/stream…), so both paths
 * meet in one definition of the canonical form.
 */
export class RedisValueDigest {
  private readonly kh = new KeyHasher();
  private readonly sum = new ElementSum();
  /** For portable hashes/zsets/streams: the consumers' and the pending entries' sums of the current group. */
  private readonly consumers = new ElementSum();
  private readonly pendingOwner = new ElementSum();
  private readonly pendingCount = new ElementSum();
  private readonly out: KeyDigest = { type: 'string', lanes: new Uint32Array(4) };
  private type: DigestType = 'string';
  private group: { name: Buffer; lastDelivered: string } | undefined;
  private readonly digits = Buffer.allocUnsafe(24);
  private readonly f64 = new Float64Array(1);
  private readonly f64b = new Uint8Array(this.f64.buffer);
  /** Decoder cursor state. */
  private d: Buffer = Buffer.alloc(0);
  private p = 0;
  /** Last listpack/ziplist entry read: a string [s, e) of `eb`, or an integer. */
  private isInt = false;
  private es = 0;
  private ee = 0;
  private eb: Buffer = this.d;
  private iv = 0;
  private ivText: Buffer | undefined;

  // ------------------------------------------------------------------ canonical calls (the portable path)

  begin(type: DigestType, key: Uint8Array): void {
    this.type = type;
    this.kh.reset();
    this.kh.u8(TYPE_CODE[type]);
    this.kh.lbytes(key, 0, key.length);
    this.sum.clear();
    this.group = undefined;
  }
  /** The next piece of a string value (pieces concatenate). */
  stringPart(b: Uint8Array, s = 0, e = b.length): void {
    this.kh.bytes(b, s, e);
  }
  /** A list element (in order) or a set member. */
  element(b: Uint8Array, s = 0, e = b.length): void {
    if (this.type === 'list') this.kh.lbytes(b, s, e);
    else {
      this.sum.start();
      this.sum.bytes(b, s, e);
      this.sum.end();
    }
  }
  pair(f: Uint8Array, v: Uint8Array): void {
    this.sum.start();
    this.sum.bytes(f, 0, f.length);
    this.sum.bytes(v, 0, v.length);
    this.sum.end();
  }
  scored(member: Uint8Array, score: number, s = 0, e = member.length): void {
    this.sum.start();
    this.sum.bytes(member, s, e);
    this.f64[0] = score === 0 ? 0 : score; // -0 and 0 are one score to Redis
    this.sum.bytes(this.f64b, 0, 8);
    this.sum.end();
  }
  streamEntry(id: string, fields: Uint8Array[]): void {
    this.entryHead(id, fields.length);
    for (const f of fields) this.kh.lbytes(f, 0, f.length);
  }
  streamLastId(id: string): void {
    this.endGroup();
    this.kh.u8(0x4c); // 'L'
    this.idText(id);
  }
  streamGroup(name: Uint8Array, lastDeliveredId: string): void {
    this.endGroup();
    this.group = { name: Buffer.from(name), lastDelivered: lastDeliveredId };
    this.consumers.clear();
    this.pendingOwner.clear();
    this.pendingCount.clear();
  }
  streamConsumer(name: Uint8Array, s = 0, e = name.length): void {
    this.consumers.start();
    this.consumers.bytes(name, s, e);
    this.consumers.end();
  }
  streamPending(id: string, consumer: Uint8Array, deliveryCount: number): void {
    const n = this.digits.write(id, 'latin1');
    this.pendingOwner.start();
    this.pendingOwner.bytes(this.digits, 0, n);
    this.pendingOwner.bytes(consumer, 0, consumer.length);
    this.pendingOwner.end();
    this.pendingWithCount(this.digits, 0, n, deliveryCount);
  }

  /** The key's digest (the returned object is reused by the next key). */
  end(): KeyDigest {
    const t = this.type;
    if (t === 'set' || t === 'zset' || t === 'hash') this.sumInto(this.sum);
    else if (t === 'stream') this.endGroup();
    this.kh.finish(this.out.lanes);
    this.out.type = t;
    return this.out;
  }

  // ------------------------------------------------------------------ decoders

  /** A DUMP payload: RDB type byte, value, RDB version (2 bytes), CRC-64 (8 bytes). The CRC is not checked here. */
  ofDump(key: Uint8Array, payload: Buffer): KeyDigest {
    if (payload.length < 11) throw new ValueDecodeError(`a DUMP payload of ${payload.length} bytes is too short`);
    return this.ofRdbValue(key, payload[0]!, payload.subarray(1, payload.length - 10));
  }

  /** An RDB-serialized value (without its type byte), as a DUMP payload or an RDB file holds it. */
  ofRdbValue(key: Uint8Array, rdbType: number, value: Buffer): KeyDigest {
    this.d = value;
    this.p = 0;
    try {
      this.decode(key, rdbType);
      if (this.p !== value.length) throw new ValueDecodeError(`${value.length - this.p} bytes after the value`);
    } catch (err) {
      if (err instanceof RangeError) throw new ValueDecodeError(`RDB value type ${rdbType}: ${err.message}`);
      throw err;
    } finally {
      this.d = this.eb = EMPTY;
    }
    return this.end();
  }

  /**
   * A value this build cannot decode (a newer RDB type, or bytes it cannot
   * parse): digested as its serialized bytes, marked so it never equals a
   * decoded value's digest. Stable for the same bytes only.
   */
  ofRaw(key: Uint8Array, type: DigestType, rdbType: number, value: Uint8Array): KeyDigest {
    this.begin(type, key);
    this.kh.u8(0xff);
    this.kh.u8(rdbType);
    this.kh.bytes(value, 0, value.length);
    this.type = 'module'; // end(): no element sums to add
    const d = this.end();
    d.type = type;
    return d;
  }

  private decode(key: Uint8Array, t: number): void {
    switch (t) {
      case 0: {
        this.begin('string', key);
        this.strIntoHash();
        return;
      }
      case 1: // linked list (RDB < 7)
      case 2: {
        this.begin(t === 1 ? 'list' : 'set', key);
        for (let n = this.plainLen(); n > 0; n--) {
          this.str();
          this.element(this.eb, this.es, this.ee);
        }
        return;
      }
      case 3:
      case 5: {
        this.begin('zset', key);
        for (let n = this.plainLen(); n > 0; n--) {
          this.str();
          const mb = this.eb;
          const ms = this.es;
          const me = this.ee;
          this.scored(mb, t === 5 ? this.binaryDouble() : this.textDouble(), ms, me);
        }
        return;
      }
      case 4: {
        this.begin('hash', key);
        for (let n = this.plainLen(); n > 0; n--) this.strPair();
        return;
      }
      case 9:
        this.begin('hash', key);
        this.zipmap();
        return;
      case 10:
        this.begin('list', key);
        this.packed(false, 1);
        return;
      case 11:
        this.begin('set', key);
        this.intset();
        return;
      case 12:
      case 17:
        this.begin('zset', key);
        this.packed(t === 17, 2, true);
        return;
      case 13:
      case 16:
        this.begin('hash', key);
        this.packed(t === 16, 2);
        return;
      case 14:
      case 18: {
        this.begin('list', key);
        for (let n = this.plainLen(); n > 0; n--) {
          const container = t === 18 ? this.plainLen() : 2;
          if (container === 1) {
            this.str(); // a plain node: one big element
            this.element(this.eb, this.es, this.ee);
          } else this.packed(t === 18, 1);
        }
        return;
      }
      case 20:
        this.begin('set', key);
        this.packed(true, 1);
        return;
      case 15:
      case 19:
      case 21:
        this.begin('stream', key);
        this.stream(t);
        return;
      case 22:
      case 24: {
        // Hash with field expiry (Redis 7.4+): [min expiry,] fields as (ttl, field, value); TTLs are left out.
        this.begin('hash', key);
        if (t === 24) this.take(8);
        for (let n = this.plainLen(); n > 0; n--) {
          this.len();
          this.strPair();
        }
        return;
      }
      case 23:
      case 25:
        this.begin('hash', key);
        if (t === 25) this.take(8);
        this.packed(true, 3);
        return;
      case 7: {
        // Module value: only the module can read it; its serialized bytes are the digest.
        this.begin('module', key);
        this.kh.bytes(this.d, 0, this.d.length);
        this.p = this.d.length;
        return;
      }
      default:
        throw new ValueDecodeError(`unsupported RDB value type ${t}`);
    }
  }

  // ------------------------------------------------------------------ RDB primitives (over this.d at this.p)

  private take(n: number): number {
    const at = this.p;
    if (at + n > this.d.length) throw new RangeError('value truncated');
    this.p = at + n;
    return at;
  }
  /** RDB length; -1-enc for a special string encoding; exact only below 2^53 (see lenText). */
  private len(): number {
    const b = this.d[this.take(1)]!;
    const kind = b >> 6;
    if (kind === 0) return b & 0x3f;
    if (kind === 1) return ((b & 0x3f) << 8) | this.d[this.take(1)]!;
    if (kind === 3) return -1 - (b & 0x3f);
    if (b === 0x80) return this.d.readUInt32BE(this.take(4));
    if (b === 0x81) {
      const at = this.take(8);
      return this.d.readUInt32BE(at) * TWO32 + this.d.readUInt32BE(at + 4);
    }
    throw new RangeError(`bad length encoding 0x${b.toString(16)}`);
  }
  private plainLen(): number {
    const n = this.len();
    if (n < 0) throw new RangeError('an encoded value where a length belongs');
    return n;
  }
  /** A 64-bit RDB length as exact decimal text (stream IDs use the full range). */
  private lenText(): string {
    if (this.d[this.p] === 0x81) {
      const at = this.take(9) + 1;
      return this.d.readBigUInt64BE(at).toString();
    }
    return String(this.plainLen());
  }
  /** An RDB string into (eb, es, ee): raw bytes in place, integers as decimal text, LZF decompressed. */
  private str(): void {
    const n = this.len();
    if (n >= 0) {
      const at = this.take(n);
      this.setBytes(this.d, at, at + n);
      return;
    }
    switch (-1 - n) {
      case 0:
        return this.setInt(this.d.readInt8(this.take(1)));
      case 1:
        return this.setInt(this.d.readInt16LE(this.take(2)));
      case 2:
        return this.setInt(this.d.readInt32LE(this.take(4)));
      case 3: {
        const clen = this.plainLen();
        const ulen = this.plainLen();
        const at = this.take(clen);
        // Into a reused buffer: nothing reads a decompressed string after the next one is decompressed.
        const out = this.lzfOut(ulen);
        lzfDecompressInto(this.d, out, ulen, at, at + clen);
        this.setBytes(out, 0, ulen);
        return;
      }
      default:
        throw new RangeError(`unknown string encoding ${-1 - n}`);
    }
  }
  /** A string value (60 % of keys in the bench's mix): its bytes go to the hash buffer once, LZF decompressed in place. */
  private strIntoHash(): void {
    const d = this.d;
    if (d[this.p] === 0xc3) {
      // Length byte 0b11_000011: an LZF-compressed string.
      this.p++;
      const clen = this.plainLen();
      const ulen = this.plainLen();
      const at = this.take(clen);
      if (this.kh.lzf(d, at, at + clen, ulen)) return;
      // Too long for the hash buffer: decompressed aside, hashed from there.
      const out = this.lzfOut(ulen);
      lzfDecompressInto(d, out, ulen, at, at + clen);
      this.kh.bytes(out, 0, ulen);
      return;
    }
    this.str();
    this.kh.bytes(this.eb, this.es, this.ee);
  }
  private lzfScratch = Buffer.allocUnsafe(SCRATCH);
  private lzfOut(n: number): Buffer {
    if (n <= this.lzfScratch.length) return this.lzfScratch;
    // Grown for a big value, kept only up to 1 MiB.
    const b = Buffer.allocUnsafe(n);
    if (n <= 1 << 20) this.lzfScratch = b;
    return b;
  }
  private setBytes(b: Buffer, s: number, e: number): void {
    this.eb = b;
    this.es = s;
    this.ee = e;
  }
  /** An integer as the decimal text Redis replies with; the text goes to (eb, es, ee). */
  private setInt(v: number): void {
    let n = 0;
    const out = this.digits;
    let x = v;
    if (x < 0) {
      out[n++] = 0x2d;
      x = -x;
    }
    const start = n;
    do {
      out[n++] = 0x30 + (x % 10);
      x = Math.floor(x / 10);
    } while (x > 0);
    for (let i = start, j = n - 1; i < j; i++, j--) {
      const c = out[i]!;
      out[i] = out[j]!;
      out[j] = c;
    }
    this.setBytes(out, 0, n);
  }
  private setBigInt(v: bigint): void {
    const n = this.digits.write(v.toString(), 'latin1');
    this.setBytes(this.digits, 0, n);
  }
  private strPair(): void {
    this.str();
    // The field may live in `digits`, which the value's read reuses: hash it first.
    this.sum.start();
    this.sum.bytes(this.eb, this.es, this.ee);
    this.str();
    this.sum.bytes(this.eb, this.es, this.ee);
    this.sum.end();
  }
  private binaryDouble(): number {
    return this.d.readDoubleLE(this.take(8));
  }
  private textDouble(): number {
    const n = this.d[this.take(1)]!;
    if (n === 253) return NaN;
    if (n === 254) return Infinity;
    if (n === 255) return -Infinity;
    const at = this.take(n);
    return parseDouble(this.d, at, at + n);
  }
  /** Runs `body` over an RDB string's bytes (a ziplist/listpack/intset blob, possibly LZF-compressed). */
  private nested(body: () => void): void {
    this.str();
    const saveD = this.d;
    const saveP = this.p;
    this.d = this.eb;
    const s = this.es;
    const e = this.ee;
    if (this.eb === this.digits || this.eb === this.ivText) throw new RangeError('an integer where an encoded blob belongs');
    // Decode the blob as if it were the whole value.
    const blob = s === 0 && e === this.d.length ? this.d : this.d.subarray(s, e);
    this.d = blob;
    this.p = 0;
    body();
    this.d = saveD;
    this.p = saveP;
  }

  // ------------------------------------------------------------------ ziplist / listpack / intset / zipmap

  /**
   * Walks a ziplist (`lp` false) or listpack blob at this.p (an RDB string
   * unless `inBlob`), in groups of `arity`: 1 list/set elements, 2 hash
   * field+value or zset member+score, 3 hash field+value+ttl (7.4 field TTLs).
   */
  private packed(lp: boolean, arity: 1 | 2 | 3, zset = false, inBlob = false): void {
    if (!inBlob) return this.nested(() => this.packed(lp, arity, zset, true));
    const d = this.d;
    let p = lp ? 6 : 10;
    let i = 0;
    for (;;) {
      if (p >= d.length) throw new RangeError(`${lp ? 'listpack' : 'ziplist'} without its end marker`);
      if (d[p] === LP_EOF) break;
      p = lp ? this.lpEntry(d, p) : this.zlEntry(d, p);
      const k = i % arity;
      i++;
      if (arity === 1) {
        this.element(this.eb, this.es, this.ee);
      } else if (k === 0) {
        if (zset) {
          // Keep the member: the score's read may reuse `digits`.
          if (this.isInt) {
            this.memberLen = this.eb.copy(this.member, 0, this.es, this.ee);
            this.setBytes(this.member, 0, this.memberLen);
          }
          this.mb = this.eb;
          this.ms = this.es;
          this.me = this.ee;
        } else {
          this.sum.start();
          this.sum.bytes(this.eb, this.es, this.ee);
        }
      } else if (k === 1) {
        if (zset) {
          const score = this.isInt ? this.iv : parseDouble(this.eb, this.es, this.ee);
          this.scored(this.mb, score, this.ms, this.me);
        } else {
          this.sum.bytes(this.eb, this.es, this.ee);
          if (arity === 2) this.sum.end();
        }
      } else {
        this.sum.end(); // the field's TTL is not part of the value
      }
    }
    if (i % arity !== 0) throw new RangeError(`${i} entries where pairs belong`);
    this.p = d.length;
    if (p !== d.length - 1) throw new RangeError('bytes after the end marker');
  }
  private readonly member = Buffer.allocUnsafe(24);
  private memberLen = 0;
  private mb: Buffer = EMPTY;
  private ms = 0;
  private me = 0;

  /** One listpack entry at p into (eb, es, ee) / iv; returns the next entry's offset. */
  private lpEntry(d: Buffer, p: number): number {
    const b = d[p]!;
    let len: number;
    this.isInt = true;
    if (b < 0x80) {
      this.iv = b;
      len = 1;
    } else if ((b & 0xc0) === 0x80) {
      const n = b & 0x3f;
      this.bytesAt(d, p + 1, n);
      len = 1 + n;
    } else if ((b & 0xe0) === 0xc0) {
      let v = ((b & 0x1f) << 8) | d[p + 1]!;
      if (v >= 1 << 12) v -= 1 << 13;
      this.iv = v;
      len = 2;
    } else if ((b & 0xf0) === 0xe0) {
      const n = ((b & 0x0f) << 8) | d[p + 1]!;
      this.bytesAt(d, p + 2, n);
      len = 2 + n;
    } else {
      switch (b) {
        case 0xf0: {
          const n = d.readUInt32LE(p + 1);
          this.bytesAt(d, p + 5, n);
          len = 5 + n;
          break;
        }
        case 0xf1:
          this.iv = d.readInt16LE(p + 1);
          len = 3;
          break;
        case 0xf2:
          this.iv = d.readIntLE(p + 1, 3);
          len = 4;
          break;
        case 0xf3:
          this.iv = d.readInt32LE(p + 1);
          len = 5;
          break;
        case 0xf4:
          this.int64At(d, p + 1);
          len = 9;
          break;
        default:
          throw new RangeError(`bad listpack entry encoding 0x${b.toString(16)}`);
      }
    }
    if (this.isInt) this.intText();
    // The entry is followed by its own length, encoded backwards in 1-5 bytes.
    const back = len <= 127 ? 1 : len < 16383 ? 2 : len < 2097151 ? 3 : len < 268435455 ? 4 : 5;
    const next = p + len + back;
    if (next > d.length) throw new RangeError('listpack entry overruns its blob');
    return next;
  }

  /** One ziplist entry at p; returns the next entry's offset. */
  private zlEntry(d: Buffer, p: number): number {
    p += d[p] === 0xfe ? 5 : 1; // previous entry's length
    const b = d[p]!;
    this.isInt = true;
    let next: number;
    switch (b >> 6) {
      case 0: {
        const n = b & 0x3f;
        this.bytesAt(d, p + 1, n);
        next = p + 1 + n;
        break;
      }
      case 1: {
        const n = ((b & 0x3f) << 8) | d[p + 1]!;
        this.bytesAt(d, p + 2, n);
        next = p + 2 + n;
        break;
      }
      case 2: {
        const n = d.readUInt32BE(p + 1);
        this.bytesAt(d, p + 5, n);
        next = p + 5 + n;
        break;
      }
      default:
        switch (b) {
          case 0xc0:
            this.iv = d.readInt16LE(p + 1);
            next = p + 3;
            break;
          case 0xd0:
            this.iv = d.readInt32LE(p + 1);
            next = p + 5;
            break;
          case 0xe0:
            this.int64At(d, p + 1);
            next = p + 9;
            break;
          case 0xf0:
            this.iv = d.readIntLE(p + 1, 3);
            next = p + 4;
            break;
          case 0xfe:
            this.iv = d.readInt8(p + 1);
            next = p + 2;
            break;
          default:
            if (b >= 0xf1 && b <= 0xfd) {
              this.iv = (b & 0x0f) - 1;
              next = p + 1;
              break;
            }
            throw new RangeError(`bad ziplist entry encoding 0x${b.toString(16)}`);
        }
    }
    if (next > d.length) throw new RangeError('ziplist entry overruns its blob');
    if (this.isInt) this.intText();
    return next;
  }
  private bytesAt(d: Buffer, s: number, n: number): void {
    if (s + n > d.length) throw new RangeError('entry overruns its blob');
    this.isInt = false;
    this.setBytes(d, s, s + n);
  }
  private int64At(d: Buffer, at: number): void {
    const lo = d.readUInt32LE(at);
    const hi = d.readInt32LE(at + 4);
    if (hi >= -0x200000 && hi < 0x200000) {
      this.iv = hi * TWO32 + lo;
      this.ivText = undefined;
    } else {
      this.iv = Number(d.readBigInt64LE(at));
      this.ivText = Buffer.from(d.readBigInt64LE(at).toString(), 'latin1');
    }
  }
  private intText(): void {
    if (this.ivText) {
      this.setBytes(this.ivText, 0, this.ivText.length);
      this.ivText = undefined;
    } else this.setInt(this.iv);
  }

  private intset(): void {
    this.nested(() => {
      const d = this.d;
      if (d.length < 8) throw new RangeError('intset header truncated');
      const width = d.readUInt32LE(0);
      const n = d.readUInt32LE(4);
      if (![2, 4, 8].includes(width) || 8 + width * n !== d.length) throw new RangeError(`bad intset (width ${width}, ${n} entries, ${d.length} bytes)`);
      for (let i = 0, at = 8; i < n; i++, at += width) {
        if (width === 2) this.setInt(d.readInt16LE(at));
        else if (width === 4) this.setInt(d.readInt32LE(at));
        else {
          this.int64At(d, at);
          this.intText();
        }
        this.element(this.eb, this.es, this.ee);
      }
      this.p = d.length;
    });
  }

  private zipmap(): void {
    this.nested(() => {
      const d = this.d;
      let p = 1; // zmlen
      const zmLen = (): number => {
        const b = d[p]!;
        if (b < 254) {
          p += 1;
          return b;
        }
        if (b === 254) {
          p += 5;
          return d.readUInt32LE(p - 4);
        }
        throw new RangeError('bad zipmap length');
      };
      for (;;) {
        if (p >= d.length) throw new RangeError('zipmap without its end marker');
        if (d[p] === 0xff) break;
        const kl = zmLen();
        const ks = p;
        p += kl;
        const vl = zmLen();
        const free = d[p++]!;
        const vs = p;
        p += vl + free;
        if (p > d.length) throw new RangeError('zipmap entry overruns its blob');
        this.sum.start();
        this.sum.bytes(d, ks, ks + kl);
        this.sum.bytes(d, vs, vs + vl);
        this.sum.end();
      }
      this.p = d.length;
    });
  }

  // ------------------------------------------------------------------ streams

  private stream(t: number): void {
    for (let nodes = this.plainLen(); nodes > 0; nodes--) {
      this.str();
      if (this.ee - this.es !== 16) throw new RangeError('stream node key is not a 16-byte ID');
      const kb = this.eb;
      const masterMs = kb.readUInt32BE(this.es) * TWO32 + kb.readUInt32BE(this.es + 4);
      const masterMsBig = kb.readUInt32BE(this.es) >= 0x200000 ? kb.readBigUInt64BE(this.es) : undefined;
      const masterSeqHi = kb.readUInt32BE(this.es + 8);
      const masterSeq = masterSeqHi * TWO32 + kb.readUInt32BE(this.es + 12);
      const masterSeqBig = masterSeqHi >= 0x200000 ? kb.readBigUInt64BE(this.es + 8) : undefined;
      this.nested(() => this.streamNode(masterMs, masterMsBig, masterSeq, masterSeqBig));
    }
    this.plainLen(); // length (entries), implied by the entries
    const lastMs = this.lenText();
    const lastSeq = this.lenText();
    this.streamLastId(`${lastMs}-${lastSeq}`);
    if (t >= 19) for (let i = 0; i < 5; i++) this.lenText(); // first id, max deleted id, entries added: metadata only
    for (let groups = this.plainLen(); groups > 0; groups--) {
      this.str();
      const name = Buffer.from(this.eb.subarray(this.es, this.ee));
      const ms = this.lenText();
      const seq = this.lenText();
      this.streamGroup(name, `${ms}-${seq}`);
      if (t >= 19) this.lenText(); // entries read
      for (let pel = this.plainLen(); pel > 0; pel--) {
        const at = this.take(16);
        const idLen = this.rawIdText(at);
        this.take(8); // delivery time
        this.pendingWithCount(this.digits, 0, idLen, this.plainLen());
      }
      for (let consumers = this.plainLen(); consumers > 0; consumers--) {
        this.str();
        const cb = this.eb;
        const cs = this.es;
        const ce = this.ee;
        this.streamConsumer(cb, cs, ce);
        this.take(t >= 21 ? 16 : 8); // seen time (and active time)
        for (let own = this.plainLen(); own > 0; own--) {
          const idLen = this.rawIdText(this.take(16));
          this.pendingOwner.start();
          this.pendingOwner.bytes(this.digits, 0, idLen);
          this.pendingOwner.bytes(cb, cs, ce);
          this.pendingOwner.end();
        }
      }
    }
  }

  /** A raw 128-bit stream ID (two big-endian u64) at `at` as "ms-seq" into `digits`; returns its length. */
  private rawIdText(at: number): number {
    const d = this.d;
    const ms = d.readUInt32BE(at) >= 0x200000 ? d.readBigUInt64BE(at).toString() : String(d.readUInt32BE(at) * TWO32 + d.readUInt32BE(at + 4));
    const seq = d.readUInt32BE(at + 8) >= 0x200000 ? d.readBigUInt64BE(at + 8).toString() : String(d.readUInt32BE(at + 8) * TWO32 + d.readUInt32BE(at + 12));
    return this.digits.write(`${ms}-${seq}`, 'latin1');
  }

  private streamNode(masterMs: number, masterMsBig: bigint | undefined, masterSeq: number, masterSeqBig: bigint | undefined): void {
    const d = this.d;
    let p = 6;
    const int = (): number => {
      p = this.lpEntry(d, p);
      if (!this.isInt) throw new RangeError('stream listpack: a string where a number belongs');
      return this.iv;
    };
    const count = int();
    const deleted = int();
    const masterFields = int();
    const fieldAt: number[] = [];
    for (let i = 0; i < masterFields; i++) {
      fieldAt.push(p);
      p = this.lpEntry(d, p);
    }
    int(); // the master entry's terminator
    for (let e = 0; e < count + deleted; e++) {
      const flags = int();
      const msDiff = int();
      const seqDiff = int();
      const same = (flags & STREAM_SAMEFIELDS) !== 0;
      const nf = same ? masterFields : int();
      const live = (flags & STREAM_DELETED) === 0;
      if (live) {
        const ms = masterMsBig !== undefined || !Number.isSafeInteger(masterMs + msDiff) ? String((masterMsBig ?? BigInt(masterMs)) + BigInt(msDiff)) : String(masterMs + msDiff);
        const seq = masterSeqBig !== undefined || !Number.isSafeInteger(masterSeq + seqDiff) ? String((masterSeqBig ?? BigInt(masterSeq)) + BigInt(seqDiff)) : String(masterSeq + seqDiff);
        this.entryHead(`${ms}-${seq}`, nf * 2);
      }
      for (let f = 0; f < nf; f++) {
        if (same) {
          if (live) {
            this.lpEntry(d, fieldAt[f]!);
            this.kh.lbytes(this.eb, this.es, this.ee);
          }
        } else {
          p = this.lpEntry(d, p);
          if (live) this.kh.lbytes(this.eb, this.es, this.ee);
        }
        p = this.lpEntry(d, p);
        if (live) this.kh.lbytes(this.eb, this.es, this.ee);
      }
      int(); // lp-count, for walking backwards
    }
    if (d[p] !== LP_EOF || p !== d.length - 1) throw new RangeError('stream listpack: bytes after its entries');
    this.p = d.length;
  }

  private entryHead(id: string, fieldCount: number): void {
    this.kh.u8(0x45); // 'E'
    this.idText(id);
    this.kh.u32(fieldCount);
  }
  private idText(id: string): void {
    const n = this.digits.write(id, 'latin1');
    this.kh.lbytes(this.digits, 0, n);
  }
  private pendingWithCount(idb: Uint8Array, s: number, e: number, count: number): void {
    this.pendingCount.start();
    this.pendingCount.bytes(idb, s, e);
    this.pendingCount.word(count >>> 0);
    this.pendingCount.word(Math.floor(count / TWO32) >>> 0);
    this.pendingCount.end();
  }
  private endGroup(): void {
    const g = this.group;
    if (!g) return;
    this.group = undefined;
    this.kh.u8(0x47); // 'G'
    this.kh.lbytes(g.name, 0, g.name.length);
    this.idText(g.lastDelivered);
    this.sumInto(this.consumers);
    this.sumInto(this.pendingOwner);
    this.sumInto(this.pendingCount);
  }
  private sumInto(s: ElementSum): void {
    this.kh.u32(s.count);
    this.kh.u32(s.a);
    this.kh.u32(s.b);
  }
}


/** A score as Redis writes it in text (%.17g, inf, -inf, nan) back to the double. */
function parseDouble(b: Buffer, s: number, e: number): number {
  const t = b.toString('latin1', s, e);
  const v = Number(t);
  if (!Number.isNaN(v)) return v;
  const l = t.toLowerCase();
  if (l === 'inf' || l === '+inf' || l === 'infinity' || l === '+infinity') return Infinity;
  if (l === '-inf' || l === '-infinity') return -Infinity;
  if (l === 'nan') return NaN;
  throw new RangeError(`unparsable score '${t}'`);
}
