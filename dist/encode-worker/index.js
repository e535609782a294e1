import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
;// CONCATENATED MODULE: ./src/errors.ts
/**
 * Exit codes are part of the CLI contract (README "Exit codes"): scripts and the
 * action branch on them, so every failure is classified once, here.
 */
const ExitCode = {
    OK: 0,
    OPERATIONAL: 1,
    USAGE: 2,
    VERIFICATION: 3,
};
/** An error whose message is written for the user: printed as one line, never with a stack. */
class BakupError extends Error {
    exitCode;
    constructor(message, exitCode, options) {
        super(message, options);
        this.name = new.target.name;
        this.exitCode = exitCode;
    }
}
/** Invalid input or usage: a bad flag, a malformed URL, a missing source. Exit 2. */
class errors_UsageError extends BakupError {
    constructor(message, options) {
        super(message, ExitCode.USAGE, options);
    }
}
/** Something failed while doing the work: I/O, network, a peer refusing. Exit 1. */
class OperationalError extends BakupError {
    constructor(message, options) {
        super(message, ExitCode.OPERATIONAL, options);
    }
}
/** Stored data does not match what the manifest promises (checksum, size, missing part, corruption). Exit 3. */
class VerificationError extends BakupError {
    constructor(message, options) {
        super(message, ExitCode.VERIFICATION, options);
    }
}
/** Node system errors carry a `code`; this reads it without `any`. */
function errors_errorCode(err) {
    if (typeof err === 'object' && err !== null && 'code' in err) {
        const code = err.code;
        return typeof code === 'string' ? code : undefined;
    }
    return undefined;
}
function errorMessage(err) {
    return err instanceof Error ? err.message : String(err);
}
/**
 * Turns any thrown value into a BakupError. Unknown errors become operational
 * failures; their message is kept (redacted by the caller) but not their stack,
 * unless BAKUP_DEBUG is set.
 */
function asBakupError(err) {
    if (err instanceof BakupError)
        return err;
    const code = errors_errorCode(err);
    const msg = errorMessage(err);
    return new OperationalError(code && !msg.includes(code) ? `${code}: ${msg}` : msg, { cause: err });
}

;// CONCATENATED MODULE: external "node:v8"
const external_node_v8_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");
;// CONCATENATED MODULE: external "node:vm"
const external_node_vm_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:vm");
;// CONCATENATED MODULE: ./src/util/gc.ts


let collect;
/**
 * V8's collector, reachable without starting node with --expose-gc (the
 * action's runtime takes no flags): the flag is set now and read when the new
 * context is made. Null where that fails; callers then simply do without.
 * The one place that asks for it (util/scavenge.ts takes it from here too).
 */
function collector() {
    if (collect !== undefined)
        return collect;
    try {
        external_node_v8_namespaceObject.setFlagsFromString('--expose-gc');
        const gc = external_node_vm_namespaceObject.runInNewContext('gc');
        collect = typeof gc === 'function' ? gc : null;
    }
    catch {
        collect = null;
    }
    return collect;
}
/**
 * Starts a full collection in the background (concurrent marking; the main
 * thread only finalizes). Why: stream chunks that died are old-generation
 * ArrayBuffers by the time they die, and V8 collects those on its own only
 * after ~64 MiB of them have piled up. When one backup goes to several
 * stores, that pile sits on top of every store's part buffers and the three
 * SDKs (bench/README.md: 224 MB peak without, 181 MB with a collection per
 * 16 MiB, same speed).
 */
function collectGarbageSoon() {
    collector()?.({ type: 'major', execution: 'async' });
}

;// CONCATENATED MODULE: ./src/util/scavenge.ts

/**
 * Why bakup asks V8 for a minor GC now and then. A backup or restore moves
 * gigabytes through Buffers that are finished with almost as soon as they are
 * made (a file read, a compressed block, a sealed age chunk). Their memory is
 * outside V8's heap, and V8 frees a young Buffer's memory only at a scavenge,
 * which it starts when its young generation fills with JavaScript objects, or
 * when external memory has grown by ~64 MiB. A stream of large buffers with
 * little JavaScript around them (a worker thread that only compresses, a
 * pipeline of 256 KiB blocks) therefore keeps tens of MiB of dead buffers
 * resident. A scavenge every SCAVENGE_STEP bytes frees them young: measured on
 * a 1 GiB zstd backup, peak RSS 178 → 126 MiB, and no slower (bench/README.md).
 *
 * `gc` exists only under --expose-gc, which neither the action's runtime nor a
 * worker can be given; set at run time, the flag applies to contexts created
 * afterwards, so one new context hands out the function. Where that does not
 * work, nothing is collected early and everything else is the same.
 */
const SCAVENGE_STEP = 8 << 20;
/**
 * A backup's write half makes more dead buffers per plain byte than a read (a file read, then with the encode
 * worker a compressed piece, a sealed chunk and a block sent back): it scavenges twice as often. Measured at
 * 2 GiB (bench/README.md, files): zstd + age 111–117 MiB against 123–125, none 86 against 90, no major GCs.
 * Not more: a further scavenge per 8 MiB of stored bytes, run as they came back from the worker, caught them in
 * flight, promoted them, and V8 ran major GCs in every run (1.7–1.9 CPU-seconds, 1–2 s slower).
 */
const WRITE_SCAVENGE_STEP = SCAVENGE_STEP / 2;
let cached;
function minorGc() {
    if (cached !== undefined)
        return cached;
    const gc = process.env.BAKUP_SCAVENGE === '0' ? null : collector();
    cached = gc ? () => gc({ type: 'minor' }) : null;
    return cached;
}
/** Counts the bytes of buffers this thread is done with and runs a minor GC every SCAVENGE_STEP of them. */
class Scavenger {
    step;
    since = 0;
    gc = minorGc();
    constructor(step = SCAVENGE_STEP) {
        this.step = step;
    }
    add(n) {
        if (!this.gc)
            return;
        this.since += n;
        if (this.since >= this.step) {
            this.since = 0;
            this.gc();
        }
    }
}

;// CONCATENATED MODULE: ./src/pipeline/buffers.ts
/**
 * One buffer size for every stage we own. Peak memory is roughly the bundle's
 * baseline, plus the bytes in flight (a few buffers per stage), plus the
 * garbage V8 lets build up before its external-memory GC (~64 MiB); smaller
 * buffers keep the middle term small without costing throughput.
 */
const STREAM_CHUNK = (/* unused pure expression or super */ null && (64 * 1024));
/**
 * The step between the stages of an artifact's write and read pipelines
 * (hash, compress, encrypt, hash, store). Every step of a zlib stream is a
 * round trip to the libuv pool and back, and every step of every stage costs
 * its stream bookkeeping: with 16–64 KiB steps a zstd backup spent more time
 * handing chunks between threads than compressing them (on a busy 2-core
 * machine each hand-off waits for a core). A few such buffers per stage are
 * still small next to the ~64 MiB of garbage V8 lets build up.
 */
const buffers_PIPELINE_CHUNK = 256 * 1024;

;// CONCATENATED MODULE: external "node:zlib"
const external_node_zlib_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");
;// CONCATENATED MODULE: external "node:stream"
const external_node_stream_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");
;// CONCATENATED MODULE: ./src/pipeline/compression.ts




const COMPRESSIONS = (/* unused pure expression or super */ null && (['none', 'gzip', 'zstd']));
/** zstd is in node:zlib from Node 22.15 / 23.8; older runtimes (the CLI on Node 20) fall back to gzip. */
function zstdAvailable() {
    return typeof external_node_zlib_namespaceObject.createZstdCompress === 'function';
}
/** Fails, naming the runtime, where this Node.js cannot write zstd. */
function compression_requireZstd() {
    if (!zstdAvailable())
        throw new errors_UsageError(`compression 'zstd' needs Node.js >= 22.15 (this is ${process.version}); use gzip`);
}
function extensionOf(c) {
    return c === 'gzip' ? '.gz' : c === 'zstd' ? '.zst' : '';
}
/**
 * A zlib compressor (gzip, zstd) fed in PIPELINE_CHUNK steps,
 * whatever size of chunks arrive. Each step of a zlib stream is a round trip
 * to the libuv pool; with the 64 KiB chunks sources write (and zlib's 16 KiB
 * default output), a zstd backup spent more time handing buffers between
 * threads than compressing. Input is gathered into two buffers that are
 * reused: zlib is done with an input buffer once its write callback has run
 * (deflate and zstd copy what they keep into their own window), so gathering
 * costs one copy and no garbage. Output comes in PIPELINE_CHUNK pieces too.
 * Used for compression (backups); see decompressor() for restores.
 */
