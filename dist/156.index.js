export const id = 156;
export const ids = [156];
export const modules = {

/***/ 39984:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AD: () => (/* binding */ PORTABLE_TYPE_NAMES),
/* harmony export */   B0: () => (/* binding */ FRAME_TAIL),
/* harmony export */   CH: () => (/* binding */ encodeTrailer),
/* harmony export */   Cy: () => (/* binding */ ChunkKind),
/* harmony export */   Fk: () => (/* binding */ chunkCount),
/* harmony export */   Hi: () => (/* binding */ writeDumpFrame),
/* harmony export */   Hp: () => (/* binding */ FORMAT_VERSION),
/* harmony export */   Ox: () => (/* binding */ readI64),
/* harmony export */   PN: () => (/* binding */ FRAME_HEAD),
/* harmony export */   YS: () => (/* binding */ encodeHeader),
/* harmony export */   Yx: () => (/* binding */ FORMAT_NAME),
/* harmony export */   cB: () => (/* binding */ encodeChunk),
/* harmony export */   g2: () => (/* binding */ encodeKey),
/* harmony export */   jj: () => (/* binding */ dumpFrameSize),
/* harmony export */   mG: () => (/* binding */ encodeEnd),
/* harmony export */   mS: () => (/* binding */ MAGIC),
/* harmony export */   nZ: () => (/* binding */ CHUNKS_OF),
/* harmony export */   vw: () => (/* binding */ Tag)
/* harmony export */ });
/* unused harmony exports MAX_BODY, PortableType, writeI64, frameSize, encodeDump */
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_0__);

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
const ChunkKind = {
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
    out.writeUInt32LE(node_zlib__WEBPACK_IMPORTED_MODULE_0__.crc32(out.subarray(start, end)), end);
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
        case ChunkKind.STRING_PART:
            w.u32(1);
            w.raw(chunk.data);
            break;
        case ChunkKind.ELEMENTS:
            w.u32(chunk.items.length);
            for (const it of chunk.items)
                w.bytes(it);
            break;
        case ChunkKind.PAIRS:
            if (chunk.items.length % 2)
                throw new RangeError('PAIRS chunk needs an even number of items');
            w.u32(chunk.items.length / 2);
            for (const it of chunk.items)
                w.bytes(it);
            break;
        case ChunkKind.SCORED:
            w.u32(chunk.members.length);
            for (let i = 0; i < chunk.members.length; i++) {
                w.f64(chunk.scores[i]);
                w.bytes(chunk.members[i]);
            }
            break;
        case ChunkKind.STREAM_ENTRIES:
            w.u32(chunk.entries.length);
            for (const e of chunk.entries) {
                w.text(e.id);
                w.u32(e.fields.length);
                for (const f of e.fields)
                    w.bytes(f);
            }
            break;
        case ChunkKind.STREAM_META:
            w.u32(1);
            w.text(chunk.meta.lastId);
            w.i64(chunk.meta.length);
            w.i64(chunk.meta.entriesAdded);
            w.text(chunk.meta.maxDeletedId ?? '');
            break;
        case ChunkKind.STREAM_GROUP:
            w.u32(1);
            w.bytes(chunk.group.name);
            w.text(chunk.group.lastDeliveredId);
            w.i64(chunk.group.entriesRead);
            break;
        case ChunkKind.STREAM_CONSUMERS:
            w.u32(chunk.consumers.length);
            for (const c of chunk.consumers) {
                w.bytes(c.name);
                w.i64(c.seenTime);
            }
            break;
        case ChunkKind.STREAM_PENDING:
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
        case ChunkKind.STRING_PART:
            return chunk.data.length;
        case ChunkKind.ELEMENTS:
            return chunk.items.length;
        case ChunkKind.PAIRS:
            return chunk.items.length / 2;
        case ChunkKind.SCORED:
            return chunk.members.length;
        case ChunkKind.STREAM_ENTRIES:
            return chunk.entries.length;
        default:
            return 0;
    }
}
/** The chunk kinds each portable type may carry. */
const CHUNKS_OF = {
    string: [ChunkKind.STRING_PART],
    list: [ChunkKind.ELEMENTS],
    set: [ChunkKind.ELEMENTS],
    zset: [ChunkKind.SCORED],
    hash: [ChunkKind.PAIRS],
    stream: [ChunkKind.STREAM_ENTRIES, ChunkKind.STREAM_META, ChunkKind.STREAM_GROUP, ChunkKind.STREAM_CONSUMERS, ChunkKind.STREAM_PENDING],
};


