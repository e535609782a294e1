export const id = 741;
export const ids = [741];
export const modules = {

/***/ 3741:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  N8N_ARTIFACT: () => (/* binding */ N8N_ARTIFACT),
  N8N_LAYOUT: () => (/* binding */ N8N_LAYOUT),
  N8nSource: () => (/* binding */ N8nSource),
  readJsonDir: () => (/* binding */ readJsonDir)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/pipeline/buffers.ts
var buffers = __webpack_require__(51189);
// EXTERNAL MODULE: ./src/version.ts
var src_version = __webpack_require__(311);
// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(58500);
// EXTERNAL MODULE: ./src/util/redact.ts
var redact = __webpack_require__(50767);
;// CONCATENATED MODULE: ./src/sources/n8n/api.ts



/** An HTTP answer other than success; callers treat some (403/404 for unlicensed features) as facts, not failures. */
class N8nHttpError extends errors/* OperationalError */.LE {
    status;
    constructor(message, status) {
        super(message);
        this.status = status;
    }
}
const RETRYABLE_STATUS = new Set([429, 502, 503, 504]);
const FATAL_NET = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'CERT_HAS_EXPIRED', 'DEPTH_ZERO_SELF_SIGNED_CERT', 'ERR_TLS_CERT_ALTNAME_INVALID', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'SELF_SIGNED_CERT_IN_CHAIN']);
const PAGE_LIMIT = 250;
function netCode(err) {
    let e = err;
    for (let i = 0; i < 4 && e; i++) {
        const code = e.code;
        if (typeof code === 'string')
            return code;
        e = e.cause;
    }
    return undefined;
}
/**
 * The n8n public API (`/api/v1`, header X-N8N-API-KEY, cursor pagination).
 * Every failure becomes one line naming the instance and what to check; the
 * key itself is registered as a secret and never printed.
 */
class N8nApi {
    root;
    key;
    display;
    timeoutMs;
    signal;
    api;
    constructor(root, key, display, timeoutMs = 60_000, signal) {
        this.root = root;
        this.key = key;
        this.display = display;
        this.timeoutMs = timeoutMs;
        this.signal = signal;
        this.api = `${root}/api/v1`;
    }
    url(path, query) {
        const u = new URL(`${this.api}${path}`);
        for (const [k, v] of Object.entries(query ?? {}))
            if (v !== undefined)
                u.searchParams.set(k, String(v));
        return u.toString();
    }
    async request(method, path, opts = {}) {
        const idempotent = method !== 'POST' || !!opts.idempotent;
        for (let attempt = 1;; attempt++) {
            const signals = [AbortSignal.timeout(this.timeoutMs), ...(this.signal ? [this.signal] : [])];
            let res;
            try {
                res = await fetch(this.url(path, opts.query), {
                    method,
                    headers: {
                        'X-N8N-API-KEY': this.key,
                        accept: 'application/json',
                        ...(opts.body !== undefined ? { 'content-type': 'application/json' } : {}),
                    },
                    body: opts.body !== undefined ? JSON.stringify(opts.body) : undefined,
                    signal: AbortSignal.any(signals),
                });
            }
            catch (err) {
                if (this.signal?.aborted)
                    throw err;
                const code = netCode(err) ?? (err.name === 'TimeoutError' ? 'timeout' : undefined);
                if (idempotent && attempt < 3 && !FATAL_NET.has(code ?? '')) {
                    await (0,external_node_timers_promises_.setTimeout)(500 * 2 ** (attempt - 1));
                    continue;
                }
                const cause = err.cause;
                const why = code === 'timeout' ? `no answer within ${Math.round(this.timeoutMs / 1000)} s` : (code ?? (cause ? (0,errors/* errorMessage */.gJ)(cause) : (0,errors/* errorMessage */.gJ)(err)));
                throw new errors/* OperationalError */.LE(`n8n at ${this.display} is not answering (${method} ${path}: ${why}); check the URL and that n8n runs`);
            }
            // n8n answers 409 "… try again in a few moments" while it finishes deactivating a workflow.
            const busy = res.status === 409 && attempt < 6 && /try again/i.test(await res.clone().text());
            if (busy || (RETRYABLE_STATUS.has(res.status) && idempotent && attempt < 3)) {
                await res.body?.cancel();
                await (0,external_node_timers_promises_.setTimeout)(500 * 2 ** (attempt - 1));
                continue;
            }
            const text = await res.text();
            const json = (res.headers.get('content-type') ?? '').includes('json');
            let data;
            if (json && text) {
                try {
                    data = JSON.parse(text);
                }
                catch {
                    data = undefined;
                }
            }
            if (res.ok && json)
                return { status: res.status, data: data };
            if (opts.allow?.includes(res.status))
                return { status: res.status, data: data };
            const detail = (0,redact/* redact */.E)((data && typeof data === 'object' && 'message' in data ? String(data.message) : text.trim().startsWith('<') ? 'an HTML page' : text.trim())
                .replace(/\s+/g, ' ')
                .slice(0, 300));
            if (res.status === 401) {
                throw new errors/* UsageError */.eb(`n8n at ${this.display} refused the API key (401 ${detail || 'Unauthorized'}): it is wrong, expired or revoked; check N8N_API_KEY / --n8n-api-key`);
            }
            if (res.ok && !json) {
                throw new errors/* UsageError */.eb(`${this.display} answered ${method} ${path} with ${detail || 'something else than JSON'}: no n8n public API at ${this.api} (wrong base path, or N8N_PUBLIC_API_DISABLED=true)`);
            }
            throw new N8nHttpError(`n8n at ${this.display}: ${method} ${path} failed (${res.status} ${detail || res.statusText})`, res.status);
        }
    }
    async get(path, query) {
        return (await this.request('GET', path, { query })).data;
    }
    /**
     * Checks that the instance answers, serves the public API and accepts the key,
     * so every later failure is about data, not about the connection.
     */
    async probe() {
        try {
            await this.get('/workflows', { limit: 1, excludePinnedData: true });
        }
        catch (err) {
            if (err instanceof N8nHttpError && err.status === 404) {
                throw new errors/* UsageError */.eb(`no n8n public API at ${this.api} (404): check the base path and that the API is enabled (N8N_PUBLIC_API_DISABLED)`);
            }
            if (err instanceof N8nHttpError && err.status === 403) {
                throw new errors/* UsageError */.eb(`n8n at ${this.display}: the API key may not list workflows (403); give it the workflow:list and workflow:read scopes`);
            }
            throw err;
        }
    }
    /**
     * Pages of a list endpoint, following `nextCursor`; the next page is fetched
     * while the caller works on the current one. Only one or two pages are held.
     */
    async *pages(path, query = {}) {
        let next = this.get(path, { ...query, limit: PAGE_LIMIT });
        while (next) {
            const page = await next;
            next = page.nextCursor ? this.get(path, { ...query, limit: PAGE_LIMIT, cursor: page.nextCursor }) : undefined;
            // An unawaited prefetch that fails must not become an unhandled rejection if the caller stops early.
            next?.catch(() => undefined);
            yield page.data ?? [];
        }
    }
    async all(path, query = {}) {
        const out = [];
        for await (const page of this.pages(path, query))
            out.push(...page);
        return out;
    }
    /**
     * A list endpoint the license or version may lack (variables, projects,
     * credentials on n8n 1.x): undefined plus the reason instead of an error.
     */
    async optional(path) {
        try {
            return { items: await this.all(path) };
        }
        catch (err) {
            if (err instanceof N8nHttpError && [400, 403, 404, 405].includes(err.status)) {
                return { reason: err.message.replace(/^n8n at \S+: /, '') };
            }
            throw err;
        }
    }
    /**
     * The version n8n announces in its editor page (the release tag of its error
     * reporting config). Best effort: undefined when the page does not say.
     */
    async version() {
        try {
            const res = await fetch(`${this.root}/`, { signal: AbortSignal.timeout(Math.min(this.timeoutMs, 15_000)) });
            const html = await res.text();
            for (const m of html.matchAll(/name="n8n:config:[a-z-]+" content="([A-Za-z0-9+/=]+)"/g)) {
                const decoded = Buffer.from(m[1], 'base64').toString('utf8');
                const v = /"release":"n8n@(\d+\.\d+\.\d+[^"]*)"/.exec(decoded);
                if (v)
                    return v[1];
            }
        }
        catch {
            // The version only guards restores into older instances; not knowing it is not an error.
        }
        return undefined;
    }
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./src/sources/n8n/cli.ts




