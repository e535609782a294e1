export const id = 454;
export const ids = [454,91];
export const modules = {

/***/ 4910:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QX: () => (/* binding */ storageError),
/* harmony export */   _2: () => (/* binding */ failureFacts),
/* harmony export */   aq: () => (/* binding */ StorageError),
/* harmony export */   dg: () => (/* binding */ isTransient),
/* harmony export */   rV: () => (/* binding */ isAbort)
/* harmony export */ });
/* unused harmony export isTransientFailure */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _util_redact_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(50767);


/**
 * A storage failure, already worded for the user. `transient` tells the retry
 * decorator whether trying again can help (throttling, 5xx, resets, timeouts).
 */
class StorageError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OperationalError */ .LE {
    transient;
    constructor(message, transient, options) {
        super(message, options);
        this.transient = transient;
    }
}
const NETWORK_TRANSIENT = new Set([
    'ECONNRESET',
    'ECONNREFUSED',
    'ECONNABORTED',
    'EPIPE',
    'ETIMEDOUT',
    'ESOCKETTIMEDOUT',
    'EHOSTUNREACH',
    'ENETUNREACH',
    'ENETDOWN',
    'EAI_AGAIN',
    'UND_ERR_SOCKET',
    'UND_ERR_CONNECT_TIMEOUT',
    'UND_ERR_HEADERS_TIMEOUT',
    'UND_ERR_BODY_TIMEOUT',
    'ERR_STREAM_PREMATURE_CLOSE',
    'TimeoutError',
    'RequestTimeout',
    'RequestTimeoutException',
    'REQUEST_SEND_ERROR',
    'EPROTO',
]);
const THROTTLE_CODES = new Set([
    'SlowDown',
    'Throttling',
    'ThrottlingException',
    'ThrottledException',
    'RequestThrottled',
    'RequestLimitExceeded',
    'TooManyRequestsException',
    'ServerBusy',
    'rateLimitExceeded',
    'userRateLimitExceeded',
]);
const SERVER_CODES = new Set(['InternalError', 'ServiceUnavailable', 'OperationTimedOut', 'backendError', 'internalError']);
const BUCKET_MISSING_CODES = new Set(['NoSuchBucket', 'ContainerNotFound', 'ContainerBeingDeleted']);
const DENIED_CODES = new Set([
    'AccessDenied',
    'AllAccessDisabled',
    'AuthorizationFailure',
    'AuthorizationPermissionMismatch',
    'AuthorizationResourceTypeMismatch',
    'InsufficientAccountPermissions',
    'forbidden',
    'insufficientPermissions',
]);
const BAD_CREDENTIAL_CODES = new Set([
    'InvalidAccessKeyId',
    'SignatureDoesNotMatch',
    'InvalidToken',
    'ExpiredToken',
    'TokenRefreshRequired',
    'AuthenticationFailed',
    'InvalidAuthenticationInfo',
    'NoAuthenticationInformation',
    'authError',
    'invalid_grant',
]);
const NO_CREDENTIAL_NAMES = new Set(['CredentialsProviderError', 'CredentialUnavailableError', 'AuthenticationRequiredError']);
function prop(obj, name) {
    return typeof obj === 'object' && obj !== null ? obj[name] : undefined;
}
/** Error class names that say nothing about the failure. */
const GENERIC_NAMES = new Set(['Error', 'TypeError', 'RangeError', 'RestError', 'ApiError', 'GaxiosError', 'S3ServiceException', 'FetchError']);
/** Reads status, code and message from AWS, Google, Azure and Node errors alike. */
function failureFacts(err) {
    const message = err instanceof Error ? err.message : String(err);
    let status;
    const aws = prop(prop(err, '$metadata'), 'httpStatusCode');
    const azure = prop(err, 'statusCode');
    const gcsCode = prop(err, 'code');
    const gaxios = prop(prop(err, 'response'), 'status');
    for (const s of [aws, azure, typeof gcsCode === 'number' ? gcsCode : undefined, gaxios]) {
        if (typeof s === 'number' && s >= 100 && s < 600) {
            status = s;
            break;
        }
    }
    let code;
    // AWS service exceptions carry the error code as their name (`NoSuchBucket`).
    const name = err instanceof Error ? err.name : undefined;
    const azureDetails = prop(prop(err, 'details'), 'errorCode');
    const gcsReason = prop(prop(err, 'errors')?.[0], 'reason');
    const candidates = [
        typeof azureDetails === 'string' ? azureDetails : undefined,
        typeof prop(err, 'Code') === 'string' ? prop(err, 'Code') : undefined,
        name && !GENERIC_NAMES.has(name) ? name : undefined,
        typeof gcsCode === 'string' ? gcsCode : undefined,
        typeof gcsReason === 'string' ? gcsReason : undefined,
        // fetch (undici) fails with a TypeError whose cause carries the socket's code.
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorCode */ .CA)(prop(err, 'cause')),
    ];
    code = candidates.find((c) => c !== undefined && c !== '');
    // Azure reports a connection failure as REQUEST_SEND_ERROR; the Node code underneath says more.
    if (code === 'REQUEST_SEND_ERROR') {
        const inner = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorCode */ .CA)(prop(err, 'cause')) ?? /\b(E[A-Z]{3,})\b/.exec(message)?.[1];
        if (inner)
            code = inner;
    }
    // The AWS SDK names socket failures TimeoutError even when the socket was reset; the message says which.
    if (code === 'TimeoutError' || code === undefined) {
        const m = /\b(ECONNRESET|ECONNREFUSED|EPIPE|ETIMEDOUT)\b/.exec(message);
        if (m)
            code = m[1];
    }
    if (code === undefined && status === undefined) {
        const m = /\b(ECONNRESET|ECONNREFUSED|ETIMEDOUT|EPIPE|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH)\b/.exec(message);
        if (m)
            code = m[1];
    }
    return { status, code, message };
}
/** True when trying again may succeed: throttling, server errors, dropped or timed-out connections. */
function isTransientFailure(facts) {
    const { status, code } = facts;
    if (code && (BUCKET_MISSING_CODES.has(code) || DENIED_CODES.has(code) || BAD_CREDENTIAL_CODES.has(code)))
        return false;
    if (code && (NETWORK_TRANSIENT.has(code) || THROTTLE_CODES.has(code) || SERVER_CODES.has(code)))
        return true;
    if (status !== undefined)
        return status === 408 || status === 429 || status >= 500;
    return false;
}
/** True when `err` is a user abort (AbortSignal), which must never be retried or reworded. */
function isAbort(err) {
    return err instanceof Error && (err.name === 'AbortError' || (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorCode */ .CA)(err) === 'ABORT_ERR');
}
function oneLine(text, max = 300) {
    const line = text.replace(/\s+/g, ' ').trim();
    return (0,_util_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E)(line.length > max ? `${line.slice(0, max - 1)}…` : line);
}
/**
 * Turns an SDK error into one clear line naming the store, the operation and,
 * for refusals, the permission that is missing. Already-worded BakupErrors pass
 * through unchanged.
 */
