import { describe, expect, it } from '@jest/globals';
import { UsageError } from '../../src/errors.js';
import { artifactSettings } from '../../src/storage/artifact.js';
import { azureSettings } from '../../src/storage/azure.js';
import { gcsSettings } from '../../src/storage/gcs.js';
import { openStorage } from '../../src/storage/open.js';
import { clientConfig, s3Settings } from '../../src/storage/s3.js';
import { partSizeFor } from '../../src/storage/s3-multipart.js';
import { storageOptionsOf } from '../../src/commands/run.js';

const MiB = 1 << 20;
const s3 = (raw: string, opts = {}, env: NodeJS.ProcessEnv = {}) => s3Settings(new URL(raw), raw, opts, env);

describe('s3 settings', () => {
  it('splits bucket and prefix and keeps the location secret-free', () => {
    expect(s3('s3://backups')).toMatchObject({ bucket: 'backups', prefix: '', location: 's3://backups' });
    expect(s3('s3://backups/')).toMatchObject({ prefix: '', location: 's3://backups' });
    expect(s3('s3://backups/prod/db/')).toMatchObject({ prefix: 'prod/db/', location: 's3://backups/prod/db' });
    expect(s3('s3://backups/with%20space/ü')).toMatchObject({ prefix: 'with space/ü/' });
  });

  it('refuses URLs that would be misread', () => {
    for (const [raw, why] of [
      ['s3:///prefix', /no bucket name/],
      ['s3://AKIA:secret@bucket/x', /credentials in the URL are not read/],
      ['s3://bucket:9000/x', /a port is not part of s3:\/\/bucket\/prefix/],
      ['s3://bucket/x?region=eu', /unexpected '\?…'/],
      ['s3://bucket//x', /empty, '\.' or '\.\.' parts/],
      ['s3://bucket/a/../b', /empty, '\.' or '\.\.' parts/],
      ['s3://b/x', /not a valid bucket name/],
    ] as const) {
      expect(() => s3(raw)).toThrow(UsageError);
      expect(() => s3(raw)).toThrow(why);
    }
    try {
      s3('s3://AKIA:secret@bucket/x');
    } catch (e) {
      expect((e as Error).message).not.toContain('secret');
    }
  });

  it('takes the region from options, then AWS_REGION, then AWS_DEFAULT_REGION, then us-east-1', () => {
    expect(s3('s3://bkt').region).toBe('us-east-1');
    expect(s3('s3://bkt', {}, { AWS_DEFAULT_REGION: 'eu-west-3' }).region).toBe('eu-west-3');
    expect(s3('s3://bkt', {}, { AWS_REGION: 'eu-north-1', AWS_DEFAULT_REGION: 'eu-west-3' }).region).toBe('eu-north-1');
    expect(s3('s3://bkt', { s3Region: 'ap-south-1' }, { AWS_REGION: 'eu-north-1' }).region).toBe('ap-south-1');
  });

  it('uses a custom endpoint from option or AWS_ENDPOINT_URL_S3/AWS_ENDPOINT_URL, with path-style on by default', () => {
    expect(s3('s3://bkt')).toMatchObject({ endpoint: undefined, forcePathStyle: false });
    expect(s3('s3://bkt', {}, { AWS_ENDPOINT_URL: 'http://127.0.0.1:9000/' })).toMatchObject({ endpoint: 'http://127.0.0.1:9000', forcePathStyle: true });
    expect(s3('s3://bkt', {}, { AWS_ENDPOINT_URL: 'http://a', AWS_ENDPOINT_URL_S3: 'https://s3.example' }).endpoint).toBe('https://s3.example');
    expect(s3('s3://bkt', { s3Endpoint: 'https://r2.example', s3ForcePathStyle: 'false' }, { AWS_ENDPOINT_URL_S3: 'http://x' })).toMatchObject({
      endpoint: 'https://r2.example',
      forcePathStyle: false,
    });
    expect(() => s3('s3://bkt', {}, { AWS_ENDPOINT_URL_S3: 'localhost:9000' })).toThrow(/AWS_ENDPOINT_URL_S3: expected an http\(s\) URL/);
  });

  it('reads tuning, encryption, class and checksum options', () => {
    const s = s3('s3://bkt', {
      s3PartSize: '32MiB',
      s3Concurrency: '8',
      s3Sse: 'aws:kms',
      s3SseKmsKeyId: 'arn:aws:kms:eu-west-1:111122223333:key/abc',
      s3StorageClass: 'standard_ia',
      s3ChecksumCalculation: 'when_required',
    });
    expect(s).toMatchObject({ partSize: 32 * MiB, queueSize: 8, sse: 'aws:kms', storageClass: 'STANDARD_IA', checksum: 'WHEN_REQUIRED' });
    expect(clientConfig(s)).toMatchObject({ requestChecksumCalculation: 'WHEN_REQUIRED', responseChecksumValidation: 'WHEN_REQUIRED', forcePathStyle: false });
    expect(s3('s3://bkt')).toMatchObject({ partSize: 8 * MiB, queueSize: 4 });
    expect(() => s3('s3://bkt', { s3PartSize: '1MiB' })).toThrow(/s3PartSize: expected a size from 5242880/);
    expect(() => s3('s3://bkt', { s3Sse: 'rot13' })).toThrow(/s3Sse: expected one of AES256, aws:kms/);
    expect(() => s3('s3://bkt', { s3SseKmsKeyId: 'k' })).toThrow(/needs s3Sse aws:kms/);
    // Region and class names are words: a typo fails here, not as a signature or SDK error later.
    expect(s3('s3://bkt', { s3Region: 'auto', s3StorageClass: 'glacier_ir' })).toMatchObject({ region: 'auto', storageClass: 'GLACIER_IR' });
    expect(() => s3('s3://bkt', { s3Region: 'eu west 1' })).toThrow(/s3Region: expected a region name such as us-east-1/);
    expect(() => s3('s3://bkt', { s3StorageClass: 'standard-ia' })).toThrow(/s3StorageClass: expected a storage class name such as STANDARD_IA/);
  });

  it('needs a retention with an object lock mode, and a mode with a retention', () => {
    expect(s3('s3://bkt', { s3ObjectLockMode: 'compliance', s3ObjectLockDays: 30 }).lock).toEqual({ mode: 'COMPLIANCE', days: 30, until: undefined });
    expect(s3('s3://bkt', { s3ObjectLockMode: 'GOVERNANCE', s3ObjectLockRetainUntil: '2099-01-01T00:00:00Z' }).lock?.until?.toISOString()).toBe('2099-01-01T00:00:00.000Z');
    expect(() => s3('s3://bkt', { s3ObjectLockMode: 'GOVERNANCE' })).toThrow(/needs exactly one of s3ObjectLockDays/);
    expect(() => s3('s3://bkt', { s3ObjectLockDays: 7 })).toThrow(/needs s3ObjectLockMode/);
    expect(() => s3('s3://bkt', { s3ObjectLockMode: 'GOVERNANCE', s3ObjectLockRetainUntil: '2001-01-01' })).toThrow(/in the past/);
  });
});

