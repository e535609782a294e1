import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { backup } from '../../src/commands/backup.js';
import { drill } from '../../src/commands/drill.js';
import { MemoryLogger } from '../../src/log.js';
import { LocalStorage } from '../../src/storage/local.js';
import { makeSampleTree, tempDir } from '../helpers/tree.js';

const ctx = () => ({ log: new MemoryLogger() });

/** What a drill asks of the store: the backup is found and its manifest read once, not again by the restore. */
describe('drill reads of the store', () => {
  let work: string;
  beforeAll(async () => {
    work = await tempDir('drill-reads');
    await fs.mkdir(path.join(work, 'src'));
    await makeSampleTree(path.join(work, 'src'), 256 * 1024);
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await fs.rm(work, { recursive: true, force: true });
  });

  it('lists the backups of the name once and reads the manifest once, and passes', async () => {
    const store = path.join(work, 'store');
    const b = await backup({ source: path.join(work, 'src'), to: [store], name: 'tree', compression: 'gzip' }, ctx());
    const list = jest.spyOn(LocalStorage.prototype, 'list');
    const get = jest.spyOn(LocalStorage.prototype, 'get');
    const d = await drill({ from: store, name: 'tree', backupId: 'latest', target: path.join(work, 'drilled') }, ctx());
    expect({ ok: d.ok, failures: d.failures, backupId: d.backupId }).toEqual({ ok: true, failures: [], backupId: b.manifest.id });
    // Lock objects live under tree/.locks/ and are listed apart; this counts the catalog's listing of backups.
    expect(list.mock.calls.map(([prefix]) => prefix).filter((p) => p === 'tree/')).toEqual(['tree/']);
    expect(get.mock.calls.map(([key]) => key).filter((k) => k.endsWith('/manifest.json'))).toEqual([`tree/${b.manifest.id}/manifest.json`]);
  });
});
