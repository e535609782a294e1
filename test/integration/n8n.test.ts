import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile, spawnSync } from 'node:child_process';
import * as fs from 'node:fs/promises';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { backup } from '../../src/commands/backup.js';
import { drill } from '../../src/commands/drill.js';
import { restore } from '../../src/commands/restore.js';
import { OperationalError, UsageError } from '../../src/errors.js';
import { MemoryLogger } from '../../src/log.js';
import { Progress } from '../../src/progress/progress.js';
import { N8nSource, type N8nSourceOptions } from '../../src/sources/n8n/n8n-source.js';
import { backupFiles } from '../../src/sources/n8n/restore.js';
import { needServices } from '../helpers/services.js';
import { createReadStream } from 'node:fs';

const env = needServices('n8n', 'n8n2');
// jest sets NODE_ENV=test, which makes the n8n CLI open a test database instead of the instance's
// (children get this test's process.env explicitly: jest gives tests a copy).
delete process.env.NODE_ENV;
const N1 = { url: env.BAKUP_TEST_N8N_URL!, key: env.BAKUP_TEST_N8N_API_KEY!, bin: env.BAKUP_TEST_N8N_BIN! };
const N2 = { url: env.BAKUP_TEST_N8N2_URL!, key: env.BAKUP_TEST_N8N2_API_KEY!, bin: env.BAKUP_TEST_N8N2_BIN! };
const src1 = `n8n+${N1.url}`;
const src2 = `n8n+${N2.url}`;

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Test-side n8n admin through the same public API (a separate, minimal client so the code under test checks itself against it). */
class Admin {
  constructor(readonly n: { url: string; key: string; bin: string }) {}
  async req(method: string, p: string, body?: unknown): Promise<Json> {
    for (let i = 0; ; i++) {
      try {
        return await this.once(method, p, body);
      } catch (e) {
        // Unpublishing finishes in the background; n8n says so with a 409.
        if (i > 20 || !/try again/.test((e as Error).message)) throw e;
        await new Promise((r) => setTimeout(r, 250));
      }
    }
  }
  private async once(method: string, p: string, body?: unknown): Promise<Json> {
    const res = await fetch(`${this.n.url}/api/v1${p}`, {
      method,
      headers: { 'X-N8N-API-KEY': this.n.key, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    }).catch((e: Error) => {
      throw new Error(`${method} ${p}: ${e.message} (${String((e.cause as Error)?.message)})`);
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${p}: ${res.status} ${text}`);
    return text ? JSON.parse(text) : {};
  }
  async list(p: string): Promise<Json[]> {
    const out: Json[] = [];
    let cursor: string | undefined;
    do {
      const page = await this.req('GET', `${p}${p.includes('?') ? '&' : '?'}limit=250${cursor ? `&cursor=${cursor}` : ''}`);
      out.push(...page.data);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return out;
  }
  async workflows(): Promise<Json[]> {
    return (await this.list('/workflows')).filter((w) => !w.isArchived);
  }
  async byName(name: string): Promise<Json[]> {
    return (await this.workflows()).filter((w) => w.name === name);
  }
  async wipe(): Promise<void> {
    for (const w of await this.list('/workflows')) {
      if (w.active) await this.req('POST', `/workflows/${w.id}/deactivate`);
      await this.req('DELETE', `/workflows/${w.id}`);
    }
    for (const c of await this.list('/credentials')) await this.req('DELETE', `/credentials/${c.id}`);
    for (const t of await this.list('/tags')) await this.req('DELETE', `/tags/${t.id}`);
  }
  /** The CLI's view of a credential, decrypted by the instance's own key. */
  async decryptedCredential(id: string): Promise<Json | undefined> {
    const file = path.join(work, `cred-${id}.json`);
    // Not spawnSync: a blocked event loop lets n8n close pooled keep-alive sockets unnoticed.
    const ok = await new Promise<boolean>((resolve) => {
      execFile(this.n.bin, ['export:credentials', `--id=${id}`, '--decrypted', `--output=${file}`], { timeout: 120_000, env: process.env }, (err) => resolve(!err));
    });
    if (!ok) return undefined;
    const parsed = JSON.parse(await fs.readFile(file, 'utf8'));
    await fs.rm(file);
    return Array.isArray(parsed) ? parsed[0] : parsed;
  }
}

const a1 = new Admin(N1);
const a2 = new Admin(N2);
const progresses: Progress[] = [];
function ctx() {
  const log = new MemoryLogger();
  const progress = new Progress(log, 'test', 1e9);
  progresses.push(progress);
  return { log, progress };
}

let work: string;
let store: string;
let credId: string;
let apiOriginals: Json[];
let apiBackupId: string;
const NAMES = { orders: 'Fetch orders', nightly: 'Nightly report', scratch: 'Scratch ünïcode ✓ / test' };

/** The parts of a workflow a restore must reproduce exactly. */
function essence(w: Json) {
  return {
    name: w.name,
    nodes: [...w.nodes].sort((a: Json, b: Json) => a.name.localeCompare(b.name)),
    connections: w.connections,
    settings: w.settings,
    pinData: w.pinData && Object.keys(w.pinData).length ? w.pinData : null,
    tags: (w.tags ?? []).map((t: Json) => t.name).sort(),
  };
}

async function createFixture(a: Admin): Promise<void> {
  const cred = await a.req('POST', '/credentials', { name: 'orders basic auth', type: 'httpBasicAuth', data: { user: 'alice', password: 's3cret-Pa55' } });
  credId = cred.id;
  const prod = await a.req('POST', '/tags', { name: 'prod' });
  const team = await a.req('POST', '/tags', { name: 'team-a' });
  const orders = await a.req('POST', '/workflows', {
    name: NAMES.orders,
    nodes: [
      { id: '0b6c1f0e-1111-4a4a-9c9c-000000000001', name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
      {
        id: '0b6c1f0e-1111-4a4a-9c9c-000000000002',
        name: 'Get orders',
        type: 'n8n-nodes-base.httpRequest',
        typeVersion: 4.2,
        position: [220, 0],
        parameters: { url: 'http://127.0.0.1:9/orders', authentication: 'genericCredentialType', genericAuthType: 'httpBasicAuth', options: {} },
        credentials: { httpBasicAuth: { id: cred.id, name: cred.name } },
      },
    ],
    connections: { Start: { main: [[{ node: 'Get orders', type: 'main', index: 0 }]] } },
    settings: { executionOrder: 'v1', timezone: 'Europe/Berlin', saveManualExecutions: false, executionTimeout: 120 },
    pinData: { Start: [{ json: { order: 42, note: 'pinned ✓' } }] },
  });
  await a.req('PUT', `/workflows/${orders.id}/tags`, [{ id: prod.id }, { id: team.id }]);
  const nightly = await a.req('POST', '/workflows', {
    name: NAMES.nightly,
    nodes: [
      { id: '0b6c1f0e-2222-4a4a-9c9c-000000000001', name: 'Every day', type: 'n8n-nodes-base.scheduleTrigger', typeVersion: 1.2, position: [0, 0], parameters: { rule: { interval: [{ field: 'hours', hoursInterval: 24 }] } } },
      {
        id: '0b6c1f0e-2222-4a4a-9c9c-000000000002',
        name: 'Build',
        type: 'n8n-nodes-base.set',
        typeVersion: 3.4,
        position: [220, 0],
        parameters: { assignments: { assignments: [{ id: 'x1', name: 'report', value: 'daily', type: 'string' }] }, options: {} },
      },
    ],
    connections: { 'Every day': { main: [[{ node: 'Build', type: 'main', index: 0 }]] } },
    settings: { executionOrder: 'v1', saveDataSuccessExecution: 'none' },
  });
  await a.req('PUT', `/workflows/${nightly.id}/tags`, [{ id: prod.id }]);
  await a.req('POST', `/workflows/${nightly.id}/activate`);
  await a.req('POST', '/workflows', {
    name: NAMES.scratch,
    nodes: [
      { id: '0b6c1f0e-3333-4a4a-9c9c-000000000001', name: 'Go', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
      { id: '0b6c1f0e-3333-4a4a-9c9c-000000000002', name: 'Nothing', type: 'n8n-nodes-base.noOp', typeVersion: 1, position: [200, 0], parameters: {} },
    ],
    connections: { Go: { main: [[{ node: 'Nothing', type: 'main', index: 0 }]] } },
    settings: {},
  });
}

async function tarEntries(manifestName: string, id: string): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  for await (const e of backupFiles(createReadStream(path.join(store, manifestName, id, 'n8n.tar')), 'test')) out.set(e.name, e.body);
  return out;
}

beforeAll(async () => {
  work = await fs.mkdtemp(path.join(os.tmpdir(), 'bakup-n8n-test-'));
  store = path.join(work, 'store');
  await a1.wipe();
  await a2.wipe();
  await createFixture(a1);
}, 120_000);

afterAll(async () => {
  for (const p of progresses) p.stop();
  await fs.rm(work, { recursive: true, force: true });
});

describe('n8n API mode', () => {
  let originals: Json[];
  let backupId: string;
  let digest: string;

  it('backs up every workflow, tag and credential stub into one tar anyone can read', async () => {
    originals = await a1.workflows();
    apiOriginals = originals;
    expect(originals).toHaveLength(3);
    const b = await backup({ source: src1, to: [store], name: 'api', compression: 'none', sourceOptions: { n8nApiKey: N1.key } as N8nSourceOptions }, ctx());
    backupId = b.manifest.id;
    apiBackupId = backupId;
    digest = b.manifest.fingerprint.digest;
    expect(b.manifest.source.kind).toBe('n8n');
    expect(b.manifest.fingerprint.summary).toEqual({ workflows: 3, nodes: 6, tags: 2 });
    expect(b.manifest.artifacts[0]!.meta).toMatchObject({ mode: 'api', n8nVersion: expect.stringMatching(/^\d+\.\d+\.\d+/) });
    expect(b.manifest.warnings.join('\n')).toMatch(/1 credential\(s\) recorded as metadata only.*never returns secrets/);
    expect(b.manifest.warnings.join('\n')).toMatch(/variables: not available/);
    // The stock tar lists it.
    const listing = spawnSync('tar', ['-tf', path.join(store, 'api', backupId, 'n8n.tar')], { encoding: 'utf8' });
    expect(listing.status).toBe(0);
    const entries = await tarEntries('api', backupId);
    const orders = originals.find((w) => w.name === NAMES.orders)!;
    const file = `workflows/${orders.id}-fetch-orders.json`;
    expect(listing.stdout.split('\n')).toEqual(expect.arrayContaining(['tags.json', 'credentials.json', 'index.json', file, 'workflows/']));
    const stored = JSON.parse(entries.get(file)!.toString());
    expect(essence(stored)).toEqual(essence(orders));
    // Sorted keys, pretty: diff-friendly.
    expect(entries.get(file)!.toString()).toBe(`${JSON.stringify(sortDeep(stored), null, 2)}\n`);
    expect(JSON.parse(entries.get('credentials.json')!.toString())).toEqual([{ id: credId, name: 'orders basic auth', type: 'httpBasicAuth' }]);
    const index = JSON.parse(entries.get('index.json')!.toString());
    expect(index.counts).toMatchObject({ workflows: 3, active: 1, inactive: 2, credentials: 1, tags: 2, variables: null });
    expect(index.workflows.map((w: Json) => w.file).sort()).toEqual([...entries.keys()].filter((k) => k.startsWith('workflows/')).sort());
    expect(JSON.stringify([...entries.values()].map(String))).not.toContain('s3cret-Pa55');
    // The live instance fingerprints like the backup.
    expect((await new N8nSource(src1, { n8nApiKey: N1.key }).fingerprint(ctx())).digest).toBe(digest);
  });

  it('dry run says what it would do and writes nothing', async () => {
    const before = await a1.workflows();
    const r = await restore({ from: store, name: 'api', backupId, target: src1, sourceOptions: { n8nApiKey: N1.key, dryRun: true } as N8nSourceOptions }, ctx());
    expect(r.report.summary).toMatchObject({ created: 0, updated: 3, skipped: 0 });
    expect(r.report.warnings.join('\n')).toMatch(/dry run.*\n.*would update 3 workflow/);
    expect((await a1.workflows()).map((w) => w.updatedAt).sort()).toEqual(before.map((w) => w.updatedAt).sort());
  });

  it('updates a changed workflow in place by id, and only the one asked for', async () => {
    const orders = originals.find((w) => w.name === NAMES.orders)!;
    const changed = { ...essence(orders), nodes: orders.nodes.map((n: Json) => (n.name === 'Get orders' ? { ...n, parameters: { ...n.parameters, url: 'http://changed' } } : n)) };
    await a1.req('PUT', `/workflows/${orders.id}`, { name: 'renamed', nodes: changed.nodes, connections: changed.connections, settings: changed.settings });
    await a1.req('PUT', `/workflows/${orders.id}/tags`, []);
    const r = await restore({ from: store, name: 'api', backupId, target: src1, sourceOptions: { n8nApiKey: N1.key, workflowIds: [orders.id] } as N8nSourceOptions }, ctx());
    expect(r.report.summary).toMatchObject({ created: 0, updated: 1, skipped: 2 });
    const now = await a1.req('GET', `/workflows/${orders.id}`);
    expect(essence(now)).toEqual(essence(orders));
    expect((await new N8nSource(src1, { n8nApiKey: N1.key }).fingerprint(ctx())).digest).toBe(digest);
  });

  it('restores into the same instance after a wipe: every workflow back, new ids reported, left inactive', async () => {
    await a1.req('POST', `/workflows/${originals.find((w) => w.name === NAMES.nightly)!.id}/deactivate`);
    for (const w of await a1.workflows()) await a1.req('DELETE', `/workflows/${w.id}`);
    for (const t of await a1.list('/tags')) await a1.req('DELETE', `/tags/${t.id}`);
    const r = await restore({ from: store, name: 'api', backupId, target: src1, sourceOptions: { n8nApiKey: N1.key } as N8nSourceOptions }, ctx());
    expect(r.report.summary).toMatchObject({ workflows: 3, created: 3, updated: 0, skipped: 0, credentials: 0, tagsCreated: 2, activated: 0 });
    const w = r.report.warnings.join('\n');
    expect(w).toMatch(/3 workflow\(s\) created with new ids \(backup→target\): /);
    for (const o of originals) expect(w).toContain(`${o.id}→`);
    expect(w).toMatch(/1 workflow\(s\) active in the backup were restored inactive; --activate/);
    const restored = await a1.workflows();
    expect(restored).toHaveLength(3);
    for (const o of originals) {
      const [now] = restored.filter((x) => x.name === o.name);
      expect(essence(now!)).toEqual(essence(o));
      expect(now!.active).toBe(false);
    }
    // The restored workflows fingerprint like the backup, and so does the instance, read independently.
    expect(r.report.fingerprint!.digest).toBe(digest);
    expect((await new N8nSource(src1, { n8nApiKey: N1.key }).fingerprint(ctx())).digest).toBe(digest);
  });

  it('passes a restore drill into an empty instance (no activation needed to compare equal)', async () => {
    const d = await drill({ from: store, name: 'api', backupId, target: src2, sourceOptions: { n8nApiKey: N2.key } as N8nSourceOptions }, ctx());
    expect(d.failures).toEqual([]);
    expect(d.differences).toEqual([]);
    expect(d.ok).toBe(true);
    expect(d.restored).toMatchObject({ created: 3 });
    expect((await a2.workflows()).every((w) => !w.active)).toBe(true);
    await a2.wipe();
  });

  it('restores into a fresh instance with --activate and fingerprints equal to the backup', async () => {
    const r = await restore({ from: store, name: 'api', backupId, target: src2, sourceOptions: { n8nApiKey: N2.key, activate: true } as N8nSourceOptions }, ctx());
    expect(r.report.summary).toMatchObject({ workflows: 3, created: 3, activated: 1 });
    expect(r.report.fingerprint!.digest).toBe(digest);
    expect((await new N8nSource(src2, { n8nApiKey: N2.key }).fingerprint(ctx())).digest).toBe(digest);
    const restored = await a2.workflows();
    for (const o of originals) {
      const [now] = restored.filter((x) => x.name === o.name);
      expect(essence(now!)).toEqual(essence(o));
      expect(now!.active).toBe(o.active);
    }
    // The credential the workflow uses is not there: the report says so.
    expect(r.report.warnings.join('\n')).toMatch(/1 credential\(s\) used by the restored workflows are not in the target: 'orders basic auth' \(httpBasicAuth\)/);
  });

  it('backs up only what the filters select', async () => {
    const b = await backup({ source: src2, to: [store], name: 'api-prod', compression: 'gzip', sourceOptions: { n8nApiKey: N2.key, tags: ['team-a', 'nope'] } as N8nSourceOptions }, ctx());
    expect(b.manifest.fingerprint.summary).toMatchObject({ workflows: 1 });
    const c = await backup({ source: src2, to: [store], name: 'api-active', compression: 'gzip', sourceOptions: { n8nApiKey: N2.key, activeOnly: true } as N8nSourceOptions }, ctx());
    expect(Object.keys(c.manifest.fingerprint.items!)).toEqual([NAMES.nightly]);
  });

  it('gives one clear line for a wrong key, a wrong URL, no public API, an unknown workflow id, a newer backup', async () => {
    const bad = 'n8n_api_wrong_key_0123456789abcdef';
    const run = (source: string, so: N8nSourceOptions) => backup({ source, to: [store], name: 'bad', compression: 'none', sourceOptions: so }, ctx());
    const e1 = await failure(run(src1, { n8nApiKey: bad }));
    expect(e1).toBeInstanceOf(UsageError);
    expect(e1.message).toMatch(/refused the API key \(401/);
    expect(e1.message).not.toContain(bad);
    const closed = await closedPort();
    const e2 = await failure(run(`n8n+http://127.0.0.1:${closed}`, { n8nApiKey: N1.key }));
    expect(e2).toBeInstanceOf(OperationalError);
    expect(e2.message).toBe(`n8n at n8n+http://127.0.0.1:${closed} is not answering (GET /workflows: ECONNREFUSED); check the URL and that n8n runs`);
    const e3 = await failure(run(`${src1}/not-here`, { n8nApiKey: N1.key }));
    expect(e3).toBeInstanceOf(UsageError);
    expect(e3.message).toMatch(/no n8n public API at/);
    const e4 = await failure(run(src1, { n8nApiKey: N1.key, workflowIds: ['doesNotExist42'] }));
    expect(e4).toBeInstanceOf(UsageError);
    expect(e4.message).toMatch(/--workflow: no workflow with id 'doesNotExist42'/);
    const saved = process.env.N8N_API_KEY;
    delete process.env.N8N_API_KEY;
    await expect(run(src1, {})).rejects.toThrow(/no n8n API key; set N8N_API_KEY or pass --n8n-api-key/);
    process.env.N8N_API_KEY = saved;
    const e5 = await failure(restore({ from: store, name: 'api', backupId, target: src2, sourceOptions: { n8nApiKey: N2.key, workflowIds: ['nope'] } as N8nSourceOptions }, ctx()));
    expect(e5).toBeInstanceOf(UsageError);
    expect(e5.message).toMatch(/--workflow: no workflow with id 'nope' in backup/);
    // A backup from a newer n8n: the manifest's record of the version is what restore reads.
    const mf = path.join(store, 'api', backupId, 'manifest.json');
    const original = await fs.readFile(mf, 'utf8');
    const m = JSON.parse(original);
    await fs.mkdir(path.join(store, 'newer', backupId), { recursive: true });
    await fs.copyFile(path.join(store, 'api', backupId, 'n8n.tar'), path.join(store, 'newer', backupId, 'n8n.tar'));
    m.name = 'newer';
    m.artifacts[0].meta.n8nVersion = '99.1.0';
    await fs.writeFile(path.join(store, 'newer', backupId, 'manifest.json'), JSON.stringify(m));
    const before = (await a2.workflows()).length;
    const e6 = await failure(restore({ from: store, name: 'newer', backupId, target: src2, sourceOptions: { n8nApiKey: N2.key } as N8nSourceOptions }, ctx()));
    expect(e6).toBeInstanceOf(UsageError);
    expect(e6.message).toMatch(/made with n8n 99\.1\.0, but .* runs n8n \d+\.\d+\.\d+ \(older\).*--allow-older-target/);
    expect((await a2.workflows()).length).toBe(before);
  });
});

describe('n8n CLI mode', () => {
  let backupId: string;
  let originals: Json[];
  let digest: string;

  it('backs up workflows and encrypted credentials with the n8n command, restores them after a wipe with the same ids', async () => {
    // Put the API fixture back as it was (active included), then back up through the CLI.
    await a1.wipe();
    await createFixture(a1);
    originals = await a1.workflows();
    const b = await backup({ source: `n8n-cli:${N1.bin}`, to: [store], name: 'cli', compression: 'gzip' }, ctx());
    backupId = b.manifest.id;
    digest = b.manifest.fingerprint.digest;
    expect(b.manifest.fingerprint.summary).toEqual({ workflows: 3, nodes: 6, tags: 2 });
    expect(b.manifest.artifacts[0]!.meta).toMatchObject({ mode: 'cli', credentials: 'encrypted' });
    expect(b.manifest.warnings.join('\n')).toMatch(/1 credential\(s\) stored encrypted with this instance's N8N_ENCRYPTION_KEY/);
    // The API and the CLI see the same workflows.
    expect((await new N8nSource(src1, { n8nApiKey: N1.key }).fingerprint(ctx())).digest).toBe(digest);

    await a1.wipe();
    expect(await a1.decryptedCredential(credId)).toBeUndefined();
    const r = await restore({ from: store, name: 'cli', backupId, target: `n8n-cli:${N1.bin}` }, ctx());
    expect(r.report.summary).toEqual({ workflows: 3, created: 3, updated: 0, skipped: 0, credentials: 1 });
    const restored = await a1.workflows();
    expect(restored.map((w) => w.id).sort()).toEqual(originals.map((w) => w.id).sort());
    for (const o of originals) expect(essence(restored.find((w) => w.id === o.id)!)).toEqual(essence(o));
    const cred = await a1.decryptedCredential(credId);
    expect(cred).toMatchObject({ id: credId, name: 'orders basic auth', data: { user: 'alice', password: 's3cret-Pa55' } });
    // n8n's import leaves workflows inactive, and says so.
    expect(r.report.warnings.join('\n')).toMatch(/1 workflow\(s\) active in the backup were restored inactive/);
    expect(restored.every((w) => !w.active)).toBe(true);
    expect(r.report.fingerprint!.digest).toBe(digest);
    expect((await new N8nSource(`n8n-cli:${N1.bin}`).fingerprint(ctx())).digest).toBe(digest);
  }, 300_000);

  it('dry run over the CLI reports updates by id and imports nothing', async () => {
    const r = await restore({ from: store, name: 'cli', backupId, target: `n8n-cli:${N1.bin}`, sourceOptions: { dryRun: true } as N8nSourceOptions }, ctx());
    expect(r.report.summary).toEqual({ workflows: 3, created: 0, updated: 3, skipped: 0, credentials: 1 });
    expect(r.report.warnings[0]).toBe('dry run: nothing was written');
  }, 120_000);

  it('refuses --decrypted unless the backup is encrypted, naming both flags', async () => {
    const e = await failure(backup({ source: `n8n-cli:${N1.bin}`, to: [store], name: 'plain', compression: 'gzip', sourceOptions: { decrypted: true } as N8nSourceOptions }, ctx()));
    expect(e).toBeInstanceOf(UsageError);
    expect(e.message).toMatch(/--decrypted .* only allowed when the backup itself is encrypted \(--encryption-recipients or --passphrase-file\)/);
    await expect(fs.readdir(path.join(store, 'plain'))).rejects.toThrow();
  });

  it('moves credentials to an instance with another encryption key through a decrypted export in an encrypted backup', async () => {
    await a2.wipe();
    const keys = { passphrase: 'n8n test passphrase 7' };
    const b = await backup({ source: `n8n-cli:${N1.bin}`, to: [store], name: 'cli-dec', compression: 'gzip', sourceOptions: { decrypted: true } as N8nSourceOptions, keys }, ctx());
    expect(b.manifest.artifacts[0]!.encryption.scheme).toBe('age');
    expect(b.manifest.artifacts[0]!.meta).toMatchObject({ credentials: 'decrypted' });
    const r = await restore({ from: store, name: 'cli-dec', backupId: b.manifest.id, target: `n8n-cli:${N2.bin}`, keys }, ctx());
    expect(r.report.summary).toMatchObject({ workflows: 3, created: 3, credentials: 1 });
    expect(await a2.decryptedCredential(credId)).toMatchObject({ name: 'orders basic auth', data: { user: 'alice', password: 's3cret-Pa55' } });
    const restored = await a2.workflows();
    for (const o of originals) expect(essence(restored.find((w) => w.id === o.id)!)).toEqual(essence(o));
  }, 300_000);

  it('restores an API-mode backup through the CLI (same ids, tags by name) and a CLI backup through the API', async () => {
    await a2.wipe();
    const r = await restore({ from: store, name: 'api', backupId: apiBackupId, target: `n8n-cli:${N2.bin}` }, ctx());
    expect(r.report.summary).toEqual({ workflows: 3, created: 3, updated: 0, skipped: 0, credentials: 0 });
    expect(r.report.warnings.join('\n')).toMatch(/1 credential\(s\) as metadata only \(an API-mode backup\)/);
    const viaCli = await a2.workflows();
    expect(viaCli.map((w) => essence(w)).sort(byName)).toEqual(apiOriginals.map((w) => essence(w)).sort(byName));
    await a2.wipe();
    const r2 = await restore({ from: store, name: 'cli', backupId, target: src2, sourceOptions: { n8nApiKey: N2.key } as N8nSourceOptions }, ctx());
    expect(r2.report.summary).toMatchObject({ workflows: 3, created: 3, credentials: 0 });
    expect(r2.report.fingerprint!.digest).toBe(digest);
    expect(r2.report.warnings.join('\n')).toMatch(/the backup holds 1 credential\(s\) with their secrets, which the API cannot import: restore with an n8n-cli: target/);
    // n8n activates imported workflows only in queue mode; its refusal comes through as one line, nothing imported.
    await a2.wipe();
    const e = await failure(restore({ from: store, name: 'cli', backupId, target: `n8n-cli:${N2.bin}`, sourceOptions: { activate: true } as N8nSourceOptions }, ctx()));
    expect(e).toBeInstanceOf(OperationalError);
    expect(e.message).toMatch(/n8n import:workflow failed \(exit 1\): .*"--activeState=fromJson" flag can only be used when n8n is running in queue or multi-main mode/);
    expect(e.message).not.toMatch(/\n/);
    expect(await a2.workflows()).toEqual([]);
  }, 300_000);

  it('backs up through the CLI an instance without credentials (n8n exits 1 on an empty export) and restores it', async () => {
    await a2.wipe();
    const only = await a2.req('POST', '/workflows', {
      name: 'No credentials here',
      nodes: [{ id: '0b6c1f0e-3333-4a4a-9c9c-000000000001', name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} }],
      connections: {},
      settings: { executionOrder: 'v1' },
    });
    const before = await a2.workflows();
    const b = await backup({ source: `n8n-cli:${N2.bin}`, to: [store], name: 'cli-nocred', compression: 'gzip' }, ctx());
    expect(b.manifest.fingerprint.summary).toMatchObject({ workflows: 1, nodes: 1 });
    expect(b.manifest.warnings.join('\n')).not.toMatch(/credential/);
    await a2.wipe();
    const r = await restore({ from: store, name: 'cli-nocred', backupId: b.manifest.id, target: `n8n-cli:${N2.bin}` }, ctx());
    expect(r.report.summary).toEqual({ workflows: 1, created: 1, updated: 0, skipped: 0, credentials: 0 });
    const after = await a2.workflows();
    expect(after.map((w) => w.id)).toEqual([only.id]);
    expect(essence(after[0]!)).toEqual(essence(before[0]!));
    expect(r.report.fingerprint!.digest).toBe(b.manifest.fingerprint.digest);
  }, 300_000);
});

async function closedPort(): Promise<number> {
  const srv = net.createServer();
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const port = (srv.address() as net.AddressInfo).port;
  await new Promise((r) => srv.close(r));
  return port;
}

async function failure(p: Promise<unknown>): Promise<Error> {
  try {
    await p;
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected a failure, got success');
}

function byName(a: { name: string }, b: { name: string }): number {
  return a.name.localeCompare(b.name);
}

function sortDeep(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortDeep);
  if (v && typeof v === 'object') return Object.fromEntries(Object.keys(v).sort().map((k) => [k, sortDeep((v as Json)[k])]));
  return v;
}
