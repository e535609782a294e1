import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from '@jest/globals';
import { OperationalError, UsageError } from '../../src/errors.js';
import { ArtifactStorage, artifactSettings } from '../../src/storage/artifact.js';
import { openStorage } from '../../src/storage/open.js';
import type { RetryingStorage } from '../../src/storage/retry.js';
import { storageConformance } from '../conformance/storage.js';

/** An artifact store outside GitHub Actions: staging works, nothing remote is reachable. */
async function offline(name = 'bakup-test') {
  const parent = await fs.mkdtemp(path.join(os.tmpdir(), 'bakup-artifact-test-'));
  const raw = `artifact://${name}`;
  const settings = artifactSettings(new URL(raw), raw, { artifactStagingDir: parent }, {});
  const storage = new ArtifactStorage(
    settings,
    async () => {
      throw new Error('no GitHub here');
    },
    {},
  );
  return { storage, parent };
}

// Until close(), an artifact store is its staging folder and must honour the whole contract.
storageConformance('GitHub artifact (staging, before upload)', async () => {
  const { storage, parent } = await offline();
  return { storage, noConditionalCreate: true, cleanup: () => fs.rm(parent, { recursive: true, force: true }) };
});

describe('artifact store without GitHub', () => {
  it('refuses at close to pretend an upload happened, and keeps the staged files', async () => {
    const { storage, parent } = await offline('nightly');
    await storage.put('db/20261126T021500Z-full-3f9c/manifest.json', Readable.from([Buffer.from('{}')]));
    const staged = storage.stagingDir!;
    const err = await storage.close().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(OperationalError);
    expect((err as Error).message).toBe(
      `artifact://nightly: uploading an artifact needs a GitHub Actions job (ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are not set); the staged files are left in ${staged}`,
    );
    expect(await fs.readFile(path.join(staged, 'db', '20261126T021500Z-full-3f9c', 'manifest.json'), 'utf8')).toBe('{}');
    await fs.rm(parent, { recursive: true, force: true });
  });

  it('drops the staged files without uploading when the backup failed', async () => {
    const { storage, parent } = await offline();
    await storage.put('db/x/data.bin', Readable.from([Buffer.from('partial')]));
    const staged = storage.stagingDir!;
    await expect(storage.close('discard')).resolves.toBeUndefined();
    await expect(fs.stat(staged)).rejects.toMatchObject({ code: 'ENOENT' });
    await fs.rm(parent, { recursive: true, force: true });
  });

  it('passes the outcome through the retry decorator that openStorage puts around it', async () => {
    const parent = await fs.mkdtemp(path.join(os.tmpdir(), 'bakup-artifact-test-'));
    const storage = await openStorage('artifact://via-open', '--to', { artifactStagingDir: parent });
    await storage.put('a/b.bin', Readable.from([Buffer.from('x')]));
    expect(await fs.readdir(parent)).toHaveLength(1);
    await (storage as RetryingStorage).close('discard');
    expect(await fs.readdir(parent)).toEqual([]);
    await fs.rm(parent, { recursive: true, force: true });
  });

  it('uploads nothing and succeeds when nothing was staged', async () => {
    const { storage, parent } = await offline();
    await expect(storage.close()).resolves.toBeUndefined();
    await fs.rm(parent, { recursive: true, force: true });
  });

  it('refuses keys GitHub would reject, at put time', async () => {
    const { storage, parent } = await offline();
    await expect(storage.put('a:b', Readable.from([Buffer.from('x')]))).rejects.toThrow(UsageError);
    await expect(storage.put('a:b', Readable.from([Buffer.from('x')]))).rejects.toThrow(/character GitHub artifacts refuse/);
    await fs.rm(parent, { recursive: true, force: true });
  });

  it('refuses artifact names GitHub would reject', () => {
    expect(() => artifactSettings(new URL('artifact://a%7Cb'), 'artifact://a%7Cb', {}, {})).toThrow(/not a valid artifact name/);
  });
});