function storageError(err, ctx) {
    if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BakupError */ .uv)
        return err;
    const facts = failureFacts(err);
    const { status, code } = facts;
    const what = ctx.key !== undefined ? `${ctx.op} '${ctx.key}'` : ctx.op;
    const where = `${ctx.location}: ${what}`;
    const name = err instanceof Error ? err.name : '';
    if (code && BUCKET_MISSING_CODES.has(code)) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${ctx.location}: ${ctx.containerWord} '${ctx.container}' does not exist${ctx.endpoint ? ` at ${ctx.endpoint}` : ''}`, { cause: err });
    }
    if (NO_CREDENTIAL_NAMES.has(name) || /could not load credentials|credentials? (?:is|are) (?:missing|not (?:found|available))|could not (?:load|find) (?:the )?default credentials/i.test(facts.message)) {
        return new StorageError(`${where} failed: no credentials found (${ctx.credentialHint})`, false, { cause: err });
    }
    if (code && BAD_CREDENTIAL_CODES.has(code)) {
        return new StorageError(`${where} failed: the credentials were rejected (${code}); ${ctx.credentialHint}`, false, { cause: err });
    }
    if ((code && DENIED_CODES.has(code)) || status === 403) {
        return new StorageError(`${where} failed: access denied${code && code !== 'Forbidden' ? ` (${code})` : ''}; the credentials need ${ctx.permission} on ${ctx.containerWord} '${ctx.container}'`, false, { cause: err });
    }
    if (status === 401) {
        return new StorageError(`${where} failed: not authenticated (HTTP 401); ${ctx.credentialHint}`, false, { cause: err });
    }
    if (code === 'ENOTFOUND') {
        // The host asked for can differ from the endpoint's: virtual-hosted S3 puts the bucket in front.
        const host = [prop(err, 'hostname'), prop(prop(err, 'cause'), 'hostname')].find((h) => typeof h === 'string') ?? /ENOTFOUND (\S+)/.exec(facts.message)?.[1];
        return new StorageError(`${where} failed: cannot resolve ${host ? `the host '${host}'` : 'the endpoint host'}${ctx.endpoint ? ` (endpoint ${ctx.endpoint})` : ''} (ENOTFOUND)`, false, { cause: err });
    }
    const transient = isTransientFailure(facts);
    if (code && NETWORK_TRANSIENT.has(code)) {
        const peer = ctx.endpoint ? `endpoint ${ctx.endpoint}` : 'the service';
        return new StorageError(`${where} failed: ${peer} ${networkFailure(code)} (${code})`, transient, { cause: err });
    }
    const label = [code, status !== undefined ? `HTTP ${status}` : undefined].filter(Boolean).join(', ');
    const detail = oneLine(facts.message);
    const showDetail = detail && detail !== code && detail !== 'UnknownError';
    return new StorageError(`${where} failed${label ? ` (${label})` : ''}${showDetail ? `: ${detail}` : ''}`, transient, { cause: err });
}
function networkFailure(code) {
    if (code === 'ECONNREFUSED')
        return 'refused the connection';
    if (/TIMEOUT|TIMEDOUT|Timeout/.test(code))
        return 'did not answer in time';
    if (/UNREACH|NETDOWN|EAI_AGAIN/.test(code))
        return 'is unreachable';
    return 'dropped the connection';
}
/** True for an error the retry decorator may try again. */
function isTransient(err) {
    if (isAbort(err))
        return false;
    if (err instanceof StorageError)
        return err.transient;
    if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BakupError */ .uv)
        return false;
    return isTransientFailure(failureFacts(err));
}


/***/ }),

/***/ 62242:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   av: () => (/* binding */ fillParts),
/* harmony export */   vq: () => (/* binding */ partBuffers)
/* harmony export */ });
/* unused harmony export PartBufferPool */
/**
 * One pool for the part buffers of every upload in the process: S3 parts, GCS
 * chunks, Azure blocks.
 *
 * A backup written to several stores at once moves the same bytes to each of
 * them at the pace of the slowest (the fan-out's backpressure), so the faster
 * uploads never use their whole concurrency at the same time as the others.
 * With a pool per upload, each one kept its own high-water mark of buffers
 * anyway: a fan-out to S3, GCS and Azure held nine 8 MiB buffers, most of them
 * idle. Here the uploads share one budget:
 *
 *   budget = max(largest single upload's want, 2 buffers for every upload)
 *
 * so one upload alone gets all it asks for (`(concurrency + 1) × part size`:
 * nothing changes for a single destination), and several uploads at once each
 * keep two (one filling, one in flight: still pipelined), lending the rest
 * to whichever needs it. A lease that holds no buffer always gets one, and a
 * lease waits only while its own parts are in flight, which finish without
 * needing input: no upload can starve another.
 */
class PartBufferPool {
    idle = [];
    idleBytes = 0;
    inUse = 0;
    leases = new Set();
    /** The budget when the last lease closed: idle buffers are kept up to it for the next upload. */
    lastBudget = 0;
    open(shape) {
        const lease = new Lease(this, shape);
        this.leases.add(lease);
        this.wakeAll();
        return lease;
    }
    /** Bytes the uploads may hold at once (see the module comment). */
    budget() {
        let sumMin = 0;
        let maxWant = 0;
        for (const l of this.leases) {
            sumMin += l.shape.min * l.unit;
            maxWant = Math.max(maxWant, l.shape.want * l.unit);
        }
        return Math.max(sumMin, maxWant);
    }
    /** What the pool holds now, for tests and the bench. */
    stats() {
        return { inUse: this.inUse, idle: this.idleBytes, budget: this.budget(), leases: this.leases.size };
    }
    /** @internal */
    tryTake(lease, size) {
        if (lease.held.size > 0 && this.inUse + size > this.budget())
            return undefined;
        this.inUse += size;
        const i = this.idle.findIndex((b) => b.length === size);
        if (i >= 0) {
            const [buf] = this.idle.splice(i, 1);
            this.idleBytes -= size;
            return buf;
        }
        // Idle buffers of another size would only add to the total: let them go.
        while (this.idle.length && this.inUse + this.idleBytes > this.budget())
            this.idleBytes -= this.idle.shift().length;
        // Outside Node's shared pool: these buffers are reused for the whole run.
        return Buffer.allocUnsafeSlow(size);
    }
    /** @internal */
    giveBack(buf) {
        this.inUse -= buf.length;
        const keep = this.leases.size ? this.budget() : this.lastBudget;
        if (this.inUse + this.idleBytes + buf.length <= keep) {
            this.idle.push(buf);
            this.idleBytes += buf.length;
        }
        this.wakeAll();
    }
    /** @internal */
    closed(lease) {
        if (this.leases.size === 1)
            this.lastBudget = this.budget();
        this.leases.delete(lease);
        this.wakeAll();
    }
    wakeAll() {
        for (const l of this.leases)
            l.wake();
    }
}
class Lease {
    pool;
    shape;
    held = new Set();
    /** The part size this lease asks for (its largest so far), in bytes. */
    unit = 0;
    waiting;
    interrupted = false;
    done = false;
    constructor(pool, shape) {
        this.pool = pool;
        this.shape = shape;
    }
    async take(size) {
        this.unit = Math.max(this.unit, size);
        for (;;) {
            if (this.interrupted || this.done)
                return undefined;
            const buf = this.pool.tryTake(this, size);
            if (buf) {
                this.held.add(buf);
                return buf;
            }
            await new Promise((resolve) => (this.waiting = resolve));
        }
    }
    give(buf) {
        if (!this.held.delete(buf))
            return;
        this.pool.giveBack(buf);
    }
    interrupt() {
        this.interrupted = true;
        this.wake();
    }
    close() {
        if (this.done)
            return;
        this.done = true;
        for (const buf of [...this.held])
            this.give(buf);
        this.pool.closed(this);
        this.wake();
    }
    /** @internal */
    wake() {
        const w = this.waiting;
        this.waiting = undefined;
        w?.();
    }
}
/** The process's pool. */
const partBuffers = new PartBufferPool();
/**
 * Copies a body into part buffers for a multipart/block upload: the first
 * part's bytes wait as the body's own chunks until they outgrow `firstSize`
 * (a small object then goes up in one request, from those chunks), and a full
 * buffer is handed to `send` only once more bytes arrive, so the last part may
 * be the only one. `take` and `send` answer undefined / do nothing once the
 * upload has failed; `stopped` says so, and the loop ends.
 */
async function fillParts(body, firstSize, take, send, stopped) {
    const r = { head: [], headBytes: 0, current: undefined, filled: 0, total: 0 };
    for await (const chunk of body) {
        const data = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
        if (r.current === undefined) {
            if (r.headBytes + data.length <= firstSize) {
                r.head.push(data);
                r.headBytes += data.length;
                r.total += data.length;
                continue;
            }
            r.current = await take();
            if (!r.current)
                break;
            for (const h of r.head)
                r.filled += h.copy(r.current, r.filled);
            r.head.length = 0;
        }
        for (let off = 0; off < data.length;) {
            if (r.filled === r.current.length) {
                await send(r.current, r.filled);
                r.current = await take();
                r.filled = 0;
                if (!r.current)
                    break;
            }
            const n = Math.min(data.length - off, r.current.length - r.filled);
            data.copy(r.current, r.filled, off, off + n);
            r.filled += n;
            off += n;
            r.total += n;
        }
        if (stopped() || !r.current)
            break;
    }
    return r;
}


/***/ }),

/***/ 43091:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_RETRY: () => (/* binding */ DEFAULT_RETRY),
/* harmony export */   RetryingStorage: () => (/* binding */ RetryingStorage),
/* harmony export */   backoffDelay: () => (/* binding */ backoffDelay),
/* harmony export */   readRetryFrom: () => (/* binding */ readRetryFrom),
/* harmony export */   retryPolicyFrom: () => (/* binding */ retryPolicyFrom),
/* harmony export */   withRetries: () => (/* binding */ withRetries)
/* harmony export */ });
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4910);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(40959);




const DEFAULT_RETRY = { attempts: 4, baseMs: 300, maxMs: 10_000 };
function sleep(ms, signal) {
    return new Promise((resolve, reject) => {
        if (signal?.aborted)
            return reject(signal.reason);
        const timer = setTimeout(done, ms);
        function done() {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }
        function onAbort() {
            clearTimeout(timer);
            reject(signal.reason);
        }
        signal?.addEventListener('abort', onAbort, { once: true });
    });
}
function intOption(opts, name, min, max) {
    const v = opts[name];
    if (v === undefined || v === null || v === '')
        return undefined;
    const n = typeof v === 'number' ? v : typeof v === 'string' && /^\d+$/.test(v.trim()) ? Number(v) : NaN;
    if (!Number.isInteger(n) || n < min || n > max)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${(0,_options_js__WEBPACK_IMPORTED_MODULE_3__/* .optionLabel */ .ed)(opts, name)}: expected an integer from ${min} to ${max}, got '${String(v)}'`);
    return n;
}
/** Reads `retryAttempts`, `retryBaseMs`, `retryMaxMs` and `onRetry` from the storage options. */
function retryPolicyFrom(opts) {
    const onRetry = typeof opts.onRetry === 'function' ? opts.onRetry : undefined;
    return {
        attempts: intOption(opts, 'retryAttempts', 1, 20) ?? DEFAULT_RETRY.attempts,
        baseMs: intOption(opts, 'retryBaseMs', 0, 60_000) ?? DEFAULT_RETRY.baseMs,
        maxMs: intOption(opts, 'retryMaxMs', 0, 600_000) ?? DEFAULT_RETRY.maxMs,
        onRetry,
    };
}
/** How backends resume a download that drops mid-body: the same knobs, at least one retry. */
function readRetryFrom(opts) {
    const { attempts, baseMs, maxMs } = retryPolicyFrom(opts);
    return { attempts: Math.max(attempts, 2), baseMs, maxMs };
}
/** Exponential backoff with full jitter: uniform below min(maxMs, baseMs·2^(retry-1)). */
function backoffDelay(policy, retry, random = Math.random) {
    return Math.round(random() * Math.min(policy.maxMs, policy.baseMs * 2 ** (retry - 1)));
}
/**
 * Retries transient failures (throttling, 5xx, resets, timeouts) of any backend
 * with exponential backoff and full jitter; permanent ones (denied, missing
 * bucket, bad credentials) fail at once.
 *
 * A streamed put body cannot be replayed: once a backend has read from it, a
 * retry would upload a truncated object. So put is retried here only when the
 * body was not touched (the failure came before the first byte was read, e.g.
 * a refused connection for a small object). Uploads survive transient errors
 * mid-stream through each SDK's own retries of the part or block it holds in
 * memory (S3 multipart parts, Azure staged blocks, GCS resumable chunks).
 *
 * A get is retried while opening; a list that fails mid-way is restarted and
 * skips the keys it already yielded.
 */
