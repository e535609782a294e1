export const id = 589;
export const ids = [589];
export const modules = {

/***/ 94964:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AO: () => (/* binding */ describeMongoError),
/* harmony export */   GZ: () => (/* binding */ parseMongoUri),
/* harmony export */   Ng: () => (/* binding */ connect),
/* harmony export */   hk: () => (/* binding */ serverFacts)
/* harmony export */ });
/* harmony import */ var mongodb__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(84294);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _util_redact_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(50767);



const URI_RE = /^(mongodb(?:\+srv)?):\/\/(?:[^@/]*@)?([^/?]*)(?:\/([^?]*))?(?:\?.*)?$/i;
function parseMongoUri(raw, flag = '--source') {
    const uri = raw.trim();
    const m = URI_RE.exec(uri);
    if (!m || !m[2]) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${flag}: '${(0,_util_redact_js__WEBPACK_IMPORTED_MODULE_2__/* .redact */ .E)(uri)}' is not a MongoDB connection string; expected mongodb://[user:pass@]host[:port][/database][?options] or mongodb+srv://…`);
    }
    let db;
    if (m[3]) {
        try {
            db = decodeURIComponent(m[3]);
        }
        catch {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${flag}: the database name in '${(0,_util_redact_js__WEBPACK_IMPORTED_MODULE_2__/* .redact */ .E)(uri)}' is not valid percent-encoding`);
        }
        if (/[/\\ ."$]/.test(db) || db.length > 63) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${flag}: '${db}' is not a valid database name (no / \\ . space " $, at most 63 bytes)`);
        }
    }
    return { uri, safe: (0,_util_redact_js__WEBPACK_IMPORTED_MODULE_2__/* .redact */ .E)(uri), db: db || undefined, hosts: m[2] };
}
/** Turns a driver error into one line for the user, naming the location and never its secrets. */
function describeMongoError(err, where, doing) {
    if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BakupError */ .uv)
        return err;
    const msg = (0,_util_redact_js__WEBPACK_IMPORTED_MODULE_2__/* .redact */ .E)((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err));
    const name = err instanceof Error ? err.name : '';
    const code = err instanceof mongodb__WEBPACK_IMPORTED_MODULE_0__.MongoServerError ? err.code : undefined;
    if (code === 18 || /Authentication failed|auth.*fail/i.test(msg)) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OperationalError */ .LE(`${where}: authentication failed while ${doing}; check the user name, password and authSource`, { cause: err });
    }
    if (code === 13 || /not authorized|Unauthorized/i.test(msg)) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OperationalError */ .LE(`${where}: not authorized while ${doing} (${msg}); the user needs the backup/restore roles`, { cause: err });
    }
    if (name === 'MongoParseError' || name === 'MongoInvalidArgumentError' || name === 'MongoAPIError') {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${where}: invalid connection string or option (${msg})`, { cause: err });
    }
    if (name === 'MongoServerSelectionError' || name === 'MongoNetworkError' || name === 'MongoNetworkTimeoutError' || name === 'MongoTopologyClosedError') {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OperationalError */ .LE(`${where}: cannot reach MongoDB while ${doing} (${msg})`, { cause: err });
    }
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OperationalError */ .LE(`${where}: ${doing} failed: ${msg}`, { cause: err });
}
async function connect(loc, opts) {
    let client;
    try {
        client = new mongodb__WEBPACK_IMPORTED_MODULE_0__.MongoClient(loc.uri, {
            appName: 'bakup',
            serverSelectionTimeoutMS: opts.serverSelectionTimeoutMs,
            ...(opts.readPreference ? { readPreference: opts.readPreference } : {}),
        });
    }
    catch (err) {
        throw describeMongoError(err, loc.safe, 'reading the connection string');
    }
    try {
        await client.connect();
        await client.db('admin').command({ ping: 1 });
    }
    catch (err) {
        await client.close().catch(() => undefined);
        throw describeMongoError(err, loc.safe, 'connecting');
    }
    return client;
}
async function serverFacts(client) {
    const admin = client.db('admin');
    const hello = await admin.command({ hello: 1 }).catch(() => admin.command({ isMaster: 1 }));
    let version = '0.0.0';
    try {
        const bi = await admin.command({ buildInfo: 1 });
        if (typeof bi.version === 'string')
            version = bi.version;
    }
    catch {
        // Some proxies refuse buildInfo; the archive then records 0.0.0, which mongorestore accepts.
    }
    return {
        version,
        setName: typeof hello.setName === 'string' ? hello.setName : undefined,
        isMongos: hello.msg === 'isdbgrid',
    };
}


/***/ }),

/***/ 98183:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LV: () => (/* binding */ buildFingerprint),
/* harmony export */   SV: () => (/* binding */ fingerprintKey),
/* harmony export */   ed: () => (/* binding */ ContentDigest)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/**
 * An order-independent digest of a collection's documents: the lane-wise sum
 * (eight 32-bit lanes, each modulo 2^32) of every document's SHA-256 over its
 * raw BSON bytes. Sums commute, so the value does not depend on the order a
 * cursor returns documents in, yet any change to any byte of any document, a
 * missing or an extra document changes it. Prefixed `sha256sum8:` so the
 * scheme can evolve.
 */
class ContentDigest {
    lanes = new Uint32Array(8);
    count = 0;
    bytes = 0;
    add(doc) {
        // The digest as a 'binary' (latin1) string (one char per byte): a Buffer result costs an ArrayBuffer per document,
        // twice the time (1.7 vs 0.8 µs for 600 B) and young-generation garbage that outlives scavenges.
        const h = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.hash)('sha256', doc, 'binary');
        const l = this.lanes;
        for (let i = 0, j = 0; i < 8; i++, j += 4) {
            l[i] = l[i] + (h.charCodeAt(j) | (h.charCodeAt(j + 1) << 8) | (h.charCodeAt(j + 2) << 16) | (h.charCodeAt(j + 3) << 24));
        }
        this.count++;
        this.bytes += doc.length;
    }
    digest() {
        return `sha256sum8:${Buffer.from(this.lanes.buffer, this.lanes.byteOffset, 32).toString('hex')}`;
    }
}
/**
 * The fingerprint of a MongoDB scope. Items are keyed by collection name when
 * the scope is one database (so a copy restored into another database
 * compares equal), by `db.collection` otherwise. Views hold no documents and
 * are not part of it.
 */
function buildFingerprint(items) {
    const keys = [...items.keys()].sort();
    const whole = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    let documents = 0;
    const out = {};
    for (const k of keys) {
        const it = items.get(k);
        out[k] = { count: it.count, digest: it.digest };
        documents += it.count;
        whole.update(`${k}\u0000${it.count}\u0000${it.digest}\n`);
    }
    return {
        kind: 'mongodb',
        summary: { collections: keys.length, documents },
        items: out,
        digest: `sha256:${whole.digest('hex')}`,
    };
}
function fingerprintKey(scopeDb, db, collection) {
    return scopeDb !== undefined ? collection : `${db}.${collection}`;
}


/***/ }),

/***/ 22194:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gz: () => (/* binding */ decodeMetadata),
/* harmony export */   _$: () => (/* binding */ encodeMetadata),
/* harmony export */   hT: () => (/* binding */ EXACT_BSON),
/* harmony export */   lH: () => (/* binding */ uuidHex)
/* harmony export */ });
/* harmony import */ var mongodb__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(84294);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
// bson classes come through the driver: it is CommonJS, and instanceof only holds within one copy of bson.

const { EJSON } = mongodb__WEBPACK_IMPORTED_MODULE_0__.BSON;

/** Decoding options that keep every BSON type as its own class, so nothing is lost on a round trip. */
const EXACT_BSON = {
    promoteValues: false,
    promoteLongs: false,
    promoteBuffers: false,
    bsonRegExp: true,
};
function uuidHex(info) {
    const u = info?.uuid;
    if (u instanceof mongodb__WEBPACK_IMPORTED_MODULE_0__.Binary && u.sub_type === 4)
        return Buffer.from(u.buffer).toString('hex');
    return undefined;
}
function encodeMetadata(m) {
    const doc = {};
    if (Object.keys(m.options).length)
        doc.options = m.options;
    doc.indexes = m.indexes;
    if (m.uuid)
        doc.uuid = m.uuid;
    doc.collectionName = m.collectionName;
    if (m.type)
        doc.type = m.type;
    return EJSON.stringify(doc, { relaxed: false });
}
/** Parses a prelude's metadata text; '' (the oplog, or old archives) means no options and no indexes. */
function decodeMetadata(text, ns, what) {
    const name = ns.slice(ns.indexOf('.') + 1);
    if (!text)
        return { options: {}, indexes: [], collectionName: name };
    let d;
    try {
        d = EJSON.parse(text, { relaxed: false });
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerificationError */ .mk(`${what}: the metadata of ${ns} is not valid Extended JSON (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err)})`);
    }
    if (typeof d !== 'object' || d === null)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerificationError */ .mk(`${what}: the metadata of ${ns} is not a JSON object`);
    const options = (d.options ?? {});
    const indexes = (d.indexes ?? []);
    if (typeof options !== 'object' || !Array.isArray(indexes)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerificationError */ .mk(`${what}: the metadata of ${ns} has malformed options or indexes`);
    }
    return {
        options,
        indexes,
        ...(typeof d.uuid === 'string' ? { uuid: d.uuid } : {}),
        collectionName: typeof d.collectionName === 'string' ? d.collectionName : name,
        ...(typeof d.type === 'string' ? { type: d.type } : {}),
    };
}


/***/ }),

/***/ 45572:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UM: () => (/* binding */ NsRenamer),
/* harmony export */   XV: () => (/* binding */ NOT_RESTORED),
/* harmony export */   io: () => (/* binding */ NsMatcher),
/* harmony export */   oI: () => (/* binding */ splitNamespace)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

/**
 * Namespace patterns with mongodump/mongorestore semantics (mongo-tools
 * `mongorestore/ns`): a pattern is matched against the whole `db.collection`
 * string; an unescaped `*` matches any run of characters (dots included);
 * `\*` and `\\` stand for a literal `*` and `\`. Renames (`--ns-from`/`--ns-to`)
 * pair the asterisks of `from` with those of `to` in order, or name them as
 * `$var$` variables; when several renames match, the last one given wins.
 */
const REGEXP_SPECIALS = new Set([...'*[](){}\\?$^+!.|']);
/** Splits a pattern into literal text and wildcard variables (`*` become `$1$`, `$2$`…). */
function tokenize(pattern, allowDollarVars, flag) {
    const tokens = [];
    let lit = '';
    let star = 0;
    const flushLit = () => {
        if (lit)
            tokens.push({ kind: 'lit', text: lit });
        lit = '';
    };
    const chars = [...pattern];
    for (let i = 0; i < chars.length; i++) {
        const c = chars[i];
        if (c === '\\') {
            const next = chars[i + 1];
            if (next === '*' || next === '\\') {
                lit += next;
                i++;
            }
            // A lone backslash escapes nothing and disappears, as in mongo-tools.
            continue;
        }
        if (c === '*' && !allowDollarVars) {
            flushLit();
            tokens.push({ kind: 'var', name: String(++star) });
            continue;
        }
        if (c === '$') {
            if (!allowDollarVars)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${flag}: '$' is not allowed in '${pattern}'`);
            const end = chars.indexOf('$', i + 1);
            if (end < 0)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${flag}: unmatched '$' in '${pattern}'`);
            flushLit();
            tokens.push({ kind: 'var', name: chars.slice(i + 1, end).join('') });
            i = end;
            continue;
        }
        lit += c;
    }
    flushLit();
    return tokens;
}
function compile(tokens) {
    const vars = new Map();
    let src = '';
    for (const t of tokens) {
        if (t.kind === 'var') {
            if (vars.has(t.name))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`variable '$${t.name}$' used more than once`);
            vars.set(t.name, vars.size + 1);
            src += '(.*?)';
        }
        else {
            for (const c of t.text)
                src += REGEXP_SPECIALS.has(c) ? `\\${c}` : c;
        }
    }
    return { re: new RegExp(`^${src}$`, 'su'), vars };
}
/** A set of include (or exclude) patterns. */
class NsMatcher {
    patterns;
    res;
    constructor(patterns, flag = '--ns-include') {
        this.patterns = patterns;
        this.res = patterns.map((p) => {
            if (p.includes('$'))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${flag}: '$' is not allowed in include/exclude patterns ('${p}')`);
            return compile(tokenize(p, false, flag)).re;
        });
    }
    get empty() {
        return this.res.length === 0;
    }
    has(ns) {
        return this.res.some((re) => re.test(ns));
    }
}
/** Maps namespaces with `--ns-from`/`--ns-to` pairs. */
class NsRenamer {
    rules = [];
    constructor(from, to) {
        if (from.length !== to.length) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`--ns-from and --ns-to: ${from.length} vs ${to.length} patterns; give them in pairs`);
        }
        // Later pairs take precedence, as in mongorestore.
        for (let i = from.length - 1; i >= 0; i--) {
            const f = from[i];
            const t = to[i];
            const dollar = f.includes('$');
            if (dollar) {
                if (countOf(f, '$') % 2 || countOf(t, '$') % 2)
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`--ns-from/--ns-to: odd number of '$' in '${f}' or '${t}'`);
            }
            else if (countStars(f) !== countStars(t)) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`--ns-from '${f}' and --ns-to '${t}' have different numbers of '*'`);
            }
            const { re, vars } = compile(tokenize(f, dollar, '--ns-from'));
            const toTokens = tokenize(t, dollar, '--ns-to');
            for (const tok of toTokens) {
                if (tok.kind === 'var' && !vars.has(tok.name))
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`--ns-to '${t}': unknown variable '$${tok.name}$'`);
            }
            this.rules.push({ re, to: toTokens, vars });
        }
    }
    get empty() {
        return this.rules.length === 0;
    }
    get(ns) {
        for (const r of this.rules) {
            const m = r.re.exec(ns);
            if (m)
                return r.to.map((tok) => (tok.kind === 'lit' ? tok.text : m[r.vars.get(tok.name)] ?? '')).join('');
        }
        return ns;
    }
}
function countOf(s, c) {
    return s.split(c).length - 1;
}
function countStars(s) {
    return countOf(s, '*') - countOf(s, '\\*');
}
/** Splits `db.collection` at the first dot (database names cannot contain dots). */
function splitNamespace(ns) {
    const i = ns.indexOf('.');
    return i < 0 ? { db: ns, collection: '' } : { db: ns.slice(0, i), collection: ns.slice(i + 1) };
}
/** Collections whose contents the server manages itself; mongorestore restores users and roles by other means. */
const NOT_RESTORED = /^(admin\.system\.(users|roles|version|keys|new_users|backup_users)|config\.system\.sessions|config\.transactions)$/;


