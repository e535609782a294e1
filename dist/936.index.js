export const id = 936;
export const ids = [936,91];
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

/***/ 22936:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  GCS_STORAGE_CLASSES: () => (/* binding */ GCS_STORAGE_CLASSES),
  GcsStorage: () => (/* binding */ GcsStorage),
  gcsSettings: () => (/* binding */ gcsSettings),
  openGcs: () => (/* binding */ openGcs)
});

// EXTERNAL MODULE: ./node_modules/@google-cloud/storage/build/esm/src/index.js + 22 modules
var src = __webpack_require__(73665);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/storage/retry.ts
var storage_retry = __webpack_require__(43091);
// EXTERNAL MODULE: ./src/storage/errors.ts
var storage_errors = __webpack_require__(4910);
// EXTERNAL MODULE: ./src/storage/options.ts
var options = __webpack_require__(40959);
// EXTERNAL MODULE: ./src/storage/storage.ts
var storage = __webpack_require__(32912);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(44708);
// EXTERNAL MODULE: ./src/storage/part-buffers.ts
var part_buffers = __webpack_require__(62242);
// EXTERNAL MODULE: ./src/storage/streams.ts
var streams = __webpack_require__(50664);
;// CONCATENATED MODULE: ./src/storage/gcs-upload.ts





const REQUEST_TIMEOUT_MS = 5 * 60_000;
/** The body failed (rather than the store): rethrown as is by the caller. */
class GcsBodyError extends Error {
    original;
    constructor(original) {
        super('body failed');
        this.original = original;
    }
}
/** An HTTP answer of the upload session, shaped for errors.ts (`code` = status). */
function httpError(status, text) {
    const reason = /"message"\s*:\s*"([^"]+)"/.exec(text)?.[1] ?? text.slice(0, 200);
    return Object.assign(new Error(reason || `HTTP ${status}`), { code: status });
}
/** `Range: bytes=0-N` → N + 1 bytes persisted; no header → none. */
function persistedFrom(res) {
    const m = /bytes=0-(\d+)/.exec(res.range ?? '');
    return m ? Number(m[1]) + 1 : 0;
}
const agents = { 'http:': new external_node_http_.Agent({ keepAlive: true }), 'https:': new external_node_https_.Agent({ keepAlive: true }) };
/**
 * One request to the upload session with node:http: the payload buffer is
 * written as is (fetch copies it), and a stalled request fails as a timeout,
 * which is resumed like any transient failure.
 */
function request(uri, method, headers, payload, signal) {
    const url = new URL(uri);
    const mod = url.protocol === 'https:' ? external_node_https_ : external_node_http_;
    return new Promise((resolve, reject) => {
        const req = mod.request(url, {
            method,
            headers: { ...headers, 'Content-Length': String(payload?.length ?? 0) },
            agent: agents[url.protocol],
            signal,
            timeout: REQUEST_TIMEOUT_MS,
        }, (res) => {
            const parts = [];
            res.on('data', (d) => parts.push(d));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, range: res.headers.range, text: Buffer.concat(parts).toString('utf8') }));
            res.on('error', reject);
        });
        req.on('timeout', () => req.destroy(Object.assign(new Error(`no answer in ${REQUEST_TIMEOUT_MS / 1000} s`), { code: 'ETIMEDOUT' })));
        req.on('error', reject);
        req.end(payload);
    });
}
/**
 * Opens a media download (`alt=media`) with node:http. The library's read
 * stream crashes the process (an uncaught ERR_STREAM_UNABLE_TO_PIPE in
 * teeny-request) when the service answers a download with an error status,
 * so bakup downloads with its own request and resumes with `Range`.
 */