class RetryingStorage {
    inner;
    location;
    policy;
    /** Present when the backend has it (conditional create, used by locks). */
    putIfAbsent;
    /** Present when the backend has it (used by prune). */
    sweepIncomplete;
    constructor(inner, policy = DEFAULT_RETRY) {
        this.inner = inner;
        this.location = inner.location;
        this.policy = { sleep, random: Math.random, ...policy };
        // The body is a buffer, so a conditional create can be sent again; a
        // retry that finds its own earlier write is told so by the backend.
        if (inner.putIfAbsent)
            this.putIfAbsent = (key, body) => this.run('putIfAbsent', key, () => inner.putIfAbsent(key, body));
        if (inner.sweepIncomplete)
            this.sweepIncomplete = (prefix, olderThan) => this.run('sweepIncomplete', prefix, () => inner.sweepIncomplete(prefix, olderThan));
    }
    /** The delay before retry number `retry` (1-based). */
    delayFor(retry) {
        return backoffDelay(this.policy, retry, this.policy.random);
    }
    async run(op, key, fn, canRetry = () => true, signal) {
        for (let attempt = 1;; attempt++) {
            try {
                return await fn();
            }
            catch (err) {
                if (attempt >= this.policy.attempts || !(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isTransient */ .dg)(err) || !canRetry() || signal?.aborted)
                    throw err;
                const delayMs = this.delayFor(attempt);
                this.policy.onRetry?.({ location: this.location, op, key, attempt, delayMs, error: err });
                await this.policy.sleep(delayMs, signal);
            }
        }
    }
    put(key, body, opts) {
        return this.run('put', key, () => this.inner.put(key, body, opts), () => !node_stream__WEBPACK_IMPORTED_MODULE_0__.Readable.isDisturbed(body) && !body.destroyed, opts?.signal);
    }
    get(key) {
        return this.run('get', key, () => this.inner.get(key));
    }
    stat(key) {
        return this.run('stat', key, () => this.inner.stat(key));
    }
    delete(key) {
        return this.run('delete', key, () => this.inner.delete(key));
    }
    async *list(prefix) {
        // Keys already yielded, so a restarted listing does not repeat them. A
        // listing is bounded by what the catalog reads anyway.
        const seen = new Set();
        for (let attempt = 1;; attempt++) {
            try {
                for await (const info of this.inner.list(prefix)) {
                    if (seen.has(info.key))
                        continue;
                    seen.add(info.key);
                    yield info;
                }
                return;
            }
            catch (err) {
                if (attempt >= this.policy.attempts || !(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isTransient */ .dg)(err))
                    throw err;
                const delayMs = this.delayFor(attempt);
                this.policy.onRetry?.({ location: this.location, op: 'list', key: prefix, attempt, delayMs, error: err });
                await this.policy.sleep(delayMs);
            }
        }
    }
    /** Passes an optional outcome through (the artifact store uploads on 'commit', drops on 'discard'). */
    async close(outcome) {
        await this.inner.close?.call(this.inner, outcome);
    }
}
/** Wraps a backend in the retry decorator configured by the storage options. */
function withRetries(inner, opts = {}) {
    return new RetryingStorage(inner, retryPolicyFrom(opts));
}