/**
 * The n8n command on the n8n host (`n8n export:workflow …`), spawned with an
 * argument array. It reads the instance's database and N8N_ENCRYPTION_KEY from
 * its own environment, exactly as the operator's n8n does.
 */
class N8nCli {
    command;
    display;
    timeoutMs;
    signal;
    constructor(command, display, timeoutMs = 600_000, signal) {
        this.command = command;
        this.display = display;
        this.timeoutMs = timeoutMs;
        this.signal = signal;
    }
    /**
     * Runs one n8n subcommand; returns its stdout. Fails with the last lines n8n wrote, redacted, unless
     * what it wrote matches `nothingFound`: n8n's export commands exit 1 on an instance with nothing to
     * export ("No credentials found with specified filters"), which for a backup is an empty export.
     */
    run(args, nothingFound) {
        return new Promise((resolve, reject) => {
            const child = (0,external_node_child_process_.spawn)(this.command, args, {
                stdio: ['ignore', 'pipe', 'pipe'],
                env: { ...process.env, N8N_DIAGNOSTICS_ENABLED: process.env.N8N_DIAGNOSTICS_ENABLED ?? 'false' },
                signal: this.signal,
            });
            // Our own timer, not spawn's `timeout`: Node clears that one only on 'exit', which a command that
            // cannot start (ENOENT) never emits, so the process would stay alive until the timeout.
            let timedOut = false;
            const timer = setTimeout(() => {
                timedOut = true;
                child.kill('SIGTERM');
            }, this.timeoutMs);
            const out = [];
            let outBytes = 0;
            let tail = '';
            child.stdout.on('data', (b) => {
                // Listings (list:workflow) are small; anything bigger is not read into memory.
                if (outBytes < 64 << 20)
                    out.push(b);
                outBytes += b.length;
            });
            child.stderr.on('data', (b) => {
                tail = (tail + b.toString('utf8')).slice(-8192);
            });
            child.on('error', (err) => {
                clearTimeout(timer);
                if ((0,errors/* errorCode */.CA)(err) === 'ENOENT') {
                    reject(new errors/* UsageError */.eb(`${this.display}: the n8n command '${this.command}' was not found; give its path as n8n-cli:/path/to/n8n or --n8n-command`));
                }
                else if ((0,errors/* errorCode */.CA)(err) === 'EACCES') {
                    reject(new errors/* UsageError */.eb(`${this.display}: '${this.command}' is not executable`));
                }
                else {
                    reject(new errors/* OperationalError */.LE(`${this.display}: could not run n8n ${args[0]}: ${(0,redact/* redact */.E)(String(err))}`));
                }
            });
            child.on('close', (code, sig) => {
                clearTimeout(timer);
                const stdout = Buffer.concat(out).toString('utf8');
                if (code === 0)
                    return resolve(stdout);
                if (nothingFound && !timedOut && !sig && code === 1 && nothingFound.test(`${tail}\n${stdout.slice(-4096)}`))
                    return resolve('');
                const lines = `${tail}\n${stdout.slice(-4096)}`
                    .split('\n')
                    .map((l) => l.replace(/\x1b\[[0-9;]*m/g, '').trim())
                    .filter((l) => l && !/^at\s/.test(l));
                const last = [...new Set(lines.slice(-6))].slice(-3);
                const why = last.join(' | ') || (sig ? `killed by ${sig}` : `exit ${code}`);
                reject(new errors/* OperationalError */.LE(`${this.display}: n8n ${args[0]} failed (${timedOut ? `timed out after ${Math.round(this.timeoutMs / 1000)} s` : sig ? `signal ${sig}` : `exit ${code}`}): ${(0,redact/* redact */.E)(why).slice(0, 600)}`));
            });
        });
    }
    /** `n8n export:workflow|credentials` into a folder; an instance with none of them exports nothing. */
    async exportTo(kind, dir, flags = []) {
        const nothing = kind === 'workflow' ? /No workflows found with specified filters/ : /No credentials found with specified filters/;
        await this.run([`export:${kind}`, '--backup', ...flags, `--output=${dir}${external_node_path_.sep}`], nothing);
    }
    async version() {
        const out = await this.run(['--version']);
        return /(\d+\.\d+\.\d+[^\s]*)/.exec(out)?.[1];
    }
    /** Ids of the workflows in the instance (archived ones included: n8n upserts over them too). */
    async workflowIds() {
        const out = await this.run(['list:workflow', '--onlyId']);
        return new Set(out
            .split('\n')
            .map((l) => l.trim())
            .filter((l) => /^[A-Za-z0-9_-]+$/.test(l)));
    }
}

;// CONCATENATED MODULE: ./src/sources/n8n/options.ts


const N8N_FORMS = 'n8n+https://host[:port][/path], n8n+http://… (API mode) or n8n-cli:[/path/to/n8n] (CLI mode)';
/** Parses `n8n+http(s)://host[:port][/base]` and `n8n-cli:[path]`. */
function parseN8nLocation(raw, flag, command) {
    const text = raw.trim();
    const lower = text.toLowerCase();
    if (lower.startsWith('n8n-cli:')) {
        let path = text.slice('n8n-cli:'.length);
        if (path.startsWith('//'))
            path = path.slice(2);
        const cmd = command?.trim() || path || 'n8n';
        return { mode: 'cli', command: cmd, display: `n8n-cli:${cmd}` };
    }
    if (!lower.startsWith('n8n+http://') && !lower.startsWith('n8n+https://')) {
        throw new errors/* UsageError */.eb(`${flag}: '${(0,redact/* redact */.E)(text)}' is not an n8n location; expected ${N8N_FORMS}`);
    }
    let url;
    try {
        url = new URL(text.slice('n8n+'.length));
    }
    catch {
        throw new errors/* UsageError */.eb(`${flag}: '${(0,redact/* redact */.E)(text)}' is not a valid URL; expected ${N8N_FORMS}`);
    }
    if (url.username || url.password) {
        throw new errors/* UsageError */.eb(`${flag}: '${(0,redact/* redact */.E)(text)}' carries credentials; give the API key in N8N_API_KEY or --n8n-api-key instead, URLs end up in logs`);
    }
    if (url.search || url.hash)
        throw new errors/* UsageError */.eb(`${flag}: '${(0,redact/* redact */.E)(text)}' has a query or fragment; expected ${N8N_FORMS}`);
    const base = url.pathname.replace(/\/+$/, '').replace(/\/api\/v1$/, '');
    const root = `${url.protocol}//${url.host}${base}`;
    return { mode: 'api', root, display: `n8n+${root}`, host: url.hostname };
}
function resolveN8nOptions(o, loc) {
    const ids = (o.workflowIds ?? []).map((s) => String(s).trim()).filter(Boolean);
    const tags = (o.tags ?? []).map((s) => s.trim()).filter(Boolean);
    if (o.workflowIds?.length && !ids.length)
        throw new errors/* UsageError */.eb('--workflow: empty workflow id');
    if (o.tags?.length && !tags.length)
        throw new errors/* UsageError */.eb('--tag: empty tag name');
    if (o.include?.length || o.exclude?.length) {
        throw new errors/* UsageError */.eb('--include/--exclude select files; for n8n use --workflow ID, --tag NAME or --active-only');
    }
    let apiKey;
    if (loc.mode === 'api') {
        apiKey = (o.n8nApiKey ?? process.env.N8N_API_KEY ?? '').trim() || undefined;
        (0,redact/* registerSecret */.c)(apiKey);
    }
    if (o.decrypted && loc.mode !== 'cli') {
        throw new errors/* UsageError */.eb(`--decrypted applies to n8n-cli: sources only; the API (${loc.display}) never returns credential secrets`);
    }
    const timeoutMs = o.n8nTimeoutMs;
    if (timeoutMs !== undefined && (!Number.isInteger(timeoutMs) || timeoutMs < 1000)) {
        // Given as a duration (5m, 30s): say it in those terms, not in the milliseconds it was parsed into.
        throw new errors/* UsageError */.eb(`--n8n-timeout: ${timeoutMs} ms is too short; expected a duration of at least 1s (default 5m)`);
    }
    return {
        apiKey,
        selection: { ids: ids.length ? new Set(ids) : undefined, tags: tags.length ? new Set(tags) : undefined, activeOnly: !!o.activeOnly },
        filtered: ids.length > 0 || tags.length > 0 || !!o.activeOnly,
        activate: !!o.activate,
        dryRun: !!o.dryRun,
        decrypted: !!o.decrypted,
        encrypted: !!o.encrypted,
        allowOlderTarget: !!o.allowOlderTarget,
        timeoutMs,
    };
}
/** The API key is needed only when we talk to the API, so a restore from an n8n-cli: URI never asks for one. */
function requireApiKey(o, display) {
    if (!o.apiKey)
        throw new errors/* UsageError */.eb(`${display}: no n8n API key; set N8N_API_KEY or pass --n8n-api-key (n8n: Settings → n8n API)`);
    return o.apiKey;
}

// EXTERNAL MODULE: ./src/sources/files/tar-stream.ts
var tar_stream = __webpack_require__(64366);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/sources/n8n/workflow.ts

function tagNames(wf) {
    return (wf.tags ?? []).map((t) => (typeof t === 'string' ? t : t.name)).sort();
}
/** Archived workflows are n8n's trash: they are neither backed up nor counted. */
function selected(wf, sel) {
    if (wf.isArchived)
        return false;
    if (sel.ids && !sel.ids.has(String(wf.id)))
        return false;
    if (sel.activeOnly && !wf.active)
        return false;
    if (sel.tags && !tagNames(wf).some((t) => sel.tags.has(t)))
        return false;
    return true;
}
function sortKeys(v) {
    if (Array.isArray(v))
        return v.map(sortKeys);
    if (v && typeof v === 'object') {
        const out = {};
        for (const k of Object.keys(v).sort())
            out[k] = sortKeys(v[k]);
        return out;
    }
    return v;
}
/** JSON with sorted keys: the same workflow always gives the same bytes, and two backups diff line by line. */
function canonicalJson(v, pretty = false) {
    return JSON.stringify(sortKeys(v), null, pretty ? 2 : undefined);
}
const SAFE_ID = /^[A-Za-z0-9_-]{1,40}$/;
/** `workflows/<id>-<slug>.json`: stable across backups while the name stays, readable, portable, under tar's 100 bytes. */
function workflowFile(id, name) {
    const safeId = SAFE_ID.test(id) ? id : (0,external_node_crypto_.createHash)('sha256').update(id).digest('hex').slice(0, 16);
    const slug = name
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 40)
        .replace(/-+$/, '');
    return `workflows/${safeId}${slug ? `-${slug}` : ''}.json`;
}
function credentialFile(id) {
    const safeId = SAFE_ID.test(id) ? id : (0,external_node_crypto_.createHash)('sha256').update(id).digest('hex').slice(0, 16);
    return `credentials/${safeId}.json`;
}
/**
 * What a workflow is, independent of where it lives: ids and timestamps that
 * n8n assigns (workflow and node ids, versionId, createdAt/updatedAt), runtime
 * state (staticData) and credential ids (credentials are recreated with new
 * ids) are left out, so a restore into another instance compares equal. So is
 * the active flag: a restore leaves workflows inactive unless told otherwise
 * (activation starts triggers, which a drill's throwaway instance must not do),
 * and that restore is still a faithful one. index.json records who was active.
 */
