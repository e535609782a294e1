import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import type { Readable } from 'node:stream';
import type { Manifest } from '../../catalog/manifest.js';
import { BakupError, OperationalError, UsageError, VerificationError, errorCode, errorMessage } from '../../errors.js';
import type { ArtifactIn, RestoreReport, SourceContext } from '../source.js';
import { N8nHttpError, type N8nApi } from './api.js';
import type { N8nSource } from './n8n-source.js';
import { readEntry, skipEntry, tarEntries } from '../files/tar-stream.js';
import { WorkflowFingerprint, canonicalJson, compareVersions, selected, tagNames, type Workflow } from './workflow.js';

/** What pass one learns about a workflow of the backup. */
interface Planned {
  id: string;
  name: string;
  active: boolean;
  /** Present in the target with the same id (API: and its state there). */
  exists: boolean;
  targetActive: boolean;
  targetArchived: boolean;
}

interface BackupContents {
  planned: Planned[];
  skipped: number;
  credentialFiles: number;
  credentialMeta: { id: string; name: string; type: string }[];
  /** Entries of variables.json / projects.json, which restore does not write. */
  unrestored: Record<string, number>;
  /** Credentials the selected workflows use: id → "name (type)". */
  referenced: Map<string, string>;
  index?: { mode?: string; n8nVersion?: string | null; credentialSecrets?: string };
}

function n8nArtifact(manifest: Manifest, artifacts: ArtifactIn[]): ArtifactIn {
  const a = artifacts.find((x) => x.record.kind === 'tar' && x.record.name.startsWith('n8n.tar')) ?? artifacts.find((x) => x.record.kind === 'tar');
  if (!a) throw new VerificationError(`backup ${manifest.id} has no n8n tar artifact`);
  return a;
}

/** A file of the backup's tar with its content. */
export interface BackupFile {
  /** As the layout names it (`workflows/<id>-<slug>.json`), also when a repacking tool wrote `./` in front. */
  name: string;
  body: Buffer;
}

const TAR_FILE_TYPES = new Set(['File', 'OldFile', 'ContiguousFile']);

/**
 * The files of an n8n backup's tar, one at a time with their content (n8n's JSON files are small; one larger than
 * `maxEntry` is refused). Folders and other entries are skipped. The stream is read to its end, so its digest is
 * checked; a damaged archive is a verification failure.
 */
export async function* backupFiles(stream: Readable, what: string, maxEntry = 256 << 20): AsyncGenerator<BackupFile> {
  try {
    for await (const e of tarEntries(stream)) {
      const name = e.path.replace(/^(\.\/)+/, '');
      if (!TAR_FILE_TYPES.has(e.type)) {
        await skipEntry(e);
        continue;
      }
      if (e.size > maxEntry) throw new VerificationError(`${what}: entry '${name}' is ${e.size} bytes, more than the ${maxEntry} this reader accepts`);
      const chunks: Buffer[] = [];
      await readEntry(e, (chunk) => void chunks.push(chunk));
      yield { name, body: Buffer.concat(chunks) };
    }
  } catch (err) {
    if (errorCode(err)?.startsWith('TAR_')) throw new VerificationError(`${what}: tar archive is corrupt: ${errorMessage(err)}`, { cause: err });
    throw err;
  }
}

function parseEntry<T>(body: Buffer, name: string): T {
  try {
    return JSON.parse(body.toString('utf8')) as T;
  } catch {
    throw new VerificationError(`backup entry '${name}' is not valid JSON`);
  }
}

/** Refuses a backup made by a newer n8n than the target, whose nodes and settings the target may not know. */
function checkVersions(src: N8nSource, backupVersion: unknown, targetVersion: string | undefined, ctx: SourceContext): void {
  if (typeof backupVersion !== 'string' || !targetVersion) {
    ctx.log.debug(`n8n versions: backup ${String(backupVersion)}, target ${targetVersion ?? 'unknown'}: not compared`);
    return;
  }
  if (compareVersions(backupVersion, targetVersion) > 0 && !src.o.allowOlderTarget) {
    throw new UsageError(
      `the backup was made with n8n ${backupVersion}, but ${src.location} runs n8n ${targetVersion} (older): its workflows may use nodes or settings the target does not know; upgrade the target or pass --allow-older-target`,
    );
  }
}

