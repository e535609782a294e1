export const id = 737;
export const ids = [737];
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

/***/ 20209:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ checkBsonDocument)
/* harmony export */ });
/**
 * Structural validation of one BSON document without decoding it: every
 * element's type is known, every length stays inside its parent, strings and
 * documents are terminated. Used by deep verification of archives, where a
 * document that mongorestore would choke on must be found before a restore
 * is needed.
 */
/** Returns undefined when `buf` is a well-formed BSON document, else what is wrong. */
function checkBsonDocument(buf) {
    if (buf.length < 5)
        return 'shorter than 5 bytes';
    try {
        const end = walkDocument(buf, 0, buf.length, 0);
        if (end !== buf.length)
            return `document ends at byte ${end} of ${buf.length}`;
        return undefined;
    }
    catch (err) {
        return err instanceof BsonShapeError ? err.message : String(err);
    }
}
class BsonShapeError extends Error {
}
const MAX_DEPTH = 200;
function int32(buf, at) {
    return buf[at] | (buf[at + 1] << 8) | (buf[at + 2] << 16) | (buf[at + 3] << 24);
}
function need(at, n, end, what) {
    if (at + n > end)
        throw new BsonShapeError(`${what} at byte ${at} runs past its document`);
}
function cstringEnd(buf, at, end, what) {
    for (let i = at; i < end; i++)
        if (buf[i] === 0)
            return i + 1;
    throw new BsonShapeError(`${what} at byte ${at} has no terminating NUL`);
}
function stringEnd(buf, at, end, what) {
    need(at, 4, end, what);
    const len = int32(buf, at);
    if (len < 1)
        throw new BsonShapeError(`${what} at byte ${at} has length ${len}`);
    need(at + 4, len, end, what);
    if (buf[at + 4 + len - 1] !== 0)
        throw new BsonShapeError(`${what} at byte ${at} is not NUL-terminated`);
    return at + 4 + len;
}
/** Walks the document starting at `at`; returns the offset just past it. */
function walkDocument(buf, at, limit, depth) {
    if (depth > MAX_DEPTH)
        throw new BsonShapeError(`nested deeper than ${MAX_DEPTH} levels`);
    need(at, 5, limit, 'document');
    const size = int32(buf, at);
    if (size < 5)
        throw new BsonShapeError(`document at byte ${at} has length ${size}`);
    need(at, size, limit, 'document');
    const end = at + size;
    if (buf[end - 1] !== 0)
        throw new BsonShapeError(`document at byte ${at} does not end with NUL`);
    let p = at + 4;
    while (p < end - 1) {
        const type = buf[p];
        p = cstringEnd(buf, p + 1, end - 1, 'field name');
        p = walkValue(buf, type, p, end - 1, depth);
    }
    if (p !== end - 1)
        throw new BsonShapeError(`document at byte ${at}: elements overrun its length`);
    return end;
}
function walkValue(buf, type, p, end, depth) {
    switch (type) {
        case 0x01: // double
        case 0x09: // UTC datetime
        case 0x11: // timestamp
        case 0x12: // int64
            need(p, 8, end, 'value');
            return p + 8;
        case 0x02: // string
        case 0x0d: // JavaScript code
        case 0x0e: // symbol
            return stringEnd(buf, p, end, 'string');
        case 0x03: // document
        case 0x04: // array
            return walkDocument(buf, p, end, depth + 1);
        case 0x05: {
            need(p, 5, end, 'binary');
            const len = int32(buf, p);
            if (len < 0)
                throw new BsonShapeError(`binary at byte ${p} has length ${len}`);
            need(p + 5, len, end, 'binary');
            if (buf[p + 4] === 0x02) {
                // The old binary subtype repeats the length inside the payload.
                if (len < 4 || int32(buf, p + 5) !== len - 4)
                    throw new BsonShapeError(`binary subtype 2 at byte ${p} has an inconsistent inner length`);
            }
            return p + 5 + len;
        }
        case 0x06: // undefined
        case 0x0a: // null
        case 0xff: // min key
        case 0x7f: // max key
            return p;
        case 0x07: // ObjectId
            need(p, 12, end, 'ObjectId');
            return p + 12;
        case 0x08:
            need(p, 1, end, 'boolean');
            if (buf[p] > 1)
                throw new BsonShapeError(`boolean at byte ${p} is ${buf[p]}`);
            return p + 1;
        case 0x0b: {
            const q = cstringEnd(buf, p, end, 'regex pattern');
            return cstringEnd(buf, q, end, 'regex options');
        }
        case 0x0c: {
            const q = stringEnd(buf, p, end, 'DBPointer');
            need(q, 12, end, 'DBPointer');
            return q + 12;
        }
        case 0x0f: {
            need(p, 4, end, 'code with scope');
            const total = int32(buf, p);
            if (total < 14)
                throw new BsonShapeError(`code with scope at byte ${p} has length ${total}`);
            need(p, total, end, 'code with scope');
            const q = stringEnd(buf, p + 4, p + total, 'code');
            const r = walkDocument(buf, q, p + total, depth + 1);
            if (r !== p + total)
                throw new BsonShapeError(`code with scope at byte ${p}: parts do not add up to its length`);
            return r;
        }
        case 0x10: // int32
            need(p, 4, end, 'int32');
            return p + 4;
        case 0x13: // decimal128
            need(p, 16, end, 'decimal128');
            return p + 16;
        default:
            throw new BsonShapeError(`unknown BSON type 0x${type.toString(16)} at byte ${p}`);
    }
}