function normalizeWorkflow(wf) {
    const nodes = (wf.nodes ?? [])
        .map((n) => {
        const { id: _id, createdAt: _c, updatedAt: _u, credentials, ...rest } = n;
        const creds = credentials ? Object.fromEntries(Object.entries(credentials).map(([type, c]) => [type, c?.name ?? null])) : undefined;
        return creds && Object.keys(creds).length ? { ...rest, credentials: creds } : rest;
    })
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const pin = wf.pinData && Object.keys(wf.pinData).length ? wf.pinData : null;
    return {
        name: wf.name,
        nodes,
        connections: wf.connections ?? {},
        settings: wf.settings ?? {},
        pinData: pin,
        tags: tagNames(wf),
    };
}
function workflowDigest(wf) {
    return (0,external_node_crypto_.createHash)('sha256').update(canonicalJson(normalizeWorkflow(wf))).digest('hex');
}
/**
 * Fingerprint of a set of workflows: one digest per workflow, keyed by name
 * (ids change when a restore creates workflows), and one digest over all of
 * them; plus counts.
 */
class WorkflowFingerprint {
    byName = new Map();
    tags = new Set();
    workflows = 0;
    nodes = 0;
    add(wf) {
        const d = workflowDigest(wf);
        const list = this.byName.get(wf.name) ?? [];
        list.push(d);
        this.byName.set(wf.name, list);
        for (const t of tagNames(wf))
            this.tags.add(t);
        this.workflows++;
        this.nodes += wf.nodes?.length ?? 0;
    }
    result() {
        const items = {};
        const all = [];
        for (const name of [...this.byName.keys()].sort()) {
            const digests = this.byName.get(name).sort();
            digests.forEach((d, i) => {
                items[i === 0 ? name : `${name} #${i + 1}`] = { digest: d };
                all.push(d);
            });
        }
        all.sort();
        const digest = (0,external_node_crypto_.createHash)('sha256').update(`n8n/1\n${all.join('\n')}\n`).digest('hex');
        return {
            kind: 'n8n',
            summary: { workflows: this.workflows, nodes: this.nodes, tags: this.tags.size },
            items,
            digest,
        };
    }
}
/** Compares dotted versions (`2.41.1`, `1.0.0-rc.1` → numeric parts only). */
function compareVersions(a, b) {
    const pa = a.split(/[.+-]/).map((x) => parseInt(x, 10));
    const pb = b.split(/[.+-]/).map((x) => parseInt(x, 10));
    for (let i = 0; i < 3; i++) {
        const x = Number.isFinite(pa[i]) ? pa[i] : 0;
        const y = Number.isFinite(pb[i]) ? pb[i] : 0;
        if (x !== y)
            return x < y ? -1 : 1;
    }
    return 0;
}

