import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as fsp from 'node:fs/promises';
import * as path from 'node:path';
import { parse } from 'yaml';
import { REPO_ROOT, needServices, startOwnFerretdb, toolPath } from '../helpers/services.js';
import { N8nAdmin, mongoSnapshot, mongoUriWithDb, n8nSnapshot, redisSnapshot, seedMongo, seedN8n, seedRedis, withMongo, withRedis } from '../helpers/peer-data.js';
import { tamperArtifact, tamperMongoArchive, tamperRedisRecords, replaceOnce } from '../helpers/tamper.js';
import { startFerretdb, startN8n, startRedis, type Throwaway, type ThrowawayN8n } from '../helpers/throwaway.js';
import { diffTrees, makeSampleTree, tempDir } from '../helpers/tree.js';
import { TEMPLATES_DIR, isBakupStep, jobSummary, loadWorkflow, runWorkflow, stepNamed, type JobResult } from '../helpers/workflow-run.js';

const TEMPLATES = fs.readdirSync(TEMPLATES_DIR).filter((f) => f.endsWith('.yml'));
const ACTION_INPUTS = Object.keys((parse(fs.readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown> }).inputs);
const BACKUP_ID = /^\d{8}T\d{6}Z-full-[0-9a-f]{4,}$/;

describe('workflow templates', () => {
  it('includes the nightly backup, the restore drill and the incident restore', () => {
    expect(TEMPLATES.sort()).toEqual(['incident-restore.yml', 'nightly-backup.yml', 'restore-drill.yml']);
  });

  it('pass actionlint with shellcheck', () => {
    const r = spawnSync(toolPath('actionlint'), ['-shellcheck', toolPath('shellcheck'), ...TEMPLATES], { cwd: TEMPLATES_DIR, encoding: 'utf8' });
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it.each(TEMPLATES)('%s has starter-workflow properties and is also a reusable workflow', (file) => {
    const props = JSON.parse(fs.readFileSync(path.join(TEMPLATES_DIR, file.replace(/\.yml$/, '.properties.json')), 'utf8')) as Record<string, unknown>;
    expect(props).toMatchObject({ name: expect.any(String), description: expect.any(String), iconName: expect.any(String), categories: expect.any(Array) });
    expect(Object.keys(loadWorkflow(file).on)).toContain('workflow_call');
  });

  it.each(TEMPLATES)('%s gives bakup only inputs that action.yml declares', (file) => {
    for (const job of Object.values(loadWorkflow(file).jobs)) {
      for (const step of job.steps.filter(isBakupStep)) {
        for (const key of Object.keys(step.with ?? {})) expect({ step: step.name, key, declared: ACTION_INPUTS.includes(key) }).toEqual({ step: step.name, key, declared: true });
      }
    }
  });

  it.each(TEMPLATES)('%s: every secret it reads is declared for workflow_call', (file) => {
    const text = fs.readFileSync(path.join(TEMPLATES_DIR, file), 'utf8');
    const wf = loadWorkflow(file) as { on: { workflow_call?: { secrets?: Record<string, unknown> } } };
    const declared = Object.keys(wf.on.workflow_call?.secrets ?? {});
    const read = new Set([...text.matchAll(/secrets\.([A-Z0-9_]+)/g)].map((m) => m[1]!));
    // secrets[matrix.secret] / secrets[fromJSON(…)[…]]: the names the matrix or the map holds.
    for (const m of text.matchAll(/secret: ([A-Z0-9_]+)|"([A-Z0-9_]+)"/g)) read.add((m[1] ?? m[2])!);
    expect([...read].filter((s) => !declared.includes(s))).toEqual([]);
  });
});

/** The failed steps of a job, with their output: `[]` when the job is green. */
const failures = (j: JobResult) => j.steps.filter((s) => s.outcome === 'failure').map((s) => ({ step: s.label, code: s.code, out: (s.stdout + s.stderr).slice(-3000) }));
const outcomes = (j: JobResult) => Object.fromEntries(j.steps.map((s) => [s.label.replace(/^\S+ /, ''), s.outcome]));

describe('the templates run locally as the runner would run them, for every source kind', () => {
  const RUN = `tpl${Date.now().toString(36)}`;
  const MARKER = 'drill-marker-A1'; // in each source's data; a tamper test changes it
  const TAMPERED = 'drill-marker-Z9';
  const REDIS_DB = 6; // test/integration/redis.test.ts uses 0-5 and 11-15
  let work: string;
  let store: string;
  let mongoBase: string;
  let redisBase: string;
  let n8n: ThrowawayN8n;
  let admin: N8nAdmin;
  const started: Throwaway[] = [];
  const secrets: Record<string, string> = {};

  beforeAll(async () => {
    const env = needServices('ferretdb', 'redis');
    mongoBase = env.BAKUP_TEST_FERRETDB_URI!;
    redisBase = env.BAKUP_TEST_REDIS_URL!;
    work = await tempDir('templates');
    store = path.join(work, 'store');
    await fsp.mkdir(path.join(work, 'data'));
    await makeSampleTree(path.join(work, 'data'));
    // n8n: an instance of its own, so no other test file's workflows come and go during a backup.
    n8n = await startN8n({ owner: true });
    started.push(n8n);
    admin = new N8nAdmin(n8n.url, n8n.apiKey!);
    await Promise.all([seedMongo(mongoBase, `${RUN}`, MARKER), seedRedis(redisBase, REDIS_DB, MARKER), seedN8n(admin, MARKER)]);
    Object.assign(secrets, {
      MONGODB_URI: mongoUriWithDb(mongoBase, RUN),
      REDIS_URL: `${redisBase}/${REDIS_DB}`,
      N8N_URL: `n8n+${n8n.url}`,
      N8N_API_KEY: n8n.apiKey!,
    });
  }, 600_000);

  afterAll(async () => {
    for (const s of started) await s.stop().catch(() => undefined);
    await withMongo(mongoBase, (c) => c.db(RUN).dropDatabase()).catch(() => undefined);
    await withRedis(redisBase, REDIS_DB, (r) => r.flushdb()).catch(() => undefined);
    if (work) await fsp.rm(work, { recursive: true, force: true });
  }, 120_000);

  /** What each kind's data looks like now, read with the system's own client. */
  const snapshot: Record<string, (j?: JobResult) => Promise<unknown>> = {
    mongodb: async (j) => mongoSnapshot(j ? j.services.mongodb!.url : mongoBase, RUN),
    redis: async (j) => redisSnapshot(j ? j.services.redis!.url : redisBase, REDIS_DB),
    n8n: async (j) => n8nSnapshot(j ? new N8nAdmin(j.services.n8n!.url, stepNamed(j, 'Drill n8n').inputs!['n8n-api-key']!) : admin),
  };
  /** Damage each kind's data as an incident would: some records deleted, one changed. */
  const damage: Record<string, () => Promise<void>> = {
    mongodb: () =>
      withMongo(mongoBase, async (c) => {
        await c.db(RUN).collection<{ _id: number }>('users').deleteMany({ _id: { $gte: 200 } });
        await c.db(RUN).collection<{ _id: string }>('orders').updateOne({ _id: 'o1' }, { $set: { total: -1 } });
      }),
    redis: () =>
      withRedis(redisBase, REDIS_DB, async (r) => {
        await r.del('colors', 'bulk:1', 'bulk:2');
        await r.set('greeting', 'overwritten');
      }),
    n8n: async () => {
      const w = await admin.byName('Fetch orders');
      await admin.req('PUT', `/workflows/${w.id}`, { name: w.name, nodes: w.nodes.slice(0, 1), connections: {}, settings: w.settings });
    },
  };

  const settings = () => ({ workspace: work, secrets, vars: { BAKUP_STORAGE: store } });
  const throwaways = { mongodb: startFerretdb, redis: startRedis, n8n: () => startN8n({ owner: false }) };
  async function runOne(file: string, kind: string, inputs: Record<string, unknown> = {}): Promise<JobResult> {
    const jobs = await runWorkflow(file, { ...settings(), inputs, only: (e) => e.name === undefined || e.name === kind, services: throwaways });
    for (const j of jobs) started.push(...Object.values(j.services));
    expect(jobs).toHaveLength(1);
    return jobs[0]!;
  }
  const stopServices = async (j: JobResult) => {
    for (const s of Object.values(j.services)) await s.stop();
  };

  async function nightly(kind: string): Promise<string> {
    const job = await runOne('nightly-backup.yml', kind, { retention: 'keep-last=5' });
    expect(failures(job)).toEqual([]);
    const step = stepNamed(job, `Back up ${kind}`);
    expect(step.outputs['backup-id']).toMatch(BACKUP_ID);
    expect(Number(step.outputs['size-bytes'])).toBeGreaterThan(0);
    expect(jobSummary(job)).toContain(`backup ${step.outputs['backup-id']} (${step.outputs['size-bytes']} bytes)`);
    return step.outputs['backup-id']!;
  }

  async function drillPasses(kind: string, backupId: string): Promise<void> {
    if (kind === 'files') await fsp.rm(path.join(work, 'drill-target'), { recursive: true, force: true });
    const job = await runOne('restore-drill.yml', kind, { 'max-age': '1h', 'max-restore-time': '10m' });
    try {
      expect(failures(job)).toEqual([]);
      const step = stepNamed(job, `Drill ${kind}`);
      expect(step.outputs).toMatchObject({ verdict: 'passed', 'backup-id': backupId });
      expect(Number(step.outputs['rto-seconds'])).toBeGreaterThan(0);
      expect(stepNamed(job, 'Fail loudly').outcome).toBe('skipped');
      expect(jobSummary(job)).toContain(`bakup restore drill \`${kind}\`: passed`);
      // The throwaway target holds exactly what the source held.
      if (kind === 'files') expect(await diffTrees(path.join(work, 'data'), path.join(work, 'drill-target'))).toEqual([]);
      else expect(await snapshot[kind]!(job)).toEqual(await snapshot[kind]!());
    } finally {
      await stopServices(job);
    }
  }

  async function incident(kind: string, target = ''): Promise<void> {
    const base = { name: kind, 'backup-id': 'latest', target };
    const dry = await runOne('incident-restore.yml', kind, { ...base, 'dry-run': true, confirm: '' });
    expect(failures(dry)).toEqual([]);
    expect(outcomes(dry)).toMatchObject({ 'Check the confirmation': 'success', 'Show the backups': 'success', 'Verify the chosen backup': 'success', Restore: 'skipped' });
    expect(stepNamed(dry, 'Verify the chosen backup').stdout).toMatch(/ok +\d{8}T/);

    const before = kind === 'files' ? undefined : await snapshot[kind]!();
    if (kind === 'files') {
      await fsp.mkdir(target, { recursive: true });
      await fsp.writeFile(path.join(target, 'old.txt'), 'stale data');
      await fsp.rm(path.join(target, 'a'), { recursive: true, force: true });
    } else await damage[kind]!();
    const damaged = kind === 'files' ? undefined : await snapshot[kind]!();
    if (kind !== 'files') expect(damaged).not.toEqual(before);

    // A wrong confirmation stops the job before anything is written.
    const refused = await runOne('incident-restore.yml', kind, { ...base, 'dry-run': false, confirm: 'yes' });
    expect(outcomes(refused)).toMatchObject({ 'Check the confirmation': 'failure', 'Show the backups': 'skipped', Restore: 'skipped' });
    expect(stepNamed(refused, 'Check the confirmation').stdout).toContain(`::error::type the backup name ('${kind}') in 'confirm'`);
    if (kind !== 'files') expect(await snapshot[kind]!()).toEqual(damaged);

    const done = await runOne('incident-restore.yml', kind, { ...base, 'dry-run': false, confirm: kind });
    expect(failures(done)).toEqual([]);
    expect(outcomes(done)).toMatchObject({ Restore: 'success' });
    if (kind === 'files') {
      await fsp.rm(path.join(target, 'old.txt'));
      expect(await diffTrees(path.join(work, 'data'), target)).toEqual([]);
    } else expect(await snapshot[kind]!()).toEqual(before);
  }

  /**
   * Alters the latest backup's data and re-seals every checksum (verify passes), then runs the
   * drill: it must fail loudly, with a report naming what differs.
   */
  async function tamperedDrillFails(kind: string, tamper: (backupDir: string) => Promise<void>, differs: RegExp, summaryNames: string): Promise<void> {
    const id = await nightly(kind);
    await tamper(path.join(store, kind, id));
    const dry = await runOne('incident-restore.yml', kind, { name: kind, 'backup-id': id, target: '', 'dry-run': true, confirm: '' });
    expect(outcomes(dry)).toMatchObject({ 'Verify the chosen backup': 'success' });
    if (kind === 'files') await fsp.rm(path.join(work, 'drill-target'), { recursive: true, force: true });
    const job = await runOne('restore-drill.yml', kind, {});
    try {
      const drill = stepNamed(job, `Drill ${kind}`);
      expect({ outcome: drill.outcome, code: drill.code, verdict: drill.outputs.verdict }).toEqual({ outcome: 'failure', code: 3, verdict: 'failed' });
      expect(stepNamed(job, 'Fail loudly')).toMatchObject({ outcome: 'success', stdout: expect.stringContaining(`::error::restore drill for ${kind} failed, see the job summary`) });
      const summary = jobSummary(job);
      expect(summary).toContain(`bakup restore drill \`${kind}\`: FAILED`);
      expect(summary).toContain(summaryNames);
      expect(drill.stdout).toMatch(differs);
    } finally {
      await stopServices(job);
    }
  }

  it('files: nightly backup → restore drill → incident restore', async () => {
    const id = await nightly('files');
    await drillPasses('files', id);
    await incident('files', path.join(work, 'incident'));
  });

  it('mongodb: nightly backup → restore drill into a throwaway FerretDB → incident restore in place', async () => {
    const id = await nightly('mongodb');
    await drillPasses('mongodb', id);
    await incident('mongodb');
  });

  it('redis: nightly backup → restore drill into a throwaway redis-server → incident restore in place', async () => {
    const id = await nightly('redis');
    await drillPasses('redis', id);
    await incident('redis');
  });

  it('n8n: nightly backup → restore drill into a throwaway n8n (owner and key made by the template) → incident restore in place', async () => {
    const id = await nightly('n8n');
    await drillPasses('n8n', id);
    await incident('n8n');
  });

  // The files fingerprint is one digest over the tree (no per-file items): the restore itself refuses the tree.
  it('a tampered files backup fails the drill: the restored tree does not match the fingerprint', async () => {
    await tamperedDrillFails('files', (dir) => tamperArtifact(dir, 'tar', (tar) => (replaceOnce(tar, 'hello world', 'HELLO world'), tar)), /restored tree does not match the backup's fingerprint/, "- restore failed: restored tree does not match the backup's fingerprint");
  });

  it('a tampered MongoDB backup fails the drill, naming the collection', async () => {
    await tamperedDrillFails('mongodb', (dir) => tamperArtifact(dir, 'mongo-archive', (a) => tamperMongoArchive(a, MARKER, TAMPERED)), /users: 250 documents recorded, 250 read, digests differ/, 'users: 250 documents recorded, 250 read, digests differ');
  });

  // The Redis fingerprint covers key names and types per database, not values (src/sources/redis/fingerprint.ts): rename a key.
  it('a tampered Redis backup fails the drill, naming the database', async () => {
    await tamperedDrillFails('redis', (dir) => tamperArtifact(dir, 'redis-records', (r) => tamperRedisRecords(r, 'greeting', 'greetinZ')), new RegExp(`differs: db${REDIS_DB}: backup \\d+ /`), `| db${REDIS_DB} | `);
  });

  it('a tampered n8n backup fails the drill, naming the workflow', async () => {
    await tamperedDrillFails('n8n', (dir) => tamperArtifact(dir, 'tar', (t) => (replaceOnce(t, MARKER, TAMPERED), t)), /differs: Fetch orders: backup /, '| Fetch orders | ');
  });

  it('mongodb: 15-minute oplog slices from the nightly template, then the incident restore lands on a chosen moment', async () => {
    // A FerretDB of its own with an oplog (the shared one has none): the 15-minute job needs one to continue a chain.
    const source = await startOwnFerretdb();
    const target = await startOwnFerretdb();
    const db = `${RUN}pitr`;
    try {
      await withMongo(source.uri, (c) => c.db('local').createCollection('oplog.rs', { capped: true, size: 32 << 20 }));
      await seedMongo(source.uri, db, MARKER);
      const pitrSecrets = { ...secrets, MONGODB_URI: mongoUriWithDb(source.uri, db) };
      const run = (file: string, extra: Partial<Parameters<typeof runWorkflow>[1]>) =>
        runWorkflow(file, { workspace: work, secrets: pitrSecrets, vars: { BAKUP_STORAGE: store }, only: (e) => e.name === undefined || e.name === 'mongodb', services: throwaways, ...extra });

      const nightlyRun = await run('nightly-backup.yml', { inputs: { retention: 'keep-last=5' } });
      expect(nightlyRun.map((j) => j.job)).toEqual(['backup']);
      expect(failures(nightlyRun[0]!)).toEqual([]);
      expect(stepNamed(nightlyRun[0]!, 'Back up mongodb').outputs['backup-id']).toMatch(BACKUP_ID);

      // Without the opt-in variable the 15-minute schedule runs no job at all.
      expect(await run('nightly-backup.yml', { event: { name: 'schedule', schedule: '*/15 * * * *' } })).toEqual([]);

      await withMongo(source.uri, (c) => c.db(db).collection('pitr').insertOne({ _id: 'first', n: 1 } as never));
      await new Promise((r) => setTimeout(r, 1500));
      const moment = new Date();
      const atMoment = await mongoSnapshot(source.uri, db);
      await new Promise((r) => setTimeout(r, 1500));
      await withMongo(source.uri, async (c) => {
        await c.db(db).collection('pitr').insertOne({ _id: 'second', n: 2 } as never);
        await c.db(db).collection('pitr').updateOne({ _id: 'first' } as never, { $set: { n: 10 } });
      });

      const slice = await run('nightly-backup.yml', { event: { name: 'schedule', schedule: '*/15 * * * *' }, vars: { BAKUP_STORAGE: store, BAKUP_MONGODB_PITR: 'true' } });
      expect(slice.map((j) => j.job)).toEqual(['mongodb-incremental']);
      expect(failures(slice[0]!)).toEqual([]);
      expect(stepNamed(slice[0]!, 'Back up the MongoDB oplog').outputs['backup-id']).toMatch(/^\d{8}T\d{6}Z-incremental-[0-9a-f]{4,}$/);

      const restored = await run('incident-restore.yml', {
        inputs: { name: 'mongodb', at: moment.toISOString(), target: mongoUriWithDb(target.uri, db), 'dry-run': false, confirm: 'mongodb' },
      });
      expect(failures(restored[0]!)).toEqual([]);
      expect(outcomes(restored[0]!)).toMatchObject({ 'Verify the chosen backup': 'skipped', Restore: 'success' });
      expect(await mongoSnapshot(target.uri, db)).toEqual(atMoment);
      expect(await mongoSnapshot(target.uri, db)).not.toEqual(await mongoSnapshot(source.uri, db));
    } finally {
      await source.stop();
      await target.stop();
    }
  }, 600_000);
});
