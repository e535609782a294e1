import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { bakup, type RunResult } from '../helpers/cli.js';
import { tempDir } from '../helpers/tree.js';

/**
 * Issue 7: "a kill mid-prune leaves a consistent catalog". The real CLI prunes a real store and is
 * SIGKILLed (no finally blocks, no lock release) just before its k-th deletion, for every k from the
 * first deletion to the last, so every state a prune passes through is the state a kill leaves. After
 * each kill: every backup `list` shows verifies (all artifacts present, sizes and digests right), none is
 * lost that the policy keeps, the dead prune's lock refuses a second prune until `unlock`, and the next
 * prune finishes the job: exactly the planned backups remain, and no folder without a manifest.
 */

const DAY = 86_400_000;
// Loaded into the CLI with NODE_OPTIONS=--import: counts the deletions the process makes (LocalStorage
// deletes with fs.promises.rm) and kills the process for real just before the k-th one.
const KILLER = `
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
const at = Number(process.env.BAKUP_TEST_KILL_AT_DELETE);
let n = 0;
const rm = fs.promises.rm;
fs.promises.rm = function (...args) {
  if (++n === at) process.kill(process.pid, 'SIGKILL');
  return rm.apply(this, args);
};
syncBuiltinESMExports();
`;

// The same hook without the kill: reports how many deletions a whole prune makes.
const COUNTER = `${KILLER.replace("process.kill(process.pid, 'SIGKILL')", 'void 0')}process.on('exit', () => process.stderr.write('deletions=' + n + '\\n'));
`;

const POLICY = ['--keep-last', '2', '--keep-monthly', '2'];

let work: string;
let template: string;
let killer: string;
let allIds: string[];
let keepIds: string[];

const ok = (r: RunResult): RunResult => {
  expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: expect.any(String) });
  return r;
};

async function listed(store: string): Promise<string[]> {
  const r = ok(await bakup(['list', '--from', store, '--name', 'hist', '--json']));
  return (JSON.parse(r.stdout) as { id: string }[]).map((b) => b.id).sort();
}

/** Folders under the name that are not the lock folder (a backup, or the remains of one). */
async function folders(store: string): Promise<string[]> {
  return (await fs.readdir(path.join(store, 'hist'))).filter((f) => !f.startsWith('.')).sort();
}

beforeAll(async () => {
  work = await tempDir('prune-kill');
  killer = path.join(work, 'killer.mjs');
  await fs.writeFile(killer, KILLER);
  const src = path.join(work, 'src');
  await fs.mkdir(src);
  template = path.join(work, 'template');
  // Eight real backups, then their manifests re-dated to one every 20 days so the monthly rule has work to do.
  allIds = [];
  for (let i = 0; i < 8; i++) {
    await fs.writeFile(path.join(src, 'n.txt'), `backup ${i}\n`.repeat(100 + i));
    const b = ok(await bakup(['backup', '--source', src, '--to', template, '--name', 'hist', '--compression', 'gzip', '--json']));
    allIds.push((JSON.parse(b.stdout) as { id: string }).id);
  }
  for (let i = 0; i < allIds.length; i++) {
    const file = path.join(template, 'hist', allIds[i]!, 'manifest.json');
    const m = JSON.parse(await fs.readFile(file, 'utf8')) as { finishedAt: string };
    m.finishedAt = new Date(Date.UTC(2026, 0, 5) + i * 20 * DAY).toISOString();
    await fs.writeFile(file, JSON.stringify(m));
  }
  const plan = ok(await bakup(['prune', '--from', template, '--name', 'hist', ...POLICY, '--dry-run', '--json']));
  keepIds = (JSON.parse(plan.stdout) as { plan: { id: string; keep: boolean }[] }).plan.filter((p) => p.keep).map((p) => p.id).sort();
  expect(keepIds.length).toBeGreaterThan(1);
  expect(keepIds.length).toBeLessThan(allIds.length - 2);
}, 10 * 60_000);

afterAll(async () => {
  if (work) await fs.rm(work, { recursive: true, force: true });
});

describe('a prune killed at any deletion', () => {
  it('leaves only complete backups, keeps what the policy keeps, and the next prune finishes the job', async () => {
    // An unkilled prune on a copy: how many deletions a whole prune makes (the kill points to try).
    const full = path.join(work, 'full');
    await fs.cp(template, full, { recursive: true });
    await fs.writeFile(path.join(work, 'count.mjs'), COUNTER);
    const whole = ok(await bakup(['prune', '--from', full, '--name', 'hist', ...POLICY], { env: { ...process.env, NODE_OPTIONS: `--import=${pathToFileURL(path.join(work, 'count.mjs')).href}` } }));
    const deletions = Number(/deletions=(\d+)/.exec(whole.stderr)![1]);
    console.log(`a whole prune made ${deletions} deletions; killing before each`);
    // Each removed backup: its manifest, then its artifact; the lock at the end.
    expect(deletions).toBeGreaterThanOrEqual(2 * (allIds.length - keepIds.length) + 1);
    expect(await listed(full)).toEqual(keepIds);

    for (let k = 1; k <= deletions; k++) {
      const store = path.join(work, `kill-${k}`);
      await fs.cp(template, store, { recursive: true });
      const killed = await bakup(['prune', '--from', store, '--name', 'hist', ...POLICY], {
        env: { ...process.env, NODE_OPTIONS: `--import=${pathToFileURL(killer).href}`, BAKUP_TEST_KILL_AT_DELETE: String(k) },
      });
      expect({ k, signal: killed.signal }).toEqual({ k, signal: 'SIGKILL' });

      // Consistent: whatever is listed is whole, and nothing the policy keeps is gone.
      const now = await listed(store);
      expect(now).toEqual(expect.arrayContaining(keepIds));
      expect(allIds).toEqual(expect.arrayContaining(now));
      const v = await bakup(['verify', '--from', store, '--name', 'hist', '--backup-id', 'all']);
      expect({ k, code: v.code, stderr: v.stderr }).toEqual({ k, code: 0, stderr: expect.any(String) });

      // The dead prune still holds its lock: another prune is refused, naming it, until unlock.
      const blocked = await bakup(['prune', '--from', store, '--name', 'hist', ...POLICY, '--lock-wait', '0s']);
      expect({ k, code: blocked.code, stderr: blocked.stderr }).toEqual({ k, code: 1, stderr: expect.stringMatching(/exclusive lock held by prune .*bakup unlock/) });
      ok(await bakup(['unlock', '--from', store, '--name', 'hist', '--all']));

      // The next prune finishes: exactly the planned backups, no folder without a manifest.
      ok(await bakup(['prune', '--from', store, '--name', 'hist', ...POLICY, '--grace', '0s']));
      expect({ k, listed: await listed(store) }).toEqual({ k, listed: keepIds });
      expect({ k, folders: await folders(store) }).toEqual({ k, folders: keepIds });
      ok(await bakup(['verify', '--from', store, '--name', 'hist', '--backup-id', 'all']));
      await fs.rm(store, { recursive: true, force: true });
    }
  }, 30 * 60_000);
});
