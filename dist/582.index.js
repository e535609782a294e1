export const id = 582;
export const ids = [582];
export const modules = {

/***/ 36582:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AZURE_TIERS: () => (/* binding */ AZURE_TIERS),
/* harmony export */   AzureStorage: () => (/* binding */ AzureStorage),
/* harmony export */   azureSettings: () => (/* binding */ azureSettings),
/* harmony export */   openAzure: () => (/* binding */ openAzure)
/* harmony export */ });
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _azure_storage_blob__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70728);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _util_redact_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(50767);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4910);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(40959);
/* harmony import */ var _storage_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(32912);
/* harmony import */ var _streams_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(50664);








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
    const { container, prefix, location } = (0,_options_js__WEBPACK_IMPORTED_MODULE_5__/* .parseContainerUrl */ .cp)(url, raw, 'azblob://container/prefix', 'container', /^(?=.{3,63}$)[a-z0-9](?:[a-z0-9]|-(?!-))*[a-z0-9]$/, '3-63 lower-case letters, digits and single hyphens');
    const account = (0,_options_js__WEBPACK_IMPORTED_MODULE_5__/* .optString */ .$2)(opts, 'azureAccount') ?? env.AZURE_STORAGE_ACCOUNT;
    const optEndpoint = (0,_options_js__WEBPACK_IMPORTED_MODULE_5__/* .optString */ .$2)(opts, 'azureEndpoint');
    let auth;
    if (env.AZURE_STORAGE_CONNECTION_STRING && !(0,_options_js__WEBPACK_IMPORTED_MODULE_5__/* .optString */ .$2)(opts, 'azureAccount'))
        auth = { kind: 'connection-string' };
    else if (!account) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`storage URL '${location}': no Azure storage account; set AZURE_STORAGE_CONNECTION_STRING, or AZURE_STORAGE_ACCOUNT (or the azureAccount option) with a key, a SAS token or an Azure login`);
    }
    else if (env.AZURE_STORAGE_KEY)
        auth = { kind: 'shared-key', account };
    else if (env.AZURE_STORAGE_SAS_TOKEN)
        auth = { kind: 'sas', account };
    else
        auth = { kind: 'default-credential', account };
    if (auth.kind !== 'connection-string' && !/^[a-z0-9]{3,24}$/.test(auth.account)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`azure account '${auth.account}': expected 3-24 lower-case letters and digits`);
    }
    return {
        container,
        prefix,
        location,
        auth,
        endpoint: optEndpoint ? (0,_options_js__WEBPACK_IMPORTED_MODULE_5__/* .endpointUrl */ .Pb)(optEndpoint, 'storage option azureEndpoint') : undefined,
        tier: (0,_options_js__WEBPACK_IMPORTED_MODULE_5__/* .optEnum */ .LQ)(opts, 'azureAccessTier', AZURE_TIERS),
        // 50000 blocks of the default 8 MiB allow objects up to 390 GiB.
        blockSize: (0,_options_js__WEBPACK_IMPORTED_MODULE_5__/* .optInt */ .fM)(opts, 'azureBlockSize', 1 * MiB, 4000 * MiB, true) ?? 8 * MiB,
        concurrency: (0,_options_js__WEBPACK_IMPORTED_MODULE_5__/* .optInt */ .fM)(opts, 'azureConcurrency', 1, 64) ?? 4,
        listPageSize: (0,_options_js__WEBPACK_IMPORTED_MODULE_5__/* .optInt */ .fM)(opts, 'listPageSize', 1, 5000),
    };
}
async function serviceClient(s, env, maxTries) {
    const pipelineOptions = { retryOptions: { maxTries, retryDelayInMs: 500, maxRetryDelayInMs: 15_000 } };
    const auth = s.auth;
    if (auth.kind === 'connection-string') {
        const cs = env.AZURE_STORAGE_CONNECTION_STRING;
        for (const m of cs.matchAll(/(?:AccountKey|SharedAccessSignature)=([^;]+)/gi))
            (0,_util_redact_js__WEBPACK_IMPORTED_MODULE_3__/* .registerSecret */ .c)(m[1]);
        try {
            return _azure_storage_blob__WEBPACK_IMPORTED_MODULE_1__/* .BlobServiceClient */ .wS.fromConnectionString(cs, pipelineOptions);
        }
        catch {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb('AZURE_STORAGE_CONNECTION_STRING: not a valid connection string (expected AccountName=…;AccountKey=… or BlobEndpoint=…;SharedAccessSignature=…)');
        }
    }
    const endpoint = s.endpoint ?? `https://${auth.account}.blob.core.windows.net`;
    if (auth.kind === 'shared-key') {
        (0,_util_redact_js__WEBPACK_IMPORTED_MODULE_3__/* .registerSecret */ .c)(env.AZURE_STORAGE_KEY);
        let cred;
        try {
            cred = new _azure_storage_blob__WEBPACK_IMPORTED_MODULE_1__/* .StorageSharedKeyCredential */ .Z3(auth.account, env.AZURE_STORAGE_KEY);
        }
        catch {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb('AZURE_STORAGE_KEY: not a valid account key (expected the base64 key from the portal)');
        }
        return new _azure_storage_blob__WEBPACK_IMPORTED_MODULE_1__/* .BlobServiceClient */ .wS(endpoint, cred, pipelineOptions);
    }
    if (auth.kind === 'sas') {
        const sas = env.AZURE_STORAGE_SAS_TOKEN.replace(/^\?/, '');
        (0,_util_redact_js__WEBPACK_IMPORTED_MODULE_3__/* .registerSecret */ .c)(sas);
        return new _azure_storage_blob__WEBPACK_IMPORTED_MODULE_1__/* .BlobServiceClient */ .wS(`${endpoint}?${sas}`, undefined, pipelineOptions);
    }
    // Loaded only here: @azure/identity is large and most users never need it.
    const { DefaultAzureCredential } = await Promise.all(/* import() */[__webpack_require__.e(324), __webpack_require__.e(211)]).then(__webpack_require__.bind(__webpack_require__, 73016));
    return new _azure_storage_blob__WEBPACK_IMPORTED_MODULE_1__/* .BlobServiceClient */ .wS(endpoint, new DefaultAzureCredential(), pipelineOptions);
}
/**
 * `azblob://container/prefix` on Azure Blob Storage. A put stages blocks of
 * `blockSize` from the stream (at most `concurrency` in memory) and commits the
 * block list only when the stream has ended and every block is staged, so a
 * failed or aborted put leaves the blob as it was. Its staged blocks stay
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
        return (forUpload ? this.uploadContainer : this.container).getBlockBlobClient(this.settings.prefix + (0,_storage_js__WEBPACK_IMPORTED_MODULE_6__/* .checkKey */ .yR)(key));
    }
    fail(err, op, key) {
        return (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .storageError */ .QX)(err, {
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
        if (signal?.aborted)
            throw (0,_streams_js__WEBPACK_IMPORTED_MODULE_7__/* .abortError */ .vt)(signal);
        const counter = new _streams_js__WEBPACK_IMPORTED_MODULE_7__/* .ByteCounter */ .P$();
        let bodyError;
        let failed = false;
        (0,node_stream__WEBPACK_IMPORTED_MODULE_0__.pipeline)(body, counter, (err) => {
            if (err && !failed)
                bodyError ??= err;
        });
        // The SDK does not pass the signal to staged blocks; ending the body with an
        // error makes it stop before committing anything.
        const onAbort = () => counter.destroy((0,_streams_js__WEBPACK_IMPORTED_MODULE_7__/* .abortError */ .vt)(signal));
        signal?.addEventListener('abort', onAbort, { once: true });
        try {
            await blob.uploadStream(counter, this.settings.blockSize, this.settings.concurrency, {
                abortSignal: signal,
                blobHTTPHeaders: opts.contentType ? { blobContentType: opts.contentType } : undefined,
                tier: this.settings.tier,
            });
        }
        catch (err) {
            failed = true;
            // On a block failure the SDK only pauses the body; end it so the producer upstream stops too.
            counter.destroy();
            if (signal?.aborted)
                throw (0,_streams_js__WEBPACK_IMPORTED_MODULE_7__/* .abortError */ .vt)(signal);
            if (bodyError)
                throw bodyError;
            throw this.fail(err, 'put', key);
        }
        finally {
            signal?.removeEventListener('abort', onAbort);
        }
        return { key, size: counter.bytes, modified: new Date() };
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
                throw new _storage_js__WEBPACK_IMPORTED_MODULE_6__/* .NotFoundError */ .m_(this.location, key);
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
        const { status, code } = (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .failureFacts */ ._2)(err);
        if (status !== 404 || code === 'ContainerNotFound')
            return false;
        if (!this.containerChecked) {
            let exists = true;
            try {
                exists = await this.container.exists();
            }
            catch (e) {
                if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .failureFacts */ ._2)(e).status !== 403)
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
        return new StorageError(`${where} failed: cannot resolve the endpoint host${ctx.endpoint ? ` of ${ctx.endpoint}` : ''} (ENOTFOUND)`, false, { cause: err });
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

/***/ 40959:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $2: () => (/* binding */ optString),
/* harmony export */   LQ: () => (/* binding */ optEnum),
/* harmony export */   Pb: () => (/* binding */ endpointUrl),
/* harmony export */   S5: () => (/* binding */ optBool),
/* harmony export */   cp: () => (/* binding */ parseContainerUrl),
/* harmony export */   fM: () => (/* binding */ optInt)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _util_redact_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(50767);
/* harmony import */ var _util_format_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(32693);



/**
 * Readers for StorageOptions values, which arrive as strings (action inputs,
 * CLI flags, bakup.yml) or already typed (library use). Each failure names the
 * option and what it expects.
 */
function optString(opts, name) {
    const v = opts[name];
    if (v === undefined || v === null)
        return undefined;
    if (typeof v !== 'string')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`storage option ${name}: expected text, got ${typeof v}`);
    const t = v.trim();
    return t === '' ? undefined : t;
}
function optEnum(opts, name, allowed) {
    const v = optString(opts, name);
    if (v === undefined)
        return undefined;
    const hit = allowed.find((a) => a.toLowerCase() === v.toLowerCase());
    if (!hit)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`storage option ${name}: expected one of ${allowed.join(', ')}, got '${(0,_util_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E)(v)}'`);
    return hit;
}
/** An integer, or for `size` a byte count with an optional unit (`16MiB`, `8m`). */
function optInt(opts, name, min, max, size = false) {
    const v = opts[name];
    if (v === undefined || v === null || v === '')
        return undefined;
    let n = NaN;
    if (typeof v === 'number')
        n = v;
    else if (typeof v === 'string') {
        const t = v.trim();
        if (size)
            n = (0,_util_format_js__WEBPACK_IMPORTED_MODULE_2__/* .parseSize */ .DB)(t) ?? NaN;
        else if (/^\d+$/.test(t))
            n = Number(t);
    }
    if (!Number.isInteger(n) || n < min || n > max) {
        const expect = size ? `a size from ${min} to ${max} bytes (units KiB, MiB, GiB allowed)` : `an integer from ${min} to ${max}`;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`storage option ${name}: expected ${expect}, got '${String(v)}'`);
    }
    return n;
}
function optBool(opts, name) {
    const v = opts[name];
    if (v === undefined || v === null || v === '')
        return undefined;
    if (typeof v === 'boolean')
        return v;
    if (typeof v === 'string' && /^(true|yes|1|on)$/i.test(v.trim()))
        return true;
    if (typeof v === 'string' && /^(false|no|0|off)$/i.test(v.trim()))
        return false;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`storage option ${name}: expected true or false, got '${String(v)}'`);
}
/** An http(s) URL for a custom endpoint; named `what` in errors (an option or an env variable). */
function endpointUrl(value, what) {
    let u;
    try {
        u = new URL(value);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${what}: expected an http(s) URL such as http://127.0.0.1:9000, got '${(0,_util_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E)(value)}'`);
    }
    if (u.protocol !== 'http:' && u.protocol !== 'https:') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${what}: expected an http(s) URL such as http://127.0.0.1:9000, got '${(0,_util_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E)(value)}'`);
    }
    if (u.username || u.password)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${what}: credentials in an endpoint URL are not read; use the SDK's credential variables`);
    return value.replace(/\/+$/, '');
}
/**
 * Parses `s3://bucket/some/prefix`, `gs://…`, `azblob://…`. Credentials,
 * ports, query strings and empty path segments are refused: they would be
 * silently ignored or mean something else on another store.
 */