;// CONCATENATED MODULE: ./src/sources/n8n/restore.ts






function n8nArtifact(manifest, artifacts) {
    const a = artifacts.find((x) => x.record.kind === 'tar' && x.record.name.startsWith('n8n.tar')) ?? artifacts.find((x) => x.record.kind === 'tar');
    if (!a)
        throw new errors/* VerificationError */.mk(`backup ${manifest.id} has no n8n tar artifact`);
    return a;
}
const TAR_FILE_TYPES = new Set(['File', 'OldFile', 'ContiguousFile']);
/**
 * The files of an n8n backup's tar, one at a time with their content (n8n's JSON files are small; one larger than
 * `maxEntry` is refused). Folders and other entries are skipped. The stream is read to its end, so its digest is
 * checked; a damaged archive is a verification failure.
 */
async function* backupFiles(stream, what, maxEntry = 256 << 20) {
    try {
        for await (const e of (0,tar_stream/* tarEntries */.O_)(stream)) {
            const name = e.path.replace(/^(\.\/)+/, '');
            if (!TAR_FILE_TYPES.has(e.type)) {
                await (0,tar_stream/* skipEntry */.wK)(e);
                continue;
            }
            if (e.size > maxEntry)
                throw new errors/* VerificationError */.mk(`${what}: entry '${name}' is ${e.size} bytes, more than the ${maxEntry} this reader accepts`);
            const chunks = [];
            await (0,tar_stream/* readEntry */.hB)(e, (chunk) => void chunks.push(chunk));
            yield { name, body: Buffer.concat(chunks) };
        }
    }
    catch (err) {
        if ((0,errors/* errorCode */.CA)(err)?.startsWith('TAR_'))
            throw new errors/* VerificationError */.mk(`${what}: tar archive is corrupt: ${(0,errors/* errorMessage */.gJ)(err)}`, { cause: err });
        throw err;
    }
}
function parseEntry(body, name) {
    try {
        return JSON.parse(body.toString('utf8'));
    }
    catch {
        throw new errors/* VerificationError */.mk(`backup entry '${name}' is not valid JSON`);
    }
}
/** Refuses a backup made by a newer n8n than the target, whose nodes and settings the target may not know. */
function checkVersions(src, backupVersion, targetVersion, ctx) {
    if (typeof backupVersion !== 'string' || !targetVersion) {
        ctx.log.debug(`n8n versions: backup ${String(backupVersion)}, target ${targetVersion ?? 'unknown'}: not compared`);
        return;
    }
    if (compareVersions(backupVersion, targetVersion) > 0 && !src.o.allowOlderTarget) {
        throw new errors/* UsageError */.eb(`the backup was made with n8n ${backupVersion}, but ${src.location} runs n8n ${targetVersion} (older): its workflows may use nodes or settings the target does not know; upgrade the target or pass --allow-older-target`);
    }
}
/**
 * Pass one: reads the whole artifact (so its checksum is verified before
 * anything is written), decides per workflow, and checks the request against
 * what the backup holds. `onWorkflow` sees each selected workflow.
 */
