import type { Readable } from 'node:stream';
import { Storage as GcsClient, IdempotencyStrategy, type File, type GetFilesOptions } from '@google-cloud/storage';
import { UsageError } from '../errors.js';
import { backoffDelay, readRetryFrom, type ReadRetry } from './retry.js';
import { failureFacts, isAbort, isTransient, storageError, type StorageOp } from './errors.js';
import type { StorageOptions } from './open.js';
import { endpointUrl, optBool, optEnum, optInt, optionLabel, optString, parseContainerUrl } from './options.js';

/** Google's storage classes (the last three are legacy names Google still accepts). */
export const GCS_STORAGE_CLASSES = ['STANDARD', 'NEARLINE', 'COLDLINE', 'ARCHIVE', 'MULTI_REGIONAL', 'REGIONAL', 'DURABLE_REDUCED_AVAILABILITY'] as const;
import { checkKey, holdsBytes, NotFoundError, type ObjectInfo, type PutOptions, type Storage } from './storage.js';
import { GcsBodyError, openDownload, uploadResumable } from './gcs-upload.js';
import { resumableRead } from './streams.js';

const KiB = 1024;
const MiB = 1 << 20;

export interface GcsSettings {
  bucket: string;
  prefix: string;
  location: string;
  /** A custom endpoint (the emulator, a private endpoint); undefined means Google's. */
  endpoint?: string;
  endpointAuth: boolean;
  storageClass?: string;
  /** Bytes per resumable-upload request; two chunks are buffered (one sending, one filling) so a failed one can be re-sent. */
  chunkSize: number;
  listPageSize?: number;
  readRetry: ReadRetry;
}

const CREDENTIAL_HINT =
  'Google Application Default Credentials read GOOGLE_APPLICATION_CREDENTIALS (a key or a workload identity federation file from google-github-actions/auth) or the metadata server';

const PERMISSION: Record<StorageOp, string> = {
  put: 'storage.objects.create (and storage.objects.delete to overwrite)',
  upload: 'storage.objects.create (and storage.objects.delete to overwrite)',
  get: 'storage.objects.get',
  stat: 'storage.objects.get',
  list: 'storage.objects.list',
  delete: 'storage.objects.delete',
};

export function gcsSettings(url: URL, raw: string, opts: StorageOptions, env: NodeJS.ProcessEnv = process.env): GcsSettings {
  const { container: bucket, prefix, location } = parseContainerUrl(
    url,
    raw,
    'gs://bucket/prefix',
    'bucket',
    /^[a-z0-9][a-z0-9._-]{1,220}[a-z0-9]$/,
    '3-222 lower-case letters, digits, dots, hyphens or underscores',
  );
  const optEndpoint = optString(opts, 'gcsEndpoint');
  const endpoint = optEndpoint
    ? endpointUrl(optEndpoint, optionLabel(opts, 'gcsEndpoint'))
    : env.STORAGE_EMULATOR_HOST
      ? endpointUrl(env.STORAGE_EMULATOR_HOST.replace(/\/storage\/v1\/?$/, ''), 'STORAGE_EMULATOR_HOST')
      : undefined;
  // Google recommends chunks of at least 8 MiB; each chunk is held in memory until the service confirms it.
  const chunkSize = optInt(opts, 'gcsChunkSize', 256 * KiB, 1024 * MiB, true) ?? 8 * MiB;
  if (chunkSize % (256 * KiB) !== 0) {
    throw new UsageError(`${optionLabel(opts, 'gcsChunkSize')}: expected a multiple of 256 KiB (Google's rule for resumable chunks), got ${chunkSize} bytes`);
  }
  return {
    bucket,
    prefix,
    location,
    endpoint,
    // The emulator wants no token; a private Google endpoint does. Default: authenticate unless the emulator variable set it.
    endpointAuth: optBool(opts, 'gcsEndpointAuth') ?? (optEndpoint !== undefined && !/^http:\/\/(127\.0\.0\.1|localhost|\[::1\])[:/]/.test(endpoint ?? '')),
    storageClass: optEnum(opts, 'gcsStorageClass', GCS_STORAGE_CLASSES),
    chunkSize,
    listPageSize: optInt(opts, 'listPageSize', 1, 1000),
    readRetry: readRetryFrom(opts),
  };
}

