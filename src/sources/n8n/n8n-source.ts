import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { Readable } from 'node:stream';
import type { Fingerprint, Manifest } from '../../catalog/manifest.js';
import { OperationalError, UsageError } from '../../errors.js';
import { STREAM_CHUNK } from '../../pipeline/buffers.js';
import { TOOL } from '../../version.js';
import type { ArtifactIn, ArtifactOut, BackupOutcome, RestoreReport, Source, SourceContext } from '../source.js';
import { N8nApi } from './api.js';
import { N8nCli } from './cli.js';
import { parseN8nLocation, requireApiKey, resolveN8nOptions, type N8nLocation, type N8nSourceOptions, type ResolvedN8nOptions } from './options.js';
import { restoreApi, restoreCli } from './restore.js';
import { tarEnd, tarHeaderBytes, tarPadding } from '../files/tar-stream.js';
import { WorkflowFingerprint, canonicalJson, credentialFile, selected, tagNames, workflowFile, type Workflow } from './workflow.js';

export type { N8nSourceOptions } from './options.js';

export const N8N_ARTIFACT = 'n8n.tar';
export const N8N_LAYOUT = 'bakup-n8n/1';

/** One line per workflow in index.json. */
export interface IndexEntry {
  id: string;
  name: string;
  active: boolean;
  tags: string[];
  file: string;
}

/** What a backup knows once its tar has been written; index.json holds the same. */
interface BackupState {
  fp: WorkflowFingerprint;
  workflows: IndexEntry[];
  archived: number;
  credentials: { id: string; name: string; type: string }[];
  secrets: 'none' | 'encrypted' | 'decrypted';
  tags?: number;
  variables?: number;
  projects?: number;
  notAvailable: Record<string, string>;
  complete: boolean;
}

const json = (v: unknown) => Buffer.from(`${canonicalJson(v, true)}\n`);

/** Who owns every entry of the backup's tar (as the layout always wrote it). */
const OWNER = { uid: 0, gid: 0, uname: 'bakup', gname: 'bakup' };

/** One file of the backup's tar, named as the layout says (no './'). */
function* tarFile(name: string, content: Buffer, mtime: Date): Generator<Buffer> {
  yield tarHeaderBytes({ path: name, type: 'File', mode: 0o644, ...OWNER, size: content.length, mtime });
  yield content;
  const padding = tarPadding(content.length);
  if (padding.length) yield padding;
}

function tarDir(name: string, mtime: Date): Buffer {
  return tarHeaderBytes({ path: `${name}/`, type: 'Directory', mode: 0o755, ...OWNER, size: 0, mtime });
}

/**
 * An n8n instance: through its public API (`n8n+https://…`, anywhere) or its
 * CLI on the n8n host (`n8n-cli:`, which also carries credentials with their
 * secrets). A backup is one tar any tar can open: `workflows/<id>-<slug>.json`
 * (sorted keys, pretty: two backups diff line by line), `tags.json`,
 * `variables.json`, `projects.json`, `credentials.json` (metadata),
 * `credentials/<id>.json` (CLI mode), `index.json` last.
 */
export class N8nSource implements Source {
  readonly kind = 'n8n';
  readonly location: string;
  readonly loc: N8nLocation;
  readonly o: ResolvedN8nOptions;
  private readonly temps = new Set<string>();

  constructor(raw: string, opts: N8nSourceOptions = {}, flag = '--source') {
    this.loc = parseN8nLocation(raw, flag, opts.n8nCommand);
    this.o = resolveN8nOptions(opts, this.loc);
    this.location = this.loc.display;
  }

  defaultName(): string {
    if (this.loc.mode === 'cli') return 'n8n';
    const n = `n8n-${this.loc.host}`.replace(/[^A-Za-z0-9._-]+/g, '-').slice(0, 100);
    return n.replace(/-+$/, '') || 'n8n';
  }

  api(ctx?: SourceContext): N8nApi {
    if (this.loc.mode !== 'api') throw new Error('not an API location');
    return new N8nApi(this.loc.root, requireApiKey(this.o, this.location), this.location, this.o.timeoutMs, ctx?.signal);
  }