/***/ }),

/***/ 34156:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readRedisRecords: () => (/* binding */ readRedisRecords)
/* harmony export */ });
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(39984);



class Corrupt extends Error {
}
/** A bounds-checked cursor over one frame body. */
class BodyReader {
    b;
    pos = 0;
    constructor(b) {
        this.b = b;
    }
    need(n) {
        if (this.pos + n > this.b.length)
            throw new Corrupt(`body ends ${this.pos + n - this.b.length} bytes early`);
    }
    u8() {
        this.need(1);
        return this.b[this.pos++];
    }
    u32() {
        this.need(4);
        const v = this.b.readUInt32LE(this.pos);
        this.pos += 4;
        return v;
    }
    i64() {
        this.need(8);
        const v = (0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .readI64 */ .Ox)(this.b, this.pos);
        this.pos += 8;
        return v;
    }
    f64() {
        this.need(8);
        const v = this.b.readDoubleLE(this.pos);
        this.pos += 8;
        return v;
    }
    bytes() {
        const n = this.u32();
        this.need(n);
        const v = this.b.subarray(this.pos, this.pos + n);
        this.pos += n;
        return v;
    }
    text() {
        return this.bytes().toString('latin1');
    }
    rest() {
        const v = this.b.subarray(this.pos);
        this.pos = this.b.length;
        return v;
    }
    done() {
        if (this.pos !== this.b.length)
            throw new Corrupt(`${this.b.length - this.pos} unexpected bytes at the end of the body`);
    }
}
const STREAM_ID = /^\d+-\d+$/;
function streamId(s) {
    if (!STREAM_ID.test(s))
        throw new Corrupt(`'${s.slice(0, 40)}' is not a stream ID`);
    return s;
}
function count(r, perItemMin, bodyLen) {
    const n = r.u32();
    // A count larger than the body could hold is corruption, caught before looping on it.
    if (n * perItemMin > bodyLen)
        throw new Corrupt(`item count ${n} does not fit in a ${bodyLen}-byte body`);
    return n;
}
function decodeChunk(body) {
    const r = new BodyReader(body);
    const kind = r.u8();
    let chunk;
    switch (kind) {
        case _format_js__WEBPACK_IMPORTED_MODULE_2__/* .ChunkKind */ .Cy.STRING_PART: {
            if (r.u32() !== 1)
                throw new Corrupt('string part count must be 1');
            chunk = { kind, data: r.rest() };
            break;
        }
        case _format_js__WEBPACK_IMPORTED_MODULE_2__/* .ChunkKind */ .Cy.ELEMENTS: {
            const n = count(r, 4, body.length);
            const items = new Array(n);
            for (let i = 0; i < n; i++)
                items[i] = r.bytes();
            chunk = { kind, items };
            break;
        }
        case _format_js__WEBPACK_IMPORTED_MODULE_2__/* .ChunkKind */ .Cy.PAIRS: {
            const n = count(r, 8, body.length);
            const items = new Array(n * 2);
            for (let i = 0; i < n * 2; i++)
                items[i] = r.bytes();
            chunk = { kind, items };
            break;
        }
        case _format_js__WEBPACK_IMPORTED_MODULE_2__/* .ChunkKind */ .Cy.SCORED: {
            const n = count(r, 12, body.length);
            const members = new Array(n);
            const scores = new Array(n);
            for (let i = 0; i < n; i++) {
                const s = r.f64();
                if (Number.isNaN(s))
                    throw new Corrupt('a sorted-set score is NaN');
                scores[i] = s;
                members[i] = r.bytes();
            }
            chunk = { kind, members, scores };
            break;
        }
        case _format_js__WEBPACK_IMPORTED_MODULE_2__/* .ChunkKind */ .Cy.STREAM_ENTRIES: {
            const n = count(r, 8, body.length);
            const entries = new Array(n);
            for (let i = 0; i < n; i++) {
                const id = streamId(r.text());
                const nf = count(r, 4, body.length);
                if (nf === 0 || nf % 2)
                    throw new Corrupt(`stream entry ${id} has ${nf} field items; expected a positive even number`);
                const fields = new Array(nf);
                for (let j = 0; j < nf; j++)
                    fields[j] = r.bytes();
                entries[i] = { id, fields };
            }
            chunk = { kind, entries };
            break;
        }
        case _format_js__WEBPACK_IMPORTED_MODULE_2__/* .ChunkKind */ .Cy.STREAM_META: {
            if (r.u32() !== 1)
                throw new Corrupt('stream meta count must be 1');
            const lastId = streamId(r.text());
            const length = r.i64();
            const entriesAdded = r.i64();
            const md = r.text();
            chunk = { kind, meta: { lastId, length, entriesAdded, maxDeletedId: md ? streamId(md) : null } };
            break;
        }
        case _format_js__WEBPACK_IMPORTED_MODULE_2__/* .ChunkKind */ .Cy.STREAM_GROUP: {
            if (r.u32() !== 1)
                throw new Corrupt('stream group count must be 1');
            const name = r.bytes();
            const lastDeliveredId = streamId(r.text());
            chunk = { kind, group: { name, lastDeliveredId, entriesRead: r.i64() } };
            break;
        }
        case _format_js__WEBPACK_IMPORTED_MODULE_2__/* .ChunkKind */ .Cy.STREAM_CONSUMERS: {
            const n = count(r, 12, body.length);
            const consumers = new Array(n);
            for (let i = 0; i < n; i++)
                consumers[i] = { name: r.bytes(), seenTime: r.i64() };
            chunk = { kind, consumers };
            break;
        }
        case _format_js__WEBPACK_IMPORTED_MODULE_2__/* .ChunkKind */ .Cy.STREAM_PENDING: {
            const n = count(r, 28, body.length);
            const pending = new Array(n);
            for (let i = 0; i < n; i++)
                pending[i] = { id: streamId(r.text()), consumer: r.bytes(), deliveryTime: r.i64(), deliveryCount: r.i64() };
            chunk = { kind, pending };
            break;
        }
        default:
            throw new Corrupt(`unknown chunk kind ${kind}`);
    }
    r.done();
    return chunk;
}
function decodeJson(body, what) {
    let v;
    try {
        v = JSON.parse(body.toString('utf8'));
    }
    catch {
        throw new Corrupt(`${what} is not valid JSON`);
    }
    if (!v || typeof v !== 'object' || Array.isArray(v))
        throw new Corrupt(`${what} is not a JSON object`);
    return v;
}
function checkHeader(h) {
    if (h.format !== _format_js__WEBPACK_IMPORTED_MODULE_2__/* .FORMAT_NAME */ .Yx)
        throw new Corrupt(`header format is '${String(h.format)}', expected '${_format_js__WEBPACK_IMPORTED_MODULE_2__/* .FORMAT_NAME */ .Yx}'`);
    if (typeof h.version !== 'number' || h.version > _format_js__WEBPACK_IMPORTED_MODULE_2__/* .FORMAT_VERSION */ .Hp) {
        throw new Corrupt(`format version ${String(h.version)} is newer than this reader (${_format_js__WEBPACK_IMPORTED_MODULE_2__/* .FORMAT_VERSION */ .Hp}); upgrade bakup`);
    }
    if (h.mode !== 'dump' && h.mode !== 'portable')
        throw new Corrupt(`header mode '${String(h.mode)}' is neither 'dump' nor 'portable'`);
    if (!Array.isArray(h.databases) || !h.databases.every((d) => Number.isInteger(d) && d >= 0))
        throw new Corrupt('header databases is not a list of database numbers');
    if (!h.server || typeof h.server !== 'object')
        throw new Corrupt('header has no server section');
    return h;
}
/**
 * Reads and validates a record stream as it arrives: the magic, every frame's
 * CRC, the structure (header first, portable keys complete, trailer last with
 * counts that match) and truncation. Any defect is a VerificationError naming
 * `what` and the byte offset; memory holds one frame at a time.
 */
