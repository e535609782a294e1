export const id = 978;
export const ids = [978];
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

/***/ 3978:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MONGO_ARCHIVE_KIND: () => (/* binding */ MONGO_ARCHIVE_KIND),
  MONGO_ARCHIVE_NAME: () => (/* binding */ MONGO_ARCHIVE_NAME),
  MongoSource: () => (/* binding */ MongoSource),
  openMongoTarget: () => (/* binding */ openMongoTarget)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: ./src/formats/mongo-archive/crc64.ts
var crc64 = __webpack_require__(70424);
// EXTERNAL MODULE: ./src/formats/mongo-archive/format.ts
var format = __webpack_require__(88873);
;// CONCATENATED MODULE: ./src/formats/mongo-archive/writer.ts




/**
 * Produces a mongodump archive (see SPEC.md) as a Readable. The prelude is
 * written at construction; documents are then written through one
 * NamespaceWriter per namespace, from as many concurrent producers as wanted:
 * each producer's documents are batched into segments and segments of
 * different namespaces interleave in the order they fill up, exactly as
 * mongodump's multiplexer does. Writers wait (their write() returns a promise)
 * whenever the consumer of `stream` is behind, so memory stays bounded.
 */
class MongoArchiveWriter {
    stream;
    segmentBytes;
    expected = new Map();
    writers = new Map();
    summaries = [];
    /** The namespace whose segment is open on the wire (null between blocks). */
    current = null;
    waiting = [];
    closedError = null;
    finished = false;
    constructor(opts) {
        this.segmentBytes = Math.max(1, opts.segmentBytes ?? 1024 * 1024);
        this.stream = new external_node_stream_.Readable({
            highWaterMark: opts.highWaterMark ?? 1024 * 1024,
            read: () => this.wake(),
            destroy: (err, cb) => {
                this.closedError = err ?? new Error('mongodump archive stream closed before it was complete');
                this.failWaiters(this.closedError);
                cb(err);
            },
        });
        const parts = [
            format/* MAGIC */.mS,
            (0,format/* encodeHeader */.YS)({
                concurrentCollections: opts.header.concurrentCollections ?? 1,
                version: opts.header.version ?? format/* FORMAT_VERSION */.Hp,
                serverVersion: opts.header.serverVersion,
                toolVersion: opts.header.toolVersion,
            }),
        ];
        for (const m of opts.namespaces) {
            const key = (0,format/* nsKey */.Pv)(m.db, m.collection);
            if (this.expected.has(key))
                throw new Error(`mongo archive writer: namespace '${key}' listed twice in the prelude`);
            this.expected.set(key, m);
            parts.push((0,format/* encodeNamespaceMetadata */.$8)(m));
        }
        parts.push(format/* TERMINATOR */.Qz);
        this.stream.push(Buffer.concat(parts));
    }
    /** Opens the writer of a namespace listed in the prelude (once per namespace). */
    namespace(db, collection) {
        const key = (0,format/* nsKey */.Pv)(db, collection);
        if (!this.expected.has(key))
            throw new Error(`mongo archive writer: namespace '${key}' is not in the prelude`);
        if (this.writers.has(key))
            throw new Error(`mongo archive writer: namespace '${key}' opened twice`);
        const w = new NamespaceWriter(this, db, collection, key, this.segmentBytes);
        this.writers.set(key, w);
        return w;
    }
    /** Ends the archive; every prelude namespace must have reached EOF, as mongorestore requires. */
    finish() {
        if (this.finished)
            return;
        const missing = [...this.expected.keys()].filter((k) => !this.writers.get(k)?.ended);
        if (missing.length)
            throw new Error(`mongo archive writer: namespaces never ended: ${missing.join(', ')}`);
        this.finished = true;
        this.stream.push(null);
    }
    /** Fails the stream (the consumer sees `err`) and every waiting writer. */
    abort(err) {
        if (!this.stream.destroyed)
            this.stream.destroy(err);
    }
    /** Per-namespace counts, sizes and CRCs of the namespaces ended so far, in EOF order. */
    get namespaces() {
        return this.summaries;
    }
    /**
     * @internal Writes one segment of `key` (the bytes of whole documents; the writer gives up `data`, which the
     * stream's consumer now owns); resolves when the consumer has room again.
     */
    emitSegment(w, data) {
        this.assertOpen();
        if (this.current !== w.key) {
            this.stream.push(this.current !== null ? Buffer.concat([format/* TERMINATOR */.Qz, w.header]) : w.header);
            this.current = w.key;
        }
        return this.pushOrWait(data);
    }
    /** @internal Closes namespace `key` with its EOF header and CRC. */
    emitEof(w, summary, everWritten) {
        this.assertOpen();
        const parts = [];
        if (!everWritten && this.current !== w.key) {
            // mongodump opens even an empty namespace (views, empty collections) with a
            // header before its EOF; mongorestore relies on seeing it to create the collection.
            if (this.current !== null)
                parts.push(format/* TERMINATOR */.Qz);
            parts.push(w.header);
            this.current = w.key;
        }
        if (this.current !== null)
            parts.push(format/* TERMINATOR */.Qz);
        parts.push((0,format/* encodeNamespaceHeader */.P)(w.db, w.collection, true, summary.crc), format/* TERMINATOR */.Qz);
        this.current = null;
        this.summaries.push(summary);
        return this.pushOrWait(Buffer.concat(parts));
    }
    assertOpen() {
        if (this.closedError)
            throw this.closedError;
        if (this.finished)
            throw new Error('mongo archive writer: write after finish()');
    }
    pushOrWait(chunk) {
        if (this.stream.push(chunk))
            return undefined;
        return new Promise((resolve, reject) => this.waiting.push({ resolve, reject }));
    }
    wake() {
        const w = this.waiting;
        this.waiting = [];
        for (const x of w)
            x.resolve();
    }
    failWaiters(err) {
        const w = this.waiting;
        this.waiting = [];
        for (const x of w)
            x.reject(err);
    }
}
/**
 * Accepts the raw BSON documents of one namespace. Documents are copied into
 * the namespace's segment buffer as they are written, so the writer holds no
 * reference to the caller's bytes (a cursor's reply is free as soon as its
 * documents are written) and no object per document. Not safe for concurrent
 * write() calls on one instance.
 */
