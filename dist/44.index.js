export const id = 44;
export const ids = [44];
export const modules = {

/***/ 94044:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  AZURE_TIERS: () => (/* binding */ AZURE_TIERS),
  AzureStorage: () => (/* binding */ AzureStorage),
  azureSettings: () => (/* binding */ azureSettings),
  openAzure: () => (/* binding */ openAzure)
});

// EXTERNAL MODULE: ./node_modules/@azure/storage-blob/dist/esm/index.js + 153 modules
var esm = __webpack_require__(70728);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/util/redact.ts
var redact = __webpack_require__(50767);
// EXTERNAL MODULE: ./src/storage/errors.ts
var storage_errors = __webpack_require__(4910);
// EXTERNAL MODULE: ./src/storage/options.ts
var options = __webpack_require__(40959);
// EXTERNAL MODULE: ./src/storage/storage.ts
var storage = __webpack_require__(32912);
// EXTERNAL MODULE: ./src/storage/streams.ts
var streams = __webpack_require__(50664);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/storage/part-buffers.ts
var part_buffers = __webpack_require__(62242);
;// CONCATENATED MODULE: ./src/storage/azure-upload.ts



/** The body failed (rather than the store): rethrown as is by the caller. */
class AzureBodyError extends Error {
    original;
    constructor(original) {
        super('body failed');
        this.original = original;
    }
}
const MAX_BLOCK = 4000 * 1024 * 1024;
/**
 * A blob may have 50000 blocks: sizes double every 10000 blocks, so the
 * default 8 MiB reaches ~2.4 TiB while small blobs keep small buffers.
 */
function blockSizeFor(blockNumber, base) {
    return Math.min(base * 2 ** Math.floor((blockNumber - 1) / 10_000), MAX_BLOCK);
}
/**
 * Streams a body into a block blob: blocks are copied into buffers leased from
 * the process's part-buffer pool (part-buffers.ts), staged `concurrency` at a
 * time (each request body is a buffer, so the SDK retries a block on its own),
 * and committed as a block list only after the body ended and every block is
 * staged. A body that fits in one block is one Put Blob and takes no buffer.
 * A failure or an abort stops reading the body, waits for the blocks in flight
 * and commits nothing: the blob keeps its previous content, and Azure discards
 * the uncommitted blocks after 7 days.
 *
 * The SDK's uploadStream was the first implementation; it keeps the body's
 * chunks referenced until a whole block has arrived and holds its own buffers
 * apart from every other upload, which mattered when one backup went to
 * several stores at once (bench/README.md).
 */
async function uploadBlocks(blob, body, tuning) {
    const { blockSize, concurrency, signal } = tuning;
    const lease = part_buffers/* partBuffers */.vq.open({ want: concurrency + 1, min: 2 });
    const prefix = (0,external_node_crypto_.randomUUID)();
    const ids = [];
    const inflight = new Set();
    let wake;
    let failure;
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
    async function take() {
        if (failure !== undefined)
            return undefined;
        const buf = await lease.take(blockSizeFor(ids.length + 1, blockSize));
        if (buf && failure !== undefined) {
            lease.give(buf);
            return undefined;
        }
        return buf;
    }
    async function stage(buf, length) {
        while (inflight.size >= concurrency && failure === undefined)
            await new Promise((resolve) => (wake = resolve));
        if (failure !== undefined) {
            lease.give(buf);
            return;
        }
        // Block ids of one blob must all have the same length.
        const id = Buffer.from(`${prefix}-${String(ids.length).padStart(6, '0')}`).toString('base64');
        ids.push(id);
        const p = blob
            .stageBlock(id, buf.subarray(0, length), length, { abortSignal: signal })
            .then(() => undefined, (err) => {
            fail(err);
            // Stop the producer now rather than after the whole body was read.
            body.destroy();
        })
            .finally(() => {
            inflight.delete(p);
            lease.give(buf);
            const w = wake;
            wake = undefined;
            w?.();
        });
        inflight.add(p);
    }
    try {
        let filled;
        try {
            filled = await (0,part_buffers/* fillParts */.av)(body, blockSize, take, stage, () => failure !== undefined);
        }
        catch (err) {
            if (failure === undefined)
                throw new AzureBodyError(err);
        }
        if (failure !== undefined)
            throw failure;
        const { head, headBytes, current, total } = filled;
        const options = { abortSignal: signal, blobHTTPHeaders: tuning.headers, tier: tuning.tier };
        if (current === undefined) {
            const single = Buffer.concat(head, headBytes);
            await blob.upload(single, single.length, options);
            return total;
        }
        if (filled.filled > 0)
            await stage(current, filled.filled);
        else
            lease.give(current);
        await Promise.all([...inflight]);
        if (failure !== undefined)
            throw failure;
        await blob.commitBlockList(ids, options);
        return total;
    }
    catch (err) {
        await Promise.allSettled([...inflight]);
        if (signal?.aborted)
            throw (0,streams/* abortError */.v)(signal);
        throw err;
    }
    finally {
        signal?.removeEventListener('abort', onAbort);
        lease.close();
    }
}