/***/ }),

/***/ 19420:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KO: () => (/* binding */ pointToTs),
/* harmony export */   Kj: () => (/* binding */ OPLOG_NS),
/* harmony export */   Qq: () => (/* binding */ hasOplog),
/* harmony export */   V8: () => (/* binding */ scopeSliceEntry),
/* harmony export */   _0: () => (/* binding */ OplogReplayer),
/* harmony export */   _s: () => (/* binding */ oldestOplogTs),
/* harmony export */   aT: () => (/* binding */ oplogCaptureStart),
/* harmony export */   bD: () => (/* binding */ tsToPoint),
/* harmony export */   pV: () => (/* binding */ captureFilter),
/* harmony export */   ps: () => (/* binding */ compareTs),
/* harmony export */   rr: () => (/* binding */ namespacesTouched),
/* harmony export */   wV: () => (/* binding */ stripIndexSpec),
/* harmony export */   zg: () => (/* binding */ newestOplogTs),
/* harmony export */   zy: () => (/* binding */ scopeCapturedEntry)
/* harmony export */ });
/* unused harmony exports normalizeEntry, planOplogEntry, applyDocumentDiff */
/* harmony import */ var mongodb__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(84294);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _metadata_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(22194);
// bson classes come through the driver: it is CommonJS, and instanceof only holds within one copy of bson.



/**
 * Oplog capture (what `mongodump --oplog` does) and replay (what
 * `mongorestore --oplogReplay` does).
 *
 * Capture: before the first collection is read, note the newest oplog entry's
 * timestamp (or the oldest active transaction's start); after the last one,
 * note the newest again; check the oplog did not roll past the start; copy
 * every entry between the two (inclusive). Replaying those entries over the
 * dumped data yields the data as of the end timestamp: the backup's
 * consistency point.
 *
 * Replay: on a server that has `applyOps`, each entry is applied with it (the
 * server's own oplog-application semantics). Where it lacks it (FerretDB and
 * other compatible servers), entries are translated to ordinary commands:
 * inserts become upserts, updates ($v:2 diffs included) become update or
 * replace commands, deletes deleteOne, and DDL entries the matching command.
 */
const OPLOG_NS = { db: '', collection: 'oplog' };
function tsToPoint(ts) {
    return { t: ts.high, i: ts.low };
}
function pointToTs(p) {
    return new mongodb__WEBPACK_IMPORTED_MODULE_0__.Timestamp({ t: p.t, i: p.i });
}
function compareTs(a, b) {
    return a.high !== b.high ? (a.high < b.high ? -1 : 1) : a.low === b.low ? 0 : a.low < b.low ? -1 : 1;
}
/**
 * True when the server keeps an oplog we can read: a replica-set member's, or,
 * when the user asks for it with --oplog, a local.oplog.rs on a server that
 * does not call itself a replica set (mongo-java-server with its oplog on). A
 * standalone mongod is never trusted by default: a stale local.oplog.rs left
 * from its replica-set days is no longer written.
 */
async function hasOplog(client, setName, explicit = false) {
    if (!setName && !explicit)
        return false;
    try {
        const cols = await client.db('local').listCollections({ name: 'oplog.rs' }, { nameOnly: true }).toArray();
        return cols.length > 0;
    }
    catch {
        return false;
    }
}
async function edgeEntryTs(client, direction) {
    const coll = client.db('local').collection('oplog.rs');
    let doc;
    try {
        doc = await coll.findOne({}, { sort: { $natural: direction }, projection: { ts: 1 } });
    }
    catch {
        // Servers without $natural ordering sort by ts instead (slower, same answer).
        doc = await coll.findOne({}, { sort: { ts: direction }, projection: { ts: 1 } });
    }
    const ts = doc?.ts;
    return ts instanceof mongodb__WEBPACK_IMPORTED_MODULE_0__.Timestamp ? ts : undefined;
}
const newestOplogTs = (client) => edgeEntryTs(client, -1);
const oldestOplogTs = (client) => edgeEntryTs(client, 1);
/**
 * Where capture starts: the start of the oldest transaction still open (its
 * earlier entries are needed to replay it), else the newest entry.
 */
