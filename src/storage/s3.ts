import { Readable } from 'node:stream';
import { pipeline } from 'node:stream';
import {
  AbortMultipartUploadCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  ListMultipartUploadsCommand,
  PutObjectCommand,
  S3Client,
  paginateListObjectsV2,
  type S3ClientConfig,
} from '@aws-sdk/client-s3';
import { UsageError } from '../errors.js';
import { failureFacts, isAbort, isTransient, storageError, StorageError, type StorageOp } from './errors.js';
import { BodyError, uploadStream, type UploadParams } from './s3-multipart.js';
import type { StorageOptions } from './open.js';
import { endpointUrl, optBool, optEnum, optInt, optionLabel, optionName, optString, parseContainerUrl } from './options.js';
import { backoffDelay, readRetryFrom, type ReadRetry } from './retry.js';
import { resumableRead } from './streams.js';
import { checkKey, holdsBytes, NotFoundError, putIfAbsentByReadBack, type ObjectInfo, type PutOptions, type Storage } from './storage.js';

const MiB = 1 << 20;

export const S3_SSE = ['AES256', 'aws:kms', 'aws:kms:dsse'] as const;
export const S3_LOCK_MODES = ['GOVERNANCE', 'COMPLIANCE'] as const;
export const S3_CHECKSUM = ['WHEN_SUPPORTED', 'WHEN_REQUIRED'] as const;

/** Everything an S3 store is configured with, after reading URL, options and environment. */
export interface S3Settings {
  bucket: string;
  prefix: string;
  location: string;
  region: string;
  endpoint?: string;
  forcePathStyle: boolean;
  partSize: number;
  queueSize: number;
  checksum?: (typeof S3_CHECKSUM)[number];
  sse?: (typeof S3_SSE)[number];
  kmsKeyId?: string;
  storageClass?: string;
  lock?: { mode: (typeof S3_LOCK_MODES)[number]; days?: number; until?: Date };
  listPageSize?: number;
  maxAttempts: number;
  /** How a download that drops mid-body is resumed (the retry options). */
  readRetry: ReadRetry;
}

const CREDENTIAL_HINT =
  'the AWS SDK chain reads AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, AWS_PROFILE, AWS_WEB_IDENTITY_TOKEN_FILE (GitHub OIDC via aws-actions/configure-aws-credentials) or instance metadata';

