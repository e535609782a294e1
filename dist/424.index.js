export const id = 424;
export const ids = [424];
export const modules = {

/***/ 41119:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ crc64Tables),
/* harmony export */   u: () => (/* binding */ Crc64Register)
/* harmony export */ });
/**
 * Table-driven reflected CRC-64, shared by the two formats that need one:
 * mongodump archives (ECMA polynomial, register complemented in and out, as
 * Go's `hash/crc64`) and Redis RDB files / DUMP payloads (Jones polynomial,
 * plain register). The formats pick their parameters in their own crc64.ts.
 *
 * JavaScript has no fast 64-bit integers, so the register is kept as two
 * 32-bit halves and the data is consumed 8 bytes at a time with eight lookup
 * tables ("slicing-by-8"). On little-endian machines the 8 bytes are read as
 * two int32s through an Int32Array view of the aligned middle of the data
 * rather than byte by byte: 1.8x the throughput (415 → 730 MiB/s for 1 MiB in
 * Node 24, bench/README.md), which is what a mongodump archive's CRC costs per
 * byte dumped. BigInt (70 MiB/s) and slicing-by-16 (no faster than by-8 with
 * word reads) were measured too.
 */
/** Whether an Int32Array reads bytes in the order the CRC consumes them (least significant first). */
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
/** Below this many bytes the word path's view is not worth allocating. */
const WORDS_FROM = 64;
/** Builds the tables for a reflected polynomial given as two uint32 halves. */
function crc64Tables(polyHi, polyLo) {
    const hi = new Int32Array(8 * 256);
    const lo = new Int32Array(8 * 256);
    for (let b = 0; b < 256; b++) {
        let h = 0;
        let l = b;
        for (let bit = 0; bit < 8; bit++) {
            const carry = l & 1;
            l = ((l >>> 1) | ((h & 1) << 31)) >>> 0;
            h = h >>> 1;
            if (carry) {
                h = (h ^ polyHi) >>> 0;
                l = (l ^ polyLo) >>> 0;
            }
        }
        hi[b] = h;
        lo[b] = l;
    }
    for (let k = 1; k < 8; k++) {
        for (let b = 0; b < 256; b++) {
            const prevHi = hi[(k - 1) * 256 + b];
            const prevLo = lo[(k - 1) * 256 + b];
            const idx = prevLo & 0xff;
            hi[k * 256 + b] = ((prevHi >>> 8) ^ hi[idx]) >>> 0;
            lo[k * 256 + b] = (((prevLo >>> 8) | (prevHi << 24)) ^ lo[idx]) >>> 0;
        }
    }
    return { hi, lo };
}
/** A running CRC-64. `complement` inverts the register on the way in and out (Go/ECMA style). */
class Crc64Register {
    tables;
    complement;
    regHi;
    regLo;
    constructor(tables, complement) {
        this.tables = tables;
        this.complement = complement;
        this.regHi = complement ? -1 : 0;
        this.regLo = complement ? -1 : 0;
    }
    update(data, start = 0, end = data.length) {
        let hi = this.regHi;
        let lo = this.regLo;
        const th = this.tables.hi;
        const tl = this.tables.lo;
        let i = start;
        if (LITTLE_ENDIAN && end - start >= WORDS_FROM) {
            // Bytes one at a time up to a 4-byte boundary of the ArrayBuffer, then whole 8-byte blocks as int32 pairs.
            const head = (4 - ((data.byteOffset + i) & 3)) & 3;
            for (const stop = i + head; i < stop; i++) {
                const idx = (lo ^ data[i]) & 0xff;
                lo = ((lo >>> 8) | (hi << 24)) ^ tl[idx];
                hi = (hi >>> 8) ^ th[idx];
            }
            const blocks = (end - i) >>> 3;
            const words = new Int32Array(data.buffer, data.byteOffset + i, blocks * 2);
            for (let w = 0; w < words.length; w += 2) {
                const a = lo ^ words[w];
                const b = hi ^ words[w + 1];
                const i7 = 7 * 256 + (a & 0xff);
                const i6 = 6 * 256 + ((a >>> 8) & 0xff);
                const i5 = 5 * 256 + ((a >>> 16) & 0xff);
                const i4 = 4 * 256 + (a >>> 24);
                const i3 = 3 * 256 + (b & 0xff);
                const i2 = 2 * 256 + ((b >>> 8) & 0xff);
                const i1 = 256 + ((b >>> 16) & 0xff);
                const i0 = b >>> 24;
                hi = th[i7] ^ th[i6] ^ th[i5] ^ th[i4] ^ th[i3] ^ th[i2] ^ th[i1] ^ th[i0];
                lo = tl[i7] ^ tl[i6] ^ tl[i5] ^ tl[i4] ^ tl[i3] ^ tl[i2] ^ tl[i1] ^ tl[i0];
            }
            i += blocks * 8;
        }
        else {
            const end8 = end - ((end - start) & 7);
            while (i < end8) {
                const a = lo ^ (data[i] | (data[i + 1] << 8) | (data[i + 2] << 16) | (data[i + 3] << 24));
                const b = hi ^ (data[i + 4] | (data[i + 5] << 8) | (data[i + 6] << 16) | (data[i + 7] << 24));
                const i7 = 7 * 256 + (a & 0xff);
                const i6 = 6 * 256 + ((a >>> 8) & 0xff);
                const i5 = 5 * 256 + ((a >>> 16) & 0xff);
                const i4 = 4 * 256 + (a >>> 24);
                const i3 = 3 * 256 + (b & 0xff);
                const i2 = 2 * 256 + ((b >>> 8) & 0xff);
                const i1 = 256 + ((b >>> 16) & 0xff);
                const i0 = b >>> 24;
                hi = th[i7] ^ th[i6] ^ th[i5] ^ th[i4] ^ th[i3] ^ th[i2] ^ th[i1] ^ th[i0];
                lo = tl[i7] ^ tl[i6] ^ tl[i5] ^ tl[i4] ^ tl[i3] ^ tl[i2] ^ tl[i1] ^ tl[i0];
                i += 8;
            }
        }
        while (i < end) {
            const idx = (lo ^ data[i]) & 0xff;
            lo = ((lo >>> 8) | (hi << 24)) ^ tl[idx];
            hi = (hi >>> 8) ^ th[idx];
            i++;
        }
        this.regHi = hi;
        this.regLo = lo;
        return this;
    }
    /** The high 32 bits of the CRC so far, unsigned. */
    get hi() {
        return (this.complement ? ~this.regHi : this.regHi) >>> 0;
    }
    /** The low 32 bits of the CRC so far, unsigned. */
    get lo() {
        return (this.complement ? ~this.regLo : this.regLo) >>> 0;
    }
    digest() {
        return (BigInt(this.hi) << 32n) | BigInt(this.lo);
    }
}


