import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Readable } from 'node:stream';
import type { ArtifactClient, FindOptions } from '@actions/artifact';
import { OperationalError, UsageError, errorMessage } from '../errors.js';
import { redact, registerSecret } from '../util/redact.js';
import { LocalStorage } from './local.js';
import type { StorageOptions } from './open.js';
import { optInt, optionLabel, optString, parseContainerUrl } from './options.js';
import { checkKey, NotFoundError, type ObjectInfo, type PutOptions, type Storage } from './storage.js';

/** Characters GitHub refuses in artifact file paths (NTFS limits); refused at put time, not at upload. */
const BAD_PATH_CHARS = /[":<>|*?\r\n]/;

export interface ArtifactSettings {
  name: string;
  prefix: string;
  location: string;
  /** 1-90; undefined keeps the repository's default. */
  retentionDays?: number;
  /** Parent of the staging folder; the runner's temp folder by default. */
  stagingParent: string;
  /** How errors name the staging folder's option, when it came from one. */
  stagingLabel?: string;
  /** Read an artifact of another workflow run (needs GITHUB_TOKEN with actions:read). */
  findBy?: FindOptions['findBy'];
}

export function artifactSettings(url: URL, raw: string, opts: StorageOptions, env: NodeJS.ProcessEnv = process.env): ArtifactSettings {
  const { container: name, prefix, location } = parseContainerUrl(
    url,
    raw,
    'artifact://name',
    'artifact',
    /^[^":<>|*?\\/\r\n]{1,255}$/,
    'no " : < > | * ? \\ / or line breaks',
  );
  const runId = optInt(opts, 'artifactRunId', 1, Number.MAX_SAFE_INTEGER);
  let findBy: ArtifactSettings['findBy'];
  if (runId !== undefined) {
    const token = env.GITHUB_TOKEN;
    const repo = optString(opts, 'artifactRepository') ?? env.GITHUB_REPOSITORY;
    // The values given first, then what the environment must supply.
    const m = repo ? /^([^/\s]+)\/([^/\s]+)$/.exec(repo) : null;
    if (!m) throw new UsageError(`${optionLabel(opts, 'artifactRepository')}: expected owner/name (or GITHUB_REPOSITORY), got '${repo ?? ''}'`);
    if (!token) throw new UsageError(`${optionLabel(opts, 'artifactRunId')}: reading another run's artifact needs GITHUB_TOKEN (with actions:read) in the environment`);
    registerSecret(token);
    findBy = { token, workflowRunId: runId, repositoryOwner: m[1]!, repositoryName: m[2]! };
  }
  return {
    name,
    prefix,
    location,
    retentionDays: optInt(opts, 'artifactRetentionDays', 1, 90),
    stagingParent: optString(opts, 'artifactStagingDir') ?? env.RUNNER_TEMP ?? os.tmpdir(),
    stagingLabel: optString(opts, 'artifactStagingDir') ? optionLabel(opts, 'artifactStagingDir') : undefined,
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
export class ArtifactStorage implements Storage {
  readonly location: string;
  private staging?: { dir: string; store: LocalStorage };
  private staged = 0;
  private remote?: Promise<LocalStorage | undefined>;
  private downloadDir?: string;
  private closed = false;

  constructor(
    readonly settings: ArtifactSettings,
    private readonly clientFactory: () => Promise<ArtifactClient> = defaultClient,
    private readonly env: NodeJS.ProcessEnv = process.env,
  ) {
    this.location = settings.location;
  }

  /** Where staged objects live until close(); created on first put. */
  get stagingDir(): string | undefined {
    return this.staging?.dir;
  }

  private async stage(): Promise<LocalStorage> {
    if (this.closed) throw new OperationalError(`${this.location}: already uploaded; artifacts are immutable`);
    if (!this.staging) {
      let dir: string;
      try {
        await fs.mkdir(this.settings.stagingParent, { recursive: true });
        dir = await fs.mkdtemp(path.join(this.settings.stagingParent, 'bakup-artifact-'));
      } catch (err) {
        const what = `cannot make a staging folder in '${this.settings.stagingParent}' (${(err as NodeJS.ErrnoException).code ?? errorMessage(err)})`;
        if (this.settings.stagingLabel) throw new UsageError(`${this.settings.stagingLabel}: ${what}`);
        throw new OperationalError(`${this.location}: ${what}`);
      }
      this.staging = { dir, store: new LocalStorage(dir) };
    }
    return this.staging.store;
  }

  private inArtifact(key: string): string {
    checkKey(key);
    if (BAD_PATH_CHARS.test(key)) {
      throw new UsageError(`${this.location}: key '${key}' has a character GitHub artifacts refuse (" : < > | * ? or a line break)`);
    }
    return this.settings.prefix + key;
  }

  /** The already-uploaded artifact, downloaded once; undefined when there is none to read. */
  private readRemote(): Promise<LocalStorage | undefined> {
    this.remote ??= (async () => {
      const onActions = !!this.env.ACTIONS_RUNTIME_TOKEN && !!this.env.ACTIONS_RESULTS_URL;
      if (!onActions && !this.settings.findBy) return undefined;
      const client = await this.clientFactory();
      const find = this.settings.findBy ? { findBy: this.settings.findBy } : undefined;
      let id: number;
      try {
        id = (await client.getArtifact(this.settings.name, find)).artifact.id;
      } catch (err) {
        if (err instanceof Error && err.name === 'ArtifactNotFoundError') return undefined;
        throw new OperationalError(`${this.location}: cannot look up the artifact: ${redact(firstLine(err))}`, { cause: err });
      }
      this.downloadDir = await fs.mkdtemp(path.join(this.settings.stagingParent, 'bakup-artifact-dl-'));
      try {
        await client.downloadArtifact(id, { path: this.downloadDir, ...find });
      } catch (err) {
        throw new OperationalError(`${this.location}: cannot download artifact ${id}: ${redact(firstLine(err))}`, { cause: err });
      }
      return new LocalStorage(this.downloadDir);
    })();
    return this.remote;
  }

  async put(key: string, body: Readable, opts?: PutOptions): Promise<ObjectInfo> {
    const full = this.inArtifact(key);
    const info = await (await this.stage()).put(full, body, opts);
    this.staged++;
    return { ...info, key };
  }

  async get(key: string): Promise<Readable> {
    const full = this.inArtifact(key);
    if (this.staging && (await this.staging.store.stat(full))) return this.staging.store.get(full);
    const remote = await this.readRemote();
    if (remote && (await remote.stat(full))) return remote.get(full);
    throw new NotFoundError(this.location, key);
  }

  async stat(key: string): Promise<ObjectInfo | undefined> {
    const full = this.inArtifact(key);
    const hit = (await this.staging?.store.stat(full)) ?? (await (await this.readRemote())?.stat(full));
    return hit ? { ...hit, key } : undefined;
  }

  async *list(prefix: string): AsyncIterable<ObjectInfo> {
    const root = this.settings.prefix;
    const seen = new Set<string>();
    for (const store of [this.staging?.store, await this.readRemote()]) {
      if (!store) continue;
      for await (const info of store.list(root + prefix)) {
        const key = info.key.slice(root.length);
        if (seen.has(key)) continue;
        seen.add(key);
        yield { ...info, key };
      }
    }
  }

  async delete(key: string): Promise<void> {
    const full = this.inArtifact(key);
    if (this.staging) {
      if (await this.staging.store.stat(full)) this.staged--;
      await this.staging.store.delete(full);
    }
    const remote = await this.readRemote();
    if (remote && (await remote.stat(full))) {
      throw new OperationalError(`${this.location}: cannot delete '${key}': a GitHub artifact is immutable and is removed only when its retention (at most 90 days) ends`);
    }
  }

  /**
   * Uploads everything staged as one artifact, then removes the local copies.
   * Nothing staged: nothing uploaded. `discard` (a failed backup) removes the
   * staged files without uploading them.
   */
  async close(outcome: 'commit' | 'discard' = 'commit'): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    try {
      if (outcome === 'commit' && this.staging && this.staged > 0) await this.upload(this.staging.dir);
      if (this.staging) await fs.rm(this.staging.dir, { recursive: true, force: true });
    } finally {
      if (this.downloadDir) await fs.rm(this.downloadDir, { recursive: true, force: true });
    }
  }

  private async upload(dir: string): Promise<void> {
    if (!this.env.ACTIONS_RUNTIME_TOKEN || !this.env.ACTIONS_RESULTS_URL) {
      throw new OperationalError(
        `${this.location}: uploading an artifact needs a GitHub Actions job (ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are not set); the staged files are left in ${dir}`,
      );
    }
    const files: string[] = [];
    for await (const info of new LocalStorage(dir).list('')) files.push(path.join(dir, ...info.key.split('/')));
    const client = await this.clientFactory();
    try {
      await client.uploadArtifact(this.settings.name, files, dir, { retentionDays: this.settings.retentionDays, compressionLevel: 0 });
    } catch (err) {
      throw new OperationalError(`${this.location}: artifact upload failed: ${redact(firstLine(err))}; the staged files are left in ${dir}`, { cause: err });
    }
  }
}

function firstLine(err: unknown): string {
  return errorMessage(err).split('\n')[0]!.trim();
}

async function defaultClient(): Promise<ArtifactClient> {
  const { DefaultArtifactClient } = await import('@actions/artifact');
  return new DefaultArtifactClient();
}

export async function openArtifact(url: URL, raw: string, opts: StorageOptions): Promise<ArtifactStorage> {
  const settings = artifactSettings(url, raw, opts);
  // A staging folder given that cannot be one is a usage error, said before any work starts.
  if (settings.stagingLabel) {
    const st = await fs.stat(settings.stagingParent).catch(() => undefined);
    if (st && !st.isDirectory()) throw new UsageError(`${settings.stagingLabel}: '${settings.stagingParent}' is not a folder`);
  }
  return new ArtifactStorage(settings);
}