;// CONCATENATED MODULE: ./src/storage/azure.ts








const MiB = 1 << 20;
const AZURE_TIERS = ['Hot', 'Cool', 'Cold', 'Archive'];
const CREDENTIAL_HINT = 'bakup reads AZURE_STORAGE_CONNECTION_STRING, or AZURE_STORAGE_ACCOUNT with AZURE_STORAGE_KEY or AZURE_STORAGE_SAS_TOKEN, or DefaultAzureCredential (AZURE_CLIENT_ID/AZURE_TENANT_ID with GitHub OIDC via azure/login)';
const DATA_ACTION = 'Microsoft.Storage/storageAccounts/blobServices/containers/blobs';
const PERMISSION = {
    put: `${DATA_ACTION}/write (role Storage Blob Data Contributor)`,
    upload: `${DATA_ACTION}/write (role Storage Blob Data Contributor)`,
    get: `${DATA_ACTION}/read (role Storage Blob Data Reader)`,
    stat: `${DATA_ACTION}/read (role Storage Blob Data Reader)`,
    list: `${DATA_ACTION}/read (role Storage Blob Data Reader)`,
    delete: `${DATA_ACTION}/delete (role Storage Blob Data Contributor)`,
};
function azureSettings(url, raw, opts, env = process.env) {
    const { container, prefix, location } = (0,options/* parseContainerUrl */.cp)(url, raw, 'azblob://container/prefix', 'container', /^(?=.{3,63}$)[a-z0-9](?:[a-z0-9]|-(?!-))*[a-z0-9]$/, '3-63 lower-case letters, digits and single hyphens');
    const account = (0,options/* optString */.$2)(opts, 'azureAccount') ?? env.AZURE_STORAGE_ACCOUNT;
    const optEndpoint = (0,options/* optString */.$2)(opts, 'azureEndpoint');
    let auth;
    if (env.AZURE_STORAGE_CONNECTION_STRING && !(0,options/* optString */.$2)(opts, 'azureAccount'))
        auth = { kind: 'connection-string' };
    else if (!account) {
        throw new errors/* UsageError */.eb(`storage URL '${location}': no Azure storage account; set AZURE_STORAGE_CONNECTION_STRING, or AZURE_STORAGE_ACCOUNT (or the azureAccount option) with a key, a SAS token or an Azure login`);
    }
    else if (env.AZURE_STORAGE_KEY)
        auth = { kind: 'shared-key', account };
    else if (env.AZURE_STORAGE_SAS_TOKEN)
        auth = { kind: 'sas', account };
    else
        auth = { kind: 'default-credential', account };
    if (auth.kind !== 'connection-string' && !/^[a-z0-9]{3,24}$/.test(auth.account)) {
        const from = (0,options/* optString */.$2)(opts, 'azureAccount') ? (0,options/* optionLabel */.ed)(opts, 'azureAccount') : 'AZURE_STORAGE_ACCOUNT';
        throw new errors/* UsageError */.eb(`${from}: expected a storage account name of 3-24 lower-case letters and digits, got '${auth.account}'`);
    }
    return {
        container,
        prefix,
        location,
        auth,
        endpoint: optEndpoint ? (0,options/* endpointUrl */.Pb)(optEndpoint, (0,options/* optionLabel */.ed)(opts, 'azureEndpoint')) : undefined,
        tier: (0,options/* optEnum */.LQ)(opts, 'azureAccessTier', AZURE_TIERS),
        // Block sizes double every 10000 blocks (azure-upload.ts): the default 8 MiB reaches ~2.4 TiB.
        blockSize: (0,options/* optInt */.fM)(opts, 'azureBlockSize', 1 * MiB, 4000 * MiB, true) ?? 8 * MiB,
        concurrency: (0,options/* optInt */.fM)(opts, 'azureConcurrency', 1, 64) ?? 4,
        listPageSize: (0,options/* optInt */.fM)(opts, 'listPageSize', 1, 5000),
    };
}
async function serviceClient(s, env, maxTries) {
    const pipelineOptions = { retryOptions: { maxTries, retryDelayInMs: 500, maxRetryDelayInMs: 15_000 } };
    const auth = s.auth;
    if (auth.kind === 'connection-string') {
        const cs = env.AZURE_STORAGE_CONNECTION_STRING;
        for (const m of cs.matchAll(/(?:AccountKey|SharedAccessSignature)=([^;]+)/gi))
            (0,redact/* registerSecret */.c)(m[1]);
        try {
            return esm/* BlobServiceClient */.wS.fromConnectionString(cs, pipelineOptions);
        }
        catch {
            throw new errors/* UsageError */.eb('AZURE_STORAGE_CONNECTION_STRING: not a valid connection string (expected AccountName=…;AccountKey=… or BlobEndpoint=…;SharedAccessSignature=…)');
        }
    }
    const endpoint = s.endpoint ?? `https://${auth.account}.blob.core.windows.net`;
    if (auth.kind === 'shared-key') {
        (0,redact/* registerSecret */.c)(env.AZURE_STORAGE_KEY);
        let cred;
        try {
            cred = new esm/* StorageSharedKeyCredential */.Z3(auth.account, env.AZURE_STORAGE_KEY);
        }
        catch {
            throw new errors/* UsageError */.eb('AZURE_STORAGE_KEY: not a valid account key (expected the base64 key from the portal)');
        }
        return new esm/* BlobServiceClient */.wS(endpoint, cred, pipelineOptions);
    }
    if (auth.kind === 'sas') {
        const sas = env.AZURE_STORAGE_SAS_TOKEN.replace(/^\?/, '');
        (0,redact/* registerSecret */.c)(sas);
        return new esm/* BlobServiceClient */.wS(`${endpoint}?${sas}`, undefined, pipelineOptions);
    }
    // Loaded only here: @azure/identity is large and most users never need it.
    const { DefaultAzureCredential } = await Promise.all(/* import() */[__webpack_require__.e(324), __webpack_require__.e(211)]).then(__webpack_require__.bind(__webpack_require__, 73016));
    return new esm/* BlobServiceClient */.wS(endpoint, new DefaultAzureCredential(), pipelineOptions);
}
/**
 * `azblob://container/prefix` on Azure Blob Storage. A put stages blocks of
 * `blockSize` from the stream (azure-upload.ts: `concurrency` in flight, one
 * filling, buffers from the process's part-buffer pool) and commits the block
 * list only when the stream has ended and every block is staged, so a failed
 * or aborted put leaves the blob as it was. Its staged blocks stay
 * uncommitted and Azure discards them after 7 days.
 */