/**
 * Pass one: reads the whole artifact (so its checksum is verified before
 * anything is written), decides per workflow, and checks the request against
 * what the backup holds. `onWorkflow` sees each selected workflow.
 */
async function scan(
  src: N8nSource,
  manifest: Manifest,
  art: ArtifactIn,
  onWorkflow: (wf: Workflow, file: string) => Promise<Planned>,
  onCredential?: (body: Buffer, file: string) => Promise<void>,
): Promise<BackupContents> {
  const out: BackupContents = { planned: [], skipped: 0, credentialFiles: 0, credentialMeta: [], referenced: new Map(), unrestored: {} };
  const seen = new Set<string>();
  const jobs = new Bounded(API_CONCURRENCY);
  for await (const e of backupFiles(await art.open(), `backup ${manifest.id}`)) {
    if (/^workflows\/[^/]+\.json$/.test(e.name)) {
      const wf = parseEntry<Workflow>(e.body, e.name);
      seen.add(String(wf.id));
      if (!selected(wf, src.o.selection)) {
        out.skipped++;
        continue;
      }
      for (const n of wf.nodes ?? []) {
        for (const [type, c] of Object.entries(n.credentials ?? {})) if (c?.id) out.referenced.set(String(c.id), `'${c.name ?? c.id}' (${type})`);
      }
      const at = out.planned.length;
      out.planned.length++;
      await jobs.run(async () => {
        out.planned[at] = await onWorkflow(wf, e.name);
      });
    } else if (/^credentials\/[^/]+\.json$/.test(e.name)) {
      out.credentialFiles++;
      await onCredential?.(e.body, e.name);
    } else if (e.name === 'credentials.json') {
      out.credentialMeta = parseEntry(e.body, e.name);
    } else if (e.name === 'variables.json' || e.name === 'projects.json') {
      const items = parseEntry<unknown[]>(e.body, e.name);
      if (Array.isArray(items) && items.length) out.unrestored[e.name.replace('.json', '')] = items.length;
    } else if (e.name === 'index.json') {
      out.index = parseEntry(e.body, e.name);
    }
  }
  await jobs.drain();
  const missing = [...(src.o.selection.ids ?? [])].filter((id) => !seen.has(id));
  if (missing.length) throw new UsageError(`--workflow: no workflow with id '${missing.join("', '")}' in backup ${manifest.id}`);
  return out;
}

function unrestoredNotes(c: BackupContents): string[] {
  return Object.entries(c.unrestored).map(
    ([what, n]) => `${n} ${what} in the backup (${what}.json) are not restored: they depend on the target's license and setup; recreate them from that file if needed`,
  );
}

function dryRunReport(c: BackupContents, credentials: number, notes: string[]): RestoreReport {
  const create = c.planned.filter((p) => !p.exists);
  const update = c.planned.filter((p) => p.exists);
  const list = (ps: Planned[]) => ps.map((p) => `'${p.name}' (${p.id})`).join(', ');
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
  private readonly running = new Set<Promise<void>>();
  private failed = false;
  private failure: unknown;
  constructor(private readonly limit: number) {}
  async run(job: () => Promise<void>): Promise<void> {
    while (this.running.size >= this.limit) await Promise.race(this.running);
    if (this.failed) throw this.failure;
    const p: Promise<void> = job()
      .catch((e: unknown) => {
        if (!this.failed) [this.failed, this.failure] = [true, e];
      })
      .finally(() => this.running.delete(p));
    this.running.add(p);
  }
  /** Waits for every job; rethrows the first failure. */
  async drain(): Promise<void> {
    while (this.running.size) await Promise.all(this.running);
    if (this.failed) throw this.failure;
  }
}

