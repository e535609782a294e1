import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { COMPRESSIONS } from '../pipeline/compression.js';

/**
 * The manifest is the commit marker of a backup: it is written last, and a
 * backup folder without one does not exist as far as list/restore are
 * concerned. It is plain, versioned JSON so that any tool (or a human with
 * sha256sum) can check a backup without bakup. It never holds secrets.
 */
export const MANIFEST_FILE = 'manifest.json';
export const MANIFEST_FORMAT = 'bakup/manifest';
export const MANIFEST_VERSION = 1;

const Sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'a hex SHA-256');

export const ArtifactRecordSchema = z.object({
  /** File name inside the backup folder, e.g. `files.tar.gz`. */
  name: z.string().regex(/^[^/\\]+$/),
  /** What the bytes are once decoded (`tar`, `mongo-archive`, …): picks the reader for deep checks. */
  kind: z.string(),
  /** Size and SHA-256 of the bytes as stored. */
  size: z.number().int().nonnegative(),
  sha256: Sha256,
  /** Size and SHA-256 of the bytes before compression and encryption. */
  plain: z.object({ size: z.number().int().nonnegative(), sha256: Sha256 }),
  compression: z.enum(COMPRESSIONS),
  encryption: z.discriminatedUnion('scheme', [
    z.object({ scheme: z.literal('none') }),
    z.object({ scheme: z.literal('age'), recipients: z.array(z.string()), passphrase: z.boolean(), keyId: z.string() }),
  ]),
  contentType: z.string().optional(),
  meta: z.record(z.string(), z.unknown()).optional(),
});
export type ArtifactRecord = z.infer<typeof ArtifactRecordSchema>;

/** What a source records about its data, so a restore or a drill can be compared with it. */
export const FingerprintSchema = z.object({
  kind: z.string(),
  /** Counts, e.g. files/dirs/bytes or documents per collection. */
  summary: z.record(z.string(), z.number()),
  /** Per-item digests where the source keeps them (collections, Redis databases…). */
  items: z.record(z.string(), z.object({ count: z.number().optional(), digest: z.string() })).optional(),
  /** One digest over everything the fingerprint covers. */
  digest: z.string(),
});
export type Fingerprint = z.infer<typeof FingerprintSchema>;

/**
 * A moment the data of a backup (or of a chain up to it) can be restored to.
 * `time` is ISO-8601; `position` is the source's own coordinate for it (an
 * oplog timestamp `{t, i}` for MongoDB), which is what replay compares.
 */
export const PointSchema = z.object({ time: z.string(), position: z.record(z.string(), z.unknown()).optional() });
export type Point = z.infer<typeof PointSchema>;

/**
 * What a backup lets a restore reach. A full backup reaches its consistency
 * point (`to`); an incremental covers the interval (`from`, `to`] after its
 * parent. `replayable` says every moment inside the interval can be reached
 * (an oplog slice), not only its end (a directory increment).
 */
export const SpanSchema = z.object({ from: PointSchema.optional(), to: PointSchema, replayable: z.boolean() });
export type Span = z.infer<typeof SpanSchema>;

export const ManifestSchema = z.object({
  format: z.literal(MANIFEST_FORMAT),
  version: z.number().int(),
  id: z.string(),
  name: z.string(),
  type: z.enum(['full', 'incremental']),
  parent: z.string().nullable(),
  source: z.object({ kind: z.string(), location: z.string() }),
  startedAt: z.string(),
  finishedAt: z.string(),
  durationMs: z.number(),
  consistency: z.record(z.string(), z.unknown()).nullable(),
  size: z.number().int().nonnegative(),
  artifacts: z.array(ArtifactRecordSchema),
  fingerprint: FingerprintSchema,
  options: z.record(z.string(), z.unknown()).optional(),
  warnings: z.array(z.string()),
  tool: z.object({ name: z.string(), version: z.string() }),
  /** Absent in manifests written before chains existed: then the span is the backup's finish time. */
  span: SpanSchema.optional(),
  /** For incrementals: the id of the chain's full backup and how many links separate this one from it. */
  chain: z.object({ full: z.string(), depth: z.number().int().positive() }).optional(),
});
export type Manifest = z.infer<typeof ManifestSchema>;

/** The span of a manifest, also for manifests that predate spans. */
export function spanOf(m: Manifest): Span {
  return m.span ?? { to: { time: m.finishedAt }, replayable: false };
}

/**
 * Backup ids sort by time: `20261126T021500Z-full-3f9c`. The suffix is the millisecond in hex (3 digits) and
 * one random digit: two backups of one second (quick incrementals of a small tree) still sort in the order
 * they were taken, which `latest`, the parent of an incremental and the chain check rely on.
 */
export function newBackupId(type: 'full' | 'incremental', at = new Date()): string {
  const stamp = at.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z');
  return `${stamp}-${type}-${at.getUTCMilliseconds().toString(16).padStart(3, '0')}${(randomBytes(1)[0]! & 0xf).toString(16)}`;
}

export const BACKUP_ID_PATTERN = /^\d{8}T\d{6}Z-(full|incremental)-[0-9a-f]{4,}$/;

/** Names become folder names on every store, so they are kept to a portable alphabet. */
export const NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
