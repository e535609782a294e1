import type { Readable } from 'node:stream';
import {
  BlobServiceClient,
  StorageSharedKeyCredential,
  type BlockBlobClient,
  type ContainerClient,
  type StoragePipelineOptions,
} from '@azure/storage-blob';
import { UsageError } from '../errors.js';
import { registerSecret } from '../util/redact.js';
import { failureFacts, storageError, type StorageOp } from './errors.js';
import type { StorageOptions } from './open.js';
import { endpointUrl, optEnum, optInt, optionLabel, optString, parseContainerUrl } from './options.js';
import { checkKey, holdsBytes, NotFoundError, type ObjectInfo, type PutOptions, type Storage } from './storage.js';
import { abortError } from './streams.js';
import { AzureBodyError, uploadBlocks } from './azure-upload.js';

const MiB = 1 << 20;

export const AZURE_TIERS = ['Hot', 'Cool', 'Cold', 'Archive'] as const;

/** How the account is reached; the secret parts stay in the environment and are never copied here. */
export type AzureAuth =
  | { kind: 'connection-string' }
  | { kind: 'shared-key'; account: string }
  | { kind: 'sas'; account: string }
  | { kind: 'default-credential'; account: string };

export interface AzureSettings {
  container: string;
  prefix: string;
  location: string;
  auth: AzureAuth;
  /** Blob service URL when not given by the connection string. */
  endpoint?: string;
  tier?: (typeof AZURE_TIERS)[number];
  blockSize: number;
  concurrency: number;
  listPageSize?: number;
}

const CREDENTIAL_HINT =
  'bakup reads AZURE_STORAGE_CONNECTION_STRING, or AZURE_STORAGE_ACCOUNT with AZURE_STORAGE_KEY or AZURE_STORAGE_SAS_TOKEN, or DefaultAzureCredential (AZURE_CLIENT_ID/AZURE_TENANT_ID with GitHub OIDC via azure/login)';

const DATA_ACTION = 'Microsoft.Storage/storageAccounts/blobServices/containers/blobs';
const PERMISSION: Record<StorageOp, string> = {
  put: `${DATA_ACTION}/write (role Storage Blob Data Contributor)`,
  upload: `${DATA_ACTION}/write (role Storage Blob Data Contributor)`,
  get: `${DATA_ACTION}/read (role Storage Blob Data Reader)`,
  stat: `${DATA_ACTION}/read (role Storage Blob Data Reader)`,
  list: `${DATA_ACTION}/read (role Storage Blob Data Reader)`,
  delete: `${DATA_ACTION}/delete (role Storage Blob Data Contributor)`,
};

export function azureSettings(url: URL, raw: string, opts: StorageOptions, env: NodeJS.ProcessEnv = process.env): AzureSettings {
  const { container, prefix, location } = parseContainerUrl(
    url,
    raw,
    'azblob://container/prefix',
    'container',
    /^(?=.{3,63}$)[a-z0-9](?:[a-z0-9]|-(?!-))*[a-z0-9]$/,
    '3-63 lower-case letters, digits and single hyphens',
  );
  const account = optString(opts, 'azureAccount') ?? env.AZURE_STORAGE_ACCOUNT;
  const optEndpoint = optString(opts, 'azureEndpoint');
  let auth: AzureAuth;
  if (env.AZURE_STORAGE_CONNECTION_STRING && !optString(opts, 'azureAccount')) auth = { kind: 'connection-string' };
  else if (!account) {
    throw new UsageError(
      `storage URL '${location}': no Azure storage account; set AZURE_STORAGE_CONNECTION_STRING, or AZURE_STORAGE_ACCOUNT (or the azureAccount option) with a key, a SAS token or an Azure login`,
    );
  } else if (env.AZURE_STORAGE_KEY) auth = { kind: 'shared-key', account };
  else if (env.AZURE_STORAGE_SAS_TOKEN) auth = { kind: 'sas', account };
  else auth = { kind: 'default-credential', account };
  if (auth.kind !== 'connection-string' && !/^[a-z0-9]{3,24}$/.test(auth.account)) {
    const from = optString(opts, 'azureAccount') ? optionLabel(opts, 'azureAccount') : 'AZURE_STORAGE_ACCOUNT';
    throw new UsageError(`${from}: expected a storage account name of 3-24 lower-case letters and digits, got '${auth.account}'`);
  }
  return {
    container,
    prefix,
    location,
    auth,
    endpoint: optEndpoint ? endpointUrl(optEndpoint, optionLabel(opts, 'azureEndpoint')) : undefined,
    tier: optEnum(opts, 'azureAccessTier', AZURE_TIERS),
    // Block sizes double every 10000 blocks (azure-upload.ts): the default 8 MiB reaches ~2.4 TiB.
    blockSize: optInt(opts, 'azureBlockSize', 1 * MiB, 4000 * MiB, true) ?? 8 * MiB,
    concurrency: optInt(opts, 'azureConcurrency', 1, 64) ?? 4,
    listPageSize: optInt(opts, 'listPageSize', 1, 5000),
  };
}