class NamespaceWriter {
    archive;
    db;
    collection;
    key;
    segmentBytes;
    segment = null;
    used = 0;
    crc = new crc64/* Crc64 */.Vl();
    everWritten = false;
    /** The data header that opens each of this namespace's segments (EOF false, CRC 0). */
    header;
    count = 0;
    bytes = 0;
    ended = false;
    constructor(archive, db, collection, key, segmentBytes) {
        this.archive = archive;
        this.db = db;
        this.collection = collection;
        this.key = key;
        this.segmentBytes = segmentBytes;
        this.header = (0,format/* encodeNamespaceHeader */.P)(db, collection, false, 0n);
    }
    /**
     * Adds one BSON document (its exact bytes). Returns a promise only when the
     * caller must wait for the consumer before writing more; await it then.
     */
    write(doc) {
        if (doc.length < 4 || docLength(doc, 0) !== doc.length) {
            throw new errors/* OperationalError */.LE(`${this.key}: document #${this.count + 1} is not a well-formed BSON document`);
        }
        return this.writeFrom(doc, 0);
    }
    /**
     * Adds the BSON document that starts at `start` in `bytes` (e.g. a server
     * reply holding many), copying it; `bytes` is not referenced afterwards.
     */
    writeFrom(bytes, start) {
        if (this.ended)
            throw new Error(`mongo archive writer: write to '${this.key}' after end()`);
        const avail = bytes.length - start;
        const size = avail >= 4 ? docLength(bytes, start) : -1;
        if (size < 5 || size > avail || bytes[start + size - 1] !== 0) {
            throw new errors/* OperationalError */.LE(`${this.key}: document #${this.count + 1} is not a well-formed BSON document`);
        }
        if (size > format/* MAX_INTERNAL_BSON_SIZE */.oE) {
            throw new errors/* OperationalError */.LE(`${this.key}: document #${this.count + 1} is ${size} bytes, larger than BSON allows`);
        }
        this.count++;
        this.bytes += size;
        let wait;
        if (this.segment && this.used + size > this.segment.length)
            wait = this.flush();
        if (size > this.segmentBytes) {
            // Larger than a segment: written as a segment of its own (as mongodump does with 16 MiB documents).
            const own = Buffer.allocUnsafeSlow(size);
            copyBytes(bytes, start, size, own, 0);
            this.crc.update(own);
            this.everWritten = true;
            const w2 = this.archive.emitSegment(this, own);
            return wait && w2 ? wait.then(() => w2) : (wait ?? w2);
        }
        // allocUnsafeSlow: a buffer of its own, not a slice of Node's shared pool, so the consumer may keep it.
        this.segment ??= Buffer.allocUnsafeSlow(this.segmentBytes);
        const seg = this.segment;
        copyBytes(bytes, start, size, seg, this.used);
        this.used += size;
        return wait;
    }
    /** Writes what is batched and the namespace's EOF block. */
    async end() {
        if (this.ended)
            throw new Error(`mongo archive writer: '${this.key}' ended twice`);
        await this.flush();
        this.ended = true;
        const summary = { db: this.db, collection: this.collection, count: this.count, bytes: this.bytes, crc: this.crc.digest() };
        await this.archive.emitEof(this, summary, this.everWritten);
        return summary;
    }
    flush() {
        if (!this.segment || this.used === 0)
            return undefined;
        const data = this.segment.subarray(0, this.used);
        this.segment = null;
        this.used = 0;
        this.everWritten = true;
        // One CRC pass over the segment: the CRC runs over the namespace's documents in order, segments are that order.
        this.crc.update(data);
        return this.archive.emitSegment(this, data);
    }
}
/** Buffer#copy (native, no view allocated) for a Uint8Array source too. */
function copyBytes(from, start, size, to, at) {
    if (Buffer.isBuffer(from))
        from.copy(to, at, start, start + size);
    else
        to.set(from.subarray(start, start + size), at);
}
function docLength(bytes, at) {
    return bytes[at] | (bytes[at + 1] << 8) | (bytes[at + 2] << 16) | (bytes[at + 3] << 24);
}

// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/catalog/manifest.ts
var manifest = __webpack_require__(35394);
// EXTERNAL MODULE: ./node_modules/mongodb/lib/index.js
var lib = __webpack_require__(84294);
// EXTERNAL MODULE: ./src/sources/mongodb/client.ts
var mongodb_client = __webpack_require__(94964);
// EXTERNAL MODULE: ./src/sources/mongodb/fingerprint.ts
var fingerprint = __webpack_require__(98183);
// EXTERNAL MODULE: ./src/sources/mongodb/metadata.ts
var metadata = __webpack_require__(22194);
// EXTERNAL MODULE: ./src/sources/mongodb/namespace.ts
var namespace = __webpack_require__(45572);
// EXTERNAL MODULE: ./src/sources/mongodb/oplog.ts
var mongodb_oplog = __webpack_require__(19420);
;// CONCATENATED MODULE: ./src/sources/mongodb/raw-batches.ts
/**
 * Documents per cursor batch, for every cursor bakup reads raw (dump, oplog capture, oplog slices). Left to the
 * server, a batch is up to 16 MiB (MongoDB) or a whole collection (mongo-java-server answers a find or getMore
 * without batchSize with every remaining document: 2.5 GiB RSS for a 1 GiB backup, bench/README.md).
 */
const CURSOR_BATCH = 1000;
/** The length of the BSON document at `at`. */
function raw_batches_docLength(bytes, at) {
    return (bytes[at] | (bytes[at + 1] << 8) | (bytes[at + 2] << 16) | (bytes[at + 3] << 24)) >>> 0;
}
/** Views of a batch's documents, for the few callers that decode them (oplog entries). */
function* batchDocuments(batch) {
    for (const s of batch.starts)
        yield batch.bytes.subarray(s, s + raw_batches_docLength(batch.bytes, s));
}
/** The cursor's buffered reply, if it is one whose documents have not been read yet. */
function bufferedReply(cursor) {
    const r = cursor.documents;
    if (!r || !(r.bson instanceof Uint8Array) || typeof r.offset !== 'number' || r.iterated !== 0)
        return undefined;
    return r;
}
/**
 * The batches of a cursor opened with `raw: true`, as the bytes the server
 * sent, until the cursor is exhausted; the cursor is closed when the
 * generator ends (or is left). The driver's own iteration
 * (`readBufferedDocuments`) builds several objects per document (a view, a
 * lazily parsed document and its element index, cached by the batch), and
 * those objects outlive young-generation collections while a batch waits for
 * the archive: V8 then grows its young generation to 2 × 64 MiB (peak RSS
 * 300+ MiB for a dump, bench/README.md). Here a batch costs one array of
 * offsets. The driver still fetches the batches (sessions, server pinning,
 * getMore, killCursors); only the buffered reply is read directly, and a
 * driver version that keeps it differently falls back to its public iteration.
 */
async function* rawBatches(cursor, signal) {
    try {
        while (await cursor.hasNext()) {
            signal?.throwIfAborted();
            const reply = bufferedReply(cursor);
            let batch;
            if (reply) {
                const bytes = Buffer.from(reply.bson.buffer, reply.bson.byteOffset, reply.bson.byteLength);
                const starts = batchStarts(bytes, reply.offset);
                if (starts) {
                    // The whole batch is taken. `null` is the driver's own "nothing buffered" (a new cursor starts so): the
                    // next hasNext() fetches the next batch, and the reply and the driver's index of it are garbage once
                    // this batch is written, not only when the next one arrives.
                    cursor.documents = null;
                    batch = { bytes, starts };
                }
            }
            if (!batch) {
                const docs = cursor.readBufferedDocuments();
                const starts = [];
                let at = 0;
                for (const d of docs) {
                    starts.push(at);
                    at += d.byteLength;
                }
                batch = { bytes: Buffer.concat(docs, at), starts };
            }
            yield batch;
            batch = undefined; // not kept while the next batch is fetched
        }
    }
    finally {
        await cursor.close().catch(() => undefined);
    }
}
/**
 * Where the documents of a cursor reply (`{cursor: {firstBatch | nextBatch: [...], id, ns}, ok}`) starting at
 * `at` in `bytes` lie; undefined when the reply is not shaped so (the caller then uses the driver's iteration).
 */
