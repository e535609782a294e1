import type { Readable } from 'node:stream';
import { backupFolder } from '../catalog/catalog.js';
import type { ArtifactRecord, Manifest } from '../catalog/manifest.js';
import { VerificationError } from '../errors.js';
import { openArtifactStream, type ReadOptions } from '../pipeline/artifact.js';
import type { ArtifactIn } from '../sources/source.js';
import { NotFoundError, joinKey, type Storage } from '../storage/storage.js';

export function artifactKey(manifest: Manifest, record: ArtifactRecord): string {
  return joinKey(backupFolder(manifest.name, manifest.id), record.name);
}

/** Opens one stored artifact as a verified, decoded stream (see openArtifactStream). */
export async function openArtifact(storage: Storage, manifest: Manifest, record: ArtifactRecord, opts: ReadOptions = {}): Promise<Readable> {
  const key = artifactKey(manifest, record);
  let raw: Readable;
  try {
    raw = await storage.get(key);
  } catch (err) {
    if (err instanceof NotFoundError) throw new VerificationError(`backup ${manifest.id}: artifact '${record.name}' is missing from ${storage.location}`);
    throw err;
  }
  try {
    return openArtifactStream(raw, record, `${manifest.name}/${manifest.id}/${record.name}`, opts);
  } catch (err) {
    // No key for it (a usage error raised before any byte flows): release the object we opened.
    raw.destroy();
    throw err;
  }
}

/** Checks that every artifact exists with its recorded size before any byte is trusted. */
export async function checkArtifactsPresent(storage: Storage, manifest: Manifest): Promise<void> {
  for (const record of manifest.artifacts) {
    const info = await storage.stat(artifactKey(manifest, record));
    if (!info) throw new VerificationError(`backup ${manifest.id}: artifact '${record.name}' is missing from ${storage.location}`);
    if (info.size !== record.size) {
      throw new VerificationError(`backup ${manifest.id}: artifact '${record.name}' is ${info.size} bytes, the manifest records ${record.size}`);
    }
  }
}

export function artifactInputs(storage: Storage, manifest: Manifest, opts: ReadOptions = {}): ArtifactIn[] {
  return manifest.artifacts.map((record) => ({ record, open: () => openArtifact(storage, manifest, record, opts) }));
}
