import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { UsageError } from '../errors.js';
import { redact } from '../util/redact.js';
import { FilesSource } from './files/files-source.js';
import type { Source, SourceOptions } from './source.js';

type Factory = (raw: string, opts: SourceOptions) => Promise<Source>;

/** Source kinds by URI scheme. Database sources are imported lazily (their drivers are large). */
const BY_SCHEME: Record<string, { kind: string; open: Factory }> = {
  'file:': { kind: 'files', open: async (raw, opts) => new FilesSource(fileURLToPath(raw), opts) },
  'mongodb:': { kind: 'mongodb', open: async (raw, opts) => new (await import('./mongodb/mongo-source.js')).MongoSource(raw, opts) },
  'mongodb+srv:': { kind: 'mongodb', open: async (raw, opts) => new (await import('./mongodb/mongo-source.js')).MongoSource(raw, opts) },
  'redis:': { kind: 'redis', open: async (raw, opts) => new (await import('./redis/redis-source.js')).RedisSource(raw, opts) },
  'rediss:': { kind: 'redis', open: async (raw, opts) => new (await import('./redis/redis-source.js')).RedisSource(raw, opts) },
  'n8n+http:': { kind: 'n8n', open: async (raw, opts) => new (await import('./n8n/n8n-source.js')).N8nSource(raw, opts) },
  'n8n+https:': { kind: 'n8n', open: async (raw, opts) => new (await import('./n8n/n8n-source.js')).N8nSource(raw, opts) },
  'n8n-cli:': { kind: 'n8n', open: async (raw, opts) => new (await import('./n8n/n8n-source.js')).N8nSource(raw, opts) },
  // mongodb:, mongodb+srv:, redis:, rediss:, n8n+http:, n8n+https:, n8n-cli: register here.
};

/** The kinds a manifest may name, mapped to the scheme used to open a restore target of that kind. */
const BY_KIND: Record<string, Factory> = {
  files: async (raw, opts) => new FilesSource(raw.startsWith('file:') ? fileURLToPath(raw) : path.resolve(raw), opts),
  mongodb: async (raw, opts) => (await import('./mongodb/mongo-source.js')).openMongoTarget(raw, opts),
  redis: async (raw, opts) => new (await import('./redis/redis-source.js')).RedisSource(raw, opts),
  n8n: async (raw, opts) => new (await import('./n8n/n8n-source.js')).N8nSource(raw, opts, '--target'),
};

export const SOURCE_FORMS = 'a directory path, file:///dir, mongodb://…, mongodb+srv://…, redis://…, rediss://…, n8n+https://…, n8n+http://… or n8n-cli:/path/to/n8n';

/** Opens a source from what the user wrote: a directory path or a URI. */
export async function openSource(raw: string, flag: string, opts: SourceOptions = {}): Promise<Source> {
  const text = raw.trim();
  if (!text) throw new UsageError(`${flag}: empty; expected ${SOURCE_FORMS}`);
  const m = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(text);
  if (!m || m[1]!.length === 1) return new FilesSource(path.resolve(text), opts);
  const entry = BY_SCHEME[`${m[1]!.toLowerCase()}:`];
  if (!entry) throw new UsageError(`${flag}: unknown source scheme '${m[1]}:' in '${redact(text)}'; expected ${SOURCE_FORMS}`);
  return entry.open(text, opts);
}

/** Opens a restore/drill target for a backup of `kind` (from its manifest). */
export async function openTarget(kind: string, raw: string, flag: string, opts: SourceOptions = {}): Promise<Source> {
  const text = raw.trim();
  if (!text) throw new UsageError(`${flag}: empty; expected a ${kind} target`);
  const m = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(text);
  if (m && m[1]!.length > 1) {
    const entry = BY_SCHEME[`${m[1]!.toLowerCase()}:`];
    if (entry && entry.kind !== kind) {
      throw new UsageError(`${flag}: '${redact(text)}' is a ${entry.kind} location, but the backup is of kind '${kind}'`);
    }
  }
  const open = BY_KIND[kind];
  if (!open) throw new UsageError(`backup kind '${kind}' cannot be restored by this build`);
  return open(text, opts);
}