/***/ }),

/***/ 1991:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ lzfDecompress),
/* harmony export */   o: () => (/* binding */ lzfDecompressInto)
/* harmony export */ });
/**
 * LZF decompression (the codec RDB uses for long strings). Throws RangeError on
 * input that does not decode to exactly `outLen` bytes.
 */
function lzfDecompress(input, outLen) {
    const out = Buffer.allocUnsafe(outLen);
    lzfDecompressInto(input, out, outLen);
    return out;
}
/**
 * Decompresses input[start, end) into `out` at `outStart` (room for at least
 * `outLen` bytes there, e.g. a reused scratch buffer, or the value digest's
 * hash buffer right after the key, so a string is never copied). Hot for value
 * digests, which decompress every long string of a backup, so the loop checks
 * little per token: a typed array ignores writes past its end and reads past it
 * give undefined (stored as 0); a token may write up to 264 bytes past the
 * announced end (into the caller's scratch) before the length check refuses
 * it, and the total length is checked at the end. A back reference before
 * `outStart` is refused on the spot.
 */
function lzfDecompressInto(input, out, outLen, start = 0, end = input.length, outStart = 0) {
    if (out.length - outStart < outLen)
        throw new RangeError('LZF output buffer too small');
    let ip = start;
    let op = outStart;
    const limit = outStart + outLen;
    while (ip < end) {
        const ctrl = input[ip++];
        if (ctrl < 32) {
            const stop = ip + ctrl + 1;
            if (stop > end)
                throw new RangeError('LZF literal run overflows');
            do
                out[op++] = input[ip++];
            while (ip < stop);
        }
        else {
            let len = ctrl >> 5;
            if (len === 7)
                len += input[ip++];
            let ref = op - ((ctrl & 0x1f) << 8) - 1 - input[ip++];
            if (ref < outStart || ip > end)
                throw new RangeError('LZF back reference out of range');
            // Overlapping copies are the point of LZF runs: copy byte by byte.
            const stop = op + len + 2;
            do
                out[op++] = out[ref++];
            while (op < stop);
        }
        if (op > limit)
            throw new RangeError('LZF data decodes to more bytes than announced');
    }
    if (op !== limit)
        throw new RangeError(`LZF data decodes to ${op - outStart} bytes, expected ${outLen}`);
}


/***/ }),

/***/ 79424:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  AQ: () => (/* binding */ RdbCorruptError),
  RdbParser: () => (/* binding */ RdbParser),
  bw: () => (/* binding */ dumpPayload),
  g3: () => (/* binding */ rdbTypeName)
});

// UNUSED EXPORTS: RDB_MAX_VERSION, checkDumpPayload