  cli(ctx?: SourceContext): N8nCli {
    if (this.loc.mode !== 'cli') throw new Error('not a CLI location');
    return new N8nCli(this.loc.command, this.location, this.o.timeoutMs ?? 600_000, ctx?.signal);
  }

  /** A private folder for n8n's own export files (they may hold decrypted secrets); removed by close() at the latest. */
  async tempDir(): Promise<string> {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bakup-n8n-'));
    await fs.chmod(dir, 0o700);
    this.temps.add(dir);
    return dir;
  }

  async removeTemp(dir: string): Promise<void> {
    await fs.rm(dir, { recursive: true, force: true });
    this.temps.delete(dir);
  }

  async close(): Promise<void> {
    for (const d of [...this.temps]) await this.removeTemp(d).catch(() => undefined);
  }

  private newState(): BackupState {
    return { fp: new WorkflowFingerprint(), workflows: [], archived: 0, credentials: [], secrets: 'none', notAvailable: {}, complete: false };
  }

  async *backup(ctx: SourceContext): AsyncGenerator<ArtifactOut, BackupOutcome, void> {
    const st = this.newState();
    const started = new Date();
    let version: string | undefined;
    let stream: Readable;
    const warnings: string[] = [];
    if (this.loc.mode === 'api') {
      const api = this.api(ctx);
      await api.probe();
      version = await api.version();
      if (this.o.selection.ids) await this.checkIdsExist(api);
      const tags = await api.optional<Record<string, unknown>>('/tags');
      const variables = await api.optional<Record<string, unknown>>('/variables');
      const projects = await api.optional<Record<string, unknown>>('/projects');
      const credentials = await api.optional<Record<string, unknown>>('/credentials');
      for (const [k, v] of Object.entries({ tags, variables, projects, credentials })) if (v.reason) st.notAvailable[k] = v.reason;
      st.tags = tags.items?.length;
      st.variables = variables.items?.length;
      st.projects = projects.items?.length;
      st.credentials = (credentials.items ?? []).map((c) => ({ id: String(c.id), name: String(c.name), type: String(c.type) }));
      const small = { tags: tags.items, variables: variables.items, projects: projects.items };
      stream = Readable.from(this.apiTar(api, st, small, started, version, ctx), { objectMode: false, highWaterMark: STREAM_CHUNK });
      if (credentials.items?.length) {
        warnings.push(
          `${st.credentials.length} credential(s) recorded as metadata only (id, name, type): the n8n API never returns secrets; recreate them in a restore target, or back up with n8n-cli: on the n8n host`,
        );
      }
      for (const [k, why] of Object.entries(st.notAvailable)) warnings.push(`${k}: not available on this instance (${why}); not backed up`);
    } else {
      if (this.o.decrypted && !this.o.encrypted) {
        throw new UsageError(
          '--decrypted writes every credential secret in plain text into the backup: it is only allowed when the backup itself is encrypted (--encryption-recipients or --passphrase-file)',
        );
      }
      const cli = this.cli(ctx);
      version = await cli.version();
      const dir = await this.tempDir();
      const wfDir = path.join(dir, 'workflows');
      const credDir = path.join(dir, 'credentials');
      await fs.mkdir(wfDir, { mode: 0o700 });
      await fs.mkdir(credDir, { mode: 0o700 });
      ctx.log.info(`${this.location}: exporting workflows and credentials with n8n ${version ?? ''}`.trimEnd());
      await cli.exportTo('workflow', wfDir);
      await cli.exportTo('credentials', credDir, this.o.decrypted ? ['--decrypted'] : []);
      st.secrets = this.o.decrypted ? 'decrypted' : 'encrypted';
      // n8n names each exported file after the workflow id.
      const exported = new Set((await fs.readdir(wfDir)).map((n) => n.replace(/\.json$/, '')));
      const missing = [...(this.o.selection.ids ?? [])].filter((id) => !exported.has(id));
      if (missing.length) throw new UsageError(`--workflow: no workflow with id '${missing.join("', '")}' at ${this.location}`);
      stream = Readable.from(this.cliTar(dir, st, started, version, ctx), { objectMode: false, highWaterMark: STREAM_CHUNK });
    }
    yield {
      baseName: N8N_ARTIFACT,
      kind: 'tar',
      contentType: 'application/x-tar',
      meta: { layout: N8N_LAYOUT, mode: this.loc.mode, n8nVersion: version ?? null, credentials: st.secrets },
      stream,
    };
    if (!st.complete) throw new OperationalError(`${this.location}: the backup stream ended before every workflow was written`);
    if (st.secrets === 'encrypted' && st.credentials.length) {
      warnings.push(
        `${st.credentials.length} credential(s) stored encrypted with this instance's N8N_ENCRYPTION_KEY: a restore needs an n8n with the same key (or back up with --decrypted into an encrypted backup)`,
      );
    }
    if (st.secrets === 'decrypted') warnings.push(`${st.credentials.length} credential(s) stored with their secrets in plain text inside the encrypted backup`);
    if (st.archived) warnings.push(`${st.archived} archived workflow(s) left out`);
    if (st.workflows.length === 0) warnings.push(`no workflow matched: the backup holds none${this.o.filtered ? ' (check --workflow/--tag/--active-only)' : ''}`);
    const fingerprint = st.fp.result();
    return {
      fingerprint,
      warnings,
      consistency: null,
      stats: { ...fingerprint.summary, active: st.workflows.filter((w) => w.active).length, credentials: st.credentials.length },
    };
  }