class BatchedZlib extends external_node_stream_namespaceObject.Duplex {
    inner;
    free = [];
    current;
    fill = 0;
    /** The rest of a _write that waits for a buffer to come back. */
    waiting;
    constructor(inner) {
        super({ readableHighWaterMark: buffers_PIPELINE_CHUNK, writableHighWaterMark: buffers_PIPELINE_CHUNK });
        this.inner = inner;
        for (let i = 0; i < 2; i++)
            this.free.push(Buffer.allocUnsafe(buffers_PIPELINE_CHUNK));
        inner.on('data', (chunk) => {
            if (!this.push(chunk))
                inner.pause();
        });
        inner.once('end', () => this.push(null));
        inner.on('error', (err) => this.destroy(err));
    }
    _read() {
        this.inner.resume();
    }
    _write(chunk, _enc, cb) {
        let off = 0;
        const fillFrom = () => {
            while (off < chunk.length) {
                if (!this.current) {
                    this.current = this.free.pop();
                    if (!this.current) {
                        this.waiting = fillFrom;
                        return;
                    }
                }
                const n = chunk.copy(this.current, this.fill, off);
                this.fill += n;
                off += n;
                if (this.fill === buffers_PIPELINE_CHUNK)
                    this.send();
            }
            cb();
        };
        fillFrom();
    }
    send() {
        const buf = this.current;
        const body = this.fill === buf.length ? buf : buf.subarray(0, this.fill);
        this.current = undefined;
        this.fill = 0;
        this.inner.write(body, (err) => {
            if (err)
                return; // the inner stream's 'error' destroys this one
            this.free.push(buf);
            const resume = this.waiting;
            this.waiting = undefined;
            resume?.();
        });
    }
    _final(cb) {
        if (this.fill > 0)
            this.send();
        this.inner.end();
        cb();
    }
    _destroy(err, cb) {
        this.inner.destroy();
        cb(err);
    }
}
/**
 * The compressor for bytes that arrive in any size of chunks (the in-thread
 * encode stages, a source's 64 KiB writes): fed to zlib in PIPELINE_CHUNK steps.
 */
function compression_compressor(c, level) {
    return c === 'none' ? new PassThrough() : new BatchedZlib(blockCompressor(c, level));
}
/**
 * zlib's own compressor (256 KiB output pieces), for input that already comes
 * in PIPELINE_CHUNK blocks: the encode worker's (worker-encoder.ts gathers
 * them). Gathering them again would cost a copy of every byte; the bytes out
 * are the same either way (zstd and deflate output does not depend on how the
 * input is cut when nothing flushes before the end).
 */
function blockCompressor(c, level) {
    switch (c) {
        case 'gzip':
            return external_node_zlib_namespaceObject.createGzip({ level: level ?? 6, chunkSize: buffers_PIPELINE_CHUNK });
        case 'zstd': {
            compression_requireZstd();
            const z = external_node_zlib_namespaceObject;
            const params = {};
            if (level !== undefined)
                params[z.constants.ZSTD_c_compressionLevel] = level;
            return z.createZstdCompress({ chunkSize: buffers_PIPELINE_CHUNK, params });
        }
    }
}
/**
 * Decompressors step in PIPELINE_CHUNK pieces too. With zlib's defaults (zstd 16 KiB, and gunzip at 64 KiB)
 * every 16 KiB of a restore was a round trip to the libuv pool and a file write of its own: a 2 GiB files
 * restore took 18–19 s, 10–11 s with 256 KiB steps, at the same peak RSS (bench/README.md, files). An
 * earlier measurement, before reads scavenged (util/scavenge.ts), had larger pieces cost a third more memory.
 */
function decompressor(c) {
    switch (c) {
        case 'none':
            return new PassThrough();
        case 'gzip':
            return zlib.createGunzip({ chunkSize: PIPELINE_CHUNK });
        case 'zstd':
            if (!zstdAvailable())
                throw new UsageError(`this backup is zstd-compressed; restoring it needs Node.js >= 22.15 (this is ${process.version})`);
            return zlib.createZstdDecompress({ chunkSize: PIPELINE_CHUNK });
    }
}

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: ./src/formats/age/primitives.ts

/**
 * The cryptographic building blocks of age v1 (SPEC.md), on node:crypto only:
 * HKDF-SHA-256, ChaCha20-Poly1305, X25519, scrypt and the strict unpadded
 * base64 the header uses.
 */
const FILE_KEY_SIZE = 16;
const TAG_SIZE = 16;
const ZERO_NONCE = Buffer.alloc(12);
/** HKDF-SHA-256 with a 32-byte output, as every age key derivation uses. */
function hkdf32(ikm, salt, info) {
    return Buffer.from(external_node_crypto_namespaceObject.hkdfSync('sha256', ikm, salt, info, 32));
}
/**
 * A key for many AEAD operations. A KeyObject makes each createCipheriv about
 * ten times cheaper than a raw Buffer key, which matters with one cipher per
 * 64 KiB chunk.
 */
function aeadKey(raw) {
    return external_node_crypto_namespaceObject.createSecretKey(raw);
}
/** ChaCha20-Poly1305 seal: the ciphertext and the 16-byte tag, as two buffers (no copy to join them). */
function aeadSealParts(key, nonce, plaintext) {
    const cipher = external_node_crypto_namespaceObject.createCipheriv('chacha20-poly1305', key, nonce, { authTagLength: TAG_SIZE });
    const body = cipher.update(plaintext);
    cipher.final();
    return [body, cipher.getAuthTag()];
}
/** ChaCha20-Poly1305 seal: ciphertext followed by the 16-byte tag. */
function aeadSeal(key, nonce, plaintext) {
    return Buffer.concat(aeadSealParts(key, nonce, plaintext));
}
/** ChaCha20-Poly1305 open; undefined when the tag does not verify (callers choose the message). */
function aeadOpen(key, nonce, sealed) {
    if (sealed.length < TAG_SIZE)
        return undefined;
    const decipher = external_node_crypto_namespaceObject.createDecipheriv('chacha20-poly1305', key, nonce, { authTagLength: TAG_SIZE });
    decipher.setAuthTag(sealed.subarray(sealed.length - TAG_SIZE));
    const body = decipher.update(sealed.subarray(0, sealed.length - TAG_SIZE));
    try {
        decipher.final();
    }
    catch {
        return undefined;
    }
    return body;
}
/** Key wrapping in stanzas uses a fixed all-zero nonce: every wrap key is used once. */
function wrapFileKey(wrapKey, fileKey) {
    return aeadSeal(wrapKey, ZERO_NONCE, fileKey);
}
function unwrapFileKey(wrapKey, body) {
    const key = aeadOpen(wrapKey, ZERO_NONCE, body);
    return key && key.length === FILE_KEY_SIZE ? key : undefined;
}
// node:crypto takes raw X25519 keys only wrapped in DER (PKCS#8 / SPKI with OID 1.3.101.110).
const PKCS8_X25519_PREFIX = Buffer.from('302e020100300506032b656e04220420', 'hex');
const SPKI_X25519_PREFIX = Buffer.from('302a300506032b656e032100', 'hex');
function privateKeyObject(secret) {
    return external_node_crypto_namespaceObject.createPrivateKey({ key: Buffer.concat([PKCS8_X25519_PREFIX, secret]), format: 'der', type: 'pkcs8' });
}
function publicKeyObject(publicKey) {
    return external_node_crypto_namespaceObject.createPublicKey({ key: Buffer.concat([SPKI_X25519_PREFIX, publicKey]), format: 'der', type: 'spki' });
}
/** X25519(secret, basepoint): the public key of a 32-byte secret. */
function primitives_x25519PublicKey(secret) {
    const spki = external_node_crypto_namespaceObject.createPublicKey(privateKeyObject(secret)).export({ format: 'der', type: 'spki' });
    return Buffer.from(spki.subarray(spki.length - 32));
}
/** X25519(secret, publicKey). All-zero results (low-order points) are the caller's to refuse. */
function x25519(secret, publicKey) {
    return external_node_crypto_namespaceObject.diffieHellman({ privateKey: privateKeyObject(secret), publicKey: publicKeyObject(publicKey) });
}
function isAllZero(b) {
    let acc = 0;
    for (const x of b)
        acc |= x;
    return acc === 0;
}
/** scrypt with r = 8, p = 1, as age fixes them; runs on the libuv pool so the event loop stays free. */
function scrypt32(passphrase, salt, logN) {
    const N = 2 ** logN;
    // scrypt needs 128·N·r bytes; Node's default ceiling (32 MiB) is below age's default work factor.
    const maxmem = 128 * N * 8 + 32 * 1024 * 1024;
    return new Promise((resolve, reject) => {
        external_node_crypto_namespaceObject.scrypt(Buffer.from(passphrase, 'utf8'), salt, 32, { N, r: 8, p: 1, maxmem }, (err, key) => err ? reject(err) : resolve(key));
    });
}
function hmacSha256(key, data) {
    return external_node_crypto_namespaceObject.createHmac('sha256', key).update(data).digest();
}
const B64_CHARS = /^[A-Za-z0-9+/]*$/;
/** Standard base64 without padding (RFC 4648 §4, '=' removed). */
function b64encode(b) {
    return Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('base64').replace(/=+$/, '');
}
/**
 * Strict decoding: only the base64 alphabet, no padding, and canonical (the
 * unused low bits of the last character are zero), as the spec requires;
 * Buffer.from(…, 'base64') alone accepts all of these.
 */