/***/ }),

/***/ 66454:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  S3Storage: () => (/* binding */ S3Storage),
  S3_CHECKSUM: () => (/* binding */ S3_CHECKSUM),
  S3_LOCK_MODES: () => (/* binding */ S3_LOCK_MODES),
  S3_SSE: () => (/* binding */ S3_SSE),
  clientConfig: () => (/* binding */ clientConfig),
  openS3: () => (/* binding */ openS3),
  s3Settings: () => (/* binding */ s3Settings)
});

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-cjs/index.js
var dist_cjs = __webpack_require__(53711);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/storage/errors.ts
var storage_errors = __webpack_require__(4910);
// EXTERNAL MODULE: ./src/storage/part-buffers.ts
var part_buffers = __webpack_require__(62242);
// EXTERNAL MODULE: ./src/storage/streams.ts
var streams = __webpack_require__(50664);
;// CONCATENATED MODULE: ./src/storage/s3-multipart.ts



/** S3 allows 10000 parts: part sizes double every 2000 parts, so the
 * default 8 MiB reaches ~500 GiB objects while small ones keep small buffers. */
function partSizeFor(partNumber, base) {
    return Math.min(base * 2 ** Math.floor((partNumber - 1) / 2000), 5 * 1024 ** 3);
}
/** Which of the two failures an upload reports: the body's own, or the store's. */
class BodyError extends Error {
    original;
    constructor(original) {
        super('body failed');
        this.original = original;
    }
}
/**
 * Streams a body to one S3 object. Parts are copied into buffers leased from
 * the process's part-buffer pool (part-buffers.ts): at most `queueSize` parts
 * in flight plus one filling, fewer when other uploads share the pool. Memory
 * stays at that whatever the object size, and buffers are reused part after
 * part and upload after upload. A body that fits in one part goes up as a
 * single PutObject and never takes a part buffer (locks and manifests are a
 * few hundred bytes). Each request body is a buffer, so the SDK retries a
 * failed part on its own.
 *
 * Any failure (a part, the body, an abort) stops reading the body at once,
 * waits for the parts in flight and aborts the multipart upload before the
 * promise rejects: nothing stays visible or pending, unless the store cannot
 * be reached to abort (then a lifecycle rule removes it; docs/STORAGE.md).
 *
 * lib-storage's Upload was the first choice; it copies each part twice
 * (Buffer.concat), keeps its other uploaders reading the body after a part
 * fails, and rejects an aborted upload before the AbortMultipartUpload is sent.
 */
