export const id = 884;
export const ids = [884];
export const modules = {

/***/ 32884:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  AQ: () => (/* binding */ RdbCorruptError),
  RdbParser: () => (/* binding */ RdbParser),
  bw: () => (/* binding */ dumpPayload),
  g3: () => (/* binding */ rdbTypeName)
});

// UNUSED EXPORTS: RDB_MAX_VERSION, checkDumpPayload

;// CONCATENATED MODULE: ./src/formats/rdb/crc64.ts
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
class crc64_Crc64 {
    lo = 0;
    hi = 0;
    update(buf, start = 0, end = buf.length) {
        let lo = this.lo;
        let hi = this.hi;
        for (let i = start; i < end; i++) {
            const idx = (lo ^ buf[i]) & 0xff;
            lo = (TLO[idx] ^ ((lo >>> 8) | (hi << 24))) >>> 0;
            hi = (THI[idx] ^ (hi >>> 8)) >>> 0;
        }
        this.lo = lo;
        this.hi = hi;
        return this;
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
function crc64(buf) {
    return new crc64_Crc64().update(buf);
}

;// CONCATENATED MODULE: ./src/formats/rdb/lzf.ts
/**
 * LZF decompression (the codec RDB uses for long strings). Throws RangeError on
 * input that does not decode to exactly `outLen` bytes.
 */
function lzfDecompress(input, outLen) {
    const out = Buffer.allocUnsafe(outLen);
    let ip = 0;
    let op = 0;
    const inEnd = input.length;
    while (ip < inEnd) {
        const ctrl = input[ip++];
        if (ctrl < 32) {
            const run = ctrl + 1;
            if (op + run > outLen || ip + run > inEnd)
                throw new RangeError('LZF literal run overflows');
            for (let k = 0; k < run; k++)
                out[op++] = input[ip++];
        }
        else {
            let len = ctrl >> 5;
            if (ip >= inEnd)
                throw new RangeError('LZF back reference truncated');
            if (len === 7) {
                len += input[ip++];
                if (ip >= inEnd)
                    throw new RangeError('LZF back reference truncated');
            }
            let ref = op - ((ctrl & 0x1f) << 8) - 1 - input[ip++];
            len += 2;
            if (ref < 0 || op + len > outLen)
                throw new RangeError('LZF back reference out of range');
            // Overlapping copies are the point of LZF runs: copy byte by byte.
            for (let k = 0; k < len; k++)
                out[op++] = out[ref++];
        }
    }
    if (op !== outLen)
        throw new RangeError(`LZF data decodes to ${op} bytes, expected ${outLen}`);
    return out;
}

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
                return lzfDecompress(this.buf.subarray(at, at + clen), ulen);
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
