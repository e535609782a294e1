import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { UsageError } from '../errors.js';
import { redact } from '../util/redact.js';
import { LocalStorage } from './local.js';
import { namesAnOption } from './options.js';
import type { Storage } from './storage.js';

/** Settings a storage URL cannot carry (credentials come from each SDK's standard chain). */
export interface StorageOptions {
  [key: string]: unknown;
}

type Factory = (url: URL, raw: string, opts: StorageOptions) => Promise<Storage>;

/**
 * One entry per URL scheme. Cloud backends are imported lazily so the CLI
 * starts fast and a local backup never loads an SDK.
 */
const FACTORIES: Record<string, Factory> = {
  'file:': async (url) => new LocalStorage(fileURLToPath(url)),
  // Each cloud backend sits behind the retry decorator (src/storage/retry.ts).
  's3:': async (url, raw, opts) => (await import('./retry.js')).withRetries(await (await import('./s3.js')).openS3(url, raw, opts), opts),
  'gs:': async (url, raw, opts) => (await import('./retry.js')).withRetries(await (await import('./gcs.js')).openGcs(url, raw, opts), opts),
  'azblob:': async (url, raw, opts) => (await import('./retry.js')).withRetries(await (await import('./azure.js')).openAzure(url, raw, opts), opts),
  'artifact:': async (url, raw, opts) => (await import('./retry.js')).withRetries(await (await import('./artifact.js')).openArtifact(url, raw, opts), opts),
};

export const KNOWN_SCHEMES = ['file://', 's3://', 'gs://', 'azblob://', 'artifact://'];

/**
 * Opens a storage from a URL (`file:///abs`, `s3://bucket/prefix`, …) or a plain
 * path. `flag` names the option the URL came from, for error messages.
 */
export async function openStorage(raw: string, flag: string, opts: StorageOptions = {}): Promise<Storage> {
  const text = raw.trim();
  if (!text) throw new UsageError(`${flag}: empty storage URL; expected a path, file:///abs/path, s3://, gs://, azblob:// or artifact://`);
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(text);
  if (!scheme || scheme[1]!.length === 1) {
    // A plain path (a one-letter "scheme" would be a Windows drive).
    return new LocalStorage(path.resolve(text));
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new UsageError(`${flag}: malformed storage URL '${redact(text)}'`);
  }
  const factory = FACTORIES[url.protocol];
  if (!factory) {
    const known = KNOWN_SCHEMES.includes(`${url.protocol}//`);
    throw new UsageError(
      known
        ? `${flag}: storage '${url.protocol}//' is not available in this build yet`
        : `${flag}: unknown storage scheme '${url.protocol}' in '${redact(text)}'; expected a path, ${KNOWN_SCHEMES.join(', ')}`,
    );
  }
  try {
    return await factory(url, text, opts);
  } catch (err) {
    // Backends describe the URL; the user needs to know which option it came from.
    if (err instanceof UsageError && !err.message.startsWith(flag) && !namesAnOption(opts, err.message)) throw new UsageError(`${flag}: ${err.message}`, { cause: err });
    throw err;
  }
}