async function uploadStream(client, params, body, tuning) {
    const { partSize, queueSize, signal } = tuning;
    const checksum = tuning.checksum ? { ChecksumAlgorithm: 'CRC32' } : {};
    const lease = part_buffers/* partBuffers */.vq.open({ want: queueSize + 1, min: 2 });
    let wake;
    let failure;
    let uploadId;
    let partNumber = 0;
    const parts = [];
    const inflight = new Set();
    const fail = (err) => {
        failure ??= err;
        lease.interrupt();
        wake?.();
    };
    const onAbort = () => {
        fail((0,streams/* abortError */.v)(signal));
        body.destroy((0,streams/* abortError */.v)(signal));
    };
    if (signal?.aborted) {
        lease.close();
        throw (0,streams/* abortError */.v)(signal);
    }
    signal?.addEventListener('abort', onAbort, { once: true });
    async function takeBuffer() {
        if (failure !== undefined)
            return undefined;
        const buf = await lease.take(partSizeFor(partNumber + 1, partSize));
        if (buf && failure !== undefined) {
            lease.give(buf);
            return undefined;
        }
        return buf;
    }
    function release(buf) {
        lease.give(buf);
        const w = wake;
        wake = undefined;
        w?.();
    }
    async function sendPart(buf, length) {
        while (inflight.size >= queueSize && failure === undefined)
            await new Promise((resolve) => (wake = resolve));
        if (uploadId === undefined && failure === undefined) {
            try {
                const created = await client.send(new dist_cjs/* CreateMultipartUploadCommand */.nG4({ ...params, ...checksum }), { abortSignal: signal });
                if (!created.UploadId)
                    throw new Error('CreateMultipartUpload returned no UploadId');
                uploadId = created.UploadId;
            }
            catch (err) {
                fail(err);
                body.destroy();
            }
        }
        if (failure !== undefined) {
            release(buf);
            return;
        }
        const PartNumber = ++partNumber;
        const id = uploadId;
        const p = client
            .send(new dist_cjs/* UploadPartCommand */.iVK({ Bucket: params.Bucket, Key: params.Key, UploadId: id, PartNumber, Body: buf.subarray(0, length), ContentLength: length, ...checksum }), { abortSignal: signal })
            .then((res) => {
            if (!res.ETag)
                throw new Error(`UploadPart ${PartNumber} returned no ETag`);
            parts.push({ PartNumber, ETag: res.ETag, ChecksumCRC32: res.ChecksumCRC32 });
        })
            .catch((err) => {
            fail(err);
            // Stop the producer now rather than after the whole body was read.
            body.destroy();
        })
            .finally(() => {
            inflight.delete(p);
            release(buf);
        });
        inflight.add(p);
    }
    try {
        // The first part's bytes wait as the body's own chunks until they outgrow one part.
        let filled;
        try {
            filled = await (0,part_buffers/* fillParts */.av)(body, partSizeFor(1, partSize), takeBuffer, sendPart, () => failure !== undefined);
        }
        catch (err) {
            // The body failed, or was destroyed because a part or an abort failed first.
            if (failure === undefined)
                throw new BodyError(err);
        }
        if (failure !== undefined)
            throw failure;
        const { head, headBytes, current, total } = filled;
        if (uploadId === undefined) {
            const single = current ? current.subarray(0, filled.filled) : Buffer.concat(head, headBytes);
            await client.send(new dist_cjs/* PutObjectCommand */.wKZ({ ...params, ...checksum, Body: single, ContentLength: single.length }), { abortSignal: signal });
            return total;
        }
        if (!current)
            throw new Error('upload stopped');
        await sendPart(current, filled.filled);
        await Promise.all([...inflight]);
        if (failure !== undefined)
            throw failure;
        parts.sort((a, b) => a.PartNumber - b.PartNumber);
        await client.send(new dist_cjs/* CompleteMultipartUploadCommand */.Gym({ Bucket: params.Bucket, Key: params.Key, UploadId: uploadId, MultipartUpload: { Parts: parts } }), { abortSignal: signal });
        uploadId = undefined;
        return total;
    }
    catch (err) {
        await Promise.allSettled([...inflight]);
        if (uploadId !== undefined) {
            // Not under the caller's signal: the cleanup must run even when the upload was aborted.
            await client
                .send(new dist_cjs/* AbortMultipartUploadCommand */.tfP({ Bucket: params.Bucket, Key: params.Key, UploadId: uploadId }), { abortSignal: AbortSignal.timeout(30_000) })
                .catch(() => undefined);
        }
        if (signal?.aborted)
            throw (0,streams/* abortError */.v)(signal);
        throw err;
    }
    finally {
        signal?.removeEventListener('abort', onAbort);
        lease.close();
    }
}

// EXTERNAL MODULE: ./src/storage/options.ts
var options = __webpack_require__(40959);
// EXTERNAL MODULE: ./src/storage/retry.ts
var retry = __webpack_require__(43091);
// EXTERNAL MODULE: ./src/storage/storage.ts
var storage = __webpack_require__(32912);
;// CONCATENATED MODULE: ./src/storage/s3.ts