function b64decode(s) {
    if (!B64_CHARS.test(s) || s.length % 4 === 1)
        return undefined;
    const out = Buffer.from(s, 'base64');
    return b64encode(out) === s ? out : undefined;
}

;// CONCATENATED MODULE: ./src/formats/age/header.ts



/**
 * The age v1 text header (SPEC.md): version line, recipient stanzas, MAC line.
 * Encoding, strict parsing, and the X25519 and scrypt stanzas.
 */
const VERSION_LINE = 'age-encryption.org/v1';
const VERSION_PREFIX = Buffer.from(`${VERSION_LINE}\n`);
const ARMOR_PREFIX = Buffer.from('-----BEGIN AGE ENCRYPTED FILE-----');
/** A header is a few hundred bytes per recipient; past this the input is not an age file we will read. */
const MAX_HEADER_BYTES = 1 << 20;
const X25519_INFO = 'age-encryption.org/v1/X25519';
const SCRYPT_LABEL = 'age-encryption.org/v1/scrypt';
const DEFAULT_SCRYPT_WORK_FACTOR = 18;
/** age's own decryption ceiling: 2^22 needs 4 GiB of scrypt memory. */
const MAX_SCRYPT_WORK_FACTOR = 22;
const COLUMNS = 64;
function malformed(what) {
    return new VerificationError(`age: malformed header: ${what}`);
}
function encodeStanza(s) {
    const b64 = b64encode(s.body);
    let out = `-> ${s.args.join(' ')}\n`;
    // Full lines of 64 columns, then a final shorter (possibly empty) line.
    let i = 0;
    for (; i + COLUMNS <= b64.length; i += COLUMNS)
        out += `${b64.slice(i, i + COLUMNS)}\n`;
    return `${out}${b64.slice(i)}\n`;
}
function headerMacKey(fileKey) {
    return hkdf32(fileKey, Buffer.alloc(0), 'header');
}
/** The complete header, MAC line included. */
function encodeHeader(stanzas, fileKey) {
    const macInput = Buffer.from(`${VERSION_LINE}\n${stanzas.map(encodeStanza).join('')}---`, 'latin1');
    const mac = hmacSha256(headerMacKey(fileKey), macInput);
    return Buffer.concat([macInput, Buffer.from(` ${b64encode(mac)}\n`, 'latin1')]);
}
/**
 * Checks the start of an input for the age version line as soon as bytes
 * arrive, so a wrong file fails on its first chunk with a message saying what
 * it is, instead of after a megabyte of searching for a header end.
 */
function checkMagic(start) {
    const n = Math.min(start.length, VERSION_PREFIX.length);
    if (start.subarray(0, n).equals(VERSION_PREFIX.subarray(0, n)))
        return;
    const a = Math.min(start.length, ARMOR_PREFIX.length);
    if (a > 0 && start.subarray(0, a).equals(ARMOR_PREFIX.subarray(0, a))) {
        throw new VerificationError('age: input is ASCII-armored (-----BEGIN AGE ENCRYPTED FILE-----); armored files are not supported, decode with `age -d` first');
    }
    const line = start.subarray(0, Math.min(start.length, 64)).toString('latin1').split('\n')[0];
    if (line.startsWith('age-encryption.org/') && start.length > VERSION_PREFIX.length) {
        throw new VerificationError(`age: unsupported format version ${JSON.stringify(line.slice('age-encryption.org/'.length))} (this build reads v1)`);
    }
    throw new VerificationError(`age: input is not an age file (it does not start with '${VERSION_LINE}')`);
}
/**
 * Where the header ends in `buf` (the index just past the MAC line's LF), or
 * -1 if more bytes are needed. The MAC line is the only line starting with
 * '---': stanza bodies are base64 and argument lines start with '->'.
 */
function findHeaderEnd(buf) {
    const mark = buf.indexOf('\n---');
    if (mark < 0)
        return -1;
    const lf = buf.indexOf(0x0a, mark + 4);
    return lf < 0 ? -1 : lf + 1;
}
function isVchar(s) {
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c < 0x21 || c > 0x7e)
            return false;
    }
    return s.length > 0;
}
/** Parses a complete header (as delimited by findHeaderEnd) against the spec's ABNF. */
function parseHeader(header) {
    for (const byte of header) {
        if (byte !== 0x0a && (byte < 0x20 || byte > 0x7e))
            throw malformed('non-ASCII byte');
    }
    const text = header.toString('latin1');
    const lines = text.split('\n');
    lines.pop(); // the header ends with LF: the last element is empty
    if (lines[0] !== VERSION_LINE)
        throw malformed(`first line is not '${VERSION_LINE}'`);
    const stanzas = [];
    let i = 1;
    while (i < lines.length && lines[i].startsWith('-> ')) {
        const args = lines[i].slice(3).split(' ');
        if (!args.every(isVchar))
            throw malformed(`stanza ${stanzas.length + 1} has an empty or invalid argument`);
        i++;
        let b64 = '';
        for (;;) {
            const line = lines[i];
            if (line === undefined || line.startsWith('-'))
                throw malformed(`stanza ${stanzas.length + 1} body does not end with a short line`);
            if (line.length > COLUMNS)
                throw malformed(`stanza ${stanzas.length + 1} body line longer than ${COLUMNS} columns`);
            b64 += line;
            i++;
            if (line.length < COLUMNS)
                break;
        }
        const body = b64decode(b64);
        if (!body)
            throw malformed(`stanza ${stanzas.length + 1} body is not canonical unpadded base64`);
        stanzas.push({ args, body });
    }
    if (stanzas.length === 0)
        throw malformed('no recipient stanza');
    if (i !== lines.length - 1)
        throw malformed(`unexpected line ${i + 1}`);
    const macLine = lines[i];
    if (!macLine.startsWith('--- '))
        throw malformed('missing MAC line');
    const mac = b64decode(macLine.slice(4));
    if (!mac || mac.length !== 32)
        throw malformed('MAC is not 32 bytes of canonical base64');
    const macInput = header.subarray(0, header.length - (macLine.length - 3) - 1);
    return { stanzas, macInput, mac };
}
function verifyHeaderMac(parsed, fileKey) {
    const expected = hmacSha256(headerMacKey(fileKey), parsed.macInput);
    if (!(0,external_node_crypto_namespaceObject.timingSafeEqual)(expected, parsed.mac)) {
        throw new VerificationError('age: header MAC mismatch (the header was corrupted or tampered with)');
    }
}
/** An X25519 stanza wrapping `fileKey` to `recipient` (its 32-byte public key), with a fresh ephemeral key. */
function wrapX25519(fileKey, recipient) {
    const ephemeral = (0,external_node_crypto_namespaceObject.randomBytes)(32);
    const share = primitives_x25519PublicKey(ephemeral);
    const shared = x25519(ephemeral, recipient);
    const wrapKey = hkdf32(shared, Buffer.concat([share, recipient]), X25519_INFO);
    return { args: ['X25519', b64encode(share)], body: wrapFileKey(wrapKey, fileKey) };
}
/**
 * The file key, if this X25519 stanza was made for `secret`; undefined if it
 * was made for someone else. A stanza that breaks the spec's shape rules is an
 * error, not "someone else's".
 */
