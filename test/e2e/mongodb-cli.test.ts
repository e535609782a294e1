import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { MongoClient } from 'mongodb';
import { bakup, runAction } from '../helpers/cli.js';
import { needServices } from '../helpers/services.js';
import { tempDir } from '../helpers/tree.js';

/** The MongoDB source through the bundle, as users and the action run it, against FerretDB. */
describe('mongodb through the CLI and the action', () => {
  const env = needServices('ferretdb');
  const base = env.BAKUP_TEST_FERRETDB_URI!;
  const uri = (db: string) => base.replace(/\/(\?|$)/, `/${db}$1`);
  const run = `e2e${Date.now().toString(36)}`;
  let client: MongoClient;
  let work: string;

  beforeAll(async () => {
    work = await tempDir('mongo-cli');
    client = new MongoClient(base);
    await client.connect();
    const db = client.db(`${run}src`);
    await db.collection<{ _id: number; name: string; tags: string[] }>('users').insertMany(Array.from({ length: 300 }, (_, i) => ({ _id: i, name: `user ${i}`, tags: ['a', 'b'].slice(0, i % 3) })));
    await db.collection('orders').insertMany(Array.from({ length: 120 }, (_, i) => ({ n: i, total: i * 1.5 })));
  });
  afterAll(async () => {
    for (const suffix of ['src', 'copy', 'drill', 'arch']) await client.db(`${run}${suffix}`).dropDatabase().catch(() => undefined);
    await client.close();
    await fs.rm(work, { recursive: true, force: true });
  });

  const docs = async (db: string, coll: string) => client.db(db).collection(coll).find({}, { sort: { _id: 1 } }).toArray();

  it('backup → restore into another database (--ns-from/--ns-to) → drill, with identical documents', async () => {
    const store = path.join(work, 'store');
    const b = await bakup(['backup', '--source', uri(`${run}src`), '--to', store, '--name', 'app', '--json']);
    expect(b.stderr).not.toMatch(/error/);
    expect(b.code).toBe(0);
    const m = JSON.parse(b.stdout) as { artifacts: { name: string; kind: string }[]; fingerprint: { items: Record<string, { count: number }> } };
    expect(m.artifacts[0]).toMatchObject({ kind: 'mongo-archive' });
    expect(Object.values(m.fingerprint.items).map((i) => i.count).sort((a, b) => a - b)).toEqual([120, 300]);
    const r = await bakup(['restore', '--from', store, '--name', 'app', '--target', uri(`${run}copy`), '--ns-from', `${run}src.*`, '--ns-to', `${run}copy.*`]);
    expect(r.stderr).not.toMatch(/error/);
    expect(r.code).toBe(0);
    expect(await docs(`${run}copy`, 'users')).toEqual(await docs(`${run}src`, 'users'));
    expect(await docs(`${run}copy`, 'orders')).toEqual(await docs(`${run}src`, 'orders'));
    // Into a non-empty target without --drop: refused.
    const again = await bakup(['restore', '--from', store, '--name', 'app', '--target', uri(`${run}copy`), '--ns-from', `${run}src.*`, '--ns-to', `${run}copy.*`]);
    expect(again.code).toBe(2);
    const out = path.join(work, 'out');
    await fs.writeFile(out, '');
    const d = await runAction({ command: 'drill', storage: store, name: 'app', target: uri(`${run}drill`), 'ns-from': `${run}src.*`, 'ns-to': `${run}drill.*`, 'max-age': '1h' }, { GITHUB_OUTPUT: out });
    expect(d.stdout).toMatch(/drill PASSED/);
    expect(d.code).toBe(0);
  });
});
