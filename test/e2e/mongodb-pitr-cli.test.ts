import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { MongoClient } from 'mongodb';
import { bakup, runAction } from '../helpers/cli.js';
import { needServices } from '../helpers/services.js';
import { tempDir } from '../helpers/tree.js';

/**
 * Incremental MongoDB backups and point-in-time restore through the bundle, as users and the action run them,
 * against mongo-java-server (its oplog is trusted with --oplog: it is no replica set).
 */
describe('mongodb incrementals and --at through the CLI and the action', () => {
  const env = needServices('mongo-java-server');
  const base = env.BAKUP_TEST_MONGO_JAVA_URI!;
  const uri = (db: string) => base.replace(/\/(\?|$)/, `/${db}$1`);
  const run = `e2ep${Date.now().toString(36)}`;
  const src = `${run}src`;
  let client: MongoClient;
  let work: string;
  let store: string;
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const coll = (db: string, c: string) => client.db(db).collection<any>(c);
  const docs = async (db: string) => ({
    users: await coll(db, 'users').find({}, { sort: { _id: 1 } }).toArray(),
    orders: await coll(db, 'orders').find({}, { sort: { _id: 1 } }).toArray(),
  });

  beforeAll(async () => {
    work = await tempDir('mongo-pitr-cli');
    store = path.join(work, 'store');
    client = new MongoClient(base);
    await client.connect();
  });
  afterAll(async () => {
    const { databases } = await client.db('admin').command({ listDatabases: 1, nameOnly: true });
    for (const d of databases as { name: string }[]) if (d.name.startsWith(run)) await client.db(d.name).dropDatabase();
    await client.close();
    await fs.rm(work, { recursive: true, force: true });
  });

  it('full → write → --incremental → write → --incremental auto; restore --at, drill and the action land on the instants', async () => {
    await coll(src, 'users').insertMany(Array.from({ length: 30 }, (_, i) => ({ _id: i, name: `user ${i}` })));
    await coll(src, 'orders').insertMany(Array.from({ length: 5 }, (_, i) => ({ _id: i, total: i })));
    const full = await bakup(['backup', '--source', uri(src), '--oplog', '--to', store, '--name', 'app', '--json']);
    expect(full.stderr).not.toMatch(/error/);
    expect(full.code).toBe(0);
    expect(JSON.parse(full.stdout)).toMatchObject({ type: 'full' });
    const atFull = await docs(src);

    await sleep(1100);
    await coll(src, 'users').updateOne({ _id: 1 }, { $set: { name: 'changed once' } });
    await coll(src, 'orders').deleteOne({ _id: 0 });
    await sleep(1100);
    const t1 = new Date().toISOString();
    const atT1 = await docs(src);
    await sleep(1100);
    await coll(src, 'users').insertOne({ _id: 100, name: 'new' });
    const first = await bakup(['backup', '--source', uri(src), '--oplog', '--to', store, '--name', 'app', '--incremental', '--json']);
    expect(first.code).toBe(0);
    const m1 = JSON.parse(first.stdout) as { id: string; type: string; artifacts: { kind: string }[]; fingerprint: { summary: Record<string, number> } };
    expect(m1).toMatchObject({ type: 'incremental', artifacts: [{ kind: 'mongo-oplog' }], fingerprint: { summary: { entries: 3, inserts: 1, updates: 1, deletes: 1 } } });
    const atSlice1 = await docs(src);

    await sleep(1100);
    await coll(src, 'users').deleteMany({ _id: { $lt: 5 } });
    const second = await bakup(['backup', '--source', uri(src), '--oplog', '--to', store, '--name', 'app', '--incremental', 'auto', '--json']);
    expect(second.code).toBe(0);
    expect(JSON.parse(second.stdout)).toMatchObject({ type: 'incremental', fingerprint: { summary: { entries: 5, deletes: 5 } } });
    const atSlice2 = await docs(src);
    await sleep(1100);
    await coll(src, 'users').insertOne({ _id: 'after every backup' });

    const list = await bakup(['list', '--from', store, '--name', 'app', '--json']);
    const backups = JSON.parse(list.stdout) as { id: string; type: string }[];
    expect(backups.map((b) => b.type)).toEqual(['full', 'incremental', 'incremental']);
    const manifest = async (id: string) => JSON.parse(await fs.readFile(path.join(store, 'app', id, 'manifest.json'), 'utf8')) as { span: { to: { time: string; position: { t: number; i: number } } } };
    const fullPoint = (await manifest(backups[0]!.id)).span.to.time;
    const end2 = (await manifest(backups[2]!.id)).span.to.position;

    for (const [n, [at, want]] of ([[fullPoint, atFull], [t1, atT1], [(await manifest(backups[1]!.id)).span.to.time, atSlice1], [`${end2.t}:${end2.i}`, atSlice2]] as const).entries()) {
      const r = await bakup(['restore', '--from', store, '--name', 'app', '--at', at, '--target', uri(`${run}at${n}`)]);
      expect(r.stderr).not.toMatch(/error/);
      expect(r.code).toBe(0);
      if (n > 0) expect(r.stdout).toMatch(new RegExp(`^restored ${backups[0]!.id} \\+ \\d incremental\\(s\\) up to .* at `));
      expect({ at, data: await docs(`${run}at${n}`) }).toEqual({ at, data: want });
    }
    const shown = await bakup(['restore', '--from', store, '--name', 'app', '--at', t1, '--target', uri(`${run}shown`)]);
    expect(shown.stdout).toMatch(/^ {2}compared: full backup .*match the backup's fingerprint$/m);
    expect(shown.stdout).toMatch(/^ {2}not compared: the data after replaying \d+ slice entr/m);

    const d = await bakup(['drill', '--from', store, '--name', 'app', '--target', uri(`${run}drill`)]);
    expect(d.code).toBe(0);
    expect(d.stdout).toMatch(/drill PASSED/);
    expect(d.stdout).toMatch(/not compared: the data after replaying/);

    const out = path.join(work, 'out');
    await fs.writeFile(out, '');
    await fs.writeFile(path.join(work, 'summary.md'), '');
    const a = await runAction({ command: 'restore', storage: store, name: 'app', at: t1, target: uri(`${run}action`) }, { GITHUB_OUTPUT: out, GITHUB_STEP_SUMMARY: path.join(work, 'summary.md') });
    expect(a.code).toBe(0);
    expect(await docs(`${run}action`)).toEqual(atT1);
    expect(await fs.readFile(path.join(work, 'summary.md'), 'utf8')).toMatch(/### Compared with the backup/);

    const v = await bakup(['verify', '--from', store, '--name', 'app', '--backup-id', 'all', '--deep']);
    expect(v.code).toBe(0);
    expect(v.stdout).toMatch(/oplog\.bson\.\w+: parsed, entries=3/);
  }, 240_000);

  it('bad input: one line and the exit code each', async () => {
    const none = await bakup(['backup', '--source', uri(src), '--oplog', '--to', store, '--name', 'nothing-yet', '--incremental', 'on']);
    expect(none.code).toBe(2);
    expect(none.stderr.trim().split('\n')).toHaveLength(1);
    expect(none.stderr).toMatch(/--incremental: there is no previous backup named 'nothing-yet' in .* \(take a full backup first\)/);

    const standalone = await bakup(['backup', '--source', uri(src), '--to', store, '--name', 'app', '--incremental']);
    expect(standalone.code).toBe(1);
    expect(standalone.stderr).toMatch(/--incremental: .* is a standalone server, not a replica-set member: it keeps no oplog to back up incrementally/);

    const malformed = await bakup(['restore', '--from', store, '--name', 'app', '--at', 'last tuesday', '--target', uri(`${run}bad`)]);
    expect(malformed.code).toBe(2);
    expect(malformed.stderr).toMatch(/--at: expected an ISO-8601 time with a zone .* got 'last tuesday'/);
    const early = await bakup(['restore', '--from', store, '--name', 'app', '--at', '2000-01-01T00:00:00Z', '--target', uri(`${run}bad`)]);
    expect(early.code).toBe(2);
    expect(early.stderr).toMatch(/--at: 2000-01-01T00:00:00.000Z is before the oldest full backup; restorable: \S+ … \S+/);
    const late = await bakup(['restore', '--from', store, '--name', 'app', '--at', new Date(Date.now() + 3_600_000).toISOString(), '--target', uri(`${run}bad`)]);
    expect(late.code).toBe(2);
    expect(late.stderr).toMatch(/is after the newest point of the chain starting/);

    // A slice in the middle of the chain lost its data: the restore refuses before writing (exit 3).
    const broken = path.join(work, 'broken');
    await fs.cp(store, broken, { recursive: true });
    const ids = (await fs.readdir(path.join(broken, 'app'))).filter((x) => x.includes('-incremental-')).sort();
    const files = await fs.readdir(path.join(broken, 'app', ids[0]!));
    await fs.rm(path.join(broken, 'app', ids[0]!, files.find((f) => f.startsWith('oplog.bson'))!));
    const r = await bakup(['restore', '--from', broken, '--name', 'app', '--target', uri(`${run}broken`)]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/artifact 'oplog\.bson\.\w+' is missing/);
    expect(await client.db(`${run}broken`).listCollections().toArray()).toEqual([]);
  }, 120_000);
});