const MiB = 1 << 20;
const S3_SSE = ['AES256', 'aws:kms', 'aws:kms:dsse'];
const S3_LOCK_MODES = ['GOVERNANCE', 'COMPLIANCE'];
const S3_CHECKSUM = ['WHEN_SUPPORTED', 'WHEN_REQUIRED'];
const CREDENTIAL_HINT = 'the AWS SDK chain reads AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, AWS_PROFILE, AWS_WEB_IDENTITY_TOKEN_FILE (GitHub OIDC via aws-actions/configure-aws-credentials) or instance metadata';
/** Reads the S3 settings; pure, so the parsing rules are unit-tested without a peer. */
function s3Settings(url, raw, opts, env = process.env) {
    // Lenient on purpose: S3-compatible stores (MinIO, R2, B2…) allow more than AWS's lower-case rule.
    const { container: bucket, prefix, location } = (0,options/* parseContainerUrl */.cp)(url, raw, 's3://bucket/prefix', 'bucket', /^[A-Za-z0-9][A-Za-z0-9._-]{1,254}$/, '3-255 letters, digits, dots, hyphens or underscores');
    const L = (name) => (0,options/* optionLabel */.ed)(opts, name);
    const N = (name) => (0,options/* optionName */.fS)(opts, name);
    let endpoint;
    const optEndpoint = (0,options/* optString */.$2)(opts, 's3Endpoint');
    if (optEndpoint)
        endpoint = (0,options/* endpointUrl */.Pb)(optEndpoint, L('s3Endpoint'));
    else if (env.AWS_ENDPOINT_URL_S3)
        endpoint = (0,options/* endpointUrl */.Pb)(env.AWS_ENDPOINT_URL_S3, 'AWS_ENDPOINT_URL_S3');
    else if (env.AWS_ENDPOINT_URL)
        endpoint = (0,options/* endpointUrl */.Pb)(env.AWS_ENDPOINT_URL, 'AWS_ENDPOINT_URL');
    const sse = (0,options/* optEnum */.LQ)(opts, 's3Sse', S3_SSE);
    const kmsKeyId = (0,options/* optString */.$2)(opts, 's3SseKmsKeyId');
    if (kmsKeyId && !sse?.startsWith('aws:kms'))
        throw new errors/* UsageError */.eb(`${L('s3SseKmsKeyId')}: needs ${N('s3Sse')} aws:kms (or aws:kms:dsse)`);
    let lock;
    const lockMode = (0,options/* optEnum */.LQ)(opts, 's3ObjectLockMode', S3_LOCK_MODES);
    const lockDays = (0,options/* optInt */.fM)(opts, 's3ObjectLockDays', 1, 36_500);
    const lockUntilText = (0,options/* optString */.$2)(opts, 's3ObjectLockRetainUntil');
    if (lockMode) {
        if ((lockDays === undefined) === (lockUntilText === undefined)) {
            throw new errors/* UsageError */.eb(`${L('s3ObjectLockMode')}: needs exactly one of ${N('s3ObjectLockDays')} (e.g. 30) or ${N('s3ObjectLockRetainUntil')} (an ISO date)`);
        }
        let until;
        if (lockUntilText !== undefined) {
            until = new Date(lockUntilText);
            if (Number.isNaN(until.getTime()))
                throw new errors/* UsageError */.eb(`${L('s3ObjectLockRetainUntil')}: expected an ISO date such as 2027-01-31T00:00:00Z, got '${lockUntilText}'`);
            if (until.getTime() <= Date.now())
                throw new errors/* UsageError */.eb(`${L('s3ObjectLockRetainUntil')}: ${lockUntilText} is in the past`);
        }
        lock = { mode: lockMode, days: lockDays, until };
    }
    else if (lockDays !== undefined || lockUntilText !== undefined) {
        throw new errors/* UsageError */.eb(`${lockDays !== undefined ? L('s3ObjectLockDays') : L('s3ObjectLockRetainUntil')}: needs ${N('s3ObjectLockMode')} GOVERNANCE or COMPLIANCE`);
    }
    const region = (0,options/* optString */.$2)(opts, 's3Region');
    // Region and class names are words; anything else would fail later as an SDK or signature error.
    if (region !== undefined && !/^[a-z0-9][a-z0-9-]*$/i.test(region)) {
        throw new errors/* UsageError */.eb(`${L('s3Region')}: expected a region name such as us-east-1 (R2: auto), got '${region}'`);
    }
    const storageClass = (0,options/* optString */.$2)(opts, 's3StorageClass')?.toUpperCase();
    if (storageClass !== undefined && !/^[A-Z][A-Z0-9_]*$/.test(storageClass)) {
        throw new errors/* UsageError */.eb(`${L('s3StorageClass')}: expected a storage class name such as STANDARD_IA, GLACIER_IR or INTELLIGENT_TIERING, got '${storageClass}'`);
    }
    return {
        bucket,
        prefix,
        location,
        region: region ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? 'us-east-1',
        endpoint,
        // Custom endpoints (MinIO, R2, versitygw…) rarely have wildcard DNS for virtual-hosted buckets.
        forcePathStyle: (0,options/* optBool */.S5)(opts, 's3ForcePathStyle') ?? endpoint !== undefined,
        // 5 MiB is S3's minimum part; sizes double every 2000 parts (s3-multipart.ts), so 8 MiB reaches ~500 GiB.
        partSize: (0,options/* optInt */.fM)(opts, 's3PartSize', 5 * MiB, 1024 * MiB, true) ?? 8 * MiB,
        queueSize: (0,options/* optInt */.fM)(opts, 's3Concurrency', 1, 64) ?? 4,
        checksum: (0,options/* optEnum */.LQ)(opts, 's3ChecksumCalculation', S3_CHECKSUM),
        sse,
        kmsKeyId,
        storageClass,
        lock,
        listPageSize: (0,options/* optInt */.fM)(opts, 'listPageSize', 1, 1000),
        maxAttempts: (0,options/* optInt */.fM)(opts, 's3MaxAttempts', 1, 20) ?? 5,
        readRetry: (0,retry.readRetryFrom)(opts),
    };
}
const PERMISSION = {
    put: 's3:PutObject',
    upload: 's3:PutObject',
    get: 's3:GetObject (and s3:ListBucket, without which S3 reports a missing key as 403)',
    stat: 's3:GetObject (and s3:ListBucket, without which S3 reports a missing key as 403)',
    list: 's3:ListBucket',
    delete: 's3:DeleteObject',
};
/**
 * `s3://bucket/prefix` on AWS S3 or an S3-compatible store. Uploads are
 * multipart from the stream (s3-multipart.ts): parts of `partSize` are held in
 * a fixed pool of `queueSize` + 1 buffers and each is retried by the SDK on its
 * own, so a transient error mid-upload does not need the stream replayed.
 */