function unwrapX25519(stanza, secret, publicKey) {
    if (stanza.args.length !== 2)
        throw malformed('X25519 stanza must have exactly one argument after its type');
    const share = b64decode(stanza.args[1]);
    if (!share || share.length !== 32)
        throw malformed('X25519 ephemeral share is not 32 bytes of canonical base64');
    if (stanza.body.length !== 32)
        throw malformed('X25519 stanza body is not 32 bytes');
    const shared = x25519(secret, share);
    if (isAllZero(shared))
        throw malformed('X25519 ephemeral share is a low-order point');
    const wrapKey = hkdf32(shared, Buffer.concat([share, publicKey]), X25519_INFO);
    return unwrapFileKey(wrapKey, stanza.body);
}
async function wrapScrypt(fileKey, passphrase, logN) {
    const salt = (0,external_node_crypto_namespaceObject.randomBytes)(16);
    const wrapKey = await scrypt32(passphrase, Buffer.concat([Buffer.from(SCRYPT_LABEL), salt]), logN);
    return { args: ['scrypt', b64encode(salt), String(logN)], body: wrapFileKey(wrapKey, fileKey) };
}
/** The file key, or undefined when the passphrase is wrong. */
async function unwrapScrypt(stanza, passphrase) {
    if (stanza.args.length !== 3)
        throw malformed('scrypt stanza must have exactly two arguments after its type');
    const salt = b64decode(stanza.args[1]);
    if (!salt || salt.length !== 16)
        throw malformed('scrypt salt is not 16 bytes of canonical base64');
    const logNText = stanza.args[2];
    if (!/^[1-9][0-9]*$/.test(logNText))
        throw malformed(`scrypt work factor ${JSON.stringify(logNText)} is not a decimal number`);
    const logN = Number(logNText);
    if (logN > MAX_SCRYPT_WORK_FACTOR) {
        throw new VerificationError(`age: scrypt work factor ${logN} is above the limit of ${MAX_SCRYPT_WORK_FACTOR} (it would need ${2 ** (logN - 10)} MiB of memory)`);
    }
    if (stanza.body.length !== 32)
        throw malformed('scrypt stanza body is not 32 bytes');
    const wrapKey = await scrypt32(passphrase, Buffer.concat([Buffer.from(SCRYPT_LABEL), salt]), logN);
    return unwrapFileKey(wrapKey, stanza.body);
}

;// CONCATENATED MODULE: ./src/formats/age/keys.ts



/**
 * age X25519 keys as text: recipients are Bech32 with HRP `age` (lower case),
 * identities Bech32 with HRP `AGE-SECRET-KEY-` (upper case). Bech32 is BIP 173
 * without its 90-character limit; the checksum is computed over the lower-case
 * string.
 */
const RECIPIENT_HRP = 'age';
const IDENTITY_HRP = 'AGE-SECRET-KEY-';
const CHARSET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const GENERATOR = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
function polymod(values) {
    let chk = 1;
    for (const v of values) {
        const top = chk >>> 25;
        chk = (((chk & 0x1ffffff) << 5) ^ v) >>> 0;
        for (let i = 0; i < 5; i++)
            if ((top >>> i) & 1)
                chk = (chk ^ GENERATOR[i]) >>> 0;
    }
    return chk;
}
function hrpExpand(hrp) {
    const h = hrp.toLowerCase();
    const out = [];
    for (let i = 0; i < h.length; i++)
        out.push(h.charCodeAt(i) >> 5);
    out.push(0);
    for (let i = 0; i < h.length; i++)
        out.push(h.charCodeAt(i) & 31);
    return out;
}
function convertBits(data, from, to, pad) {
    let acc = 0;
    let bits = 0;
    const out = [];
    const maxv = (1 << to) - 1;
    for (let i = 0; i < data.length; i++) {
        const v = data[i];
        if (v >> from !== 0)
            return undefined;
        acc = ((acc << from) | v) & 0xffffff;
        bits += from;
        while (bits >= to) {
            bits -= to;
            out.push((acc >> bits) & maxv);
        }
    }
    if (pad) {
        if (bits > 0)
            out.push((acc << (to - bits)) & maxv);
    }
    else if (bits >= from || ((acc << (to - bits)) & maxv) !== 0) {
        return undefined;
    }
    return out;
}
/** Bech32 encoding; an upper-case HRP gives an all-upper-case string. */
function bech32Encode(hrp, data) {
    const values = convertBits(data, 8, 5, true);
    const lowerHrp = hrp.toLowerCase();
    const mod = polymod([...hrpExpand(lowerHrp), ...values, 0, 0, 0, 0, 0, 0]) ^ 1;
    let s = `${lowerHrp}1`;
    for (const v of values)
        s += CHARSET[v];
    for (let p = 0; p < 6; p++)
        s += CHARSET[(mod >>> (5 * (5 - p))) & 31];
    return hrp === lowerHrp ? s : s.toUpperCase();
}
/** Bech32 decoding; the HRP comes back in the string's own case. Undefined on any defect. */
function bech32Decode(s) {
    if (s.toLowerCase() !== s && s.toUpperCase() !== s)
        return undefined;
    const pos = s.lastIndexOf('1');
    if (pos < 1 || pos + 7 > s.length)
        return undefined;
    const hrp = s.slice(0, pos);
    for (let i = 0; i < hrp.length; i++) {
        const c = hrp.charCodeAt(i);
        if (c < 33 || c > 126)
            return undefined;
    }
    const lower = s.toLowerCase();
    const values = [];
    for (const ch of lower.slice(pos + 1)) {
        const d = CHARSET.indexOf(ch);
        if (d < 0)
            return undefined;
        values.push(d);
    }
    if (polymod([...hrpExpand(hrp), ...values]) !== 1)
        return undefined;
    const bytes = convertBits(values.slice(0, -6), 5, 8, false);
    return bytes ? { hrp, data: Buffer.from(bytes) } : undefined;
}
/**
 * How a bad recipient is named in a message. Recipients are public, but a
 * secret pasted into the wrong field (an identity, a passphrase) must not be
 * echoed: only text shaped like a recipient is quoted.
 */