describe('s3 part sizes', () => {
  it('doubles every 2000 parts so 10000 parts reach ~500 GiB from 8 MiB, capped at 5 GiB', () => {
    expect(partSizeFor(1, 8 * MiB)).toBe(8 * MiB);
    expect(partSizeFor(2000, 8 * MiB)).toBe(8 * MiB);
    expect(partSizeFor(2001, 8 * MiB)).toBe(16 * MiB);
    let total = 0;
    for (let n = 1; n <= 10_000; n++) total += partSizeFor(n, 8 * MiB);
    expect(total / 1024 ** 3).toBeCloseTo(484.4, 0);
    expect(partSizeFor(9999, 1024 * MiB)).toBe(5 * 1024 ** 3);
  });
});

describe('gcs settings', () => {
  const gcs = (raw: string, opts = {}, env: NodeJS.ProcessEnv = {}) => gcsSettings(new URL(raw), raw, opts, env);
  it('reads bucket, endpoint (option or STORAGE_EMULATOR_HOST), class and chunk size', () => {
    expect(gcs('gs://my-bucket/a/b')).toMatchObject({ bucket: 'my-bucket', prefix: 'a/b/', endpoint: undefined, chunkSize: 8 * MiB });
    expect(gcs('gs://my-bucket', {}, { STORAGE_EMULATOR_HOST: 'http://127.0.0.1:4443/storage/v1/' })).toMatchObject({ endpoint: 'http://127.0.0.1:4443', endpointAuth: false });
    expect(gcs('gs://my-bucket', { gcsEndpoint: 'https://storage.example.com', gcsStorageClass: 'coldline' })).toMatchObject({ endpointAuth: true, storageClass: 'COLDLINE' });
    expect(() => gcs('gs://My_Bucket')).toThrow(/not a valid bucket name/);
    expect(() => gcs('gs://my-bucket', { gcsStorageClass: 'infrequent' })).toThrow(/gcsStorageClass: expected one of STANDARD, NEARLINE, COLDLINE, ARCHIVE/);
  });
});