async function serviceClient(s: AzureSettings, env: NodeJS.ProcessEnv, maxTries: number): Promise<BlobServiceClient> {
  const pipelineOptions: StoragePipelineOptions = { retryOptions: { maxTries, retryDelayInMs: 500, maxRetryDelayInMs: 15_000 } };
  const auth = s.auth;
  if (auth.kind === 'connection-string') {
    const cs = env.AZURE_STORAGE_CONNECTION_STRING!;
    for (const m of cs.matchAll(/(?:AccountKey|SharedAccessSignature)=([^;]+)/gi)) registerSecret(m[1]);
    try {
      return BlobServiceClient.fromConnectionString(cs, pipelineOptions);
    } catch {
      throw new UsageError('AZURE_STORAGE_CONNECTION_STRING: not a valid connection string (expected AccountName=…;AccountKey=… or BlobEndpoint=…;SharedAccessSignature=…)');
    }
  }
  const endpoint = s.endpoint ?? `https://${auth.account}.blob.core.windows.net`;
  if (auth.kind === 'shared-key') {
    registerSecret(env.AZURE_STORAGE_KEY);
    let cred: StorageSharedKeyCredential;
    try {
      cred = new StorageSharedKeyCredential(auth.account, env.AZURE_STORAGE_KEY!);
    } catch {
      throw new UsageError('AZURE_STORAGE_KEY: not a valid account key (expected the base64 key from the portal)');
    }
    return new BlobServiceClient(endpoint, cred, pipelineOptions);
  }
  if (auth.kind === 'sas') {
    const sas = env.AZURE_STORAGE_SAS_TOKEN!.replace(/^\?/, '');
    registerSecret(sas);
    return new BlobServiceClient(`${endpoint}?${sas}`, undefined, pipelineOptions);
  }
  // Loaded only here: @azure/identity is large and most users never need it.
  const { DefaultAzureCredential } = await import('@azure/identity');
  return new BlobServiceClient(endpoint, new DefaultAzureCredential(), pipelineOptions);
}

/**
 * `azblob://container/prefix` on Azure Blob Storage. A put stages blocks of
 * `blockSize` from the stream (azure-upload.ts: `concurrency` in flight, one
 * filling, buffers from the process's part-buffer pool) and commits the block
 * list only when the stream has ended and every block is staged, so a failed
 * or aborted put leaves the blob as it was. Its staged blocks stay
 * uncommitted and Azure discards them after 7 days.
 */
export class AzureStorage implements Storage {
  readonly location: string;
  private containerChecked = false;

  constructor(
    readonly settings: AzureSettings,
    readonly container: ContainerClient,
    /** The same container with SDK retries on, for uploads. */
    private readonly uploadContainer: ContainerClient = container,
  ) {
    this.location = settings.location;
  }

  private blob(key: string, forUpload = false): BlockBlobClient {
    return (forUpload ? this.uploadContainer : this.container).getBlockBlobClient(this.settings.prefix + checkKey(key));
  }

  private fail(err: unknown, op: StorageOp, key?: string): Error {
    return storageError(err, {
      location: this.location,
      containerWord: 'container',
      container: this.settings.container,
      op,
      key,
      permission: PERMISSION[op],
      endpoint: this.container.url.replace(/\?.*$/, ''),
      credentialHint: CREDENTIAL_HINT,
    });
  }