function shown(s) {
    if (/^AGE-(SECRET-KEY|PLUGIN)-/i.test(s))
        return 'given as a secret key (AGE-SECRET-KEY-…), not a public recipient';
    if (!/^age1[0-9a-z]*$/.test(s))
        return `(a ${s.length}-character value not starting with 'age1', not shown)`;
    return JSON.stringify(s.length > 80 ? `${s.slice(0, 77)}...` : s);
}
/** The 32-byte X25519 public key of an `age1…` recipient; UsageError naming the input otherwise. */
function decodeRecipient(text) {
    const s = text.trim();
    if (s.startsWith('age1pq1') || s.startsWith('age1tag')) {
        throw new errors_UsageError(`age: recipient ${shown(s)} is a post-quantum/tagged type this build cannot encrypt to; expected an X25519 recipient (age1…)`);
    }
    if (/^(ssh-|ecdsa-)/.test(s)) {
        throw new errors_UsageError(`age: SSH recipients (${s.split(' ')[0]} …) are not supported; expected an X25519 recipient (age1…, from age-keygen)`);
    }
    const d = bech32Decode(s);
    if (!d || d.hrp !== RECIPIENT_HRP || d.data.length !== 32) {
        throw new errors_UsageError(`age: malformed recipient ${shown(s)}: expected an X25519 recipient, 'age1' followed by 58 Bech32 characters`);
    }
    return d.data;
}
/** The 32-byte X25519 secret of an `AGE-SECRET-KEY-1…` identity. The key itself never appears in a message. */
function keys_decodeIdentity(text, where = 'identity') {
    const s = text.trim();
    if (s.startsWith('AGE-PLUGIN-'))
        throw new UsageError(`age: ${where} is a plugin identity (AGE-PLUGIN-…), which this build cannot use`);
    if (s.startsWith('AGE-SECRET-KEY-PQ-'))
        throw new UsageError(`age: ${where} is a post-quantum identity (AGE-SECRET-KEY-PQ-…), which this build cannot use`);
    const d = bech32Decode(s);
    if (!d || d.hrp !== IDENTITY_HRP || d.data.length !== 32) {
        throw new UsageError(`age: ${where} is not an age X25519 identity: expected 'AGE-SECRET-KEY-1' followed by 58 Bech32 characters (as age-keygen writes)`);
    }
    return d.data;
}
/** Validates an `age1…` recipient and returns its canonical (trimmed, lower-case) text. */
function keys_parseRecipient(text) {
    return bech32Encode(RECIPIENT_HRP, decodeRecipient(text));
}
/**
 * Reads an identity file as age does: one identity per line, empty lines and
 * lines starting with '#' ignored. Returns the identities in order. `source`
 * (e.g. the file's path) names the input in errors.
 */
function keys_parseIdentityFile(text, source = 'identity file') {
    const out = [];
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i].replace(/\r$/, '');
        if (line.trim() === '' || line.startsWith('#'))
            continue;
        if (/^-----BEGIN /.test(line)) {
            throw new UsageError(`age: ${source} holds a PEM/SSH key (line ${i + 1}); expected age identities (AGE-SECRET-KEY-1…, from age-keygen)`);
        }
        out.push(bech32Encode(IDENTITY_HRP, keys_decodeIdentity(line, `${source} line ${i + 1}`)));
    }
    if (out.length === 0)
        throw new UsageError(`age: ${source} contains no identities (expected lines of AGE-SECRET-KEY-1…)`);
    return out;
}
/** The `age1…` recipient of an `AGE-SECRET-KEY-1…` identity. */
function recipientOf(identity) {
    return bech32Encode(RECIPIENT_HRP, x25519PublicKey(keys_decodeIdentity(identity)));
}
/** A fresh X25519 key pair, as `age-keygen` makes. */
function generateIdentity() {
    const secret = randomBytes(32);
    return { identity: bech32Encode(IDENTITY_HRP, secret), recipient: bech32Encode(RECIPIENT_HRP, x25519PublicKey(secret)) };
}
/** The text `age-keygen` writes for a key pair, readable by `age -i` and parseIdentityFile. */
function identityFileText(pair, created = new Date()) {
    return `# created: ${created.toISOString().replace(/\.\d{3}Z$/, 'Z')}\n# public key: ${pair.recipient}\n${pair.identity}\n`;
}
/**
 * A short id of a recipient set, stable across order, duplicates and case:
 * the first 16 hex digits of SHA-256 over the sorted canonical recipients,
 * one per line, after a domain label. Lets a manifest say "encrypted to the
 * same set as before" without listing keys.
 */
function keys_ageRecipientsFingerprint(recipients) {
    if (recipients.length === 0)
        throw new UsageError('age: a recipients fingerprint needs at least one recipient');
    const canonical = [...new Set(recipients.map(keys_parseRecipient))].sort();
    return createHash('sha256').update(`bakup age recipients v1\n${canonical.join('\n')}\n`).digest('hex').slice(0, 16);
}

;// CONCATENATED MODULE: ./src/formats/age/stream.ts





/**
 * The age payload (SPEC.md): a 16-byte nonce, then STREAM — 64 KiB plaintext
 * chunks sealed with ChaCha20-Poly1305 under the payload key, nonce = 88-bit
 * big-endian counter ‖ last-chunk flag. Exactly one chunk (the last) carries
 * the flag, which is what makes truncation detectable.
 */
const CHUNK_SIZE = 64 * 1024;
const SEALED_CHUNK_SIZE = CHUNK_SIZE + TAG_SIZE;
const PAYLOAD_NONCE_SIZE = 16;
function payloadKey(fileKey, nonce) {
    return aeadKey(hkdf32(fileKey, nonce, 'payload'));
}
/**
 * Writes chunk `counter`'s nonce into `n` (12 bytes, the first 3 always zero) and returns it. Each stream
 * reuses one buffer: createCipheriv/createDecipheriv copy the nonce, so nothing keeps a reference to it.
 */
function chunkNonce(n, counter, last) {
    // The counter is 88 bits; 2^53 chunks (512 ZiB) is far beyond any input, so a JS number suffices.
    n.writeUInt32BE(Math.floor(counter / 2 ** 32), 3);
    n.writeUInt32BE(counter >>> 0, 7);
    n[11] = last ? 1 : 0;
    return n;
}
/**
 * Plaintext in, age file out. Holds one 64 KiB chunk: a full chunk is sealed
 * as "not last" only once a further byte proves more follows, so a payload
 * that is an exact multiple of 64 KiB ends with a full final chunk, as age
 * writes it. Whole chunks inside a large input buffer are sealed in place;
 * only the tail of each input buffer is copied.
 */
class AgeEncryptStream extends external_node_stream_namespaceObject.Transform {
    to;
    prefix; // header + payload nonce, not yet pushed
    key;
    pending = Buffer.allocUnsafe(CHUNK_SIZE);
    chunkNonceBytes = Buffer.alloc(12);
    fill = 0;
    counter = 0;
    constructor(to) {
        super();
        this.to = to;
    }
    _construct(callback) {
        this.prepare().then(() => callback(), callback);
    }
    async prepare() {
        const fileKey = (0,external_node_crypto_namespaceObject.randomBytes)(FILE_KEY_SIZE);
        const stanzas = this.to.passphrase !== undefined
            ? [await wrapScrypt(fileKey, this.to.passphrase, this.to.scryptWorkFactor)]
            : this.to.recipients.map((r) => wrapX25519(fileKey, r));
        const nonce = (0,external_node_crypto_namespaceObject.randomBytes)(PAYLOAD_NONCE_SIZE);
        this.key = payloadKey(fileKey, nonce);
        this.prefix = Buffer.concat([encodeHeader(stanzas, fileKey), nonce]);
    }
    pushPrefix() {
        if (this.prefix) {
            this.push(this.prefix);
            this.prefix = undefined;
        }
    }
    /** What one write sealed, pushed as one buffer by pushSealed(). */
    sealed = [];
    seal(plaintext, last) {
        const [body, tag] = aeadSealParts(this.key, chunkNonce(this.chunkNonceBytes, this.counter, last), plaintext);
        this.sealed.push(body, tag);
        this.counter++;
    }
    /**
     * One push per write, not two per 64 KiB chunk: with a 64 KiB body and a 16-byte tag pushed apiece, every stage
     * after this one (the stored hash, the stores' writes) ran eight times per 256 KiB block, and an in-thread zstd +
     * age backup of 2 GiB spent 0.8 s of its main thread in file writes alone. The copy costs less than that (bench/README.md, files).
     */
    pushSealed() {
        const parts = this.sealed;
        if (!parts.length)
            return;
        this.sealed = [];
        this.push(parts.length === 1 ? parts[0] : Buffer.concat(parts));
    }
    _transform(chunk, _enc, callback) {
        this.pushPrefix();
        let off = 0;
        while (off < chunk.length) {
            if (this.fill === CHUNK_SIZE) {
                this.seal(this.pending, false);
                this.fill = 0;
            }
            if (this.fill === 0 && chunk.length - off > CHUNK_SIZE) {
                this.seal(chunk.subarray(off, off + CHUNK_SIZE), false);
                off += CHUNK_SIZE;
                continue;
            }
            const n = chunk.copy(this.pending, this.fill, off);
            this.fill += n;
            off += n;
        }
        this.pushSealed();
        callback();
    }
    _flush(callback) {
        this.pushPrefix();
        this.seal(this.pending.subarray(0, this.fill), true);
        this.fill = 0;
        this.pushSealed();
        callback();
    }
}
function stanzaTypes(stanzas) {
    return [...new Set(stanzas.map((s) => s.args[0]))].join(', ');
}
/** Finds the file key among the stanzas and checks the header MAC with it. */
async function openHeader(parsed, w) {
    const { stanzas } = parsed;
    const scrypt = stanzas.find((s) => s.args[0] === 'scrypt');
    let fileKey;
    if (scrypt) {
        if (stanzas.length !== 1) {
            throw new VerificationError('age: malformed header: an scrypt stanza must be the only stanza of a file');
        }
        if (w.passphrase === undefined) {
            throw new VerificationError('age: this file is passphrase-encrypted; an identity cannot open it, give the passphrase');
        }
        fileKey = await unwrapScrypt(scrypt, w.passphrase);
        if (!fileKey)
            throw new VerificationError('age: wrong passphrase (the scrypt stanza did not open)');
    }
    else {
        const x25519 = stanzas.filter((s) => s.args[0] === 'X25519');
        if (x25519.length === 0) {
            throw new VerificationError(`age: the file has no X25519 or scrypt recipient, only ${stanzaTypes(stanzas)}, which this build cannot open`);
        }
        if (w.identities.length === 0) {
            throw new VerificationError('age: this file is encrypted to recipients (age1…); a passphrase cannot open it, give an identity');
        }
        search: for (const stanza of x25519) {
            for (const id of w.identities) {
                fileKey = unwrapX25519(stanza, id.secret, id.publicKey);
                if (fileKey)
                    break search;
            }
        }
        if (!fileKey) {
            throw new VerificationError(`age: no identity matches any recipient of this file (${x25519.length} recipient${x25519.length === 1 ? '' : 's'}, ${w.identities.length} identit${w.identities.length === 1 ? 'y' : 'ies'} tried)`);
        }
    }
    verifyHeaderMac(parsed, fileKey);
    return fileKey;
}
/**
 * age file in, plaintext out. A chunk's plaintext is pushed only after its
 * tag verified; a sealed chunk is held until the next byte (it is "not last")
 * or the end of input (it must be last), so at most one sealed chunk is
 * buffered and a truncated file always fails instead of ending quietly.
 */
