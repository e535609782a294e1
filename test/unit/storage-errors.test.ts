import { describe, expect, it } from '@jest/globals';
import { NoSuchBucket, S3ServiceException } from '@aws-sdk/client-s3';
import { RestError } from '@azure/storage-blob';
import { ApiError } from '@google-cloud/storage';
import { OperationalError, UsageError } from '../../src/errors.js';
import { isTransient, storageError, StorageError, type FailureContext } from '../../src/storage/errors.js';
import { NotFoundError } from '../../src/storage/storage.js';

const s3ctx: FailureContext = {
  location: 's3://backups/prod',
  containerWord: 'bucket',
  container: 'backups',
  op: 'put',
  key: 'db/20261126T021500Z-full-3f9c/data.bin',
  permission: 's3:PutObject',
  endpoint: 'http://127.0.0.1:9000',
  credentialHint: 'set AWS_ACCESS_KEY_ID',
};

function s3Error(name: string, status: number, message = name): S3ServiceException {
  return new S3ServiceException({ name, $fault: status >= 500 ? 'server' : 'client', message, $metadata: { httpStatusCode: status } });
}

function nodeError(code: string): Error {
  return Object.assign(new Error(`connect ${code} 127.0.0.1:9000`), { code });
}

describe('storageError', () => {
  it('makes a missing bucket a usage error naming bucket and endpoint', () => {
    const err = storageError(new NoSuchBucket({ message: 'The specified bucket does not exist', $metadata: { httpStatusCode: 404 } }), s3ctx);
    expect(err).toBeInstanceOf(UsageError);
    expect(err.message).toBe("s3://backups/prod: bucket 'backups' does not exist at http://127.0.0.1:9000");
    expect(isTransient(err)).toBe(false);
  });

  it('names the missing permission when access is denied', () => {
    const err = storageError(s3Error('AccessDenied', 403, 'Access Denied'), s3ctx);
    expect(err).toBeInstanceOf(OperationalError);
    expect(err.message).toBe(
      "s3://backups/prod: put 'db/20261126T021500Z-full-3f9c/data.bin' failed: access denied (AccessDenied); the credentials need s3:PutObject on bucket 'backups'",
    );
    expect(isTransient(err)).toBe(false);
  });

  it('treats Azure and Google refusals alike', () => {
    const azure = storageError(new RestError('This request is not authorized to perform this operation using this permission.', { statusCode: 403, code: 'AuthorizationPermissionMismatch' }), {
      ...s3ctx,
      location: 'azblob://backups',
      containerWord: 'container',
      permission: 'Microsoft.Storage/storageAccounts/blobServices/containers/blobs/write',
    });
    expect(azure.message).toContain('access denied (AuthorizationPermissionMismatch); the credentials need Microsoft.Storage/storageAccounts/blobServices/containers/blobs/write');
    const gcs = storageError(new ApiError({ code: 403, message: 'sa@p.iam does not have storage.objects.create access', errors: [{ reason: 'forbidden' }] } as never), {
      ...s3ctx,
      location: 'gs://backups',
      permission: 'storage.objects.create',
    });
    expect(gcs.message).toContain("access denied (forbidden); the credentials need storage.objects.create on bucket 'backups'");
  });

  it('says the credentials were rejected without printing them', () => {
    const err = storageError(s3Error('InvalidAccessKeyId', 403, 'The AWS Access Key Id AKIAEXAMPLE you provided does not exist'), s3ctx);
    expect(err.message).toBe("s3://backups/prod: put 'db/20261126T021500Z-full-3f9c/data.bin' failed: the credentials were rejected (InvalidAccessKeyId); set AWS_ACCESS_KEY_ID");
    expect(err.message).not.toContain('AKIAEXAMPLE');
  });

  it('says when no credentials were found', () => {
    const err = storageError(Object.assign(new Error('Could not load credentials from any providers'), { name: 'CredentialsProviderError' }), s3ctx);
    expect(err.message).toContain('failed: no credentials found (set AWS_ACCESS_KEY_ID)');
  });

  it('classifies throttling, server errors and dropped connections as transient', () => {
    for (const e of [
      s3Error('SlowDown', 503, 'Please reduce your request rate.'),
      s3Error('InternalError', 500),
      new RestError('busy', { statusCode: 503, code: 'ServerBusy' }),
      new ApiError({ code: 429, message: 'rateLimitExceeded' } as never),
      nodeError('ECONNRESET'),
      nodeError('ETIMEDOUT'),
      Object.assign(new Error('socket hang up'), { name: 'TimeoutError' }),
    ]) {
      const err = storageError(e, s3ctx);
      expect(err).toBeInstanceOf(StorageError);
      expect(isTransient(err)).toBe(true);
      expect(isTransient(e)).toBe(true);
      expect(err.message).not.toContain('\n');
    }
  });

  it('names an endpoint that does not answer', () => {
    const err = storageError(nodeError('ECONNREFUSED'), { ...s3ctx, op: 'list', key: undefined });
    expect(err.message).toBe('s3://backups/prod: list failed: endpoint http://127.0.0.1:9000 refused the connection (ECONNREFUSED)');
  });

  it('tells a reset from a timeout, whatever the SDK names them', () => {
    const reset = storageError(Object.assign(new Error('write ECONNRESET'), { name: 'TimeoutError' }), s3ctx);
    expect(reset.message).toContain('failed: endpoint http://127.0.0.1:9000 dropped the connection (ECONNRESET)');
    const slow = storageError(Object.assign(new Error('Connection timed out after 10000 ms'), { name: 'TimeoutError' }), s3ctx);
    expect(slow.message).toContain('did not answer in time (TimeoutError)');
  });

  it('does not retry an unknown host, a bad request or an abort', () => {
    expect(isTransient(storageError(nodeError('ENOTFOUND'), s3ctx))).toBe(false);
    expect(isTransient(storageError(s3Error('InvalidArgument', 400), s3ctx))).toBe(false);
    expect(isTransient(Object.assign(new Error('aborted'), { name: 'AbortError' }))).toBe(false);
    expect(isTransient(new NotFoundError('s3://b', 'k'))).toBe(false);
  });

  it('keeps a long multi-line SDK message to one redacted line', () => {
    const err = storageError(s3Error('WeirdError', 400, `first line\n  second https://u:secret@host/x?X-Amz-Signature=abc ${'y'.repeat(500)}`), s3ctx);
    expect(err.message).not.toContain('\n');
    expect(err.message).not.toContain('secret');
    expect(err.message).not.toContain('abc');
    expect(err.message.length).toBeLessThan(450);
  });
});