/** Reads the S3 settings; pure, so the parsing rules are unit-tested without a peer. */
export function s3Settings(url: URL, raw: string, opts: StorageOptions, env: NodeJS.ProcessEnv = process.env): S3Settings {
  // Lenient on purpose: S3-compatible stores (MinIO, R2, B2…) allow more than AWS's lower-case rule.
  const { container: bucket, prefix, location } = parseContainerUrl(
    url,
    raw,
    's3://bucket/prefix',
    'bucket',
    /^[A-Za-z0-9][A-Za-z0-9._-]{1,254}$/,
    '3-255 letters, digits, dots, hyphens or underscores',
  );
  const L = (name: string) => optionLabel(opts, name);
  const N = (name: string) => optionName(opts, name);
  let endpoint: string | undefined;
  const optEndpoint = optString(opts, 's3Endpoint');
  if (optEndpoint) endpoint = endpointUrl(optEndpoint, L('s3Endpoint'));
  else if (env.AWS_ENDPOINT_URL_S3) endpoint = endpointUrl(env.AWS_ENDPOINT_URL_S3, 'AWS_ENDPOINT_URL_S3');
  else if (env.AWS_ENDPOINT_URL) endpoint = endpointUrl(env.AWS_ENDPOINT_URL, 'AWS_ENDPOINT_URL');

  const sse = optEnum(opts, 's3Sse', S3_SSE);
  const kmsKeyId = optString(opts, 's3SseKmsKeyId');
  if (kmsKeyId && !sse?.startsWith('aws:kms')) throw new UsageError(`${L('s3SseKmsKeyId')}: needs ${N('s3Sse')} aws:kms (or aws:kms:dsse)`);

  let lock: S3Settings['lock'];
  const lockMode = optEnum(opts, 's3ObjectLockMode', S3_LOCK_MODES);
  const lockDays = optInt(opts, 's3ObjectLockDays', 1, 36_500);
  const lockUntilText = optString(opts, 's3ObjectLockRetainUntil');
  if (lockMode) {
    if ((lockDays === undefined) === (lockUntilText === undefined)) {
      throw new UsageError(`${L('s3ObjectLockMode')}: needs exactly one of ${N('s3ObjectLockDays')} (e.g. 30) or ${N('s3ObjectLockRetainUntil')} (an ISO date)`);
    }
    let until: Date | undefined;
    if (lockUntilText !== undefined) {
      until = new Date(lockUntilText);
      if (Number.isNaN(until.getTime())) throw new UsageError(`${L('s3ObjectLockRetainUntil')}: expected an ISO date such as 2027-01-31T00:00:00Z, got '${lockUntilText}'`);
      if (until.getTime() <= Date.now()) throw new UsageError(`${L('s3ObjectLockRetainUntil')}: ${lockUntilText} is in the past`);
    }
    lock = { mode: lockMode, days: lockDays, until };
  } else if (lockDays !== undefined || lockUntilText !== undefined) {
    throw new UsageError(`${lockDays !== undefined ? L('s3ObjectLockDays') : L('s3ObjectLockRetainUntil')}: needs ${N('s3ObjectLockMode')} GOVERNANCE or COMPLIANCE`);
  }

  const region = optString(opts, 's3Region');
  // Region and class names are words; anything else would fail later as an SDK or signature error.
  if (region !== undefined && !/^[a-z0-9][a-z0-9-]*$/i.test(region)) {
    throw new UsageError(`${L('s3Region')}: expected a region name such as us-east-1 (R2: auto), got '${region}'`);
  }
  const storageClass = optString(opts, 's3StorageClass')?.toUpperCase();
  if (storageClass !== undefined && !/^[A-Z][A-Z0-9_]*$/.test(storageClass)) {
    throw new UsageError(`${L('s3StorageClass')}: expected a storage class name such as STANDARD_IA, GLACIER_IR or INTELLIGENT_TIERING, got '${storageClass}'`);
  }

  return {
    bucket,
    prefix,
    location,
    region: region ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? 'us-east-1',
    endpoint,
    // Custom endpoints (MinIO, R2, versitygw…) rarely have wildcard DNS for virtual-hosted buckets.
    forcePathStyle: optBool(opts, 's3ForcePathStyle') ?? endpoint !== undefined,
    // 5 MiB is S3's minimum part; sizes double every 2000 parts (s3-multipart.ts), so 8 MiB reaches ~500 GiB.
    partSize: optInt(opts, 's3PartSize', 5 * MiB, 1024 * MiB, true) ?? 8 * MiB,
    queueSize: optInt(opts, 's3Concurrency', 1, 64) ?? 4,
    checksum: optEnum(opts, 's3ChecksumCalculation', S3_CHECKSUM),
    sse,
    kmsKeyId,
    storageClass,
    lock,
    listPageSize: optInt(opts, 'listPageSize', 1, 1000),
    maxAttempts: optInt(opts, 's3MaxAttempts', 1, 20) ?? 5,
    readRetry: readRetryFrom(opts),
  };
}


const PERMISSION: Record<StorageOp, string> = {
  put: 's3:PutObject',
  upload: 's3:PutObject',
  get: 's3:GetObject (and s3:ListBucket, without which S3 reports a missing key as 403)',
  stat: 's3:GetObject (and s3:ListBucket, without which S3 reports a missing key as 403)',
  list: 's3:ListBucket',
  delete: 's3:DeleteObject',
};