function openDownload(url, headers) {
    const mod = url.protocol === 'https:' ? external_node_https_ : external_node_http_;
    return new Promise((resolve, reject) => {
        const req = mod.request(url, { method: 'GET', headers, agent: agents[url.protocol], timeout: REQUEST_TIMEOUT_MS }, (res) => {
            const status = res.statusCode ?? 0;
            if (status === 200 || status === 206) {
                resolve(res);
                return;
            }
            const parts = [];
            res.on('data', (d) => parts.push(d));
            res.on('end', () => reject(httpError(status, Buffer.concat(parts).toString('utf8'))));
            res.on('error', reject);
        });
        req.on('timeout', () => req.destroy(Object.assign(new Error(`no answer in ${REQUEST_TIMEOUT_MS / 1000} s`), { code: 'ETIMEDOUT' })));
        req.on('error', reject);
        req.end();
    });
}
/**
 * Sends a body through a GCS resumable upload session, in chunks, following
 * the protocol (https://cloud.google.com/storage/docs/performing-resumable-uploads):
 * each chunk goes as `Content-Range: bytes a-b/*`, the last with the total; a
 * 308 answer says how much the service persisted, and a transient failure is
 * followed by a status query and a resend from that offset. Chunks are copied
 * into two buffers leased from the process's pool (part-buffers.ts), so memory
 * is 2 × chunkSize whatever the size; a body smaller than a chunk takes none.
 *
 * The session URI is itself the credential, so chunk requests need no token
 * (they go out with node:http, which writes the buffer without copying it).
 *
 * Why not @google-cloud/storage's chunked write stream: it keeps the last
 * buffer of every chunk request alive until the upload ends (memory grew by
 * ~1/8 of the object), and when writes arrive in bursts it may send the final
 * chunk of an object whose size is a multiple of the chunk size as not-final,
 * then fail with "Upload failed" on the service's 308.
 */
async function uploadResumable(uri, body, tuning) {
    const { chunkSize, signal } = tuning;
    if (signal?.aborted)
        throw (0,streams/* abortError */.v)(signal);
    let confirmed = 0; // bytes the service holds: where the chunk being sent starts
    let total = 0;
    let sending;
    let failure;
    const onAbort = () => body.destroy((0,streams/* abortError */.v)(signal));
    signal?.addEventListener('abort', onAbort, { once: true });
    function put(headers, payload) {
        return request(uri, 'PUT', headers, payload, signal);
    }
    /** Sends `buf[0..len)` at offset `confirmed`; `last` closes the object at `total`. */
    async function sendChunk(buf, len, last) {
        const start = confirmed;
        const end = start + len; // exclusive
        const size = last ? String(end) : '*';
        let sent = start; // first byte the service does not have yet
        let failures = 0;
        let zeroProgress = 0;
        for (;;) {
            try {
                const range = sent < end ? `bytes ${sent}-${end - 1}/${size}` : `bytes */${size}`;
                const res = await put({ 'Content-Range': range }, sent < end ? buf.subarray(sent - start, len) : undefined);
                if (res.status === 200 || res.status === 201) {
                    if (!last)
                        throw new Error('the upload session completed before the last chunk');
                    confirmed = end;
                    return;
                }
                if (res.status === 308) {
                    const persisted = persistedFrom(res);
                    if (persisted < start)
                        throw new Error(`the upload session lost data: it holds ${persisted} bytes, ${start} were confirmed`);
                    if (persisted >= end && !last) {
                        confirmed = end;
                        return;
                    }
                    // Partly persisted (or the closing request is still owed): send the rest.
                    zeroProgress = persisted > sent ? 0 : zeroProgress + 1;
                    if (zeroProgress > 3)
                        throw new Error(`the upload session does not accept bytes from ${persisted}`);
                    sent = Math.min(persisted, end);
                    continue;
                }
                throw httpError(res.status, res.text);
            }
            catch (err) {
                if (signal?.aborted)
                    throw (0,streams/* abortError */.v)(signal);
                if (!(0,storage_errors/* isTransient */.dg)(err) || ++failures >= tuning.attempts)
                    throw err;
                await new Promise((r) => setTimeout(r, tuning.delayMs(failures)));
                // Ask the session what it holds, then resume from there.
                try {
                    const res = await put({ 'Content-Range': `bytes */${last ? String(end) : '*'}` });
                    if ((res.status === 200 || res.status === 201) && last) {
                        confirmed = end;
                        return;
                    }
                    if (res.status === 308)
                        sent = Math.max(start, Math.min(persistedFrom(res), end));
                }
                catch {
                    // The next attempt will fail or succeed on its own.
                }
            }
        }
    }
    // Chunk buffers come from the process's pool (part-buffers.ts): one filling, one being sent.
    const lease = part_buffers/* partBuffers */.vq.open({ want: 2, min: 2 });
    const take = async () => {
        const buf = await lease.take(chunkSize);
        if (!buf)
            throw failure ?? new Error('upload stopped');
        return buf;
    };
    // A body smaller than one chunk (a lock, a manifest) goes as its own chunks, without a chunk buffer.
    const head = [];
    let headBytes = 0;
    let cur;
    let filled = 0;
    try {
        try {
            for await (const chunk of body) {
                const data = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
                if (cur === undefined) {
                    if (headBytes + data.length <= chunkSize) {
                        head.push(data);
                        headBytes += data.length;
                        total += data.length;
                        continue;
                    }
                    cur = await take();
                    for (const h of head)
                        filled += h.copy(cur, filled);
                    head.length = 0;
                }
                for (let off = 0; off < data.length;) {
                    // A full buffer is sent only once more bytes arrive: it may be the last chunk.
                    if (filled === chunkSize) {
                        if (sending)
                            await sending;
                        if (failure !== undefined)
                            throw failure;
                        const full = cur;
                        sending = sendChunk(full, filled, false).then(() => lease.give(full), (err) => {
                            failure ??= err;
                            lease.give(full);
                            // A take waiting for the pool ends now, with the failure.
                            lease.interrupt();
                        });
                        cur = await take();
                        filled = 0;
                    }
                    const n = Math.min(data.length - off, chunkSize - filled);
                    data.copy(cur, filled, off, off + n);
                    filled += n;
                    off += n;
                    total += n;
                }
                if (failure !== undefined)
                    throw failure;
            }
        }
        catch (err) {
            if (failure !== undefined)
                throw failure;
            if (signal?.aborted)
                throw err;
            throw new GcsBodyError(err);
        }
        if (sending)
            await sending;
        if (failure !== undefined)
            throw failure;
        if (cur === undefined) {
            cur = Buffer.concat(head, headBytes);
            filled = headBytes;
        }
        await sendChunk(cur, filled, true);
        return total;
    }
    catch (err) {
        if (sending)
            await sending.catch(() => undefined);
        // Cancel the session so nothing lingers; best effort.
        await request(uri, 'DELETE', {}, undefined, AbortSignal.timeout(10_000)).catch(() => undefined);
        if (signal?.aborted)
            throw (0,streams/* abortError */.v)(signal);
        throw err;
    }
    finally {
        signal?.removeEventListener('abort', onAbort);
        lease.close();
    }
}

