export const id = 195;
export const ids = [195];
export const modules = {

/***/ 88195:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  RedisSource: () => (/* binding */ RedisSource)
});

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/formats/redis-records/format.ts
var format = __webpack_require__(39984);
;// CONCATENATED MODULE: ./src/formats/redis-records/writer.ts


/**
 * A Readable that a producer writes record frames into. `write()` resolves when
 * the consumer wants more, so a fast scan never runs ahead of a slow upload by
 * more than the stream's high-water mark plus one batch.
 */
class FrameStream extends external_node_stream_.Readable {
    // Several producers (one per cluster node) may wait at once.
    waiters = [];
    constructor(highWaterMark = 4 << 20) {
        super({ highWaterMark });
    }
    _read() {
        const w = this.waiters;
        this.waiters = [];
        for (const f of w)
            f();
    }
    async write(buf) {
        if (this.destroyed)
            throw new Error('record stream was closed by its reader');
        if (this.push(buf))
            return;
        await new Promise((resolve) => {
            this.waiters.push(resolve);
        });
        if (this.destroyed)
            throw this.errored ?? new Error('record stream was closed by its reader');
    }
    _destroy(err, cb) {
        // A destroyed stream never calls _read again: release a waiting producer.
        this._read();
        cb(err);
    }
    finish() {
        this.push(null);
    }
}
/** Counts what a record stream holds so the trailer can vouch for it. */
class Tally {
    keys = 0;
    perDb = new Map();
    vanished = 0;
    add(db) {
        this.keys++;
        this.perDb.set(db, (this.perDb.get(db) ?? 0) + 1);
    }
    trailer() {
        return { keys: this.keys, perDb: Object.fromEntries([...this.perDb].map(([d, n]) => [String(d), n])), vanished: this.vanished };
    }
}
/**
 * Writes a record stream: magic + header at start, frames in between, the
 * trailer at `end()`. Dump records are gathered into one buffer per batch (one
 * push per SCAN batch rather than one per key).
 */
class RedisRecordWriter {
    stream = new FrameStream();
    tally = new Tally();
    started = false;
    openKey;
    bytes = 0;
    async start(header) {
        this.started = true;
        await this.emit(Buffer.concat([format/* MAGIC */.mS, (0,format/* encodeHeader */.YS)(header)]));
    }
    async emit(buf) {
        if (!this.started)
            throw new Error('RedisRecordWriter: start() first');
        this.bytes += buf.length;
        await this.stream.write(buf);
    }
    /** Encodes many DUMP records in one buffer. */
    async dumps(items) {
        if (items.length === 0)
            return;
        let size = 0;
        for (const it of items)
            size += (0,format/* dumpFrameSize */.jj)(it.key, it.payload);
        const out = Buffer.allocUnsafe(size);
        let off = 0;
        for (const it of items) {
            off = (0,format/* writeDumpFrame */.Hi)(out, off, it.db, it.expireAt, it.key, it.payload);
            this.tally.add(it.db);
        }
        await this.emit(out);
    }
    async beginKey(db, expireAt, type, key) {
        if (this.openKey)
            throw new Error('RedisRecordWriter: a key is already open');
        this.openKey = { db, count: 0 };
        await this.emit((0,format/* encodeKey */.g2)(db, expireAt, type, key));
    }
    async chunk(chunk) {
        if (!this.openKey)
            throw new Error('RedisRecordWriter: chunk outside a key');
        this.openKey.count += (0,format/* chunkCount */.Fk)(chunk);
        await this.emit((0,format/* encodeChunk */.cB)(chunk));
    }
    async endKey() {
        if (!this.openKey)
            throw new Error('RedisRecordWriter: no open key');
        const { db, count } = this.openKey;
        this.openKey = undefined;
        this.tally.add(db);
        await this.emit((0,format/* encodeEnd */.mG)(count));
    }
    noteVanished(n = 1) {
        this.tally.vanished += n;
    }
    get keys() {
        return this.tally.keys;
    }
    async end() {
        if (this.openKey)
            throw new Error('RedisRecordWriter: end() inside a key');
        const t = this.tally.trailer();
        await this.emit((0,format/* encodeTrailer */.CH)(t));
        this.stream.finish();
        return t;
    }
    fail(err) {
        this.stream.destroy(err);
    }
}

// EXTERNAL MODULE: ./src/formats/rdb/parser.ts + 1 modules
var rdb_parser = __webpack_require__(79424);
// EXTERNAL MODULE: ./node_modules/ioredis/built/index.js
var built = __webpack_require__(67796);
// EXTERNAL MODULE: ./src/util/redact.ts
var redact = __webpack_require__(50767);
;// CONCATENATED MODULE: ./src/sources/redis/connect.ts