/**
 * `gs://bucket/prefix` on Google Cloud Storage. Uploads are resumable sessions
 * (opened by the library, sent by gcs-upload.ts) in chunks of `chunkSize`; a
 * chunk is re-sent after a transient failure from the offset the service
 * confirms. An upload that is not finished is never visible.
 */
export class GcsStorage implements Storage {
  readonly location: string;
  readonly client: GcsClient;
  private bucketChecked = false;

  constructor(
    readonly settings: GcsSettings,
    client?: GcsClient,
  ) {
    this.location = settings.location;
    this.client =
      client ??
      new GcsClient({
        apiEndpoint: settings.endpoint,
        useAuthWithCustomEndpoint: settings.endpoint ? settings.endpointAuth : undefined,
        // The retry decorator around this store retries the library's calls
        // (metadata, listing, delete, opening an upload session); retrying in
        // both layers made a dead endpoint take two minutes to report.
        retryOptions: { autoRetry: false, idempotencyStrategy: IdempotencyStrategy.RetryAlways },
      });
    // The library takes STORAGE_EMULATOR_HOST verbatim as its JSON API base whenever it is set,
    // over apiEndpoint: the endpoint settled above (the option wins, the variable may lack
    // /storage/v1) is the one every call goes to.
    if (!client && settings.endpoint) this.client.baseUrl = `${settings.endpoint}/storage/v1`;
  }

  private file(key: string): File {
    return this.client.bucket(this.settings.bucket).file(this.settings.prefix + checkKey(key));
  }

  private fail(err: unknown, op: StorageOp, key?: string): Error {
    return storageError(err, {
      location: this.location,
      containerWord: 'bucket',
      container: this.settings.bucket,
      op,
      key,
      permission: PERMISSION[op],
      endpoint: this.settings.endpoint,
      credentialHint: CREDENTIAL_HINT,
    });
  }

  async put(key: string, body: Readable, opts: PutOptions = {}): Promise<ObjectInfo> {
    const file = this.file(key);
    const metadata: Record<string, string> = {};
    if (opts.contentType) metadata.contentType = opts.contentType;
    if (this.settings.storageClass) metadata.storageClass = this.settings.storageClass;
    let uri: string;
    try {
      [uri] = await file.createResumableUpload({ metadata });
    } catch (err) {
      // Starting an upload session in a missing bucket answers a bare 404.
      if (failureFacts(err).status === 404) await this.checkBucket('put', key);
      throw this.fail(err, 'put', key);
    }
    const retry = this.settings.readRetry;
    try {
      const size = await uploadResumable(uri, body, {
        chunkSize: this.settings.chunkSize,
        attempts: Math.max(retry.attempts, 5),
        delayMs: (n) => backoffDelay(retry, n),
        signal: opts.signal,
      });
      return { key, size, modified: new Date() };
    } catch (err) {
      if (err instanceof GcsBodyError) throw err.original;
      if (isAbort(err)) throw err;
      throw this.fail(err, 'put', key);
    }
  }

  /**
   * Creates `key` only if no live object has it: a single-request upload with
   * `ifGenerationMatch=0`, which GCS (and fake-gcs-server) answers with 412
   * when the object exists.
   */
  async putIfAbsent(key: string, body: Buffer): Promise<boolean> {
    const metadata: Record<string, string> = { contentType: 'application/json' };
    if (this.settings.storageClass) metadata.storageClass = this.settings.storageClass;
    try {
      await this.file(key).save(body, { resumable: false, metadata, preconditionOpts: { ifGenerationMatch: 0 } });
      return true;
    } catch (err) {
      const { status } = failureFacts(err);
      if (status === 412) return holdsBytes(this, key, body);
      if (status === 404) await this.checkBucket('put', key);
      throw this.fail(err, 'put', key);
    }
  }