/**
 * `s3://bucket/prefix` on AWS S3 or an S3-compatible store. Uploads are
 * multipart from the stream (s3-multipart.ts): parts of `partSize` are held in
 * a fixed pool of `queueSize` + 1 buffers and each is retried by the SDK on its
 * own, so a transient error mid-upload does not need the stream replayed.
 */
export class S3Storage implements Storage {
  readonly location: string;
  readonly client: S3Client;
  private bucketChecked = false;

  constructor(
    readonly settings: S3Settings,
    client?: S3Client,
  ) {
    this.location = settings.location;
    this.client = client ?? new S3Client(clientConfig(settings));
  }

  private full(key: string): string {
    return this.settings.prefix + checkKey(key);
  }

  private fail(err: unknown, op: StorageOp, key?: string, permission = PERMISSION[op]): Error {
    return storageError(err, {
      location: this.location,
      containerWord: 'bucket',
      container: this.settings.bucket,
      op,
      key,
      permission,
      endpoint: this.settings.endpoint,
      credentialHint: CREDENTIAL_HINT,
    });
  }

  /** What every object gets: encryption, storage class, retention. */
  private objectParams(key: string, contentType?: string): UploadParams {
    const s = this.settings;
    const params: UploadParams = { Bucket: s.bucket, Key: this.full(key), ContentType: contentType };
    if (s.sse) params.ServerSideEncryption = s.sse;
    if (s.kmsKeyId) params.SSEKMSKeyId = s.kmsKeyId;
    if (s.storageClass) params.StorageClass = s.storageClass as UploadParams['StorageClass'];
    if (s.lock) {
      params.ObjectLockMode = s.lock.mode;
      params.ObjectLockRetainUntilDate = s.lock.until ?? new Date(Date.now() + s.lock.days! * 86_400_000);
    }
    return params;
  }

  /**
   * S3 requires an integrity checksum on every request that sets a retention;
   * otherwise follow the client's setting (CRC32 unless WHEN_REQUIRED).
   */
  private async sendsChecksum(): Promise<boolean> {
    return !!this.settings.lock || (await this.client.config.requestChecksumCalculation()) === 'WHEN_SUPPORTED';
  }

  async put(key: string, body: Readable, opts: PutOptions = {}): Promise<ObjectInfo> {
    const s = this.settings;
    const params = this.objectParams(key, opts.contentType);
    const checksum = await this.sendsChecksum();
    let size: number;
    try {
      size = await uploadStream(this.client, params, body, { partSize: s.partSize, queueSize: s.queueSize, checksum, signal: opts.signal });
    } catch (err) {
      if (err instanceof BodyError) throw err.original;
      if (isAbort(err)) throw err;
      const failure = this.fail(err, 'put', key);
      // Some servers answer "no such bucket" before reading the body and then
      // reset the connection, so the client sees only the reset: ask once.
      if (failure instanceof StorageError && failure.transient && (await this.bucketMissing())) {
        throw this.fail(Object.assign(new Error('NoSuchBucket'), { name: 'NoSuchBucket' }), 'put', key);
      }
      throw failure;
    }
    return { key, size, modified: new Date() };
  }

  /** False once the store has refused the If-None-Match header itself (an S3-compatible store without conditional writes). */
  private conditionalWrites = true;