// EXTERNAL MODULE: ./src/formats/crc64/crc64.ts
var crc64 = __webpack_require__(41119);
;// CONCATENATED MODULE: ./src/formats/rdb/crc64.ts

/**
 * CRC-64/Jones (reflected polynomial 0x95AC9329AC4BC9B5, init 0, no final xor):
 * the checksum Redis puts at the end of an RDB file and of every DUMP payload.
 * Check value: crc64("123456789") = 0xe9c6d914c4b8d9ca.
 */
const JONES = (0,crc64/* crc64Tables */.E)(0x95ac9329, 0xac4bc9b5);
/** A running CRC-64/Jones. */
class crc64_Crc64 extends crc64/* Crc64Register */.u {
    constructor() {
        super(JONES, false);
    }
    /** Little-endian, as Redis stores it. */
    bytes() {
        const b = Buffer.allocUnsafe(8);
        b.writeUInt32LE(this.lo, 0);
        b.writeUInt32LE(this.hi, 4);
        return b;
    }
    equalsLE(b, off) {
        const v = Buffer.from(b.buffer, b.byteOffset, b.byteLength);
        return v.readUInt32LE(off) === this.lo && v.readUInt32LE(off + 4) === this.hi;
    }
    hex() {
        return this.hi.toString(16).padStart(8, '0') + this.lo.toString(16).padStart(8, '0');
    }
}
function crc64_crc64(buf) {
    return new crc64_Crc64().update(buf);
}