;// CONCATENATED MODULE: ./src/storage/gcs.ts





/** Google's storage classes (the last three are legacy names Google still accepts). */
const GCS_STORAGE_CLASSES = ['STANDARD', 'NEARLINE', 'COLDLINE', 'ARCHIVE', 'MULTI_REGIONAL', 'REGIONAL', 'DURABLE_REDUCED_AVAILABILITY'];



const KiB = 1024;
const MiB = 1 << 20;
const CREDENTIAL_HINT = 'Google Application Default Credentials read GOOGLE_APPLICATION_CREDENTIALS (a key or a workload identity federation file from google-github-actions/auth) or the metadata server';
const PERMISSION = {
    put: 'storage.objects.create (and storage.objects.delete to overwrite)',
    upload: 'storage.objects.create (and storage.objects.delete to overwrite)',
    get: 'storage.objects.get',
    stat: 'storage.objects.get',
    list: 'storage.objects.list',
    delete: 'storage.objects.delete',
};
function gcsSettings(url, raw, opts, env = process.env) {
    const { container: bucket, prefix, location } = (0,options/* parseContainerUrl */.cp)(url, raw, 'gs://bucket/prefix', 'bucket', /^[a-z0-9][a-z0-9._-]{1,220}[a-z0-9]$/, '3-222 lower-case letters, digits, dots, hyphens or underscores');
    const optEndpoint = (0,options/* optString */.$2)(opts, 'gcsEndpoint');
    const endpoint = optEndpoint
        ? (0,options/* endpointUrl */.Pb)(optEndpoint, (0,options/* optionLabel */.ed)(opts, 'gcsEndpoint'))
        : env.STORAGE_EMULATOR_HOST
            ? (0,options/* endpointUrl */.Pb)(env.STORAGE_EMULATOR_HOST.replace(/\/storage\/v1\/?$/, ''), 'STORAGE_EMULATOR_HOST')
            : undefined;
    // Google recommends chunks of at least 8 MiB; each chunk is held in memory until the service confirms it.
    const chunkSize = (0,options/* optInt */.fM)(opts, 'gcsChunkSize', 256 * KiB, 1024 * MiB, true) ?? 8 * MiB;
    if (chunkSize % (256 * KiB) !== 0) {
        throw new errors/* UsageError */.eb(`${(0,options/* optionLabel */.ed)(opts, 'gcsChunkSize')}: expected a multiple of 256 KiB (Google's rule for resumable chunks), got ${chunkSize} bytes`);
    }
    return {
        bucket,
        prefix,
        location,
        endpoint,
        // The emulator wants no token; a private Google endpoint does. Default: authenticate unless the emulator variable set it.
        endpointAuth: (0,options/* optBool */.S5)(opts, 'gcsEndpointAuth') ?? (optEndpoint !== undefined && !/^http:\/\/(127\.0\.0\.1|localhost|\[::1\])[:/]/.test(endpoint ?? '')),
        storageClass: (0,options/* optEnum */.LQ)(opts, 'gcsStorageClass', GCS_STORAGE_CLASSES),
        chunkSize,
        listPageSize: (0,options/* optInt */.fM)(opts, 'listPageSize', 1, 1000),
        readRetry: (0,storage_retry.readRetryFrom)(opts),
    };
}
/**
 * `gs://bucket/prefix` on Google Cloud Storage. Uploads are resumable sessions
 * (opened by the library, sent by gcs-upload.ts) in chunks of `chunkSize`; a
 * chunk is re-sent after a transient failure from the offset the service
 * confirms. An upload that is not finished is never visible.
 */