/***/ }),

/***/ 70424:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lc: () => (/* binding */ crcToInt64),
/* harmony export */   SQ: () => (/* binding */ crcFromInt64),
/* harmony export */   Vl: () => (/* binding */ Crc64)
/* harmony export */ });
/* unused harmony export crc64 */
/* harmony import */ var _crc64_crc64_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41119);

/**
 * CRC-64 as Go's `hash/crc64` computes it with the ECMA table (reflected
 * polynomial 0xC96C5795D7870F42, initial value and final XOR all ones; also
 * known as CRC-64/XZ). mongodump stores this checksum of every namespace's
 * BSON bytes in the archive's EOF headers and mongorestore refuses an archive
 * whose checksums differ, so this must match Go bit for bit.
 */
const ECMA = (0,_crc64_crc64_js__WEBPACK_IMPORTED_MODULE_0__/* .crc64Tables */ .E)(0xc96c5795, 0xd7870f42);
/** An incremental CRC-64/ECMA (Go `crc64.New(crc64.MakeTable(crc64.ECMA))`). */
class Crc64 extends _crc64_crc64_js__WEBPACK_IMPORTED_MODULE_0__/* .Crc64Register */ .u {
    constructor() {
        super(ECMA, true);
    }
}
/** The CRC-64/ECMA of one buffer. */
function crc64(data) {
    return new Crc64().update(data).digest();
}
/** BSON has no unsigned 64-bit integer: mongodump stores the CRC's bits as an int64. */
function crcToInt64(crc) {
    return BigInt.asIntN(64, crc);
}
function crcFromInt64(value) {
    return BigInt.asUintN(64, value);
}


/***/ }),

/***/ 88873:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $8: () => (/* binding */ encodeNamespaceMetadata),
/* harmony export */   Cv: () => (/* binding */ MIN_BSON_SIZE),
/* harmony export */   Hp: () => (/* binding */ FORMAT_VERSION),
/* harmony export */   IM: () => (/* binding */ TERMINATOR_VALUE),
/* harmony export */   Mz: () => (/* binding */ dataCollectionOf),
/* harmony export */   P: () => (/* binding */ encodeNamespaceHeader),
/* harmony export */   Pv: () => (/* binding */ nsKey),
/* harmony export */   Qz: () => (/* binding */ TERMINATOR),
/* harmony export */   YS: () => (/* binding */ encodeHeader),
/* harmony export */   mS: () => (/* binding */ MAGIC),
/* harmony export */   nf: () => (/* binding */ supportsRawTimeseries),
/* harmony export */   oE: () => (/* binding */ MAX_INTERNAL_BSON_SIZE)
/* harmony export */ });
/* unused harmony export MAX_BSON_SIZE */
/* harmony import */ var _crc64_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70424);
/* harmony import */ var _mini_bson_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(68100);