describe('azure settings', () => {
  const az = (raw: string, opts = {}, env: NodeJS.ProcessEnv = {}) => azureSettings(new URL(raw), raw, opts, env);
  it('picks the credential kind from the environment without copying secrets', () => {
    expect(az('azblob://backups/p', {}, { AZURE_STORAGE_CONNECTION_STRING: 'UseDevelopmentStorage=true' })).toMatchObject({ container: 'backups', prefix: 'p/', auth: { kind: 'connection-string' } });
    expect(az('azblob://backups', {}, { AZURE_STORAGE_ACCOUNT: 'acct1', AZURE_STORAGE_KEY: 'k' }).auth).toEqual({ kind: 'shared-key', account: 'acct1' });
    expect(az('azblob://backups', {}, { AZURE_STORAGE_ACCOUNT: 'acct1', AZURE_STORAGE_SAS_TOKEN: 'sv=x' }).auth).toEqual({ kind: 'sas', account: 'acct1' });
    expect(az('azblob://backups', { azureAccount: 'acct2' }, {}).auth).toEqual({ kind: 'default-credential', account: 'acct2' });
    expect(JSON.stringify(az('azblob://backups', {}, { AZURE_STORAGE_ACCOUNT: 'acct1', AZURE_STORAGE_KEY: 'supersecret' }))).not.toContain('supersecret');
  });
  it('says what is missing when no account is configured, and checks names and tiers', () => {
    expect(() => az('azblob://backups')).toThrow(/no Azure storage account; set AZURE_STORAGE_CONNECTION_STRING, or AZURE_STORAGE_ACCOUNT/);
    expect(() => az('azblob://Back_Ups', { azureAccount: 'a1b' })).toThrow(/not a valid container name/);
    expect(() => az('azblob://backups', { azureAccount: 'My_Account' })).toThrow(/^storage option azureAccount: expected a storage account name of 3-24 lower-case letters and digits, got 'My_Account'$/);
    expect(() => az('azblob://backups', {}, { AZURE_STORAGE_ACCOUNT: 'X' })).toThrow(/^AZURE_STORAGE_ACCOUNT: expected a storage account name/);
    expect(() => az('azblob://backups', { azureAccount: 'a1b', azureAccessTier: 'lukewarm' })).toThrow(/azureAccessTier: expected one of Hot, Cool, Cold, Archive/);
    expect(az('azblob://backups', { azureAccount: 'a1b', azureAccessTier: 'cool' }).tier).toBe('Cool');
  });
});

describe('artifact settings', () => {
  const art = (raw: string, opts = {}, env: NodeJS.ProcessEnv = {}) => artifactSettings(new URL(raw), raw, opts, env);
  it('reads the name, retention and another run to read from', () => {
    expect(art('artifact://nightly-db', { artifactRetentionDays: '14' })).toMatchObject({ name: 'nightly-db', retentionDays: 14, findBy: undefined });
    expect(() => art('artifact://x', { artifactRetentionDays: 120 })).toThrow(/artifactRetentionDays: expected an integer from 1 to 90/);
    expect(() => art('artifact://x', { artifactRunId: 42 }, { GITHUB_REPOSITORY: 'o/r' })).toThrow(/needs GITHUB_TOKEN/);
    // The values given are checked before what the environment lacks.
    expect(() => art('artifact://x', { artifactRunId: 42, artifactRepository: 'norepo' })).toThrow(/artifactRepository: expected owner\/name/);
    expect(art('artifact://x', { artifactRunId: '42' }, { GITHUB_TOKEN: 'ghs_abcdef', GITHUB_REPOSITORY: 'acme/app' }).findBy).toEqual({
      token: 'ghs_abcdef',
      workflowRunId: 42,
      repositoryOwner: 'acme',
      repositoryName: 'app',
    });
  });
});