// EXTERNAL MODULE: ./src/formats/rdb/lzf.ts
var lzf = __webpack_require__(1991);
;// CONCATENATED MODULE: ./src/formats/rdb/parser.ts


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
const RDB_MAX_VERSION = 12;
/** RDB value types (rdb.h) → the name Redis' TYPE command reports. */
function rdbTypeName(t) {
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
class RdbCorruptError extends Error {
}
/** Thrown (as a plain object, no stack) when the buffer ends before the record does. */
class Need {
    upto;
    constructor(upto) {
        this.upto = upto;
    }
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
};
class RdbParser {
    buf = Buffer.alloc(0);
    pos = 0;
    base = 0;
    pending = [];
    pendingLen = 0;
    need = 9;
    p = 0; // cursor inside parseOne
    version = 0;
    db = 0;
    expireAt = -1;
    state = 'magic';
    crc = new crc64_Crc64();
    capture;
    constructor(opts = {}) {
        this.capture = !!opts.capture;
    }
    get rdbVersion() {
        return this.version;
    }
    get finished() {
        return this.state === 'done';
    }
    /** Bytes consumed so far (for error messages). */
    get offset() {
        return this.base + this.pos;
    }
    push(chunk, out) {
        if (chunk.length === 0)
            return;
        if (this.state === 'done')
            throw new RdbCorruptError(`${chunk.length} bytes after the end of the RDB data`);
        this.pending.push(chunk);
        this.pendingLen += chunk.length;
        if (this.buf.length - this.pos + this.pendingLen < this.need)
            return;
        this.compact();
        this.run(out, false);
    }
    /** Call at end of input: parses what is left and checks the file was complete. */
    finish(out) {
        this.compact();
        if (this.state !== 'done')
            this.run(out, true);
        if (this.state !== 'done') {
            throw new RdbCorruptError(this.state === 'magic' ? 'too short to be an RDB file' : `RDB data ends at byte ${this.base + this.buf.length} before its EOF marker (truncated)`);
        }
        if (this.pos !== this.buf.length)
            throw new RdbCorruptError(`${this.buf.length - this.pos} bytes after the end of the RDB data`);
    }
    compact() {
        if (this.pending.length === 0)
            return;
        this.base += this.pos;
        this.buf = this.pos === this.buf.length && this.pending.length === 1 ? this.pending[0] : Buffer.concat([this.buf.subarray(this.pos), ...this.pending]);
        this.pos = 0;
        this.pending = [];
        this.pendingLen = 0;
    }
    run(out, atEnd) {
        while (this.state !== 'done') {
            const start = this.pos;
            this.p = start;
            let ev;
            try {
                ev = this.parseOne();
            }
            catch (e) {
                if (e instanceof Need) {
                    if (atEnd)
                        return;
                    const have = this.buf.length - start;
                    this.need = Math.max(e.upto - start, have > 1 << 20 ? have * 2 : 0);
                    return;
                }
                if (e instanceof RangeError)
                    throw new RdbCorruptError(`${e.message} (record at byte ${this.base + start})`);
                throw e;
            }
            if (this.state !== 'done')
                this.crc.update(this.buf, start, this.p);
            this.pos = this.p;
            if (ev)
                out.push(ev);
        }
    }
    // ------------------------------------------------------------ cursor primitives
    take(n) {
        const at = this.p;
        if (at + n > this.buf.length)
            throw new Need(at + n);
        this.p = at + n;
        return at;
    }
    u8() {
        return this.buf[this.take(1)];
    }
    /** RDB length encoding; returns -1-enc for the special string encodings. */
    len() {
        const b = this.u8();
        const kind = b >> 6;
        if (kind === 0)
            return b & 0x3f;
        if (kind === 1)
            return ((b & 0x3f) << 8) | this.u8();
        if (kind === 3)
            return -1 - (b & 0x3f);
        if (b === 0x80)
            return this.buf.readUInt32BE(this.take(4));
        if (b === 0x81) {
            const at = this.take(8);
            // Beyond 2^53 only as a value (a stream's "entries read" is -1 as u64), never as a size.
            return this.buf.readUInt32BE(at) * 0x1_0000_0000 + this.buf.readUInt32BE(at + 4);
        }
        throw new RangeError(`bad length encoding 0x${b.toString(16)}`);
    }
    plainLen() {
        const n = this.len();
        if (n < 0)
            throw new RangeError('an encoded value where a length belongs');
        return n;
    }
    skipString() {
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
    string() {
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
                return (0,lzf/* lzfDecompress */.e)(this.buf.subarray(at, at + clen), ulen);
            }
            default:
                throw new RangeError(`unknown string encoding ${-1 - n}`);
        }
    }
    skipModuleValue() {
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
    skipStream(t) {
        const nodes = this.plainLen();
        for (let i = 0; i < nodes; i++) {
            this.skipString();
            this.skipString();
        }
        this.plainLen(); // length
        this.plainLen(); // last id ms
        this.plainLen(); // last id seq
        if (t >= 19) {
            for (let i = 0; i < 5; i++)
                this.plainLen(); // first id, max deleted id, entries added
        }
        const groups = this.plainLen();
        for (let g = 0; g < groups; g++) {
            this.skipString();
            this.plainLen();
            this.plainLen();
            if (t >= 19)
                this.plainLen(); // entries read
            const pel = this.plainLen();
            for (let i = 0; i < pel; i++) {
                this.take(16 + 8);
                this.plainLen();
            }
            const consumers = this.plainLen();
            for (let c = 0; c < consumers; c++) {
                this.skipString();
                this.take(8);
                if (t >= 21)
                    this.take(8);
                const own = this.plainLen();
                this.take(16 * own);
            }
        }
    }
    skipValue(t) {
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
                for (let i = 0; i < n; i++)
                    this.skipString();
                return;
            }
            case 3: {
                const n = this.plainLen();
                for (let i = 0; i < n; i++) {
                    this.skipString();
                    const d = this.u8();
                    if (d < 253)
                        this.take(d);
                }
                return;
            }
            case 4: {
                const n = this.plainLen();
                for (let i = 0; i < 2 * n; i++)
                    this.skipString();
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
                if (t === 24)
                    this.take(8);
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
    parseOne() {
        if (this.state === 'magic') {
            const at = this.take(9);
            const magic = this.buf.subarray(at, at + 9).toString('latin1');
            if (!/^REDIS\d{4}$/.test(magic))
                throw new RdbCorruptError('not an RDB file (no REDIS magic)');
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
            if (stored.every((b) => b === 0))
                return { type: 'end', checksum: 'absent' };
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
                const ev = {
                    type: 'key',
                    db: this.db,
                    key,
                    rdbType: t,
                    expireAt: this.expireAt,
                };
                if (this.capture)
                    ev.value = this.buf.subarray(vStart, this.p);
                this.expireAt = -1;
                return ev;
            }
        }
    }
}
/** Builds the payload RESTORE takes from an RDB value: type byte, value, RDB version (2 bytes LE), CRC-64 (8 bytes LE). */
function dumpPayload(rdbType, value, rdbVersion) {
    const out = Buffer.allocUnsafe(1 + value.length + 10);
    out[0] = rdbType;
    value.copy(out, 1);
    out.writeUInt16LE(rdbVersion, 1 + value.length);
    const crc = new crc64_Crc64().update(out, 0, 1 + value.length + 2);
    out.writeUInt32LE(crc.lo, out.length - 8);
    out.writeUInt32LE(crc.hi, out.length - 4);
    return out;
}
/** The RDB version and CRC-64 a DUMP payload ends with; undefined when the CRC does not match. */
function checkDumpPayload(payload) {
    if (payload.length < 11)
        return undefined;
    const body = payload.length - 8;
    const crc = new Crc64().update(payload, 0, body);
    if (!crc.equalsLE(payload, body))
        return undefined;
    return { rdbVersion: payload.readUInt16LE(body - 2), rdbType: payload[0] };
}


/***/ })

};