async function scan(src, manifest, art, onWorkflow, onCredential) {
    const out = { planned: [], skipped: 0, credentialFiles: 0, credentialMeta: [], referenced: new Map(), unrestored: {} };
    const seen = new Set();
    const jobs = new Bounded(API_CONCURRENCY);
    for await (const e of backupFiles(await art.open(), `backup ${manifest.id}`)) {
        if (/^workflows\/[^/]+\.json$/.test(e.name)) {
            const wf = parseEntry(e.body, e.name);
            seen.add(String(wf.id));
            if (!selected(wf, src.o.selection)) {
                out.skipped++;
                continue;
            }
            for (const n of wf.nodes ?? []) {
                for (const [type, c] of Object.entries(n.credentials ?? {}))
                    if (c?.id)
                        out.referenced.set(String(c.id), `'${c.name ?? c.id}' (${type})`);
            }
            const at = out.planned.length;
            out.planned.length++;
            await jobs.run(async () => {
                out.planned[at] = await onWorkflow(wf, e.name);
            });
        }
        else if (/^credentials\/[^/]+\.json$/.test(e.name)) {
            out.credentialFiles++;
            await onCredential?.(e.body, e.name);
        }
        else if (e.name === 'credentials.json') {
            out.credentialMeta = parseEntry(e.body, e.name);
        }
        else if (e.name === 'variables.json' || e.name === 'projects.json') {
            const items = parseEntry(e.body, e.name);
            if (Array.isArray(items) && items.length)
                out.unrestored[e.name.replace('.json', '')] = items.length;
        }
        else if (e.name === 'index.json') {
            out.index = parseEntry(e.body, e.name);
        }
    }
    await jobs.drain();
    const missing = [...(src.o.selection.ids ?? [])].filter((id) => !seen.has(id));
    if (missing.length)
        throw new errors/* UsageError */.eb(`--workflow: no workflow with id '${missing.join("', '")}' in backup ${manifest.id}`);
    return out;
}
function unrestoredNotes(c) {
    return Object.entries(c.unrestored).map(([what, n]) => `${n} ${what} in the backup (${what}.json) are not restored: they depend on the target's license and setup; recreate them from that file if needed`);
}
function dryRunReport(c, credentials, notes) {
    const create = c.planned.filter((p) => !p.exists);
    const update = c.planned.filter((p) => p.exists);
    const list = (ps) => ps.map((p) => `'${p.name}' (${p.id})`).join(', ');
    const warnings = [
        `dry run: nothing was written`,
        ...(create.length ? [`would create ${create.length} workflow(s): ${list(create)}`] : []),
        ...(update.length ? [`would update ${update.length} workflow(s): ${list(update)}`] : []),
        ...(c.skipped ? [`would skip ${c.skipped} workflow(s) not selected by --workflow/--tag/--active-only`] : []),
        ...notes,
    ];
    return { summary: { workflows: c.planned.length, created: create.length, updated: update.length, skipped: c.skipped, credentials }, warnings };
}
/** Runs jobs at most `limit` at a time; the first failure is rethrown by the next run() or by drain(). */
class Bounded {
    limit;
    running = new Set();
    failed = false;
    failure;
    constructor(limit) {
        this.limit = limit;
    }
    async run(job) {
        while (this.running.size >= this.limit)
            await Promise.race(this.running);
        if (this.failed)
            throw this.failure;
        const p = job()
            .catch((e) => {
            if (!this.failed)
                [this.failed, this.failure] = [true, e];
        })
            .finally(() => this.running.delete(p));
        this.running.add(p);
    }
    /** Waits for every job; rethrows the first failure. */
    async drain() {
        while (this.running.size)
            await Promise.all(this.running);
        if (this.failed)
            throw this.failure;
    }
}
/** Workflows written to the API at once: n8n serialises writes, a few in flight hide the round trips. */
const API_CONCURRENCY = 4;
async function mapLimit(items, limit, fn) {
    let next = 0;
    const worker = async () => {
        while (next < items.length)
            await fn(items[next++]);
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
/** The fields n8n's API accepts when writing a workflow. */
function writableBody(wf, withDescription) {
    return {
        name: wf.name,
        nodes: wf.nodes ?? [],
        connections: wf.connections ?? {},
        settings: wf.settings ?? {},
        ...(wf.staticData !== null && wf.staticData !== undefined ? { staticData: wf.staticData } : {}),
        ...(wf.pinData && Object.keys(wf.pinData).length ? { pinData: wf.pinData } : {}),
        ...(Array.isArray(wf.nodeGroups) && wf.nodeGroups.length ? { nodeGroups: wf.nodeGroups } : {}),
        ...(withDescription && typeof wf.description === 'string' && wf.description ? { description: wf.description } : {}),
    };
}
/** Tag names → ids in the target, creating the missing ones (unless dry). */
class TagResolver {
    api;
    byName = new Map();
    created = 0;
    constructor(api) {
        this.api = api;
    }
    async load() {
        this.byName.clear();
        for (const t of await this.api.all('/tags'))
            this.byName.set(t.name, t.id);
    }
    has(name) {
        return this.byName.has(name);
    }
    async ids(names) {
        const out = [];
        for (const name of names) {
            let id = this.byName.get(name);
            if (!id) {
                const r = await this.api.request('POST', '/tags', { body: { name }, allow: [409] });
                if (r.status === 409) {
                    await this.load();
                    id = this.byName.get(name);
                    if (!id)
                        throw new errors/* OperationalError */.LE(`n8n at ${this.api.display}: tag '${name}' exists but is not listed`);
                }
                else {
                    id = r.data.id;
                    this.created++;
                }
                this.byName.set(name, id);
            }
            out.push(id);
        }
        return out;
    }
}
/**
 * API mode: upsert by id (PUT when the id exists in the target, otherwise
 * POST, which assigns a new id that the report maps), then tags, then — only
 * with --activate — activation. Workflows stream from the second pass over
 * the artifact, a few in flight; the first pass has already checked it.
 */
async function restoreApi(src, ctx, manifest, artifacts) {
    const api = src.api(ctx);
    const art = n8nArtifact(manifest, artifacts);
    await api.probe();
    checkVersions(src, art.record.meta?.n8nVersion, await api.version(), ctx);
    const tags = new TagResolver(api);
    await tags.load();
    const plan = new Map();
    const contents = await scan(src, manifest, art, async (wf) => {
        const id = String(wf.id);
        const r = await api.request('GET', `/workflows/${encodeURIComponent(id)}`, { query: { excludePinnedData: true }, allow: [400, 404] });
        const p = {
            id,
            name: wf.name,
            active: !!wf.active,
            exists: r.status === 200,
            targetActive: r.status === 200 && !!r.data.active,
            targetArchived: r.status === 200 && !!r.data.isArchived,
        };
        plan.set(id, p);
        return p;
    });
    const notes = unrestoredNotes(contents);
    const targetCreds = await api.optional('/credentials');
    if (targetCreds.items) {
        const have = new Set(targetCreds.items.map((c) => String(c.id)));
        const missing = [...contents.referenced].filter(([id]) => !have.has(id)).map(([, label]) => label);
        if (missing.length) {
            notes.push(`${missing.length} credential(s) used by the restored workflows are not in the target: ${missing.join(', ')}; create them there (the n8n API never returns credential secrets)`);
        }
    }
    else if (contents.referenced.size) {
        notes.push(`the restored workflows use ${contents.referenced.size} credential(s); the API never returns secrets, so create them in the target if they are missing`);
    }
    if (contents.credentialFiles) {
        notes.push(`the backup holds ${contents.credentialFiles} credential(s) with their secrets, which the API cannot import: restore with an n8n-cli: target on the n8n host to bring them back`);
    }
    const wasActive = contents.planned.filter((p) => p.active).length;
    if (src.o.dryRun) {
        if (wasActive && !src.o.activate)
            notes.push(`${wasActive} workflow(s) active in the backup would be restored inactive (--activate activates them)`);
        return dryRunReport(contents, 0, notes);
    }
    const summary = { workflows: 0, created: 0, updated: 0, skipped: contents.skipped, credentials: 0, activated: 0, deactivated: 0, tagsCreated: 0, failed: 0 };
    const mapping = [];
    const failures = [];
    const restoredIds = [];
    const activationFailures = [];
    const done = () => `created ${summary.created}, updated ${summary.updated} of ${contents.planned.length} workflow(s)`;
    const apply = async (wf) => {
        const p = plan.get(String(wf.id));
        if (!p)
            return;
        const want = src.o.activate && p.active;
        let id = p.id;
        let nowActive = false;
        if (p.exists) {
            if (p.targetArchived)
                await api.request('POST', `/workflows/${encodeURIComponent(id)}/unarchive`, { idempotent: true });
            // An active workflow would publish the restored version at once; without --activate it must stop first.
            if (p.targetActive && !want) {
                await api.request('POST', `/workflows/${encodeURIComponent(id)}/deactivate`, { idempotent: true });
                summary.deactivated++;
            }
            const r = await api.request('PUT', `/workflows/${encodeURIComponent(id)}`, { body: writableBody(wf, true) });
            nowActive = !!r.data.active;
            summary.updated++;
        }
        else {
            const r = await api.request('POST', '/workflows', { body: writableBody(wf, false) });
            id = String(r.data.id);
            summary.created++;
            if (id !== p.id)
                mapping.push(`${p.id}→${id}`);
            ctx.log.info(`created workflow '${wf.name}' as ${id} (was ${p.id} in the backup)`);
            if (typeof wf.description === 'string' && wf.description) {
                await api.request('PUT', `/workflows/${encodeURIComponent(id)}`, { body: writableBody(wf, true) });
            }
        }
        restoredIds.push(id);
        await api.request('PUT', `/workflows/${encodeURIComponent(id)}/tags`, { body: (await tags.ids(tagNames(wf))).map((t) => ({ id: t })) });
        if (want && !nowActive) {
            try {
                await api.request('POST', `/workflows/${encodeURIComponent(id)}/activate`, { idempotent: true });
                summary.activated++;
            }
            catch (err) {
                if (!(err instanceof N8nHttpError))
                    throw err;
                activationFailures.push(`'${wf.name}' (${id}): ${err.message.replace(/^n8n at \S+: /, '')}`);
            }
        }
        else if (want) {
            summary.activated++;
        }
        summary.workflows++;
        ctx.progress.addItems(1);
    };
    const jobs = new Bounded(API_CONCURRENCY);
    try {
        for await (const e of backupFiles(await art.open(), `backup ${manifest.id}`)) {
            if (!/^workflows\/[^/]+\.json$/.test(e.name))
                continue;
            const wf = parseEntry(e.body, e.name);
            if (!plan.has(String(wf.id)))
                continue;
            await jobs.run(async () => {
                try {
                    await apply(wf);
                }
                catch (err) {
                    if (!(err instanceof N8nHttpError))
                        throw err;
                    summary.failed++;
                    failures.push(`'${wf.name}' (${wf.id}): ${err.message.replace(/^n8n at \S+: /, '')}`);
                    ctx.log.error(`workflow '${wf.name}' (${wf.id}) not restored: ${err.message}`);
                }
            });
        }
        await jobs.drain();
    }
    catch (err) {
        await jobs.drain().catch(() => undefined);
        // Say what was already written before the failure: the target is not rolled back.
        const what = ` (restore stopped after it ${done()}${mapping.length ? `; new ids ${mapping.join(', ')}` : ''})`;
        if (err instanceof errors/* UsageError */.eb)
            throw new errors/* UsageError */.eb(`${err.message}${what}`, { cause: err });
        if (err instanceof errors/* VerificationError */.mk)
            throw new errors/* VerificationError */.mk(`${err.message}${what}`, { cause: err });
        if (err instanceof errors/* BakupError */.uv || !ctx.signal?.aborted)
            throw new errors/* OperationalError */.LE(`${(0,errors/* errorMessage */.gJ)(err)}${what}`, { cause: err });
        throw err;
    }
    summary.tagsCreated = tags.created;
    if (failures.length) {
        throw new errors/* OperationalError */.LE(`${failures.length} workflow(s) could not be restored into ${src.location}: ${failures.slice(0, 5).join('; ')}${failures.length > 5 ? '; …' : ''} (${done()}${mapping.length ? `; new ids ${mapping.join(', ')}` : ''})`);
    }
    const warnings = [...notes];
    if (mapping.length)
        warnings.push(`${mapping.length} workflow(s) created with new ids (backup→target): ${mapping.join(', ')}`);
    if (wasActive && !src.o.activate)
        warnings.push(`${wasActive} workflow(s) active in the backup were restored inactive; --activate activates them (this starts their triggers)`);
    if (summary.deactivated && !src.o.activate)
        warnings.push(`${summary.deactivated} workflow(s) that were active in the target were deactivated before being replaced`);
    if (activationFailures.length)
        warnings.push(`${activationFailures.length} workflow(s) restored but not activated: ${activationFailures.join('; ')}`);
    if (contents.skipped)
        warnings.push(`${contents.skipped} workflow(s) of the backup not selected, left alone`);
    let fingerprint;
    if (!src.o.filtered) {
        const fp = new WorkflowFingerprint();
        const restored = [];
        await mapLimit(restoredIds, 8, async (id) => {
            restored.push(await api.get(`/workflows/${encodeURIComponent(id)}`));
        });
        for (const wf of restored)
            fp.add(wf);
        fingerprint = fp.result();
    }
    const { failed: _f, ...counts } = summary;
    return { summary: counts, warnings, ...(fingerprint ? { fingerprint } : {}) };
}
/**
 * The API's workflow JSON carries relations the CLI export does not:
 * `activeVersion` (the published version of the source instance, whose id the
 * target's history lacks: a foreign key failure on import) and `parentFolder`.
 */
function forImport(wf) {
    const { activeVersion: _v, parentFolder: _f, ...rest } = wf;
    return rest;
}
/**
 * CLI mode: the selected workflow files and every credential file go into a
 * private folder; `n8n import:workflow --separate` and `n8n
 * import:credentials --separate` upsert them by id (ids are kept).
 */
async function restoreCli(src, ctx, manifest, artifacts) {
    const cli = src.cli(ctx);
    const art = n8nArtifact(manifest, artifacts);
    checkVersions(src, art.record.meta?.n8nVersion, await cli.version(), ctx);
    const existing = await cli.workflowIds();
    const dir = await src.tempDir();
    try {
        const wfDir = external_node_path_.join(dir, 'workflows');
        const credDir = external_node_path_.join(dir, 'credentials');
        await promises_.mkdir(wfDir, { mode: 0o700 });
        await promises_.mkdir(credDir, { mode: 0o700 });
        const contents = await scan(src, manifest, art, async (wf) => {
            const id = String(wf.id);
            await promises_.writeFile(external_node_path_.join(wfDir, `${id.replace(/[^A-Za-z0-9_-]/g, '_')}.json`), canonicalJson(forImport(wf), true), { mode: 0o600 });
            return { id, name: wf.name, active: !!wf.active, exists: existing.has(id), targetActive: false, targetArchived: false };
        }, async (body, file) => {
            await promises_.writeFile(external_node_path_.join(credDir, external_node_path_.basename(file)), body, { mode: 0o600 });
        });
        const secrets = contents.index?.credentialSecrets ?? (typeof art.record.meta?.credentials === 'string' ? art.record.meta.credentials : undefined);
        const notes = unrestoredNotes(contents);
        if (contents.credentialFiles && secrets === 'encrypted') {
            notes.push(`${contents.credentialFiles} credential(s) restored encrypted as they were backed up: they decrypt only if ${src.location} uses the N8N_ENCRYPTION_KEY of the instance they came from`);
        }
        if (!contents.credentialFiles && contents.credentialMeta.length) {
            notes.push(`the backup holds ${contents.credentialMeta.length} credential(s) as metadata only (an API-mode backup): recreate them in the target`);
        }
        const wasActive = contents.planned.filter((p) => p.active).length;
        if (src.o.dryRun) {
            if (wasActive && !src.o.activate)
                notes.push(`${wasActive} workflow(s) active in the backup would be restored inactive (--activate activates them)`);
            return dryRunReport(contents, contents.credentialFiles, notes);
        }
        if (contents.planned.length) {
            await cli.run(['import:workflow', '--separate', `--input=${wfDir}`, ...(src.o.activate ? ['--activeState=fromJson'] : [])]);
        }
        if (contents.credentialFiles)
            await cli.run(['import:credentials', '--separate', `--input=${credDir}`]);
        const created = contents.planned.filter((p) => !p.exists).length;
        const summary = {
            workflows: contents.planned.length,
            created,
            updated: contents.planned.length - created,
            skipped: contents.skipped,
            credentials: contents.credentialFiles,
        };
        const warnings = [...notes];
        if (wasActive && !src.o.activate)
            warnings.push(`${wasActive} workflow(s) active in the backup were restored inactive; --activate activates them (this starts their triggers)`);
        if (contents.skipped)
            warnings.push(`${contents.skipped} workflow(s) of the backup not selected, left alone`);
        let fingerprint;
        if (!src.o.filtered) {
            const ids = new Set(contents.planned.map((p) => p.id));
            const fp = new WorkflowFingerprint();
            for await (const wf of src.cliWorkflows(ctx))
                if (ids.has(String(wf.id)))
                    fp.add(wf);
            fingerprint = fp.result();
        }
        return { summary, warnings, ...(fingerprint ? { fingerprint } : {}) };
    }
    finally {
        await src.removeTemp(dir);
    }
}

;// CONCATENATED MODULE: ./src/sources/n8n/n8n-source.ts













const N8N_ARTIFACT = 'n8n.tar';
const N8N_LAYOUT = 'bakup-n8n/1';
const json = (v) => Buffer.from(`${canonicalJson(v, true)}\n`);
/** Who owns every entry of the backup's tar (as the layout always wrote it). */
const OWNER = { uid: 0, gid: 0, uname: 'bakup', gname: 'bakup' };
/** One file of the backup's tar, named as the layout says (no './'). */
function* tarFile(name, content, mtime) {
    yield (0,tar_stream/* tarHeaderBytes */.M$)({ path: name, type: 'File', mode: 0o644, ...OWNER, size: content.length, mtime });
    yield content;
    const padding = (0,tar_stream/* tarPadding */.vr)(content.length);
    if (padding.length)
        yield padding;
}
function tarDir(name, mtime) {
    return (0,tar_stream/* tarHeaderBytes */.M$)({ path: `${name}/`, type: 'Directory', mode: 0o755, ...OWNER, size: 0, mtime });
}
/**
 * An n8n instance: through its public API (`n8n+https://…`, anywhere) or its
 * CLI on the n8n host (`n8n-cli:`, which also carries credentials with their
 * secrets). A backup is one tar any tar can open: `workflows/<id>-<slug>.json`
 * (sorted keys, pretty: two backups diff line by line), `tags.json`,
 * `variables.json`, `projects.json`, `credentials.json` (metadata),
 * `credentials/<id>.json` (CLI mode), `index.json` last.
 */
class N8nSource {
    kind = 'n8n';
    location;
    loc;
    o;
    temps = new Set();
    constructor(raw, opts = {}, flag = '--source') {
        this.loc = parseN8nLocation(raw, flag, opts.n8nCommand);
        this.o = resolveN8nOptions(opts, this.loc);
        this.location = this.loc.display;
    }
    defaultName() {
        if (this.loc.mode === 'cli')
            return 'n8n';
        const n = `n8n-${this.loc.host}`.replace(/[^A-Za-z0-9._-]+/g, '-').slice(0, 100);
        return n.replace(/-+$/, '') || 'n8n';
    }
    api(ctx) {
        if (this.loc.mode !== 'api')
            throw new Error('not an API location');
        return new N8nApi(this.loc.root, requireApiKey(this.o, this.location), this.location, this.o.timeoutMs, ctx?.signal);
    }
    cli(ctx) {
        if (this.loc.mode !== 'cli')
            throw new Error('not a CLI location');
        return new N8nCli(this.loc.command, this.location, this.o.timeoutMs ?? 600_000, ctx?.signal);
    }
    /** A private folder for n8n's own export files (they may hold decrypted secrets); removed by close() at the latest. */
    async tempDir() {
        const dir = await promises_.mkdtemp(external_node_path_.join(external_node_os_.tmpdir(), 'bakup-n8n-'));
        await promises_.chmod(dir, 0o700);
        this.temps.add(dir);
        return dir;
    }
    async removeTemp(dir) {
        await promises_.rm(dir, { recursive: true, force: true });
        this.temps.delete(dir);
    }
    async close() {
        for (const d of [...this.temps])
            await this.removeTemp(d).catch(() => undefined);
    }
    newState() {
        return { fp: new WorkflowFingerprint(), workflows: [], archived: 0, credentials: [], secrets: 'none', notAvailable: {}, complete: false };
    }
    async *backup(ctx) {
        const st = this.newState();
        const started = new Date();
        let version;
        let stream;
        const warnings = [];
        if (this.loc.mode === 'api') {
            const api = this.api(ctx);
            await api.probe();
            version = await api.version();
            if (this.o.selection.ids)
                await this.checkIdsExist(api);
            const tags = await api.optional('/tags');
            const variables = await api.optional('/variables');
            const projects = await api.optional('/projects');
            const credentials = await api.optional('/credentials');
            for (const [k, v] of Object.entries({ tags, variables, projects, credentials }))
                if (v.reason)
                    st.notAvailable[k] = v.reason;
            st.tags = tags.items?.length;
            st.variables = variables.items?.length;
            st.projects = projects.items?.length;
            st.credentials = (credentials.items ?? []).map((c) => ({ id: String(c.id), name: String(c.name), type: String(c.type) }));
            const small = { tags: tags.items, variables: variables.items, projects: projects.items };
            stream = external_node_stream_.Readable.from(this.apiTar(api, st, small, started, version, ctx), { objectMode: false, highWaterMark: buffers/* STREAM_CHUNK */.W });
            if (credentials.items?.length) {
                warnings.push(`${st.credentials.length} credential(s) recorded as metadata only (id, name, type): the n8n API never returns secrets; recreate them in a restore target, or back up with n8n-cli: on the n8n host`);
            }
            for (const [k, why] of Object.entries(st.notAvailable))
                warnings.push(`${k}: not available on this instance (${why}); not backed up`);
        }
        else {
            if (this.o.decrypted && !this.o.encrypted) {
                throw new errors/* UsageError */.eb('--decrypted writes every credential secret in plain text into the backup: it is only allowed when the backup itself is encrypted (--encryption-recipients or --passphrase-file)');
            }
            const cli = this.cli(ctx);
            version = await cli.version();
            const dir = await this.tempDir();
            const wfDir = external_node_path_.join(dir, 'workflows');
            const credDir = external_node_path_.join(dir, 'credentials');
            await promises_.mkdir(wfDir, { mode: 0o700 });
            await promises_.mkdir(credDir, { mode: 0o700 });
            ctx.log.info(`${this.location}: exporting workflows and credentials with n8n ${version ?? ''}`.trimEnd());
            await cli.exportTo('workflow', wfDir);
            await cli.exportTo('credentials', credDir, this.o.decrypted ? ['--decrypted'] : []);
            st.secrets = this.o.decrypted ? 'decrypted' : 'encrypted';
            // n8n names each exported file after the workflow id.
            const exported = new Set((await promises_.readdir(wfDir)).map((n) => n.replace(/\.json$/, '')));
            const missing = [...(this.o.selection.ids ?? [])].filter((id) => !exported.has(id));
            if (missing.length)
                throw new errors/* UsageError */.eb(`--workflow: no workflow with id '${missing.join("', '")}' at ${this.location}`);
            stream = external_node_stream_.Readable.from(this.cliTar(dir, st, started, version, ctx), { objectMode: false, highWaterMark: buffers/* STREAM_CHUNK */.W });
        }
        yield {
            baseName: N8N_ARTIFACT,
            kind: 'tar',
            contentType: 'application/x-tar',
            meta: { layout: N8N_LAYOUT, mode: this.loc.mode, n8nVersion: version ?? null, credentials: st.secrets },
            stream,
        };
        if (!st.complete)
            throw new errors/* OperationalError */.LE(`${this.location}: the backup stream ended before every workflow was written`);
        if (st.secrets === 'encrypted' && st.credentials.length) {
            warnings.push(`${st.credentials.length} credential(s) stored encrypted with this instance's N8N_ENCRYPTION_KEY: a restore needs an n8n with the same key (or back up with --decrypted into an encrypted backup)`);
        }
        if (st.secrets === 'decrypted')
            warnings.push(`${st.credentials.length} credential(s) stored with their secrets in plain text inside the encrypted backup`);
        if (st.archived)
            warnings.push(`${st.archived} archived workflow(s) left out`);
        if (st.workflows.length === 0)
            warnings.push(`no workflow matched: the backup holds none${this.o.filtered ? ' (check --workflow/--tag/--active-only)' : ''}`);
        const fingerprint = st.fp.result();
        return {
            fingerprint,
            warnings,
            consistency: null,
            stats: { ...fingerprint.summary, active: st.workflows.filter((w) => w.active).length, credentials: st.credentials.length },
        };
    }
    /** Fails before anything is written when a requested workflow does not exist. */
    async checkIdsExist(api) {
        for (const id of this.o.selection.ids ?? []) {
            const r = await api.request('GET', `/workflows/${encodeURIComponent(id)}`, { query: { excludePinnedData: true }, allow: [400, 404] });
            if (r.status !== 200)
                throw new errors/* UsageError */.eb(`--workflow: no workflow with id '${id}' at ${this.location}`);
        }
    }
    /** Workflows one page (≤ 250) at a time, or one by one when ids are given. */
    async *apiWorkflows(api) {
        const sel = this.o.selection;
        if (sel.ids) {
            for (const id of sel.ids)
                yield await api.get(`/workflows/${encodeURIComponent(id)}`);
            return;
        }
        // Server-side filters only where their meaning equals ours (n8n ANDs several tags; we OR them).
        const query = { active: sel.activeOnly ? 'true' : undefined, tags: sel.tags?.size === 1 ? [...sel.tags][0] : undefined };
        const seen = new Set();
        for await (const page of api.pages('/workflows', query)) {
            for (const wf of page) {
                // Offset pagination can repeat a workflow when others are created meanwhile.
                if (seen.has(String(wf.id)))
                    continue;
                seen.add(String(wf.id));
                yield wf;
            }
        }
    }
    *addWorkflow(wf, st, fallback, ctx) {
        const id = String(wf.id);
        const file = workflowFile(id, wf.name ?? '');
        const mtime = wf.updatedAt && !Number.isNaN(Date.parse(wf.updatedAt)) ? new Date(wf.updatedAt) : fallback;
        const body = json(wf);
        yield* tarFile(file, body, mtime);
        st.fp.add(wf);
        st.workflows.push({ id, name: wf.name, active: !!wf.active, tags: tagNames(wf), file });
        ctx.progress.addItems(1);
    }
    index(st, started, version) {
        const fp = st.fp.result();
        const active = st.workflows.filter((w) => w.active).length;
        return json({
            format: N8N_LAYOUT,
            mode: this.loc.mode,
            source: this.location,
            n8nVersion: version ?? null,
            createdAt: started.toISOString(),
            tool: `${src_version/* TOOL */.j.name} ${src_version/* TOOL */.j.version}`,
            selection: {
                workflowIds: this.o.selection.ids ? [...this.o.selection.ids] : null,
                tags: this.o.selection.tags ? [...this.o.selection.tags] : null,
                activeOnly: this.o.selection.activeOnly,
            },
            counts: {
                workflows: st.workflows.length,
                active,
                inactive: st.workflows.length - active,
                archivedLeftOut: st.archived,
                tags: st.tags ?? fp.summary.tags,
                variables: st.variables ?? null,
                projects: st.projects ?? null,
                credentials: st.credentials.length,
            },
            credentialSecrets: st.secrets,
            notAvailable: st.notAvailable,
            fingerprint: fp.digest,
            workflows: st.workflows,
        });
    }
    async *apiTar(api, st, small, started, version, ctx) {
        for (const [name, items] of Object.entries(small))
            if (items)
                yield* tarFile(`${name}.json`, json(items), started);
        yield* tarFile('credentials.json', json(st.credentials), started);
        yield tarDir('workflows', started);
        for await (const wf of this.apiWorkflows(api)) {
            if (!selected(wf, this.o.selection)) {
                if (wf.isArchived)
                    st.archived++;
                continue;
            }
            yield* this.addWorkflow(wf, st, started, ctx);
        }
        yield* tarFile('index.json', this.index(st, started, version), started);
        yield (0,tar_stream/* tarEnd */.JO)();
        st.complete = true;
    }
    async *cliTar(dir, st, started, version, ctx) {
        try {
            const tags = new Map();
            yield tarDir('workflows', started);
            for await (const wf of readJsonDir(external_node_path_.join(dir, 'workflows'))) {
                if (!selected(wf, this.o.selection)) {
                    if (wf.isArchived)
                        st.archived++;
                    continue;
                }
                for (const t of wf.tags ?? [])
                    if (typeof t === 'object' && t.name)
                        tags.set(t.name, t);
                yield* this.addWorkflow(wf, st, started, ctx);
            }
            yield tarDir('credentials', started);
            for await (const cred of readJsonDir(external_node_path_.join(dir, 'credentials'))) {
                const id = String(cred.id);
                yield* tarFile(credentialFile(id), json(cred), started);
                st.credentials.push({ id, name: String(cred.name), type: String(cred.type) });
            }
            yield* tarFile('credentials.json', json(st.credentials), started);
            yield* tarFile('tags.json', json([...tags.values()].sort((a, b) => String(a.name).localeCompare(String(b.name)))), started);
            st.tags = tags.size;
            yield* tarFile('index.json', this.index(st, started, version), started);
            yield (0,tar_stream/* tarEnd */.JO)();
            st.complete = true;
        }
        finally {
            await this.removeTemp(dir);
        }
    }
    async restore(ctx, manifest, artifacts) {
        return this.loc.mode === 'api' ? restoreApi(this, ctx, manifest, artifacts) : restoreCli(this, ctx, manifest, artifacts);
    }
    async fingerprint(ctx) {
        const fp = new WorkflowFingerprint();
        if (this.loc.mode === 'api') {
            const api = this.api(ctx);
            await api.probe();
            for await (const wf of this.apiWorkflows(api))
                if (selected(wf, this.o.selection))
                    fp.add(wf);
            return fp.result();
        }
        for await (const wf of this.cliWorkflows(ctx))
            if (selected(wf, this.o.selection))
                fp.add(wf);
        return fp.result();
    }
    /** Every workflow of the instance through `n8n export:workflow`, one file at a time. */
    async *cliWorkflows(ctx) {
        const dir = await this.tempDir();
        try {
            await this.cli(ctx).exportTo('workflow', dir);
            yield* readJsonDir(dir);
        }
        finally {
            await this.removeTemp(dir);
        }
    }
}
/** The JSON files of a folder in name order, parsed one at a time. */
async function* readJsonDir(dir) {
    const names = (await promises_.readdir(dir)).filter((n) => n.endsWith('.json')).sort();
    for (const n of names) {
        const text = await promises_.readFile(external_node_path_.join(dir, n), 'utf8');
        try {
            yield JSON.parse(text);
        }
        catch {
            throw new errors/* OperationalError */.LE(`n8n wrote '${n}', which is not JSON`);
        }
    }
}


/***/ })

};
