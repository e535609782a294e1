import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { Readable } from 'node:stream';
import { chainsOf, readAllManifests } from '../../src/catalog/chain.js';
import type { Manifest } from '../../src/catalog/manifest.js';
import { applyRetention, type RetentionPolicy } from '../../src/catalog/retention.js';
import { prune } from '../../src/commands/prune.js';
import { MemoryLogger } from '../../src/log.js';
import { LocalStorage } from '../../src/storage/local.js';
import { tempDir } from '../helpers/tree.js';

/**
 * Prune on a real store never leaves an orphan (an incremental whose parent is gone), neither when it
 * completes nor when it is interrupted after any number of deletions: random chained histories, the
 * real prune, a store that fails every delete after the k-th.
 */

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SHA = '0'.repeat(64);

function manifestOf(id: string, time: Date, parent: Manifest | undefined): Manifest {
  return {
    format: 'bakup/manifest',
    version: 1,
    id,
    name: 'hist',
    type: parent ? 'incremental' : 'full',
    parent: parent?.id ?? null,
    source: { kind: 'files', location: '/data' },
    startedAt: time.toISOString(),
    finishedAt: time.toISOString(),
    durationMs: 0,
    consistency: null,
    size: 1,
    artifacts: [{ name: 'files.tar', kind: 'tar', size: 1, sha256: SHA, plain: { size: 1, sha256: SHA }, compression: 'none', encryption: { scheme: 'none' } }],
    fingerprint: { kind: 'files', summary: {}, digest: SHA },
    warnings: [],
    tool: { name: 'bakup', version: 'test' },
    span: { to: { time: time.toISOString() }, replayable: false },
    ...(parent ? { chain: { full: parent.chain?.full ?? parent.id, depth: (parent.chain?.depth ?? 0) + 1 } } : {}),
  };
}

/** A store whose deletes of backup objects fail after `budget` of them (locks still work): an interrupted prune. */
class FailingStore extends LocalStorage {
  constructor(
    root: string,
    private budget: number,
  ) {
    super(root);
  }
  override async delete(key: string): Promise<void> {
    if (!key.includes('/.locks/')) {
      if (this.budget <= 0) throw new Error('injected: the store went away');
      this.budget--;
    }
    return super.delete(key);
  }
}

describe('prune keeps every chain whole', () => {
  let work: string;
  beforeAll(async () => {
    work = await tempDir('prune-chains');
  });
  afterAll(async () => {
    await fs.rm(work, { recursive: true, force: true });
  });

  it('on 30 random histories, completed or interrupted after any deletion', async () => {
    let interruptedRuns = 0;
    for (let seed = 1; seed <= 30; seed++) {
      const rand = rng(seed);
      const root = path.join(work, `s${seed}`);
      const storage = new LocalStorage(root);
      const manifests: Manifest[] = [];
      let t = Date.UTC(2026, 0, 1);
      const n = 5 + Math.floor(rand() * 25);
      for (let i = 0; i < n; i++) {
        t += (rand() < 0.6 ? 6 * 3_600_000 : Math.floor(rand() * 9 * 86_400_000)) + 1000;
        const time = new Date(t);
        const id = `${time.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z')}-${i && rand() < 0.7 ? 'incremental' : 'full'}-${i.toString(16).padStart(4, '0')}`;
        const parent = id.includes('-incremental-') ? manifests[i - 1] : undefined;
        const m = manifestOf(id, time, parent);
        manifests.push(m);
        await storage.put(`hist/${id}/files.tar`, Readable.from([Buffer.from('x')]));
        await storage.put(`hist/${id}/manifest.json`, Readable.from([JSON.stringify(m)]));
      }
      const policy: RetentionPolicy = { last: 1 + Math.floor(rand() * 3), daily: Math.floor(rand() * 4), weekly: Math.floor(rand() * 3) };
      const expectedKept = applyRetention(
        manifests.map((m) => ({ id: m.id, time: new Date(m.finishedAt), parent: m.parent })),
        policy,
      )
        .filter((d) => d.keep)
        .map((d) => d.item.id)
        .sort();
      const opts = { from: root, name: 'hist', policy, dryRun: false, allowEmpty: false, graceMs: 0, lockWaitMs: 0 };

      // Interrupted after k deletions (k random, including 0): whatever is listed still restores.
      const k = Math.floor(rand() * 2 * n);
      const interrupted = await prune(opts, { log: new MemoryLogger() }, new FailingStore(root, k)).then(
        () => false,
        () => true,
      );
      if (interrupted) interruptedRuns++;
      const mid = chainsOf(await readAllManifests(storage, 'hist'));
      expect({ seed, k, orphans: mid.orphans.map((o) => o.id) }).toEqual({ seed, k, orphans: [] });

      // Run to completion: exactly the kept set remains, no orphans, no leftover folders.
      await prune(opts, { log: new MemoryLogger() });
      const after = await readAllManifests(storage, 'hist');
      expect({ seed, ids: after.map((m) => m.id).sort() }).toEqual({ seed, ids: expectedKept });
      expect(chainsOf(after).orphans).toEqual([]);
      const folders = (await fs.readdir(path.join(root, 'hist'))).filter((f) => f !== '.locks').sort();
      expect(folders).toEqual(expectedKept);
    }
    // The interruption really happened in most runs (k below the number of deletions).
    expect(interruptedRuns).toBeGreaterThan(10);
  });
});