  async put(key: string, body: Readable, opts: PutOptions = {}): Promise<ObjectInfo> {
    const blob = this.blob(key, true);
    const { signal } = opts;
    let size: number;
    try {
      size = await uploadBlocks(blob, body, {
        blockSize: this.settings.blockSize,
        concurrency: this.settings.concurrency,
        headers: opts.contentType ? { blobContentType: opts.contentType } : undefined,
        tier: this.settings.tier,
        signal,
      });
    } catch (err) {
      if (err instanceof AzureBodyError) throw err.original;
      if (signal?.aborted) throw abortError(signal);
      throw this.fail(err, 'put', key);
    }
    return { key, size, modified: new Date() };
  }

  /**
   * Creates `key` only if no blob has it: Put Blob with `If-None-Match: *`,
   * which Azure (and Azurite) refuse with 409 BlobAlreadyExists when it exists.
   */
  async putIfAbsent(key: string, body: Buffer): Promise<boolean> {
    try {
      await this.blob(key).upload(body, body.length, {
        conditions: { ifNoneMatch: '*' },
        blobHTTPHeaders: { blobContentType: 'application/json' },
        tier: this.settings.tier,
      });
      return true;
    } catch (err) {
      const { status, code } = failureFacts(err);
      if (status === 409 || status === 412 || code === 'BlobAlreadyExists' || code === 'ConditionNotMet') return holdsBytes(this, key, body);
      if (status === 404 && code !== 'ContainerNotFound') await this.isMissingBlob(err, 'put', key);
      throw this.fail(err, 'put', key);
    }
  }

  async get(key: string): Promise<Readable> {
    try {
      // The SDK's download stream resumes at the byte it stopped when a connection drops.
      const res = await this.blob(key).download(0, undefined, { maxRetryRequests: 5 });
      if (!res.readableStreamBody) throw new Error('download returned no body');
      return res.readableStreamBody as Readable;
    } catch (err) {
      if (await this.isMissingBlob(err, 'get', key)) throw new NotFoundError(this.location, key);
      throw this.fail(err, 'get', key);
    }
  }

  async stat(key: string): Promise<ObjectInfo | undefined> {
    try {
      const p = await this.blob(key).getProperties();
      return { key, size: p.contentLength ?? 0, modified: p.lastModified };
    } catch (err) {
      if (await this.isMissingBlob(err, 'stat', key)) return undefined;
      throw this.fail(err, 'stat', key);
    }
  }

  /** A 404 is a missing blob unless the container is missing; HEAD answers have no body, so ask once. */
  private async isMissingBlob(err: unknown, op: StorageOp, key: string): Promise<boolean> {
    const { status, code } = failureFacts(err);
    if (status !== 404 || code === 'ContainerNotFound') return false;
    if (!this.containerChecked) {
      let exists = true;
      try {
        exists = await this.container.exists();
      } catch (e) {
        if (failureFacts(e).status !== 403) throw this.fail(e, op, key);
      }
      if (!exists) throw this.fail(Object.assign(new Error('ContainerNotFound'), { name: 'ContainerNotFound' }), op, key);
      this.containerChecked = true;
    }
    return true;
  }

  async *list(prefix: string): AsyncIterable<ObjectInfo> {
    const root = this.settings.prefix;
    try {
      const pages = this.container.listBlobsFlat({ prefix: root + prefix }).byPage({ maxPageSize: this.settings.listPageSize });
      for await (const page of pages) {
        for (const item of page.segment.blobItems) {
          if (!item.name.startsWith(root)) continue;
          yield { key: item.name.slice(root.length), size: item.properties.contentLength ?? 0, modified: item.properties.lastModified };
        }
      }
    } catch (err) {
      throw this.fail(err, 'list', prefix || undefined);
    }
  }

  async delete(key: string): Promise<void> {
    try {
      await this.blob(key).deleteIfExists();
    } catch (err) {
      throw this.fail(err, 'delete', key);
    }
  }
}

export async function openAzure(url: URL, raw: string, opts: StorageOptions, env: NodeJS.ProcessEnv = process.env): Promise<AzureStorage> {
  const settings = azureSettings(url, raw, opts, env);
  // Staged blocks are retried by the SDK (the only layer that can: the block
  // is in memory, the stream is not); everything else by the retry decorator,
  // so a dead endpoint is reported in seconds, not after 5 × 4 tries.
  const uploads = await serviceClient(settings, env, 5);
  const ops = await serviceClient(settings, env, 1);
  return new AzureStorage(settings, ops.getContainerClient(settings.container), uploads.getContainerClient(settings.container));
}