describe('openStorage registration', () => {
  it('opens every cloud scheme behind the retry decorator, without a network call', async () => {
    const saved = process.env.AZURE_STORAGE_CONNECTION_STRING;
    process.env.AZURE_STORAGE_CONNECTION_STRING = 'DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=a2V5;BlobEndpoint=http://127.0.0.1:1/devstoreaccount1;';
    try {
      for (const raw of ['s3://bkt/p', 'gs://bkt/p', 'azblob://ctr/p', 'artifact://name']) {
        const st = await openStorage(raw, '--to');
        expect(st.constructor.name).toBe('RetryingStorage');
        expect(st.location).toBe(raw);
        await st.close?.();
      }
    } finally {
      if (saved === undefined) delete process.env.AZURE_STORAGE_CONNECTION_STRING;
      else process.env.AZURE_STORAGE_CONNECTION_STRING = saved;
    }
  });
});

describe('storage settings from CLI flags and action inputs', () => {
  const flags = (inputs: Record<string, unknown>) => storageOptionsOf(inputs, (o) => `--${o}`);

  it('maps each given flag to its StorageOptions key, and only those', () => {
    const opts = flags({ 's3-part-size': '16MiB', 's3-sse': 'aws:kms', 'gcs-storage-class': 'NEARLINE', name: 'app', 'retry-attempts': '2' });
    expect(Object.fromEntries(Object.entries(opts).filter(([k]) => k !== 'labels'))).toEqual({ s3PartSize: '16MiB', s3Sse: 'aws:kms', gcsStorageClass: 'NEARLINE', retryAttempts: '2' });
    expect(s3('s3://b1/x', opts)).toMatchObject({ partSize: 16 * MiB, sse: 'aws:kms' });
  });

  it.each([
    [{ 's3-part-size': '3MiB' }, 's3://b1/x', '--s3-part-size: expected a size from 5242880 to 1073741824 bytes'],
    [{ 's3-concurrency': '0' }, 's3://b1/x', '--s3-concurrency: expected an integer from 1 to 64'],
    [{ 's3-sse': 'des' }, 's3://b1/x', "--s3-sse: expected one of AES256, aws:kms, aws:kms:dsse, got 'des'"],
    [{ 's3-sse-kms-key-id': 'k' }, 's3://b1/x', '--s3-sse-kms-key-id: needs --s3-sse aws:kms'],
    [{ 's3-object-lock-mode': 'GOVERNANCE' }, 's3://b1/x', '--s3-object-lock-mode: needs exactly one of --s3-object-lock-days (e.g. 30) or --s3-object-lock-retain-until'],
    [{ 's3-object-lock-days': '3' }, 's3://b1/x', '--s3-object-lock-days: needs --s3-object-lock-mode GOVERNANCE or COMPLIANCE'],
    [{ 's3-endpoint': 'ftp://x' }, 's3://b1/x', '--s3-endpoint: expected an http(s) URL'],
    [{ 'gcs-chunk-size': '300KiB' }, 'gs://bkt/x', '--gcs-chunk-size: expected a multiple of 256 KiB'],
    [{ 'azure-access-tier': 'Frozen' }, 'azblob://cnt/x', '--azure-access-tier: expected one of Hot, Cool, Cold, Archive'],
    [{ 'retry-attempts': '50' }, 's3://b1/x', '--retry-attempts: expected an integer from 1 to 20'],
  ])('%j on %s → one line naming the flag', async (inputs, url, message) => {
    const env = { ...process.env };
    process.env.AZURE_STORAGE_CONNECTION_STRING = 'DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=a2V5;BlobEndpoint=http://127.0.0.1:1/devstoreaccount1;';
    try {
      const err = await openStorage(url, '--to', flags(inputs)).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(UsageError);
      expect((err as Error).message.startsWith(message)).toBe(true);
    } finally {
      process.env = env;
    }
  });

  it('names action inputs in the action', () => {
    expect(() => s3('s3://b1/x', storageOptionsOf({ 's3-part-size': '1' }, (o) => `input '${o}'`))).toThrow("input 's3-part-size': expected a size");
  });
});