function batchStarts(bytes, at) {
    const cursor = findElement(bytes, at, 'cursor', 0x03);
    if (cursor === undefined)
        return undefined;
    const arr = findElement(bytes, cursor, 'firstBatch', 0x04) ?? findElement(bytes, cursor, 'nextBatch', 0x04);
    if (arr === undefined)
        return undefined;
    const end = arr + raw_batches_docLength(bytes, arr) - 1;
    const starts = [];
    let p = arr + 4;
    while (p < end) {
        if (bytes[p] !== 0x03)
            return undefined; // every element of a batch is a document
        p = skipCString(bytes, p + 1);
        if (p < 0 || p + 5 > end)
            return undefined;
        const len = raw_batches_docLength(bytes, p);
        if (len < 5 || p + len > end || bytes[p + len - 1] !== 0)
            return undefined;
        starts.push(p);
        p += len;
    }
    return p === end && bytes[end] === 0 ? starts : undefined;
}
/** The offset of the value of top-level element `name` (of BSON type `type`) of the document at `at`. */
function findElement(bytes, at, name, type) {
    const len = raw_batches_docLength(bytes, at);
    if (len < 5 || at + len > bytes.length)
        return undefined;
    const end = at + len - 1;
    let p = at + 4;
    while (p < end) {
        const t = bytes[p];
        const nameAt = p + 1;
        const valueAt = skipCString(bytes, nameAt);
        if (valueAt < 0 || valueAt > end)
            return undefined;
        if (t === type && valueAt - nameAt - 1 === name.length && sameAscii(bytes, nameAt, name))
            return valueAt;
        const next = skipValue(bytes, t, valueAt);
        if (next < 0)
            return undefined;
        p = next;
    }
    return undefined;
}
function sameAscii(bytes, at, name) {
    for (let i = 0; i < name.length; i++)
        if (bytes[at + i] !== name.charCodeAt(i))
            return false;
    return true;
}
/** The offset after the NUL that ends the C string at `at`, or -1. */
function skipCString(bytes, at) {
    const nul = bytes.indexOf(0, at);
    return nul < 0 ? -1 : nul + 1;
}
/** The offset after a value of BSON type `t` at `at`, or -1 for an unknown type. */
function skipValue(bytes, t, at) {
    switch (t) {
        case 0x01: // double
        case 0x09: // date
        case 0x11: // timestamp
        case 0x12: // int64
            return at + 8;
        case 0x02: // string
        case 0x0d: // JavaScript
        case 0x0e: // symbol
            return at + 4 + raw_batches_docLength(bytes, at);
        case 0x03: // document
        case 0x04: // array
        case 0x0f: // code with scope
            return at + raw_batches_docLength(bytes, at);
        case 0x05: // binary
            return at + 5 + raw_batches_docLength(bytes, at);
        case 0x06: // undefined
        case 0x0a: // null
        case 0x7f: // max key
        case 0xff: // min key
            return at;
        case 0x07: // ObjectId
            return at + 12;
        case 0x08: // bool
            return at + 1;
        case 0x0b: {
            // regex: pattern and options
            const p = skipCString(bytes, at);
            return p < 0 ? -1 : skipCString(bytes, p);
        }
        case 0x0c: // DBPointer
            return at + 4 + raw_batches_docLength(bytes, at) + 12;
        case 0x10: // int32
            return at + 4;
        case 0x13: // decimal128
            return at + 16;
        default:
            return -1;
    }
}

;// CONCATENATED MODULE: ./src/sources/mongodb/backup.ts









const SYSTEM_DBS = new Set(['admin', 'local', 'config']);
const TOOL_NAME = 'bakup';
/** Collections mongodump never dumps: internal ones, and system.* other than system.js. */
function isDumpableCollection(db, name) {
    if (name.includes('$'))
        return false;
    if (db === 'admin')
        return name !== 'system.keys';
    if (db === 'local')
        return !(name === 'oplog.rs' || name.startsWith('replset.') || name === 'startup_log' || name.startsWith('system.'));
    if (name === 'system.js')
        return true;
    return !name.startsWith('system.');
}
async function listDatabaseNames(client, where) {
    try {
        const r = await client.db('admin').command({ listDatabases: 1, nameOnly: true, authorizedDatabases: true });
        return (r.databases ?? []).map((d) => d.name);
    }
    catch (err) {
        throw (0,mongodb_client/* describeMongoError */.AO)(err, where, 'listing databases');
    }
}
/** Scans what the location holds and decides what to dump, applying the namespace filters. */
async function planBackup(client, loc, o) {
    const facts = await (0,mongodb_client/* serverFacts */.hk)(client);
    let dbs;
    if (loc.db) {
        dbs = [loc.db];
    }
    else {
        const all = await listDatabaseNames(client, loc.safe);
        dbs = all.filter((d) => d !== 'local' && (o.includeSystemDbs || !SYSTEM_DBS.has(d)));
    }
    const namespaces = [];
    const seen = [];
    for (const db of dbs) {
        let infos;
        try {
            infos = await client.db(db).listCollections({}, { nameOnly: false, authorizedCollections: true, ...metadata/* EXACT_BSON */.hT }).toArray();
        }
        catch (err) {
            throw (0,mongodb_client/* describeMongoError */.AO)(err, loc.safe, `listing the collections of '${db}'`);
        }
        if (loc.db && infos.length === 0) {
            const existing = await listDatabaseNames(client, loc.safe).catch(() => []);
            const shown = existing.filter((d) => !SYSTEM_DBS.has(d)).slice(0, 10).join(', ') || 'none';
            throw new errors/* UsageError */.eb(`${loc.safe}: database '${db}' does not exist or has no collections (databases there: ${shown})`);
        }
        infos.sort((a, b) => String(a.name).localeCompare(String(b.name)));
        for (const info of infos) {
            const name = String(info.name);
            const type = typeof info.type === 'string' ? info.type : 'collection';
            if (!isDumpableCollection(db, name))
                continue;
            if (type === 'collection' && name.startsWith('system.buckets.'))
                continue; // dumped with its time series
            const ns = `${db}.${name}`;
            seen.push(ns);
            if (!o.include.empty && !o.include.has(ns))
                continue;
            if (o.exclude.has(ns))
                continue;
            const dataCollection = type === 'timeseries' && !(0,format/* supportsRawTimeseries */.nf)(facts.version) ? `system.buckets.${name}` : name;
            let indexes = [];
            let estimatedCount = 0;
            if (type !== 'view') {
                try {
                    indexes = await client.db(db).collection(name).listIndexes(metadata/* EXACT_BSON */.hT).toArray();
                    estimatedCount = await client.db(db).collection(dataCollection).estimatedDocumentCount();
                }
                catch (err) {
                    throw (0,mongodb_client/* describeMongoError */.AO)(err, loc.safe, `reading the indexes of ${ns}`);
                }
            }
            const uuid = (0,metadata/* uuidHex */.lH)(info.info);
            namespaces.push({ db, collection: name, type, dataCollection, options: (info.options ?? {}), indexes, ...(uuid ? { uuid } : {}), estimatedCount });
        }
    }
    if (!o.include.empty && namespaces.length === 0) {
        const shown = seen.slice(0, 10).join(', ') + (seen.length > 10 ? ', …' : '');
        throw new errors/* UsageError */.eb(`--ns-include ${o.include.patterns.map((p) => `'${p}'`).join(' ')} matches no collection on ${loc.safe} (there: ${shown || 'none'})`);
    }
    let oplog = false;
    if (o.oplog !== false) {
        const available = !facts.isMongos && (await (0,mongodb_oplog/* hasOplog */.Qq)(client, facts.setName, o.oplog === true));
        if (o.oplog === true && !available) {
            throw new errors/* UsageError */.eb(`--oplog: ${loc.safe} has no readable local.oplog.rs (mongos and standalone servers have none)`);
        }
        // Unlike mongodump (whole deployments only), scoped backups capture too: the capture keeps only the
        // scope's entries, and the consistency point it records is where an incremental chain starts.
        oplog = available;
    }
    const oplogRequired = o.oplog === true || (!loc.db && o.include.empty && o.exclude.empty);
    return { facts, namespaces, scopeDb: loc.db, oplog, oplogRequired };
}
function preludeOf(plan) {
    const out = plan.namespaces.map((n) => ({
        db: n.db,
        collection: n.collection,
        metadata: (0,metadata/* encodeMetadata */._$)({ options: n.options, indexes: n.indexes, ...(n.uuid ? { uuid: n.uuid } : {}), collectionName: n.collection, type: n.type }),
        size: 0,
        type: n.type,
    }));
    if (plan.oplog)
        out.push({ db: mongodb_oplog/* OPLOG_NS */.Kj.db, collection: mongodb_oplog/* OPLOG_NS */.Kj.collection, metadata: '', size: 0, type: '' });
    return out;
}
/**
 * Dumps the planned namespaces into `writer`, `parallel` collections at a
 * time (largest first, as mongodump schedules them), then the oplog window.
 * Each document is streamed from its cursor into the archive as raw BSON;
 * nothing is decoded or held beyond a cursor batch and an archive segment.
 */