class stream_AgeDecryptStream extends external_node_stream_namespaceObject.Transform {
    with;
    phase = 'header';
    head = [];
    headLength = 0;
    nonce = Buffer.alloc(PAYLOAD_NONCE_SIZE);
    nonceFill = 0;
    fileKey = Buffer.alloc(0);
    key;
    sealed = Buffer.allocUnsafe(SEALED_CHUNK_SIZE);
    chunkNonceBytes = Buffer.alloc(12);
    fill = 0;
    counter = 0;
    constructor(w) {
        super();
        this.with = w;
    }
    _transform(chunk, _enc, callback) {
        if (this.phase !== 'header') {
            this.guard(() => this.consume(chunk), callback);
            return;
        }
        this.head.push(chunk);
        this.headLength += chunk.length;
        const head = this.head.length === 1 ? chunk : Buffer.concat(this.head, this.headLength);
        this.head = [head];
        let end;
        try {
            checkMagic(head);
            end = findHeaderEnd(head);
            if (end < 0 && this.headLength > MAX_HEADER_BYTES) {
                throw new VerificationError(`age: header larger than ${MAX_HEADER_BYTES >> 20} MiB without a MAC line; not a readable age file`);
            }
        }
        catch (err) {
            callback(err);
            return;
        }
        if (end < 0) {
            callback();
            return;
        }
        this.head = [];
        // parseHeader throws synchronously, openHeader may wait for scrypt: one promise carries both.
        Promise.resolve()
            .then(() => openHeader(parseHeader(head.subarray(0, end)), this.with))
            .then((fileKey) => {
            this.fileKey = fileKey;
            this.phase = 'nonce';
            this.guard(() => this.consume(head.subarray(end)), callback);
        }, (err) => callback(err));
    }
    guard(work, callback) {
        try {
            work();
        }
        catch (err) {
            callback(err);
            return;
        }
        callback();
    }
    consume(data) {
        let off = 0;
        if (this.phase === 'nonce') {
            const n = data.copy(this.nonce, this.nonceFill, 0, Math.min(data.length, PAYLOAD_NONCE_SIZE - this.nonceFill));
            this.nonceFill += n;
            off = n;
            if (this.nonceFill < PAYLOAD_NONCE_SIZE)
                return;
            this.key = payloadKey(this.fileKey, this.nonce);
            this.phase = 'chunks';
        }
        while (off < data.length) {
            if (this.fill === SEALED_CHUNK_SIZE) {
                this.openFull(this.sealed);
                this.fill = 0;
            }
            if (this.fill === 0 && data.length - off > SEALED_CHUNK_SIZE) {
                this.openFull(data.subarray(off, off + SEALED_CHUNK_SIZE));
                off += SEALED_CHUNK_SIZE;
                continue;
            }
            const n = data.copy(this.sealed, this.fill, off);
            this.fill += n;
            off += n;
        }
    }
    chunkFailed() {
        return new VerificationError(`age: payload chunk ${this.counter} failed authentication (the data was corrupted or tampered with, or is not from this file)`);
    }
    /** A full sealed chunk followed by more input: it must be a non-final chunk. */
    openFull(sealed) {
        const plain = aeadOpen(this.key, chunkNonce(this.chunkNonceBytes, this.counter, false), sealed);
        if (!plain) {
            if (aeadOpen(this.key, chunkNonce(this.chunkNonceBytes, this.counter, true), sealed)) {
                throw new VerificationError(`age: unexpected data after the final payload chunk (${this.counter})`);
            }
            throw this.chunkFailed();
        }
        this.push(plain);
        this.counter++;
    }
    _flush(callback) {
        this.guard(() => this.finish(), callback);
    }
    finish() {
        if (this.phase === 'header') {
            throw new VerificationError(this.headLength === 0 ? 'age: input is empty, not an age file' : 'age: truncated header (the input ends before the header MAC line)');
        }
        if (this.phase === 'nonce')
            throw new VerificationError('age: truncated (the input ends inside the payload nonce)');
        if (this.fill === 0)
            throw new VerificationError('age: truncated (missing final chunk)');
        if (this.fill < TAG_SIZE)
            throw new VerificationError(`age: truncated (payload chunk ${this.counter} is shorter than its tag)`);
        const sealed = this.sealed.subarray(0, this.fill);
        const plain = aeadOpen(this.key, chunkNonce(this.chunkNonceBytes, this.counter, true), sealed);
        if (!plain) {
            if (this.fill === SEALED_CHUNK_SIZE && aeadOpen(this.key, chunkNonce(this.chunkNonceBytes, this.counter, false), sealed)) {
                throw new VerificationError(`age: truncated (missing final chunk: the input ends after chunk ${this.counter})`);
            }
            throw this.chunkFailed();
        }
        if (plain.length === 0 && this.counter > 0) {
            throw new VerificationError('age: malformed payload: an empty final chunk after data (only an empty file may have one)');
        }
        if (plain.length > 0)
            this.push(plain);
        this.counter++;
        this.fill = 0;
    }
}

;// CONCATENATED MODULE: ./src/formats/age/index.ts





/**
 * The age v1 file format (https://age-encryption.org/v1, summarized in
 * SPEC.md beside this file), natively on node:crypto: what we write, the
 * stock `age` CLI decrypts, and the reverse.
 */

