import type { Readable } from 'node:stream';
import type { AtPoint } from '../catalog/chain.js';
import type { ArtifactRecord, Fingerprint, Manifest, Span } from '../catalog/manifest.js';
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
  /** The moment(s) this backup lets a restore reach; absent means "its finish time, not replayable". */
  span?: Span;
}

/** An artifact of a stored backup, opened on demand as a verified, decoded stream. */
export interface ArtifactIn {
  record: ArtifactRecord;
  /** Bytes that fail size/SHA-256/decoding make this stream error before it ends. */
  open(): Promise<Readable>;
}

/** One committed backup of a chain, with its artifacts opened on demand. */
export interface ChainLink {
  manifest: Manifest;
  artifacts: ArtifactIn[];
}

/** What an incremental backup builds on: the chain that ends at its parent, full backup first. */
export interface IncrementalBase {
  chain: ChainLink[];
}

/** A source's answer to "can you back up only what changed since this chain's end?". */
export interface IncrementalPlan {
  incremental: boolean;
  /** Why not, in one line, when `incremental` is false (e.g. the oplog no longer reaches the parent's end). */
  reason?: string;
}

/** How a restore of an incremental (or a point-in-time restore) reaches its target state. */
export interface RestoreChainOptions {
  /** Every link from the full backup to the one being restored (the last is the restored manifest itself). */
  chain: ChainLink[];
  /** Stop replaying here instead of at the last link's end (point-in-time restore into a replayable slice). */
  stopAt?: AtPoint;
}

export interface RestoreReport {
  /** Human-facing counts: files, documents, keys… */
  summary: Record<string, number>;
  /** The restored data's fingerprint, when the restore covered everything the backup holds. */
  fingerprint?: Fingerprint;
  /**
   * Set when the restored data is not meant to equal the manifest's fingerprint (an oplog was replayed over it, a
   * chain of incrementals was restored): what the restore compared with the backup on its way, and what nothing
   * compared. A drill reports these instead of comparing the target with the manifest's fingerprint.
   */
  checks?: { compared: string[]; notCompared: string[] };
  warnings: string[];
}

export interface SourceContext {
  log: Logger;
  progress: Progress;
  signal?: AbortSignal;
  /** backup(): the id the backup will be committed under (a directory backup's file index names it). */
  backupId?: string;
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
  /**
   * Present on sources that can back up only what changed (MongoDB replica sets, directories). Called before
   * backup() with the chain to build on; a source that cannot continue it says why.
   */
  planIncremental?(ctx: SourceContext, base: IncrementalBase): Promise<IncrementalPlan>;
  /**
   * Yields artifacts one at a time; the caller fully consumes each stream before asking for the next. With a
   * base (only after planIncremental said yes), stores what changed since the base's last link.
   */
  backup(ctx: SourceContext, base?: IncrementalBase): AsyncGenerator<ArtifactOut, BackupOutcome, void>;
  /**
   * Restores a committed backup into this location; all-or-nothing where the target allows it. For an
   * incremental, `chain` holds every link from the full backup on, and the result is the state at the last
   * link's end (or at `stopAt`).
   */
  restore(ctx: SourceContext, manifest: Manifest, artifacts: ArtifactIn[], chain?: RestoreChainOptions): Promise<RestoreReport>;
  /**
   * The fingerprint of what is at this location now, comparable with a manifest's. `restored` names the backup
   * restored here (a drill): a source whose restore lands in a narrower scope than the location (MongoDB: one
   * database of a server) fingerprints that scope.
   */
  fingerprint(ctx: SourceContext, restored?: Pick<Manifest, 'source'>): Promise<Fingerprint>;
  close?(): Promise<void>;
}