class S3Storage {
    settings;
    location;
    client;
    bucketChecked = false;
    constructor(settings, client) {
        this.settings = settings;
        this.location = settings.location;
        this.client = client ?? new dist_cjs/* S3Client */.YxF(clientConfig(settings));
    }
    full(key) {
        return this.settings.prefix + (0,storage/* checkKey */.yR)(key);
    }
    fail(err, op, key, permission = PERMISSION[op]) {
        return (0,storage_errors/* storageError */.QX)(err, {
            location: this.location,
            containerWord: 'bucket',
            container: this.settings.bucket,
            op,
            key,
            permission,
            endpoint: this.settings.endpoint,
            credentialHint: CREDENTIAL_HINT,
        });
    }
    /** What every object gets: encryption, storage class, retention. */
    objectParams(key, contentType) {
        const s = this.settings;
        const params = { Bucket: s.bucket, Key: this.full(key), ContentType: contentType };
        if (s.sse)
            params.ServerSideEncryption = s.sse;
        if (s.kmsKeyId)
            params.SSEKMSKeyId = s.kmsKeyId;
        if (s.storageClass)
            params.StorageClass = s.storageClass;
        if (s.lock) {
            params.ObjectLockMode = s.lock.mode;
            params.ObjectLockRetainUntilDate = s.lock.until ?? new Date(Date.now() + s.lock.days * 86_400_000);
        }
        return params;
    }
    /**
     * S3 requires an integrity checksum on every request that sets a retention;
     * otherwise follow the client's setting (CRC32 unless WHEN_REQUIRED).
     */
    async sendsChecksum() {
        return !!this.settings.lock || (await this.client.config.requestChecksumCalculation()) === 'WHEN_SUPPORTED';
    }
    async put(key, body, opts = {}) {
        const s = this.settings;
        const params = this.objectParams(key, opts.contentType);
        const checksum = await this.sendsChecksum();
        let size;
        try {
            size = await uploadStream(this.client, params, body, { partSize: s.partSize, queueSize: s.queueSize, checksum, signal: opts.signal });
        }
        catch (err) {
            if (err instanceof BodyError)
                throw err.original;
            if ((0,storage_errors/* isAbort */.rV)(err))
                throw err;
            const failure = this.fail(err, 'put', key);
            // Some servers answer "no such bucket" before reading the body and then
            // reset the connection, so the client sees only the reset: ask once.
            if (failure instanceof storage_errors/* StorageError */.aq && failure.transient && (await this.bucketMissing())) {
                throw this.fail(Object.assign(new Error('NoSuchBucket'), { name: 'NoSuchBucket' }), 'put', key);
            }
            throw failure;
        }
        return { key, size, modified: new Date() };
    }
    /** False once the store has refused the If-None-Match header itself (an S3-compatible store without conditional writes). */
    conditionalWrites = true;
    /**
     * Creates `key` only if it does not exist: PutObject with `If-None-Match: *`,
     * which S3 (since 2024) and versitygw answer with 412 when the key exists.
     * A store that rejects the header as unsupported gets the portable
     * look-write-read-back instead (not atomic; docs/STORAGE.md).
     */
    async putIfAbsent(key, body) {
        if (this.conditionalWrites) {
            const checksum = (await this.sendsChecksum()) ? { ChecksumAlgorithm: 'CRC32' } : {};
            try {
                await this.client.send(new dist_cjs/* PutObjectCommand */.wKZ({ ...this.objectParams(key, 'application/json'), ...checksum, Body: body, ContentLength: body.length, IfNoneMatch: '*' }));
                return true;
            }
            catch (err) {
                const { status, code, message } = (0,storage_errors/* failureFacts */._2)(err);
                // 409: another conditional write to the key is in flight, i.e. someone else is creating it.
                if (status === 412 || status === 409 || code === 'PreconditionFailed' || code === 'ConditionalRequestConflict')
                    return (0,storage/* holdsBytes */.gt)(this, key, body);
                if (!(status === 501 || code === 'NotImplemented' || (status === 400 && /if-none-match|conditional/i.test(`${code ?? ''} ${message}`)))) {
                    throw this.fail(err, 'put', key);
                }
                this.conditionalWrites = false;
            }
        }
        return (0,storage/* putIfAbsentByReadBack */.EA)(this, key, body);
    }
    /**
     * Aborts multipart uploads under `prefix` started before `olderThan`: the
     * parts of an upload cut off by a crash cost storage until aborted and are
     * never listed. Younger ones may belong to a running backup and are left.
     */
    async sweepIncomplete(prefix, olderThan) {
        const Prefix = this.settings.prefix + prefix;
        let removed = 0;
        let KeyMarker;
        let UploadIdMarker;
        try {
            for (;;) {
                const res = await this.client.send(new dist_cjs/* ListMultipartUploadsCommand */.mo2({ Bucket: this.settings.bucket, Prefix, KeyMarker, UploadIdMarker }));
                for (const u of res.Uploads ?? []) {
                    if (!u.Key || !u.UploadId || !u.Initiated || u.Initiated >= olderThan)
                        continue;
                    await this.client.send(new dist_cjs/* AbortMultipartUploadCommand */.tfP({ Bucket: this.settings.bucket, Key: u.Key, UploadId: u.UploadId }));
                    removed++;
                }
                if (!res.IsTruncated)
                    return removed;
                KeyMarker = res.NextKeyMarker;
                UploadIdMarker = res.NextUploadIdMarker;
            }
        }
        catch (err) {
            throw this.fail(err, 'delete', prefix || undefined, 's3:ListBucketMultipartUploads and s3:AbortMultipartUpload');
        }
    }
    async get(key) {
        const Key = this.full(key);
        const { bucket, readRetry } = this.settings;
        let res;
        try {
            res = await this.client.send(new dist_cjs/* GetObjectCommand */.jLs({ Bucket: bucket, Key }));
        }
        catch (err) {
            const { code, status } = (0,storage_errors/* failureFacts */._2)(err);
            if (code === 'NoSuchKey' || (status === 404 && code !== 'NoSuchBucket'))
                throw new storage/* NotFoundError */.m_(this.location, key);
            throw this.fail(err, 'get', key);
        }
        const etag = res.ETag;
        // A restore reads tens of GB: a dropped connection resumes at the byte it stopped, on the same version.
        const reopen = async (offset) => {
            try {
                const more = await this.client.send(new dist_cjs/* GetObjectCommand */.jLs({ Bucket: bucket, Key, Range: `bytes=${offset}-`, IfMatch: etag }));
                return nodeStream(more.Body);
            }
            catch (err) {
                throw this.fail(err, 'get', key);
            }
        };
        return (0,streams/* resumableRead */.J)(nodeStream(res.Body), reopen, {
            size: res.ContentLength,
            attempts: readRetry.attempts,
            isTransient: storage_errors/* isTransient */.dg,
            delayMs: (n) => (0,retry.backoffDelay)(readRetry, n),
            describe: `${this.location}/${key}`,
        });
    }
    async stat(key) {
        const Key = this.full(key);
        try {
            const res = await this.client.send(new dist_cjs/* HeadObjectCommand */.l81({ Bucket: this.settings.bucket, Key }));
            return { key, size: res.ContentLength ?? 0, modified: res.LastModified };
        }
        catch (err) {
            // A HEAD response has no body, so a missing bucket also looks like a plain 404.
            if ((0,storage_errors/* failureFacts */._2)(err).status === 404) {
                await this.checkBucket('stat', key);
                return undefined;
            }
            throw this.fail(err, 'stat', key);
        }
    }
    /** True only when the service says the bucket does not exist; any other answer (or none) is false. */
    async bucketMissing() {
        if (this.bucketChecked)
            return false;
        try {
            await this.client.send(new dist_cjs/* HeadBucketCommand */.kuI({ Bucket: this.settings.bucket }), { abortSignal: AbortSignal.timeout(15_000) });
            this.bucketChecked = true;
            return false;
        }
        catch (err) {
            return (0,storage_errors/* failureFacts */._2)(err).status === 404;
        }
    }
    /** Tells a missing bucket from a missing key, once; a bucket we may not HEAD is assumed present. */
    async checkBucket(op, key) {
        if (this.bucketChecked)
            return;
        try {
            await this.client.send(new dist_cjs/* HeadBucketCommand */.kuI({ Bucket: this.settings.bucket }));
        }
        catch (err) {
            const { status } = (0,storage_errors/* failureFacts */._2)(err);
            if (status === 404)
                throw this.fail(Object.assign(new Error('NoSuchBucket'), { name: 'NoSuchBucket' }), op, key);
            if (status !== 403)
                throw this.fail(err, op, key);
        }
        this.bucketChecked = true;
    }
    async *list(prefix) {
        const root = this.settings.prefix;
        try {
            const pages = (0,dist_cjs/* paginateListObjectsV2 */.OqA)({ client: this.client, pageSize: this.settings.listPageSize }, { Bucket: this.settings.bucket, Prefix: root + prefix });
            for await (const page of pages) {
                for (const obj of page.Contents ?? []) {
                    if (!obj.Key || !obj.Key.startsWith(root))
                        continue;
                    yield { key: obj.Key.slice(root.length), size: obj.Size ?? 0, modified: obj.LastModified };
                }
            }
        }
        catch (err) {
            throw this.fail(err, 'list', prefix || undefined);
        }
    }
    async delete(key) {
        const Key = this.full(key);
        try {
            await this.client.send(new dist_cjs/* DeleteObjectCommand */.k4j({ Bucket: this.settings.bucket, Key }));
        }
        catch (err) {
            if ((0,storage_errors/* failureFacts */._2)(err).status === 404 && (0,storage_errors/* failureFacts */._2)(err).code !== 'NoSuchBucket')
                return;
            throw this.fail(err, 'delete', key);
        }
    }
    /** Multipart uploads started under the store's prefix and neither completed nor aborted (each one costs storage). */
    async pendingUploads() {
        const out = [];
        let KeyMarker;
        let UploadIdMarker;
        for (;;) {
            const res = await this.client.send(new dist_cjs/* ListMultipartUploadsCommand */.mo2({ Bucket: this.settings.bucket, Prefix: this.settings.prefix, KeyMarker, UploadIdMarker }));
            for (const u of res.Uploads ?? [])
                if (u.Key)
                    out.push(u.Key.slice(this.settings.prefix.length));
            if (!res.IsTruncated)
                return out;
            KeyMarker = res.NextKeyMarker;
            UploadIdMarker = res.NextUploadIdMarker;
        }
    }
    async close() {
        this.client.destroy();
    }
}
/** Only the browser build returns web streams; keep Node streams throughout. */
function nodeStream(body) {
    if (body instanceof external_node_stream_.Readable)
        return body;
    return body ? external_node_stream_.Readable.fromWeb(body) : external_node_stream_.Readable.from([]);
}
function clientConfig(s) {
    const config = {
        region: s.region,
        forcePathStyle: s.forcePathStyle,
        // A bucket in another region answers with a redirect; following it lets the default region work everywhere.
        followRegionRedirects: true,
        maxAttempts: s.maxAttempts,
        requestHandler: { connectionTimeout: 10_000, socketTimeout: 120_000 },
    };
    if (s.endpoint)
        config.endpoint = s.endpoint;
    if (s.checksum) {
        config.requestChecksumCalculation = s.checksum;
        config.responseChecksumValidation = s.checksum;
    }
    return config;
}
async function openS3(url, raw, opts) {
    return new S3Storage(s3Settings(url, raw, opts));
}