  /** Fails before anything is written when a requested workflow does not exist. */
  private async checkIdsExist(api: N8nApi): Promise<void> {
    for (const id of this.o.selection.ids ?? []) {
      const r = await api.request('GET', `/workflows/${encodeURIComponent(id)}`, { query: { excludePinnedData: true }, allow: [400, 404] });
      if (r.status !== 200) throw new UsageError(`--workflow: no workflow with id '${id}' at ${this.location}`);
    }
  }

  /** Workflows one page (≤ 250) at a time, or one by one when ids are given. */
  async *apiWorkflows(api: N8nApi): AsyncGenerator<Workflow> {
    const sel = this.o.selection;
    if (sel.ids) {
      for (const id of sel.ids) yield await api.get<Workflow>(`/workflows/${encodeURIComponent(id)}`);
      return;
    }
    // Server-side filters only where their meaning equals ours (n8n ANDs several tags; we OR them).
    const query = { active: sel.activeOnly ? 'true' : undefined, tags: sel.tags?.size === 1 ? [...sel.tags][0] : undefined };
    const seen = new Set<string>();
    for await (const page of api.pages<Workflow>('/workflows', query)) {
      for (const wf of page) {
        // Offset pagination can repeat a workflow when others are created meanwhile.
        if (seen.has(String(wf.id))) continue;
        seen.add(String(wf.id));
        yield wf;
      }
    }
  }

  private *addWorkflow(wf: Workflow, st: BackupState, fallback: Date, ctx: SourceContext): Generator<Buffer> {
    const id = String(wf.id);
    const file = workflowFile(id, wf.name ?? '');
    const mtime = wf.updatedAt && !Number.isNaN(Date.parse(wf.updatedAt)) ? new Date(wf.updatedAt) : fallback;
    const body = json(wf);
    yield* tarFile(file, body, mtime);
    st.fp.add(wf);
    st.workflows.push({ id, name: wf.name, active: !!wf.active, tags: tagNames(wf), file });
    ctx.progress.addItems(1);
  }