async function oplogCaptureStart(client) {
    try {
        const t = await client
            .db('config')
            .collection('transactions')
            .findOne({ state: { $in: ['prepared', 'inProgress'] } }, { sort: { startOpTime: 1 } });
        const ts = t?.startOpTime?.ts;
        if (ts instanceof mongodb__WEBPACK_IMPORTED_MODULE_0__.Timestamp)
            return ts;
    }
    catch {
        // No config.transactions (not a replica set, or a compatible server): fall through.
    }
    return newestOplogTs(client);
}
function captureFilter(start, end) {
    return { ts: { $gte: start, $lte: end } };
}
/**
 * Checks one captured entry as mongodump does (some operations make a
 * consistent dump impossible) and decides whether it belongs to the scope.
 * Returns the entry to keep (possibly with a filtered applyOps), or null.
 */
function scopeCapturedEntry(entry, inScope) {
    const ns = typeof entry.ns === 'string' ? entry.ns : '';
    const o = (entry.o ?? {});
    const { db, coll } = splitOplogNs(ns);
    // A scoped backup only cares about what touches its scope.
    const touches = (d, c) => !inScope || inScope(d, c);
    if (ns === 'admin.system.version' && !inScope)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OperationalError */ .LE('cannot capture the oplog: admin.system.version was modified during the backup');
    if (o.renameCollection !== undefined) {
        const from = splitOplogNs(String(o.renameCollection));
        const to = splitOplogNs(String(o.to));
        if (touches(from.db, from.coll) || touches(to.db, to.coll)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OperationalError */ .LE(`cannot capture the oplog: a collection was renamed during the backup (${String(o.renameCollection)}); run the backup again`);
        }
        return null;
    }
    if (o.importCollection !== undefined && touches(db, String(o.importCollection)))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OperationalError */ .LE('cannot capture the oplog: importCollection ran during the backup');
    if (!inScope)
        return entry;
    const op = entry.op;
    if (op === 'n')
        return null;
    if (op === 'c') {
        if (Array.isArray(o.applyOps)) {
            const kept = o.applyOps.map((e) => scopeCapturedEntry(e, inScope)).filter((e) => e !== null);
            if (!kept.length)
                return null;
            return { ...entry, o: { ...o, applyOps: kept } };
        }
        const target = commandTarget(o);
        return inScope(db, target ?? '') ? entry : null;
    }
    return inScope(db, coll) ? entry : null;
}
function splitOplogNs(ns) {
    const i = ns.indexOf('.');
    return i < 0 ? { db: ns, coll: '' } : { db: ns.slice(0, i), coll: ns.slice(i + 1) };
}
/** The collection a command entry acts on (its first field's value), when it names one. */
function commandTarget(o) {
    const first = Object.keys(o)[0];
    const v = first === undefined ? undefined : o[first];
    return typeof v === 'string' ? v : undefined;
}
/**
 * Decides whether an oplog slice (an incremental backup) keeps an entry. Unlike
 * a capture during a dump, renames are ordinary history here; but a collection
 * renamed into the scope from outside it, or imported, brings documents no
 * entry holds, so the slice cannot represent it and the backup fails.
 * Periodic no-ops and admin.system.version (feature compatibility) are dropped.
 */
function scopeSliceEntry(entry, inScope) {
    const ns = typeof entry.ns === 'string' ? entry.ns : '';
    const o = (entry.o ?? {});
    const op = entry.op;
    if (op === 'n' || ns === 'admin.system.version')
        return null;
    const { db, coll } = splitOplogNs(ns);
    if (op !== 'c')
        return inScope(db, coll) ? entry : null;
    if (Array.isArray(o.applyOps)) {
        const kept = o.applyOps.map((e) => scopeSliceEntry(e, inScope)).filter((e) => e !== null);
        if (!kept.length)
            return null;
        return kept.length === o.applyOps.length ? entry : { ...entry, o: { ...o, applyOps: kept } };
    }
    if (o.importCollection !== undefined) {
        const target = splitOplogNs(String(o.importCollection));
        if (inScope(db, target.coll || String(o.importCollection))) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OperationalError */ .LE(`importCollection on ${db}.${String(o.importCollection)}: the imported documents are not in the oplog; take a full backup`);
        }
        return null;
    }
    if (o.renameCollection !== undefined) {
        const from = splitOplogNs(String(o.renameCollection));
        const to = splitOplogNs(String(o.to));
        const fromIn = inScope(from.db, from.coll);
        const toIn = inScope(to.db, to.coll);
        if (toIn && !fromIn) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OperationalError */ .LE(`${String(o.renameCollection)} was renamed to ${String(o.to)}, into the backed-up namespaces from outside them: its documents are in no backup of this chain; take a full backup`);
        }
        return fromIn ? entry : null;
    }
    return inScope(db, commandTarget(o) ?? '') ? entry : null;
}
/** The namespaces an entry writes to (what a restore must find empty or drop); database-wide commands name none. */
function namespacesTouched(entry, out) {
    const ns = typeof entry.ns === 'string' ? entry.ns : '';
    const o = (entry.o ?? {});
    const op = entry.op;
    if (op === 'n')
        return;
    const { db, coll } = splitOplogNs(ns);
    if (op !== 'c') {
        out.add(`${db}.${coll}`);
        return;
    }
    if (Array.isArray(o.applyOps)) {
        for (const e of o.applyOps)
            namespacesTouched(e, out);
        return;
    }
    if (o.renameCollection !== undefined) {
        out.add(String(o.renameCollection));
        out.add(String(o.to));
        return;
    }
    // dropDatabase writes to every collection of its database: `db.` stands for all of them.
    if ('dropDatabase' in o)
        out.add(`${db}.`);
    else {
        const target = commandTarget(o);
        if (target !== undefined)
            out.add(`${db}.${target}`);
    }
}
const IGNORED_COMMANDS = new Set(['startIndexBuild', 'abortIndexBuild', 'commitTransaction', 'abortTransaction']);
/**
 * Rewrites the shapes MongoDB-compatible servers write into the ones MongoDB
 * writes, so both replay paths see one dialect: FerretDB logs every update as
 * `{$v: 1, $set: <the whole new document, _id included>}` (MongoDB never sets
 * _id in an update entry), which is a replacement; FerretDB and
 * mongo-java-server give entries an ObjectId `_id`, which applyOps rejects.
 */
function normalizeEntry(entry) {
    let e = entry;
    if (e._id !== undefined && e.ts !== undefined) {
        const { _id: _drop, ...rest } = e;
        e = rest;
    }
    if (e.op === 'u') {
        const o = (e.o ?? {});
        const keys = Object.keys(o);
        const set = o.$set;
        if (set && typeof set === 'object' && '_id' in set && keys.every((k) => k === '$set' || k === '$v'))
            e = { ...e, o: set };
    }
    else if (e.op === 'c' && Array.isArray(e.o?.applyOps)) {
        const o = e.o;
        e = { ...e, o: { ...o, applyOps: o.applyOps.map(normalizeEntry) } };
    }
    return e;
}
function isDiffUpdate(o) {
    return Number(o.$v) === 2 || (o.diff !== undefined && Object.keys(o).every((k) => k === '$v' || k === 'diff'));
}
/** Translates one oplog entry into the commands that reproduce it. Pure: tested on recorded entries. */
function planOplogEntry(raw, map) {
    const entry = normalizeEntry(raw);
    const op = entry.op;
    const ns = typeof entry.ns === 'string' ? entry.ns : '';
    const o = (entry.o ?? {});
    if (op === 'n')
        return [{ kind: 'skip', reason: 'no-op' }];
    const { db, coll } = splitOplogNs(ns);
    if (op === 'c')
        return planCommand(db, o, map);
    const target = map(db, coll);
    if (!target)
        return [{ kind: 'skip', reason: `${ns} not restored` }];
    switch (op) {
        case 'i': {
            const filter = entry.o2 ?? { _id: o._id };
            return [{ kind: 'upsert', db: target.db, coll: target.coll, filter, doc: o }];
        }
        case 'u': {
            const filter = entry.o2;
            if (!filter)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerificationError */ .mk(`oplog update on ${ns} has no o2 (document key)`);
            if (isDiffUpdate(o))
                return [{ kind: 'diff', db: target.db, coll: target.coll, filter, diff: o.diff }];
            const keys = Object.keys(o);
            if (keys.some((k) => k.startsWith('$'))) {
                const update = {};
                for (const k of keys)
                    if (k !== '$v')
                        update[k] = o[k];
                return [{ kind: 'update', db: target.db, coll: target.coll, filter, update }];
            }
            return [{ kind: 'replace', db: target.db, coll: target.coll, filter, doc: o }];
        }
        case 'd':
            return [{ kind: 'delete', db: target.db, coll: target.coll, filter: o }];
        default:
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerificationError */ .mk(`oplog entry with unknown op '${op}' on ${ns}`);
    }
}
function planCommand(db, o, map) {
    const name = Object.keys(o)[0] ?? '';
    if (name === 'applyOps') {
        return o.applyOps.flatMap((e) => planOplogEntry(e, map));
    }
    if (IGNORED_COMMANDS.has(name))
        return [{ kind: 'skip', reason: name }];
    if (name === 'dropDatabase') {
        const t = map(db, '');
        return t ? [{ kind: 'command', db: t.db, command: { dropDatabase: 1 }, ignoreCodes: [] }] : [{ kind: 'skip', reason: `database ${db} not restored` }];
    }
    if (name === 'renameCollection') {
        const from = splitOplogNs(String(o.renameCollection));
        const to = splitOplogNs(String(o.to));
        const f = map(from.db, from.coll);
        const t = map(to.db, to.coll);
        if (!f)
            return [{ kind: 'skip', reason: 'rename of a collection that is not restored' }];
        // Renamed out of the restored namespaces: as far as the restore is concerned, the collection is gone.
        if (!t)
            return [{ kind: 'command', db: f.db, command: { drop: f.coll }, ignoreCodes: [26] }];
        return [{ kind: 'rename', from: `${f.db}.${f.coll}`, to: `${t.db}.${t.coll}` }];
    }
    const collName = typeof o[name] === 'string' ? o[name] : '';
    const t = map(db, collName);
    if (!t)
        return [{ kind: 'skip', reason: `${db}.${collName} not restored` }];
    switch (name) {
        case 'create': {
            const { create: _c, idIndex: _i, ...rest } = o;
            return [{ kind: 'command', db: t.db, command: { create: t.coll, ...rest }, ignoreCodes: [48] }];
        }
        case 'drop':
            return [{ kind: 'command', db: t.db, command: { drop: t.coll }, ignoreCodes: [26] }];
        case 'createIndexes': {
            const { createIndexes: _c, ...spec } = o;
            return [{ kind: 'command', db: t.db, command: { createIndexes: t.coll, indexes: [stripIndexSpec(spec)] }, ignoreCodes: [85, 86] }];
        }
        case 'commitIndexBuild': {
            const indexes = (o.indexes ?? []).map(stripIndexSpec);
            return [{ kind: 'command', db: t.db, command: { createIndexes: t.coll, indexes }, ignoreCodes: [85, 86] }];
        }
        case 'dropIndexes':
        case 'deleteIndex':
        case 'deleteIndexes': {
            const index = o.index ?? o.name;
            return [{ kind: 'command', db: t.db, command: { dropIndexes: t.coll, index }, ignoreCodes: [27, 26] }];
        }
        case 'collMod':
        case 'convertToCapped':
        case 'emptycapped':
            return [{ kind: 'command', db: t.db, command: { ...o, [name]: t.coll }, ignoreCodes: [26] }];
        default:
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OperationalError */ .LE(`cannot replay oplog command '${name}' on ${db}; restore with --no-oplog-replay to skip the oplog`);
    }
}
/**
 * An index definition as dumped, made fit for createIndexes: `ns` is not
 * accepted by current servers, `v` (the index format version) is chosen by the
 * target server (compatible servers such as FerretDB reject it), and
 * `background` has been ignored since MongoDB 4.2.
 */