/** Workflows written to the API at once: n8n serialises writes, a few in flight hide the round trips. */
const API_CONCURRENCY = 4;

async function mapLimit<T>(items: T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await fn(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/** The fields n8n's API accepts when writing a workflow. */
function writableBody(wf: Workflow, withDescription: boolean): Record<string, unknown> {
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
  private byName = new Map<string, string>();
  created = 0;
  constructor(private readonly api: N8nApi) {}
  async load(): Promise<void> {
    this.byName.clear();
    for (const t of await this.api.all<{ id: string; name: string }>('/tags')) this.byName.set(t.name, t.id);
  }
  has(name: string): boolean {
    return this.byName.has(name);
  }
  async ids(names: string[]): Promise<string[]> {
    const out: string[] = [];
    for (const name of names) {
      let id = this.byName.get(name);
      if (!id) {
        const r = await this.api.request<{ id: string }>('POST', '/tags', { body: { name }, allow: [409] });
        if (r.status === 409) {
          await this.load();
          id = this.byName.get(name);
          if (!id) throw new OperationalError(`n8n at ${this.api.display}: tag '${name}' exists but is not listed`);
        } else {
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
export async function restoreApi(src: N8nSource, ctx: SourceContext, manifest: Manifest, artifacts: ArtifactIn[]): Promise<RestoreReport> {
  const api = src.api(ctx);
  const art = n8nArtifact(manifest, artifacts);
  await api.probe();
  checkVersions(src, art.record.meta?.n8nVersion, await api.version(), ctx);
  const tags = new TagResolver(api);
  await tags.load();
  const plan = new Map<string, Planned>();
  const contents = await scan(src, manifest, art, async (wf) => {
    const id = String(wf.id);
    const r = await api.request<Workflow>('GET', `/workflows/${encodeURIComponent(id)}`, { query: { excludePinnedData: true }, allow: [400, 404] });
    const p: Planned = {
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

  const notes: string[] = unrestoredNotes(contents);
  const targetCreds = await api.optional<{ id: string }>('/credentials');
  if (targetCreds.items) {
    const have = new Set(targetCreds.items.map((c) => String(c.id)));
    const missing = [...contents.referenced].filter(([id]) => !have.has(id)).map(([, label]) => label);
    if (missing.length) {
      notes.push(`${missing.length} credential(s) used by the restored workflows are not in the target: ${missing.join(', ')}; create them there (the n8n API never returns credential secrets)`);
    }
  } else if (contents.referenced.size) {
    notes.push(`the restored workflows use ${contents.referenced.size} credential(s); the API never returns secrets, so create them in the target if they are missing`);
  }
  if (contents.credentialFiles) {
    notes.push(`the backup holds ${contents.credentialFiles} credential(s) with their secrets, which the API cannot import: restore with an n8n-cli: target on the n8n host to bring them back`);
  }
  const wasActive = contents.planned.filter((p) => p.active).length;
  if (src.o.dryRun) {
    if (wasActive && !src.o.activate) notes.push(`${wasActive} workflow(s) active in the backup would be restored inactive (--activate activates them)`);
    return dryRunReport(contents, 0, notes);
  }

  const summary = { workflows: 0, created: 0, updated: 0, skipped: contents.skipped, credentials: 0, activated: 0, deactivated: 0, tagsCreated: 0, failed: 0 };
  const mapping: string[] = [];
  const failures: string[] = [];
  const restoredIds: string[] = [];
  const activationFailures: string[] = [];
  const done = () => `created ${summary.created}, updated ${summary.updated} of ${contents.planned.length} workflow(s)`;

  const apply = async (wf: Workflow) => {
    const p = plan.get(String(wf.id));
    if (!p) return;
    const want = src.o.activate && p.active;
    let id = p.id;
    let nowActive = false;
    if (p.exists) {
      if (p.targetArchived) await api.request('POST', `/workflows/${encodeURIComponent(id)}/unarchive`, { idempotent: true });
      // An active workflow would publish the restored version at once; without --activate it must stop first.
      if (p.targetActive && !want) {
        await api.request('POST', `/workflows/${encodeURIComponent(id)}/deactivate`, { idempotent: true });
        summary.deactivated++;
      }
      const r = await api.request<Workflow>('PUT', `/workflows/${encodeURIComponent(id)}`, { body: writableBody(wf, true) });
      nowActive = !!r.data.active;
      summary.updated++;
    } else {
      const r = await api.request<Workflow>('POST', '/workflows', { body: writableBody(wf, false) });
      id = String(r.data.id);
      summary.created++;
      if (id !== p.id) mapping.push(`${p.id}→${id}`);
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
      } catch (err) {
        if (!(err instanceof N8nHttpError)) throw err;
        activationFailures.push(`'${wf.name}' (${id}): ${err.message.replace(/^n8n at \S+: /, '')}`);
      }
    } else if (want) {
      summary.activated++;
    }
    summary.workflows++;
    ctx.progress.addItems(1);
  };

  const jobs = new Bounded(API_CONCURRENCY);
  try {
    for await (const e of backupFiles(await art.open(), `backup ${manifest.id}`)) {
      if (!/^workflows\/[^/]+\.json$/.test(e.name)) continue;
      const wf = parseEntry<Workflow>(e.body, e.name);
      if (!plan.has(String(wf.id))) continue;
      await jobs.run(async () => {
        try {
          await apply(wf);
        } catch (err) {
          if (!(err instanceof N8nHttpError)) throw err;
          summary.failed++;
          failures.push(`'${wf.name}' (${wf.id}): ${err.message.replace(/^n8n at \S+: /, '')}`);
          ctx.log.error(`workflow '${wf.name}' (${wf.id}) not restored: ${err.message}`);
        }
      });
    }
    await jobs.drain();
  } catch (err) {
    await jobs.drain().catch(() => undefined);
    // Say what was already written before the failure: the target is not rolled back.
    const what = ` (restore stopped after it ${done()}${mapping.length ? `; new ids ${mapping.join(', ')}` : ''})`;
    if (err instanceof UsageError) throw new UsageError(`${err.message}${what}`, { cause: err });
    if (err instanceof VerificationError) throw new VerificationError(`${err.message}${what}`, { cause: err });
    if (err instanceof BakupError || !ctx.signal?.aborted) throw new OperationalError(`${errorMessage(err)}${what}`, { cause: err });
    throw err;
  }
  summary.tagsCreated = tags.created;
  if (failures.length) {
    throw new OperationalError(
      `${failures.length} workflow(s) could not be restored into ${src.location}: ${failures.slice(0, 5).join('; ')}${failures.length > 5 ? '; …' : ''} (${done()}${mapping.length ? `; new ids ${mapping.join(', ')}` : ''})`,
    );
  }

  const warnings = [...notes];
  if (mapping.length) warnings.push(`${mapping.length} workflow(s) created with new ids (backup→target): ${mapping.join(', ')}`);
  if (wasActive && !src.o.activate) warnings.push(`${wasActive} workflow(s) active in the backup were restored inactive; --activate activates them (this starts their triggers)`);
  if (summary.deactivated && !src.o.activate) warnings.push(`${summary.deactivated} workflow(s) that were active in the target were deactivated before being replaced`);
  if (activationFailures.length) warnings.push(`${activationFailures.length} workflow(s) restored but not activated: ${activationFailures.join('; ')}`);
  if (contents.skipped) warnings.push(`${contents.skipped} workflow(s) of the backup not selected, left alone`);

  let fingerprint;
  if (!src.o.filtered) {
    const fp = new WorkflowFingerprint();
    const restored: Workflow[] = [];
    await mapLimit(restoredIds, 8, async (id) => {
      restored.push(await api.get<Workflow>(`/workflows/${encodeURIComponent(id)}`));
    });
    for (const wf of restored) fp.add(wf);
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
function forImport(wf: Workflow): Workflow {
  const { activeVersion: _v, parentFolder: _f, ...rest } = wf;
  return rest as Workflow;
}

/**
 * CLI mode: the selected workflow files and every credential file go into a
 * private folder; `n8n import:workflow --separate` and `n8n
 * import:credentials --separate` upsert them by id (ids are kept).
 */
export async function restoreCli(src: N8nSource, ctx: SourceContext, manifest: Manifest, artifacts: ArtifactIn[]): Promise<RestoreReport> {
  const cli = src.cli(ctx);
  const art = n8nArtifact(manifest, artifacts);
  checkVersions(src, art.record.meta?.n8nVersion, await cli.version(), ctx);
  const existing = await cli.workflowIds();
  const dir = await src.tempDir();
  try {
    const wfDir = path.join(dir, 'workflows');
    const credDir = path.join(dir, 'credentials');
    await fs.mkdir(wfDir, { mode: 0o700 });
    await fs.mkdir(credDir, { mode: 0o700 });
    const contents = await scan(
      src,
      manifest,
      art,
      async (wf) => {
        const id = String(wf.id);
        await fs.writeFile(path.join(wfDir, `${id.replace(/[^A-Za-z0-9_-]/g, '_')}.json`), canonicalJson(forImport(wf), true), { mode: 0o600 });
        return { id, name: wf.name, active: !!wf.active, exists: existing.has(id), targetActive: false, targetArchived: false };
      },
      async (body, file) => {
        await fs.writeFile(path.join(credDir, path.basename(file)), body, { mode: 0o600 });
      },
    );
    const secrets = contents.index?.credentialSecrets ?? (typeof art.record.meta?.credentials === 'string' ? art.record.meta.credentials : undefined);
    const notes: string[] = unrestoredNotes(contents);
    if (contents.credentialFiles && secrets === 'encrypted') {
      notes.push(
        `${contents.credentialFiles} credential(s) restored encrypted as they were backed up: they decrypt only if ${src.location} uses the N8N_ENCRYPTION_KEY of the instance they came from`,
      );
    }
    if (!contents.credentialFiles && contents.credentialMeta.length) {
      notes.push(`the backup holds ${contents.credentialMeta.length} credential(s) as metadata only (an API-mode backup): recreate them in the target`);
    }
    const wasActive = contents.planned.filter((p) => p.active).length;
    if (src.o.dryRun) {
      if (wasActive && !src.o.activate) notes.push(`${wasActive} workflow(s) active in the backup would be restored inactive (--activate activates them)`);
      return dryRunReport(contents, contents.credentialFiles, notes);
    }
    if (contents.planned.length) {
      await cli.run(['import:workflow', '--separate', `--input=${wfDir}`, ...(src.o.activate ? ['--activeState=fromJson'] : [])]);
    }
    if (contents.credentialFiles) await cli.run(['import:credentials', '--separate', `--input=${credDir}`]);
    const created = contents.planned.filter((p) => !p.exists).length;
    const summary = {
      workflows: contents.planned.length,
      created,
      updated: contents.planned.length - created,
      skipped: contents.skipped,
      credentials: contents.credentialFiles,
    };
    const warnings = [...notes];
    if (wasActive && !src.o.activate) warnings.push(`${wasActive} workflow(s) active in the backup were restored inactive; --activate activates them (this starts their triggers)`);
    if (contents.skipped) warnings.push(`${contents.skipped} workflow(s) of the backup not selected, left alone`);
    let fingerprint;
    if (!src.o.filtered) {
      const ids = new Set(contents.planned.map((p) => p.id));
      const fp = new WorkflowFingerprint();
      for await (const wf of src.cliWorkflows(ctx)) if (ids.has(String(wf.id))) fp.add(wf);
      fingerprint = fp.result();
    }
    return { summary, warnings, ...(fingerprint ? { fingerprint } : {}) };
  } finally {
    await src.removeTemp(dir);
  }
}
