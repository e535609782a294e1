import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { Readable } from 'node:stream';
import { backup } from '../../src/commands/backup.js';
import { list } from '../../src/commands/list.js';
import { prune } from '../../src/commands/prune.js';
import { unlock } from '../../src/commands/unlock.js';
import { verify } from '../../src/commands/verify.js';
import { acquireLock, listLocks, LockHeldError } from '../../src/catalog/locks.js';
import { applyRetention } from '../../src/catalog/retention.js';
import { readManifest, listBackups } from '../../src/catalog/catalog.js';
import { MemoryLogger } from '../../src/log.js';
import { LocalStorage } from '../../src/storage/local.js';
import type { Storage } from '../../src/storage/storage.js';
import { tempDir } from '../helpers/tree.js';

const ctx = () => ({ log: new MemoryLogger() });
const DAY = 86_400_000;

/** Real backups of a tiny tree, then their manifests re-dated to build a history spanning months. */
async function makeHistory(store: string, src: string, times: Date[], parents: (number | null)[] = []): Promise<string[]> {
  const storage = new LocalStorage(store);
  const ids: string[] = [];
  for (let i = 0; i < times.length; i++) {
    await fs.writeFile(path.join(src, 'n.txt'), String(i));
    const b = await backup({ source: src, to: [store], name: 'hist', compression: 'gzip' }, ctx());
    const m = { ...b.manifest, finishedAt: times[i]!.toISOString(), type: parents[i] != null ? ('incremental' as const) : ('full' as const), parent: parents[i] != null ? ids[parents[i]!]! : null };
    await storage.put(`hist/${m.id}/manifest.json`, Readable.from([JSON.stringify(m)]));
    ids.push(m.id);
  }
  return ids;
}

