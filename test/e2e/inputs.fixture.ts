/**
 * What the action-input cases (inputs.cases.ts) run against: the bundle as the
 * runner starts it (`node dist/index.js`, INPUT_* variables with action.yml's
 * defaults filled in, GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files), a local
 * store, sample directories, private peers (FerretDB, redis-server, n8n) that
 * no other test file writes to, a Slack receiver and an age key pair.
 * Shared sample backups are made once, on first use.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as fsp from 'node:fs/promises';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseGithubOutput, runAction } from '../helpers/cli.js';
import { N8nAdmin, mongoUriWithDb, seedMongo, seedN8n, seedRedis } from '../helpers/peer-data.js';
import { toolPath } from '../helpers/services.js';
import { startFerretdb, startN8n, startRedis, type Throwaway, type ThrowawayN8n } from '../helpers/throwaway.js';
import { tempDir } from '../helpers/tree.js';
import { actionDefaults } from '../helpers/workflow-run.js';

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** The `::error::` lines, without the prefix. */
  errors: string[];
  elapsedMs: number;
}

export interface SlackReceiver {
  url: string;
  bodies: unknown[];
  close(): Promise<void>;
}

/** A real HTTP server on loopback standing in for Slack's webhook endpoint. */
async function slackReceiver(): Promise<SlackReceiver> {
  const bodies: unknown[] = [];
  const server = http.createServer((req, res) => {
    let data = '';
    req.on('data', (c: Buffer) => (data += c.toString()));
    req.on('end', () => {
      bodies.push(JSON.parse(data));
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('ok');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/services/T000/B000/input-case-token`, bodies, close: () => new Promise((r) => server.close(() => r())) };
}

export const MONGO_DB = 'app';
export const REDIS_DB = 7;
export const MARKER = 'input-marker-01';

export class InputFixture {
  work = '';
  store = '';
  /** A sample tree: keep.txt, notes.md, skip.log, sub/inner.txt, sub/inner.log, big.txt (compressible). */
  src = '';
  mongo!: Throwaway;
  redis!: Throwaway;
  n8n!: ThrowawayN8n;
  n8nAdmin!: N8nAdmin;
  slack!: SlackReceiver;
  age = { recipient: '', identity: '', identityFile: '' };
  /** Run at teardown, last first (e.g. the cloud rows' buckets). */
  readonly cleanups: (() => Promise<unknown>)[] = [];
  /** Every input a run was explicitly given (action.yml defaults aside). */
  readonly given = new Set<string>();
  private readonly defaults = actionDefaults();
  private readonly memo = new Map<string, Promise<unknown>>();
  private seq = 0;

  async setup(): Promise<void> {
    this.work = await tempDir('inputs');
    this.store = path.join(this.work, 'store');
    this.src = path.join(this.work, 'src');
    await fsp.mkdir(path.join(this.src, 'sub'), { recursive: true });
    await fsp.writeFile(path.join(this.src, 'keep.txt'), 'keep me\n');
    await fsp.writeFile(path.join(this.src, 'notes.md'), '# notes\n');
    await fsp.writeFile(path.join(this.src, 'skip.log'), 'log line\n');
    await fsp.writeFile(path.join(this.src, 'sub', 'inner.txt'), 'inner\n');
    await fsp.writeFile(path.join(this.src, 'sub', 'inner.log'), 'inner log\n');
    await fsp.writeFile(path.join(this.src, 'big.txt'), Array.from({ length: 20_000 }, (_, i) => `line ${i} of a compressible file ${i % 7}\n`).join(''));
    const keygen = spawnSync(toolPath('age-keygen'), [], { encoding: 'utf8' });
    if (keygen.status !== 0) throw new Error(`age-keygen failed: ${keygen.stderr}`);
    this.age.identity = /^AGE-SECRET-KEY-1\S+$/m.exec(keygen.stdout)![0];
    this.age.recipient = /public key: (age1\S+)/.exec(keygen.stdout + keygen.stderr)![1]!;
    this.age.identityFile = path.join(this.work, 'key.txt');
    await fsp.writeFile(this.age.identityFile, keygen.stdout, { mode: 0o600 });
    [this.mongo, this.redis, this.n8n, this.slack] = await Promise.all([startFerretdb(), startRedis(), startN8n({ owner: true }), slackReceiver()]);
    this.n8nAdmin = new N8nAdmin(this.n8n.url, this.n8n.apiKey!);
    await Promise.all([seedMongo(this.mongo.url, MONGO_DB, MARKER), seedRedis(this.redis.url, REDIS_DB, MARKER), this.seedN8n()]);
  }

  private async seedN8n(): Promise<void> {
    await seedN8n(this.n8nAdmin, MARKER);
    await this.n8nAdmin.req('POST', '/credentials', { name: 'orders basic auth', type: 'httpBasicAuth', data: { user: 'alice', password: 'n8n-cred-s3cret' } });
  }

  async teardown(): Promise<void> {
    for (const c of this.cleanups.reverse()) await c().catch(() => undefined);
    await Promise.all([this.mongo?.stop(), this.redis?.stop(), this.n8n?.stop(), this.slack?.close()].map((p) => p?.catch(() => undefined)));
    if (this.work) await fsp.rm(this.work, { recursive: true, force: true });
  }

  /** A fresh path under the work folder. */
  path(label: string): string {
    return path.join(this.work, `${label}-${++this.seq}`);
  }

  mongoUri(db?: string): string {
    return db ? mongoUriWithDb(this.mongo.url, db) : this.mongo.url;
  }
  redisUri(db?: number): string {
    return db === undefined ? this.redis.url : `${this.redis.url}/${db}`;
  }
  get n8nSource(): string {
    return `n8n+${this.n8n.url}`;
  }

  /** The action as the runner starts it; `inputs` must include `command`. */
  async run(inputs: Record<string, string>, env: NodeJS.ProcessEnv = {}): Promise<ActionRun> {
    for (const k of Object.keys(inputs)) this.given.add(k);
    const out = this.path('gh-output');
    const summary = this.path('gh-summary');
    await fsp.writeFile(out, '');
    await fsp.writeFile(summary, '');
    const started = Date.now();
    const r = await runAction({ ...this.defaults, ...inputs }, { GITHUB_OUTPUT: out, GITHUB_STEP_SUMMARY: summary, ...env }, this.work);
    return {
      ...r,
      outputs: parseGithubOutput(await fsp.readFile(out, 'utf8')),
      summary: await fsp.readFile(summary, 'utf8'),
      errors: r.stdout.split('\n').filter((l) => l.startsWith('::error::')).map((l) => l.slice('::error::'.length)),
      elapsedMs: Date.now() - started,
    };
  }

  /** A run that must succeed; otherwise the error shows its output. */
  async ok(inputs: Record<string, string>, env: NodeJS.ProcessEnv = {}): Promise<ActionRun> {
    const r = await this.run(inputs, env);
    if (r.code !== 0) throw new Error(`expected exit 0 from ${JSON.stringify(inputs)}, got ${r.code}:\n${r.stdout.slice(-3000)}\n${r.stderr.slice(-2000)}`);
    return r;
  }

  /** The manifest a backup run wrote (its first `manifest` output line). */
  manifestOf(r: ActionRun): Manifestish {
    const loc = r.outputs.manifest?.split('\n')[0];
    if (!loc) throw new Error(`no manifest output in ${JSON.stringify(r.outputs)}`);
    return JSON.parse(fs.readFileSync(loc.startsWith('file:') ? fileURLToPath(loc) : loc, 'utf8')) as Manifestish;
  }

  /** The folder of a stored backup. */
  backupDir(name: string, id: string): string {
    return path.join(this.store, name, id);
  }

  /** A value computed once per fixture (shared sample backups). */
  once<T>(key: string, make: () => Promise<T>): Promise<T> {
    if (!this.memo.has(key)) this.memo.set(key, make());
    return this.memo.get(key) as Promise<T>;
  }
}

export interface Manifestish {
  id: string;
  name: string;
  type?: string;
  parent?: string | null;
  finishedAt?: string;
  source: { kind: string; location: string };
  consistency: Record<string, unknown> | null;
  artifacts: { name: string; kind: string; size: number; compression: string; encryption: { scheme: string; passphrase?: boolean }; meta?: Record<string, unknown> }[];
  fingerprint: { summary: Record<string, number>; items?: Record<string, { count?: number; digest: string }> };
  options?: Record<string, unknown>;
}