  /**
   * Creates `key` only if it does not exist: PutObject with `If-None-Match: *`,
   * which S3 (since 2024) and versitygw answer with 412 when the key exists.
   * A store that rejects the header as unsupported gets the portable
   * look-write-read-back instead (not atomic; docs/STORAGE.md).
   */
  async putIfAbsent(key: string, body: Buffer): Promise<boolean> {
    if (this.conditionalWrites) {
      const checksum = (await this.sendsChecksum()) ? ({ ChecksumAlgorithm: 'CRC32' } as const) : {};
      try {
        await this.client.send(new PutObjectCommand({ ...this.objectParams(key, 'application/json'), ...checksum, Body: body, ContentLength: body.length, IfNoneMatch: '*' }));
        return true;
      } catch (err) {
        const { status, code, message } = failureFacts(err);
        // 409: another conditional write to the key is in flight, i.e. someone else is creating it.
        if (status === 412 || status === 409 || code === 'PreconditionFailed' || code === 'ConditionalRequestConflict') return holdsBytes(this, key, body);
        if (!(status === 501 || code === 'NotImplemented' || (status === 400 && /if-none-match|conditional/i.test(`${code ?? ''} ${message}`)))) {
          throw this.fail(err, 'put', key);
        }
        this.conditionalWrites = false;
      }
    }
    return putIfAbsentByReadBack(this, key, body);
  }

  /**
   * Aborts multipart uploads under `prefix` started before `olderThan`: the
   * parts of an upload cut off by a crash cost storage until aborted and are
   * never listed. Younger ones may belong to a running backup and are left.
   */
  async sweepIncomplete(prefix: string, olderThan: Date): Promise<number> {
    const Prefix = this.settings.prefix + prefix;
    let removed = 0;
    let KeyMarker: string | undefined;
    let UploadIdMarker: string | undefined;
    try {
      for (;;) {
        const res = await this.client.send(new ListMultipartUploadsCommand({ Bucket: this.settings.bucket, Prefix, KeyMarker, UploadIdMarker }));
        for (const u of res.Uploads ?? []) {
          if (!u.Key || !u.UploadId || !u.Initiated || u.Initiated >= olderThan) continue;
          await this.client.send(new AbortMultipartUploadCommand({ Bucket: this.settings.bucket, Key: u.Key, UploadId: u.UploadId }));
          removed++;
        }
        if (!res.IsTruncated) return removed;
        KeyMarker = res.NextKeyMarker;
        UploadIdMarker = res.NextUploadIdMarker;
      }
    } catch (err) {
      throw this.fail(err, 'delete', prefix || undefined, 's3:ListBucketMultipartUploads and s3:AbortMultipartUpload');
    }
  }

  async get(key: string): Promise<Readable> {
    const Key = this.full(key);
    const { bucket, readRetry } = this.settings;
    let res;
    try {
      res = await this.client.send(new GetObjectCommand({ Bucket: bucket, Key }));
    } catch (err) {
      const { code, status } = failureFacts(err);
      if (code === 'NoSuchKey' || (status === 404 && code !== 'NoSuchBucket')) throw new NotFoundError(this.location, key);
      throw this.fail(err, 'get', key);
    }
    const etag = res.ETag;
    // A restore reads tens of GB: a dropped connection resumes at the byte it stopped, on the same version.
    const reopen = async (offset: number) => {
      try {
        const more = await this.client.send(new GetObjectCommand({ Bucket: bucket, Key, Range: `bytes=${offset}-`, IfMatch: etag }));
        return nodeStream(more.Body);
      } catch (err) {
        throw this.fail(err, 'get', key);
      }
    };
    return resumableRead(nodeStream(res.Body), reopen, {
      size: res.ContentLength,
      attempts: readRetry.attempts,
      isTransient,
      delayMs: (n) => backoffDelay(readRetry, n),
      describe: `${this.location}/${key}`,
    });
  }

  async stat(key: string): Promise<ObjectInfo | undefined> {
    const Key = this.full(key);
    try {
      const res = await this.client.send(new HeadObjectCommand({ Bucket: this.settings.bucket, Key }));
      return { key, size: res.ContentLength ?? 0, modified: res.LastModified };
    } catch (err) {
      // A HEAD response has no body, so a missing bucket also looks like a plain 404.
      if (failureFacts(err).status === 404) {
        await this.checkBucket('stat', key);
        return undefined;
      }
      throw this.fail(err, 'stat', key);
    }
  }

