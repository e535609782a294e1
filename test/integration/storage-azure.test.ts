import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { BlobServiceClient } from '@azure/storage-blob';
import { OperationalError, UsageError } from '../../src/errors.js';
import { openStorage } from '../../src/storage/open.js';
import { storageConformance } from '../conformance/storage.js';
import { needServices } from '../helpers/services.js';

let connectionString: string;
let admin: BlobServiceClient;
const savedEnv = { ...process.env };

async function freshContainer(): Promise<string> {
  const name = `bakup-test-${randomBytes(5).toString('hex')}`;
  await admin.createContainer(name);
  return name;
}

beforeAll(() => {
  connectionString = needServices('azurite').BAKUP_TEST_AZURE_CONNECTION_STRING!;
  admin = BlobServiceClient.fromConnectionString(connectionString);
  // Point bakup at Azurite the way users point the Azure tools at an account.
  process.env.AZURE_STORAGE_CONNECTION_STRING = connectionString;
}, 10 * 60_000);

afterAll(() => {
  process.env = savedEnv;
});

storageConformance('Azure Blob (Azurite)', async () => {
  const container = await freshContainer();
  const storage = await openStorage(`azblob://${container}/conformance/run`, '--to', { azureBlockSize: '4MiB', listPageSize: 500 });
  return { storage, cleanup: () => admin.getContainerClient(container).delete().then(() => undefined) };
});

describe('Azure specifics', () => {
  let container: string;
  beforeAll(async () => {
    container = await freshContainer();
  });
  afterAll(async () => {
    await admin.getContainerClient(container).deleteIfExists();
  });

  it('writes blobs in the access tier asked for', async () => {
    const storage = await openStorage(`azblob://${container}/tier`, '--to', { azureAccessTier: 'Cool' });
    await storage.put('x.bin', Readable.from([Buffer.from('x')]));
    const props = await admin.getContainerClient(container).getBlobClient('tier/x.bin').getProperties();
    expect(props.accessTier).toBe('Cool');
  });

  it('commits no block list when the body fails after blocks were staged', async () => {
    const storage = await openStorage(`azblob://${container}/staged`, '--to', { azureBlockSize: '1MiB' });
    async function* failing() {
      for (let i = 0; i < 6; i++) yield randomBytes(1 << 20);
      throw new Error('source failed (test)');
    }
    await expect(storage.put('y.bin', Readable.from(failing()))).rejects.toThrow('source failed (test)');
    const blob = admin.getContainerClient(container).getBlockBlobClient('staged/y.bin');
    expect(await blob.exists()).toBe(false);
    // Blocks were staged (so the test did exercise a half-done upload) but none committed.
    const uncommitted: string[] = [];
    for await (const item of admin.getContainerClient(container).listBlobsFlat({ prefix: 'staged/', includeUncommitedBlobs: true })) uncommitted.push(item.name);
    expect(uncommitted).toEqual(['staged/y.bin']);
  });

  it('reads the account from AZURE_STORAGE_ACCOUNT and AZURE_STORAGE_KEY', async () => {
    const m = /AccountName=([^;]+);AccountKey=([^;]+);BlobEndpoint=([^;]+)/.exec(connectionString)!;
    const env = { ...process.env };
    delete process.env.AZURE_STORAGE_CONNECTION_STRING;
    process.env.AZURE_STORAGE_ACCOUNT = m[1];
    process.env.AZURE_STORAGE_KEY = m[2];
    try {
      const storage = await openStorage(`azblob://${container}/key`, '--to', { azureEndpoint: m[3] });
      await storage.put('k.txt', Readable.from([Buffer.from('shared key')]));
      expect(await storage.stat('k.txt')).toMatchObject({ size: 10 });
    } finally {
      process.env = env;
    }
  });

  it('names a missing container in one line, as a usage error', async () => {
    const storage = await openStorage('azblob://bakup-no-such-container/x', '--to');
    for (const attempt of [() => storage.put('a', Readable.from([Buffer.from('x')])), () => storage.stat('a'), () => storage.get('a'), () => storage.list('')[Symbol.asyncIterator]().next()]) {
      const err = await (attempt() as Promise<unknown>).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(UsageError);
      expect((err as Error).message).toMatch(/^azblob:\/\/bakup-no-such-container\/x: container 'bakup-no-such-container' does not exist at http:\/\/127\.0\.0\.1:\d+\/devstoreaccount1\/bakup-no-such-container$/);
    }
  });

  it('names an endpoint that does not answer, within seconds', async () => {
    const env = { ...process.env };
    process.env.AZURE_STORAGE_CONNECTION_STRING = connectionString.replace(/127\.0\.0\.1:\d+/, '127.0.0.1:1');
    try {
      const t0 = Date.now();
      const storage = await openStorage(`azblob://${container}/x`, '--to');
      await expect(storage.stat('a')).rejects.toThrow(
        `azblob://${container}/x: stat 'a' failed: endpoint http://127.0.0.1:1/devstoreaccount1/${container} refused the connection (ECONNREFUSED)`,
      );
      expect(Date.now() - t0).toBeLessThan(20_000);
    } finally {
      process.env = env;
    }
  });

  it('says the key was rejected, without printing it', async () => {
    const wrongKey = Buffer.from('not the right key at all, not at all').toString('base64');
    const env = { ...process.env };
    process.env.AZURE_STORAGE_CONNECTION_STRING = connectionString.replace(/AccountKey=[^;]+/, `AccountKey=${wrongKey}`);
    try {
      const storage = await openStorage(`azblob://${container}/x`, '--to', { retryAttempts: 1 });
      const err = await storage.put('a', Readable.from([Buffer.from('x')])).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(OperationalError);
      expect((err as Error).message).toMatch(/^azblob:\/\/[a-z0-9-]+\/x: put 'a' failed: (the credentials were rejected \(AuthenticationFailed\)|access denied \(AuthorizationFailure\)); /);
      expect((err as Error).message).not.toContain(wrongKey);
    } finally {
      process.env = env;
    }
  });
});
