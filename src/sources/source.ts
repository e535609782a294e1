import type { Readable } from 'node:stream';
import type { ArtifactRecord, Fingerprint, Manifest } from '../catalog/manifest.js';
import type { Logger } from '../log.js';
import type { Progress } from '../progress/progress.js';

/** One named stream a source produces during a backup. */
export interface ArtifactOut {
  /** Base file name inside the backup folder, before the compression extension (`files.tar`). */
  baseName: string;
  /** What the bytes are (`tar`, `mongo-archive`, `redis-records`…). */
  kind: string;
  contentType?: string;
  meta?: Record<string, unknown>;
  stream: Readable;
}

/** What a source knows once its artifacts have been fully read. */
export interface BackupOutcome {
  fingerprint: Fingerprint;
  /** The point in time the data is consistent at (e.g. an oplog timestamp), when the source has one. */
  consistency?: Record<string, unknown> | null;
  warnings: string[];
  stats?: Record<string, number>;
}

/** An artifact of a stored backup, opened on demand as a verified, decoded stream. */
export interface ArtifactIn {
  record: ArtifactRecord;
  /** Bytes that fail size/SHA-256/decoding make this stream error before it ends. */
  open(): Promise<Readable>;
}

export interface RestoreReport {
  /** Human-facing counts: files, documents, keys… */
  summary: Record<string, number>;
  /** The restored data's fingerprint, when the restore covered everything the backup holds. */
  fingerprint?: Fingerprint;
  warnings: string[];
}

export interface SourceContext {
  log: Logger;
  progress: Progress;
  signal?: AbortSignal;
}

/** Options every source understands; each kind reads the ones that apply to it. */
export interface SourceOptions {
  include?: string[];
  exclude?: string[];
  overwrite?: boolean;
  /** Replace existing data in the target (collections, keys) instead of refusing. */
  drop?: boolean;
  allowExternalLinks?: boolean;
  /** n8n: the public API key (the source also reads env N8N_API_KEY). */
  n8nApiKey?: string;
  /** The backup's artifacts are encrypted client-side (lets a source write plaintext secrets into it). */
  encrypted?: boolean;
}

/**
 * One system we back up (a directory, a MongoDB deployment, a Redis server…),
 * opened on a location. The same object backs up from that location, restores
 * into it, and fingerprints it, so restore and drill compare like with like.
 * Every implementation passes test/conformance/source.ts.
 */
export interface Source {
  readonly kind: string;
  /** The location with credentials removed; safe to log and to store in a manifest. */
  readonly location: string;
  /** A backup name derived from the location when the user gives none. */
  defaultName(): string;
  /** Yields artifacts one at a time; the caller fully consumes each stream before asking for the next. */
  backup(ctx: SourceContext): AsyncGenerator<ArtifactOut, BackupOutcome, void>;
  /** Restores a committed backup into this location; all-or-nothing where the target allows it. */
  restore(ctx: SourceContext, manifest: Manifest, artifacts: ArtifactIn[]): Promise<RestoreReport>;
  /** The fingerprint of what is at this location now, comparable with a manifest's. */
  fingerprint(ctx: SourceContext): Promise<Fingerprint>;
  close?(): Promise<void>;
}