async function dumpInto(client, plan, writer, o, ctx, where) {
    const warnings = [];
    const prints = new Map();
    let oplogStart;
    let oplogWasEmpty = false;
    if (plan.oplog) {
        oplogStart = await (0,mongodb_oplog/* oplogCaptureStart */.aT)(client);
        if (!oplogStart) {
            // An empty oplog (a freshly created one): every entry it will hold was written during the backup.
            oplogWasEmpty = true;
            oplogStart = new lib.Timestamp({ t: 0, i: 0 });
        }
    }
    const queue = [...plan.namespaces].sort((a, b) => b.estimatedCount - a.estimatedCount);
    let documents = 0;
    const worker = async () => {
        for (let ns = queue.shift(); ns; ns = queue.shift()) {
            ctx.signal?.throwIfAborted();
            const nw = writer.namespace(ns.db, ns.collection);
            if (ns.type === 'view') {
                await nw.end(); // views are recorded by their metadata; mongorestore expects an empty segment
                continue;
            }
            const digest = new fingerprint/* ContentDigest */.ed();
            try {
                await streamCursor(client, ns.db, ns.dataCollection, o.query ?? {}, o, nw, digest, ctx);
            }
            catch (err) {
                throw (0,mongodb_client/* describeMongoError */.AO)(err, where, `reading ${ns.db}.${ns.dataCollection}`);
            }
            await nw.end();
            documents += digest.count;
            prints.set((0,fingerprint/* fingerprintKey */.SV)(plan.scopeDb, ns.db, ns.collection), { count: digest.count, digest: digest.digest() });
            ctx.log.debug(`dumped ${ns.db}.${ns.collection}: ${digest.count} documents`);
        }
    };
    const n = Math.max(1, Math.min(o.parallelCollections, plan.namespaces.length));
    await Promise.all(Array.from({ length: n }, worker));
    let consistency = null;
    let span;
    if (plan.oplog && oplogStart) {
        const end = await (0,mongodb_oplog/* newestOplogTs */.zg)(client);
        const endTs = end ?? oplogStart;
        const rolled = async () => {
            if (oplogWasEmpty)
                return false;
            const oldest = await (0,mongodb_oplog/* oldestOplogTs */._s)(client);
            return !oldest || (0,mongodb_oplog/* compareTs */.ps)(oldest, oplogStart) > 0;
        };
        const lost = (when) => {
            const what = `${where}: the oplog rolled over ${when}; the oplog is too small for a backup this long`;
            if (plan.oplogRequired !== false)
                throw new errors/* OperationalError */.LE(what);
            warnings.push(`${what}: this backup has no consistency point and starts no incremental chain`);
        };
        const nw = writer.namespace(mongodb_oplog/* OPLOG_NS */.Kj.db, mongodb_oplog/* OPLOG_NS */.Kj.collection);
        if (await rolled()) {
            lost('during the backup (its oldest entry is newer than the start)');
            await nw.end(); // an empty oplog keeps the archive whole
        }
        else {
            const filter = plan.scopeDb || !o.include.empty || !o.exclude.empty ? (db, coll) => inBackupScope(plan.scopeDb, o, db, coll) : null;
            const entries = await streamOplog(client, oplogStart, endTs, nw, filter);
            await nw.end();
            if (!(await rolled()))
                consistency = oplogConsistency(oplogStart, endTs, entries);
            else
                lost('while it was being copied');
        }
        // The consistency point is where an oplog slice (an incremental backup) of this chain starts.
        if (consistency)
            span = { to: oplogPoint(endTs), replayable: false };
    }
    else if (plan.facts.setName === undefined || plan.facts.isMongos) {
        warnings.push('no oplog on this server: the backup is not a single point in time if writes happened while it ran');
    }
    return {
        fingerprint: (0,fingerprint/* buildFingerprint */.LV)(prints),
        consistency,
        ...(span ? { span } : {}),
        warnings,
        stats: { collections: plan.namespaces.filter((x) => x.type !== 'view').length, views: plan.namespaces.filter((x) => x.type === 'view').length, documents },
    };
}
function oplogConsistency(oplogStart, endTs, entries) {
    return {
        method: 'oplog',
        oplogStart: (0,mongodb_oplog/* tsToPoint */.bD)(oplogStart),
        oplogEnd: (0,mongodb_oplog/* tsToPoint */.bD)(endTs),
        at: new Date(endTs.high * 1000).toISOString(),
        oplogEntries: entries,
    };
}
/** The namespaces a backup of this location with these options covers (its dump, its oplog capture, its slices). */
function inBackupScope(scopeDb, o, db, coll) {
    if (scopeDb !== undefined && db !== scopeDb)
        return false;
    if (!scopeDb && SYSTEM_DBS.has(db) && !o.includeSystemDbs)
        return false;
    if (db === 'local')
        return false;
    if (coll === '')
        return true; // database-wide commands (dropDatabase) of an in-scope database
    const ns = `${db}.${coll}`;
    if (namespace/* NOT_RESTORED */.XV.test(ns))
        return false;
    if (!o.include.empty && !o.include.has(ns))
        return false;
    return !o.exclude.has(ns);
}
/** What decides the namespaces of a backup; an incremental must have the same as its chain's full backup. */
function scopeOf(scopeDb, o) {
    return { db: scopeDb ?? null, include: [...o.include.patterns].sort(), exclude: [...o.exclude.patterns].sort(), includeSystemDbs: o.includeSystemDbs };
}
/** An oplog timestamp as a manifest point: its second as the time, and {t, i} as the position replay compares. */
function oplogPoint(ts, fallbackTime = new Date()) {
    const p = (0,mongodb_oplog/* tsToPoint */.bD)(ts);
    // An oplog that held nothing gives (0, 0): the time is then when we looked, not 1970.
    return { time: p.t === 0 ? fallbackTime.toISOString() : new Date(p.t * 1000).toISOString(), position: { t: p.t, i: p.i } };
}
async function streamCursor(client, db, coll, filter, o, nw, digest, ctx) {
    const cursor = client
        .db(db)
        .collection(coll, o.readPreference ? { readPreference: o.readPreference } : {})
        .find(filter, { raw: true, batchSize: CURSOR_BATCH });
    for await (const { bytes, starts } of rawBatches(cursor, ctx.signal)) {
        for (const at of starts) {
            digest.add(bytes.subarray(at, at + raw_batches_docLength(bytes, at)));
            const wait = nw.writeFrom(bytes, at); // copied: the reply is not kept once its batch is written
            if (wait)
                await wait;
        }
        ctx.progress.addItems(starts.length);
    }
}
async function streamOplog(client, start, end, nw, filter) {
    const cursor = client.db('local').collection('oplog.rs').find((0,mongodb_oplog/* captureFilter */.pV)(start, end), { raw: true, batchSize: CURSOR_BATCH });
    let n = 0;
    for await (const batch of rawBatches(cursor)) {
        for (const raw of batchDocuments(batch)) {
            const entry = lib.BSON.deserialize(raw, metadata/* EXACT_BSON */.hT);
            const kept = (0,mongodb_oplog/* scopeCapturedEntry */.zy)(entry, filter);
            if (!kept)
                continue;
            const wait = nw.write(kept === entry ? raw : lib.BSON.serialize(kept));
            if (wait)
                await wait;
            n++;
        }
    }
    return n;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/catalog/chain.ts
var chain = __webpack_require__(46926);
// EXTERNAL MODULE: ./src/formats/bson-stream/reader.ts
var reader = __webpack_require__(43339);
;// CONCATENATED MODULE: ./src/sources/mongodb/incremental.ts













/**
 * Incremental MongoDB backups: oplog slices. A chain starts at a full backup's
 * consistency point (the end of the oplog window it captured); each slice holds
 * the in-scope oplog entries after its parent's end, up to the newest entry
 * when it started. A point-in-time restore restores the full backup and
 * replays the slices in order up to the chosen moment.
 */
const OPLOG_SLICE_KIND = 'mongo-oplog';
const OPLOG_SLICE_NAME = 'oplog.bson';
const SLICE_FINGERPRINT_KIND = 'mongodb-oplog';
/** Oplog operation letters as the slice's fingerprint names them. */
const OP_NAMES = { i: 'insert', u: 'update', d: 'delete', c: 'command', n: 'noop' };
function describeTs(p) {
    return `${new Date(p.t * 1000).toISOString()} (${p.t}:${p.i})`;
}
function sameScope(a, b) {
    return JSON.stringify(a) === JSON.stringify(b);
}
function showScope(s) {
    const parts = [s.db ? `database ${s.db}` : 'every database'];
    if (s.include.length)
        parts.push(`--ns-include ${s.include.join(' ')}`);
    if (s.exclude.length)
        parts.push(`--ns-exclude ${s.exclude.join(' ')}`);
    if (s.includeSystemDbs)
        parts.push('--include-system-dbs');
    return parts.join(', ');
}
/** The scope recorded in a backup's first artifact (absent in backups written before chains existed). */
function recordedScope(m) {
    const scope = m.artifacts[0]?.meta?.scope;
    return scope && typeof scope === 'object' && Array.isArray(scope.include) ? scope : undefined;
}
/**
 * Counts and digests what a slice holds: entries per operation and namespace
 * (`insert app.users`), each with an order-independent digest of the entries'
 * bytes. Built while the slice is written and again while a restore reads it.
 */
class SliceDigest {
    entries = 0;
    ops = new Map();
    items = new Map();
    add(entry, bytes) {
        const op = OP_NAMES[String(entry.op)] ?? String(entry.op);
        const key = `${op} ${typeof entry.ns === 'string' ? entry.ns : ''}`;
        let d = this.items.get(key);
        if (!d)
            this.items.set(key, (d = new fingerprint/* ContentDigest */.ed()));
        d.add(bytes);
        this.ops.set(op, (this.ops.get(op) ?? 0) + 1);
        this.entries++;
    }
    fingerprint() {
        const summary = { entries: this.entries };
        for (const op of ['insert', 'update', 'delete', 'command'])
            summary[`${op}s`] = this.ops.get(op) ?? 0;
        const items = {};
        const whole = (0,external_node_crypto_.createHash)('sha256');
        for (const key of [...this.items.keys()].sort()) {
            const d = this.items.get(key);
            items[key] = { count: d.count, digest: d.digest() };
            whole.update(`${key}\u0000${d.count}\u0000${d.digest()}\n`);
        }
        return { kind: SLICE_FINGERPRINT_KIND, summary, items, digest: `sha256:${whole.digest('hex')}` };
    }
}
/** Whether this location can continue the chain that ends at `base`'s last link, and if not, why (one line). */
async function planSlice(client, loc, o, facts, base) {
    const no = (reason) => ({ incremental: false, reason });
    if (o.oplog === false)
        return no('--no-oplog: an incremental MongoDB backup is read from the oplog');
    if (facts.isMongos)
        return no(`${loc.safe} is a mongos: back up each shard's replica set (incrementals read a replica set's oplog)`);
    if (!(await (0,mongodb_oplog/* hasOplog */.Qq)(client, facts.setName, o.oplog === true))) {
        return no(facts.setName
            ? `${loc.safe} reports replica set '${facts.setName}' but has no readable local.oplog.rs to back up incrementally`
            : `${loc.safe} is a standalone server, not a replica-set member: it keeps no oplog to back up incrementally (a replica set of one member has one; --oplog trusts a local.oplog.rs anyway)`);
    }
    const full = base.chain[0].manifest;
    const parent = base.chain[base.chain.length - 1].manifest;
    const want = scopeOf(loc.db, o);
    const had = recordedScope(full);
    if (!had)
        return no(`the chain's full backup ${full.id} does not record which namespaces it covers (it predates incremental backups): take a full backup`);
    if (!sameScope(had, want))
        return no(`the chain's full backup ${full.id} covers ${showScope(had)}, this backup asks for ${showScope(want)}: take a full backup`);
    const end = (0,chain/* positionOf */.df)((0,manifest/* spanOf */.ee)(parent).to);
    if (!end)
        return no(`the newest backup ${parent.id} recorded no oplog position (it was taken without an oplog capture): take a full backup to start a chain`);
    const oldest = await (0,mongodb_oplog/* oldestOplogTs */._s)(client);
    if (end.t === 0)
        return { incremental: true }; // the full backup found an empty oplog: everything since is needed
    if (!oldest || (0,mongodb_oplog/* compareTs */.ps)(oldest, (0,mongodb_oplog/* pointToTs */.KO)(end)) > 0) {
        return no(`the oplog no longer reaches back to the end of ${parent.id} at ${describeTs(end)}: ${oldest ? `its oldest entry is from ${describeTs({ t: oldest.high, i: oldest.low })}` : 'it is empty'} (it rolled over); take a full backup, and make the oplog larger or back up more often`);
    }
    const there = await client.db('local').collection('oplog.rs').findOne({ ts: (0,mongodb_oplog/* pointToTs */.KO)(end) }, { projection: { ts: 1 } });
    if (!there)
        return no(`the oplog has no entry at the end of ${parent.id} (${describeTs(end)}): this is another deployment, or its history was rolled back; take a full backup`);
    return { incremental: true };
}
/**
 * Yields one artifact: the in-scope oplog entries after the parent's end up to
 * the newest entry at the start, streamed from a cursor as concatenated BSON.
 */
async function* backupSlice(client, loc, o, facts, base, ctx) {
    const parent = base.chain[base.chain.length - 1].manifest;
    const parentSpan = (0,manifest/* spanOf */.ee)(parent);
    const fromPos = (0,chain/* positionOf */.df)(parentSpan.to);
    if (!fromPos)
        throw new errors/* OperationalError */.LE(`${parent.id} has no oplog position to continue from`);
    const from = (0,mongodb_oplog/* pointToTs */.KO)(fromPos);
    let newest;
    try {
        newest = await (0,mongodb_oplog/* newestOplogTs */.zg)(client);
    }
    catch (err) {
        throw (0,mongodb_client/* describeMongoError */.AO)(err, loc.safe, 'reading the oplog');
    }
    if (newest && (0,mongodb_oplog/* compareTs */.ps)(newest, from) < 0) {
        throw new errors/* OperationalError */.LE(`${loc.safe}: the oplog's newest entry (${describeTs({ t: newest.high, i: newest.low })}) is older than the end of ${parent.id} (${describeTs(fromPos)}): another deployment?`);
    }
    // The fixed end point: entries written while the slice is read belong to the next one.
    const end = newest ?? from;
    const scope = scopeOf(loc.db, o);
    const inScope = (db, coll) => inBackupScope(loc.db, o, db, coll);
    const digest = new SliceDigest();
    let read = 0;
    let last = from;
    ctx.log.info(`${loc.safe}: oplog slice after ${describeTs(fromPos)} up to ${describeTs({ t: end.high, i: end.low })}`);
    async function* entries() {
        const cursor = client.db('local').collection('oplog.rs').find({ ts: { $gt: from, $lte: end } }, { raw: true, batchSize: CURSOR_BATCH });
        let out = [];
        let size = 0;
        try {
            for await (const batch of rawBatches(cursor, ctx.signal)) {
                for (const raw of batchDocuments(batch)) {
                    const entry = lib.BSON.deserialize(raw, metadata/* EXACT_BSON */.hT);
                    const ts = entry.ts;
                    if (!(ts instanceof lib.Timestamp))
                        throw new errors/* OperationalError */.LE(`${loc.safe}: an oplog entry without a timestamp`);
                    if ((0,mongodb_oplog/* compareTs */.ps)(ts, last) <= 0) {
                        throw new errors/* OperationalError */.LE(`${loc.safe}: the oplog returned entries out of order (${ts.high}:${ts.low} after ${last.high}:${last.low})`);
                    }
                    last = ts;
                    read++;
                    const kept = (0,mongodb_oplog/* scopeSliceEntry */.V8)(entry, inScope);
                    if (!kept)
                        continue;
                    const bytes = kept === entry ? raw : Buffer.from(lib.BSON.serialize(kept));
                    digest.add(kept, bytes);
                    out.push(bytes);
                    size += bytes.length;
                }
                ctx.progress.addItems(batch.starts.length);
                if (size >= 256 * 1024) {
                    // A copy: the chunk must not pin the replies its entries were read from.
                    yield Buffer.concat(out, size);
                    out = [];
                    size = 0;
                }
            }
            if (size)
                yield Buffer.concat(out, size);
        }
        catch (err) {
            throw (0,mongodb_client/* describeMongoError */.AO)(err, loc.safe, 'reading the oplog');
        }
        // Entries lost to a rollover while we read would leave a silent gap: check the start is still there.
        if (fromPos.t !== 0) {
            const oldest = await (0,mongodb_oplog/* oldestOplogTs */._s)(client);
            if (!oldest || (0,mongodb_oplog/* compareTs */.ps)(oldest, from) > 0) {
                throw new errors/* OperationalError */.LE(`${loc.safe}: the oplog rolled over while the slice was read (its oldest entry is now newer than ${describeTs(fromPos)}); take a full backup`);
            }
        }
    }
    yield {
        baseName: OPLOG_SLICE_NAME,
        kind: OPLOG_SLICE_KIND,
        contentType: 'application/octet-stream',
        meta: {
            format: 'concatenated BSON oplog entries (mongodump oplog.bson)',
            serverVersion: facts.version,
            from: fromPos,
            to: { t: end.high, i: end.low },
            scope,
        },
        stream: external_node_stream_.Readable.from(entries(), { objectMode: false }),
    };
    const toPoint = oplogPoint(end, new Date());
    const fp = digest.fingerprint();
    return {
        fingerprint: fp,
        consistency: { method: 'oplog-slice', from: fromPos, to: toPoint.position, entries: digest.entries, read },
        span: { from: parentSpan.to, to: toPoint, replayable: true },
        warnings: [],
        stats: { entries: digest.entries, read },
    };
}
/** The slice artifact of an incremental link, or a VerificationError. */
function sliceArtifact(link) {
    const a = link.artifacts.find((x) => x.record.kind === OPLOG_SLICE_KIND);
    if (!a) {
        throw new errors/* VerificationError */.mk(`backup ${link.manifest.id} holds no ${OPLOG_SLICE_KIND} artifact (it has: ${link.artifacts.map((x) => x.record.name).join(', ') || 'none'})`);
    }
    return a;
}
/**
 * Reads a slice to its end before anything is replayed: the artifact's size
 * and SHA-256 are checked as it is read, every entry must lie inside the
 * link's span and in order, and the entries must match the per-namespace
 * counts and digests the manifest records. Collects the namespaces the slice
 * writes to, so the restore can refuse (or drop) them up front.
 */
async function checkSlice(link, touched, ctx) {
    const m = link.manifest;
    const artifact = sliceArtifact(link);
    const span = (0,manifest/* spanOf */.ee)(m);
    const from = (0,chain/* positionOf */.df)(span.from);
    const to = (0,chain/* positionOf */.df)(span.to);
    if (!from || !to)
        throw new errors/* VerificationError */.mk(`backup ${m.id} is an incremental without oplog positions in its span`);
    const what = `${m.name}/${m.id}/${artifact.record.name}`;
    const digest = new SliceDigest();
    let last = (0,mongodb_oplog/* pointToTs */.KO)(from);
    const stream = await artifact.open();
    try {
        for await (const docs of (0,reader.bsonDocuments)(stream, what)) {
            ctx.signal?.throwIfAborted();
            for (const raw of docs) {
                const entry = lib.BSON.deserialize(raw, metadata/* EXACT_BSON */.hT);
                const ts = entry.ts;
                if (!(ts instanceof lib.Timestamp) || (0,mongodb_oplog/* compareTs */.ps)(ts, last) <= 0 || (0,mongodb_oplog/* compareTs */.ps)(ts, (0,mongodb_oplog/* pointToTs */.KO)(to)) > 0) {
                    throw new errors/* VerificationError */.mk(`${what}: entry ${digest.entries + 1} is out of order or outside the slice's span (${describeTs(from)} … ${describeTs(to)})`);
                }
                last = ts;
                digest.add(entry, raw);
                (0,mongodb_oplog/* namespacesTouched */.rr)(entry, touched);
            }
        }
    }
    finally {
        stream.destroy();
    }
    const got = digest.fingerprint();
    if (got.digest !== m.fingerprint.digest) {
        const want = m.fingerprint.items ?? {};
        const have = got.items ?? {};
        const keys = [...new Set([...Object.keys(want), ...Object.keys(have)])].filter((k) => want[k]?.digest !== have[k]?.digest).slice(0, 3);
        throw new errors/* VerificationError */.mk(`${what}: the slice does not hold what its manifest records (${keys.map((k) => `${k}: ${want[k]?.count ?? 0} recorded, ${have[k]?.count ?? 0} read`).join('; ') || 'digest differs'})`);
    }
    return digest.entries;
}
/** Where replay stops: after the last entry at or before this position. */
function stopPosition(at) {
    // A time without a position means "everything up to and including that second".
    return at.position ?? { t: Math.floor(at.time.getTime() / 1000), i: 0xffffffff };
}
/**
 * Replays one slice through `apply`: entries at or before `after` are passed
 * over (they are already in the data), and replay stops after the last entry
 * at or before `stop`.
 */
async function replaySlice(link, after, stop, apply, ctx) {
    const artifact = sliceArtifact(link);
    const what = `${link.manifest.name}/${link.manifest.id}/${artifact.record.name}`;
    const afterTs = (0,mongodb_oplog/* pointToTs */.KO)(after);
    const stopTs = stop ? (0,mongodb_oplog/* pointToTs */.KO)(stop) : undefined;
    const r = { applied: 0, passed: 0, stopped: false };
    const stream = await artifact.open();
    try {
        outer: for await (const docs of (0,reader.bsonDocuments)(stream, what)) {
            for (const raw of docs) {
                ctx.signal?.throwIfAborted();
                const entry = lib.BSON.deserialize(raw, metadata/* EXACT_BSON */.hT);
                const ts = entry.ts;
                if (stopTs && (0,mongodb_oplog/* compareTs */.ps)(ts, stopTs) > 0) {
                    r.stopped = true;
                    break outer;
                }
                if ((0,mongodb_oplog/* compareTs */.ps)(ts, afterTs) <= 0) {
                    r.passed++;
                    continue;
                }
                try {
                    await apply(entry);
                }
                catch (err) {
                    throw (0,mongodb_client/* describeMongoError */.AO)(err, what, `replaying oplog entry ${ts.high}:${ts.low} (${String(entry.op)} on ${String(entry.ns)})`);
                }
                r.applied++;
                r.last = { t: ts.high, i: ts.low };
                ctx.progress.addItems(1);
            }
        }
    }
    finally {
        stream.destroy();
    }
    return r;
}
/** Refuses options that cannot apply to a chain restore. */
function checkChainOptions(o) {
    if (!o.oplogReplay)
        throw new errors/* UsageError */.eb('--no-oplog-replay: an incremental or point-in-time restore is an oplog replay; restore a full backup (--backup-id) without it');
}

// EXTERNAL MODULE: ./src/sources/mongodb/options.ts
var options = __webpack_require__(86913);
// EXTERNAL MODULE: ./src/sources/mongodb/restore.ts
var restore = __webpack_require__(589);
;// CONCATENATED MODULE: ./src/sources/mongodb/mongo-source.ts













const MONGO_ARCHIVE_KIND = 'mongo-archive';
const MONGO_ARCHIVE_NAME = 'dump.archive';
/**
 * A MongoDB deployment (or one database of it, when the URI names one),
 * backed up natively with the driver into one mongodump-format archive —
 * readable by the stock `mongorestore --archive` (`--gzip` when the backup is
 * gzip-compressed, the default) — and restored from such archives, ours or
 * mongodump's.
 */
class MongoSource {
    kind = 'mongodb';
    location;
    loc;
    o;
    client;
    constructor(raw, opts = {}, flag = '--source') {
        this.loc = (0,mongodb_client/* parseMongoUri */.GZ)(raw, flag);
        this.o = (0,options/* resolveMongoOptions */.pE)(opts);
        this.location = this.loc.safe;
    }
    defaultName() {
        const base = this.loc.db ?? `mongodb-${this.loc.hosts.split(',')[0].replace(/:\d+$/, '')}`;
        const clean = base.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[^A-Za-z0-9]+/, '').slice(0, 100);
        return clean || 'mongodb';
    }
    async connected() {
        this.client ??= await (0,mongodb_client/* connect */.Ng)(this.loc, this.o);
        return this.client;
    }
    async planIncremental(_ctx, base) {
        const client = await this.connected();
        return planSlice(client, this.loc, this.o, await (0,mongodb_client/* serverFacts */.hk)(client), base);
    }
    async *backup(ctx, base) {
        const client = await this.connected();
        if (base)
            return yield* backupSlice(client, this.loc, this.o, await (0,mongodb_client/* serverFacts */.hk)(client), base, ctx);
        const plan = await planBackup(client, this.loc, this.o);
        ctx.log.info(`${this.location}: ${plan.namespaces.length} namespaces to back up, ${Math.min(this.o.parallelCollections, plan.namespaces.length)} at a time` +
            (plan.oplog ? ', with the oplog written meanwhile' : ''));
        const writer = new MongoArchiveWriter({
            header: { concurrentCollections: this.o.parallelCollections, serverVersion: plan.facts.version, toolVersion: `${version/* TOOL */.j.name} ${version/* TOOL */.j.version}` },
            namespaces: preludeOf(plan),
        });
        let outcome;
        let failure;
        const work = dumpInto(client, plan, writer, this.o, ctx, this.location).then((r) => {
            outcome = r;
            writer.finish();
        }, (err) => {
            failure = err;
            writer.abort(err instanceof Error ? err : new Error(String(err)));
        });
        yield {
            baseName: MONGO_ARCHIVE_NAME,
            kind: MONGO_ARCHIVE_KIND,
            contentType: 'application/octet-stream',
            meta: {
                format: 'mongodump archive 0.1',
                serverVersion: plan.facts.version,
                namespaces: plan.namespaces.length,
                oplog: plan.oplog,
                // What an incremental continuing this chain must cover too.
                scope: scopeOf(this.loc.db, this.o),
            },
            stream: writer.stream,
        };
        await work;
        if (failure)
            throw failure;
        if (!outcome)
            throw new Error('mongodb backup: the dump ended without an outcome');
        return outcome;
    }
    async restore(ctx, manifest, artifacts, chain) {
        if (chain && (chain.chain.length > 1 || chain.stopAt))
            return this.restoreChain(ctx, chain);
        if (manifest.type === 'incremental')
            throw new errors/* VerificationError */.mk(`backup ${manifest.id} is an incremental: restore it with its chain`);
        const archive = archiveOf(manifest, artifacts);
        const client = await this.connected();
        const stream = await archive.open();
        try {
            return await (0,restore/* restoreArchive */.By)(client, this.loc, this.o, { stream, name: `${manifest.id}/${archive.record.name}`, expected: manifest.fingerprint }, ctx);
        }
        finally {
            stream.destroy();
        }
    }
    /**
     * A chain: every slice is read and checked first (nothing is written before a slice proves intact), then the
     * full backup is restored (its captured oplog replayed to its consistency point), then each slice is replayed
     * from where the previous link ended, up to the chain's end or `stopAt`.
     */
    async restoreChain(ctx, opts) {
        checkChainOptions(this.o);
        const [fullLink, ...slices] = opts.chain;
        if (!fullLink || fullLink.manifest.type !== 'full')
            throw new errors/* VerificationError */.mk(`broken chain: it does not start with a full backup`);
        const touched = new Set();
        let sliceEntries = 0;
        for (const link of slices)
            sliceEntries += await checkSlice(link, touched, ctx);
        ctx.log.info(`${slices.length} oplog slice(s) checked: ${sliceEntries} entries, as their manifests record`);
        const client = await this.connected();
        const archive = archiveOf(fullLink.manifest, fullLink.artifacts);
        const stream = await archive.open();
        let full;
        try {
            full = await (0,restore/* restoreArchiveFor */.qE)(client, this.loc, this.o, { stream, name: `${fullLink.manifest.id}/${archive.record.name}`, expected: fullLink.manifest.fingerprint, touched }, ctx);
        }
        finally {
            stream.destroy();
        }
        let after = (0,chain/* positionOf */.df)((0,manifest/* spanOf */.ee)(fullLink.manifest).to);
        if (!after)
            throw new errors/* VerificationError */.mk(`broken chain: the full backup ${fullLink.manifest.id} recorded no oplog position to replay from`);
        const stop = opts.stopAt ? stopPosition(opts.stopAt) : undefined;
        const replayer = new mongodb_oplog/* OplogReplayer */._0(client, full.map, this.o.writeConcern, full.renames);
        let replayed = 0;
        let last;
        for (const link of slices) {
            if (stop && comparePoints(stop, after) <= 0)
                break;
            const r = await replaySlice(link, after, stop, (e) => replayer.apply(e), ctx);
            replayed += r.applied;
            last = r.last ?? last;
            const end = (0,chain/* positionOf */.df)((0,manifest/* spanOf */.ee)(link.manifest).to);
            if (end && comparePoints(end, after) > 0)
                after = end;
            if (r.stopped)
                break;
        }
        const warnings = [...full.report.warnings];
        if (replayer.missing)
            warnings.push(`${replayer.missing} replayed update(s) found no document to update (the data before them was not as the oplog says)`);
        const ids = slices.map((l) => l.manifest.id);
        const checks = {
            compared: [
                ...(full.checks?.compared.map((c) => `full backup ${fullLink.manifest.id}: ${c}`) ?? []),
                `${slices.length} oplog slice(s) (${ids.length > 3 ? `${ids[0]} … ${ids[ids.length - 1]}` : ids.join(', ')}): all ${sliceEntries} entries match the per-namespace counts and digests their manifests record`,
            ],
            notCompared: [
                ...(full.checks?.notCompared.map((c) => `full backup ${fullLink.manifest.id}: ${c}`) ?? []),
                `the data after replaying ${replayed} slice entr${replayed === 1 ? 'y' : 'ies'}${last ? ` (up to ${last.t}:${last.i})` : ''}: an incremental records what its slice holds, not a fingerprint of the whole database`,
            ],
        };
        return {
            summary: { ...full.report.summary, slices: slices.length, sliceEntries, replayed, ...(last ? { replayedTo: last.t } : {}) },
            checks,
            warnings,
        };
    }
    /**
     * The same fingerprint a backup of this location records: per collection the
     * document count and an order-independent digest of the raw BSON documents.
     * With `restored` (the backup restored here), scoped as fingerprintScope says.
     */
    async fingerprint(ctx, restored) {
        const client = await this.connected();
        const scopeDb = this.fingerprintScope(restored);
        let dbs;
        if (scopeDb)
            dbs = [scopeDb];
        else {
            try {
                const r = await client.db('admin').command({ listDatabases: 1, nameOnly: true, authorizedDatabases: true });
                dbs = (r.databases ?? []).map((d) => d.name).filter((d) => d !== 'local' && (this.o.includeSystemDbs || !SYSTEM_DBS.has(d)));
            }
            catch (err) {
                throw (0,mongodb_client/* describeMongoError */.AO)(err, this.location, 'listing databases');
            }
        }
        const todo = [];
        for (const db of dbs) {
            const infos = await client.db(db).listCollections({}, { nameOnly: false, authorizedCollections: true }).toArray();
            for (const info of infos) {
                const name = String(info.name);
                if ((info.type ?? 'collection') !== 'collection' || !isDumpableCollection(db, name) || name.startsWith('system.buckets.'))
                    continue;
                const ns = `${db}.${name}`;
                if ((!this.o.include.empty && !this.o.include.has(ns)) || this.o.exclude.has(ns))
                    continue;
                todo.push({ db, coll: name });
            }
        }
        const prints = new Map();
        const worker = async () => {
            for (let t = todo.shift(); t; t = todo.shift()) {
                const digest = new fingerprint/* ContentDigest */.ed();
                const cursor = client.db(t.db).collection(t.coll).find({}, { raw: true, batchSize: CURSOR_BATCH });
                try {
                    for await (const batch of rawBatches(cursor, ctx.signal))
                        for (const d of batchDocuments(batch))
                            digest.add(d);
                }
                catch (err) {
                    throw (0,mongodb_client/* describeMongoError */.AO)(err, this.location, `reading ${t.db}.${t.coll}`);
                }
                prints.set((0,fingerprint/* fingerprintKey */.SV)(scopeDb, t.db, t.coll), { count: digest.count, digest: digest.digest() });
            }
        };
        await Promise.all(Array.from({ length: this.o.parallelCollections }, worker));
        return (0,fingerprint/* buildFingerprint */.LV)(prints);
    }
    /**
     * The database whose collections the fingerprint covers (undefined: every database). A backup of one database is
     * fingerprinted per collection of that database; restored into a whole server (a location naming no database, as
     * a drill's throwaway container is) it lands in the database of the same name, and that database is what must be
     * compared with the backup, not every database of the server. Not when --ns-from renames: the location must then
     * name the database.
     */
    fingerprintScope(restored) {
        if (this.loc.db || !restored || restored.source.kind !== this.kind || !this.o.renamer.empty)
            return this.loc.db;
        try {
            return (0,mongodb_client/* parseMongoUri */.GZ)(restored.source.location).db;
        }
        catch {
            return undefined; // a location this version cannot parse names no database it could restore into
        }
    }
    async close() {
        const c = this.client;
        this.client = undefined;
        await c?.close().catch(() => undefined);
    }
}
function archiveOf(manifest, artifacts) {
    const archive = artifacts.find((a) => a.record.kind === MONGO_ARCHIVE_KIND);
    if (!archive) {
        throw new errors/* VerificationError */.mk(`backup ${manifest.id} holds no ${MONGO_ARCHIVE_KIND} artifact (it has: ${artifacts.map((a) => a.record.name).join(', ') || 'none'})`);
    }
    return archive;
}
function comparePoints(a, b) {
    return a.t !== b.t ? a.t - b.t : a.i - b.i;
}
/** Opens a restore target: the same class, with the flag named in errors. */
function openMongoTarget(raw, opts) {
    if (!/^mongodb(\+srv)?:\/\//i.test(raw.trim())) {
        throw new errors/* UsageError */.eb(`--target: '${raw}' is not a MongoDB connection string; expected mongodb://… or mongodb+srv://…`);
    }
    return new MongoSource(raw, opts, '--target');
}


/***/ })

};
