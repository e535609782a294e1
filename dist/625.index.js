export const id = 625;
export const ids = [625];
export const modules = {

/***/ 21006:
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
    /** @internal Writes one segment of `key`; resolves when the consumer has room again. */
    emitSegment(w, docs) {
        this.assertOpen();
        const parts = [];
        if (this.current !== w.key) {
            if (this.current !== null)
                parts.push(format/* TERMINATOR */.Qz);
            parts.push((0,format/* encodeNamespaceHeader */.P)(w.db, w.collection, false, 0n));
            this.current = w.key;
        }
        for (const d of docs)
            parts.push(d);
        return this.pushOrWait(Buffer.concat(parts));
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
            parts.push((0,format/* encodeNamespaceHeader */.P)(w.db, w.collection, false, 0n));
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
/** Accepts the raw BSON documents of one namespace. Not safe for concurrent write() calls on one instance. */
class NamespaceWriter {
    archive;
    db;
    collection;
    key;
    segmentBytes;
    batch = [];
    batchBytes = 0;
    crc = new crc64/* Crc64 */.Vl();
    everWritten = false;
    count = 0;
    bytes = 0;
    ended = false;
    constructor(archive, db, collection, key, segmentBytes) {
        this.archive = archive;
        this.db = db;
        this.collection = collection;
        this.key = key;
        this.segmentBytes = segmentBytes;
    }
    /**
     * Adds one BSON document (its exact bytes). Returns a promise only when the
     * caller must wait for the consumer before writing more; await it then.
     */
    write(doc) {
        if (this.ended)
            throw new Error(`mongo archive writer: write to '${this.key}' after end()`);
        const size = doc.length;
        if (size < 5 || doc.readInt32LE(0) !== size || doc[size - 1] !== 0) {
            throw new errors/* OperationalError */.LE(`${this.key}: document #${this.count + 1} is not a well-formed BSON document`);
        }
        if (size > format/* MAX_INTERNAL_BSON_SIZE */.oE) {
            throw new errors/* OperationalError */.LE(`${this.key}: document #${this.count + 1} is ${size} bytes, larger than BSON allows`);
        }
        this.crc.update(doc);
        this.count++;
        this.bytes += size;
        this.batch.push(doc);
        this.batchBytes += size;
        if (this.batchBytes >= this.segmentBytes)
            return this.flush();
        return undefined;
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
        if (this.batch.length === 0)
            return undefined;
        const docs = this.batch;
        this.batch = [];
        this.batchBytes = 0;
        this.everWritten = true;
        return this.archive.emitSegment(this, docs);
    }
}

// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./node_modules/mongodb/lib/index.js
var lib = __webpack_require__(84294);
// EXTERNAL MODULE: ./src/sources/mongodb/client.ts
var mongodb_client = __webpack_require__(94964);
// EXTERNAL MODULE: ./src/sources/mongodb/fingerprint.ts
var fingerprint = __webpack_require__(98183);
// EXTERNAL MODULE: ./src/sources/mongodb/metadata.ts
var metadata = __webpack_require__(22194);
// EXTERNAL MODULE: ./src/sources/mongodb/oplog.ts
var mongodb_oplog = __webpack_require__(19420);
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
    const wholeDeployment = !loc.db && o.include.empty && o.exclude.empty;
    let oplog = false;
    if (o.oplog !== false) {
        const available = !facts.isMongos && (await (0,mongodb_oplog/* hasOplog */.Qq)(client, facts.setName));
        if (o.oplog === true && !available) {
            throw new errors/* UsageError */.eb(`--oplog: ${loc.safe} is not a replica-set member with a readable local.oplog.rs (mongos and standalone servers have none)`);
        }
        // Like mongodump, capture by default only for whole-deployment backups; a scoped capture must be asked for.
        oplog = available && (o.oplog === true || wholeDeployment);
    }
    return { facts, namespaces, scopeDb: loc.db, oplog };
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
    if (plan.oplog && oplogStart) {
        const end = await (0,mongodb_oplog/* newestOplogTs */.zg)(client);
        const endTs = end ?? oplogStart;
        const rolled = async () => {
            if (oplogWasEmpty)
                return false;
            const oldest = await (0,mongodb_oplog/* oldestOplogTs */._s)(client);
            return !oldest || (0,mongodb_oplog/* compareTs */.ps)(oldest, oplogStart) > 0;
        };
        if (await rolled())
            throw new errors/* OperationalError */.LE(`${where}: the oplog rolled over during the backup (its oldest entry is newer than the start); the oplog is too small for a backup this long`);
        const nw = writer.namespace(mongodb_oplog/* OPLOG_NS */.Kj.db, mongodb_oplog/* OPLOG_NS */.Kj.collection);
        const filter = plan.scopeDb || !o.include.empty || !o.exclude.empty ? (db, coll) => inBackupScope(plan, o, db, coll) : null;
        const entries = await streamOplog(client, oplogStart, endTs, nw, filter);
        await nw.end();
        if (await rolled())
            throw new errors/* OperationalError */.LE(`${where}: the oplog rolled over while it was being copied; the oplog is too small for a backup this long`);
        consistency = {
            method: 'oplog',
            oplogStart: (0,mongodb_oplog/* tsToPoint */.bD)(oplogStart),
            oplogEnd: (0,mongodb_oplog/* tsToPoint */.bD)(endTs),
            at: new Date(endTs.high * 1000).toISOString(),
            oplogEntries: entries,
        };
    }
    else if (plan.facts.setName === undefined || plan.facts.isMongos) {
        warnings.push('no oplog on this server: the backup is not a single point in time if writes happened while it ran');
    }
    return {
        fingerprint: (0,fingerprint/* buildFingerprint */.LV)(prints),
        consistency,
        warnings,
        stats: { collections: plan.namespaces.filter((x) => x.type !== 'view').length, views: plan.namespaces.filter((x) => x.type === 'view').length, documents },
    };
}
function inBackupScope(plan, o, db, coll) {
    if (plan.scopeDb !== undefined && db !== plan.scopeDb)
        return false;
    if (!plan.scopeDb && SYSTEM_DBS.has(db) && !o.includeSystemDbs)
        return false;
    if (coll === '')
        return true; // database-wide commands (dropDatabase) of an in-scope database
    const ns = `${db}.${coll}`;
    if (!o.include.empty && !o.include.has(ns))
        return false;
    return !o.exclude.has(ns);
}
async function streamCursor(client, db, coll, filter, o, nw, digest, ctx) {
    const cursor = client
        .db(db)
        .collection(coll, o.readPreference ? { readPreference: o.readPreference } : {})
        .find(filter, { raw: true });
    try {
        while (await cursor.hasNext()) {
            ctx.signal?.throwIfAborted();
            const docs = cursor.readBufferedDocuments();
            for (const d of docs) {
                const b = Buffer.from(d.buffer, d.byteOffset, d.byteLength);
                digest.add(b);
                const wait = nw.write(b);
                if (wait)
                    await wait;
            }
            ctx.progress.addItems(docs.length);
        }
    }
    finally {
        await cursor.close().catch(() => undefined);
    }
}
async function streamOplog(client, start, end, nw, filter) {
    const cursor = client.db('local').collection('oplog.rs').find((0,mongodb_oplog/* captureFilter */.pV)(start, end), { raw: true });
    let n = 0;
    try {
        while (await cursor.hasNext()) {
            for (const d of cursor.readBufferedDocuments()) {
                let b = Buffer.from(d.buffer, d.byteOffset, d.byteLength);
                const entry = lib.BSON.deserialize(b, metadata/* EXACT_BSON */.hT);
                const kept = (0,mongodb_oplog/* scopeCapturedEntry */.zy)(entry, filter);
                if (!kept)
                    continue;
                if (kept !== entry) {
                    const u8 = lib.BSON.serialize(kept);
                    b = Buffer.from(u8.buffer, u8.byteOffset, u8.byteLength);
                }
                const wait = nw.write(b);
                if (wait)
                    await wait;
                n++;
            }
        }
    }
    finally {
        await cursor.close().catch(() => undefined);
    }
    return n;
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
    async *backup(ctx) {
        const client = await this.connected();
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
    async restore(ctx, manifest, artifacts) {
        const archive = artifacts.find((a) => a.record.kind === MONGO_ARCHIVE_KIND);
        if (!archive) {
            throw new errors/* VerificationError */.mk(`backup ${manifest.id} holds no ${MONGO_ARCHIVE_KIND} artifact (it has: ${artifacts.map((a) => a.record.name).join(', ') || 'none'})`);
        }
        const client = await this.connected();
        const stream = await archive.open();
        try {
            return await (0,restore/* restoreArchive */.B)(client, this.loc, this.o, { stream, name: `${manifest.id}/${archive.record.name}` }, ctx);
        }
        finally {
            stream.destroy();
        }
    }
    /**
     * The same fingerprint a backup of this location records: per collection the
     * document count and an order-independent digest of the raw BSON documents.
     */
    async fingerprint(ctx) {
        const client = await this.connected();
        let dbs;
        if (this.loc.db)
            dbs = [this.loc.db];
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
                const cursor = client.db(t.db).collection(t.coll).find({}, { raw: true });
                try {
                    while (await cursor.hasNext()) {
                        for (const d of cursor.readBufferedDocuments())
                            digest.add(d);
                        ctx.signal?.throwIfAborted();
                    }
                }
                catch (err) {
                    throw (0,mongodb_client/* describeMongoError */.AO)(err, this.location, `reading ${t.db}.${t.coll}`);
                }
                finally {
                    await cursor.close().catch(() => undefined);
                }
                prints.set((0,fingerprint/* fingerprintKey */.SV)(this.loc.db, t.db, t.coll), { count: digest.count, digest: digest.digest() });
            }
        };
        await Promise.all(Array.from({ length: this.o.parallelCollections }, worker));
        return (0,fingerprint/* buildFingerprint */.LV)(prints);
    }
    async close() {
        const c = this.client;
        this.client = undefined;
        await c?.close().catch(() => undefined);
    }
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