function stripIndexSpec(spec) {
    const { ns: _ns, v: _v, background: _b, ...rest } = spec;
    return rest;
}
// ---------------------------------------------------------------- $v: 2 diffs
function isPlainDocument(v) {
    if (typeof v !== 'object' || v === null || Array.isArray(v))
        return false;
    const proto = Object.getPrototypeOf(v);
    return proto === Object.prototype || proto === null;
}
function isArrayDiff(d) {
    return d.a === true;
}
/** Sets a field without letting a name such as `__proto__` reach the prototype. */
function put(out, name, value) {
    Object.defineProperty(out, name, { value, enumerable: true, writable: true, configurable: true });
}
/**
 * Applies a `$v: 2` oplog diff to a document the way MongoDB's applier does
 * (src/mongo/db/update/document_diff_applier.cpp): fields are deleted (`d`),
 * replaced in place (`u`; appended when absent), moved to the end with their
 * new value (`i`), or diffed recursively (`s<field>`, arrays when `a: true`,
 * with `l` the new length and `u<n>`/`s<n>` per index). A sub-diff whose field
 * has another type, or an index past the array's end, becomes null: a later
 * entry rewrites it, which is what makes applying a diff twice harmless.
 */
function applyDocumentDiff(pre, diff) {
    const deletes = new Set();
    const updates = new Map();
    const inserts = new Map();
    const subDiffs = new Map();
    const appendOrder = [];
    for (const [k, v] of Object.entries(diff)) {
        if (k === 'd')
            for (const f of Object.keys(v))
                deletes.add(f);
        else if (k === 'u' || k === 'i')
            continue;
        else if (k.startsWith('s') && k.length > 1)
            subDiffs.set(k.slice(1), v);
        else
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerificationError */ .mk(`unknown field '${k}' in an oplog diff`);
    }
    // MongoDB reads every update before every insert, whatever their order in the diff.
    for (const [f, v] of Object.entries((diff.u ?? {}))) {
        updates.set(f, v);
        appendOrder.push([f, v]);
    }
    for (const [f, v] of Object.entries((diff.i ?? {}))) {
        inserts.set(f, v);
        appendOrder.push([f, v]);
    }
    const out = {};
    const written = new Set();
    for (const [k, v] of Object.entries(pre)) {
        if (deletes.has(k) || inserts.has(k))
            continue;
        if (updates.has(k)) {
            put(out, k, updates.get(k));
            written.add(k);
            continue;
        }
        const sub = subDiffs.get(k);
        if (!sub)
            put(out, k, v);
        else if (isArrayDiff(sub))
            put(out, k, Array.isArray(v) ? applyArrayDiff(v, sub) : null);
        else
            put(out, k, isPlainDocument(v) ? applyDocumentDiff(v, sub) : null);
    }
    for (const [k, v] of appendOrder)
        if (!written.has(k))
            put(out, k, v);
    return out;
}
function applyArrayDiff(pre, diff) {
    const size = diff.l === undefined ? undefined : Number(diff.l);
    const mods = new Map();
    for (const [k, v] of Object.entries(diff)) {
        if (k === 'a' || k === 'l')
            continue;
        const idx = Number(k.slice(1));
        if (!/^[us]\d+$/.test(k) || !Number.isSafeInteger(idx))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerificationError */ .mk(`unknown field '${k}' in an oplog array diff`);
        mods.set(idx, k[0] === 'u' ? { update: v } : { sub: v });
    }
    const lastMod = mods.size ? Math.max(...mods.keys()) : -1;
    const end = size ?? Math.max(pre.length, lastMod + 1);
    const out = [];
    for (let i = 0; i < end; i++) {
        const has = i < pre.length;
        const mod = mods.get(i);
        if (!mod)
            out.push(has ? pre[i] : null);
        else if ('update' in mod)
            out.push(mod.update);
        else if (!has)
            out.push(null);
        else if (isArrayDiff(mod.sub))
            out.push(Array.isArray(pre[i]) ? applyArrayDiff(pre[i], mod.sub) : null);
        else
            out.push(isPlainDocument(pre[i]) ? applyDocumentDiff(pre[i], mod.sub) : null);
    }
    return out;
}
/**
 * Update operators whose effect depends on the document they apply to. MongoDB never logs them (its entries hold
 * results: `$v: 2` diffs, `$set`/`$unset`), but mongo-java-server logs the operators it was given.
 */
const NON_IDEMPOTENT = new Set(['$inc', '$mul', '$push', '$pop', '$pull', '$pullAll', '$rename', '$bit', '$currentDate']);
/** Applies entries one by one, with applyOps where the server has it. */
class OplogReplayer {
    client;
    map;
    writeConcern;
    renames;
    useApplyOps;
    applied = 0;
    skipped = 0;
    /** Updates replayed with operators that apply again if an entry is replayed twice (see NON_IDEMPOTENT). */
    nonIdempotent = 0;
    /** Diff updates whose document was not there (deleted later in the history, or by this replay's start). */
    missing = 0;
    constructor(client, map, writeConcern, renames) {
        this.client = client;
        this.map = map;
        this.writeConcern = writeConcern;
        this.renames = renames;
    }
    async probeApplyOps() {
        // With renames the entries' namespaces and uuids would have to be rewritten
        // for applyOps; the translated path handles renames natively.
        if (this.renames)
            return false;
        try {
            await this.client.db('admin').command({ applyOps: [] });
            return true;
        }
        catch {
            return false;
        }
    }
    async apply(raw) {
        this.useApplyOps ??= await this.probeApplyOps();
        if (this.useApplyOps && raw.op !== 'n') {
            const { ui: _ui, ...rest } = normalizeEntry(raw); // uuids differ on the target
            const ns = typeof rest.ns === 'string' ? rest.ns : '';
            const { db, coll } = splitOplogNs(ns);
            if (rest.op !== 'c' && !this.map(db, coll)) {
                this.skipped++;
                return;
            }
            await this.client.db('admin').command({ applyOps: [rest] }, _metadata_js__WEBPACK_IMPORTED_MODULE_2__/* .EXACT_BSON */ .hT);
            this.applied++;
            return;
        }
        for (const a of planOplogEntry(raw, this.map))
            await this.run(a);
    }
    async run(a) {
        const wc = this.writeConcern ? { writeConcern: this.writeConcern } : {};
        switch (a.kind) {
            case 'skip':
                this.skipped++;
                return;
            case 'upsert':
            case 'replace':
                await this.client.db(a.db).collection(a.coll).replaceOne(a.filter, a.doc, { upsert: true, ...wc });
                break;
            case 'update':
                if (Object.keys(a.update).some((k) => NON_IDEMPOTENT.has(k)))
                    this.nonIdempotent++;
                await this.client.db(a.db).collection(a.coll).updateOne(a.filter, a.update, wc);
                break;
            case 'diff': {
                // Read, apply, write back: exact for every diff (nested array resizes, type changes, field order),
                // which a translation into $set/$unset is not.
                const coll = this.client.db(a.db).collection(a.coll);
                const pre = await coll.findOne(a.filter, _metadata_js__WEBPACK_IMPORTED_MODULE_2__/* .EXACT_BSON */ .hT);
                if (!pre) {
                    this.missing++;
                    return;
                }
                await coll.replaceOne({ _id: pre._id }, applyDocumentDiff(pre, a.diff), wc);
                break;
            }
            case 'delete':
                await this.client.db(a.db).collection(a.coll).deleteOne(a.filter, wc);
                break;
            case 'rename':
                await this.rename(a.from, a.to);
                break;
            case 'command':
                try {
                    await this.client.db(a.db).command(a.command);
                }
                catch (err) {
                    if (!(err instanceof mongodb__WEBPACK_IMPORTED_MODULE_0__.MongoServerError && typeof err.code === 'number' && a.ignoreCodes.includes(err.code)))
                        throw err;
                }
                break;
        }
        this.applied++;
    }
    /**
     * The history says the target did not exist when the rename ran; one that exists now was left by an earlier
     * run of this replay, so it is dropped first, and a source that run already renamed is no error. (dropTarget
     * would say the same in one command, but compatible servers such as FerretDB do not implement it.)
     */
    async rename(from, to) {
        const admin = this.client.db('admin');
        try {
            await admin.command({ renameCollection: from, to });
        }
        catch (err) {
            const code = err instanceof mongodb__WEBPACK_IMPORTED_MODULE_0__.MongoServerError ? err.code : undefined;
            if (code === 26)
                return; // NamespaceNotFound: already renamed
            if (code !== 48)
                throw err; // NamespaceExists: the target is in the way
            const t = splitOplogNs(to);
            await this.client.db(t.db).collection(t.coll).drop();
            await admin.command({ renameCollection: from, to });
        }
    }
}