  /** True only when the service says the bucket does not exist; any other answer (or none) is false. */
  private async bucketMissing(): Promise<boolean> {
    if (this.bucketChecked) return false;
    try {
      await this.client.send(new HeadBucketCommand({ Bucket: this.settings.bucket }), { abortSignal: AbortSignal.timeout(15_000) });
      this.bucketChecked = true;
      return false;
    } catch (err) {
      return failureFacts(err).status === 404;
    }
  }

  /** Tells a missing bucket from a missing key, once; a bucket we may not HEAD is assumed present. */
  private async checkBucket(op: StorageOp, key?: string): Promise<void> {
    if (this.bucketChecked) return;
    try {
      await this.client.send(new HeadBucketCommand({ Bucket: this.settings.bucket }));
    } catch (err) {
      const { status } = failureFacts(err);
      if (status === 404) throw this.fail(Object.assign(new Error('NoSuchBucket'), { name: 'NoSuchBucket' }), op, key);
      if (status !== 403) throw this.fail(err, op, key);
    }
    this.bucketChecked = true;
  }

  async *list(prefix: string): AsyncIterable<ObjectInfo> {
    const root = this.settings.prefix;
    try {
      const pages = paginateListObjectsV2(
        { client: this.client, pageSize: this.settings.listPageSize },
        { Bucket: this.settings.bucket, Prefix: root + prefix },
      );
      for await (const page of pages) {
        for (const obj of page.Contents ?? []) {
          if (!obj.Key || !obj.Key.startsWith(root)) continue;
          yield { key: obj.Key.slice(root.length), size: obj.Size ?? 0, modified: obj.LastModified };
        }
      }
    } catch (err) {
      throw this.fail(err, 'list', prefix || undefined);
    }
  }

  async delete(key: string): Promise<void> {
    const Key = this.full(key);
    try {
      await this.client.send(new DeleteObjectCommand({ Bucket: this.settings.bucket, Key }));
    } catch (err) {
      if (failureFacts(err).status === 404 && failureFacts(err).code !== 'NoSuchBucket') return;
      throw this.fail(err, 'delete', key);
    }
  }

  /** Multipart uploads started under the store's prefix and neither completed nor aborted (each one costs storage). */
  async pendingUploads(): Promise<string[]> {
    const out: string[] = [];
    let KeyMarker: string | undefined;
    let UploadIdMarker: string | undefined;
    for (;;) {
      const res = await this.client.send(
        new ListMultipartUploadsCommand({ Bucket: this.settings.bucket, Prefix: this.settings.prefix, KeyMarker, UploadIdMarker }),
      );
      for (const u of res.Uploads ?? []) if (u.Key) out.push(u.Key.slice(this.settings.prefix.length));
      if (!res.IsTruncated) return out;
      KeyMarker = res.NextKeyMarker;
      UploadIdMarker = res.NextUploadIdMarker;
    }
  }

  async close(): Promise<void> {
    this.client.destroy();
  }
}

/** Only the browser build returns web streams; keep Node streams throughout. */
function nodeStream(body: unknown): Readable {
  if (body instanceof Readable) return body;
  return body ? Readable.fromWeb(body as never) : Readable.from([]);
}

export function clientConfig(s: S3Settings): S3ClientConfig {
  const config: S3ClientConfig = {
    region: s.region,
    forcePathStyle: s.forcePathStyle,
    // A bucket in another region answers with a redirect; following it lets the default region work everywhere.
    followRegionRedirects: true,
    maxAttempts: s.maxAttempts,
    requestHandler: { connectionTimeout: 10_000, socketTimeout: 120_000 } as S3ClientConfig['requestHandler'],
  };
  if (s.endpoint) config.endpoint = s.endpoint;
  if (s.checksum) {
    config.requestChecksumCalculation = s.checksum;
    config.responseChecksumValidation = s.checksum;
  }
  return config;
}

export async function openS3(url: URL, raw: string, opts: StorageOptions): Promise<S3Storage> {
  return new S3Storage(s3Settings(url, raw, opts));
}