async function* readRedisRecords(source, what) {
    let buf = Buffer.alloc(0);
    let pos = 0;
    let base = 0; // stream offset of buf[0]
    let pending = [];
    let pendingLen = 0;
    let need = _format_js__WEBPACK_IMPORTED_MODULE_2__/* .MAGIC */ .mS.length;
    let sawMagic = false;
    let header;
    let dbs = new Set();
    let trailer;
    let open;
    let keys = 0;
    const perDb = new Map();
    const fail = (msg, at) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerificationError */ .mk(`${what}: corrupt Redis record stream at byte ${at}: ${msg}`);
    };
    const handle = (tag, body, at) => {
        if (trailer)
            fail('data after the trailer', at);
        if (!header && tag !== _format_js__WEBPACK_IMPORTED_MODULE_2__/* .Tag */ .vw.HEADER)
            fail(`first record has tag 0x${tag.toString(16)}, expected the header`, at);
        switch (tag) {
            case _format_js__WEBPACK_IMPORTED_MODULE_2__/* .Tag */ .vw.HEADER: {
                if (header)
                    fail('a second header', at);
                header = checkHeader(decodeJson(body, 'header'));
                dbs = new Set(header.databases);
                return { tag, header };
            }
            case _format_js__WEBPACK_IMPORTED_MODULE_2__/* .Tag */ .vw.DUMP: {
                if (header.mode !== 'dump')
                    fail('a DUMP record in a portable stream', at);
                const r = new BodyReader(body);
                const db = r.u32();
                const expireAt = r.i64();
                const keyLen = r.u32();
                if (16 + keyLen > body.length)
                    fail(`key length ${keyLen} exceeds the record`, at);
                const key = body.subarray(16, 16 + keyLen);
                const payload = body.subarray(16 + keyLen);
                // A DUMP payload ends with a 2-byte RDB version and an 8-byte CRC-64.
                if (payload.length < 11)
                    fail(`DUMP payload of ${payload.length} bytes is too short`, at);
                if (!dbs.has(db))
                    fail(`key in database ${db}, which the header does not list`, at);
                keys++;
                perDb.set(db, (perDb.get(db) ?? 0) + 1);
                return { tag, db, expireAt, key, payload };
            }
            case _format_js__WEBPACK_IMPORTED_MODULE_2__/* .Tag */ .vw.KEY: {
                if (header.mode !== 'portable')
                    fail('a portable key record in a DUMP stream', at);
                if (open)
                    fail('a key begins before the previous one ended', at);
                const r = new BodyReader(body);
                const db = r.u32();
                const expireAt = r.i64();
                const t = r.u8();
                const type = _format_js__WEBPACK_IMPORTED_MODULE_2__/* .PORTABLE_TYPE_NAMES */ .AD[t];
                if (!type)
                    fail(`unknown value type ${t}`, at);
                const key = r.bytes();
                r.done();
                if (!dbs.has(db))
                    fail(`key in database ${db}, which the header does not list`, at);
                const rec = { tag, db, expireAt, type: type, key };
                open = { rec, count: 0, allowed: _format_js__WEBPACK_IMPORTED_MODULE_2__/* .CHUNKS_OF */ .nZ[type] };
                return rec;
            }
            case _format_js__WEBPACK_IMPORTED_MODULE_2__/* .Tag */ .vw.CHUNK: {
                if (!open)
                    fail('a value chunk outside a key', at);
                const chunk = decodeChunk(body);
                if (!open.allowed.includes(chunk.kind))
                    fail(`chunk kind ${chunk.kind} in a ${open.rec.type}`, at);
                open.count += (0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .chunkCount */ .Fk)(chunk);
                return { tag, chunk };
            }
            case _format_js__WEBPACK_IMPORTED_MODULE_2__/* .Tag */ .vw.END: {
                if (!open)
                    fail('a key end without a key', at);
                const r = new BodyReader(body);
                const n = r.i64();
                r.done();
                if (n !== open.count)
                    fail(`key ends with count ${n} but its chunks hold ${open.count}`, at);
                keys++;
                perDb.set(open.rec.db, (perDb.get(open.rec.db) ?? 0) + 1);
                open = undefined;
                return { tag, count: n };
            }
            case _format_js__WEBPACK_IMPORTED_MODULE_2__/* .Tag */ .vw.TRAILER: {
                if (open)
                    fail('the trailer arrives inside a key', at);
                const t = decodeJson(body, 'trailer');
                if (t.keys !== keys)
                    fail(`the trailer counts ${t.keys} keys but the stream holds ${keys}`, at);
                for (const [db, n] of perDb) {
                    if (t.perDb?.[String(db)] !== n)
                        fail(`the trailer counts ${t.perDb?.[String(db)] ?? 0} keys in database ${db} but the stream holds ${n}`, at);
                }
                trailer = t;
                return { tag, trailer: t };
            }
            default:
                return fail(`unknown record tag 0x${tag.toString(16)}`, at);
        }
    };
    for await (const raw of source) {
        const chunk = typeof raw === 'string' ? Buffer.from(raw) : raw;
        if (chunk.length === 0)
            continue;
        pending.push(chunk);
        pendingLen += chunk.length;
        if (buf.length - pos + pendingLen < need)
            continue;
        base += pos;
        buf = pending.length === 1 && pos === buf.length ? pending[0] : Buffer.concat([buf.subarray(pos), ...pending]);
        pos = 0;
        pending = [];
        pendingLen = 0;
        if (!sawMagic) {
            if (!buf.subarray(0, _format_js__WEBPACK_IMPORTED_MODULE_2__/* .MAGIC */ .mS.length).equals(_format_js__WEBPACK_IMPORTED_MODULE_2__/* .MAGIC */ .mS))
                fail('not a bakup Redis record stream (bad magic)', 0);
            pos = _format_js__WEBPACK_IMPORTED_MODULE_2__/* .MAGIC */ .mS.length;
            sawMagic = true;
        }
        for (;;) {
            const avail = buf.length - pos;
            if (avail < _format_js__WEBPACK_IMPORTED_MODULE_2__/* .FRAME_HEAD */ .PN) {
                need = _format_js__WEBPACK_IMPORTED_MODULE_2__/* .FRAME_HEAD */ .PN;
                break;
            }
            const len = buf.readUInt32LE(pos + 1);
            const total = _format_js__WEBPACK_IMPORTED_MODULE_2__/* .FRAME_HEAD */ .PN + len + _format_js__WEBPACK_IMPORTED_MODULE_2__/* .FRAME_TAIL */ .B0;
            if (avail < total) {
                need = total;
                break;
            }
            const at = base + pos;
            const end = pos + _format_js__WEBPACK_IMPORTED_MODULE_2__/* .FRAME_HEAD */ .PN + len;
            const crc = buf.readUInt32LE(end);
            if (node_zlib__WEBPACK_IMPORTED_MODULE_0__.crc32(buf.subarray(pos, end)) !== crc)
                fail(`CRC mismatch in a ${len}-byte record`, at);
            const tag = buf[pos];
            const body = buf.subarray(pos + _format_js__WEBPACK_IMPORTED_MODULE_2__/* .FRAME_HEAD */ .PN, end);
            pos = end + _format_js__WEBPACK_IMPORTED_MODULE_2__/* .FRAME_TAIL */ .B0;
            let rec;
            try {
                rec = handle(tag, body, at);
            }
            catch (err) {
                if (err instanceof Corrupt)
                    fail(err.message, at);
                throw err;
            }
            yield rec;
        }
    }
    const leftover = buf.length - pos + pendingLen;
    const end = base + buf.length + pendingLen;
    if (!sawMagic)
        fail(end === 0 ? 'empty stream' : 'stream too short for the magic', 0);
    if (leftover > 0)
        fail(`stream ends inside a record (${leftover} bytes of an incomplete frame)`, end - leftover);
    if (!header)
        fail('stream ends before the header', end);
    if (!trailer)
        fail('stream ends without its trailer (truncated)', end);
    return trailer;
}


/***/ })

};