  private index(st: BackupState, started: Date, version: string | undefined): Buffer {
    const fp = st.fp.result();
    const active = st.workflows.filter((w) => w.active).length;
    return json({
      format: N8N_LAYOUT,
      mode: this.loc.mode,
      source: this.location,
      n8nVersion: version ?? null,
      createdAt: started.toISOString(),
      tool: `${TOOL.name} ${TOOL.version}`,
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

  private async *apiTar(
    api: N8nApi,
    st: BackupState,
    small: Record<string, unknown[] | undefined>,
    started: Date,
    version: string | undefined,
    ctx: SourceContext,
  ): AsyncGenerator<Buffer> {
    for (const [name, items] of Object.entries(small)) if (items) yield* tarFile(`${name}.json`, json(items), started);
    yield* tarFile('credentials.json', json(st.credentials), started);
    yield tarDir('workflows', started);
    for await (const wf of this.apiWorkflows(api)) {
      if (!selected(wf, this.o.selection)) {
        if (wf.isArchived) st.archived++;
        continue;
      }
      yield* this.addWorkflow(wf, st, started, ctx);
    }
    yield* tarFile('index.json', this.index(st, started, version), started);
    yield tarEnd();
    st.complete = true;
  }

  private async *cliTar(dir: string, st: BackupState, started: Date, version: string | undefined, ctx: SourceContext): AsyncGenerator<Buffer> {
    try {
      const tags = new Map<string, Record<string, unknown>>();
      yield tarDir('workflows', started);
      for await (const wf of readJsonDir<Workflow>(path.join(dir, 'workflows'))) {
        if (!selected(wf, this.o.selection)) {
          if (wf.isArchived) st.archived++;
          continue;
        }
        for (const t of wf.tags ?? []) if (typeof t === 'object' && t.name) tags.set(t.name, t);
        yield* this.addWorkflow(wf, st, started, ctx);
      }
      yield tarDir('credentials', started);
      for await (const cred of readJsonDir<Record<string, unknown>>(path.join(dir, 'credentials'))) {
        const id = String(cred.id);
        yield* tarFile(credentialFile(id), json(cred), started);
        st.credentials.push({ id, name: String(cred.name), type: String(cred.type) });
      }
      yield* tarFile('credentials.json', json(st.credentials), started);
      yield* tarFile('tags.json', json([...tags.values()].sort((a, b) => String(a.name).localeCompare(String(b.name)))), started);
      st.tags = tags.size;
      yield* tarFile('index.json', this.index(st, started, version), started);
      yield tarEnd();
      st.complete = true;
    } finally {
      await this.removeTemp(dir);
    }
  }

  async restore(ctx: SourceContext, manifest: Manifest, artifacts: ArtifactIn[]): Promise<RestoreReport> {
    return this.loc.mode === 'api' ? restoreApi(this, ctx, manifest, artifacts) : restoreCli(this, ctx, manifest, artifacts);
  }

  async fingerprint(ctx: SourceContext): Promise<Fingerprint> {
    const fp = new WorkflowFingerprint();
    if (this.loc.mode === 'api') {
      const api = this.api(ctx);
      await api.probe();
      for await (const wf of this.apiWorkflows(api)) if (selected(wf, this.o.selection)) fp.add(wf);
      return fp.result();
    }
    for await (const wf of this.cliWorkflows(ctx)) if (selected(wf, this.o.selection)) fp.add(wf);
    return fp.result();
  }

  /** Every workflow of the instance through `n8n export:workflow`, one file at a time. */
  async *cliWorkflows(ctx: SourceContext): AsyncGenerator<Workflow> {
    const dir = await this.tempDir();
    try {
      await this.cli(ctx).exportTo('workflow', dir);
      yield* readJsonDir<Workflow>(dir);
    } finally {
      await this.removeTemp(dir);
    }
  }
}

/** The JSON files of a folder in name order, parsed one at a time. */
export async function* readJsonDir<T>(dir: string): AsyncGenerator<T> {
  const names = (await fs.readdir(dir)).filter((n) => n.endsWith('.json')).sort();
  for (const n of names) {
    const text = await fs.readFile(path.join(dir, n), 'utf8');
    try {
      yield JSON.parse(text) as T;
    } catch {
      throw new OperationalError(`n8n wrote '${n}', which is not JSON`);
    }
  }
}

