import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
;// CONCATENATED MODULE: ./src/util/worker-script.ts



/**
 * The script of a worker thread bakup bundles on its own (`name`), when this
 * build has one: in its own folder of the bundle (dist/<name>/index.js, beside
 * the chunk that asks), or beside the asking module in a tsc build
 * (lib/…/<name>.js). Running from TypeScript sources (the tests' in-process
 * runs) there is none, and the caller does the work on its own thread; so it
 * does when `offVariable` is set to 0.
 */
function worker_script_workerScript(callerUrl, name, offVariable, env = process.env) {
    if (env[offVariable] === '0')
        return undefined;
    const here = path.dirname(fileURLToPath(callerUrl));
    for (const candidate of [path.join(here, name, 'index.js'), path.join(here, `${name}.js`)]) {
        if (existsSync(candidate))
            return candidate;
    }
    return undefined;
}

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./src/formats/crc64/crc64.ts
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

;// CONCATENATED MODULE: ./src/formats/rdb/crc64.ts

/**
 * CRC-64/Jones (reflected polynomial 0x95AC9329AC4BC9B5, init 0, no final xor):
 * the checksum Redis puts at the end of an RDB file and of every DUMP payload.
 * Check value: crc64("123456789") = 0xe9c6d914c4b8d9ca.
 */