describe('prune on the store', () => {
  let work: string;
  let src: string;
  beforeAll(async () => {
    work = await tempDir('prune');
    src = path.join(work, 'src');
    await fs.mkdir(src);
  });
  afterAll(async () => {
    await fs.rm(work, { recursive: true, force: true });
  });

  it('removes exactly what the policy does not keep, manifests and artifacts', async () => {
    const store = path.join(work, 's1');
    const start = Date.UTC(2026, 0, 1, 3);
    const times = Array.from({ length: 40 }, (_, i) => new Date(start + i * 3.3 * DAY));
    const ids = await makeHistory(store, src, times);
    const policy = { last: 2, weekly: 4, monthly: 3 };
    const dry = await prune({ from: store, name: 'hist', policy, dryRun: true, allowEmpty: false, graceMs: DAY, lockWaitMs: 0 }, ctx());
    expect(dry.removed).toEqual([]);
    expect((await list({ from: store, name: 'hist' }, ctx())).backups).toHaveLength(40);
    const expected = applyRetention(ids.map((id, i) => ({ id, time: times[i]! })), policy).filter((d) => d.keep).map((d) => d.item.id).sort();
    expect(dry.plan.filter((p) => p.keep).map((p) => p.id).sort()).toEqual(expected);
    const r = await prune({ from: store, name: 'hist', policy, dryRun: false, allowEmpty: false, graceMs: DAY, lockWaitMs: 0 }, ctx());
    expect(r.removed).toHaveLength(40 - expected.length);
    expect((await list({ from: store, name: 'hist' }, ctx())).backups.map((b) => b.id).sort()).toEqual(expected);
    // Nothing of a removed backup is left behind, and what is kept still verifies.
    const folders = (await fs.readdir(path.join(store, 'hist'))).filter((f) => !f.startsWith('.')).sort();
    expect(folders).toEqual(expected);
    expect((await verify({ from: store, name: 'hist', backupId: 'all' }, ctx())).ok).toBe(true);
  });

  it('refuses a policy that keeps nothing unless allowEmpty', async () => {
    const store = path.join(work, 's2');
    await makeHistory(store, src, [new Date(Date.UTC(2026, 1, 1))]);
    await expect(prune({ from: store, name: 'hist', policy: {}, dryRun: false, allowEmpty: false, graceMs: DAY, lockWaitMs: 0 }, ctx())).rejects.toThrow(/--allow-empty/);
    await expect(prune({ from: store, name: 'hist', policy: { last: 0 }, dryRun: false, allowEmpty: false, graceMs: DAY, lockWaitMs: 0 }, ctx())).rejects.toThrow(/--allow-empty/);
    expect((await list({ from: store, name: 'hist' }, ctx())).backups).toHaveLength(1);
    const r = await prune({ from: store, name: 'hist', policy: {}, dryRun: false, allowEmpty: true, graceMs: DAY, lockWaitMs: 0 }, ctx());
    expect(r.removed).toHaveLength(1);
  });

  it('keeps the parents of kept incrementals', async () => {
    const store = path.join(work, 's3');
    const t = (d: number) => new Date(Date.UTC(2026, 2, d));
    const ids = await makeHistory(store, src, [t(1), t(2), t(3), t(4)], [null, 0, 1, null]);
    const keepInc = await prune({ from: store, name: 'hist', policy: { last: 1 }, dryRun: true, allowEmpty: false, graceMs: DAY, lockWaitMs: 0 }, ctx());
    expect(keepInc.plan.filter((p) => p.keep).map((p) => p.id)).toEqual([ids[3]]);
    await fs.rm(path.join(store, 'hist', ids[3]!), { recursive: true });
    const r = await prune({ from: store, name: 'hist', policy: { last: 1 }, dryRun: false, allowEmpty: false, graceMs: DAY, lockWaitMs: 0 }, ctx());
    expect(r.removed).toEqual([]);
    expect(r.plan.map((p) => [p.id, p.reasons])).toEqual([
      [ids[2], ['last 1/1']],
      [ids[1], [`parent of ${ids[2]}`]],
      [ids[0], [`parent of ${ids[2]}`]],
    ]);
  });

  it('an interrupted prune leaves every listed backup complete, and the next prune sweeps the rest', async () => {
    const store = path.join(work, 's4');
    const ids = await makeHistory(store, src, Array.from({ length: 6 }, (_, i) => new Date(Date.UTC(2026, 3, 1 + i))));
    const real = new LocalStorage(store);
    let deletes = 0;
    // The store dies after a few deletions, in the middle of removing a backup's parts: one backup whole
    // (its manifest and artifacts), then the next one's manifest.
    const dieAfter = (await fs.readdir(path.join(store, 'hist', ids[0]!))).length + 1;
    const dying: Storage = {
      location: real.location,
      put: (k, b, o) => real.put(k, b, o),
      putIfAbsent: (k, b) => real.putIfAbsent(k, b),
      get: (k) => real.get(k),
      stat: (k) => real.stat(k),
      list: (p) => real.list(p),
      delete: async (k) => {
        if (!k.includes('/.locks/') && ++deletes > dieAfter) throw new Error('connection reset');
        return real.delete(k);
      },
    };
    await expect(prune({ from: store, name: 'hist', policy: { last: 1 }, dryRun: false, allowEmpty: false, graceMs: DAY, lockWaitMs: 0 }, ctx(), dying)).rejects.toThrow(/connection reset/);
    const listed = (await list({ from: store, name: 'hist' }, ctx())).backups;
    expect(listed.length).toBeGreaterThan(1);
    expect(listed.length).toBeLessThan(6);
    expect((await verify({ from: store, name: 'hist', backupId: 'all' }, ctx())).ok).toBe(true);
    // The half-removed folder (artifacts without a manifest) is swept once past the grace period.
    const r = await prune({ from: store, name: 'hist', policy: { last: 1 }, dryRun: false, allowEmpty: false, graceMs: 0, lockWaitMs: 0 }, ctx());
    expect(r.orphans.length).toBeGreaterThanOrEqual(1);
    expect((await fs.readdir(path.join(store, 'hist'))).filter((f) => !f.startsWith('.'))).toEqual([ids[5]]);
  });

  it('sweeps the temporary files a killed backup leaves, once past the grace period', async () => {
    const store = path.join(work, 's8');
    await makeHistory(store, src, [new Date(Date.UTC(2026, 7, 1))]);
    const tmp = path.join(store, 'hist', '20991231T000000Z-full-dead', '.bakup-tmp-0123456789ab-files.tar.gz');
    await fs.mkdir(path.dirname(tmp), { recursive: true });
    await fs.writeFile(tmp, 'partial');
    expect((await prune({ from: store, name: 'hist', policy: { last: 1 }, dryRun: false, allowEmpty: false, graceMs: DAY, lockWaitMs: 0 }, ctx())).orphans).toEqual([]);
    await fs.utimes(tmp, new Date(Date.now() - 2 * DAY), new Date(Date.now() - 2 * DAY));
    const r = await prune({ from: store, name: 'hist', policy: { last: 1 }, dryRun: false, allowEmpty: false, graceMs: DAY, lockWaitMs: 0 }, ctx());
    expect(r.orphans).toEqual([{ folder: 'hist (incomplete writes)', objects: 1 }]);
    await expect(fs.stat(tmp)).rejects.toThrow();
  });

  it('two prunes at once: one runs, the other fails clearly naming the holder', async () => {
    const store = path.join(work, 's5');
    await makeHistory(store, src, [new Date(Date.UTC(2026, 4, 1)), new Date(Date.UTC(2026, 4, 2))]);
    const storage = new LocalStorage(store);
    const held = await acquireLock(storage, 'hist', 'exclusive', { command: 'prune' });
    const err = await prune({ from: store, name: 'hist', policy: { last: 1 }, dryRun: false, allowEmpty: false, graceMs: DAY, lockWaitMs: 0 }, ctx()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LockHeldError);
    expect(String(err)).toMatch(/exclusive lock held by prune on .* \(pid \d+\)/);
    await held.release();
    // Racing for real: exactly one of two concurrent prunes gets the lock.
    const results = await Promise.allSettled([1, 2].map(() => prune({ from: store, name: 'hist', policy: { last: 1 }, dryRun: false, allowEmpty: false, graceMs: DAY, lockWaitMs: 0 }, ctx())));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(String((results.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason)).toMatch(/cannot take the exclusive lock/);
    expect(await listLocks(storage, 'hist')).toEqual([]);
  });

  it('a prune during a backup waits for it and never removes its artifacts', async () => {
    const store = path.join(work, 's6');
    await makeHistory(store, src, [new Date(Date.UTC(2026, 5, 1))]);
    const storage = new LocalStorage(store);
    const backupLock = await acquireLock(storage, 'hist', 'shared', { command: 'backup' });
    // A crashed-looking folder without manifest, as a running backup would have.
    await storage.put('hist/20991231T000000Z-full-beef/files.tar.gz', Readable.from([Buffer.from('in progress')]));
    await expect(prune({ from: store, name: 'hist', policy: { last: 1 }, dryRun: false, allowEmpty: false, graceMs: 0, lockWaitMs: 300 }, ctx())).rejects.toThrow(/shared lock held by backup/);
    expect(await storage.stat('hist/20991231T000000Z-full-beef/files.tar.gz')).toBeDefined();
    setTimeout(() => void backupLock.release(), 500);
    const r = await prune({ from: store, name: 'hist', policy: { last: 1 }, dryRun: false, allowEmpty: false, graceMs: DAY, lockWaitMs: 10_000 }, ctx());
    expect(r.removed).toEqual([]);
    expect(await storage.stat('hist/20991231T000000Z-full-beef/files.tar.gz')).toBeDefined();
  });

  it('a stale lock is ignored and removed by unlock; a live one is kept unless --all', async () => {
    const store = path.join(work, 's7');
    await makeHistory(store, src, [new Date(Date.UTC(2026, 6, 1))]);
    const storage = new LocalStorage(store);
    const stale = { kind: 'exclusive', holder: 'x', host: 'gone-runner', pid: 1, command: 'prune', createdAt: '2026-01-01T00:00:00Z', expiresAt: '2026-01-01T00:10:00Z' };
    await storage.put('hist/.locks/exclusive.json', Readable.from([JSON.stringify(stale)]));
    const live = await acquireLock(storage, 'hist', 'shared', { command: 'backup' });
    const u = await unlock({ from: store, name: 'hist', all: false }, ctx());
    expect(u.removed).toEqual([expect.stringMatching(/exclusive lock of prune on gone-runner/)]);
    expect(u.kept).toHaveLength(1);
    const all = await unlock({ from: store, name: 'hist', all: true }, ctx());
    expect(all.removed).toHaveLength(1);
    await live.release();
    // A backup is not blocked by a stale exclusive lock.
    await storage.put('hist/.locks/exclusive.json', Readable.from([JSON.stringify(stale)]));
    await backup({ source: src, to: [store], name: 'hist', compression: 'gzip', lockWaitMs: 0 }, ctx());
    expect(await listBackups(storage, 'hist')).toHaveLength(2);
    const m = await readManifest(storage, (await listBackups(storage, 'hist'))[1]!);
    expect(m.name).toBe('hist');
  });
});
