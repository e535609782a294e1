export const id = 107;
export const ids = [107];
export const modules = {

/***/ 81107:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ArtifactStorage: () => (/* binding */ ArtifactStorage),
/* harmony export */   artifactSettings: () => (/* binding */ artifactSettings),
/* harmony export */   openArtifact: () => (/* binding */ openArtifact)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);
/* harmony import */ var _util_redact_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(50767);
/* harmony import */ var _local_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(72922);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(40959);
/* harmony import */ var _storage_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(32912);








/** Characters GitHub refuses in artifact file paths (NTFS limits); refused at put time, not at upload. */
const BAD_PATH_CHARS = /[":<>|*?\r\n]/;
function artifactSettings(url, raw, opts, env = process.env) {
    const { container: name, prefix, location } = (0,_options_js__WEBPACK_IMPORTED_MODULE_6__/* .parseContainerUrl */ .cp)(url, raw, 'artifact://name', 'artifact', /^[^":<>|*?\\/\r\n]{1,255}$/, 'no " : < > | * ? \\ / or line breaks');
    const runId = (0,_options_js__WEBPACK_IMPORTED_MODULE_6__/* .optInt */ .fM)(opts, 'artifactRunId', 1, Number.MAX_SAFE_INTEGER);
    let findBy;
    if (runId !== undefined) {
        const token = env.GITHUB_TOKEN;
        const repo = (0,_options_js__WEBPACK_IMPORTED_MODULE_6__/* .optString */ .$2)(opts, 'artifactRepository') ?? env.GITHUB_REPOSITORY;
        // The values given first, then what the environment must supply.
        const m = repo ? /^([^/\s]+)\/([^/\s]+)$/.exec(repo) : null;
        if (!m)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`${(0,_options_js__WEBPACK_IMPORTED_MODULE_6__/* .optionLabel */ .ed)(opts, 'artifactRepository')}: expected owner/name (or GITHUB_REPOSITORY), got '${repo ?? ''}'`);
        if (!token)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`${(0,_options_js__WEBPACK_IMPORTED_MODULE_6__/* .optionLabel */ .ed)(opts, 'artifactRunId')}: reading another run's artifact needs GITHUB_TOKEN (with actions:read) in the environment`);
        (0,_util_redact_js__WEBPACK_IMPORTED_MODULE_4__/* .registerSecret */ .c)(token);
        findBy = { token, workflowRunId: runId, repositoryOwner: m[1], repositoryName: m[2] };
    }
    return {
        name,
        prefix,
        location,
        retentionDays: (0,_options_js__WEBPACK_IMPORTED_MODULE_6__/* .optInt */ .fM)(opts, 'artifactRetentionDays', 1, 90),
        stagingParent: (0,_options_js__WEBPACK_IMPORTED_MODULE_6__/* .optString */ .$2)(opts, 'artifactStagingDir') ?? env.RUNNER_TEMP ?? node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir(),
        stagingLabel: (0,_options_js__WEBPACK_IMPORTED_MODULE_6__/* .optString */ .$2)(opts, 'artifactStagingDir') ? (0,_options_js__WEBPACK_IMPORTED_MODULE_6__/* .optionLabel */ .ed)(opts, 'artifactStagingDir') : undefined,
        findBy,
    };
}
/**
 * `artifact://name`: a GitHub Actions workflow artifact. Artifacts are
 * immutable and uploaded as a whole, so puts are staged in a local folder and
 * close() uploads that folder as one artifact (stored zipped, level 0: backup
 * data is already compressed). Reads serve staged objects first, then the
 * artifact of this run (or of `artifactRunId`), downloaded once into a
 * temporary folder. Artifacts expire after at most 90 days: a convenience copy,
 * never the only backup.
 */
class ArtifactStorage {
    settings;
    clientFactory;
    env;
    location;
    staging;
    staged = 0;
    remote;
    downloadDir;
    closed = false;
    constructor(settings, clientFactory = defaultClient, env = process.env) {
        this.settings = settings;
        this.clientFactory = clientFactory;
        this.env = env;
        this.location = settings.location;
    }
    /** Where staged objects live until close(); created on first put. */
    get stagingDir() {
        return this.staging?.dir;
    }
    async stage() {
        if (this.closed)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .OperationalError */ .LE(`${this.location}: already uploaded; artifacts are immutable`);
        if (!this.staging) {
            let dir;
            try {
                await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir(this.settings.stagingParent, { recursive: true });
                dir = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp(node_path__WEBPACK_IMPORTED_MODULE_2__.join(this.settings.stagingParent, 'bakup-artifact-'));
            }
            catch (err) {
                const what = `cannot make a staging folder in '${this.settings.stagingParent}' (${err.code ?? (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(err)})`;
                if (this.settings.stagingLabel)
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`${this.settings.stagingLabel}: ${what}`);
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .OperationalError */ .LE(`${this.location}: ${what}`);
            }
            this.staging = { dir, store: new _local_js__WEBPACK_IMPORTED_MODULE_5__/* .LocalStorage */ .D(dir) };
        }
        return this.staging.store;
    }
    inArtifact(key) {
        (0,_storage_js__WEBPACK_IMPORTED_MODULE_7__/* .checkKey */ .yR)(key);
        if (BAD_PATH_CHARS.test(key)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`${this.location}: key '${key}' has a character GitHub artifacts refuse (" : < > | * ? or a line break)`);
        }
        return this.settings.prefix + key;
    }
    /** The already-uploaded artifact, downloaded once; undefined when there is none to read. */
    readRemote() {
        this.remote ??= (async () => {
            const onActions = !!this.env.ACTIONS_RUNTIME_TOKEN && !!this.env.ACTIONS_RESULTS_URL;
            if (!onActions && !this.settings.findBy)
                return undefined;
            const client = await this.clientFactory();
            const find = this.settings.findBy ? { findBy: this.settings.findBy } : undefined;
            let id;
            try {
                id = (await client.getArtifact(this.settings.name, find)).artifact.id;
            }
            catch (err) {
                if (err instanceof Error && err.name === 'ArtifactNotFoundError')
                    return undefined;
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .OperationalError */ .LE(`${this.location}: cannot look up the artifact: ${(0,_util_redact_js__WEBPACK_IMPORTED_MODULE_4__/* .redact */ .E)(firstLine(err))}`, { cause: err });
            }
            this.downloadDir = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp(node_path__WEBPACK_IMPORTED_MODULE_2__.join(this.settings.stagingParent, 'bakup-artifact-dl-'));
            try {
                await client.downloadArtifact(id, { path: this.downloadDir, ...find });
            }
            catch (err) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .OperationalError */ .LE(`${this.location}: cannot download artifact ${id}: ${(0,_util_redact_js__WEBPACK_IMPORTED_MODULE_4__/* .redact */ .E)(firstLine(err))}`, { cause: err });
            }
            return new _local_js__WEBPACK_IMPORTED_MODULE_5__/* .LocalStorage */ .D(this.downloadDir);
        })();
        return this.remote;
    }
    async put(key, body, opts) {
        const full = this.inArtifact(key);
        const info = await (await this.stage()).put(full, body, opts);
        this.staged++;
        return { ...info, key };
    }
    async get(key) {
        const full = this.inArtifact(key);
        if (this.staging && (await this.staging.store.stat(full)))
            return this.staging.store.get(full);
        const remote = await this.readRemote();
        if (remote && (await remote.stat(full)))
            return remote.get(full);
        throw new _storage_js__WEBPACK_IMPORTED_MODULE_7__/* .NotFoundError */ .m_(this.location, key);
    }
    async stat(key) {
        const full = this.inArtifact(key);
        const hit = (await this.staging?.store.stat(full)) ?? (await (await this.readRemote())?.stat(full));
        return hit ? { ...hit, key } : undefined;
    }
    async *list(prefix) {
        const root = this.settings.prefix;
        const seen = new Set();
        for (const store of [this.staging?.store, await this.readRemote()]) {
            if (!store)
                continue;
            for await (const info of store.list(root + prefix)) {
                const key = info.key.slice(root.length);
                if (seen.has(key))
                    continue;
                seen.add(key);
                yield { ...info, key };
            }
        }
    }
    async delete(key) {
        const full = this.inArtifact(key);
        if (this.staging) {
            if (await this.staging.store.stat(full))
                this.staged--;
            await this.staging.store.delete(full);
        }
        const remote = await this.readRemote();
        if (remote && (await remote.stat(full))) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .OperationalError */ .LE(`${this.location}: cannot delete '${key}': a GitHub artifact is immutable and is removed only when its retention (at most 90 days) ends`);
        }
    }
    /**
     * Uploads everything staged as one artifact, then removes the local copies.
     * Nothing staged: nothing uploaded. `discard` (a failed backup) removes the
     * staged files without uploading them.
     */
    async close(outcome = 'commit') {
        if (this.closed)
            return;
        this.closed = true;
        try {
            if (outcome === 'commit' && this.staging && this.staged > 0)
                await this.upload(this.staging.dir);
            if (this.staging)
                await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm(this.staging.dir, { recursive: true, force: true });
        }
        finally {
            if (this.downloadDir)
                await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm(this.downloadDir, { recursive: true, force: true });
        }
    }
    async upload(dir) {
        if (!this.env.ACTIONS_RUNTIME_TOKEN || !this.env.ACTIONS_RESULTS_URL) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .OperationalError */ .LE(`${this.location}: uploading an artifact needs a GitHub Actions job (ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are not set); the staged files are left in ${dir}`);
        }
        const files = [];
        for await (const info of new _local_js__WEBPACK_IMPORTED_MODULE_5__/* .LocalStorage */ .D(dir).list(''))
            files.push(node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, ...info.key.split('/')));
        const client = await this.clientFactory();
        try {
            await client.uploadArtifact(this.settings.name, files, dir, { retentionDays: this.settings.retentionDays, compressionLevel: 0 });
        }
        catch (err) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .OperationalError */ .LE(`${this.location}: artifact upload failed: ${(0,_util_redact_js__WEBPACK_IMPORTED_MODULE_4__/* .redact */ .E)(firstLine(err))}; the staged files are left in ${dir}`, { cause: err });
        }
    }
}
function firstLine(err) {
    return (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(err).split('\n')[0].trim();
}
async function defaultClient() {
    const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(830), __webpack_require__.e(669), __webpack_require__.e(728), __webpack_require__.e(659), __webpack_require__.e(754), __webpack_require__.e(888)]).then(__webpack_require__.bind(__webpack_require__, 37888));
    return new DefaultArtifactClient();
}
async function openArtifact(url, raw, opts) {
    const settings = artifactSettings(url, raw, opts);
    // A staging folder given that cannot be one is a usage error, said before any work starts.
    if (settings.stagingLabel) {
        const st = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat(settings.stagingParent).catch(() => undefined);
        if (st && !st.isDirectory())
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`${settings.stagingLabel}: '${settings.stagingParent}' is not a folder`);
    }
    return new ArtifactStorage(settings);
}


/***/ })

};