const JONES = crc64Tables(0x95ac9329, 0xac4bc9b5);
/** A running CRC-64/Jones. */
class crc64_Crc64 extends Crc64Register {
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
function crc64(buf) {
    return new crc64_Crc64().update(buf);
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
class RdbCorruptError extends (/* unused pure expression or super */ null && (Error)) {
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
    crc = new Crc64();
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
    const crc = new Crc64().update(out, 0, 1 + value.length + 2);
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

;// CONCATENATED MODULE: external "node:zlib"
const external_node_zlib_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");
;// CONCATENATED MODULE: ./src/formats/redis-records/format.ts

/**
 * The bakup Redis record stream (SPEC.md beside this file): a magic, then
 * frames `tag u8 | length u32le | body | crc32 u32le`, the CRC-32 (zlib) covering
 * tag, length and body. Every number is little-endian; keys and values are
 * length-prefixed bytes, so any binary content survives.
 */
const MAGIC = Buffer.from([0x89, 0x42, 0x52, 0x52, 0x0d, 0x0a, 0x1a, 0x0a]); // \x89 B R R \r \n \x1a \n
const FORMAT_NAME = 'bakup/redis-records';
const FORMAT_VERSION = 1;
/** Frame overhead: tag + length before the body, CRC after it. */
const FRAME_HEAD = 5;
const FRAME_TAIL = 4;
const MAX_BODY = 0xffff_ffff;
const Tag = {
    HEADER: 0x48, // 'H'
    DUMP: 0x44, // 'D'
    KEY: 0x4b, // 'K' portable key begins
    CHUNK: 0x43, // 'C' portable key content
    END: 0x45, // 'E' portable key ends
    TRAILER: 0x54, // 'T'
};
/** Portable value types, as Redis' TYPE names them. */
const PortableType = { string: 1, list: 2, set: 3, zset: 4, hash: 5, stream: 6 };
const PORTABLE_TYPE_NAMES = Object.fromEntries(Object.entries(PortableType).map(([k, v]) => [v, k]));
/** What a portable CHUNK carries. */
const format_ChunkKind = {
    STRING_PART: 1,
    ELEMENTS: 2,
    PAIRS: 3,
    SCORED: 4,
    STREAM_ENTRIES: 5,
    STREAM_META: 6,
    STREAM_GROUP: 7,
    STREAM_CONSUMERS: 8,
    STREAM_PENDING: 9,
};
// ---------------------------------------------------------------- int64 without BigInt
// Expiry times and counts are safe integers; writing them as two 32-bit halves
// avoids a BigInt per record on the hot path.
function writeI64(buf, n, off) {
    const lo = n >>> 0;
    const hi = Math.floor(n / 0x1_0000_0000);
    buf.writeUInt32LE(lo, off);
    buf.writeInt32LE(hi, off + 4);
    return off + 8;
}
function readI64(buf, off) {
    const lo = buf.readUInt32LE(off);
    const hi = buf.readInt32LE(off + 4);
    return hi * 0x1_0000_0000 + lo;
}
// ---------------------------------------------------------------- encoding
/** Writes a frame around a body already placed at `out[start + FRAME_HEAD …]`; returns the end offset. */
function sealFrame(out, start, tag, bodyLen) {
    out[start] = tag;
    out.writeUInt32LE(bodyLen, start + 1);
    const end = start + FRAME_HEAD + bodyLen;
    out.writeUInt32LE(zlib.crc32(out.subarray(start, end)), end);
    return end + FRAME_TAIL;
}
function frameSize(bodyLen) {
    return FRAME_HEAD + bodyLen + FRAME_TAIL;
}
function dumpFrameSize(key, payload) {
    return frameSize(16 + key.length + payload.length);
}
/** Encodes a DUMP record into `out` at `off` (sized with dumpFrameSize); returns the end offset. */
function writeDumpFrame(out, off, db, expireAt, key, payload) {
    const bodyLen = 16 + key.length + payload.length;
    let p = off + FRAME_HEAD;
    out.writeUInt32LE(db, p);
    writeI64(out, expireAt, p + 4);
    out.writeUInt32LE(key.length, p + 12);
    p += 16;
    p += key.copy(out, p);
    payload.copy(out, p);
    return sealFrame(out, off, Tag.DUMP, bodyLen);
}
function encodeDump(db, expireAt, key, payload) {
    const out = Buffer.allocUnsafe(dumpFrameSize(key, payload));
    writeDumpFrame(out, 0, db, expireAt, key, payload);
    return out;
}
/** A small growable writer for bodies whose size is not known in advance. */
class BodyWriter {
    buf;
    pos = FRAME_HEAD;
    constructor(hint) {
        this.buf = Buffer.allocUnsafe(Math.max(64, hint + FRAME_HEAD + FRAME_TAIL));
    }
    ensure(n) {
        if (this.pos + n + FRAME_TAIL <= this.buf.length)
            return;
        const next = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.pos + n + FRAME_TAIL));
        this.buf.copy(next, 0, 0, this.pos);
        this.buf = next;
    }
    u8(n) {
        this.ensure(1);
        this.buf[this.pos++] = n;
    }
    u32(n) {
        this.ensure(4);
        this.buf.writeUInt32LE(n, this.pos);
        this.pos += 4;
    }
    i64(n) {
        this.ensure(8);
        writeI64(this.buf, n, this.pos);
        this.pos += 8;
    }
    f64(n) {
        this.ensure(8);
        this.buf.writeDoubleLE(n, this.pos);
        this.pos += 8;
    }
    bytes(b) {
        this.ensure(4 + b.length);
        this.buf.writeUInt32LE(b.length, this.pos);
        this.pos += 4;
        this.pos += b.copy(this.buf, this.pos);
    }
    raw(b) {
        this.ensure(b.length);
        this.pos += b.copy(this.buf, this.pos);
    }
    text(s) {
        this.bytes(Buffer.from(s, 'latin1'));
    }
    seal(tag) {
        const bodyLen = this.pos - FRAME_HEAD;
        if (bodyLen > MAX_BODY)
            throw new RangeError(`record body of ${bodyLen} bytes exceeds the format's 4 GiB limit`);
        const end = sealFrame(this.buf, 0, tag, bodyLen);
        return this.buf.subarray(0, end);
    }
}
function jsonFrame(tag, value) {
    const body = Buffer.from(JSON.stringify(value), 'utf8');
    const w = new BodyWriter(body.length);
    w.raw(body);
    return w.seal(tag);
}
function encodeHeader(h) {
    return jsonFrame(Tag.HEADER, h);
}
function encodeTrailer(t) {
    return jsonFrame(Tag.TRAILER, t);
}
function encodeKey(db, expireAt, type, key) {
    const w = new BodyWriter(17 + key.length);
    w.u32(db);
    w.i64(expireAt);
    w.u8(PortableType[type]);
    w.bytes(key);
    return w.seal(Tag.KEY);
}
function encodeEnd(count) {
    const w = new BodyWriter(8);
    w.i64(count);
    return w.seal(Tag.END);
}
/** Stream IDs stay text (`ms-seq`): both halves are unsigned 64-bit, beyond a double's exact range. */
function encodeChunk(chunk) {
    const w = new BodyWriter(256);
    w.u8(chunk.kind);
    switch (chunk.kind) {
        case format_ChunkKind.STRING_PART:
            w.u32(1);
            w.raw(chunk.data);
            break;
        case format_ChunkKind.ELEMENTS:
            w.u32(chunk.items.length);
            for (const it of chunk.items)
                w.bytes(it);
            break;
        case format_ChunkKind.PAIRS:
            if (chunk.items.length % 2)
                throw new RangeError('PAIRS chunk needs an even number of items');
            w.u32(chunk.items.length / 2);
            for (const it of chunk.items)
                w.bytes(it);
            break;
        case format_ChunkKind.SCORED:
            w.u32(chunk.members.length);
            for (let i = 0; i < chunk.members.length; i++) {
                w.f64(chunk.scores[i]);
                w.bytes(chunk.members[i]);
            }
            break;
        case format_ChunkKind.STREAM_ENTRIES:
            w.u32(chunk.entries.length);
            for (const e of chunk.entries) {
                w.text(e.id);
                w.u32(e.fields.length);
                for (const f of e.fields)
                    w.bytes(f);
            }
            break;
        case format_ChunkKind.STREAM_META:
            w.u32(1);
            w.text(chunk.meta.lastId);
            w.i64(chunk.meta.length);
            w.i64(chunk.meta.entriesAdded);
            w.text(chunk.meta.maxDeletedId ?? '');
            break;
        case format_ChunkKind.STREAM_GROUP:
            w.u32(1);
            w.bytes(chunk.group.name);
            w.text(chunk.group.lastDeliveredId);
            w.i64(chunk.group.entriesRead);
            break;
        case format_ChunkKind.STREAM_CONSUMERS:
            w.u32(chunk.consumers.length);
            for (const c of chunk.consumers) {
                w.bytes(c.name);
                w.i64(c.seenTime);
            }
            break;
        case format_ChunkKind.STREAM_PENDING:
            w.u32(chunk.pending.length);
            for (const p of chunk.pending) {
                w.text(p.id);
                w.bytes(p.consumer);
                w.i64(p.deliveryTime);
                w.i64(p.deliveryCount);
            }
            break;
    }
    return w.seal(Tag.CHUNK);
}
/** How many units a chunk adds to its key's END count. */
function chunkCount(chunk) {
    switch (chunk.kind) {
        case format_ChunkKind.STRING_PART:
            return chunk.data.length;
        case format_ChunkKind.ELEMENTS:
            return chunk.items.length;
        case format_ChunkKind.PAIRS:
            return chunk.items.length / 2;
        case format_ChunkKind.SCORED:
            return chunk.members.length;
        case format_ChunkKind.STREAM_ENTRIES:
            return chunk.entries.length;
        default:
            return 0;
    }
}
/** The chunk kinds each portable type may carry. */
const CHUNKS_OF = {
    string: [format_ChunkKind.STRING_PART],
    list: [format_ChunkKind.ELEMENTS],
    set: [format_ChunkKind.ELEMENTS],
    zset: [format_ChunkKind.SCORED],
    hash: [format_ChunkKind.PAIRS],
    stream: [format_ChunkKind.STREAM_ENTRIES, format_ChunkKind.STREAM_META, format_ChunkKind.STREAM_GROUP, format_ChunkKind.STREAM_CONSUMERS, format_ChunkKind.STREAM_PENDING],
};

;// CONCATENATED MODULE: ./src/formats/rdb/lzf.ts
/**
 * LZF decompression (the codec RDB uses for long strings). Throws RangeError on
 * input that does not decode to exactly `outLen` bytes.
 */
function lzf_lzfDecompress(input, outLen) {
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

;// CONCATENATED MODULE: ./src/formats/rdb/value-digest.ts


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
const DIGEST_TYPES = ['string', 'list', 'set', 'zset', 'hash', 'stream', 'module'];
const TYPE_CODE = { string: 1, list: 2, set: 3, zset: 4, hash: 5, stream: 6, module: 7 };
class ValueDecodeError extends Error {
}
const SCRATCH = 64 << 10;
/** Copies at least this long bypass the scratch buffer. */
const DIRECT = 16 << 10;
const oneShot = external_node_crypto_namespaceObject.hash;
/** SHA-256 over bytes put into a reused scratch buffer; a streaming hash only when a key outgrows it. */
class KeyHasher {
    buf = Buffer.allocUnsafe(SCRATCH);
    n = 0;
    h;
    reset() {
        this.n = 0;
        this.h = undefined;
    }
    flush() {
        this.h ??= external_node_crypto_namespaceObject.createHash('sha256');
        if (this.n)
            this.h.update(this.buf.subarray(0, this.n));
        this.n = 0;
    }
    u8(v) {
        if (this.n + 1 > SCRATCH)
            this.flush();
        this.buf[this.n++] = v;
    }
    u32(v) {
        if (this.n + 4 > SCRATCH)
            this.flush();
        this.buf.writeUInt32LE(v >>> 0, this.n);
        this.n += 4;
    }
    bytes(src, s, e) {
        const len = e - s;
        if (len >= DIRECT) {
            this.flush();
            this.h.update(src.subarray(s, e));
            return;
        }
        if (this.n + len > SCRATCH)
            this.flush();
        if (len <= 64) {
            const b = this.buf;
            let n = this.n;
            for (let i = s; i < e; i++)
                b[n++] = src[i];
            this.n = n;
        }
        else {
            this.buf.set(src.subarray(s, e), this.n);
            this.n += len;
        }
    }
    /** Length-prefixed bytes: a sequence of these parses back one way only. */
    lbytes(src, s, e) {
        this.u32(e - s);
        this.bytes(src, s, e);
    }
    /**
     * LZF-compressed string bytes decompressed straight into the hash buffer
     * (no copy); false when they do not fit, and the caller takes the long way.
     */
    lzf(src, s, e, ulen) {
        if (ulen >= DIRECT || this.n + ulen > SCRATCH)
            return false;
        lzfDecompressInto(src, this.buf, ulen, s, e, this.n);
        this.n += ulen;
        return true;
    }
    finish(out) {
        // The digest as a 'binary' (latin1) string (one char per byte): a string costs a
        // third of what a Buffer returned from crypto costs (bench/README.md).
        let d;
        if (this.h) {
            this.flush();
            d = this.h.digest('binary');
        }
        else if (oneShot) {
            d = oneShot('sha256', this.buf.subarray(0, this.n), 'binary');
        }
        else {
            d = external_node_crypto_namespaceObject.createHash('sha256').update(this.buf.subarray(0, this.n)).digest('binary');
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
function fmix(h) {
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
    h1 = 0;
    h2 = 0;
    clear() {
        this.count = 0;
        this.a = 0;
        this.b = 0;
    }
    start() {
        this.h1 = 0x9747b28c;
        this.h2 = 0x85ebca6b;
    }
    word(w) {
        this.h1 = Math.imul(this.h1 ^ w, 0x01000193) ^ (this.h1 >>> 15);
        this.h2 = Math.imul((this.h2 ^ w) + 0x6b43a9b5, 0x5bd1e995);
    }
    /** murmur3's body, 4 bytes a step, in two lanes with their own constants; each call mixes its length in first. */
    bytes(src, s, e) {
        let h1 = this.h1 ^ (e - s);
        let h2 = Math.imul(this.h2 ^ (e - s), 0x5bd1e995);
        let i = s;
        for (const last = e - 3; i < last; i += 4) {
            const w = src[i] | (src[i + 1] << 8) | (src[i + 2] << 16) | (src[i + 3] << 24);
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
            const c = src[i];
            h1 = Math.imul(h1 ^ c, 0x01000193);
            h2 = Math.imul((h2 ^ c) + 0x9e3779b9, 0x5bd1e995);
        }
        this.h1 = h1;
        this.h2 = h2 ^ (h2 >>> 13);
    }
    end() {
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
class RedisValueDigest {
    kh = new KeyHasher();
    sum = new ElementSum();
    /** For portable hashes/zsets/streams: the consumers' and the pending entries' sums of the current group. */
    consumers = new ElementSum();
    pendingOwner = new ElementSum();
    pendingCount = new ElementSum();
    out = { type: 'string', lanes: new Uint32Array(4) };
    type = 'string';
    group;
    digits = Buffer.allocUnsafe(24);
    f64 = new Float64Array(1);
    f64b = new Uint8Array(this.f64.buffer);
    /** Decoder cursor state. */
    d = Buffer.alloc(0);
    p = 0;
    /** Last listpack/ziplist entry read: a string [s, e) of `eb`, or an integer. */
    isInt = false;
    es = 0;
    ee = 0;
    eb = this.d;
    iv = 0;
    ivText;
    // ------------------------------------------------------------------ canonical calls (the portable path)
    begin(type, key) {
        this.type = type;
        this.kh.reset();
        this.kh.u8(TYPE_CODE[type]);
        this.kh.lbytes(key, 0, key.length);
        this.sum.clear();
        this.group = undefined;
    }
    /** The next piece of a string value (pieces concatenate). */
    stringPart(b, s = 0, e = b.length) {
        this.kh.bytes(b, s, e);
    }
    /** A list element (in order) or a set member. */
    element(b, s = 0, e = b.length) {
        if (this.type === 'list')
            this.kh.lbytes(b, s, e);
        else {
            this.sum.start();
            this.sum.bytes(b, s, e);
            this.sum.end();
        }
    }
    pair(f, v) {
        this.sum.start();
        this.sum.bytes(f, 0, f.length);
        this.sum.bytes(v, 0, v.length);
        this.sum.end();
    }
    scored(member, score, s = 0, e = member.length) {
        this.sum.start();
        this.sum.bytes(member, s, e);
        this.f64[0] = score === 0 ? 0 : score; // -0 and 0 are one score to Redis
        this.sum.bytes(this.f64b, 0, 8);
        this.sum.end();
    }
    streamEntry(id, fields) {
        this.entryHead(id, fields.length);
        for (const f of fields)
            this.kh.lbytes(f, 0, f.length);
    }
    streamLastId(id) {
        this.endGroup();
        this.kh.u8(0x4c); // 'L'
        this.idText(id);
    }
    streamGroup(name, lastDeliveredId) {
        this.endGroup();
        this.group = { name: Buffer.from(name), lastDelivered: lastDeliveredId };
        this.consumers.clear();
        this.pendingOwner.clear();
        this.pendingCount.clear();
    }
    streamConsumer(name, s = 0, e = name.length) {
        this.consumers.start();
        this.consumers.bytes(name, s, e);
        this.consumers.end();
    }
    streamPending(id, consumer, deliveryCount) {
        const n = this.digits.write(id, 'latin1');
        this.pendingOwner.start();
        this.pendingOwner.bytes(this.digits, 0, n);
        this.pendingOwner.bytes(consumer, 0, consumer.length);
        this.pendingOwner.end();
        this.pendingWithCount(this.digits, 0, n, deliveryCount);
    }
    /** The key's digest (the returned object is reused by the next key). */
    end() {
        const t = this.type;
        if (t === 'set' || t === 'zset' || t === 'hash')
            this.sumInto(this.sum);
        else if (t === 'stream')
            this.endGroup();
        this.kh.finish(this.out.lanes);
        this.out.type = t;
        return this.out;
    }
    // ------------------------------------------------------------------ decoders
    /** A DUMP payload: RDB type byte, value, RDB version (2 bytes), CRC-64 (8 bytes). The CRC is not checked here. */
    ofDump(key, payload) {
        if (payload.length < 11)
            throw new ValueDecodeError(`a DUMP payload of ${payload.length} bytes is too short`);
        return this.ofRdbValue(key, payload[0], payload.subarray(1, payload.length - 10));
    }
    /** An RDB-serialized value (without its type byte), as a DUMP payload or an RDB file holds it. */
    ofRdbValue(key, rdbType, value) {
        this.d = value;
        this.p = 0;
        try {
            this.decode(key, rdbType);
            if (this.p !== value.length)
                throw new ValueDecodeError(`${value.length - this.p} bytes after the value`);
        }
        catch (err) {
            if (err instanceof RangeError)
                throw new ValueDecodeError(`RDB value type ${rdbType}: ${err.message}`);
            throw err;
        }
        finally {
            this.d = this.eb = EMPTY;
        }
        return this.end();
    }
    /**
     * A value this build cannot decode (a newer RDB type, or bytes it cannot
     * parse): digested as its serialized bytes, marked so it never equals a
     * decoded value's digest. Stable for the same bytes only.
     */
    ofRaw(key, type, rdbType, value) {
        this.begin(type, key);
        this.kh.u8(0xff);
        this.kh.u8(rdbType);
        this.kh.bytes(value, 0, value.length);
        this.type = 'module'; // end(): no element sums to add
        const d = this.end();
        d.type = type;
        return d;
    }
    decode(key, t) {
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
                for (let n = this.plainLen(); n > 0; n--)
                    this.strPair();
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
                    }
                    else
                        this.packed(t === 18, 1);
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
                if (t === 24)
                    this.take(8);
                for (let n = this.plainLen(); n > 0; n--) {
                    this.len();
                    this.strPair();
                }
                return;
            }
            case 23:
            case 25:
                this.begin('hash', key);
                if (t === 25)
                    this.take(8);
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
    take(n) {
        const at = this.p;
        if (at + n > this.d.length)
            throw new RangeError('value truncated');
        this.p = at + n;
        return at;
    }
    /** RDB length; -1-enc for a special string encoding; exact only below 2^53 (see lenText). */
    len() {
        const b = this.d[this.take(1)];
        const kind = b >> 6;
        if (kind === 0)
            return b & 0x3f;
        if (kind === 1)
            return ((b & 0x3f) << 8) | this.d[this.take(1)];
        if (kind === 3)
            return -1 - (b & 0x3f);
        if (b === 0x80)
            return this.d.readUInt32BE(this.take(4));
        if (b === 0x81) {
            const at = this.take(8);
            return this.d.readUInt32BE(at) * TWO32 + this.d.readUInt32BE(at + 4);
        }
        throw new RangeError(`bad length encoding 0x${b.toString(16)}`);
    }
    plainLen() {
        const n = this.len();
        if (n < 0)
            throw new RangeError('an encoded value where a length belongs');
        return n;
    }
    /** A 64-bit RDB length as exact decimal text (stream IDs use the full range). */
    lenText() {
        if (this.d[this.p] === 0x81) {
            const at = this.take(9) + 1;
            return this.d.readBigUInt64BE(at).toString();
        }
        return String(this.plainLen());
    }
    /** An RDB string into (eb, es, ee): raw bytes in place, integers as decimal text, LZF decompressed. */
    str() {
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
    strIntoHash() {
        const d = this.d;
        if (d[this.p] === 0xc3) {
            // Length byte 0b11_000011: an LZF-compressed string.
            this.p++;
            const clen = this.plainLen();
            const ulen = this.plainLen();
            const at = this.take(clen);
            if (this.kh.lzf(d, at, at + clen, ulen))
                return;
            // Too long for the hash buffer: decompressed aside, hashed from there.
            const out = this.lzfOut(ulen);
            lzfDecompressInto(d, out, ulen, at, at + clen);
            this.kh.bytes(out, 0, ulen);
            return;
        }
        this.str();
        this.kh.bytes(this.eb, this.es, this.ee);
    }
    lzfScratch = Buffer.allocUnsafe(SCRATCH);
    lzfOut(n) {
        if (n <= this.lzfScratch.length)
            return this.lzfScratch;
        // Grown for a big value, kept only up to 1 MiB.
        const b = Buffer.allocUnsafe(n);
        if (n <= 1 << 20)
            this.lzfScratch = b;
        return b;
    }
    setBytes(b, s, e) {
        this.eb = b;
        this.es = s;
        this.ee = e;
    }
    /** An integer as the decimal text Redis replies with; the text goes to (eb, es, ee). */
    setInt(v) {
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
            const c = out[i];
            out[i] = out[j];
            out[j] = c;
        }
        this.setBytes(out, 0, n);
    }
    setBigInt(v) {
        const n = this.digits.write(v.toString(), 'latin1');
        this.setBytes(this.digits, 0, n);
    }
    strPair() {
        this.str();
        // The field may live in `digits`, which the value's read reuses: hash it first.
        this.sum.start();
        this.sum.bytes(this.eb, this.es, this.ee);
        this.str();
        this.sum.bytes(this.eb, this.es, this.ee);
        this.sum.end();
    }
    binaryDouble() {
        return this.d.readDoubleLE(this.take(8));
    }
    textDouble() {
        const n = this.d[this.take(1)];
        if (n === 253)
            return NaN;
        if (n === 254)
            return Infinity;
        if (n === 255)
            return -Infinity;
        const at = this.take(n);
        return parseDouble(this.d, at, at + n);
    }
    /** Runs `body` over an RDB string's bytes (a ziplist/listpack/intset blob, possibly LZF-compressed). */
    nested(body) {
        this.str();
        const saveD = this.d;
        const saveP = this.p;
        this.d = this.eb;
        const s = this.es;
        const e = this.ee;
        if (this.eb === this.digits || this.eb === this.ivText)
            throw new RangeError('an integer where an encoded blob belongs');
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
    packed(lp, arity, zset = false, inBlob = false) {
        if (!inBlob)
            return this.nested(() => this.packed(lp, arity, zset, true));
        const d = this.d;
        let p = lp ? 6 : 10;
        let i = 0;
        for (;;) {
            if (p >= d.length)
                throw new RangeError(`${lp ? 'listpack' : 'ziplist'} without its end marker`);
            if (d[p] === LP_EOF)
                break;
            p = lp ? this.lpEntry(d, p) : this.zlEntry(d, p);
            const k = i % arity;
            i++;
            if (arity === 1) {
                this.element(this.eb, this.es, this.ee);
            }
            else if (k === 0) {
                if (zset) {
                    // Keep the member: the score's read may reuse `digits`.
                    if (this.isInt) {
                        this.memberLen = this.eb.copy(this.member, 0, this.es, this.ee);
                        this.setBytes(this.member, 0, this.memberLen);
                    }
                    this.mb = this.eb;
                    this.ms = this.es;
                    this.me = this.ee;
                }
                else {
                    this.sum.start();
                    this.sum.bytes(this.eb, this.es, this.ee);
                }
            }
            else if (k === 1) {
                if (zset) {
                    const score = this.isInt ? this.iv : parseDouble(this.eb, this.es, this.ee);
                    this.scored(this.mb, score, this.ms, this.me);
                }
                else {
                    this.sum.bytes(this.eb, this.es, this.ee);
                    if (arity === 2)
                        this.sum.end();
                }
            }
            else {
                this.sum.end(); // the field's TTL is not part of the value
            }
        }
        if (i % arity !== 0)
            throw new RangeError(`${i} entries where pairs belong`);
        this.p = d.length;
        if (p !== d.length - 1)
            throw new RangeError('bytes after the end marker');
    }
    member = Buffer.allocUnsafe(24);
    memberLen = 0;
    mb = EMPTY;
    ms = 0;
    me = 0;
    /** One listpack entry at p into (eb, es, ee) / iv; returns the next entry's offset. */
    lpEntry(d, p) {
        const b = d[p];
        let len;
        this.isInt = true;
        if (b < 0x80) {
            this.iv = b;
            len = 1;
        }
        else if ((b & 0xc0) === 0x80) {
            const n = b & 0x3f;
            this.bytesAt(d, p + 1, n);
            len = 1 + n;
        }
        else if ((b & 0xe0) === 0xc0) {
            let v = ((b & 0x1f) << 8) | d[p + 1];
            if (v >= 1 << 12)
                v -= 1 << 13;
            this.iv = v;
            len = 2;
        }
        else if ((b & 0xf0) === 0xe0) {
            const n = ((b & 0x0f) << 8) | d[p + 1];
            this.bytesAt(d, p + 2, n);
            len = 2 + n;
        }
        else {
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
        if (this.isInt)
            this.intText();
        // The entry is followed by its own length, encoded backwards in 1-5 bytes.
        const back = len <= 127 ? 1 : len < 16383 ? 2 : len < 2097151 ? 3 : len < 268435455 ? 4 : 5;
        const next = p + len + back;
        if (next > d.length)
            throw new RangeError('listpack entry overruns its blob');
        return next;
    }
    /** One ziplist entry at p; returns the next entry's offset. */
    zlEntry(d, p) {
        p += d[p] === 0xfe ? 5 : 1; // previous entry's length
        const b = d[p];
        this.isInt = true;
        let next;
        switch (b >> 6) {
            case 0: {
                const n = b & 0x3f;
                this.bytesAt(d, p + 1, n);
                next = p + 1 + n;
                break;
            }
            case 1: {
                const n = ((b & 0x3f) << 8) | d[p + 1];
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
        if (next > d.length)
            throw new RangeError('ziplist entry overruns its blob');
        if (this.isInt)
            this.intText();
        return next;
    }
    bytesAt(d, s, n) {
        if (s + n > d.length)
            throw new RangeError('entry overruns its blob');
        this.isInt = false;
        this.setBytes(d, s, s + n);
    }
    int64At(d, at) {
        const lo = d.readUInt32LE(at);
        const hi = d.readInt32LE(at + 4);
        if (hi >= -0x200000 && hi < 0x200000) {
            this.iv = hi * TWO32 + lo;
            this.ivText = undefined;
        }
        else {
            this.iv = Number(d.readBigInt64LE(at));
            this.ivText = Buffer.from(d.readBigInt64LE(at).toString(), 'latin1');
        }
    }
    intText() {
        if (this.ivText) {
            this.setBytes(this.ivText, 0, this.ivText.length);
            this.ivText = undefined;
        }
        else
            this.setInt(this.iv);
    }
    intset() {
        this.nested(() => {
            const d = this.d;
            if (d.length < 8)
                throw new RangeError('intset header truncated');
            const width = d.readUInt32LE(0);
            const n = d.readUInt32LE(4);
            if (![2, 4, 8].includes(width) || 8 + width * n !== d.length)
                throw new RangeError(`bad intset (width ${width}, ${n} entries, ${d.length} bytes)`);
            for (let i = 0, at = 8; i < n; i++, at += width) {
                if (width === 2)
                    this.setInt(d.readInt16LE(at));
                else if (width === 4)
                    this.setInt(d.readInt32LE(at));
                else {
                    this.int64At(d, at);
                    this.intText();
                }
                this.element(this.eb, this.es, this.ee);
            }
            this.p = d.length;
        });
    }
    zipmap() {
        this.nested(() => {
            const d = this.d;
            let p = 1; // zmlen
            const zmLen = () => {
                const b = d[p];
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
                if (p >= d.length)
                    throw new RangeError('zipmap without its end marker');
                if (d[p] === 0xff)
                    break;
                const kl = zmLen();
                const ks = p;
                p += kl;
                const vl = zmLen();
                const free = d[p++];
                const vs = p;
                p += vl + free;
                if (p > d.length)
                    throw new RangeError('zipmap entry overruns its blob');
                this.sum.start();
                this.sum.bytes(d, ks, ks + kl);
                this.sum.bytes(d, vs, vs + vl);
                this.sum.end();
            }
            this.p = d.length;
        });
    }
    // ------------------------------------------------------------------ streams
    stream(t) {
        for (let nodes = this.plainLen(); nodes > 0; nodes--) {
            this.str();
            if (this.ee - this.es !== 16)
                throw new RangeError('stream node key is not a 16-byte ID');
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
        if (t >= 19)
            for (let i = 0; i < 5; i++)
                this.lenText(); // first id, max deleted id, entries added: metadata only
        for (let groups = this.plainLen(); groups > 0; groups--) {
            this.str();
            const name = Buffer.from(this.eb.subarray(this.es, this.ee));
            const ms = this.lenText();
            const seq = this.lenText();
            this.streamGroup(name, `${ms}-${seq}`);
            if (t >= 19)
                this.lenText(); // entries read
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
    rawIdText(at) {
        const d = this.d;
        const ms = d.readUInt32BE(at) >= 0x200000 ? d.readBigUInt64BE(at).toString() : String(d.readUInt32BE(at) * TWO32 + d.readUInt32BE(at + 4));
        const seq = d.readUInt32BE(at + 8) >= 0x200000 ? d.readBigUInt64BE(at + 8).toString() : String(d.readUInt32BE(at + 8) * TWO32 + d.readUInt32BE(at + 12));
        return this.digits.write(`${ms}-${seq}`, 'latin1');
    }
    streamNode(masterMs, masterMsBig, masterSeq, masterSeqBig) {
        const d = this.d;
        let p = 6;
        const int = () => {
            p = this.lpEntry(d, p);
            if (!this.isInt)
                throw new RangeError('stream listpack: a string where a number belongs');
            return this.iv;
        };
        const count = int();
        const deleted = int();
        const masterFields = int();
        const fieldAt = [];
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
                        this.lpEntry(d, fieldAt[f]);
                        this.kh.lbytes(this.eb, this.es, this.ee);
                    }
                }
                else {
                    p = this.lpEntry(d, p);
                    if (live)
                        this.kh.lbytes(this.eb, this.es, this.ee);
                }
                p = this.lpEntry(d, p);
                if (live)
                    this.kh.lbytes(this.eb, this.es, this.ee);
            }
            int(); // lp-count, for walking backwards
        }
        if (d[p] !== LP_EOF || p !== d.length - 1)
            throw new RangeError('stream listpack: bytes after its entries');
        this.p = d.length;
    }
    entryHead(id, fieldCount) {
        this.kh.u8(0x45); // 'E'
        this.idText(id);
        this.kh.u32(fieldCount);
    }
    idText(id) {
        const n = this.digits.write(id, 'latin1');
        this.kh.lbytes(this.digits, 0, n);
    }
    pendingWithCount(idb, s, e, count) {
        this.pendingCount.start();
        this.pendingCount.bytes(idb, s, e);
        this.pendingCount.word(count >>> 0);
        this.pendingCount.word(Math.floor(count / TWO32) >>> 0);
        this.pendingCount.end();
    }
    endGroup() {
        const g = this.group;
        if (!g)
            return;
        this.group = undefined;
        this.kh.u8(0x47); // 'G'
        this.kh.lbytes(g.name, 0, g.name.length);
        this.idText(g.lastDelivered);
        this.sumInto(this.consumers);
        this.sumInto(this.pendingOwner);
        this.sumInto(this.pendingCount);
    }
    sumInto(s) {
        this.kh.u32(s.count);
        this.kh.u32(s.a);
        this.kh.u32(s.b);
    }
}
/** A score as Redis writes it in text (%.17g, inf, -inf, nan) back to the double. */
function parseDouble(b, s, e) {
    const t = b.toString('latin1', s, e);
    const v = Number(t);
    if (!Number.isNaN(v))
        return v;
    const l = t.toLowerCase();
    if (l === 'inf' || l === '+inf' || l === 'infinity' || l === '+infinity')
        return Infinity;
    if (l === '-inf' || l === '-infinity')
        return -Infinity;
    if (l === 'nan')
        return NaN;
    throw new RangeError(`unparsable score '${t}'`);
}

;// CONCATENATED MODULE: ./src/sources/redis/fingerprint.ts





const REDIS_TYPES = DIGEST_TYPES;
/** What TYPE reports, folded to the names a backup can tell apart (module types all become 'module'). */
function normalType(t) {
    return REDIS_TYPES.includes(t) ? t : t === 'none' ? 'none' : 'module';
}
/**
 * True for a fingerprint written before values were digested: items named
 * `db<N>` (key names and types only), not `db<N>.<type>`.
 */
function isLegacyFingerprint(fp) {
    return Object.keys(fp?.items ?? {}).some((k) => /^db\d+$/.test(k));
}
/** The databases a fingerprint's items name, in either form. */
function databasesOf(fp) {
    const dbs = new Set();
    for (const k of Object.keys(fp.items ?? {})) {
        const m = /^db(\d+)(?:\.|$)/.exec(k);
        if (m)
            dbs.add(Number(m[1]));
    }
    return [...dbs].sort((a, b) => a - b);
}
/**
 * Digests DUMP payloads and RDB values for the fingerprint. A value this build
 * cannot decode (a Redis newer than it) is digested as its bytes (and counted),
 * so a backup never fails over a digest; such a value then only matches the
 * same bytes read again, which is what dump-mode restores and drills read.
 */
class fingerprint_KeyDigester {
    vd = new RedisValueDigest();
    undecoded = 0;
    ofDump(key, payload) {
        return this.ofRdbValue(key, payload[0], payload.subarray(1, payload.length - 10));
    }
    ofRdbValue(key, rdbType, value) {
        try {
            return this.vd.ofRdbValue(key, rdbType, value);
        }
        catch (err) {
            if (!(err instanceof ValueDecodeError))
                throw err;
            this.undecoded++;
            const t = normalType(rdbTypeName(rdbType));
            return this.vd.ofRaw(key, t === 'none' ? 'module' : t, rdbType, value);
        }
    }
}
/**
 * Keys and a digest per database and type (items `db<N>.<type>`): the count,
 * and the sum modulo 2^32, lane by lane, of every key's 128-bit digest (its
 * name and its value, src/formats/rdb/value-digest.ts and SPEC.md there).
 * The sum makes it independent of the order SCAN or a cluster returns keys in,
 * and lets a restore take back a key it met twice.
 *
 * `legacy` builds the older form (items `db<N>`: key names and types, no
 * values) to compare with manifests written before values were digested.
 */
class FingerprintBuilder {
    legacy;
    dbs = new Map();
    old = new Map();
    constructor(legacy = false) {
        this.legacy = legacy;
    }
    add(db, type, key, digest) {
        this.apply(db, type, key, digest, 1);
    }
    /** Takes back an add (a key the restore met twice). */
    remove(db, type, key, digest) {
        this.apply(db, type, key, digest, -1);
    }
    /** Adds (sign 1) or takes back (-1) one key. */
    apply(db, type, key, digest, sign) {
        if (this.legacy)
            return this.applyLegacy(db, type, key, sign);
        if (!digest)
            throw new Error(`fingerprint: no value digest for a ${type} key`);
        const l = digest.lanes;
        this.addToSum(db, digest.type, sign, sign * l[0], sign * l[1], sign * l[2], sign * l[3]);
    }
    /** The per-database, per-type sums so far (see addSums). */
    sums() {
        const out = [];
        for (const [db, types] of this.dbs)
            for (const [t, acc] of types)
                out.push([db, t, acc.count, acc.a, acc.b, acc.c, acc.d]);
        return out;
    }
    /** Adds sums another builder made (a digest worker's): the same as adding its keys here, in any order. */
    addSums(sums) {
        for (const [db, t, count, a, b, c, d] of sums)
            this.addToSum(db, t, count, a, b, c, d);
    }
    addToSum(db, type, count, a, b, c, d) {
        let types = this.dbs.get(db);
        if (!types)
            this.dbs.set(db, (types = new Map()));
        let acc = types.get(type);
        if (!acc)
            types.set(type, (acc = { count: 0, a: 0, b: 0, c: 0, d: 0 }));
        acc.count += count;
        acc.a = (acc.a + a) >>> 0;
        acc.b = (acc.b + b) >>> 0;
        acc.c = (acc.c + c) >>> 0;
        acc.d = (acc.d + d) >>> 0;
    }
    applyLegacy(db, type, key, sign) {
        let d = this.old.get(db);
        if (!d) {
            d = { count: 0, a: 0, b: 0, types: new Map() };
            this.old.set(db, d);
        }
        d.count += sign;
        d.types.set(type, (d.types.get(type) ?? 0) + sign);
        let h1 = 0x9747b28c ^ key.length;
        let h2 = 0x85ebca6b ^ key.length;
        for (let i = 0; i < type.length; i++) {
            h1 = Math.imul(h1 ^ type.charCodeAt(i), 0x01000193);
            h2 = Math.imul(h2 ^ type.charCodeAt(i), 0x5bd1e995);
        }
        for (let i = 0; i < key.length; i++) {
            const c = key[i];
            h1 = Math.imul(h1 ^ c, 0x01000193);
            h2 = Math.imul((h2 ^ c) + i, 0x5bd1e995);
        }
        d.a = (d.a + sign * fmix(h1)) >>> 0;
        d.b = (d.b + sign * fmix(h2 ^ 0x68e31da4)) >>> 0;
    }
    get keys() {
        let n = 0;
        for (const d of this.old.values())
            n += d.count;
        for (const types of this.dbs.values())
            for (const acc of types.values())
                n += acc.count;
        return n;
    }
    result() {
        return this.legacy ? this.legacyResult() : this.valueResult();
    }
    valueResult() {
        const summary = { keys: 0, databases: 0 };
        const items = {};
        const hex = (n) => n.toString(16).padStart(8, '0');
        for (const db of [...this.dbs.keys()].sort((x, y) => x - y)) {
            const types = [...this.dbs.get(db)].filter(([, acc]) => acc.count !== 0).sort(([x], [y]) => x.localeCompare(y));
            if (!types.length)
                continue;
            summary.databases += 1;
            for (const [t, acc] of types) {
                summary.keys += acc.count;
                summary[`type.${t}`] = (summary[`type.${t}`] ?? 0) + acc.count;
                items[`db${db}.${t}`] = { count: acc.count, digest: `${hex(acc.a)}${hex(acc.b)}${hex(acc.c)}${hex(acc.d)}` };
            }
        }
        return { kind: 'redis', summary, items, digest: overall(items) };
    }
    legacyResult() {
        const summary = { keys: 0, databases: 0 };
        const items = {};
        for (const db of [...this.old.keys()].sort((x, y) => x - y)) {
            const d = this.old.get(db);
            if (d.count === 0)
                continue;
            summary.keys += d.count;
            summary.databases += 1;
            for (const [t, n] of d.types)
                if (n > 0)
                    summary[`type.${t}`] = (summary[`type.${t}`] ?? 0) + n;
            const types = [...d.types].filter(([, n]) => n > 0).sort(([x], [y]) => x.localeCompare(y)).map(([t, n]) => `${t}=${n}`).join(',');
            items[`db${db}`] = { count: d.count, digest: `${d.a.toString(16).padStart(8, '0')}${d.b.toString(16).padStart(8, '0')}:${types}` };
        }
        return { kind: 'redis', summary, items, digest: overall(items) };
    }
}
function overall(items) {
    const canonical = JSON.stringify(Object.keys(items).map((k) => [k, items[k].count, items[k].digest]));
    return (0,external_node_crypto_namespaceObject.createHash)('sha256').update(canonical).digest('hex');
}
/**
 * Where what a restore read differs from what the backup recorded, one line
 * per item (`db3.string: 4 keys recorded, 4 read, digests differ`); empty when
 * they agree.
 */
function fingerprintDifferences(recorded, read) {
    return itemDifferences(recorded.items, read.items, byItem).map(({ item: k, recorded: w, found: h }) => {
        if (!w)
            return `${k}: not recorded, ${h.count ?? '?'} read`;
        if (!h)
            return `${k}: ${w.count ?? '?'} keys recorded, none read`;
        return `${k}: ${w.count ?? '?'} keys recorded, ${h.count ?? '?'} read${w.digest !== h.digest ? ', digests differ' : ''}`;
    });
}
/** db2.hash before db10.hash. */
function byItem(x, y) {
    const a = /^db(\d+)/.exec(x);
    const b = /^db(\d+)/.exec(y);
    if (a && b && a[1] !== b[1])
        return Number(a[1]) - Number(b[1]);
    return x.localeCompare(y);
}
/** Feeds one portable record chunk (src/formats/redis-records) to the digest of the key it belongs to. */
function digestChunk(vd, c) {
    switch (c.kind) {
        case ChunkKind.STRING_PART:
            vd.stringPart(c.data);
            return;
        case ChunkKind.ELEMENTS:
            for (const e of c.items)
                vd.element(e);
            return;
        case ChunkKind.PAIRS:
            for (let i = 0; i + 1 < c.items.length; i += 2)
                vd.pair(c.items[i], c.items[i + 1]);
            return;
        case ChunkKind.SCORED:
            for (let i = 0; i < c.members.length; i++)
                vd.scored(c.members[i], c.scores[i]);
            return;
        case ChunkKind.STREAM_ENTRIES:
            for (const e of c.entries)
                vd.streamEntry(e.id, e.fields);
            return;
        case ChunkKind.STREAM_META:
            vd.streamLastId(c.meta.lastId);
            return;
        case ChunkKind.STREAM_GROUP:
            vd.streamGroup(c.group.name, c.group.lastDeliveredId);
            return;
        case ChunkKind.STREAM_CONSUMERS:
            for (const x of c.consumers)
                vd.streamConsumer(x.name);
            return;
        case ChunkKind.STREAM_PENDING:
            for (const p of c.pending)
                vd.streamPending(p.id, p.consumer, p.deliveryCount);
            return;
    }
}

;// CONCATENATED MODULE: ./src/sources/redis/digest-queue.ts



/**
 * Value digests of DUMP payloads (the fingerprint of a dump-mode backup, of
 * its restore and of a drill's read-back), computed on a worker thread where
 * the build has its script, so decoding and hashing ~1 GB of values does not
 * hold up the thread that keeps the server busy (backup: reading DUMP
 * replies; restore: sending RESTOREs). A key's digest is a pure function of
 * its name and payload and the fingerprint's per-type sums are order-free, so
 * the worker sums what it is given and the sums merge at the end
 * (`FingerprintBuilder.addSums`); the result is the same as digesting here.
 *
 * Keys are copied into fixed shared buffers (`SLOT` bytes, `WINDOW` of them,
 * reused: no garbage per key); a payload too big for a quarter of a slot is
 * digested on this thread instead (it is rare and costs no copy there).
 * Without the script (TypeScript sources: the tests' in-process runs) or with
 * BAKUP_DIGEST_WORKER=0 every key is digested here, as before.
 */
/** Bytes per shared buffer, and how many may be queued or in the worker's hands at once. */
const SLOT = (/* unused pure expression or super */ null && (1 << 20));
const WINDOW = 4;
/** The worker's young generation (semi-spaces included), MiB. */
const YOUNG_MB = 3;
/** Per entry: db u32, sign u8, key length u32, payload length u32. */
const ENTRY_HEAD = 13;
/** The digest worker's script (dist/digest-worker/index.js, lib/sources/redis/digest-worker.js), if this build has one. */
function digestWorkerScript(env = process.env) {
    return workerScript(import.meta.url, 'digest-worker', 'BAKUP_DIGEST_WORKER', env);
}
/** Digests every entry of a batch into `fp` (the worker's loop; the layout is the one DumpDigests writes). */
function digestBatch(b, fp, kd) {
    let p = 0;
    while (p < b.length) {
        const db = b.readUInt32LE(p);
        const sign = b[p + 4] === 1 ? 1 : -1;
        const kl = b.readUInt32LE(p + 5);
        const pl = b.readUInt32LE(p + 9);
        p += ENTRY_HEAD;
        const key = b.subarray(p, p + kl);
        const payload = b.subarray(p + kl, p + kl + pl);
        p += kl + pl;
        fp.apply(db, '', key, kd.ofDump(key, payload), sign);
    }
}
class DumpDigests {
    fp;
    script;
    here = new KeyDigester();
    worker;
    slots = new Map();
    slotsMade = 0;
    free = [];
    cur;
    fill = 0;
    inFlight = 0;
    waiters = [];
    failure;
    ending;
    workerUndecoded = 0;
    finished = false;
    constructor(fp, 
    /** The worker's script; null digests on this thread. */
    script = digestWorkerScript()) {
        this.fp = fp;
        this.script = script;
    }
    /** The worker, started with the first key it is to digest (a portable or legacy restore never needs one). */
    start() {
        if (this.worker || this.finished || !this.script || this.fp.legacy)
            return this.worker;
        // No flags from the main thread's command line. A small young generation: what the worker keeps
        // between scavenges is a few objects (its garbage is a string per key), and every MiB of it is resident.
        const w = new Worker(this.script, { execArgv: [], resourceLimits: { maxYoungGenerationSizeMb: YOUNG_MB } });
        w.on('message', (m) => this.onMessage(m));
        w.on('error', (e) => this.fail(e));
        w.on('exit', (code) => {
            if (!this.finished)
                this.fail(new Error(`the digest worker exited (code ${code})`));
        });
        this.worker = w;
        return w;
    }
    /** Values this build could not decode, digested as bytes (see KeyDigester). */
    get undecoded() {
        return this.here.undecoded + this.workerUndecoded;
    }
    /** Adds (sign 1) or takes back (-1) one key's digest. Copies what it keeps: the caller may reuse its buffers. */
    add(db, key, payload, sign = 1) {
        if (this.failure)
            throw this.failure;
        const size = ENTRY_HEAD + key.length + payload.length;
        if (size > SLOT / 4 || !this.start()) {
            this.fp.apply(db, '', key, this.here.ofDump(key, payload), sign);
            return;
        }
        if (this.cur && this.fill + size > SLOT)
            this.post();
        if (!this.cur) {
            this.cur = this.free.pop() ?? this.newSlot();
            this.fill = 0;
        }
        const b = this.cur.buf;
        let p = this.fill;
        b.writeUInt32LE(db, p);
        b[p + 4] = sign > 0 ? 1 : 0;
        b.writeUInt32LE(key.length, p + 5);
        b.writeUInt32LE(payload.length, p + 9);
        p += ENTRY_HEAD;
        // TypedArray.set: no argument checks per call, unlike Buffer.copy (twice per key adds up over millions).
        b.set(key, p);
        p += key.length;
        b.set(payload, p);
        this.fill = p + payload.length;
    }
    /**
     * Resolves when the worker has room for more (undefined when it has now):
     * callers await it between batches, so at most WINDOW slots (plus the one
     * being filled) are ever held.
     */
    ready() {
        if (this.failure)
            return Promise.reject(this.failure);
        if (this.inFlight < WINDOW)
            return undefined;
        return new Promise((resolve) => this.waiters.push(resolve));
    }
    /** Waits for every queued digest and merges the worker's sums into the fingerprint; ends the worker. */
    async finish() {
        if (this.failure)
            throw this.failure;
        if (!this.worker || this.finished)
            return;
        if (this.cur && this.fill > 0)
            this.post();
        await new Promise((resolve, reject) => {
            this.ending = { resolve, reject };
            this.send({ t: 'end' });
        });
    }
    /** Ends the worker without waiting for it (a backup or restore that failed). */
    close() {
        if (this.finished || !this.worker)
            return;
        this.finished = true;
        void this.worker.terminate();
    }
    newSlot() {
        const sab = new SharedArrayBuffer(SLOT);
        const s = { index: this.slotsMade++, sab, buf: Buffer.from(sab) };
        this.slots.set(s.index, s);
        return s;
    }
    post() {
        const s = this.cur;
        this.cur = undefined;
        this.inFlight++;
        this.send({ t: 'batch', slot: s.index, buf: s.sab, len: this.fill });
        this.fill = 0;
    }
    send(m) {
        this.worker.postMessage(m);
    }
    onMessage(m) {
        switch (m.t) {
            case 'done': {
                this.inFlight--;
                // Slots made while all were busy are dropped once WINDOW are free again.
                if (this.free.length < WINDOW)
                    this.free.push(this.slots.get(m.slot));
                else
                    this.slots.delete(m.slot);
                const w = this.waiters;
                this.waiters = [];
                for (const f of w)
                    f();
                return;
            }
            case 'sums': {
                this.fp.addSums(m.sums);
                this.workerUndecoded = m.undecoded;
                this.finished = true;
                void this.worker.terminate();
                this.ending?.resolve();
                return;
            }
            case 'error': {
                const e = new Error(`digest worker: ${m.message}`);
                e.name = m.name;
                this.fail(e);
                return;
            }
        }
    }
    fail(e) {
        if (this.failure || this.finished)
            return;
        this.failure = e;
        this.finished = true;
        void this.worker?.terminate();
        this.ending?.reject(e);
        // Waiters resume and see the failure on their next add() or ready().
        const w = this.waiters;
        this.waiters = [];
        for (const f of w)
            f();
    }
}

;// CONCATENATED MODULE: ./src/sources/redis/digest-worker.ts
/**
 * The digest worker's entry (bundled on its own as dist/digest-worker/index.js;
 * lib/sources/redis/digest-worker.js in a tsc build): digests the DUMP
 * payloads DumpDigests (digest-queue.ts) hands it in shared buffers, sums them
 * per database and type, and returns the sums when asked at the end.
 */




const port = external_node_worker_threads_namespaceObject.parentPort;
// This thread only (Linux: a thread's nice value is its own) yields the CPU
// to everything else, the Redis server above all: on a machine with fewer
// cores than busy threads (the bench's 2), a backup's critical path is the
// server's SCAN + DUMP, and digests can wait for idle moments (DumpDigests
// bounds how far they fall behind: when they do, the main thread waits, and
// this one gets the CPU). Measured at 2 M keys (bench/README.md): backup 16.6
// / 17.5 s against 18.1 / 18.3 s at the normal priority; restore (whose
// critical path is this process) 14.8 / 13.8 s against 15.2 / 14.2 s.
// Elsewhere (macOS, BSD) the call would lower the whole process: left alone.
if (process.platform === 'linux') {
    try {
        external_node_os_namespaceObject.setPriority(0, 10);
    }
    catch {
        // Not allowed here: digests run at the normal priority, nothing else changes.
    }
}
const fp = new FingerprintBuilder();
const kd = new fingerprint_KeyDigester();
const reply = (m) => port.postMessage(m);
port.on('message', (m) => {
    try {
        if (m.t === 'batch') {
            digestBatch(Buffer.from(m.buf, 0, m.len), fp, kd);
            reply({ t: 'done', slot: m.slot });
        }
        else {
            reply({ t: 'sums', sums: fp.sums(), undecoded: kd.undecoded });
        }
    }
    catch (err) {
        const e = err;
        reply({ t: 'error', name: e.name ?? 'Error', message: e.message ?? String(err) });
    }
});