/** Facts of the mongodump archive format shared by the writer and the reader (see SPEC.md). */
/** uint32 0x8199e26d, little-endian on the wire. */
const MAGIC = Buffer.from([0x6d, 0xe2, 0x99, 0x81]);
const TERMINATOR = Buffer.from([0xff, 0xff, 0xff, 0xff]);
const TERMINATOR_VALUE = 0xffffffff;
const FORMAT_VERSION = '0.1';
/** The smallest BSON document (`{}`) is 5 bytes. */
const MIN_BSON_SIZE = 5;
/** What mongodump/mongorestore accept as one document (mongo-tools db.MaxBSONSize). */
const MAX_BSON_SIZE = 16 * 1024 * 1024;
/** The server's internal limit: oplog entries may exceed the user limit by this slack. */
const MAX_INTERNAL_BSON_SIZE = MAX_BSON_SIZE + 16 * 1024;
/** MongoDB 8.3 dumps time series through the collection itself ("viewless" time series). */
function supportsRawTimeseries(serverVersion) {
    const [maj = 0, min = 0] = serverVersion.split('.').map((x) => Number.parseInt(x, 10) || 0);
    return maj > 8 || (maj === 8 && min >= 3);
}
/**
 * The collection a prelude entry's documents are filed under: a time series
 * dumped from a server before 8.3 is stored as its `system.buckets.` collection.
 */
function dataCollectionOf(m, serverVersion) {
    return m.type === 'timeseries' && !supportsRawTimeseries(serverVersion) ? `system.buckets.${m.collection}` : m.collection;
}
function nsKey(db, collection) {
    return `${db}.${collection}`;
}
function encodeHeader(h) {
    return (0,_mini_bson_js__WEBPACK_IMPORTED_MODULE_1__/* .encodeFlat */ .I)([
        ['concurrent_collections', h.concurrentCollections | 0],
        ['version', h.version],
        ['server_version', h.serverVersion],
        ['tool_version', h.toolVersion],
    ]);
}
function encodeNamespaceMetadata(m) {
    // Go marshals its `int` as int32 when the value fits, int64 otherwise.
    const size = m.size >= -0x80000000 && m.size <= 0x7fffffff ? m.size | 0 : BigInt(Math.trunc(m.size));
    return (0,_mini_bson_js__WEBPACK_IMPORTED_MODULE_1__/* .encodeFlat */ .I)([
        ['db', m.db],
        ['collection', m.collection],
        ['metadata', m.metadata],
        ['size', size],
        ['type', m.type],
    ]);
}
/** A namespace header; data headers carry EOF false and CRC 0, EOF headers the namespace's CRC-64. */
function encodeNamespaceHeader(db, collection, eof, crc) {
    return (0,_mini_bson_js__WEBPACK_IMPORTED_MODULE_1__/* .encodeFlat */ .I)([
        ['db', db],
        ['collection', collection],
        ['EOF', eof],
        ['CRC', (0,_crc64_js__WEBPACK_IMPORTED_MODULE_0__/* .crcToInt64 */ .Lc)(crc)],
    ]);
}


/***/ }),

/***/ 68100:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ encodeFlat),
/* harmony export */   K: () => (/* binding */ decodeFlat)
/* harmony export */ });
/**
 * The few flat BSON documents the archive format itself uses (header, prelude
 * entries, namespace headers) hold only strings, booleans, int32 and int64.
 * Encoding and decoding them here keeps the format free of the bson package:
 * the MongoDB driver is CommonJS and loads its own copy, and every copy of
 * bson pins a 17 MiB serialization buffer.
 */