class AzureStorage {
    settings;
    container;
    uploadContainer;
    location;
    containerChecked = false;
    constructor(settings, container, 
    /** The same container with SDK retries on, for uploads. */
    uploadContainer = container) {
        this.settings = settings;
        this.container = container;
        this.uploadContainer = uploadContainer;
        this.location = settings.location;
    }
    blob(key, forUpload = false) {
        return (forUpload ? this.uploadContainer : this.container).getBlockBlobClient(this.settings.prefix + (0,storage/* checkKey */.yR)(key));
    }
    fail(err, op, key) {
        return (0,storage_errors/* storageError */.QX)(err, {
            location: this.location,
            containerWord: 'container',
            container: this.settings.container,
            op,
            key,
            permission: PERMISSION[op],
            endpoint: this.container.url.replace(/\?.*$/, ''),
            credentialHint: CREDENTIAL_HINT,
        });
    }
    async put(key, body, opts = {}) {
        const blob = this.blob(key, true);
        const { signal } = opts;
        let size;
        try {
            size = await uploadBlocks(blob, body, {
                blockSize: this.settings.blockSize,
                concurrency: this.settings.concurrency,
                headers: opts.contentType ? { blobContentType: opts.contentType } : undefined,
                tier: this.settings.tier,
                signal,
            });
        }
        catch (err) {
            if (err instanceof AzureBodyError)
                throw err.original;
            if (signal?.aborted)
                throw (0,streams/* abortError */.v)(signal);
            throw this.fail(err, 'put', key);
        }
        return { key, size, modified: new Date() };
    }
    /**
     * Creates `key` only if no blob has it: Put Blob with `If-None-Match: *`,
     * which Azure (and Azurite) refuse with 409 BlobAlreadyExists when it exists.
     */
    async putIfAbsent(key, body) {
        try {
            await this.blob(key).upload(body, body.length, {
                conditions: { ifNoneMatch: '*' },
                blobHTTPHeaders: { blobContentType: 'application/json' },
                tier: this.settings.tier,
            });
            return true;
        }
        catch (err) {
            const { status, code } = (0,storage_errors/* failureFacts */._2)(err);
            if (status === 409 || status === 412 || code === 'BlobAlreadyExists' || code === 'ConditionNotMet')
                return (0,storage/* holdsBytes */.gt)(this, key, body);
            if (status === 404 && code !== 'ContainerNotFound')
                await this.isMissingBlob(err, 'put', key);
            throw this.fail(err, 'put', key);
        }
    }
    async get(key) {
        try {
            // The SDK's download stream resumes at the byte it stopped when a connection drops.
            const res = await this.blob(key).download(0, undefined, { maxRetryRequests: 5 });
            if (!res.readableStreamBody)
                throw new Error('download returned no body');
            return res.readableStreamBody;
        }
        catch (err) {
            if (await this.isMissingBlob(err, 'get', key))
                throw new storage/* NotFoundError */.m_(this.location, key);
            throw this.fail(err, 'get', key);
        }
    }
    async stat(key) {
        try {
            const p = await this.blob(key).getProperties();
            return { key, size: p.contentLength ?? 0, modified: p.lastModified };
        }
        catch (err) {
            if (await this.isMissingBlob(err, 'stat', key))
                return undefined;
            throw this.fail(err, 'stat', key);
        }
    }
    /** A 404 is a missing blob unless the container is missing; HEAD answers have no body, so ask once. */
    async isMissingBlob(err, op, key) {
        const { status, code } = (0,storage_errors/* failureFacts */._2)(err);
        if (status !== 404 || code === 'ContainerNotFound')
            return false;
        if (!this.containerChecked) {
            let exists = true;
            try {
                exists = await this.container.exists();
            }
            catch (e) {
                if ((0,storage_errors/* failureFacts */._2)(e).status !== 403)
                    throw this.fail(e, op, key);
            }
            if (!exists)
                throw this.fail(Object.assign(new Error('ContainerNotFound'), { name: 'ContainerNotFound' }), op, key);
            this.containerChecked = true;
        }
        return true;
    }
    async *list(prefix) {
        const root = this.settings.prefix;
        try {
            const pages = this.container.listBlobsFlat({ prefix: root + prefix }).byPage({ maxPageSize: this.settings.listPageSize });
            for await (const page of pages) {
                for (const item of page.segment.blobItems) {
                    if (!item.name.startsWith(root))
                        continue;
                    yield { key: item.name.slice(root.length), size: item.properties.contentLength ?? 0, modified: item.properties.lastModified };
                }
            }
        }
        catch (err) {
            throw this.fail(err, 'list', prefix || undefined);
        }
    }
    async delete(key) {
        try {
            await this.blob(key).deleteIfExists();
        }
        catch (err) {
            throw this.fail(err, 'delete', key);
        }
    }
}
async function openAzure(url, raw, opts, env = process.env) {
    const settings = azureSettings(url, raw, opts, env);
    // Staged blocks are retried by the SDK (the only layer that can: the block
    // is in memory, the stream is not); everything else by the retry decorator,
    // so a dead endpoint is reported in seconds, not after 5 × 4 tries.
    const uploads = await serviceClient(settings, env, 5);
    const ops = await serviceClient(settings, env, 1);
    return new AzureStorage(settings, ops.getContainerClient(settings.container), uploads.getContainerClient(settings.container));
}


/***/ }),

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
