export const id = 91;
export const ids = [91];
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


/***/ })

};
