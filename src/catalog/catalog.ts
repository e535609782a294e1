import { UsageError, VerificationError, errorMessage } from '../errors.js';
import { NotFoundError, joinKey, type Storage } from '../storage/storage.js';
import { readSmall } from '../util/streams.js';
import { BACKUP_ID_PATTERN, MANIFEST_FILE, ManifestSchema, type Manifest } from './manifest.js';

/** A backup as the catalog sees it: a `<name>/<id>/manifest.json` that exists. */
export interface CatalogEntry {
  name: string;
  id: string;
  manifestKey: string;
}

const MAX_MANIFEST_BYTES = 64 * 1024 * 1024;

export function backupFolder(name: string, id: string): string {
  return joinKey(name, id);
}

export function manifestKey(name: string, id: string): string {
  return joinKey(name, id, MANIFEST_FILE);
}

/** Every committed backup (one with a manifest) under the store, optionally of one name, sorted oldest first. */
export async function listBackups(storage: Storage, name?: string): Promise<CatalogEntry[]> {
  const out: CatalogEntry[] = [];
  for await (const obj of storage.list(name ? `${name}/` : '')) {
    const parts = obj.key.split('/');
    if (parts.length !== 3 || parts[2] !== MANIFEST_FILE) continue;
    const [n, id] = parts as [string, string, string];
    if (!BACKUP_ID_PATTERN.test(id)) continue;
    if (name && n !== name) continue;
    out.push({ name: n, id, manifestKey: obj.key });
  }
  return out.sort((a, b) => (a.name === b.name ? a.id.localeCompare(b.id) : a.name.localeCompare(b.name)));
}

export async function readManifest(storage: Storage, entry: Pick<CatalogEntry, 'manifestKey'>): Promise<Manifest> {
  return (await readManifestBytes(storage, entry)).manifest;
}

/** The manifest as stored (its exact bytes, which `copy` writes elsewhere unchanged) and as parsed. */
export async function readManifestBytes(storage: Storage, entry: Pick<CatalogEntry, 'manifestKey'>): Promise<{ manifest: Manifest; bytes: Buffer }> {
  const body = await readSmall(await storage.get(entry.manifestKey), MAX_MANIFEST_BYTES, `${storage.location}/${entry.manifestKey}`);
  let json: unknown;
  try {
    json = JSON.parse(body.toString('utf8'));
  } catch (err) {
    throw new VerificationError(`${storage.location}/${entry.manifestKey}: manifest is not valid JSON (${errorMessage(err)})`);
  }
  const parsed = ManifestSchema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new VerificationError(
      `${storage.location}/${entry.manifestKey}: not a bakup manifest (${first ? `${first.path.join('.') || '(root)'}: ${first.message}` : 'invalid'})`,
    );
  }
  return { manifest: parsed.data, bytes: body };
}

/**
 * Finds one backup of `name`: `latest` (the newest committed one) or an exact id.
 * An unknown id is a usage error that names what exists.
 */
export async function resolveBackup(storage: Storage, name: string, idOrLatest: string): Promise<CatalogEntry> {
  const all = await listBackups(storage, name);
  if (all.length === 0) throw new UsageError(`--name: no backups named '${name}' in ${storage.location}`);
  if (idOrLatest === 'latest') return all[all.length - 1]!;
  const hit = all.find((e) => e.id === idOrLatest);
  if (!hit) {
    const recent = all.slice(-5).map((e) => e.id).join(', ');
    throw new UsageError(`--backup-id: no backup '${idOrLatest}' of '${name}' in ${storage.location} (newest: ${recent})`);
  }
  return hit;
}

export async function manifestExists(storage: Storage, name: string, id: string): Promise<boolean> {
  try {
    return (await storage.stat(manifestKey(name, id))) !== undefined;
  } catch (err) {
    if (err instanceof NotFoundError) return false;
    throw err;
  }
}