const utf8 = new TextEncoder();
function encodeFlat(fields) {
    const parts = [];
    let size = 4 + 1;
    for (const [name, value] of fields) {
        const key = Buffer.from(utf8.encode(name));
        let type;
        let body;
        if (typeof value === 'string') {
            const s = Buffer.from(utf8.encode(value));
            body = Buffer.alloc(4 + s.length + 1);
            body.writeInt32LE(s.length + 1, 0);
            s.copy(body, 4);
            type = 0x02;
        }
        else if (typeof value === 'boolean') {
            body = Buffer.from([value ? 1 : 0]);
            type = 0x08;
        }
        else if (typeof value === 'bigint') {
            body = Buffer.alloc(8);
            body.writeBigInt64LE(BigInt.asIntN(64, value), 0);
            type = 0x12;
        }
        else {
            if (!Number.isInteger(value) || value < -0x80000000 || value > 0x7fffffff)
                throw new RangeError(`${name}: ${value} is not an int32`);
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
function decodeFlat(buf) {
    const b = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
    if (b.length < 5 || b.readInt32LE(0) !== b.length || b[b.length - 1] !== 0)
        throw new Error('malformed BSON document');
    const out = {};
    let p = 4;
    const end = b.length - 1;
    while (p < end) {
        const type = b[p++];
        const nul = b.indexOf(0, p);
        if (nul < 0 || nul >= end)
            throw new Error('field name without terminator');
        const name = decoder.decode(b.subarray(p, nul));
        p = nul + 1;
        switch (type) {
            case 0x02: {
                if (p + 4 > end)
                    throw new Error(`field '${name}' runs past the document`);
                const len = b.readInt32LE(p);
                if (len < 1 || p + 4 + len > end || b[p + 4 + len - 1] !== 0)
                    throw new Error(`string '${name}' is malformed`);
                out[name] = decoder.decode(b.subarray(p + 4, p + 4 + len - 1));
                p += 4 + len;
                break;
            }
            case 0x08:
                if (p + 1 > end || b[p] > 1)
                    throw new Error(`boolean '${name}' is malformed`);
                out[name] = b[p] === 1;
                p += 1;
                break;
            case 0x10:
                if (p + 4 > end)
                    throw new Error(`field '${name}' runs past the document`);
                out[name] = b.readInt32LE(p);
                p += 4;
                break;
            case 0x12:
                if (p + 8 > end)
                    throw new Error(`field '${name}' runs past the document`);
                out[name] = b.readBigInt64LE(p);
                p += 8;
                break;
            case 0x01:
                if (p + 8 > end)
                    throw new Error(`field '${name}' runs past the document`);
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
    if (p !== end)
        throw new Error('fields overrun the document length');
    return out;
}


/***/ }),

/***/ 94737:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ MongoArchiveReader),
/* harmony export */   verifyArchive: () => (/* binding */ verifyArchive)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _bson_check_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(20209);
/* harmony import */ var _mini_bson_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(68100);
/* harmony import */ var _crc64_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70424);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(88873);





/** Bytes of a not yet consumed input, kept as the chunks they arrived in. */
class ByteQueue {
    chunks = [];
    head = 0; // offset into chunks[0]
    length = 0;
    push(b) {
        if (b.length === 0)
            return;
        this.chunks.push(b);
        this.length += b.length;
    }
    peekUInt32LE() {
        const c = this.chunks[0];
        if (c.length - this.head >= 4)
            return c.readUInt32LE(this.head);
        const b = this.peek(4);
        return b.readUInt32LE(0);
    }
    /** The next `n` bytes without consuming them (copied only when they span chunks). */
    peek(n) {
        const out = Buffer.allocUnsafe(n);
        let copied = 0;
        let i = 0;
        let off = this.head;
        while (copied < n) {
            const c = this.chunks[i++];
            const m = Math.min(n - copied, c.length - off);
            c.copy(out, copied, off, off + m);
            copied += m;
            off = 0;
        }
        return out;
    }
    /** Consumes `n` bytes; a view into the input when they lie in one chunk. */
    take(n) {
        const c = this.chunks[0];
        let out;
        if (c.length - this.head >= n) {
            out = c.subarray(this.head, this.head + n);
            this.head += n;
            if (this.head === c.length) {
                this.chunks.shift();
                this.head = 0;
            }
        }
        else {
            out = this.peek(n);
            let left = n;
            while (left > 0) {
                const first = this.chunks[0];
                const avail = first.length - this.head;
                if (avail <= left) {
                    left -= avail;
                    this.chunks.shift();
                    this.head = 0;
                }
                else {
                    this.head += left;
                    left = 0;
                }
            }
        }
        this.length -= n;
        return out;
    }
}
const HEADER_KEYS = new Set(['db', 'collection', 'EOF', 'CRC']);
/**
 * Streaming reader of mongodump archives (SPEC.md). It checks everything the
 * format promises — magic number, format version, BSON lengths and
 * terminators, block structure, each namespace's CRC-64, and that every
 * namespace of the prelude reaches EOF exactly once — and fails with a
 * VerificationError naming the input and the byte offset otherwise. Memory
 * stays bounded: documents are handed out in batches as they arrive.
 */
class MongoArchiveReader {
    it;
    q = new ByteQueue();
    inputDone = false;
    /** Absolute offset of the next unconsumed byte (for error messages). */
    pos = 0;
    name;
    validateDocuments;
    maxBatchBytes;
    prelude;
    started = false;
    constructor(input, opts = {}) {
        this.it = input[Symbol.asyncIterator]();
        this.name = opts.name ?? 'mongodump archive';
        this.validateDocuments = opts.validateDocuments ?? false;
        this.maxBatchBytes = opts.maxBatchBytes ?? 1024 * 1024;
    }
    /** Stops reading and releases the input (destroys a Readable). */
    async close() {
        if (!this.inputDone) {
            this.inputDone = true;
            await this.it.return?.();
        }
    }
    corrupt(msg, at = this.pos) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerificationError */ .mk(`${this.name}: not a valid mongodump archive: ${msg} (at byte ${at})`);
    }
    /** Makes at least `n` bytes available; false if the input ended first. */
    async ensure(n) {
        while (this.q.length < n) {
            if (this.inputDone)
                return false;
            let r;
            try {
                r = await this.it.next();
            }
            catch (err) {
                this.inputDone = true;
                throw this.inputError(err);
            }
            if (r.done) {
                this.inputDone = true;
                return false;
            }
            const v = r.value;
            this.q.push(Buffer.isBuffer(v) ? v : Buffer.from(v));
        }
        return true;
    }
    inputError(err) {
        if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BakupError */ .uv)
            return err;
        const code = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorCode */ .CA)(err);
        if (code === 'Z_BUF_ERROR' || code === 'Z_DATA_ERROR' || code === 'ERR_ZSTD_INVALID_PARAM') {
            return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerificationError */ .mk(`${this.name}: corrupt or truncated compressed stream (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err)})`, { cause: err });
        }
        return err instanceof Error ? err : new Error(String(err));
    }
    take(n) {
        this.pos += n;
        return this.q.take(n);
    }
    /** Reads a BSON document whose length is validated; `what` names it in errors. */
    async readDoc(what) {
        const at = this.pos;
        if (!(await this.ensure(4)))
            throw this.truncated(what);
        const len = this.q.peekUInt32LE();
        if (len === _format_js__WEBPACK_IMPORTED_MODULE_3__/* .TERMINATOR_VALUE */ .IM)
            throw this.corrupt(`a terminator where ${what} was expected`, at);
        this.checkLength(len, at);
        if (!(await this.ensure(len)))
            throw this.truncated(what);
        const doc = this.take(len);
        if (doc[len - 1] !== 0)
            throw this.corrupt(`${what} of ${len} bytes does not end with a NUL byte`, at);
        return doc;
    }
    checkLength(len, at) {
        if (len < _format_js__WEBPACK_IMPORTED_MODULE_3__/* .MIN_BSON_SIZE */ .Cv || len > _format_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_INTERNAL_BSON_SIZE */ .oE) {
            throw this.corrupt(`${len} is neither a valid BSON length nor a terminator`, at);
        }
    }
    truncated(what) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerificationError */ .mk(`${this.name}: truncated mongodump archive: input ends at byte ${this.pos + this.q.length} inside ${what}`);
    }
    decode(doc, what, at) {
        try {
            return (0,_mini_bson_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeFlat */ .K)(doc);
        }
        catch (err) {
            throw this.corrupt(`${what} is not valid BSON (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err)})`, at);
        }
    }
    /** Reads and checks the magic number, header and prelude. */
    async readPrelude() {
        if (this.prelude)
            return this.prelude;
        if (!(await this.ensure(4))) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerificationError */ .mk(`${this.name}: not a mongodump archive: ${this.q.length === 0 ? 'empty input' : 'fewer than 4 bytes'}`);
        }
        const magic = this.take(4);
        if (!magic.equals(_format_js__WEBPACK_IMPORTED_MODULE_3__/* .MAGIC */ .mS)) {
            const hint = magic[0] === 0x1f && magic[1] === 0x8b ? ' (it is gzip-compressed: decompress it first)' : '';
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerificationError */ .mk(`${this.name}: not a mongodump archive: the magic number is ${magic.toString('hex')}, expected 6de29981${hint}`);
        }
        let at = this.pos;
        const h = this.decode(await this.readDoc('the archive header'), 'the archive header', at);
        const version = h.version;
        if (version !== _format_js__WEBPACK_IMPORTED_MODULE_3__/* .FORMAT_VERSION */ .Hp) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerificationError */ .mk(`${this.name}: unsupported mongodump archive format version ${JSON.stringify(version ?? null)}; this build reads version ${_format_js__WEBPACK_IMPORTED_MODULE_3__/* .FORMAT_VERSION */ .Hp}`);
        }
        const header = {
            concurrentCollections: typeof h.concurrent_collections === 'number' || typeof h.concurrent_collections === 'bigint' ? Number(h.concurrent_collections) : 1,
            version: _format_js__WEBPACK_IMPORTED_MODULE_3__/* .FORMAT_VERSION */ .Hp,
            serverVersion: typeof h.server_version === 'string' ? h.server_version : '',
            toolVersion: typeof h.tool_version === 'string' ? h.tool_version : '',
        };
        const namespaces = [];
        const seen = new Set();
        for (;;) {
            at = this.pos;
            if (!(await this.ensure(4)))
                throw this.truncated('the prelude');
            if (this.q.peekUInt32LE() === _format_js__WEBPACK_IMPORTED_MODULE_3__/* .TERMINATOR_VALUE */ .IM) {
                this.take(4);
                break;
            }
            const d = this.decode(await this.readDoc('a prelude entry'), 'a prelude entry', at);
            if (typeof d.db !== 'string' || typeof d.collection !== 'string') {
                throw this.corrupt('a prelude entry without string db and collection', at);
            }
            if (d.metadata !== undefined && typeof d.metadata !== 'string')
                throw this.corrupt(`prelude entry ${d.db}.${d.collection} has a non-string metadata`, at);
            const key = (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .nsKey */ .Pv)(d.db, d.collection);
            if (seen.has(key))
                throw this.corrupt(`namespace ${key} listed twice in the prelude`, at);
            seen.add(key);
            namespaces.push({
                db: d.db,
                collection: d.collection,
                metadata: d.metadata ?? '',
                size: typeof d.size === 'number' || typeof d.size === 'bigint' ? Number(d.size) : 0,
                type: typeof d.type === 'string' ? d.type : '',
            });
        }
        this.prelude = { header, namespaces };
        return this.prelude;
    }
    /**
     * The body of the archive as events, after the prelude. The generator's
     * return value summarises every namespace once the whole archive checked out.
     */
    async *events() {
        if (this.started)
            throw new Error('MongoArchiveReader.events() called twice');
        this.started = true;
        const prelude = await this.readPrelude();
        const expected = new Set(prelude.namespaces.map((n) => (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .nsKey */ .Pv)(n.db, (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .dataCollectionOf */ .Mz)(n, prelude.header.serverVersion))));
        const open = new Map();
        const closed = new Set();
        const stats = [];
        try {
            for (;;) {
                const at = this.pos;
                if (!(await this.ensure(4))) {
                    if (this.q.length === 0)
                        break;
                    throw this.truncated('a block header');
                }
                if (this.q.peekUInt32LE() === _format_js__WEBPACK_IMPORTED_MODULE_3__/* .TERMINATOR_VALUE */ .IM)
                    throw this.corrupt('consecutive terminators (a block without a header)', at);
                const h = this.decode(await this.readDoc('a namespace header'), 'a namespace header', at);
                for (const k of Object.keys(h))
                    if (!HEADER_KEYS.has(k))
                        throw this.corrupt(`namespace header has an unknown field '${k}'`, at);
                const { db, collection, EOF: eof, CRC: crcField } = h;
                if (typeof db !== 'string' || typeof collection !== 'string' || collection === '') {
                    throw this.corrupt('namespace header without string db and non-empty collection', at);
                }
                if (eof !== undefined && typeof eof !== 'boolean')
                    throw this.corrupt('namespace header EOF is not a boolean', at);
                if (crcField !== undefined && typeof crcField !== 'bigint')
                    throw this.corrupt('namespace header CRC is not an int64', at);
                const key = (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .nsKey */ .Pv)(db, collection);
                if (!expected.has(key))
                    throw this.corrupt(`data for namespace ${key}, which the prelude does not list`, at);
                if (closed.has(key))
                    throw this.corrupt(`namespace ${key} continues after its EOF`, at);
                let st = open.get(key);
                if (!st) {
                    st = { db, collection, crc: new _crc64_js__WEBPACK_IMPORTED_MODULE_2__/* .Crc64 */ .Vl(), count: 0, bytes: 0 };
                    open.set(key, st);
                }
                if (eof === true) {
                    const termAt = this.pos;
                    if (!(await this.ensure(4)))
                        throw this.truncated(`the EOF block of ${key}`);
                    if (this.q.peekUInt32LE() !== _format_js__WEBPACK_IMPORTED_MODULE_3__/* .TERMINATOR_VALUE */ .IM)
                        throw this.corrupt(`documents after the EOF header of ${key}`, termAt);
                    this.take(4);
                    const got = st.crc.digest();
                    const want = (0,_crc64_js__WEBPACK_IMPORTED_MODULE_2__/* .crcFromInt64 */ .SQ)(crcField ?? 0n);
                    if (got !== want) {
                        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerificationError */ .mk(`${this.name}: CRC mismatch for namespace ${key}: the archive records ${want.toString(16)}, its ${st.count} documents hash to ${got.toString(16)}`);
                    }
                    open.delete(key);
                    closed.add(key);
                    const s = { db, collection, count: st.count, bytes: st.bytes, crc: got };
                    stats.push(s);
                    yield { type: 'eof', key, ...s };
                    continue;
                }
                let docs = [];
                let batchBytes = 0;
                for (;;) {
                    const docAt = this.pos;
                    if (this.q.length < 4 && docs.length) {
                        yield { type: 'documents', db, collection, key, docs };
                        docs = [];
                        batchBytes = 0;
                    }
                    if (!(await this.ensure(4)))
                        throw this.truncated(`a segment of ${key}`);
                    const len = this.q.peekUInt32LE();
                    if (len === _format_js__WEBPACK_IMPORTED_MODULE_3__/* .TERMINATOR_VALUE */ .IM) {
                        this.take(4);
                        break;
                    }
                    this.checkLength(len, docAt);
                    if (this.q.length < len && docs.length) {
                        yield { type: 'documents', db, collection, key, docs };
                        docs = [];
                        batchBytes = 0;
                    }
                    if (!(await this.ensure(len)))
                        throw this.truncated(`a document of ${key}`);
                    const doc = this.take(len);
                    if (doc[len - 1] !== 0)
                        throw this.corrupt(`a document of ${key} does not end with a NUL byte`, docAt);
                    if (this.validateDocuments) {
                        const problem = (0,_bson_check_js__WEBPACK_IMPORTED_MODULE_4__/* .checkBsonDocument */ .g)(doc);
                        if (problem)
                            throw this.corrupt(`document #${st.count + 1} of ${key} is malformed BSON: ${problem}`, docAt);
                    }
                    st.crc.update(doc);
                    st.count++;
                    st.bytes += len;
                    docs.push(doc);
                    batchBytes += len;
                    if (batchBytes >= this.maxBatchBytes) {
                        yield { type: 'documents', db, collection, key, docs };
                        docs = [];
                        batchBytes = 0;
                    }
                }
                if (docs.length)
                    yield { type: 'documents', db, collection, key, docs };
            }
            if (open.size)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerificationError */ .mk(`${this.name}: truncated mongodump archive: ${[...open.keys()].join(', ')} never reached EOF`);
            const missing = [...expected].filter((k) => !closed.has(k));
            if (missing.length) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerificationError */ .mk(`${this.name}: truncated mongodump archive: the prelude lists ${missing.join(', ')} but the archive ends before ${missing.length === 1 ? 'its' : 'their'} EOF`);
            }
            return { prelude, namespaces: stats, size: this.pos };
        }
        finally {
            await this.close();
        }
    }
}
/**
 * Reads a whole archive, checking everything (including each document's
 * structure), and returns what it holds. This is `verify` for MongoDB backups.
 */
async function verifyArchive(input, name) {
    const reader = new MongoArchiveReader(input, { name, validateDocuments: true });
    const events = reader.events();
    for (;;) {
        const r = await events.next();
        if (r.done)
            return r.value;
    }
}


/***/ })

};