function clientOptions(conn, db = 0) {
    return {
        host: conn.host,
        port: conn.port,
        ...(conn.username ? { username: conn.username } : {}),
        ...(conn.password ? { password: conn.password } : {}),
        db,
        ...(conn.tls ? { tls: { ...conn.tls } } : {}),
        lazyConnect: true,
        // A backup tool must fail, not retry forever against a wrong host or password.
        retryStrategy: () => null,
        maxRetriesPerRequest: 0,
        enableReadyCheck: false,
        connectTimeout: 15_000,
        // Batches are pipelined explicitly (here and in resp.ts).
        enableAutoPipelining: false,
    };
}
/** Turns a driver error into one line that names the server and what to do. */
function describeRedisError(err, where, doing) {
    const msg = (0,errors/* errorMessage */.gJ)(err);
    const code = (0,errors/* errorCode */.CA)(err);
    if (/WRONGPASS|invalid password|invalid username-password|NOAUTH|AUTH.*without any password|Client sent AUTH/i.test(msg)) {
        return new errors/* UsageError */.eb(`${where}: authentication failed (${firstLine(msg)}); check the user name and password in the URI`, { cause: err });
    }
    if (/^NOPERM/i.test(msg)) {
        return new errors/* OperationalError */.LE(`${where}: the Redis user may not ${doing} (${firstLine(msg)}); grant it in the server's ACL`, { cause: err });
    }
    if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'ETIMEDOUT' || code === 'ECONNRESET' || /connect ETIMEDOUT/.test(msg)) {
        return new errors/* OperationalError */.LE(`${where}: cannot connect (${code ?? firstLine(msg)})`, { cause: err });
    }
    if (/certificate|self[- ]signed|SSL|TLS|wrong version number/i.test(msg)) {
        return new errors/* OperationalError */.LE(`${where}: TLS handshake failed (${firstLine(msg)}); for a private CA add ?ca=/path/ca.pem to the URI`, { cause: err });
    }
    return new errors/* OperationalError */.LE(`${where}: ${doing} failed: ${firstLine((0,redact/* redact */.E)(msg))}`, { cause: err });
}
function firstLine(s) {
    return s.split('\n')[0].slice(0, 300);
}
async function connectNode(conn, db = 0) {
    const addr = `${conn.host}:${conn.port}`;
    const client = new built.Redis(clientOptions(conn, db));
    let lastError;
    // ioredis reports socket errors as events too; keep them for the message instead of crashing.
    client.on('error', (e) => {
        lastError = e;
    });
    try {
        await client.connect();
        // AUTH failures surface on the first command when ready checks are off;
        // a user without PING rights is still a connected user.
        await client.ping().catch((e) => {
            if (!/^NOPERM/.test((0,errors/* errorMessage */.gJ)(e)))
                throw e;
        });
    }
    catch (err) {
        client.disconnect();
        // A refused socket rejects with a generic "Connection is closed"; the event carries the cause.
        const cause = err instanceof Error && /Connection is closed/.test(err.message) && lastError ? lastError : err;
        throw describeRedisError(cause, conn.display, 'connect');
    }
    return { client, addr, conn };
}
/** Redis releases and the RDB version each writes (rdb.h RDB_VERSION). */
function rdbVersionOf(name, version) {
    if (name !== 'redis')
        return null;
    const m = /^(\d+)\.(\d+)/.exec(version);
    if (!m)
        return null;
    const v = Number(m[1]) * 100 + Number(m[2]);
    if (v >= 704)
        return 12;
    if (v >= 702)
        return 11;
    if (v >= 700)
        return 10;
    if (v >= 500)
        return 9;
    if (v >= 400)
        return 8;
    if (v >= 302)
        return 7;
    if (v >= 206)
        return 6;
    return null;
}
function parseInfo(text) {
    const out = new Map();
    for (const line of text.split(/\r?\n/)) {
        const i = line.indexOf(':');
        if (i > 0 && !line.startsWith('#'))
            out.set(line.slice(0, i), line.slice(i + 1));
    }
    return out;
}
async function serverInfo(node) {
    let text;
    try {
        text = (await node.client.info('server')) + '\n' + (await node.client.info('keyspace')) + '\n' + (await node.client.info('cluster').catch(() => ''));
    }
    catch (err) {
        throw describeRedisError(err, node.conn.display, 'run INFO');
    }
    const info = parseInfo(text);
    // Valkey and other forks report a compatible redis_version plus their own name.
    const name = info.get('server_name') ?? (info.has('valkey_version') ? 'valkey' : 'redis');
    const version = info.get('valkey_version') ?? info.get('redis_version') ?? 'unknown';
    const keyspace = {};
    for (const [k, v] of info) {
        const m = /^db(\d+)$/.exec(k);
        if (!m)
            continue;
        const f = Object.fromEntries(v.split(',').map((kv) => kv.split('=')));
        keyspace[m[1]] = { keys: Number(f.keys ?? 0), expires: Number(f.expires ?? 0) };
    }
    return {
        name,
        version,
        rdbVersion: rdbVersionOf(name, version),
        cluster: info.get('cluster_enabled') === '1' || info.get('redis_mode') === 'cluster',
        keyspace,
    };
}
function versionAtLeast(version, major, minor = 0) {
    const m = /^(\d+)\.(\d+)/.exec(version);
    if (!m)
        return true;
    return Number(m[1]) > major || (Number(m[1]) === major && Number(m[2]) >= minor);
}
/** The primaries of a cluster, from CLUSTER SLOTS, with the slot ranges each serves. */
async function clusterPrimaries(seed) {
    let slots;
    try {
        slots = await seed.client.call('CLUSTER', 'SLOTS');
    }
    catch (err) {
        throw describeRedisError(err, seed.conn.display, 'run CLUSTER SLOTS');
    }
    const byAddr = new Map();
    for (const row of slots) {
        const [start, end, primary] = row;
        let host = String(primary[0] ?? '');
        // An empty or '?' endpoint means "the address you reached me on".
        if (!host || host === '?')
            host = seed.conn.host;
        const port = Number(primary[1]);
        const key = `${host}:${port}`;
        const e = byAddr.get(key) ?? { host, port, ranges: [] };
        e.ranges.push([start, end]);
        byAddr.set(key, e);
    }
    if (byAddr.size === 0)
        throw new errors/* OperationalError */.LE(`${seed.conn.display}: the cluster serves no slots (CLUSTER SLOTS is empty)`);
    return [...byAddr.values()];
}
/** Redis Cluster's key slot: CRC16/XMODEM of the key, or of its {hash tag}, mod 16384. */
const CRC16 = (() => {
    const t = new Uint16Array(256);
    for (let i = 0; i < 256; i++) {
        let c = i << 8;
        for (let k = 0; k < 8; k++)
            c = c & 0x8000 ? ((c << 1) ^ 0x1021) & 0xffff : (c << 1) & 0xffff;
        t[i] = c;
    }
    return t;
})();
function keySlot(key) {
    let s = 0;
    let e = key.length;
    const open = key.indexOf(0x7b);
    if (open >= 0) {
        const close = key.indexOf(0x7d, open + 1);
        if (close > open + 1) {
            s = open + 1;
            e = close;
        }
    }
    let crc = 0;
    for (let i = s; i < e; i++)
        crc = ((crc << 8) & 0xffff) ^ CRC16[((crc >> 8) ^ key[i]) & 0xff];
    return crc & 16383;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/catalog/fingerprint.ts
var fingerprint = __webpack_require__(56987);
// EXTERNAL MODULE: ./src/formats/rdb/lzf.ts
var lzf = __webpack_require__(1991);
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
const oneShot = external_node_crypto_.hash;
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
        this.h ??= external_node_crypto_.createHash('sha256');
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
        (0,lzf/* lzfDecompressInto */.o)(src, this.buf, ulen, s, e, this.n);
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
            d = external_node_crypto_.createHash('sha256').update(this.buf.subarray(0, this.n)).digest('binary');
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
                (0,lzf/* lzfDecompressInto */.o)(this.d, out, ulen, at, at + clen);
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
            (0,lzf/* lzfDecompressInto */.o)(d, out, ulen, at, at + clen);
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
class KeyDigester {
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
            const t = normalType((0,rdb_parser/* rdbTypeName */.g3)(rdbType));
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
    return (0,external_node_crypto_.createHash)('sha256').update(canonical).digest('hex');
}
/**
 * Where what a restore read differs from what the backup recorded, one line
 * per item (`db3.string: 4 keys recorded, 4 read, digests differ`); empty when
 * they agree.
 */
function fingerprintDifferences(recorded, read) {
    return (0,fingerprint/* itemDifferences */.E)(recorded.items, read.items, byItem).map(({ item: k, recorded: w, found: h }) => {
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
        case format/* ChunkKind */.Cy.STRING_PART:
            vd.stringPart(c.data);
            return;
        case format/* ChunkKind */.Cy.ELEMENTS:
            for (const e of c.items)
                vd.element(e);
            return;
        case format/* ChunkKind */.Cy.PAIRS:
            for (let i = 0; i + 1 < c.items.length; i += 2)
                vd.pair(c.items[i], c.items[i + 1]);
            return;
        case format/* ChunkKind */.Cy.SCORED:
            for (let i = 0; i < c.members.length; i++)
                vd.scored(c.members[i], c.scores[i]);
            return;
        case format/* ChunkKind */.Cy.STREAM_ENTRIES:
            for (const e of c.entries)
                vd.streamEntry(e.id, e.fields);
            return;
        case format/* ChunkKind */.Cy.STREAM_META:
            vd.streamLastId(c.meta.lastId);
            return;
        case format/* ChunkKind */.Cy.STREAM_GROUP:
            vd.streamGroup(c.group.name, c.group.lastDeliveredId);
            return;
        case format/* ChunkKind */.Cy.STREAM_CONSUMERS:
            for (const x of c.consumers)
                vd.streamConsumer(x.name);
            return;
        case format/* ChunkKind */.Cy.STREAM_PENDING:
            for (const p of c.pending)
                vd.streamPending(p.id, p.consumer, p.deliveryCount);
            return;
    }
}

;// CONCATENATED MODULE: ./src/sources/redis/glob.ts
/**
 * Redis' glob (the syntax of SCAN MATCH and KEYS) over raw bytes, so key
 * filters mean the same on the client as on the server: `*`, `?`, `[abc]`,
 * `[^a-z]`, and `\` to escape.
 */
function globMatch(pattern, s) {
    return matchAt(pattern, 0, s, 0, 0);
}
function matchAt(p, pi, s, si, depth) {
    // Redis caps recursion the same way (stringmatchlen_impl), keeping hostile patterns cheap.
    if (depth > 1000)
        return false;
    while (pi < p.length && si <= s.length) {
        const c = p[pi];
        if (c === 0x2a /* * */) {
            while (pi + 1 < p.length && p[pi + 1] === 0x2a)
                pi++;
            if (pi + 1 === p.length)
                return true;
            for (let k = si; k <= s.length; k++)
                if (matchAt(p, pi + 1, s, k, depth + 1))
                    return true;
            return false;
        }
        if (si >= s.length)
            return false;
        const ch = s[si];
        if (c === 0x3f /* ? */) {
            pi++;
            si++;
            continue;
        }
        if (c === 0x5b /* [ */) {
            pi++;
            const not = p[pi] === 0x5e; /* ^ */
            if (not)
                pi++;
            let hit = false;
            for (;;) {
                if (pi >= p.length)
                    break; // unterminated class: Redis treats the rest as the class
                const pc = p[pi];
                if (pc === 0x5c /* \ */ && pi + 1 < p.length) {
                    pi++;
                    if (p[pi] === ch)
                        hit = true;
                }
                else if (pc === 0x5d /* ] */) {
                    break;
                }
                else if (pi + 2 < p.length && p[pi + 1] === 0x2d /* - */) {
                    let lo = pc;
                    let hi = p[pi + 2];
                    if (lo > hi)
                        [lo, hi] = [hi, lo];
                    pi += 2;
                    if (ch >= lo && ch <= hi)
                        hit = true;
                }
                else if (pc === ch) {
                    hit = true;
                }
                pi++;
            }
            pi++; // past ']'
            if (not)
                hit = !hit;
            if (!hit)
                return false;
            si++;
            continue;
        }
        if (c === 0x5c /* \ */ && pi + 1 < p.length)
            pi++;
        if (p[pi] !== ch)
            return false;
        pi++;
        si++;
    }
    while (pi < p.length && p[pi] === 0x2a)
        pi++;
    return pi === p.length && si === s.length;
}
/** A key filter from include/exclude glob lists (empty include = everything). */
class KeyFilter {
    inc;
    exc;
    constructor(include, exclude) {
        this.inc = include.map((p) => Buffer.from(p, 'utf8'));
        this.exc = exclude.map((p) => Buffer.from(p, 'utf8'));
    }
    get active() {
        return this.inc.length > 0 || this.exc.length > 0;
    }
    /** A pattern SCAN MATCH can apply on the server, when the filter is exactly one include. */
    get serverPattern() {
        return this.inc.length === 1 && this.exc.length === 0 ? this.inc[0].toString('utf8') : undefined;
    }
    /** True when the client must still check keys that SCAN returns. */
    get clientSide() {
        return this.active && this.serverPattern === undefined;
    }
    test(key) {
        if (this.inc.length && !this.inc.some((p) => globMatch(p, key)))
            return false;
        return !this.exc.some((p) => globMatch(p, key));
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/util/format.ts
var util_format = __webpack_require__(32693);
;// CONCATENATED MODULE: ./src/sources/redis/options.ts




const REDIS_FORMATS = ['dump', 'portable', 'rdb'];
const QUERY_KEYS = ['ca', 'servername', 'insecure'];
/**
 * Parses `redis://[user[:password]@]host[:port][/db][?ca=…&servername=…&insecure=1]`
 * and `rediss://…` (TLS). Credentials are URL-decoded and registered so they
 * never reach a log.
 */
function parseRedisUri(raw, flag = '--source') {
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        throw new errors/* UsageError */.eb(`${flag}: '${(0,redact/* redact */.E)(raw)}' is not a valid URI; expected redis://[user:password@]host[:port][/db] or rediss://… for TLS`);
    }
    const scheme = url.protocol.toLowerCase();
    if (scheme !== 'redis:' && scheme !== 'rediss:') {
        throw new errors/* UsageError */.eb(`${flag}: '${(0,redact/* redact */.E)(raw)}' is not a redis:// or rediss:// URI`);
    }
    const display = (0,redact/* redact */.E)(raw);
    const host = url.hostname.replace(/^\[|\]$/g, '');
    if (!host)
        throw new errors/* UsageError */.eb(`${flag}: '${display}' has no host; expected redis://host[:port]`);
    const port = url.port ? Number(url.port) : 6379;
    const username = url.username ? decodeURIComponent(url.username) : undefined;
    const password = url.password ? decodeURIComponent(url.password) : undefined;
    (0,redact/* registerSecret */.c)(password);
    let db;
    const pathPart = url.pathname.replace(/^\/+|\/+$/g, '');
    if (pathPart) {
        if (!/^\d+$/.test(pathPart))
            throw new errors/* UsageError */.eb(`${flag}: '${display}' has path '/${pathPart}'; expected a database number like /0`);
        db = Number(pathPart);
    }
    for (const k of url.searchParams.keys()) {
        if (!QUERY_KEYS.includes(k))
            throw new errors/* UsageError */.eb(`${flag}: unknown parameter '${k}' in '${display}'; expected ${QUERY_KEYS.join(', ')}`);
    }
    let tls;
    if (scheme === 'rediss:') {
        const caPath = url.searchParams.get('ca');
        let ca;
        if (caPath) {
            try {
                ca = external_node_fs_.readFileSync(caPath);
            }
            catch (err) {
                throw new errors/* UsageError */.eb(`${flag}: cannot read the CA file '${caPath}' named in '${display}' (${err.message})`);
            }
        }
        const insecure = url.searchParams.get('insecure');
        tls = {
            servername: url.searchParams.get('servername') ?? (/^[\d.:]+$/.test(host) ? undefined : host),
            ...(ca ? { ca } : {}),
            rejectUnauthorized: !(insecure === '1' || insecure === 'true'),
        };
    }
    else if (url.searchParams.has('ca') || url.searchParams.has('insecure')) {
        throw new errors/* UsageError */.eb(`${flag}: '${display}' sets TLS parameters on a plain redis:// URI; use rediss://`);
    }
    return { host, port, username, password, db, tls, display };
}
function parseDbMap(v) {
    const out = new Map();
    if (v === undefined)
        return out;
    const pairs = typeof v === 'string'
        ? v
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean)
            .map((s) => {
            const m = /^(\d+):(\d+)$/.exec(s);
            if (!m)
                throw new errors/* UsageError */.eb(`--db-map: '${s}' is not FROM:TO (e.g. 0:5,1:6)`);
            return [m[1], m[2]];
        })
        : Object.entries(v);
    for (const [from, to] of pairs) {
        const f = Number(from);
        const t = Number(to);
        if (!Number.isInteger(f) || f < 0 || !Number.isInteger(t) || t < 0)
            throw new errors/* UsageError */.eb(`--db-map: '${from}:${to}' needs two database numbers`);
        out.set(f, t);
    }
    return out;
}
/**
 * Bytes of values in flight (--redis-batch-bytes). Backup: DUMP replies asked
 * for ahead. Restore: RESTORE commands sent and not yet answered; the restore
 * also holds the record stream's read-ahead. See bench/README.md for how
 * this default was chosen.
 */
const DEFAULT_BATCH_BYTES = 4 << 20;
function intOption(v, flag, dflt, min, max) {
    if (v === undefined || v === '')
        return dflt;
    const n = typeof v === 'number' ? v : /^\d+$/.test(v.trim()) ? Number(v.trim()) : NaN;
    if (!Number.isInteger(n) || n < min || n > max)
        throw new errors/* UsageError */.eb(`${flag}: '${v}'; expected an integer from ${min} to ${max}`);
    return n;
}
function sizeOption(v, flag, dflt, min, max) {
    if (v === undefined || v === '')
        return dflt;
    const n = typeof v === 'number' ? v : (0,util_format/* parseSize */.DB)(v);
    if (n === undefined || !Number.isInteger(n) || n < min || n > max)
        throw new errors/* UsageError */.eb(`${flag}: '${v}'; expected a size from ${min >> 10}KiB to ${max >> 20}MiB, e.g. 4MiB`);
    return n;
}
function resolveOptions(o, conn) {
    const format = o.redisFormat ?? 'dump';
    if (!REDIS_FORMATS.includes(format))
        throw new errors/* UsageError */.eb(`--redis-format: '${String(format)}'; expected one of ${REDIS_FORMATS.join(', ')}`);
    const scanCount = intOption(o.scanCount, '--scan-count', 1000, 1, 1_000_000);
    const asked = o.dbs?.length ? o.dbs.map((d) => intOption(d, '--db', 0, 0, 1_000_000)) : undefined;
    const dbs = asked;
    const batchBytes = sizeOption(o.batchBytes, '--redis-batch-bytes', DEFAULT_BATCH_BYTES, 64 << 10, 1 << 30);
    return {
        format,
        dbs: dbs ? [...new Set(dbs)].sort((a, b) => a - b) : undefined,
        scanCount,
        include: [...(o.keyInclude ?? []), ...(o.include ?? [])],
        exclude: [...(o.keyExclude ?? []), ...(o.exclude ?? [])],
        replace: !!(o.replace || o.drop || o.overwrite),
        flush: !!o.flush,
        dbMap: parseDbMap(o.dbMap),
        batchBytes,
        uriDb: conn.db,
    };
}

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(77030);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(41692);
;// CONCATENATED MODULE: ./src/sources/redis/resp.ts



/**
 * A minimal pipelined RESP2 connection for the hot paths (DUMP batches during
 * backup, RESTORE batches during restore). A general client spends most of its
 * time per command (objects, promises, argument conversion); here a batch of
 * commands is one buffer list written with writev, and its replies are one
 * array parsed straight into Buffers that point into the received chunks.
 * Large bulk replies are assembled in a buffer of their announced size, so a
 * 100 MB value costs one copy, not one per chunk.
 */
class RespError extends Error {
    constructor(message) {
        super(message);
        this.name = 'RespError';
    }
}
const CRLF = Buffer.from('\r\n');
const OK = Buffer.from('OK');
/** Writes a non-negative safe integer's decimal digits at `p`; returns the position after them. */
function digitsOf(n) {
    let digits = 1;
    for (let t = n; t >= 10; t = Math.floor(t / 10))
        digits++;
    return digits;
}
function writeUint(c, p, n) {
    if (n < 10) {
        c[p] = 0x30 + n;
        return p + 1;
    }
    const digits = digitsOf(n);
    let q = p + digits;
    for (let t = n; t > 0; t = Math.floor(t / 10))
        c[--q] = 0x30 + (t % 10);
    return p + digits;
}
/** Encodes commands; small parts are packed together, large Buffers are passed through uncopied. */
class CommandEncoder {
    parts = [];
    cur = Buffer.allocUnsafe(64 * 1024);
    pos = 0;
    count = 0;
    bytes = 0;
    room(n) {
        if (this.pos + n <= this.cur.length)
            return;
        this.cut();
        if (n > this.cur.length)
            this.cur = Buffer.allocUnsafe(n);
    }
    cut() {
        if (this.pos > 0) {
            this.parts.push(this.cur.subarray(0, this.pos));
            this.cur = this.cur.length - this.pos >= 16 * 1024 ? this.cur.subarray(this.pos) : Buffer.allocUnsafe(64 * 1024);
            this.pos = 0;
        }
    }
    /** Writes `<prefix><n>\r\n` (a RESP array or bulk header) without making a string. */
    header(prefix, n) {
        this.room(24);
        const c = this.cur;
        let p = this.pos;
        c[p++] = prefix;
        p = writeUint(c, p, n);
        c[p++] = 13;
        c[p++] = 10;
        this.pos = p;
    }
    command(args) {
        this.header(0x2a, args.length);
        for (const a of args) {
            if (Buffer.isBuffer(a)) {
                this.bulk(a);
            }
            else if (typeof a === 'number' && Number.isSafeInteger(a) && a >= 0) {
                // Expiry times, counts: digits written in place (a string per number is garbage per command).
                const len = digitsOf(a);
                this.header(0x24, len);
                this.room(len + 2);
                this.pos = writeUint(this.cur, this.pos, a);
                this.cur[this.pos++] = 13;
                this.cur[this.pos++] = 10;
                this.bytes += len;
            }
            else {
                const str = typeof a === 'number' ? String(a) : a;
                const len = Buffer.byteLength(str);
                this.header(0x24, len);
                this.room(len + 2);
                this.pos += this.cur.write(str, this.pos);
                this.cur[this.pos++] = 13;
                this.cur[this.pos++] = 10;
                this.bytes += len;
            }
        }
        this.count++;
    }
    /**
     * A two-argument command whose name is a constant (DUMP key): the hot path
     * of a backup, written without building an argument array or strings.
     */
    command2(name, key) {
        this.header(0x2a, 2);
        this.bulk(name);
        this.bulk(key);
        this.count++;
    }
    /** A bulk string: small ones are copied into the current buffer, large ones passed through uncopied. */
    bulk(a) {
        this.header(0x24, a.length);
        if (a.length > 4096) {
            this.cut();
            this.parts.push(a, CRLF);
        }
        else {
            this.room(a.length + 2);
            this.pos += a.copy(this.cur, this.pos);
            this.cur[this.pos++] = 13;
            this.cur[this.pos++] = 10;
        }
        this.bytes += a.length;
    }
    take() {
        this.cut();
        const p = this.parts;
        this.parts = [];
        this.count = 0;
        this.bytes = 0;
        return p;
    }
}
/** The decimal integer in b[start, end) (an optional '-' first), without making a string. */
function parseIntAt(b, start, end) {
    let i = start;
    let neg = false;
    if (b[i] === 0x2d) {
        neg = true;
        i++;
    }
    if (end - i > 15 || i >= end)
        return Number(b.toString('latin1', start, end));
    let n = 0;
    for (; i < end; i++) {
        const d = b[i] - 0x30;
        if (d < 0 || d > 9)
            return NaN;
        n = n * 10 + d;
    }
    return neg ? -n : n;
}
/** Incremental RESP2 parser: feed chunks, get complete top-level replies. */
class Parser {
    onReply;
    buf = Buffer.alloc(0);
    pos = 0;
    stack = [];
    bulk;
    constructor(onReply) {
        this.onReply = onReply;
    }
    feed(chunk) {
        if (this.bulk) {
            const b = this.bulk;
            const n = Math.min(chunk.length, b.out.length - b.filled);
            chunk.copy(b.out, b.filled, 0, n);
            b.filled += n;
            if (b.filled < b.out.length)
                return;
            this.bulk = undefined;
            this.emit(b.out.subarray(0, b.out.length - 2));
            chunk = chunk.subarray(n);
            if (chunk.length === 0)
                return;
        }
        this.buf = this.pos < this.buf.length ? Buffer.concat([this.buf.subarray(this.pos), chunk]) : chunk;
        this.pos = 0;
        this.run();
    }
    emit(v) {
        for (;;) {
            const top = this.stack[this.stack.length - 1];
            if (!top) {
                this.onReply(v);
                return;
            }
            top.arr.push(v);
            if (--top.left > 0)
                return;
            this.stack.pop();
            v = top.arr;
        }
    }
    run() {
        const b = this.buf;
        while (this.pos < b.length) {
            const start = this.pos;
            const nl = b.indexOf(10, start);
            if (nl < 0)
                return;
            const type = b[start];
            const lineEnd = nl - 1; // before \r
            switch (type) {
                case 0x24 /* $ */: {
                    const len = parseIntAt(b, start + 1, lineEnd);
                    if (len < 0) {
                        this.pos = nl + 1;
                        this.emit(null);
                        break;
                    }
                    const dataStart = nl + 1;
                    if (dataStart + len + 2 <= b.length) {
                        this.pos = dataStart + len + 2;
                        this.emit(b.subarray(dataStart, dataStart + len));
                        break;
                    }
                    // Not all here: assemble it in its own buffer as the rest arrives.
                    const out = Buffer.allocUnsafe(len + 2);
                    const have = b.length - dataStart;
                    b.copy(out, 0, dataStart);
                    this.bulk = { out, filled: have };
                    this.pos = b.length;
                    return;
                }
                case 0x3a /* : */:
                    this.pos = nl + 1;
                    this.emit(parseIntAt(b, start + 1, lineEnd));
                    break;
                case 0x2b /* + */:
                    this.pos = nl + 1;
                    // Nearly every status reply of a restore is +OK: one shared Buffer, not one per reply.
                    this.emit(lineEnd - start === 3 && b[start + 1] === 0x4f && b[start + 2] === 0x4b ? OK : b.subarray(start + 1, lineEnd));
                    break;
                case 0x2d /* - */:
                    this.pos = nl + 1;
                    this.emit(new RespError(b.toString('utf8', start + 1, lineEnd)));
                    break;
                case 0x2a /* * */: {
                    const n = parseIntAt(b, start + 1, lineEnd);
                    this.pos = nl + 1;
                    if (n < 0)
                        this.emit(null);
                    else if (n === 0)
                        this.emit([]);
                    else
                        this.stack.push({ arr: [], left: n });
                    break;
                }
                default:
                    throw new errors/* OperationalError */.LE(`unexpected byte 0x${type.toString(16)} in a Redis reply`);
            }
        }
    }
}
class RespConn {
    socket;
    display;
    queue = [];
    failure;
    parser;
    constructor(socket, display) {
        this.socket = socket;
        this.display = display;
        this.parser = new Parser((r) => this.onReply(r));
        socket.on('data', (d) => {
            try {
                this.parser.feed(d);
            }
            catch (e) {
                this.fail(e);
            }
        });
        socket.on('error', (e) => this.fail(new errors/* OperationalError */.LE(`${display}: connection failed (${e.code ?? e.message})`, { cause: e })));
        socket.on('close', () => this.fail(new errors/* OperationalError */.LE(`${display}: the server closed the connection`)));
    }
    static async connect(conn, db = 0) {
        const socket = conn.tls
            ? external_node_tls_.connect({ host: conn.host, port: conn.port, servername: conn.tls.servername, ca: conn.tls.ca, rejectUnauthorized: conn.tls.rejectUnauthorized })
            : external_node_net_.connect({ host: conn.host, port: conn.port });
        socket.setNoDelay(true);
        await new Promise((resolve, reject) => {
            socket.once(conn.tls ? 'secureConnect' : 'connect', () => resolve());
            socket.once('error', (e) => reject(new errors/* OperationalError */.LE(`${conn.display}: cannot connect (${e.code ?? e.message})`, { cause: e })));
        });
        const c = new RespConn(socket, conn.display);
        if (conn.password) {
            const [r] = await c.call([conn.username ? ['AUTH', conn.username, conn.password] : ['AUTH', conn.password]]);
            if (r instanceof RespError) {
                c.close();
                throw new errors/* UsageError */.eb(`${conn.display}: authentication failed (${r.message}); check the user name and password in the URI`);
            }
        }
        if (db !== 0) {
            const [r] = await c.call([['SELECT', db]]);
            if (r instanceof RespError) {
                c.close();
                throw new errors/* OperationalError */.LE(`${conn.display}: SELECT ${db} failed (${r.message})`);
            }
        }
        return c;
    }
    onReply(r) {
        const p = this.queue[0];
        if (!p)
            return this.fail(new errors/* OperationalError */.LE(`${this.display}: a reply nobody asked for`));
        p.replies.push(r);
        if (p.replies.length === p.count) {
            this.queue.shift();
            p.resolve(p.replies);
        }
    }
    fail(e) {
        if (this.failure)
            return;
        this.failure = e;
        for (const p of this.queue.splice(0))
            p.reject(e);
        this.socket.destroy();
    }
    drained;
    /**
     * Sends an encoded batch; the promise resolves with its `count` replies
     * (errors come back as RespError values). Call `writable()` before sending
     * more to respect the socket's backpressure.
     */
    send(parts, count) {
        if (this.failure)
            return Promise.reject(this.failure);
        const done = new Promise((resolve, reject) => this.queue.push({ count, replies: [], resolve, reject }));
        this.socket.cork();
        let ok = true;
        for (const p of parts)
            ok = this.socket.write(p);
        this.socket.uncork();
        if (!ok && !this.drained) {
            this.drained = new Promise((r) => this.socket.once('drain', () => {
                this.drained = undefined;
                r();
            }));
        }
        return done;
    }
    /** Resolves once the socket has flushed what was written (immediately if it has). */
    writable() {
        return this.drained ?? Promise.resolve();
    }
    async call(cmds) {
        const enc = new CommandEncoder();
        for (const c of cmds)
            enc.command(c);
        return this.send(enc.take(), cmds.length);
    }
    close() {
        this.failure ??= new errors/* OperationalError */.LE(`${this.display}: connection closed`);
        this.socket.destroy();
    }
}

// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
// EXTERNAL MODULE: ./src/util/worker-script.ts
var worker_script = __webpack_require__(46902);
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
const SLOT = 1 << 20;
const WINDOW = 4;
/** The worker's young generation (semi-spaces included), MiB. */
const YOUNG_MB = 3;
/** Per entry: db u32, sign u8, key length u32, payload length u32. */
const ENTRY_HEAD = 13;
/** The digest worker's script (dist/digest-worker/index.js, lib/sources/redis/digest-worker.js), if this build has one. */
function digestWorkerScript(env = process.env) {
    return (0,worker_script/* workerScript */.w)(import.meta.url, 'digest-worker', 'BAKUP_DIGEST_WORKER', env);
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
        const w = new external_node_worker_threads_.Worker(this.script, { execArgv: [], resourceLimits: { maxYoungGenerationSizeMb: YOUNG_MB } });
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

;// CONCATENATED MODULE: ./src/sources/redis/scan.ts






/**
 * SCAN in batches, keeping one SCAN in flight while the caller works on the
 * previous batch, so the server is never idle waiting for the client.
 * SCAN is not point-in-time: a key present for the whole scan is returned at
 * least once; keys created or deleted meanwhile may or may not be.
 */
async function* scanBatches(node, count, filter, signal) {
    const match = filter.serverPattern;
    const scan = (cursor) => {
        const args = [cursor];
        if (match !== undefined)
            args.push('MATCH', match);
        args.push('COUNT', count);
        const p = node.client.scanBuffer(...args);
        p.catch(() => undefined); // awaited below; this only keeps an abandoned lookahead from going unhandled
        return p;
    };
    let next = scan('0');
    for (;;) {
        if (signal?.aborted)
            throw new errors/* OperationalError */.LE('backup aborted');
        let reply;
        try {
            reply = await next;
        }
        catch (err) {
            throw describeRedisError(err, `${node.conn.display} (${node.addr})`, 'SCAN');
        }
        const cursor = reply[0].toString('latin1');
        const done = cursor === '0';
        if (!done)
            next = scan(cursor);
        // SCAN may return a key twice when the server resizes its table mid-scan.
        // Remembering every key to drop repeats would cost memory per key, so a
        // repeat reaches the backup and restore keeps its later copy (see restore.ts).
        const keys = filter.clientSide ? reply[1].filter((k) => filter.test(k)) : reply[1];
        if (keys.length)
            yield keys;
        if (done)
            return;
    }
}
/** DUMP batches in flight per node, and SCAN batches read ahead. */
const DEPTH = 4;
/** Runs `src` ahead of its consumer, keeping up to `depth` items ready. */
async function* ahead(src, depth) {
    const ready = [];
    let finished = false;
    let failure;
    let wakeConsumer;
    let wakeProducer;
    let stopped = false;
    const pump = (async () => {
        try {
            for await (const item of src) {
                ready.push(item);
                wakeConsumer?.();
                while (ready.length >= depth && !stopped)
                    await new Promise((r) => (wakeProducer = r));
                if (stopped)
                    break;
            }
        }
        catch (err) {
            failure = { err };
        }
        finally {
            finished = true;
            wakeConsumer?.();
        }
    })();
    try {
        for (;;) {
            if (ready.length) {
                const item = ready.shift();
                wakeProducer?.();
                yield item;
                continue;
            }
            if (failure)
                throw failure.err;
            if (finished)
                return;
            await new Promise((r) => (wakeConsumer = r));
            wakeConsumer = undefined;
        }
    }
    finally {
        stopped = true;
        wakeProducer?.();
        await pump;
    }
}
const DUMP = Buffer.from('DUMP');
const PEXPIRETIME = Buffer.from('PEXPIRETIME');
const PTTL = Buffer.from('PTTL');
/** Errors that mean "this user may not run scripts" rather than "the script failed". */
const NO_SCRIPTING = /NOPERM|unknown command|not allowed|disabled|can't run this command/i;
function typesScript(modern) {
    // Redis >= 7: declare no writes and undeclared cross-slot key access (every key
    // SCAN returns on a cluster node is local to it, but in many slots).
    const head = modern ? '#!lua flags=no-writes,allow-cross-slot-keys\n' : '';
    return `${head}local out = {}
for i = 1, #ARGV do
  out[i] = redis.call('TYPE', ARGV[i])['ok']
end
return out
`;
}
function defineScripts(node, serverVersion) {
    node.client.defineCommand('bakupTypes', { numberOfKeys: 0, lua: typesScript(versionAtLeast(serverVersion, 7, 0)) });
}
function replyError(r, display, doing) {
    return r instanceof RespError ? describeRedisError(r, display, doing) : undefined;
}
/**
 * Runs `scan` on every node at once (a backup's or a drill's DUMP scan), each
 * node with its two connections (DumpScanner says why SCAN has its own),
 * closed when its scan ends, and one DumpDigests for all: every value digest
 * is in `fp` when this resolves.
 */
async function scanDumpNodes(nodes, fp, scan) {
    const digests = new DumpDigests(fp);
    try {
        await Promise.all(nodes.map(async (node) => {
            const conn = await RespConn.connect(node.conn);
            const scanConn = await RespConn.connect(node.conn).catch((err) => {
                conn.close();
                throw err;
            });
            try {
                await scan(node, conn, scanConn, digests);
            }
            finally {
                conn.close();
                scanConn.close();
            }
        }));
        await digests.finish();
    }
    finally {
        digests.close();
    }
}
/**
 * Logical backup of one node: SCAN → DUMP (+ absolute expiry) → record frames.
 * Measured on Redis 7.0 (bench/README.md), DUMP inside a Lua script costs the
 * server about twice what pipelined DUMP commands do, so batches are plain
 * pipelines on a lean connection (resp.ts). SCAN runs ahead on a connection of
 * its own (`scanConn`): behind the DUMPs on the same connection, each SCAN
 * reply waits for every DUMP batch sent before it, so new keys could come only
 * as fast as the server emptied its queue (reasoned, not measured alone: it
 * went in with the digest worker, bench/README.md). Up to DEPTH DUMP
 * batches wait at the server while the previous ones are encoded, so the
 * server and the client work at the same time; value digests go to a worker
 * thread (digest-queue.ts) where the build has one. Expiry is asked only in
 * databases that had expiring keys when the backup started (PEXPIRETIME on
 * Redis >= 7, PTTL + TIME before). Batches are sized from the values seen so
 * far to keep a reply near `budget` / DEPTH bytes. Measured again for the
 * expiry: one script call per batch returning every key's PEXPIRETIME cost the
 * server 25 % more than the pipelined commands (Lua's per-call overhead exceeds
 * a dispatch).
 */
class DumpScanner {
    conn;
    display;
    writer;
    fp;
    digests;
    ctx;
    opts;
    stats;
    modern;
    avgPayload = 1024;
    constructor(conn, display, serverVersion, 
    /** Where the DUMPs go; none when only the fingerprint is wanted (a drill reading its target). */
    writer, fp, 
    /** Where value digests are computed (the caller finishes it, then reads `fp`). */
    digests, ctx, opts, stats) {
        this.conn = conn;
        this.display = display;
        this.writer = writer;
        this.fp = fp;
        this.digests = digests;
        this.ctx = ctx;
        this.opts = opts;
        this.stats = stats;
        this.modern = versionAtLeast(serverVersion, 7, 0);
    }
    async scanDb(db, select, hasExpires) {
        if (select) {
            for (const c of new Set([this.conn, this.opts.scanConn ?? this.conn])) {
                const [r] = await c.call([['SELECT', db]]);
                const err = replyError(r, this.display, `SELECT database ${db}`);
                if (err)
                    throw err;
            }
        }
        // Replies are encoded in request order; up to DEPTH requests wait at the server
        // so that it never idles while this process is busy (or descheduled).
        // (Gathering the keys of several SCAN replies into bigger requests was
        // measured: no faster, 25 MiB more peak RSS.)
        const queue = [];
        let last = Promise.resolve();
        const perReply = Math.max(64 << 10, Math.floor(this.opts.budget / DEPTH));
        for await (const keys of ahead(this.scan(), DEPTH)) {
            for (let i = 0; i < keys.length;) {
                const n = Math.max(8, Math.min(keys.length - i, Math.floor(perReply / Math.max(64, this.avgPayload))));
                const part = keys.slice(i, i + n);
                i += n;
                const reply = this.request(part, hasExpires);
                const prev = last;
                last = (async () => {
                    const r = await reply;
                    await prev;
                    await this.emit(db, part, r, hasExpires);
                })();
                last.catch(() => undefined);
                queue.push(last);
                if (queue.length >= DEPTH)
                    await queue.shift();
            }
        }
        await Promise.all(queue);
    }
    async *scan() {
        const match = this.opts.filter.serverPattern;
        const send = (cursor) => {
            const args = ['SCAN', cursor];
            if (match !== undefined)
                args.push('MATCH', match);
            args.push('COUNT', this.opts.count);
            const p = (this.opts.scanConn ?? this.conn).call([args]);
            p.catch(() => undefined);
            return p;
        };
        let next = send('0');
        for (;;) {
            if (this.ctx.signal?.aborted)
                throw new errors/* OperationalError */.LE('backup aborted');
            const [r] = await next;
            const err = replyError(r, this.display, 'SCAN');
            if (err)
                throw err;
            const [cursor, keys] = r;
            const done = cursor.length === 1 && cursor[0] === 0x30;
            if (!done)
                next = send(cursor);
            const list = this.opts.filter.clientSide ? keys.filter((k) => this.opts.filter.test(k)) : keys;
            if (list.length)
                yield list;
            if (done)
                return;
        }
    }
    request(keys, ttl) {
        const enc = new CommandEncoder();
        const expiry = this.modern ? PEXPIRETIME : PTTL;
        for (const k of keys) {
            enc.command2(DUMP, k);
            if (ttl)
                enc.command2(expiry, k);
        }
        if (ttl && !this.modern)
            enc.command(['TIME']);
        const count = enc.count;
        return this.conn.send(enc.take(), count);
    }
    async emit(db, keys, r, ttl) {
        const step = ttl ? 2 : 1;
        let now = 0;
        if (ttl && !this.modern) {
            const t = r[r.length - 1];
            now = Number(t[0].toString()) * 1000 + Math.floor(Number(t[1].toString()) / 1000);
        }
        const items = [];
        let bytes = 0;
        for (let i = 0; i < keys.length; i++) {
            const payload = r[i * step];
            const err = replyError(payload, this.display, 'DUMP');
            if (err)
                throw err;
            let expireAt = -1;
            if (ttl) {
                const t = r[i * step + 1];
                const terr = replyError(t, this.display, this.modern ? 'PEXPIRETIME' : 'PTTL');
                if (terr)
                    throw terr;
                const v = t;
                // -2: the key went away between DUMP and the expiry query; so does its backup.
                if (v === -2) {
                    this.vanished();
                    continue;
                }
                expireAt = v < 0 ? -1 : this.modern ? v : now + v;
            }
            if (payload === null) {
                this.vanished();
                continue;
            }
            const p = payload;
            items.push({ db, key: keys[i], expireAt, payload: p });
            bytes += p.length;
        }
        if (items.length)
            this.avgPayload = this.avgPayload * 0.5 + (bytes / items.length) * 0.5;
        const label = this.opts.label ? this.opts.label(db) : db;
        if (this.fp.legacy)
            for (const it of items)
                this.fp.add(label, normalType((0,rdb_parser/* rdbTypeName */.g3)(it.payload[0])), it.key);
        else
            for (const it of items)
                this.digests.add(label, it.key, it.payload);
        this.stats.keys += items.length;
        this.stats.bytes += bytes;
        this.ctx.progress.addItems(items.length);
        if (this.writer)
            await this.writer.dumps(items);
        const room = this.digests.ready();
        if (room)
            await room;
    }
    vanished() {
        this.stats.vanished++;
        this.writer?.noteVanished();
    }
}
/** TYPE for a batch of keys: one script call, or a pipeline without scripting rights. */
async function typesOf(node, keys, state) {
    if (state.scripting) {
        try {
            return await node.client.bakupTypes(...keys);
        }
        catch (err) {
            if (!NO_SCRIPTING.test((0,errors/* errorMessage */.gJ)(err)))
                throw describeRedisError(err, node.conn.display, 'TYPE keys (script)');
            state.scripting = false;
        }
    }
    const p = node.client.pipeline();
    for (const k of keys)
        p.type(k);
    const res = (await p.exec()) ?? [];
    return res.map(([err, t]) => {
        if (err)
            throw describeRedisError(err, node.conn.display, 'TYPE');
        return String(t);
    });
}
/** The fingerprint of what a node holds now: SCAN + TYPE over the given databases. */
async function fingerprintNode(node, dbs, select, count, filter, fp, signal, label = (db) => db) {
    const state = { scripting: true };
    for (const db of dbs) {
        if (select) {
            try {
                await node.client.select(db);
            }
            catch (err) {
                throw describeRedisError(err, node.conn.display, `SELECT database ${db}`);
            }
        }
        for await (const keys of scanBatches(node, count, filter, signal)) {
            const types = await typesOf(node, keys, state);
            for (let i = 0; i < keys.length; i++) {
                const t = normalType(types[i]);
                if (t !== 'none')
                    fp.add(label(db), t, keys[i]);
            }
        }
    }
}

;// CONCATENATED MODULE: ./src/sources/redis/portable.ts







/** Elements per chunk (and the size up to which a collection is read in one command). */
const CHUNK = 1000;
/** Bytes per string piece. */
const STRING_PIECE = 1 << 20;
const PORTABLE = ['string', 'list', 'set', 'zset', 'hash', 'stream'];
/** Redis prints infinite scores as inf / -inf; everything else is a %.17g decimal that parses back exactly. */
function parseScore(b) {
    const s = b.toString().toLowerCase();
    if (s === 'inf' || s === '+inf')
        return Infinity;
    if (s === '-inf')
        return -Infinity;
    const n = Number(s);
    if (Number.isNaN(n))
        throw new Error(`unparsable sorted-set score '${s}'`);
    return n;
}
/** The ID right after `id` (for paging without the exclusive ranges of Redis >= 6.2). */
function nextStreamId(id) {
    const [ms, seq] = id.split('-');
    const s = BigInt(seq);
    return s === 0xffffffffffffffffn ? `${BigInt(ms) + 1n}-0` : `${ms}-${s + 1n}`;
}
function pairs(reply) {
    const m = new Map();
    const a = reply;
    for (let i = 0; i + 1 < a.length; i += 2)
        m.set(String(a[i]), a[i + 1]);
    return m;
}
function idText(v) {
    return Buffer.isBuffer(v) ? v.toString('latin1') : String(v);
}
/**
 * Portable backup: every value read with ordinary read commands and written as
 * per-type records that any Redis version can load with ordinary write
 * commands. Small values are read for a whole SCAN batch in two pipelined
 * round trips; big values and streams are paged (1000 elements or 1 MiB a
 * page), so memory holds one page whatever the key's size. A big value that
 * changes while it is paged is not captured atomically.
 */
class PortableScanner {
    node;
    writer;
    fp;
    ctx;
    opts;
    stats;
    warn;
    modern;
    now = Date.now();
    /** The digest of the key being written, fed the same chunks the record stream gets. */
    vd = new RedisValueDigest();
    constructor(node, serverVersion, writer, fp, ctx, opts, stats, warn) {
        this.node = node;
        this.writer = writer;
        this.fp = fp;
        this.ctx = ctx;
        this.opts = opts;
        this.stats = stats;
        this.warn = warn;
        this.modern = versionAtLeast(serverVersion, 7, 0);
    }
    fail(err, doing) {
        return describeRedisError(err, this.node.conn.display, doing);
    }
    async scanDb(db, select) {
        if (select) {
            try {
                await this.node.client.select(db);
            }
            catch (err) {
                throw this.fail(err, `SELECT database ${db}`);
            }
        }
        for await (const keys of scanBatches(this.node, this.opts.count, this.opts.filter, this.ctx.signal)) {
            const metas = await this.metas(keys);
            const small = [];
            const big = [];
            for (let i = 0; i < keys.length; i++) {
                const m = metas[i];
                if (m.type === 'none') {
                    this.vanished();
                    continue;
                }
                if (!PORTABLE.includes(m.type)) {
                    this.warn(`key ${printable(keys[i])} in db ${db} has module type '${m.type}', which portable mode cannot read; it is not in the backup (use --redis-format dump)`);
                    continue;
                }
                const isSmall = m.type === 'string' ? m.size <= STRING_PIECE : m.type !== 'stream' && m.size <= CHUNK;
                (isSmall ? small : big).push(i);
            }
            if (small.length)
                await this.readSmall(db, small.map((i) => keys[i]), small.map((i) => metas[i]));
            for (const i of big)
                await this.readBig(db, keys[i], metas[i]);
        }
    }
    vanished() {
        this.stats.vanished++;
        this.writer.noteVanished();
    }
    /** TYPE, absolute expiry and size of each key: two pipelined round trips. */
    async metas(keys) {
        const p = this.node.client.pipeline();
        for (const k of keys) {
            p.type(k);
            if (this.modern)
                p.call('PEXPIRETIME', k);
            else
                p.pttl(k);
        }
        p.time();
        const res = (await p.exec()) ?? [];
        const t = res[res.length - 1]?.[1];
        this.now = t ? Number(t[0]) * 1000 + Math.floor(Number(t[1]) / 1000) : Date.now();
        const metas = keys.map((_, i) => {
            const [e1, type] = res[2 * i];
            const [e2, ttl] = res[2 * i + 1];
            if (e1 || e2)
                throw this.fail(e1 ?? e2, 'TYPE/PTTL');
            const n = Number(ttl);
            return { type: String(type), expireAt: this.modern ? (n === -2 ? -1 : n) : n >= 0 ? this.now + n : -1, size: 0 };
        });
        const q = this.node.client.pipeline();
        const sizeCmd = { string: 'STRLEN', list: 'LLEN', set: 'SCARD', zset: 'ZCARD', hash: 'HLEN', stream: 'XLEN' };
        const asked = [];
        keys.forEach((k, i) => {
            const c = sizeCmd[metas[i].type];
            if (c) {
                q.call(c, k);
                asked.push(i);
            }
        });
        if (asked.length) {
            const sizes = (await q.exec()) ?? [];
            asked.forEach((i, j) => {
                const [err, n] = sizes[j];
                // WRONGTYPE: the key changed type between the two round trips; the big-value path re-reads it.
                metas[i].size = err ? Number.MAX_SAFE_INTEGER : Number(n);
            });
        }
        return metas;
    }
    async readSmall(db, keys, metas) {
        const p = this.node.client.pipeline();
        keys.forEach((k, i) => {
            switch (metas[i].type) {
                case 'string':
                    p.getBuffer(k);
                    break;
                case 'list':
                    p.lrangeBuffer(k, 0, -1);
                    break;
                case 'set':
                    p.smembersBuffer(k);
                    break;
                case 'zset':
                    p.zrangeBuffer(k, 0, -1, 'WITHSCORES');
                    break;
                case 'hash':
                    // Upper-case name: ioredis' hgetall reply transformer (an object with string
                    // keys, losing binary field names) is registered for the lower-case name only.
                    p.callBuffer('HGETALL', k);
                    break;
            }
        });
        const res = (await p.exec()) ?? [];
        for (let i = 0; i < keys.length; i++) {
            const [err, v] = res[i];
            const m = metas[i];
            const key = keys[i];
            if (err) {
                if (err instanceof built.ReplyError && /WRONGTYPE/.test((0,errors/* errorMessage */.gJ)(err))) {
                    await this.readBig(db, key, { ...m, type: await this.typeOf(key) });
                    continue;
                }
                throw this.fail(err, `read ${m.type} ${printable(key)}`);
            }
            if (v === null || (Array.isArray(v) && v.length === 0)) {
                this.vanished();
                continue;
            }
            const type = m.type;
            await this.beginKey(db, m.expireAt, type, key);
            switch (type) {
                case 'string':
                    if (v.length)
                        await this.chunk({ kind: format/* ChunkKind */.Cy.STRING_PART, data: v });
                    break;
                case 'list':
                case 'set':
                    await this.chunk({ kind: format/* ChunkKind */.Cy.ELEMENTS, items: v });
                    break;
                case 'zset':
                    await this.writeScored(v);
                    break;
                case 'hash':
                    await this.chunk({ kind: format/* ChunkKind */.Cy.PAIRS, items: flattenHash(v) });
                    break;
            }
            await this.endKey();
            this.counted(db, type, key);
        }
    }
    async beginKey(db, expireAt, type, key) {
        this.vd.begin(type, key);
        await this.writer.beginKey(db, expireAt, type, key);
    }
    async chunk(c) {
        digestChunk(this.vd, c);
        await this.writer.chunk(c);
    }
    async endKey() {
        await this.writer.endKey();
    }
    async typeOf(key) {
        return String(await this.node.client.type(key));
    }
    counted(db, type, key) {
        if (this.fp.legacy)
            this.fp.add(db, type, key);
        else
            this.fp.add(db, type, key, this.vd.end());
        this.stats.keys++;
        this.ctx.progress.addItems(1);
    }
    async writeScored(flat) {
        const members = [];
        const scores = [];
        for (let j = 0; j < flat.length; j += 2) {
            members.push(flat[j]);
            scores.push(parseScore(flat[j + 1]));
        }
        await this.chunk({ kind: format/* ChunkKind */.Cy.SCORED, members, scores });
    }
    /** Pages through one value; returns without writing anything if the key vanished first. */
    async readBig(db, key, m) {
        const c = this.node.client;
        const type = m.type;
        if (!PORTABLE.includes(type)) {
            if (m.type === 'none')
                this.vanished();
            else
                this.warn(`key ${printable(key)} in db ${db} has module type '${m.type}', which portable mode cannot read; it is not in the backup`);
            return;
        }
        try {
            if (type === 'stream')
                return await this.readStream(db, key, m);
            // The first page decides whether the key still exists before a KEY record is written.
            let started = false;
            const begin = async () => {
                if (!started)
                    await this.beginKey(db, m.expireAt, type, key);
                started = true;
            };
            switch (type) {
                case 'string': {
                    for (let off = 0;; off += STRING_PIECE) {
                        const piece = await c.getrangeBuffer(key, off, off + STRING_PIECE - 1);
                        if (off === 0 && piece.length === 0 && (await c.exists(key)) === 0)
                            break;
                        await begin();
                        if (piece.length)
                            await this.chunk({ kind: format/* ChunkKind */.Cy.STRING_PART, data: piece });
                        if (piece.length < STRING_PIECE)
                            break;
                    }
                    break;
                }
                case 'list':
                    for (let i = 0;; i += CHUNK) {
                        const items = await c.lrangeBuffer(key, i, i + CHUNK - 1);
                        if (items.length === 0)
                            break;
                        await begin();
                        await this.chunk({ kind: format/* ChunkKind */.Cy.ELEMENTS, items });
                        if (items.length < CHUNK)
                            break;
                    }
                    break;
                case 'zset':
                    for (let i = 0;; i += CHUNK) {
                        const flat = await c.zrangeBuffer(key, i, i + CHUNK - 1, 'WITHSCORES');
                        if (flat.length === 0)
                            break;
                        await begin();
                        await this.writeScored(flat);
                        if (flat.length < 2 * CHUNK)
                            break;
                    }
                    break;
                case 'set':
                case 'hash': {
                    // SSCAN/HSCAN may repeat an element; SADD/HSET make repeats harmless on restore.
                    let cursor = '0';
                    do {
                        const [next, items] = (type === 'set' ? await c.sscanBuffer(key, cursor, 'COUNT', CHUNK) : await c.hscanBuffer(key, cursor, 'COUNT', CHUNK));
                        cursor = next.toString();
                        if (items.length) {
                            await begin();
                            await this.chunk(type === 'set' ? { kind: format/* ChunkKind */.Cy.ELEMENTS, items } : { kind: format/* ChunkKind */.Cy.PAIRS, items });
                        }
                    } while (cursor !== '0');
                    break;
                }
            }
            if (!started) {
                this.vanished();
                return;
            }
            await this.endKey();
            this.counted(db, type, key);
        }
        catch (err) {
            if (err instanceof built.ReplyError && /WRONGTYPE/.test((0,errors/* errorMessage */.gJ)(err))) {
                throw this.fail(err, `read ${printable(key)} (it changed type during the backup; run the backup again)`);
            }
            throw err instanceof built.ReplyError ? this.fail(err, `read ${m.type} ${printable(key)}`) : err;
        }
    }
    /**
     * Exact delivery times of pending entries (group → id → ms), from XINFO STREAM
     * FULL (Redis >= 6), for the first page of each group's PEL. XPENDING only
     * reports idle time relative to its own clock, so past that page a delivery
     * time is reconstructed to within a few milliseconds.
     */
    async deliveryTimes(key) {
        const out = new Map();
        let full;
        try {
            full = await this.node.client.callBuffer('XINFO', 'STREAM', key, 'FULL', 'COUNT', CHUNK);
        }
        catch {
            return out;
        }
        const groups = pairs(full).get('groups');
        if (!Array.isArray(groups))
            return out;
        for (const g of groups) {
            const gm = pairs(g);
            const times = new Map();
            for (const row of gm.get('pending') ?? [])
                times.set(idText(row[0]), Number(row[2]));
            out.set(gm.get('name').toString('hex'), times);
        }
        return out;
    }
    async readStream(db, key, m) {
        const c = this.node.client;
        let info;
        try {
            info = pairs(await c.callBuffer('XINFO', 'STREAM', key));
        }
        catch (err) {
            if (/no such key/i.test((0,errors/* errorMessage */.gJ)(err))) {
                this.vanished();
                return;
            }
            throw err;
        }
        const tm = (await c.time());
        const now = Number(tm[0]) * 1000 + Math.floor(Number(tm[1]) / 1000);
        await this.beginKey(db, m.expireAt, 'stream', key);
        let start = '-';
        for (;;) {
            const rows = (await c.callBuffer('XRANGE', key, start, '+', 'COUNT', CHUNK));
            if (rows.length === 0)
                break;
            const entries = rows.map(([id, fields]) => ({ id: id.toString('latin1'), fields }));
            await this.chunk({ kind: format/* ChunkKind */.Cy.STREAM_ENTRIES, entries });
            if (rows.length < CHUNK)
                break;
            start = nextStreamId(entries[entries.length - 1].id);
        }
        const md = info.get('max-deleted-entry-id');
        const ea = info.get('entries-added');
        await this.chunk({
            kind: format/* ChunkKind */.Cy.STREAM_META,
            meta: {
                lastId: idText(info.get('last-generated-id')),
                length: Number(info.get('length')),
                entriesAdded: ea === undefined || ea === null ? -1 : Number(ea),
                maxDeletedId: md === undefined || md === null ? null : idText(md),
            },
        });
        const exactTimes = await this.deliveryTimes(key);
        const groups = (await c.callBuffer('XINFO', 'GROUPS', key));
        for (const g of groups) {
            const gm = pairs(g);
            const name = gm.get('name');
            const er = gm.get('entries-read');
            await this.chunk({
                kind: format/* ChunkKind */.Cy.STREAM_GROUP,
                group: { name, lastDeliveredId: idText(gm.get('last-delivered-id')), entriesRead: er === undefined || er === null ? -1 : Number(er) },
            });
            const consumers = (await c.callBuffer('XINFO', 'CONSUMERS', key, name)).map((x) => {
                const cm = pairs(x);
                // seen-time exists from 7.2; before, idle is "ms since the consumer was last seen".
                const seen = cm.get('seen-time');
                return { name: cm.get('name'), seenTime: seen !== undefined ? Number(seen) : now - Number(cm.get('idle') ?? 0) };
            });
            for (let i = 0; i < consumers.length; i += CHUNK) {
                await this.chunk({ kind: format/* ChunkKind */.Cy.STREAM_CONSUMERS, consumers: consumers.slice(i, i + CHUNK) });
            }
            let from = '-';
            for (;;) {
                const rows = (await c.callBuffer('XPENDING', key, name, from, '+', CHUNK));
                if (rows.length === 0)
                    break;
                const times = exactTimes.get(name.toString('hex'));
                const pending = rows.map(([id, consumer, idle, count]) => ({
                    id: id.toString('latin1'),
                    consumer,
                    deliveryTime: times?.get(id.toString('latin1')) ?? now - Number(idle),
                    deliveryCount: Number(count),
                }));
                await this.chunk({ kind: format/* ChunkKind */.Cy.STREAM_PENDING, pending });
                if (rows.length < CHUNK)
                    break;
                from = nextStreamId(pending[pending.length - 1].id);
            }
        }
        await this.endKey();
        this.counted(db, 'stream', key);
    }
}
function flattenHash(v) {
    if (Array.isArray(v))
        return v;
    throw new Error('HGETALL reply was not a flat array');
}
/** A key as a short, printable, log-safe string. */
function printable(key) {
    const s = JSON.stringify(key.toString('latin1').replace(/[^\x20-\x7e]/g, (ch) => `\\x${ch.charCodeAt(0).toString(16).padStart(2, '0')}`));
    return s.length > 120 ? `${s.slice(0, 117)}…"` : s;
}

// EXTERNAL MODULE: ./src/formats/redis-records/reader.ts
var reader = __webpack_require__(34156);
;// CONCATENATED MODULE: ./src/sources/redis/restore.ts










const RECORDS_KIND = 'redis-records';
const RDB_KIND = 'redis-rdb';
class restore_Tally {
    restored = 0;
    expired = 0;
    filtered = 0;
    duplicates = 0;
    lostPending = 0;
    functions = 0;
    /**
     * What was restored, keyed by target database; values digested as they pass
     * (the same form the manifest's fingerprint was written in).
     */
    fp;
    /** DUMP payloads' digests (on a worker thread where the build has one): finish() before reading `fp`. */
    digests;
    /** Source db → target db, once known. */
    plan = new Map();
    warnings = [];
    constructor(manifest) {
        this.fp = new FingerprintBuilder(isLegacyFingerprint(manifest.fingerprint));
        this.digests = new DumpDigests(this.fp);
    }
    /** A key restored from a DUMP payload. */
    addDump(db, key, payload, sign = 1) {
        if (this.fp.legacy)
            this.fp.apply(db, (0,rdb_parser/* rdbTypeName */.g3)(payload[0]), key, undefined, sign);
        else
            this.digests.add(db, key, payload, sign);
    }
}
/** Source db → target db for the databases a restore covers. */
function planDbs(srcDbs, o, target) {
    const plan = new Map();
    for (const db of srcDbs) {
        if (o.dbs && !o.dbs.includes(db))
            continue;
        plan.set(db, o.dbMap.get(db) ?? db);
    }
    // A database in the target URI is where a one-database restore goes.
    if (o.uriDb !== undefined && o.dbMap.size === 0) {
        if (plan.size > 1) {
            throw new errors/* UsageError */.eb(`${target.conn.display} names database ${o.uriDb}, but the restore covers databases ${[...plan.keys()].join(', ')}; pick one with --db, or map them with --db-map (and drop /${o.uriDb} from the URI)`);
        }
        for (const from of plan.keys())
            plan.set(from, o.uriDb);
    }
    for (const from of o.dbMap.keys()) {
        if (!srcDbs.includes(from))
            throw new errors/* UsageError */.eb(`--db-map: the backup holds no database ${from} (it holds ${srcDbs.join(', ') || 'none'})`);
    }
    for (const d of o.dbs ?? []) {
        if (!srcDbs.includes(d))
            throw new errors/* UsageError */.eb(`--dbs: the backup holds no database ${d} (it holds ${srcDbs.join(', ') || 'none'})`);
    }
    if (target.cluster) {
        const bad = [...plan].filter(([, to]) => to !== 0);
        if (bad.length) {
            throw new errors/* UsageError */.eb(`${target.conn.display} is a Redis Cluster, which has only database 0; the backup's database(s) ${bad.map(([f]) => f).join(', ')} need --db-map ${bad.map(([f]) => `${f}:0`).join(',')} (or --dbs to pick some)`);
        }
    }
    const seen = new Map();
    for (const [from, to] of plan) {
        if (seen.has(to) && !target.cluster) {
            throw new errors/* UsageError */.eb(`--db-map: databases ${seen.get(to)} and ${from} would both restore into database ${to}; map them apart, or pick one with --dbs`);
        }
        seen.set(to, from);
    }
    return plan;
}
/** The databases an RDB backup holds, from its fingerprint's items (`db3.hash`, or `db3` in older manifests). */
function dbsOfManifest(manifest) {
    return databasesOf(manifest.fingerprint);
}
/**
 * Empties target databases when asked (--flush), else decides whether keys of
 * the backup may collide with keys already there. Returns true when a
 * conflict pass over the backup is needed before anything is written.
 */
async function preflight(ctx, target, plan, o) {
    const targets = [...new Set(plan.values())];
    if (o.flush) {
        for (const db of targets) {
            ctx.log.info(`${target.conn.display}: FLUSHDB database ${db} (--flush)`);
            await target.flush(db);
        }
        return false;
    }
    if (o.replace)
        return false;
    let busy = false;
    for (const db of targets)
        if ((await target.dbSize(db)) > 0)
            busy = true;
    return busy;
}
/** Refuses, before writing anything, when any key of the backup already exists in the target. */
async function conflictPass(ctx, target, keys) {
    let batch = [];
    let total = 0;
    const samples = [];
    const check = async () => {
        const byDb = new Map();
        for (const k of batch)
            byDb.set(k.db, [...(byDb.get(k.db) ?? []), k.key]);
        for (const [db, ks] of byDb) {
            const found = await target.existing(db, ks);
            total += found.length;
            for (const f of found)
                if (samples.length < 3)
                    samples.push(`${printable(f)} (db ${db})`);
        }
        batch = [];
    };
    ctx.log.info(`${target.conn.display}: target databases are not empty; checking the backup's keys against them first`);
    for await (const k of keys) {
        batch.push(k);
        if (batch.length >= 1000)
            await check();
    }
    await check();
    if (total > 0) {
        throw new errors/* UsageError */.eb(`${target.conn.display}: ${total} key(s) of the backup already exist in the target (e.g. ${samples.join(', ')}); nothing was restored. Pass --replace to overwrite them, or --flush to empty the target databases first`);
    }
}
function restoreArgs(key, expireAt, payload, replace, absTtl, now) {
    const args = ['RESTORE', key, expireAt < 0 ? 0 : absTtl ? expireAt : Math.max(1, expireAt - now), payload];
    if (replace)
        args.push('REPLACE');
    if (expireAt >= 0 && absTtl)
        args.push('ABSTTL');
    return args;
}
/**
 * RESTOREs DUMP payloads (from dump records or rebuilt from an RDB). A BUSYKEY
 * after the preflight found no conflicts means the backup holds the key twice
 * (SCAN repeats a key when the server resizes mid-scan): the later copy wins.
 */
class DumpRestorer {
    target;
    o;
    tally;
    now;
    ctx;
    retries = [];
    absTtl;
    /** One check for every RESTORE (see Check in target.ts). */
    onReply;
    constructor(target, o, tally, now, ctx) {
        this.target = target;
        this.o = o;
        this.tally = tally;
        this.now = now;
        this.ctx = ctx;
        this.absTtl = versionAtLeast(target.info.version, 5, 0);
        this.onReply = o.replace ? undefined : (_res, err, args, db) => this.onBusy(db, args, err);
    }
    /** Returns a promise only when the caller must wait (see RestoreTarget.send). */
    restore(db, key, expireAt, payload) {
        const args = restoreArgs(key, expireAt, payload, this.o.replace, this.absTtl, this.now);
        const wait = this.target.send(db, key, args, payload.length, this.onReply);
        this.tally.restored++;
        this.tally.addDump(db, key, payload);
        this.ctx.progress.addItems(1);
        const room = this.tally.digests.ready();
        if (this.retries.length)
            return Promise.all([wait, room]).then(() => this.flushRetries());
        if (room)
            return wait ? Promise.all([wait, room]).then(() => undefined) : room;
        return wait;
    }
    onBusy(db, args, err) {
        if (!err)
            return;
        if (/^BUSYKEY/.test(err.message)) {
            const key = args[1];
            const payload = args[3];
            this.tally.duplicates++;
            this.tally.restored--;
            // The later copy wins: flushRetries takes the earlier one's digest back (DUMPing it from the target) first.
            this.retries.push({ db, key, args: [...args, 'REPLACE'], bytes: payload.length });
            return;
        }
        throw err;
    }
    async flushRetries() {
        while (this.retries.length) {
            const r = this.retries.shift();
            await this.target.send(r.db, r.key, ['DUMP', r.key], 0, (res, err) => {
                if (err)
                    throw err;
                if (Buffer.isBuffer(res))
                    this.tally.addDump(r.db, r.key, res, -1);
            });
            await this.target.send(r.db, r.key, r.args, r.bytes);
        }
    }
    async finish() {
        await this.target.drain();
        while (this.retries.length) {
            await this.flushRetries();
            await this.target.drain();
        }
    }
}
function expired(expireAt, now) {
    return expireAt >= 0 && expireAt <= now;
}
/** Infinite scores as Redis spells them; finite ones in JS's shortest exact form. */
function scoreArg(s) {
    return s === Infinity ? 'inf' : s === -Infinity ? '-inf' : String(s);
}
/** Writes portable records back with ordinary commands. */
class PortableRestorer {
    target;
    replace;
    tally;
    now;
    ctx;
    plan;
    filter;
    key;
    v7;
    v62;
    vd = new RedisValueDigest();
    constructor(target, replace, tally, now, ctx, plan, filter) {
        this.target = target;
        this.replace = replace;
        this.tally = tally;
        this.now = now;
        this.ctx = ctx;
        this.plan = plan;
        this.filter = filter;
        this.v7 = versionAtLeast(target.info.version, 7, 0);
        this.v62 = versionAtLeast(target.info.version, 6, 2);
    }
    async send(args, bytes, check) {
        const k = this.key;
        await this.target.send(k.db, k.rec.key, args, bytes, check);
    }
    async record(rec) {
        if (rec.tag === format/* Tag */.vw.KEY) {
            const db = this.plan.get(rec.db);
            let skip = false;
            if (db === undefined || !this.filter.test(rec.key)) {
                skip = true;
                this.tally.filtered++;
            }
            else if (expired(rec.expireAt, this.now)) {
                skip = true;
                this.tally.expired++;
            }
            this.key = { rec, db: db ?? 0, skip, wrote: false, entries: 0 };
            // Without --replace the preflight found no such key at the start, so this
            // only clears an earlier copy of the same key in this backup (SCAN may
            // repeat a key): the later copy wins and is counted once.
            if (!skip) {
                const t = this.key;
                if (!this.replace && !this.tally.fp.legacy) {
                    // A key already here is this backup's earlier copy: its digest goes before the later copy's comes.
                    // (A user without DUMP rights only loses that correction, which matters for repeated keys alone.)
                    await this.send(['DUMP', rec.key], 0, (res, err) => {
                        if (!err && Buffer.isBuffer(res))
                            this.tally.addDump(t.db, rec.key, res, -1);
                    });
                }
                await this.send(['DEL', rec.key], 0, (res, err) => {
                    if (err)
                        throw err;
                    if (res === 1 && !this.replace) {
                        this.tally.duplicates++;
                        this.tally.restored--;
                        if (this.tally.fp.legacy)
                            this.tally.fp.remove(t.db, rec.type, rec.key);
                    }
                });
                this.vd.begin(rec.type, rec.key);
            }
            return;
        }
        const k = this.key;
        if (!k)
            throw new errors/* VerificationError */.mk('portable record outside a key');
        if (rec.tag === format/* Tag */.vw.END) {
            this.key = undefined;
            if (k.skip)
                return;
            const key = k.rec.key;
            if (k.rec.type === 'string' && !k.wrote)
                await this.target.send(k.db, key, ['SET', key, ''], 0);
            if (k.rec.expireAt >= 0)
                await this.target.send(k.db, key, ['PEXPIREAT', key, k.rec.expireAt], 0);
            this.tally.restored++;
            if (this.tally.fp.legacy)
                this.tally.fp.add(k.db, k.rec.type, key);
            else
                this.tally.fp.add(k.db, k.rec.type, key, this.vd.end());
            this.ctx.progress.addItems(1);
            return;
        }
        if (rec.tag !== format/* Tag */.vw.CHUNK || k.skip)
            return;
        const key = k.rec.key;
        const c = rec.chunk;
        digestChunk(this.vd, c);
        switch (c.kind) {
            case format/* ChunkKind */.Cy.STRING_PART:
                await this.send([k.wrote ? 'APPEND' : 'SET', key, c.data], c.data.length);
                k.wrote = true;
                return;
            case format/* ChunkKind */.Cy.ELEMENTS: {
                if (c.items.length === 0)
                    return;
                const bytes = c.items.reduce((n, b) => n + b.length, 0);
                await this.send([k.rec.type === 'list' ? 'RPUSH' : 'SADD', key, ...c.items], bytes);
                return;
            }
            case format/* ChunkKind */.Cy.PAIRS: {
                if (c.items.length === 0)
                    return;
                const bytes = c.items.reduce((n, b) => n + b.length, 0);
                await this.send([versionAtLeast(this.target.info.version, 4, 0) ? 'HSET' : 'HMSET', key, ...c.items], bytes);
                return;
            }
            case format/* ChunkKind */.Cy.SCORED: {
                if (c.members.length === 0)
                    return;
                const args = ['ZADD', key];
                let bytes = 0;
                c.members.forEach((m, i) => {
                    args.push(scoreArg(c.scores[i]), m);
                    bytes += m.length + 8;
                });
                await this.send(args, bytes);
                return;
            }
            case format/* ChunkKind */.Cy.STREAM_ENTRIES:
                for (const e of c.entries) {
                    const bytes = e.fields.reduce((n, b) => n + b.length, 0);
                    await this.send(['XADD', key, e.id, ...e.fields], bytes);
                    k.entries++;
                }
                return;
            case format/* ChunkKind */.Cy.STREAM_META: {
                const m = c.meta;
                if (k.entries === 0) {
                    // An empty stream (all entries deleted) still exists: make one without entries.
                    await this.send(['XGROUP', 'CREATE', key, '__bakup_tmp__', '0', 'MKSTREAM'], 0);
                    await this.send(['XGROUP', 'DESTROY', key, '__bakup_tmp__'], 0);
                }
                const args = ['XSETID', key, m.lastId];
                if (this.v7 && m.entriesAdded >= 0) {
                    args.push('ENTRIESADDED', m.entriesAdded);
                    if (m.maxDeletedId)
                        args.push('MAXDELETEDID', m.maxDeletedId);
                }
                await this.send(args, 0);
                return;
            }
            case format/* ChunkKind */.Cy.STREAM_GROUP: {
                const g = c.group;
                k.group = g.name;
                const args = ['XGROUP', 'CREATE', key, g.name, g.lastDeliveredId];
                if (this.v7 && g.entriesRead >= 0)
                    args.push('ENTRIESREAD', g.entriesRead);
                await this.send(args, 0);
                return;
            }
            case format/* ChunkKind */.Cy.STREAM_CONSUMERS:
                if (!this.v62)
                    return; // older servers create consumers on first claim
                for (const cons of c.consumers)
                    await this.send(['XGROUP', 'CREATECONSUMER', key, k.group, cons.name], 0);
                return;
            case format/* ChunkKind */.Cy.STREAM_PENDING:
                for (const p of c.pending) {
                    await this.send(['XCLAIM', key, k.group, p.consumer, 0, p.id, 'TIME', p.deliveryTime, 'RETRYCOUNT', p.deliveryCount, 'FORCE', 'JUSTID'], 0, (res, err) => {
                        if (err)
                            throw err;
                        // Redis keeps pending entries whose message was deleted; commands cannot recreate those.
                        if (Array.isArray(res) && res.length === 0)
                            this.tally.lostPending++;
                    });
                }
                return;
        }
    }
}
async function restoreRedis(ctx, target, o, manifest, artifacts) {
    const records = artifacts.filter((a) => a.record.kind === RECORDS_KIND);
    const rdbs = artifacts.filter((a) => a.record.kind === RDB_KIND);
    if (records.length + rdbs.length === 0) {
        throw new errors/* VerificationError */.mk(`backup ${manifest.id} holds no Redis artifact (kinds: ${artifacts.map((a) => a.record.kind).join(', ') || 'none'})`);
    }
    const tally = new restore_Tally(manifest);
    try {
        const filter = new KeyFilter(o.include, o.exclude);
        const now = await target.serverTime();
        if (records.length) {
            for (const a of records)
                await restoreRecordsArtifact(ctx, target, o, a, tally, filter, now);
        }
        else {
            await restoreRdbArtifacts(ctx, target, o, manifest, rdbs, tally, filter, now);
        }
        await tally.digests.finish();
    }
    finally {
        tally.digests.close();
    }
    if (tally.duplicates)
        tally.warnings.push(`${tally.duplicates} key(s) appeared twice in the backup (SCAN repeats keys when the server resizes mid-scan); the later copy was kept`);
    if (tally.lostPending)
        tally.warnings.push(`${tally.lostPending} pending stream entr(ies) referred to deleted messages and could not be recreated`);
    if (tally.expired)
        ctx.log.info(`skipped ${tally.expired} key(s) whose expiry time had passed`);
    const summary = { keys: tally.restored, expiredSkipped: tally.expired, filteredSkipped: tally.filtered };
    if (tally.duplicates)
        summary.duplicates = tally.duplicates;
    if (tally.functions)
        summary.functionLibraries = tally.functions;
    const complete = tally.filtered === 0 && tally.expired === 0;
    const fingerprint = complete ? tally.fp.result() : undefined;
    // A backup that holds a key twice recorded it twice; the target holds it once.
    if (fingerprint && tally.duplicates === 0)
        checkAgainstBackup(manifest, fingerprint, tally.plan);
    else
        ctx.log.info(`the restored keys were not compared with the backup's fingerprint (${complete ? 'the backup holds a key twice' : 'some keys were skipped'})`);
    return { summary, ...(fingerprint ? { fingerprint } : {}), warnings: tally.warnings };
}
/**
 * What the restore read and wrote, against what the backup recorded: key
 * counts and value digests per database and type, under the backup's database
 * numbers. A difference (data altered after the backup, checksums re-sealed)
 * is a VerificationError naming the database and type.
 */
function checkAgainstBackup(manifest, restored, plan) {
    const recorded = manifest.fingerprint;
    if (!recorded.items)
        return;
    // Target numbers back to the backup's; several databases into one (a cluster's db 0) cannot be told apart.
    const sourceOf = new Map();
    for (const [from, to] of plan) {
        if (sourceOf.has(to))
            return;
        sourceOf.set(to, from);
    }
    const items = {};
    for (const [k, v] of Object.entries(restored.items ?? {})) {
        const m = /^db(\d+)(.*)$/.exec(k);
        items[m ? `db${sourceOf.get(Number(m[1])) ?? Number(m[1])}${m[2]}` : k] = v;
    }
    const diffs = fingerprintDifferences(recorded, { ...restored, items });
    if (diffs.length) {
        throw new errors/* VerificationError */.mk(`${manifest.id}: the restored data does not match the backup's fingerprint (${diffs.slice(0, 3).join('; ')}${diffs.length > 3 ? `; and ${diffs.length - 3} more` : ''})`);
    }
}
async function restoreRecordsArtifact(ctx, target, o, artifact, tally, filter, now) {
    const name = artifact.record.name;
    const open = async () => {
        const it = (0,reader.readRedisRecords)(await artifact.open(), name);
        const first = await it.next();
        if (first.done || first.value.tag !== format/* Tag */.vw.HEADER)
            throw new errors/* VerificationError */.mk(`${name}: no header`);
        return { header: first.value.header, it };
    };
    let { header, it } = await open();
    const src = header.server;
    if (header.mode === 'dump' && src.rdbVersion && target.info.rdbVersion && target.info.rdbVersion < src.rdbVersion) {
        await it.return(undefined);
        throw new errors/* UsageError */.eb(`${target.conn.display}: ${target.info.name} ${target.info.version} reads RDB format up to ${target.info.rdbVersion}, but this backup holds DUMP payloads of ${src.name} ${src.version} (RDB ${src.rdbVersion}); restore into ${src.name} ${src.version.replace(/^(\d+\.\d+).*/, '$1')} or newer, or take a --redis-format portable backup, which any version loads`);
    }
    const plan = planDbs(header.databases, o, target);
    tally.plan = plan;
    if (await preflight(ctx, target, plan, o)) {
        async function* keysOf(recs) {
            for await (const r of recs) {
                if (r.tag !== format/* Tag */.vw.DUMP && r.tag !== format/* Tag */.vw.KEY)
                    continue;
                const db = plan.get(r.db);
                if (db === undefined || !filter.test(r.key) || expired(r.expireAt, now))
                    continue;
                yield { db, key: r.key };
            }
        }
        await conflictPass(ctx, target, keysOf(it));
        ({ header, it } = await open());
    }
    const dumps = new DumpRestorer(target, o, tally, now, ctx);
    const portable = new PortableRestorer(target, o.replace, tally, now, ctx, plan, filter);
    for await (const r of it) {
        if (r.tag === format/* Tag */.vw.DUMP) {
            const db = plan.get(r.db);
            if (db === undefined || !filter.test(r.key)) {
                tally.filtered++;
                continue;
            }
            if (expired(r.expireAt, now)) {
                tally.expired++;
                continue;
            }
            const wait = dumps.restore(db, r.key, r.expireAt, r.payload);
            if (wait)
                await wait;
        }
        else if (r.tag === format/* Tag */.vw.KEY || r.tag === format/* Tag */.vw.CHUNK || r.tag === format/* Tag */.vw.END) {
            await portable.record(r);
        }
    }
    await dumps.finish();
}
/** Feeds an RDB artifact through the parser, yielding events as they complete. */
async function* rdbEvents(artifact, capture) {
    const parser = new rdb_parser.RdbParser({ capture });
    const evs = [];
    const name = artifact.record.name;
    try {
        for await (const chunk of await artifact.open()) {
            parser.push(chunk, evs);
            for (const e of evs)
                yield { ...e, rdbVersion: parser.rdbVersion };
            evs.length = 0;
        }
        parser.finish(evs);
        for (const e of evs)
            yield { ...e, rdbVersion: parser.rdbVersion };
    }
    catch (err) {
        if (err instanceof rdb_parser/* RdbCorruptError */.AQ)
            throw new errors/* VerificationError */.mk(`${name}: corrupt RDB at byte ${parser.offset}: ${err.message}`);
        throw err;
    }
}
async function restoreRdbArtifacts(ctx, target, o, manifest, artifacts, tally, filter, now) {
    const srcVersion = Number(artifacts[0].record.meta?.rdbVersion ?? 0);
    if (srcVersion && target.info.rdbVersion && target.info.rdbVersion < srcVersion) {
        throw new errors/* UsageError */.eb(`${target.conn.display}: ${target.info.name} ${target.info.version} reads RDB format up to ${target.info.rdbVersion}, but this snapshot is RDB ${srcVersion}; restore it into a Redis at least as new as the source (an RDB snapshot cannot be converted to an older format; take a --redis-format portable backup for that)`);
    }
    const plan = planDbs(dbsOfManifest(manifest), o, target);
    tally.plan = plan;
    if (await preflight(ctx, target, plan, o)) {
        async function* keys() {
            for (const a of artifacts) {
                for await (const e of rdbEvents(a, false)) {
                    if (e.type !== 'key')
                        continue;
                    const db = plan.get(e.db);
                    if (db === undefined || !filter.test(e.key) || expired(e.expireAt, now))
                        continue;
                    yield { db, key: e.key };
                }
            }
        }
        await conflictPass(ctx, target, keys());
    }
    const dumps = new DumpRestorer(target, o, tally, now, ctx);
    const functionsDone = new Set();
    for (const a of artifacts) {
        for await (const e of rdbEvents(a, true)) {
            if (e.type === 'key') {
                const db = plan.get(e.db);
                if (db === undefined || !filter.test(e.key)) {
                    tally.filtered++;
                    continue;
                }
                if (expired(e.expireAt, now)) {
                    tally.expired++;
                    continue;
                }
                const wait = dumps.restore(db, e.key, e.expireAt, (0,rdb_parser/* dumpPayload */.bw)(e.rdbType, e.value, e.rdbVersion));
                if (wait)
                    await wait;
            }
            else if (e.type === 'function') {
                // Every node of a cluster snapshot carries the same libraries: load them once.
                const code = e.code.toString('utf8');
                if (functionsDone.has(code))
                    continue;
                functionsDone.add(code);
                if (!versionAtLeast(target.info.version, 7, 0)) {
                    tally.warnings.push(`the snapshot holds Redis Functions, which ${target.info.name} ${target.info.version} does not support; they were not restored`);
                    continue;
                }
                try {
                    await target.everywhere(0, ['FUNCTION', 'LOAD', ...(o.replace || o.flush ? ['REPLACE'] : []), code]);
                    tally.functions++;
                }
                catch (err) {
                    const msg = (0,errors/* errorMessage */.gJ)(err);
                    if (/already exists/i.test(msg)) {
                        throw new errors/* UsageError */.eb(`${target.conn.display}: a function library of the snapshot already exists in the target (${msg}); pass --replace to overwrite it`);
                    }
                    throw new errors/* OperationalError */.LE(`${target.conn.display}: FUNCTION LOAD failed: ${msg}`);
                }
            }
            else if (e.type === 'module-aux') {
                tally.warnings.push(`the snapshot holds module auxiliary data (module id ${e.moduleId}), which only loading the RDB file itself restores`);
            }
        }
    }
    await dumps.finish();
}

;// CONCATENATED MODULE: ./src/sources/redis/snapshot.ts




const EOF_MARK = 40;
const IDLE_TIMEOUT_MS = 120_000;
function resp(args) {
    const parts = [Buffer.from(`*${args.length}\r\n`)];
    for (const a of args) {
        const b = typeof a === 'string' ? Buffer.from(a) : a;
        parts.push(Buffer.from(`$${b.length}\r\n`), b, Buffer.from('\r\n'));
    }
    return Buffer.concat(parts);
}
function refusedSyncMessage(display, reply) {
    return (`${display}: the server refused SYNC (${reply.slice(0, 200)}); snapshot mode needs replication access, ` +
        'which managed services (ElastiCache, MemoryDB, Azure Cache, Redis Cloud…) and ACL users without +sync do not grant. ' +
        'Use --redis-format dump (the default, SCAN + DUMP) or --redis-format portable instead');
}
/**
 * Fetches a point-in-time RDB through the replication protocol, as
 * `redis-cli --rdb` does: AUTH, REPLCONF capa eof, REPLCONF rdb-only 1, SYNC,
 * then either `$<length>` or `$EOF:<40-byte mark>` followed by the file.
 * The server forks and serializes its memory at one instant: unlike SCAN this
 * is consistent, and its cost (fork, copy-on-write) is the server's, not ours.
 */
async function fetchRdb(conn, signal) {
    const socket = conn.tls
        ? external_node_tls_.connect({ host: conn.host, port: conn.port, servername: conn.tls.servername, ca: conn.tls.ca, rejectUnauthorized: conn.tls.rejectUnauthorized })
        : external_node_net_.connect({ host: conn.host, port: conn.port });
    socket.setTimeout(IDLE_TIMEOUT_MS);
    let buf = Buffer.alloc(0);
    let waiter;
    let failure;
    const onData = (d) => {
        buf = buf.length ? Buffer.concat([buf, d]) : d;
        waiter?.();
    };
    const onError = (e) => {
        failure ??= new errors/* OperationalError */.LE(`${conn.display}: snapshot connection failed (${e.code ?? e.message})`, { cause: e });
        waiter?.();
    };
    const onClose = () => {
        failure ??= new errors/* OperationalError */.LE(`${conn.display}: the server closed the connection during the SYNC handshake`);
        waiter?.();
    };
    const onTimeout = () => {
        socket.destroy(new Error(`no data from the server for ${IDLE_TIMEOUT_MS / 1000} s`));
    };
    socket.on('data', onData);
    socket.on('error', onError);
    socket.on('close', onClose);
    socket.on('timeout', onTimeout);
    const abort = () => {
        socket.destroy(new Error('aborted'));
    };
    signal?.addEventListener('abort', abort, { once: true });
    /** The next reply line; bare newlines are the keepalives a master sends while it prepares the RDB. */
    const line = async () => {
        for (;;) {
            while (buf.length && buf[0] === 0x0a)
                buf = buf.subarray(1);
            const nl = buf.indexOf(0x0a);
            if (nl >= 0) {
                const text = buf.subarray(0, nl).toString('latin1').replace(/\r$/, '');
                buf = buf.subarray(nl + 1);
                return text;
            }
            if (failure)
                throw failure;
            await new Promise((r) => (waiter = r));
            waiter = undefined;
        }
    };
    const cleanup = () => {
        socket.off('data', onData);
        socket.off('close', onClose);
        socket.off('timeout', onTimeout);
        signal?.removeEventListener('abort', abort);
    };
    try {
        await new Promise((resolve, reject) => {
            socket.once(conn.tls ? 'secureConnect' : 'connect', () => resolve());
            socket.once('error', reject);
        }).catch((e) => {
            throw new errors/* OperationalError */.LE(`${conn.display}: cannot connect (${e.code ?? (0,errors/* errorMessage */.gJ)(e)})`, { cause: e });
        });
        if (conn.password) {
            socket.write(resp(conn.username ? ['AUTH', conn.username, conn.password] : ['AUTH', conn.password]));
            const r = await line();
            if (!r.startsWith('+'))
                throw new errors/* UsageError */.eb(`${conn.display}: authentication failed (${r.slice(1, 200)}); check the user name and password in the URI`);
        }
        for (const [k, v] of [
            ['capa', 'eof'],
            ['rdb-only', '1'],
        ]) {
            socket.write(resp(['REPLCONF', k, v]));
            const r = await line();
            // Older servers do not know rdb-only; a refusal of REPLCONF itself is a refusal of replication.
            if (r.startsWith('-') && /NOPERM|unknown command/i.test(r))
                throw new errors/* OperationalError */.LE(refusedSyncMessage(conn.display, r.slice(1)));
        }
        socket.write(resp(['SYNC']));
        let head = await line();
        if (head.startsWith('-'))
            throw new errors/* OperationalError */.LE(refusedSyncMessage(conn.display, head.slice(1)));
        if (head.startsWith('+FULLRESYNC'))
            head = await line();
        if (!head.startsWith('$'))
            throw new errors/* OperationalError */.LE(`${conn.display}: unexpected reply to SYNC: '${head.slice(0, 80)}'`);
        let remaining = Infinity;
        let mark;
        if (head.startsWith('$EOF:')) {
            mark = Buffer.from(head.slice(5, 5 + EOF_MARK), 'latin1');
            if (mark.length !== EOF_MARK)
                throw new errors/* OperationalError */.LE(`${conn.display}: malformed SYNC EOF marker`);
        }
        else {
            remaining = Number(head.slice(1));
            if (!Number.isSafeInteger(remaining) || remaining < 0)
                throw new errors/* OperationalError */.LE(`${conn.display}: malformed SYNC length '${head.slice(0, 40)}'`);
        }
        cleanup();
        socket.off('error', onError);
        return { stream: payloadStream(socket, buf, remaining, mark, conn.display), size: mark ? undefined : remaining };
    }
    catch (err) {
        cleanup();
        socket.destroy();
        throw err;
    }
}
/** The RDB bytes: up to the declared length, or up to (not including) the EOF marker. */
function payloadStream(socket, first, length, mark, display) {
    let remaining = length;
    let tail = Buffer.alloc(0);
    let done = false;
    const out = new external_node_stream_.Readable({
        highWaterMark: 1 << 20,
        read() {
            socket.resume();
        },
        destroy(err, cb) {
            socket.destroy();
            cb(err);
        },
    });
    const finish = () => {
        done = true;
        out.push(null);
        socket.destroy();
    };
    const feed = (d) => {
        if (done || d.length === 0)
            return;
        if (!mark) {
            const take = Math.min(d.length, remaining);
            remaining -= take;
            const more = out.push(d.subarray(0, take));
            if (remaining === 0)
                return finish();
            if (!more)
                socket.pause();
            return;
        }
        const all = tail.length ? Buffer.concat([tail, d]) : d;
        const at = all.indexOf(mark);
        if (at >= 0) {
            out.push(all.subarray(0, at));
            return finish();
        }
        // Hold back what could be the start of the marker.
        const keep = Math.min(all.length, EOF_MARK - 1);
        tail = Buffer.from(all.subarray(all.length - keep));
        if (!out.push(all.subarray(0, all.length - keep)))
            socket.pause();
    };
    socket.on('data', feed);
    socket.on('error', (e) => {
        if (!done)
            out.destroy(new errors/* OperationalError */.LE(`${display}: the RDB transfer failed (${e.code ?? e.message})`));
    });
    socket.on('close', () => {
        if (!done)
            out.destroy(new errors/* OperationalError */.LE(`${display}: the server closed the connection before the RDB transfer completed`));
    });
    socket.setTimeout(IDLE_TIMEOUT_MS);
    socket.on('timeout', () => socket.destroy(new Error(`no data for ${IDLE_TIMEOUT_MS / 1000} s`)));
    process.nextTick(() => feed(first));
    return out;
}

;// CONCATENATED MODULE: ./src/sources/redis/target.ts




const LANE_FLUSH_COMMANDS = 128;
const LANE_FLUSH_BYTES = 256 << 10;
/**
 * Batches sent and not yet answered, whatever their bytes. Everything a batch
 * holds lives until its replies arrive; V8 grows its young generation by what
 * survives its collections, so fewer objects in flight keep RSS down at the
 * same speed (bench/README.md).
 */
const MAX_BATCHES_IN_FLIGHT = 8;
/**
 * Where a restore writes: one connection per target database (standalone) or
 * per primary (cluster, keys routed by slot). Commands are queued per
 * connection and sent as pipelines; the bytes in flight across all
 * connections stay under `maxInFlight`, so memory is bounded whatever the
 * backup's size. Replies are checked as they arrive; the first failure stops
 * the restore with a message naming the key.
 */
class RestoreTarget {
    conn;
    info;
    seed;
    primaries;
    maxInFlight;
    lanes = new Map();
    inflight = [];
    inflightBytes = 0;
    failure;
    slots = [];
    dbNodes = new Map();
    constructor(conn, info, seed, primaries, maxInFlight) {
        this.conn = conn;
        this.info = info;
        this.seed = seed;
        this.primaries = primaries;
        this.maxInFlight = maxInFlight;
    }
    static async open(conn, maxInFlight) {
        const seed = await connectNode(conn, 0);
        try {
            const info = await serverInfo(seed);
            let primaries = [seed];
            const t = new RestoreTarget(conn, info, seed, primaries, maxInFlight);
            if (info.cluster) {
                const ps = await clusterPrimaries(seed);
                primaries = [];
                const slots = new Array(16384);
                for (const p of ps) {
                    const node = await connectNode({ ...conn, host: p.host, port: p.port, display: `${conn.display} (${p.host}:${p.port})` }, 0);
                    primaries.push(node);
                    for (const [s, e] of p.ranges)
                        for (let i = s; i <= e; i++)
                            slots[i] = node;
                }
                for (let i = 0; i < 16384; i++)
                    if (!slots[i])
                        throw new errors/* OperationalError */.LE(`${conn.display}: cluster slot ${i} has no primary; the cluster is not healthy`);
                t.slots = slots;
                t.primaries = primaries;
            }
            return t;
        }
        catch (err) {
            seed.client.disconnect();
            throw err;
        }
    }
    get cluster() {
        return this.info.cluster;
    }
    /** Every connection that holds data of `db`: the primaries of a cluster, or that database's connection. */
    async nodesOf(db) {
        return this.cluster ? this.primaries : [await this.dbNode(db)];
    }
    async dbNode(db) {
        let n = this.dbNodes.get(db);
        if (!n) {
            n = db === 0 ? this.seed : await connectNode(this.conn, db);
            this.dbNodes.set(db, n);
        }
        return n;
    }
    async serverTime() {
        const [s, us] = (await this.seed.client.time());
        return Number(s) * 1000 + Math.floor(Number(us) / 1000);
    }
    async dbSize(db) {
        let n = 0;
        for (const node of await this.nodesOf(db)) {
            try {
                n += Number(await node.client.dbsize());
            }
            catch (err) {
                throw describeRedisError(err, node.conn.display, `DBSIZE of database ${db}`);
            }
        }
        return n;
    }
    async flush(db) {
        for (const node of await this.nodesOf(db)) {
            try {
                await node.client.flushdb();
            }
            catch (err) {
                throw describeRedisError(err, node.conn.display, `FLUSHDB database ${db} (asked by --flush)`);
            }
        }
    }
    /** Which of `keys` exist in `db` (one EXISTS each, pipelined per connection). */
    async existing(db, keys) {
        const byNode = new Map();
        for (const k of keys) {
            const node = this.cluster ? this.slots[keySlot(k)] : await this.dbNode(db);
            const list = byNode.get(node) ?? [];
            list.push(k);
            byNode.set(node, list);
        }
        const found = [];
        for (const [node, list] of byNode) {
            const p = node.client.pipeline();
            for (const k of list)
                p.exists(k);
            const res = (await p.exec()) ?? [];
            res.forEach(([err, n], i) => {
                if (err)
                    throw describeRedisError(err, node.conn.display, 'EXISTS');
                if (Number(n) > 0)
                    found.push(list[i]);
            });
        }
        return found;
    }
    /** Runs one command on every primary (or the db's connection) now, outside the pipelines. */
    async everywhere(db, args) {
        await this.drain();
        const out = [];
        for (const node of await this.nodesOf(db))
            out.push(await node.client.callBuffer(String(args[0]), ...args.slice(1)));
        return out;
    }
    laneOpening = new Map();
    lane(id, conn, db) {
        let l = this.laneOpening.get(id);
        if (!l) {
            l = RespConn.connect(conn, db).then((c) => {
                const lane = { conn: c, display: conn.display, db, enc: new CommandEncoder(), checks: [], args: [], bytes: 0 };
                this.lanes.set(id, lane);
                return lane;
            });
            this.laneOpening.set(id, l);
        }
        return l;
    }
    /**
     * Queues a command on the connection that owns `key` in `db`. `bytes`
     * estimates its size for the in-flight bound; `check` sees its reply.
     * Returns a promise only when the caller must wait (a connection to open, a
     * batch to send, the in-flight bound reached): the common case allocates none.
     */
    send(db, key, args, bytes, check) {
        if (this.failure)
            throw this.failure;
        let id;
        let conn;
        let laneDb = 0;
        if (this.cluster) {
            const node = this.slots[keySlot(key)];
            id = node.addr;
            conn = node.conn;
        }
        else {
            id = db === 0 ? 'db0' : `db${db}`;
            conn = this.conn;
            laneDb = db;
        }
        const lane = this.lanes.get(id);
        if (!lane)
            return this.lane(id, conn, laneDb).then((l) => this.enqueue(l, args, bytes, check));
        return this.enqueue(lane, args, bytes, check);
    }
    enqueue(lane, args, bytes, check) {
        lane.enc.command(args);
        lane.checks.push(check);
        lane.args.push(args);
        lane.bytes += bytes + 32;
        if (lane.enc.count >= LANE_FLUSH_COMMANDS || lane.bytes >= LANE_FLUSH_BYTES)
            return this.flushLane(lane);
        return undefined;
    }
    async flushLane(lane) {
        const count = lane.enc.count;
        if (count === 0)
            return;
        const { checks, args, bytes, db } = lane;
        const parts = lane.enc.take();
        lane.checks = [];
        lane.args = [];
        lane.bytes = 0;
        const exec = lane.conn
            .send(parts, count)
            .then((res) => {
            res.forEach((value, i) => {
                const err = value instanceof RespError ? value : null;
                try {
                    const check = checks[i];
                    if (check)
                        check(err ? null : value, err, args[i], db);
                    else if (err)
                        throw err;
                }
                catch (e) {
                    const a = args[i];
                    this.failure ??= this.explain(e, lane.display, String(a[0]), Buffer.isBuffer(a[1]) ? a[1] : undefined);
                }
            });
        })
            .catch((e) => {
            this.failure ??= describeRedisError(e, lane.display, 'restore');
        })
            .finally(() => {
            this.inflightBytes -= bytes;
        });
        this.inflight.push({ bytes, done: exec });
        this.inflightBytes += bytes;
        await lane.conn.writable();
        while (this.inflight.length && (this.inflightBytes > this.maxInFlight || this.inflight.length > MAX_BATCHES_IN_FLIGHT))
            await this.inflight.shift().done;
        if (this.failure)
            throw this.failure;
    }
    explain(e, display, cmd, key) {
        if (e instanceof errors/* UsageError */.eb || e instanceof errors/* OperationalError */.LE)
            return e;
        const msg = (0,errors/* errorMessage */.gJ)(e);
        const what = `${cmd} ${key ? printable(key) : ''}`.trim();
        if (/^BUSYKEY/.test(msg)) {
            return new errors/* UsageError */.eb(`${display}: key ${key ? printable(key) : ''} already exists in the target; pass --replace to overwrite existing keys or --flush to empty the target databases first`);
        }
        if (/DUMP payload version or checksum are wrong/i.test(msg)) {
            return new errors/* OperationalError */.LE(`${display}: ${this.info.name} ${this.info.version} rejected the DUMP payload of ${key ? printable(key) : 'a key'} (${msg}): the backup was taken from a newer Redis (RDB format) than the target reads. Back up with --redis-format portable, or restore into a Redis at least as new as the source`);
        }
        return describeRedisError(e, display, what);
    }
    /** Sends everything queued and waits for every reply. */
    async drain() {
        for (const lane of this.lanes.values())
            await this.flushLane(lane);
        while (this.inflight.length)
            await this.inflight.shift().done;
        if (this.failure)
            throw this.failure;
    }
    async close() {
        const all = new Set([this.seed, ...this.primaries, ...this.dbNodes.values()]);
        for (const n of all)
            n.client.disconnect();
        for (const l of this.laneOpening.values())
            void l.then((lane) => lane.conn.close(), () => undefined);
    }
}

;// CONCATENATED MODULE: ./src/sources/redis/redis-source.ts














/**
 * Redis, backed up three ways (REFERENCE.md §3, SPEC.md of the record stream):
 * - dump (default): SCAN + DUMP + expiry into a record stream. Works wherever
 *   DUMP is allowed (managed services included); every type, modules too;
 *   restores into the same or a newer Redis. Not point-in-time.
 * - portable: per-type records restorable into any Redis version.
 * - rdb: a point-in-time RDB over SYNC, where the server allows replication.
 * Restore RESTOREs key by key into a running server in every mode.
 */
class RedisSource {
    kind = 'redis';
    location;
    conn;
    o;
    constructor(raw, opts = {}) {
        this.conn = parseRedisUri(raw);
        this.location = this.conn.display;
        this.o = resolveOptions(opts, this.conn);
    }
    defaultName() {
        return `redis-${this.conn.host}-${this.conn.port}`.replace(/[^A-Za-z0-9._-]+/g, '-').slice(0, 100);
    }
    async topology() {
        const seed = await connectNode(this.conn);
        try {
            const info = await serverInfo(seed);
            if (!info.cluster)
                return { info, nodes: [seed], keyspace: info.keyspace, nodeKeyspace: new Map([[seed, info.keyspace]]) };
            const nodes = [];
            const keyspace = {};
            const nodeKeyspace = new Map();
            try {
                for (const p of await clusterPrimaries(seed)) {
                    const node = await connectNode({ ...this.conn, host: p.host, port: p.port, db: undefined, display: `${this.conn.display} (${p.host}:${p.port})` });
                    nodes.push(node);
                    const ks = (await serverInfo(node)).keyspace;
                    nodeKeyspace.set(node, ks);
                    for (const [db, v] of Object.entries(ks)) {
                        const k = (keyspace[db] ??= { keys: 0, expires: 0 });
                        k.keys += v.keys;
                        k.expires += v.expires;
                    }
                }
            }
            catch (err) {
                for (const n of nodes)
                    n.client.disconnect();
                throw err;
            }
            seed.client.disconnect();
            return { info, nodes, keyspace, nodeKeyspace };
        }
        catch (err) {
            seed.client.disconnect();
            throw err;
        }
    }
    dbsFor(t) {
        if (t.info.cluster) {
            const other = (this.o.dbs ?? (this.o.uriDb !== undefined ? [this.o.uriDb] : [])).filter((d) => d !== 0);
            if (other.length)
                throw new errors/* UsageError */.eb(`--dbs: ${this.location} is a Redis Cluster, which has only database 0 (asked: ${other.join(', ')})`);
            return [0];
        }
        return this.o.dbs ?? (this.o.uriDb !== undefined ? [this.o.uriDb] : Object.keys(t.keyspace).map(Number).sort((a, b) => a - b));
    }
    async *backup(ctx) {
        const t = await this.topology();
        try {
            if (this.o.format === 'rdb')
                return yield* this.snapshot(ctx, t);
            return yield* this.logical(ctx, t);
        }
        finally {
            for (const n of t.nodes)
                n.client.disconnect();
        }
    }
    async *logical(ctx, t) {
        const dbs = this.dbsFor(t);
        const filter = new KeyFilter(this.o.include, this.o.exclude);
        const writer = new RedisRecordWriter();
        const fp = new FingerprintBuilder();
        const stats = { keys: 0, bytes: 0, vanished: 0 };
        const warnings = [];
        const warn = (m) => {
            if (warnings.length < 20)
                warnings.push(m);
            else if (warnings.length === 20)
                warnings.push('… more warnings left out');
            ctx.log.warn(m);
        };
        const header = {
            format: format/* FORMAT_NAME */.Yx,
            version: format/* FORMAT_VERSION */.Hp,
            mode: this.o.format === 'portable' ? 'portable' : 'dump',
            createdAt: new Date().toISOString(),
            server: {
                name: t.info.name,
                version: t.info.version,
                rdbVersion: t.info.rdbVersion,
                mode: t.info.cluster ? 'cluster' : 'standalone',
                ...(t.info.cluster ? { nodes: t.nodes.length } : {}),
            },
            databases: dbs,
            keyspace: Object.fromEntries(Object.entries(t.keyspace).filter(([db]) => dbs.includes(Number(db)))),
            ...(filter.active ? { filters: { include: this.o.include, exclude: this.o.exclude } } : {}),
            pointInTime: false,
        };
        const select = !t.info.cluster;
        const started = Date.now();
        const produce = async () => {
            await writer.start(header);
            if (header.mode === 'dump') {
                // Cluster primaries are scanned in parallel; each batch is written as whole frames.
                await scanDumpNodes(t.nodes, fp, async (node, conn, scanConn, digests) => {
                    const scanner = new DumpScanner(conn, node.conn.display, t.info.version, writer, fp, digests, ctx, { count: this.o.scanCount, filter, budget: this.o.batchBytes, scanConn }, stats);
                    const ks = t.nodeKeyspace.get(node) ?? {};
                    for (const db of dbs)
                        await scanner.scanDb(db, select, (ks[String(db)]?.expires ?? 1) > 0);
                });
            }
            else {
                // A portable key spans several frames, so nodes take turns.
                for (const node of t.nodes) {
                    const scanner = new PortableScanner(node, t.info.version, writer, fp, ctx, { count: this.o.scanCount, filter }, stats, warn);
                    for (const db of dbs)
                        await scanner.scanDb(db, select);
                }
            }
            await writer.end();
        };
        const producing = produce().catch((err) => {
            writer.fail(err);
            // The consumer sees the error on the stream and may never resume this
            // generator, so its finally block cannot be relied on to close connections.
            for (const n of t.nodes)
                n.client.disconnect();
            throw err;
        });
        producing.catch(() => undefined);
        ctx.log.info(`${this.location}: ${header.mode === 'dump' ? 'SCAN + DUMP' : 'portable'} backup of ${t.info.name} ${t.info.version}${t.info.cluster ? ` (cluster, ${t.nodes.length} primaries)` : ''}, database(s) ${dbs.join(', ') || '(none)'}`);
        yield {
            baseName: 'redis.records',
            kind: RECORDS_KIND,
            contentType: 'application/octet-stream',
            meta: { mode: header.mode, server: header.server, databases: dbs },
            stream: writer.stream,
        };
        await producing;
        return {
            fingerprint: fp.result(),
            consistency: { pointInTime: false, method: 'scan', startedAt: new Date(started).toISOString(), finishedAt: new Date().toISOString() },
            warnings,
            stats: { keys: stats.keys, valueBytes: stats.bytes, vanished: stats.vanished, recordBytes: writer.bytes },
        };
    }
    async *snapshot(ctx, t) {
        if (this.o.include.length || this.o.exclude.length || this.o.dbs || this.o.uriDb !== undefined) {
            throw new errors/* UsageError */.eb('--key-include/--key-exclude/--db (or a /db in the URI): an RDB snapshot holds every key of every database; select keys and databases at restore, or use --redis-format dump');
        }
        const fp = new FingerprintBuilder();
        const nodesInfo = [];
        let expired = 0;
        for (const node of t.nodes) {
            const conn = { ...node.conn };
            ctx.log.info(`${conn.display}: fetching an RDB snapshot over SYNC (point-in-time; the server forks to write it)`);
            const snap = await fetchRdb(conn, ctx.signal);
            const head = await peek(snap.stream, 9);
            const version = /^REDIS(\d{4})$/.exec(head.toString('latin1'))?.[1];
            if (!version) {
                snap.stream.destroy();
                throw new errors/* VerificationError */.mk(`${conn.display}: SYNC did not return an RDB file (starts with ${JSON.stringify(head.toString('latin1'))})`);
            }
            // Values are captured (views into the parser's buffer, no copies) for their digests.
            const parser = new rdb_parser.RdbParser({ capture: true });
            const digester = new KeyDigester();
            const evs = [];
            const aux = {};
            const now = Date.now();
            const consume = () => {
                for (const e of evs) {
                    if (e.type === 'key') {
                        // DUMP would not see a key whose time has passed; neither does the fingerprint.
                        if (e.expireAt >= 0 && e.expireAt <= now)
                            expired++;
                        else
                            fp.add(e.db, (0,rdb_parser/* rdbTypeName */.g3)(e.rdbType), e.key, digester.ofRdbValue(e.key, e.rdbType, e.value));
                        ctx.progress.addItems(1);
                    }
                    else if (e.type === 'aux' && ['redis-ver', 'repl-id', 'repl-offset', 'ctime'].includes(e.key)) {
                        aux[e.key] = e.value.toString('latin1');
                    }
                }
                evs.length = 0;
            };
            const check = new external_node_stream_.Transform({
                transform(chunk, _enc, cb) {
                    try {
                        parser.push(chunk, evs);
                        consume();
                        cb(null, chunk);
                    }
                    catch (err) {
                        cb(err instanceof rdb_parser/* RdbCorruptError */.AQ ? new errors/* VerificationError */.mk(`${conn.display}: the RDB stream is corrupt at byte ${parser.offset}: ${err.message}`) : err);
                    }
                },
                flush(cb) {
                    try {
                        parser.finish(evs);
                        consume();
                        cb();
                    }
                    catch (err) {
                        cb(err instanceof rdb_parser/* RdbCorruptError */.AQ ? new errors/* VerificationError */.mk(`${conn.display}: the RDB stream is incomplete: ${err.message}`) : err);
                    }
                },
            });
            (0,external_node_stream_.pipeline)(snap.stream, check, (err) => {
                if (err)
                    for (const n of t.nodes)
                        n.client.disconnect();
            });
            const label = t.info.cluster ? `-${node.conn.host}-${node.conn.port}`.replace(/[^A-Za-z0-9._-]+/g, '-') : '';
            yield {
                baseName: `dump${label}.rdb`,
                kind: RDB_KIND,
                contentType: 'application/octet-stream',
                meta: { rdbVersion: Number(version), node: node.addr, server: { name: t.info.name, version: t.info.version } },
                stream: check,
            };
            if (!parser.finished)
                throw new errors/* VerificationError */.mk(`${conn.display}: the RDB stream ended before its EOF marker`);
            nodesInfo.push({ node: node.addr, rdbVersion: Number(version), ...aux });
        }
        return {
            fingerprint: fp.result(),
            consistency: { pointInTime: true, method: 'sync', nodes: nodesInfo },
            warnings: [],
            stats: { keys: fp.keys, expiredInSnapshot: expired },
        };
    }
    async restore(ctx, manifest, artifacts) {
        if (manifest.source.kind !== 'redis')
            throw new errors/* UsageError */.eb(`backup ${manifest.id} is of kind '${manifest.source.kind}', not redis`);
        const target = await RestoreTarget.open(this.conn, this.o.batchBytes);
        try {
            return await restoreRedis(ctx, target, this.o, manifest, artifacts);
        }
        finally {
            await target.close();
        }
    }
    /**
     * What this location holds now. With --db-map (a restore or drill into other
     * databases) it fingerprints the target databases under their source
     * numbers, so the result compares with the backup's.
     */
    async fingerprint(ctx, restored) {
        const t = await this.topology();
        try {
            // Compared with a manifest written before values were digested: key names and types, as it recorded them.
            const legacy = isLegacyFingerprint(restored?.fingerprint);
            const fp = new FingerprintBuilder(legacy);
            const filter = new KeyFilter(this.o.include, this.o.exclude);
            const mapped = [...this.o.dbMap].filter(([from]) => !this.o.dbs || this.o.dbs.includes(from));
            const dbs = mapped.length ? [...new Set(mapped.map(([, to]) => to))] : this.dbsFor(t);
            const sourceOf = new Map(mapped.map(([from, to]) => [to, from]));
            // A one-database backup drilled into a URI naming another database: its keys count as the recorded one's.
            const recorded = restored?.fingerprint ? databasesOf(restored.fingerprint) : [];
            const single = !mapped.length && this.o.uriDb !== undefined && recorded.length === 1 ? recorded[0] : undefined;
            const label = (db) => single ?? sourceOf.get(db) ?? db;
            if (legacy) {
                for (const node of t.nodes) {
                    defineScripts(node, t.info.version);
                    await fingerprintNode(node, dbs, !t.info.cluster, this.o.scanCount, filter, fp, ctx.signal, label);
                }
                return fp.result();
            }
            // SCAN + DUMP + decode, pipelined and bounded like the backup's scan (nothing is written anywhere).
            const stats = { keys: 0, bytes: 0, vanished: 0 };
            await scanDumpNodes(t.nodes, fp, async (node, conn, scanConn, digests) => {
                const scanner = new DumpScanner(conn, node.conn.display, t.info.version, undefined, fp, digests, ctx, { count: this.o.scanCount, filter, budget: this.o.batchBytes, label, scanConn }, stats);
                for (const db of dbs)
                    await scanner.scanDb(db, !t.info.cluster, false);
            });
            return fp.result();
        }
        finally {
            for (const n of t.nodes)
                n.client.disconnect();
        }
    }
}
/** Reads the first `n` bytes of a stream and puts them back. */
async function peek(stream, n) {
    for (;;) {
        const b = stream.read(n);
        if (b) {
            stream.unshift(b);
            return b;
        }
        if (stream.readableEnded || stream.destroyed) {
            const rest = stream.read() ?? Buffer.alloc(0);
            if (stream.errored)
                throw stream.errored;
            return rest;
        }
        await new Promise((resolve, reject) => {
            const done = () => {
                stream.off('readable', done);
                stream.off('end', done);
                stream.off('error', fail);
                resolve();
            };
            const fail = (e) => {
                stream.off('readable', done);
                stream.off('end', done);
                reject(e);
            };
            stream.once('readable', done);
            stream.once('end', done);
            stream.once('error', fail);
        });
    }
}


/***/ })

};