class GcsStorage {
    settings;
    location;
    client;
    bucketChecked = false;
    constructor(settings, client) {
        this.settings = settings;
        this.location = settings.location;
        this.client =
            client ??
                new src/* Storage */.wc({
                    apiEndpoint: settings.endpoint,
                    useAuthWithCustomEndpoint: settings.endpoint ? settings.endpointAuth : undefined,
                    // The retry decorator around this store retries the library's calls
                    // (metadata, listing, delete, opening an upload session); retrying in
                    // both layers made a dead endpoint take two minutes to report.
                    retryOptions: { autoRetry: false, idempotencyStrategy: src/* IdempotencyStrategy */.XC.RetryAlways },
                });
        // The library takes STORAGE_EMULATOR_HOST verbatim as its JSON API base whenever it is set,
        // over apiEndpoint: the endpoint settled above (the option wins, the variable may lack
        // /storage/v1) is the one every call goes to.
        if (!client && settings.endpoint)
            this.client.baseUrl = `${settings.endpoint}/storage/v1`;
    }
    file(key) {
        return this.client.bucket(this.settings.bucket).file(this.settings.prefix + (0,storage/* checkKey */.yR)(key));
    }
    fail(err, op, key) {
        return (0,storage_errors/* storageError */.QX)(err, {
            location: this.location,
            containerWord: 'bucket',
            container: this.settings.bucket,
            op,
            key,
            permission: PERMISSION[op],
            endpoint: this.settings.endpoint,
            credentialHint: CREDENTIAL_HINT,
        });
    }
    async put(key, body, opts = {}) {
        const file = this.file(key);
        const metadata = {};
        if (opts.contentType)
            metadata.contentType = opts.contentType;
        if (this.settings.storageClass)
            metadata.storageClass = this.settings.storageClass;
        let uri;
        try {
            [uri] = await file.createResumableUpload({ metadata });
        }
        catch (err) {
            // Starting an upload session in a missing bucket answers a bare 404.
            if ((0,storage_errors/* failureFacts */._2)(err).status === 404)
                await this.checkBucket('put', key);
            throw this.fail(err, 'put', key);
        }
        const retry = this.settings.readRetry;
        try {
            const size = await uploadResumable(uri, body, {
                chunkSize: this.settings.chunkSize,
                attempts: Math.max(retry.attempts, 5),
                delayMs: (n) => (0,storage_retry.backoffDelay)(retry, n),
                signal: opts.signal,
            });
            return { key, size, modified: new Date() };
        }
        catch (err) {
            if (err instanceof GcsBodyError)
                throw err.original;
            if ((0,storage_errors/* isAbort */.rV)(err))
                throw err;
            throw this.fail(err, 'put', key);
        }
    }
    /**
     * Creates `key` only if no live object has it: a single-request upload with
     * `ifGenerationMatch=0`, which GCS (and fake-gcs-server) answers with 412
     * when the object exists.
     */
    async putIfAbsent(key, body) {
        const metadata = { contentType: 'application/json' };
        if (this.settings.storageClass)
            metadata.storageClass = this.settings.storageClass;
        try {
            await this.file(key).save(body, { resumable: false, metadata, preconditionOpts: { ifGenerationMatch: 0 } });
            return true;
        }
        catch (err) {
            const { status } = (0,storage_errors/* failureFacts */._2)(err);
            if (status === 412)
                return (0,storage/* holdsBytes */.gt)(this, key, body);
            if (status === 404)
                await this.checkBucket('put', key);
            throw this.fail(err, 'put', key);
        }
    }
    async get(key) {
        const file = this.file(key);
        let generation;
        let size;
        try {
            // Asking first turns a missing key into NotFoundError here rather than a stream error later,
            // and pins the generation so the bytes read are those of the object found.
            const [meta] = await file.getMetadata();
            generation = meta.generation;
            size = meta.size !== undefined ? Number(meta.size) : undefined;
        }
        catch (err) {
            if ((0,storage_errors/* failureFacts */._2)(err).status === 404) {
                await this.checkBucket('get', key);
                throw new storage/* NotFoundError */.m_(this.location, key);
            }
            throw this.fail(err, 'get', key);
        }
        const retry = this.settings.readRetry;
        const open = async (offset) => {
            try {
                return await this.openMedia(file.name, generation, offset);
            }
            catch (err) {
                throw this.fail(err, 'get', key);
            }
        };
        // A dropped download resumes at the byte it stopped; the pinned generation keeps it one object.
        return (0,streams/* resumableRead */.J)(await open(0), open, {
            size,
            attempts: retry.attempts,
            isTransient: storage_errors/* isTransient */.dg,
            delayMs: (n) => (0,storage_retry.backoffDelay)(retry, n),
            describe: `${this.location}/${key}`,
        });
    }
    /** `alt=media` of one generation from `offset`, with the library's credentials (none for the emulator). */
    async openMedia(name, generation, offset) {
        const base = (this.settings.endpoint ?? 'https://storage.googleapis.com').replace(/\/+$/, '');
        const url = new URL(`${base}/storage/v1/b/${encodeURIComponent(this.settings.bucket)}/o/${encodeURIComponent(name)}`);
        url.searchParams.set('alt', 'media');
        if (generation !== undefined)
            url.searchParams.set('generation', String(generation));
        const headers = { 'Accept-Encoding': 'identity' };
        if (offset > 0)
            headers.Range = `bytes=${offset}-`;
        if (!this.settings.endpoint || this.settings.endpointAuth)
            Object.assign(headers, await this.client.authClient.getRequestHeaders(url.href));
        return openDownload(url, headers);
    }
    async stat(key) {
        try {
            const [meta] = await this.file(key).getMetadata();
            return { key, size: Number(meta.size ?? 0), modified: meta.updated ? new Date(meta.updated) : undefined };
        }
        catch (err) {
            if ((0,storage_errors/* failureFacts */._2)(err).status === 404) {
                await this.checkBucket('stat', key);
                return undefined;
            }
            throw this.fail(err, 'stat', key);
        }
    }
    /** Tells a missing bucket from a missing object, once; a bucket we may not read is assumed present. */
    async checkBucket(op, key) {
        if (this.bucketChecked)
            return;
        let exists;
        try {
            [exists] = await this.client.bucket(this.settings.bucket).exists();
        }
        catch (err) {
            if ((0,storage_errors/* failureFacts */._2)(err).status === 403)
                exists = true;
            else
                throw this.fail(err, op, key);
        }
        if (!exists)
            throw this.fail(Object.assign(new Error('NoSuchBucket'), { name: 'NoSuchBucket' }), op, key);
        this.bucketChecked = true;
    }
    async *list(prefix) {
        const root = this.settings.prefix;
        const bucket = this.client.bucket(this.settings.bucket);
        let query = { prefix: root + prefix, autoPaginate: false, maxResults: this.settings.listPageSize };
        try {
            while (query) {
                const [files, next] = (await bucket.getFiles(query));
                for (const f of files) {
                    if (!f.name.startsWith(root))
                        continue;
                    const m = f.metadata;
                    yield { key: f.name.slice(root.length), size: Number(m.size ?? 0), modified: m.updated ? new Date(m.updated) : undefined };
                }
                query = next && next.pageToken ? { ...query, pageToken: next.pageToken } : null;
            }
        }
        catch (err) {
            if ((0,storage_errors/* failureFacts */._2)(err).status === 404)
                throw this.fail(Object.assign(new Error('NoSuchBucket'), { name: 'NoSuchBucket' }), 'list', prefix || undefined);
            throw this.fail(err, 'list', prefix || undefined);
        }
    }
    async delete(key) {
        try {
            await this.file(key).delete({ ignoreNotFound: true });
        }
        catch (err) {
            throw this.fail(err, 'delete', key);
        }
    }
}
async function openGcs(url, raw, opts) {
    return new GcsStorage(gcsSettings(url, raw, opts));
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