/***/ }),

/***/ 50664:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ resumableRead),
/* harmony export */   v: () => (/* binding */ abortError)
/* harmony export */ });
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_0__);

/** The error an aborted operation rejects with: the signal's own reason when it is an AbortError. */
function abortError(signal) {
    const reason = signal.reason;
    if (reason instanceof Error && reason.name === 'AbortError')
        return reason;
    return Object.assign(new Error('The operation was aborted', { cause: reason }), { name: 'AbortError', code: 'ABORT_ERR' });
}
/**
 * A download that survives dropped connections: when the body fails with a
 * transient error (or ends short of `size`), it is reopened at the byte where
 * it stopped. `reopen` must return the same object version (ETag / generation
 * pinned), so the bytes joined are of one object.
 */
function resumableRead(first, reopen, opts) {
    async function* chunks() {
        let stream = first;
        let offset = 0;
        let failures = 0;
        for (;;) {
            try {
                for await (const chunk of stream) {
                    const b = chunk;
                    offset += b.length;
                    failures = 0;
                    yield b;
                }
                if (opts.size === undefined || offset >= opts.size)
                    return;
                throw Object.assign(new Error(`${opts.describe}: body ended at byte ${offset} of ${opts.size}`), { code: 'ERR_STREAM_PREMATURE_CLOSE' });
            }
            catch (err) {
                stream.destroy();
                let failure = err;
                // Reopening can fail too; it shares the streak's attempts.
                for (;;) {
                    if (++failures >= opts.attempts || !opts.isTransient(failure))
                        throw failure;
                    await new Promise((r) => setTimeout(r, opts.delayMs(failures)));
                    try {
                        stream = await reopen(offset);
                        break;
                    }
                    catch (again) {
                        failure = again;
                    }
                }
            }
        }
    }
    return node_stream__WEBPACK_IMPORTED_MODULE_0__.Readable.from(chunks(), { objectMode: false, highWaterMark: 1 << 20 });
}


/***/ })

};