/***/ }),

/***/ 86913:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pE: () => (/* binding */ resolveMongoOptions)
/* harmony export */ });
/* unused harmony exports parseQuery, parseWriteConcern */
/* harmony import */ var mongodb__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(84294);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _namespace_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(45572);



const READ_PREFERENCES = ['primary', 'primaryPreferred', 'secondary', 'secondaryPreferred', 'nearest'];
function positiveInt(v, def, flag, max = 1024) {
    if (v === undefined)
        return def;
    if (!Number.isInteger(v) || v < 1 || v > max)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${flag}: ${v}; expected a whole number from 1 to ${max}`);
    return v;
}
function list(a, b) {
    return [...(a ?? []), ...(b ?? [])].map((s) => s.trim()).filter(Boolean);
}
function parseQuery(q) {
    if (q === undefined || q === '')
        return undefined;
    if (typeof q !== 'string')
        return q;
    let parsed;
    try {
        parsed = mongodb__WEBPACK_IMPORTED_MODULE_0__.BSON.EJSON.parse(q, { relaxed: false });
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`--query: not valid Extended JSON (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err)}); expected e.g. '{"status":"active"}'`);
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`--query: expected a JSON object such as '{"status":"active"}'`);
    }
    return parsed;
}
function parseWriteConcern(text) {
    if (text === undefined || text.trim() === '')
        return undefined;
    const t = text.trim();
    if (t.startsWith('{')) {
        let o;
        try {
            o = JSON.parse(t);
        }
        catch (err) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`--write-concern: not valid JSON (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err)}); expected majority, a number, or {"w":…,"j":…,"wtimeout":…}`);
        }
        const wc = mongodb__WEBPACK_IMPORTED_MODULE_0__.WriteConcern.fromOptions({ writeConcern: o });
        if (!wc)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`--write-concern: '${t}' names no write concern`);
        return wc;
    }
    const w = /^\d+$/.test(t) ? Number(t) : t;
    return new mongodb__WEBPACK_IMPORTED_MODULE_0__.WriteConcern(w);
}
function resolveMongoOptions(o) {
    let readPreference;
    if (o.readPreference) {
        const mode = READ_PREFERENCES.find((m) => m.toLowerCase() === o.readPreference.trim().toLowerCase());
        if (!mode)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`--read-preference: '${o.readPreference}'; expected one of ${READ_PREFERENCES.join(', ')}`);
        readPreference = new mongodb__WEBPACK_IMPORTED_MODULE_0__.ReadPreference(mode);
    }
    return {
        include: new _namespace_js__WEBPACK_IMPORTED_MODULE_2__/* .NsMatcher */ .io(list(o.nsInclude, o.include), '--ns-include'),
        exclude: new _namespace_js__WEBPACK_IMPORTED_MODULE_2__/* .NsMatcher */ .io(list(o.nsExclude, o.exclude), '--ns-exclude'),
        renamer: new _namespace_js__WEBPACK_IMPORTED_MODULE_2__/* .NsRenamer */ .UM(list(o.nsFrom, undefined), list(o.nsTo, undefined)),
        // `||`, not `??`: the CLI and the action give drop=false by default, which must not hide --overwrite.
        drop: !!(o.drop || o.overwrite),
        noIndexRestore: !!o.noIndexRestore,
        parallelCollections: positiveInt(o.parallelCollections, 4, '--parallel-collections', 64),
        insertWorkers: positiveInt(o.insertWorkers, 2, '--insert-workers', 64),
        batchSize: positiveInt(o.batchSize, 1000, '--batch-size', 100_000),
        query: parseQuery(o.query),
        readPreference,
        includeSystemDbs: !!o.includeSystemDbs,
        stopOnError: !!o.stopOnError,
        writeConcern: parseWriteConcern(o.writeConcern),
        oplog: o.oplog,
        oplogReplay: !o.noOplogReplay,
        serverSelectionTimeoutMs: positiveInt(o.serverSelectionTimeoutMs, 20_000, '--server-selection-timeout', 3_600_000),
    };
}


/***/ }),

/***/ 589:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   By: () => (/* binding */ restoreArchive),
/* harmony export */   qE: () => (/* binding */ restoreArchiveFor),
/* harmony export */   restoreArchiveFile: () => (/* binding */ restoreArchiveFile)
/* harmony export */ });
/* unused harmony exports loadRawSequence, openArchiveFile */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var mongodb__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(84294);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(83916);
/* harmony import */ var _formats_mongo_archive_format_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(88873);
/* harmony import */ var _formats_mongo_archive_reader_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(94737);
/* harmony import */ var _pipeline_compression_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(85568);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(94964);
/* harmony import */ var _fingerprint_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(98183);
/* harmony import */ var _metadata_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(22194);
/* harmony import */ var _namespace_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(45572);
/* harmony import */ var _oplog_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(19420);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(86913);















/**
 * Raw bytes per insert batch (with at most --batch-size documents), times the batches in flight, is
 * what memory follows. Raw documents cost their size; decoded ones (the insertMany fallback) several
 * times it in the JS heap.
 */
const BATCH_BYTES = 512 * 1024;
const DECODED_BATCH_BYTES = 128 * 1024;
let rawSequenceClass;
/**
 * The driver class that sends a command field as an OP_MSG document sequence
 * (kind-1 section). It is not part of the driver's public API, so it is looked
 * up at run time and the restore falls back to insertMany (decode, re-encode)
 * when a driver version lacks it. With it, archived documents go to the server
 * byte for byte: no decoding, no re-encoding (half the restore's client CPU,
 * bench/README.md), and nothing a decode/encode round trip could alter.
 */
function loadRawSequence() {
    rawSequenceClass ??= Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 21806)).then((m) => {
        const c = (m.DocumentSequence ?? m.default?.DocumentSequence);
        return typeof c === 'function' && typeof c.prototype?.push === 'function' ? c : undefined;
    }, () => undefined);
    return rawSequenceClass;
}
/** What command monitoring would show for a batch sent raw (bakup does not monitor commands). */
const PLACEHOLDER = Object.freeze({});
/** Bounds the insert batches in flight across all collections, so memory does not grow with their number. */
class Slots {
    free;
    waiting = [];
    constructor(n) {
        this.free = n;
    }
    acquire() {
        if (this.free > 0) {
            this.free--;
            return undefined;
        }
        return new Promise((resolve) => this.waiting.push(resolve));
    }
    release() {
        const next = this.waiting.shift();
        if (next)
            next();
        else
            this.free++;
    }
}
/**
 * Where one namespace's documents go, batched and inserted by a few concurrent workers. A batch is the documents'
 * bytes copied into one buffer of the sink's own: the archive's chunks are free as soon as their documents are
 * batched, and a batch in flight is one object, not one per document (objects held across the insert's round
 * trip outlive young-generation collections, and V8 then grows that generation: bench/README.md).
 */
class InsertSink {
    client;
    t;
    dataColl;
    o;
    onWarning;
    ctx;
    slots;
    rawSequence;
    batch = null;
    batchUsed = 0;
    batchCount = 0;
    maxBatchBytes;
    inflight = new Set();
    digest = new _fingerprint_js__WEBPACK_IMPORTED_MODULE_10__/* .ContentDigest */ .ed();
    inserted = 0;
    failed = 0;
    duplicates = 0;
    fatal;
    constructor(client, t, dataColl, o, onWarning, ctx, slots, rawSequence) {
        this.client = client;
        this.t = t;
        this.dataColl = dataColl;
        this.o = o;
        this.onWarning = onWarning;
        this.ctx = ctx;
        this.slots = slots;
        this.rawSequence = rawSequence;
        this.maxBatchBytes = rawSequence ? BATCH_BYTES : DECODED_BATCH_BYTES;
    }
    /** Takes raw documents; resolves once the sink can take more (its workers are not all busy). */
    push(docs, from = 0) {
        if (this.fatal)
            throw this.fatal;
        for (let i = from; i < docs.length; i++) {
            const raw = docs[i];
            if (this.batch && this.batchUsed + raw.length > this.batch.length) {
                // It does not fit: the batch goes first (this document is taken when the call resumes at i).
                const wait = this.dispatch();
                if (wait)
                    return wait.then(() => this.push(docs, i));
            }
            this.digest.add(raw);
            // A buffer of its own (not Node's shared pool), as large as a batch or as this document.
            this.batch ??= Buffer.allocUnsafeSlow(Math.max(this.maxBatchBytes, raw.length));
            raw.copy(this.batch, this.batchUsed);
            this.batchUsed += raw.length;
            this.batchCount++;
            if (this.batchCount >= this.o.batchSize || this.batchUsed >= this.maxBatchBytes) {
                const wait = this.dispatch();
                if (wait)
                    return wait.then(() => this.push(docs, i + 1));
            }
        }
        return undefined;
    }
    /** Sends the batch; resolves when another may be sent (this collection's and the global limits). */
    dispatch() {
        if (!this.batch || this.batchCount === 0)
            return undefined;
        const bytes = this.batch.subarray(0, this.batchUsed);
        const count = this.batchCount;
        this.batch = null;
        this.batchUsed = 0;
        this.batchCount = 0;
        const start = () => {
            const p = this.insert(bytes, count).finally(() => {
                this.inflight.delete(p);
                this.slots.release();
            });
            this.inflight.add(p);
            if (this.inflight.size >= this.o.insertWorkers)
                return Promise.race(this.inflight).then(() => this.check());
            return undefined;
        };
        const slot = this.slots.acquire();
        return slot ? slot.then(start) : start();
    }
    check() {
        if (this.fatal)
            throw this.fatal;
    }
    /** Inserts the `count` documents concatenated in `bytes`. */
    async insert(bytes, count) {
        if (this.rawSequence)
            return this.insertRaw(bytes, count, this.rawSequence);
        const docs = [];
        for (let at = 0; at < bytes.length; at += bytes.readInt32LE(at)) {
            docs.push(mongodb__WEBPACK_IMPORTED_MODULE_4__.BSON.deserialize(bytes.subarray(at, at + bytes.readInt32LE(at)), { ..._metadata_js__WEBPACK_IMPORTED_MODULE_11__/* .EXACT_BSON */ .hT, validation: { utf8: false } }));
        }
        const coll = this.client.db(this.t.db).collection(this.dataColl);
        try {
            const r = await coll.insertMany(docs, {
                ordered: false,
                bypassDocumentValidation: true,
                checkKeys: false,
                ignoreUndefined: false,
                ...(this.o.writeConcern ? { writeConcern: this.o.writeConcern } : {}),
            });
            this.inserted += r.insertedCount;
            this.ctx.progress.addItems(r.insertedCount);
        }
        catch (err) {
            if (!(err instanceof mongodb__WEBPACK_IMPORTED_MODULE_4__.MongoBulkWriteError)) {
                this.fatal ??= (0,_client_js__WEBPACK_IMPORTED_MODULE_9__/* .describeMongoError */ .AO)(err, `${this.t.db}.${this.dataColl}`, 'inserting documents');
                return;
            }
            this.inserted += err.insertedCount;
            const errors = Array.isArray(err.writeErrors) ? err.writeErrors : [err.writeErrors];
            this.writeErrors(errors.map((e) => ({ code: e.code, errmsg: e.errmsg })), docs.length, err.message);
        }
    }
    /**
     * The insert command with the archived bytes as its document sequence. A sequence is its documents
     * concatenated, so the batch goes in as one piece. Unordered: every document without a write error was
     * inserted (some peers miscount `n` when there are write errors).
     */
    async insertRaw(bytes, count, Sequence) {
        const documents = new Sequence('documents');
        documents.push(PLACEHOLDER, bytes);
        const command = { insert: this.dataColl, documents, ordered: false, bypassDocumentValidation: true };
        if (this.o.writeConcern)
            mongodb__WEBPACK_IMPORTED_MODULE_4__.WriteConcern.apply(command, this.o.writeConcern);
        let reply;
        try {
            reply = await this.client.db(this.t.db).command(command);
        }
        catch (err) {
            this.fatal ??= (0,_client_js__WEBPACK_IMPORTED_MODULE_9__/* .describeMongoError */ .AO)(err, `${this.t.db}.${this.dataColl}`, 'inserting documents');
            return;
        }
        const errors = (Array.isArray(reply.writeErrors) ? reply.writeErrors : []);
        const inserted = count - errors.length;
        this.inserted += inserted;
        this.ctx.progress.addItems(inserted);
        if (errors.length)
            this.writeErrors(errors, count, 'write errors');
        const wce = reply.writeConcernError;
        if (wce)
            this.fatal ??= new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .OperationalError */ .LE(`${this.t.db}.${this.dataColl}: write concern not satisfied (${wce.errmsg ?? 'writeConcernError'})`);
    }
    writeErrors(errors, of, fallback) {
        for (const e of errors) {
            if (e.code === 11000)
                this.duplicates++;
            else
                this.failed++;
        }
        const first = errors[0];
        const what = `${this.t.db}.${this.dataColl}: ${errors.length} of ${of} documents not inserted (${first?.code === 11000 ? 'duplicate key' : 'error'}: ${first?.errmsg ?? fallback})`;
        if (this.o.stopOnError)
            this.fatal ??= new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .OperationalError */ .LE(`${what}; stopped (--stop-on-error)`);
        else
            this.onWarning(what);
    }
    /** Inserts what is left and waits for every batch. */
    async finish() {
        await this.dispatch();
        while (this.inflight.size)
            await Promise.all([...this.inflight]);
        this.check();
    }
}
/** Counts a bounded list of warnings so a million duplicates do not become a million lines. */
class Warnings {
    list = [];
    dropped = 0;
    add(w) {
        if (this.list.length < 20)
            this.list.push(w);
        else
            this.dropped++;
    }
    done() {
        return this.dropped ? [...this.list, `… and ${this.dropped} more warnings`] : this.list;
    }
}
/**
 * Restores a mongodump archive into the location, with mongorestore's
 * semantics: namespace selection and renames, refusal of non-empty targets
 * unless --drop, collections created with their options before their data,
 * indexes after it, views last, the captured oplog (if any) replayed at the end.
 */
async function restoreArchive(client, loc, o, input, ctx) {
    return (await restoreArchiveFor(client, loc, o, input, ctx)).report;
}
/** restoreArchive, also returning the namespace mapping that oplog slices replayed after it must use. */
async function restoreArchiveFor(client, loc, o, input, ctx) {
    const reader = new _formats_mongo_archive_reader_js__WEBPACK_IMPORTED_MODULE_7__/* .MongoArchiveReader */ .c(input.stream, { name: input.name });
    try {
        return await restoreFromReader(client, loc, o, reader, input, ctx);
    }
    finally {
        await reader.close();
    }
}
async function restoreFromReader(client, loc, o, reader, input, ctx) {
    const name = input.name;
    const warnings = new Warnings();
    const prelude = await reader.readPrelude();
    const serverVersion = prelude.header.serverVersion;
    const hasOplog = prelude.namespaces.some((n) => n.db === _oplog_js__WEBPACK_IMPORTED_MODULE_13__/* .OPLOG_NS */ .Kj.db && n.collection === _oplog_js__WEBPACK_IMPORTED_MODULE_13__/* .OPLOG_NS */ .Kj.collection);
    // 1. What to restore, and where.
    const selected = [];
    let skippedNs = 0;
    for (const n of prelude.namespaces) {
        if (n.db === _oplog_js__WEBPACK_IMPORTED_MODULE_13__/* .OPLOG_NS */ .Kj.db && n.collection === _oplog_js__WEBPACK_IMPORTED_MODULE_13__/* .OPLOG_NS */ .Kj.collection)
            continue;
        const src = (0,_formats_mongo_archive_format_js__WEBPACK_IMPORTED_MODULE_6__/* .nsKey */ .Pv)(n.db, n.collection);
        if ((!o.include.empty && !o.include.has(src)) || o.exclude.has(src)) {
            skippedNs++;
            continue;
        }
        if (_namespace_js__WEBPACK_IMPORTED_MODULE_12__/* .NOT_RESTORED */ .XV.test(src)) {
            warnings.add(`${src} not restored: users, roles and server-managed collections are restored by mongorestore only`);
            skippedNs++;
            continue;
        }
        selected.push({ src, n });
    }
    if (!selected.length) {
        const held = prelude.namespaces.filter((n) => n.db !== '').map((n) => (0,_formats_mongo_archive_format_js__WEBPACK_IMPORTED_MODULE_6__/* .nsKey */ .Pv)(n.db, n.collection));
        if (!o.include.empty) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`--ns-include ${o.include.patterns.map((p) => `'${p}'`).join(' ')} matches nothing in ${name} (it holds: ${held.slice(0, 10).join(', ') || 'nothing'})`);
        }
        if (held.length)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`${name}: every namespace is excluded; nothing to restore`);
    }
    const srcDbs = new Set(selected.map((s) => s.n.db));
    let dbMap;
    if (loc.db && o.renamer.empty) {
        if (srcDbs.size > 1) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`${loc.safe} names database '${loc.db}' but the backup holds ${srcDbs.size} databases (${[...srcDbs].join(', ')}); pick one with --ns-include 'db.*' or map them with --ns-from/--ns-to`);
        }
        const only = [...srcDbs][0];
        dbMap = (db) => (db === only ? loc.db : db);
    }
    const mapName = (db, coll) => {
        if (!o.renamer.empty) {
            const r = (0,_namespace_js__WEBPACK_IMPORTED_MODULE_12__/* .splitNamespace */ .oI)(o.renamer.get((0,_formats_mongo_archive_format_js__WEBPACK_IMPORTED_MODULE_6__/* .nsKey */ .Pv)(db, coll)));
            return { db: r.db, coll: r.collection };
        }
        return { db: dbMap ? dbMap(db) : db, coll };
    };
    const targets = selected.map(({ src, n }) => {
        const t = mapName(n.db, n.collection);
        if (!t.db || !t.coll)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`--ns-to maps ${src} to '${t.db}.${t.coll}', which is not a db.collection name`);
        const meta = (0,_metadata_js__WEBPACK_IMPORTED_MODULE_11__/* .decodeMetadata */ .Gz)(n.metadata, src, name);
        return { src, db: t.db, coll: t.coll, type: n.type || meta.type || 'collection', meta };
    });
    const seenTargets = new Set();
    for (const t of targets) {
        const k = (0,_formats_mongo_archive_format_js__WEBPACK_IMPORTED_MODULE_6__/* .nsKey */ .Pv)(t.db, t.coll);
        if (seenTargets.has(k))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`--ns-from/--ns-to map two namespaces onto ${k}`);
        seenTargets.add(k);
    }
    const renames = !o.renamer.empty || dbMap !== undefined;
    const mapForOplog = (db, coll) => {
        if (coll === '')
            return srcDbs.has(db) || input.touched ? { db: mapName(db, '').db, coll: '' } : null;
        const src = (0,_formats_mongo_archive_format_js__WEBPACK_IMPORTED_MODULE_6__/* .nsKey */ .Pv)(db, coll);
        if ((!o.include.empty && !o.include.has(src)) || o.exclude.has(src) || _namespace_js__WEBPACK_IMPORTED_MODULE_12__/* .NOT_RESTORED */ .XV.test(src))
            return null;
        return mapName(db, coll);
    };
    // Namespaces only the replayed slices write to (collections created after the full backup, rename targets).
    const extra = new Map();
    const wholeDbs = new Set();
    for (const src of input.touched ?? []) {
        const { db, collection } = (0,_namespace_js__WEBPACK_IMPORTED_MODULE_12__/* .splitNamespace */ .oI)(src);
        const t = mapForOplog(db, collection);
        if (!t)
            continue;
        if (collection === '')
            wholeDbs.add(t.db);
        else if (!seenTargets.has((0,_formats_mongo_archive_format_js__WEBPACK_IMPORTED_MODULE_6__/* .nsKey */ .Pv)(t.db, t.coll)))
            extra.set((0,_formats_mongo_archive_format_js__WEBPACK_IMPORTED_MODULE_6__/* .nsKey */ .Pv)(t.db, t.coll), t);
    }
    // 2. Refuse non-empty targets (before writing anything), or drop them.
    const existing = new Map();
    for (const db of new Set([...targets.map((t) => t.db), ...[...extra.values()].map((t) => t.db), ...wholeDbs])) {
        try {
            const infos = await client.db(db).listCollections({}, { nameOnly: false, authorizedCollections: true }).toArray();
            existing.set(db, new Map(infos.map((i) => [String(i.name), i])));
        }
        catch (err) {
            throw (0,_client_js__WEBPACK_IMPORTED_MODULE_9__/* .describeMongoError */ .AO)(err, loc.safe, `listing the collections of '${db}'`);
        }
    }
    const refusals = [];
    /** An existing collection: dropped with --drop; otherwise refused when it is a view (`asView`) or holds a document. */
    const dropOrRefuse = async (db, coll, asView) => {
        if (o.drop) {
            try {
                await client.db(db).collection(coll).drop();
            }
            catch (err) {
                throw (0,_client_js__WEBPACK_IMPORTED_MODULE_9__/* .describeMongoError */ .AO)(err, loc.safe, `dropping ${db}.${coll} (--drop)`);
            }
            existing.get(db).delete(coll);
        }
        else if (asView)
            refusals.push(`${db}.${coll} (exists)`);
        else if (await client.db(db).collection(coll).findOne({}, { projection: { _id: 1 } }))
            refusals.push(`${db}.${coll}`);
    };
    for (const t of targets) {
        const info = existing.get(t.db).get(t.coll);
        if (info)
            await dropOrRefuse(t.db, t.coll, info.type === 'view' || t.type === 'view');
    }
    // What the slices write to: the same rule, for every such collection that exists (a dropDatabase: all of its db).
    const replayed = [...extra.values()];
    for (const db of wholeDbs)
        for (const coll of existing.get(db).keys())
            if (!seenTargets.has((0,_formats_mongo_archive_format_js__WEBPACK_IMPORTED_MODULE_6__/* .nsKey */ .Pv)(db, coll)))
                replayed.push({ db, coll });
    for (const t of replayed) {
        const info = existing.get(t.db).get(t.coll);
        if (info && !t.coll.startsWith('system.'))
            await dropOrRefuse(t.db, t.coll, info.type === 'view');
    }
    if (refusals.length) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`${loc.safe}: refusing to restore into non-empty ${refusals.length === 1 ? 'collection' : 'collections'} ${refusals.slice(0, 10).join(', ')}${refusals.length > 10 ? ', …' : ''}; pass --drop to replace them`);
    }
    // 3. Collections with their options (views come last: they may read collections being restored).
    for (const t of targets) {
        if (t.type === 'view' || existing.get(t.db).has(t.coll))
            continue;
        const options = { ...t.meta.options };
        try {
            await client.db(t.db).command({ create: t.coll, ...options, ...(o.writeConcern ? { writeConcern: o.writeConcern } : {}) });
        }
        catch (err) {
            if (err instanceof mongodb__WEBPACK_IMPORTED_MODULE_4__.MongoServerError && err.code === 48)
                continue; // created meanwhile (NamespaceExists)
            const opts = Object.keys(options).length ? ` with options ${JSON.stringify(Object.keys(options))}` : '';
            throw (0,_client_js__WEBPACK_IMPORTED_MODULE_9__/* .describeMongoError */ .AO)(err, loc.safe, `creating collection ${t.db}.${t.coll}${opts}`);
        }
    }
    // 4. Data, then each collection's indexes as soon as its data is in.
    const sinks = new Map();
    // As many batches in flight as collections restored at once times their workers: with 4 × 1, the
    // peer idled between batches (mongo-java-server: 100 k documents 3.1–6.0 s → 2.4–4.1 s, RSS unchanged).
    const slots = new Slots(Math.min(64, o.parallelCollections * o.insertWorkers));
    const rawSequence = await loadRawSequence();
    if (!rawSequence)
        ctx.log.warn('this mongodb driver has no raw document sequences: documents are decoded and re-encoded to be inserted (slower)');
    for (const t of targets) {
        if (t.type === 'view')
            continue;
        const srcData = (0,_formats_mongo_archive_format_js__WEBPACK_IMPORTED_MODULE_6__/* .nsKey */ .Pv)((0,_namespace_js__WEBPACK_IMPORTED_MODULE_12__/* .splitNamespace */ .oI)(t.src).db, (0,_formats_mongo_archive_format_js__WEBPACK_IMPORTED_MODULE_6__/* .dataCollectionOf */ .Mz)({ collection: (0,_namespace_js__WEBPACK_IMPORTED_MODULE_12__/* .splitNamespace */ .oI)(t.src).collection, type: t.type }, serverVersion));
        const dataColl = (0,_formats_mongo_archive_format_js__WEBPACK_IMPORTED_MODULE_6__/* .dataCollectionOf */ .Mz)({ collection: t.coll, type: t.type }, serverVersion);
        sinks.set(srcData, new InsertSink(client, t, dataColl, o, (w) => warnings.add(w), ctx, slots, rawSequence));
    }
    const indexBuilds = [];
    let ignoredDocs = 0;
    let oplog;
    let oplogEntries = 0;
    const events = reader.events();
    let summary;
    for (;;) {
        const r = await events.next();
        if (r.done) {
            summary = r.value;
            break;
        }
        const ev = r.value;
        if (ev.db === _oplog_js__WEBPACK_IMPORTED_MODULE_13__/* .OPLOG_NS */ .Kj.db && ev.collection === _oplog_js__WEBPACK_IMPORTED_MODULE_13__/* .OPLOG_NS */ .Kj.collection) {
            if (ev.type === 'eof' || !o.oplogReplay)
                continue;
            if (!oplog) {
                // The oplog must be applied over complete collections: mongodump writes it after every collection's EOF.
                for (const s of sinks.values())
                    await s.finish();
                await Promise.all(indexBuilds);
                oplog = new _oplog_js__WEBPACK_IMPORTED_MODULE_13__/* .OplogReplayer */ ._0(client, mapForOplog, o.writeConcern, renames);
            }
            for (const raw of ev.docs) {
                const entry = mongodb__WEBPACK_IMPORTED_MODULE_4__.BSON.deserialize(raw, _metadata_js__WEBPACK_IMPORTED_MODULE_11__/* .EXACT_BSON */ .hT);
                try {
                    await oplog.apply(entry);
                }
                catch (err) {
                    throw (0,_client_js__WEBPACK_IMPORTED_MODULE_9__/* .describeMongoError */ .AO)(err, loc.safe, `replaying oplog entry ${oplogEntries + 1} (${String(entry.op)} on ${String(entry.ns)})`);
                }
                oplogEntries++;
            }
            continue;
        }
        const sink = sinks.get(ev.key);
        if (!sink) {
            if (ev.type === 'documents')
                ignoredDocs += ev.docs.length;
            continue;
        }
        if (oplog && ev.type === 'documents') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .OperationalError */ .LE(`${name}: collection data for ${ev.key} after the oplog; cannot replay the oplog over incomplete collections`);
        }
        if (ev.type === 'documents') {
            const wait = sink.push(ev.docs);
            if (wait)
                await wait;
        }
        else {
            const build = sink.finish().then(() => (o.noIndexRestore ? 0 : createIndexes(client, sink.t, loc)));
            build.catch(() => undefined);
            indexBuilds.push(build);
        }
    }
    const indexCounts = await Promise.all(indexBuilds);
    // 5. Views.
    let views = 0;
    for (const t of targets) {
        if (t.type !== 'view')
            continue;
        const { viewOn, pipeline, ...rest } = t.meta.options;
        try {
            await client.db(t.db).command({ create: t.coll, viewOn: viewOn, pipeline: pipeline, ...rest });
            views++;
        }
        catch (err) {
            throw (0,_client_js__WEBPACK_IMPORTED_MODULE_9__/* .describeMongoError */ .AO)(err, loc.safe, `creating view ${t.db}.${t.coll} on ${String(viewOn)}`);
        }
    }
    let documents = 0;
    let duplicates = 0;
    let failed = 0;
    const prints = new Map();
    for (const s of sinks.values()) {
        documents += s.inserted;
        duplicates += s.duplicates;
        failed += s.failed;
        prints.set((0,_fingerprint_js__WEBPACK_IMPORTED_MODULE_10__/* .fingerprintKey */ .SV)(loc.db, s.t.db, s.t.coll), { count: s.digest.count, digest: s.digest.digest() });
    }
    if (oplog?.nonIdempotent) {
        warnings.add(`${oplog.nonIdempotent} replayed oplog update(s) hold operators such as $inc or $push (as a MongoDB-compatible server logged them; MongoDB logs results): where the dump already held their effect, it was applied twice`);
    }
    if (hasOplog && !o.oplogReplay)
        warnings.add('the backup holds an oplog that was not replayed (--no-oplog-replay): data is as dumped, not as of the consistency point');
    const complete = skippedNs === 0 && duplicates === 0 && failed === 0 && ignoredDocs === 0 && oplogEntries === 0;
    const checks = input.expected ? compareWithBackup(input.expected, [...sinks.values()], name, skippedNs === 0 && ignoredDocs === 0) : undefined;
    if (checks && oplogEntries > 0) {
        checks.notCompared.push(`the data after replaying ${oplogEntries} oplog entries captured during the dump: the backup records no fingerprint of its consistency point`);
    }
    const report = {
        summary: {
            collections: targets.filter((t) => t.type !== 'view').length,
            views,
            documents,
            indexes: indexCounts.reduce((a, b) => a + b, 0),
            duplicates,
            failed,
            oplogEntries,
            archiveBytes: summary.size,
        },
        ...(complete ? { fingerprint: (0,_fingerprint_js__WEBPACK_IMPORTED_MODULE_10__/* .buildFingerprint */ .LV)(prints) } : {}),
        // Only when something changed the data after the documents were compared does the restore say what it checked.
        ...(checks && oplogEntries > 0 ? { checks } : {}),
        warnings: warnings.done(),
    };
    return { report, map: mapForOplog, renames, oplogEntries, checks };
}
/**
 * Compares the documents read from the archive with the backup's fingerprint (same digests, keyed by source
 * namespace); a difference is a VerificationError. Whether keys are `db.collection` or collection names depends on
 * the backup's scope, so both are tried; a selective restore (--ns-include) is compared collection by collection.
 */
function compareWithBackup(expected, sinks, what, everything) {
    const want = expected.items ?? {};
    const byQualified = new Map(sinks.map((s) => [s.t.src, s.digest]));
    const byName = new Map(sinks.map((s) => [(0,_namespace_js__WEBPACK_IMPORTED_MODULE_12__/* .splitNamespace */ .oI)(s.t.src).collection, s.digest]));
    const keys = Object.keys(want);
    // The keying whose names are all in the fingerprint (a selective restore reads a subset of them).
    const fits = (t) => t.size > 0 && [...t.keys()].every((k) => k in want);
    const read = fits(byQualified) ? byQualified : fits(byName) ? byName : sinks.length === 0 ? byQualified : undefined;
    const notCompared = [];
    if (!read) {
        notCompared.push('the documents read from the archive: its namespaces do not match the fingerprint recorded in the manifest');
        return { compared: [], notCompared };
    }
    const bad = [];
    let docs = 0;
    for (const [k, d] of read) {
        const w = want[k];
        if (!w) {
            if (everything)
                bad.push(`${k}: not in the recorded fingerprint`);
            continue;
        }
        docs += d.count;
        if (w.digest !== d.digest() || (w.count ?? d.count) !== d.count)
            bad.push(`${k}: ${w.count ?? '?'} documents recorded, ${d.count} read, digests differ`);
    }
    if (everything)
        for (const k of keys)
            if (!read.has(k))
                bad.push(`${k}: recorded, not in the archive`);
    if (bad.length)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .VerificationError */ .mk(`${what}: the documents do not match the backup's fingerprint (${bad.slice(0, 3).join('; ')}${bad.length > 3 ? '; …' : ''})`);
    return { compared: [`${docs} documents in ${read.size} collection(s) as read from the archive match the backup's fingerprint`], notCompared };
}
async function createIndexes(client, t, loc) {
    const specs = t.meta.indexes.filter((ix) => ix.name !== '_id_').map((ix) => (0,_oplog_js__WEBPACK_IMPORTED_MODULE_13__/* .stripIndexSpec */ .wV)(ix));
    if (!specs.length)
        return 0;
    try {
        // A time series' indexes are created through the collection itself, not its buckets.
        await client.db(t.db).command({ createIndexes: t.coll, indexes: specs });
    }
    catch (err) {
        const names = specs.map((s) => String(s.name)).join(', ');
        const e = (0,_client_js__WEBPACK_IMPORTED_MODULE_9__/* .describeMongoError */ .AO)(err, loc.safe, `creating indexes ${names} on ${t.db}.${t.coll}`);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .OperationalError */ .LE(`${e.message}; restore with --no-index-restore to skip indexes`, { cause: err });
    }
    return specs.length;
}
/** Opens an archive file, gzip- or zstd-compressed or plain (sniffed from its first bytes). */
async function openArchiveFile(path) {
    let head;
    try {
        const fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, 'r');
        try {
            head = Buffer.alloc(4);
            const { bytesRead } = await fh.read(head, 0, 4, 0);
            head = head.subarray(0, bytesRead);
        }
        finally {
            await fh.close();
        }
    }
    catch (err) {
        const code = (0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorCode */ .CA)(err);
        if (code === 'ENOENT')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`--from-archive: ${path} does not exist; expected a mongodump archive (gzipped or not)`);
        if (code === 'EISDIR')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`--from-archive: ${path} is a directory; expected a mongodump --archive file`);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .OperationalError */ .LE(`--from-archive: cannot read ${path}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(err)}`);
    }
    const file = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(path, { highWaterMark: 256 * 1024 });
    // pipeline() (unlike pipe()) passes a read error of the file on to the stage the caller iterates.
    if (head[0] === 0x1f && head[1] === 0x8b)
        return (0,node_stream__WEBPACK_IMPORTED_MODULE_3__.pipeline)(file, (0,node_zlib__WEBPACK_IMPORTED_MODULE_2__.createGunzip)({ chunkSize: 256 * 1024 }), () => undefined);
    if (head.equals(Buffer.from([0x28, 0xb5, 0x2f, 0xfd]))) {
        if (!(0,_pipeline_compression_js__WEBPACK_IMPORTED_MODULE_8__/* .zstdAvailable */ .xE)()) {
            file.destroy();
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`--from-archive: ${path} is zstd-compressed; this needs Node.js >= 22.15`);
        }
        return (0,node_stream__WEBPACK_IMPORTED_MODULE_3__.pipeline)(file, (0,_pipeline_compression_js__WEBPACK_IMPORTED_MODULE_8__/* .decompressor */ .ni)('zstd'), () => undefined);
    }
    return file;
}
/**
 * `bakup restore --from-archive FILE --target mongodb://…`: restores a
 * mongodump archive made by anyone (mongodump --archive, with or without
 * --gzip, or bakup) with the same options as a restore from a backup.
 */
async function restoreArchiveFile(path, targetUri, options, ctx) {
    const loc = (0,_client_js__WEBPACK_IMPORTED_MODULE_9__/* .parseMongoUri */ .GZ)(targetUri, '--target');
    const o = (0,_options_js__WEBPACK_IMPORTED_MODULE_14__/* .resolveMongoOptions */ .pE)(options);
    const stream = await openArchiveFile(path);
    let client;
    try {
        client = await (0,_client_js__WEBPACK_IMPORTED_MODULE_9__/* .connect */ .Ng)(loc, o);
        return await restoreArchive(client, loc, o, { stream, name: path }, ctx);
    }
    finally {
        stream.destroy();
        await client?.close().catch(() => undefined);
    }
}


/***/ })

};