function parseContainerUrl(url, raw, form, containerWord, namePattern, nameRule) {
    const shown = (0,_util_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E)(raw);
    if (url.username || url.password) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`storage URL '${shown}': credentials in the URL are not read; see docs/STORAGE.md for where ${form.split(':')[0]} credentials come from`);
    }
    if (url.port)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`storage URL '${shown}': a port is not part of ${form}; set the endpoint option instead`);
    if (url.search || url.hash)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`storage URL '${shown}': unexpected '${url.search ? '?' : '#'}…'; expected ${form}`);
    let container;
    let path;
    try {
        container = decodeURIComponent(url.hostname);
        path = decodeURIComponent(url.pathname);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`storage URL '${shown}': invalid percent-encoding; expected ${form}`);
    }
    if (!container)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`storage URL '${shown}': no ${containerWord} name; expected ${form}`);
    if (!namePattern.test(container))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`storage URL '${shown}': '${container}' is not a valid ${containerWord} name (${nameRule})`);
    // One leading and one trailing slash are syntax; any other empty part is a typo.
    const segments = path.replace(/^\//, '').replace(/\/$/, '');
    // The URL parser already folded '.' and '..' away; look at what was typed.
    const typedPath = raw.trim().replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '').replace(/[?#].*$/, '');
    const dotted = typedPath.split('/').some((s) => s === '.' || s === '..' || /^(%2e|\.){1,2}$/i.test(s));
    if (dotted || (segments !== '' && segments.split('/').some((s) => s === '' || s === '.' || s === '..'))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`storage URL '${shown}': the prefix has empty, '.' or '..' parts; expected ${form}`);
    }
    const prefix = segments ? `${segments}/` : '';
    return { container, prefix, location: `${url.protocol}//${container}${segments ? `/${segments}` : ''}` };
}


/***/ }),

/***/ 50664:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jf: () => (/* binding */ resumableRead),
/* harmony export */   P$: () => (/* binding */ ByteCounter),
/* harmony export */   vt: () => (/* binding */ abortError)
/* harmony export */ });
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_0__);

/** Counts the bytes that pass, so a put can report the size without asking the store again. */
class ByteCounter extends node_stream__WEBPACK_IMPORTED_MODULE_0__.Transform {
    bytes = 0;
    constructor() {
        super({ highWaterMark: 1 << 20 });
    }
    _transform(chunk, _enc, cb) {
        this.bytes += chunk.length;
        cb(null, chunk);
    }
}
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