function checkPassphrase(passphrase) {
    if (passphrase !== undefined && passphrase.length === 0) {
        throw new errors_UsageError('age: the passphrase is empty; give a non-empty passphrase');
    }
}
/** Plaintext in, age file out; constant memory (one 64 KiB chunk). Bad options throw UsageError here. */
function createAgeEncryptStream(opts) {
    const recipients = opts.recipients ?? [];
    checkPassphrase(opts.passphrase);
    if (opts.passphrase !== undefined && recipients.length > 0) {
        throw new errors_UsageError('age: a passphrase cannot be combined with recipients (in the age format a passphrase-encrypted file has exactly one, scrypt, stanza); use either recipients or a passphrase');
    }
    if (opts.passphrase === undefined && recipients.length === 0) {
        throw new errors_UsageError('age: nothing to encrypt to: give at least one recipient (age1…) or a passphrase');
    }
    const workFactor = opts.scryptWorkFactor ?? DEFAULT_SCRYPT_WORK_FACTOR;
    if (!Number.isInteger(workFactor) || workFactor < 1 || workFactor > MAX_SCRYPT_WORK_FACTOR) {
        throw new errors_UsageError(`age: scrypt work factor ${String(opts.scryptWorkFactor)} is invalid: expected an integer from 1 to ${MAX_SCRYPT_WORK_FACTOR} (default ${DEFAULT_SCRYPT_WORK_FACTOR})`);
    }
    // The same recipient twice would only add an identical-purpose stanza.
    const unique = [...new Set(recipients.map(keys_parseRecipient))];
    return new AgeEncryptStream({
        recipients: unique.map(decodeRecipient),
        passphrase: opts.passphrase,
        scryptWorkFactor: workFactor,
    });
}
/**
 * age file in, plaintext out, streaming. Verifies the header MAC and every
 * chunk's tag before emitting it; any failure (wrong key, tampering,
 * truncation) is a VerificationError with one line.
 */
function age_createAgeDecryptStream(opts) {
    checkPassphrase(opts.passphrase);
    const identities = (opts.identities ?? []).map((text, i) => {
        const secret = decodeIdentity(text, `identity ${i + 1}`);
        return { secret, publicKey: x25519PublicKey(secret) };
    });
    if (identities.length === 0 && opts.passphrase === undefined) {
        throw new UsageError('age: nothing to decrypt with: give an identity (AGE-SECRET-KEY-1…) or a passphrase');
    }
    return new AgeDecryptStream({ identities, passphrase: opts.passphrase });
}

;// CONCATENATED MODULE: ./src/util/redact.ts
/**
 * Secrets must never reach logs. Every string that may hold a URI or a
 * connection string goes through redact() before it is printed or stored in
 * a manifest.
 */
const SECRET_QUERY_KEYS = /^(password|pass|pwd|secret|token|sig|signature|key|apikey|api_key|access_key|accesskey|x-amz-signature|x-amz-credential|x-amz-security-token|sharedaccesssignature|accountkey)$/i;
const registered = new Set();
/** Registers a literal secret (an API key, a password) so redact() replaces it wherever it appears. */
function redact_registerSecret(secret) {
    if (secret && secret.length >= 4)
        registered.add(secret);
}
/** Replaces credentials in URLs (user:pass@, secret query parameters, AccountKey=…) and registered secrets with ***. */
function redact(text) {
    let out = text.replace(/([a-z][a-z0-9+.-]*:\/\/)([^/@\s:]*)(?::[^@\s/]*)?@/gi, (_m, scheme, user) => user ? `${scheme}${user}:***@` : `${scheme}***@`);
    out = out.replace(/([?&;])([^=&;\s]+)=([^&;\s]*)/g, (m, sep, k) => SECRET_QUERY_KEYS.test(k) ? `${sep}${k}=***` : m);
    out = out.replace(/(AccountKey|SharedAccessSignature|SecretAccessKey)=([^;\s]+)/gi, '$1=***');
    for (const s of registered)
        out = out.split(s).join('***');
    return out;
}

;// CONCATENATED MODULE: ./src/pipeline/encryption.ts





function encryptionFor(keys) {
    const recipients = [...new Set((keys.recipients ?? []).map((r) => parseRecipient(r)))];
    if (!recipients.length && keys.passphrase === undefined)
        return { scheme: 'none' };
    if (recipients.length && keys.passphrase !== undefined) {
        throw new UsageError('--passphrase: cannot be combined with --encryption-recipients (age files use one or the other); choose one');
    }
    return { scheme: 'age', recipients, passphrase: keys.passphrase !== undefined, keyId: recipients.length ? ageRecipientsFingerprint(recipients) : 'passphrase' };
}
function encryptor(e, keys = {}) {
    if (e.scheme === 'none')
        return new external_node_stream_namespaceObject.PassThrough();
    return createAgeEncryptStream(e.passphrase ? { passphrase: keys.passphrase } : { recipients: e.recipients });
}
/** True when `keys` can open artifacts encrypted as `e`. */
function canDecrypt(e, keys = {}) {
    if (e.scheme === 'none')
        return true;
    return e.passphrase ? keys.passphrase !== undefined : !!keys.identities?.length;
}
function decryptor(e, keys = {}) {
    if (e.scheme === 'none')
        return new PassThrough();
    if (!canDecrypt(e, keys)) {
        throw new UsageError(e.passphrase
            ? 'this backup is encrypted with a passphrase: give --passphrase-file, env BAKUP_PASSPHRASE or the passphrase input'
            : `this backup is encrypted to ${e.recipients.length} age recipient(s) (key id ${e.keyId}): give --identity-file, env BAKUP_AGE_IDENTITY or the identity input`);
    }
    return createAgeDecryptStream(e.passphrase ? { passphrase: keys.passphrase } : { identities: keys.identities });
}
/**
 * Collects keys from files, inputs and the environment (BAKUP_PASSPHRASE,
 * BAKUP_AGE_IDENTITY), registering every secret for redaction.
 */
function loadKeys(opts, env = process.env) {
    const keys = {};
    if (opts.recipients?.length) {
        keys.recipients = opts.recipients.flatMap((r) => r.split(/[\s,]+/)).filter(Boolean);
        // Checked here, so a bad key is reported against the option that carried it before any work starts.
        for (const r of keys.recipients)
            naming('--encryption-recipients', () => parseRecipient(r));
    }
    let passphrase = opts.passphrase ?? env.BAKUP_PASSPHRASE;
    if (opts.passphraseFile)
        passphrase = readKeyFile(opts.passphraseFile, '--passphrase-file').replace(/\r?\n$/, '');
    if (passphrase !== undefined) {
        if (passphrase === '')
            throw new UsageError('passphrase: given but empty; an empty passphrase protects nothing');
        registerSecret(passphrase);
        keys.passphrase = passphrase;
    }
    const identities = [];
    for (const file of opts.identityFiles ?? [])
        identities.push(...naming('--identity-file', () => parseIdentityFile(readKeyFile(file, '--identity-file'), file)));
    const inline = opts.identity ?? env.BAKUP_AGE_IDENTITY;
    if (inline)
        identities.push(...naming(opts.identity !== undefined ? '--identity' : 'BAKUP_AGE_IDENTITY', () => parseIdentityFile(inline, 'the identity')));
    identities.forEach(registerSecret);
    if (identities.length)
        keys.identities = identities;
    return keys;
}
/** Runs a key parser; its usage errors (`age: …`) name the option the key came from instead. */
function naming(flag, parse) {
    try {
        return parse();
    }
    catch (err) {
        if (err instanceof UsageError && !err.message.startsWith(`${flag}:`))
            throw new UsageError(`${flag}: ${err.message.replace(/^age: /, '')}`, { cause: err });
        throw err;
    }
}
function readKeyFile(file, flag) {
    try {
        return fs.readFileSync(file, 'utf8');
    }
    catch (err) {
        throw new UsageError(`${flag}: cannot read '${file}' (${errorCode(err) ?? 'error'})`);
    }
}

;// CONCATENATED MODULE: ./src/pipeline/hash.ts



/** Passes bytes through unchanged while counting them and computing their SHA-256. */
class hash_HashCounter extends external_node_stream_namespaceObject.Transform {
    onBytes;
    hash = (0,external_node_crypto_namespaceObject.createHash)('sha256');
    count = 0;
    hex;
    constructor(onBytes) {
        super();
        this.onBytes = onBytes;
    }
    _transform(chunk, _enc, cb) {
        this.hash.update(chunk);
        this.count += chunk.length;
        this.onBytes?.(chunk.length);
        cb(null, chunk);
    }
    _flush(cb) {
        this.hex = this.hash.digest('hex');
        cb();
    }
    get size() {
        return this.count;
    }
    /** The SHA-256 in hex; only valid after the stream has ended. */
    get sha256() {
        if (this.hex === undefined)
            throw new Error('HashCounter: digest read before end of stream');
        return this.hex;
    }
}
/**
 * Passes bytes through and fails the stream — before it ends — unless they are
 * exactly `size` bytes with the given SHA-256. A consumer that treats a stream
 * error as failure therefore never completes on bytes the manifest does not vouch for.
 */
