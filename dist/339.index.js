export const id = 339;
export const ids = [339];
export const modules = {

/***/ 43339:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bsonDocuments: () => (/* binding */ bsonDocuments)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _mongo_archive_bson_check_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(20209);
/* harmony import */ var _mongo_archive_format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(88873);



/**
 * Splits a stream of concatenated BSON documents (a `.bson` file as mongodump
 * writes them, e.g. `oplog.bson`) into documents, a batch per input chunk.
 * Holds at most one partial document besides the chunk being read. A length
 * out of range, a missing terminator or a truncated last document is a
 * VerificationError naming the byte offset.
 */
async function* bsonDocuments(input, what, opts = {}) {
    let pending;
    let offset = 0; // of the first byte of `pending` (or of the next chunk) in the whole stream
    let count = 0;
    for await (const chunk of input) {
        let buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
        if (pending?.length)
            buf = Buffer.concat([pending, buf]);
        const docs = [];
        let p = 0;
        while (buf.length - p >= 4) {
            const len = buf.readInt32LE(p);
            if (len < _mongo_archive_format_js__WEBPACK_IMPORTED_MODULE_1__/* .MIN_BSON_SIZE */ .Cv || len > _mongo_archive_format_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_INTERNAL_BSON_SIZE */ .oE) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerificationError */ .mk(`${what}: invalid BSON document length ${len} at byte ${offset + p}`);
            }
            if (buf.length - p < len)
                break;
            const doc = buf.subarray(p, p + len);
            if (doc[len - 1] !== 0)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerificationError */ .mk(`${what}: BSON document at byte ${offset + p} is not terminated`);
            if (opts.validate) {
                const problem = (0,_mongo_archive_bson_check_js__WEBPACK_IMPORTED_MODULE_2__/* .checkBsonDocument */ .g)(doc);
                if (problem)
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerificationError */ .mk(`${what}: malformed BSON document at byte ${offset + p}: ${problem}`);
            }
            docs.push(doc);
            p += len;
        }
        offset += p;
        pending = p < buf.length ? buf.subarray(p) : undefined;
        count += docs.length;
        if (docs.length)
            yield docs;
    }
    if (pending?.length)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerificationError */ .mk(`${what}: truncated: ${pending.length} bytes after the last complete document (at byte ${offset})`);
    return count;
}


/***/ }),

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


/***/ })

};