  async get(key: string): Promise<Readable> {
    const file = this.file(key);
    let generation: string | number | undefined;
    let size: number | undefined;
    try {
      // Asking first turns a missing key into NotFoundError here rather than a stream error later,
      // and pins the generation so the bytes read are those of the object found.
      const [meta] = await file.getMetadata();
      generation = meta.generation;
      size = meta.size !== undefined ? Number(meta.size) : undefined;
    } catch (err) {
      if (failureFacts(err).status === 404) {
        await this.checkBucket('get', key);
        throw new NotFoundError(this.location, key);
      }
      throw this.fail(err, 'get', key);
    }
    const retry = this.settings.readRetry;
    const open = async (offset: number) => {
      try {
        return await this.openMedia(file.name, generation, offset);
      } catch (err) {
        throw this.fail(err, 'get', key);
      }
    };
    // A dropped download resumes at the byte it stopped; the pinned generation keeps it one object.
    return resumableRead(await open(0), open, {
      size,
      attempts: retry.attempts,
      isTransient,
      delayMs: (n) => backoffDelay(retry, n),
      describe: `${this.location}/${key}`,
    });
  }

  /** `alt=media` of one generation from `offset`, with the library's credentials (none for the emulator). */
  private async openMedia(name: string, generation: string | number | undefined, offset: number): Promise<Readable> {
    const base = (this.settings.endpoint ?? 'https://storage.googleapis.com').replace(/\/+$/, '');
    const url = new URL(`${base}/storage/v1/b/${encodeURIComponent(this.settings.bucket)}/o/${encodeURIComponent(name)}`);
    url.searchParams.set('alt', 'media');
    if (generation !== undefined) url.searchParams.set('generation', String(generation));
    const headers: Record<string, string> = { 'Accept-Encoding': 'identity' };
    if (offset > 0) headers.Range = `bytes=${offset}-`;
    if (!this.settings.endpoint || this.settings.endpointAuth) Object.assign(headers, await this.client.authClient.getRequestHeaders(url.href));
    return openDownload(url, headers);
  }

  async stat(key: string): Promise<ObjectInfo | undefined> {
    try {
      const [meta] = await this.file(key).getMetadata();
      return { key, size: Number(meta.size ?? 0), modified: meta.updated ? new Date(meta.updated) : undefined };
    } catch (err) {
      if (failureFacts(err).status === 404) {
        await this.checkBucket('stat', key);
        return undefined;
      }
      throw this.fail(err, 'stat', key);
    }
  }

  /** Tells a missing bucket from a missing object, once; a bucket we may not read is assumed present. */
  private async checkBucket(op: StorageOp, key?: string): Promise<void> {
    if (this.bucketChecked) return;
    let exists: boolean;
    try {
      [exists] = await this.client.bucket(this.settings.bucket).exists();
    } catch (err) {
      if (failureFacts(err).status === 403) exists = true;
      else throw this.fail(err, op, key);
    }
    if (!exists) throw this.fail(Object.assign(new Error('NoSuchBucket'), { name: 'NoSuchBucket' }), op, key);
    this.bucketChecked = true;
  }

  async *list(prefix: string): AsyncIterable<ObjectInfo> {
    const root = this.settings.prefix;
    const bucket = this.client.bucket(this.settings.bucket);
    let query: GetFilesOptions | null = { prefix: root + prefix, autoPaginate: false, maxResults: this.settings.listPageSize };
    try {
      while (query) {
        const [files, next]: [File[], GetFilesOptions | null, unknown] = (await bucket.getFiles(query)) as never;
        for (const f of files) {
          if (!f.name.startsWith(root)) continue;
          const m = f.metadata;
          yield { key: f.name.slice(root.length), size: Number(m.size ?? 0), modified: m.updated ? new Date(m.updated) : undefined };
        }
        query = next && next.pageToken ? { ...query, pageToken: next.pageToken } : null;
      }
    } catch (err) {
      if (failureFacts(err).status === 404) throw this.fail(Object.assign(new Error('NoSuchBucket'), { name: 'NoSuchBucket' }), 'list', prefix || undefined);
      throw this.fail(err, 'list', prefix || undefined);
    }
  }

  async delete(key: string): Promise<void> {
    try {
      await this.file(key).delete({ ignoreNotFound: true });
    } catch (err) {
      throw this.fail(err, 'delete', key);
    }
  }
}

export async function openGcs(url: URL, raw: string, opts: StorageOptions): Promise<GcsStorage> {
  return new GcsStorage(gcsSettings(url, raw, opts));
}