class ExpectDigest extends external_node_stream_namespaceObject.Transform {
    expected;
    what;
    onBytes;
    hash = (0,external_node_crypto_namespaceObject.createHash)('sha256');
    count = 0;
    constructor(expected, what, onBytes) {
        super();
        this.expected = expected;
        this.what = what;
        this.onBytes = onBytes;
    }
    _transform(chunk, _enc, cb) {
        this.count += chunk.length;
        this.onBytes?.(chunk.length);
        if (this.count > this.expected.size) {
            cb(new VerificationError(`${this.what}: more bytes than the ${this.expected.size} recorded in the manifest`));
            return;
        }
        this.hash.update(chunk);
        cb(null, chunk);
    }
    _flush(cb) {
        if (this.count !== this.expected.size) {
            cb(new VerificationError(`${this.what}: ${this.count} bytes, the manifest records ${this.expected.size} (truncated)`));
            return;
        }
        const got = this.hash.digest('hex');
        if (got !== this.expected.sha256) {
            cb(new VerificationError(`${this.what}: SHA-256 ${got} does not match the manifest's ${this.expected.sha256}`));
            return;
        }
        cb();
    }
}

;// CONCATENATED MODULE: ./src/pipeline/encode.ts



/** Fails before any byte moves when this runtime cannot write the asked compression. */
function checkEncodeSpec(spec) {
    if (spec.compression === 'zstd')
        requireZstd();
}
/**
 * The stages an artifact's bytes go through on the way to the stores: plain
 * bytes counted and hashed, compressed, encrypted, counted and hashed again.
 * Each byte is hashed once per form it takes: without compression and
 * encryption the stored bytes are the plain ones, and their digest is shared.
 * The same stages run in the encode worker (encode-worker.ts) or, where there
 * is none, in this thread.
 */
function encodeStages(spec, onPlainBytes) {
    const plain = new HashCounter(onPlainBytes);
    const after = storedStages(spec);
    const stored = after.stored ?? plain;
    return {
        stages: [plain, ...after.stages],
        digests: () => ({ plain: { size: plain.size, sha256: plain.sha256 }, stored: { size: stored.size, sha256: stored.sha256 } }),
    };
}
/**
 * The stages after the plain hash: compress, encrypt, and the stored bytes'
 * hash. None at all when the stored bytes are the plain ones.
 */
function storedStages(spec) {
    const transforms = encodeTransforms(spec, compressor);
    if (!transforms.length)
        return { stages: [] };
    const stored = new HashCounter();
    return { stages: [...transforms, stored], stored };
}
/**
 * What the encode worker runs on the PIPELINE_CHUNK blocks it is handed:
 * compress (zlib fed the blocks as they are) and encrypt. The hashes are not
 * here: the worker hashes the plain bytes as they arrive, the main thread the
 * stored bytes as they come back (worker-encoder.ts).
 */
function blockTransforms(spec) {
    return encodeTransforms(spec, blockCompressor);
}
/** Compress (with the given kind of compressor), then encrypt: whichever of the two the spec asks for. */
function encodeTransforms(spec, compress) {
    const transforms = [];
    if (spec.compression !== 'none')
        transforms.push(compress(spec.compression, spec.level));
    if (spec.encryption.scheme !== 'none')
        transforms.push(encryptor(spec.encryption, spec.keys));
    return transforms;
}

;// CONCATENATED MODULE: ./src/pipeline/worker-protocol.ts
/**
 * Messages between an artifact's writer (worker-encoder.ts, main thread) and
 * the encode worker (encode-worker.ts). Buffers move, they are not copied.
 * Flow control: the main thread keeps at most IN_WINDOW input blocks that the
 * worker has not yet given back ('took': its first stage is done with them); the worker sends at
 * most OUT_WINDOW output chunks that the main thread has not yet handed on
 * ('ack'). Memory in flight is therefore a few blocks whatever the size.
 */
const IN_WINDOW = 4;
const OUT_WINDOW = 4;

;// CONCATENATED MODULE: ./src/pipeline/encode-worker.ts
/**
 * The encode worker's entry (bundled on its own as dist/encode-worker/index.js;
 * lib/pipeline/encode-worker.js in a tsc build). It runs an artifact's encode
 * stages (plain hash, compress, encrypt) on its own thread, so they overlap
 * with the source's work on the main thread instead of taking turns with it;
 * the main thread hashes the stored bytes as they come back (worker-encoder.ts).
 * Protocol and flow control: worker-protocol.ts.
 */







// This thread allocates almost no JavaScript, only buffers: without scavenges its dead ones would pile up.
// It counts both kinds it finishes with: the plain blocks, and the compressed and sealed pieces it gathers.
const scavenger = new Scavenger(WRITE_SCAVENGE_STEP);
const port = external_node_worker_threads_namespaceObject.parentPort;
const post = (m, transfer) => port.postMessage(m, transfer);
const { spec } = external_node_worker_threads_namespaceObject.workerData;
function fail(err) {
    const e = err instanceof Error ? err : new Error(String(err));
    post({ t: 'error', name: e.name, message: e.message, exitCode: err instanceof BakupError ? err.exitCode : undefined });
}
// The plain bytes are hashed here, as they arrive; then they go through the transforms (compress, encrypt),
// streams fed the blocks as they came. The worker is started only when there is something to transform
// (artifact.ts); bad options (an empty passphrase…) throw here, and reach the main thread as its error.
let transforms = [];
let refused = false;
try {
    transforms = blockTransforms(spec);
    if (!transforms.length)
        throw new Error('the encode worker was started with nothing to encode');
}
catch (err) {
    refused = true;
    fail(err);
}
const plainHash = (0,external_node_crypto_namespaceObject.createHash)('sha256');
let plainSize = 0;
const first = transforms[0];
const last = transforms[transforms.length - 1];
// Output is gathered into blocks of PIPELINE_CHUNK (zstd and gzip hand out whatever one step produced, age as
// many sealed 64 KiB chunks as a piece completed, none for some; one message per piece would cost more than
// small pieces), each moved to the main thread, at most OUT_WINDOW unacknowledged.
let out;
let outFill = 0;
let unacked = 0;
function sendOut() {
    if (!out || outFill === 0)
        return;
    const ab = out.buffer;
    post({ t: 'out', buf: ab, len: outFill }, [ab]);
    out = undefined;
    outFill = 0;
    if (++unacked >= OUT_WINDOW)
        last?.pause();
}
function gather(chunk) {
    scavenger.add(chunk.length);
    let off = 0;
    while (off < chunk.length) {
        out ??= Buffer.allocUnsafeSlow(buffers_PIPELINE_CHUNK);
        const n = chunk.copy(out, outFill, off);
        outFill += n;
        off += n;
        if (outFill === buffers_PIPELINE_CHUNK)
            sendOut();
    }
}
if (first && last) {
    last.on('data', gather);
    last.once('end', () => {
        sendOut();
        post({ t: 'done', plain: { size: plainSize, sha256: plainHash.digest('hex') } });
    });
    for (const s of transforms)
        s.once('error', fail);
    for (let i = 0; i + 1 < transforms.length; i++)
        transforms[i].pipe(transforms[i + 1]);
}
port.on('message', (m) => {
    if (refused || !first)
        return;
    switch (m.t) {
        case 'in': {
            const view = Buffer.from(m.buf, 0, m.len);
            plainHash.update(view);
            plainSize += m.len;
            scavenger.add(m.len);
            // The first transform is done with the block once its write callback runs (zlib has compressed it,
            // age has sealed or copied it): the block then goes back to the main thread to be filled again.
            first.write(view, (err) => {
                if (err)
                    return;
                post({ t: 'took', n: m.len, buf: m.buf }, [m.buf]);
            });
            return;
        }
        case 'end':
            first.end();
            return;
        case 'ack':
            unacked--;
            if (unacked < OUT_WINDOW && last?.isPaused())
                last.resume();
            return;
    }
});

