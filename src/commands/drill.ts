import type { Fingerprint, Manifest } from '../catalog/manifest.js';
import { itemDifferences } from '../catalog/fingerprint.js';
import type { RestoreReport, SourceOptions } from '../sources/source.js';
import { openTarget } from '../sources/open.js';
import { Progress } from '../progress/progress.js';
import type { StorageOptions } from '../storage/open.js';
import { asBakupError, errorMessage, BakupError, ExitCode } from '../errors.js';
import { formatDuration } from '../util/format.js';
import { restore } from './restore.js';
import { readManifest, resolveBackup } from '../catalog/catalog.js';
import { openStorage } from '../storage/open.js';
import type { Storage } from '../storage/storage.js';
import type { EncryptionKeys } from '../pipeline/encryption.js';
import type { CommandContext } from './context.js';

export interface DrillOptions {
  from: string;
  name: string;
  backupId: string;
  target: string;
  maxAgeMs?: number;
  maxRestoreMs?: number;
  sourceOptions?: SourceOptions;
  storageOptions?: StorageOptions;
  keys?: EncryptionKeys;
}

export interface FingerprintDifference {
  item: string;
  expected: string;
  actual: string;
}

export interface DrillReport {
  ok: boolean;
  name: string;
  backupId?: string;
  kind?: string;
  storage: string;
  target: string;
  /** Age of the backup when the drill started (the recovery point actually achieved). */
  rpoMs?: number;
  /** How long the restore took (the recovery time actually achieved). */
  rtoMs?: number;
  maxAgeMs?: number;
  maxRestoreMs?: number;
  differences: FingerprintDifference[];
  /**
   * Set when the restored data is not meant to equal the manifest's fingerprint (an incremental chain, or an oplog
   * replayed over a full backup): what the restore compared with the backup instead, and what nothing compared.
   */
  compared?: string[];
  notCompared?: string[];
  failures: string[];
  restored?: RestoreReport['summary'];
  /** The exit code of the error that stopped the restore: 3 when the backup failed its checks, 1 when the target was unreachable… */
  restoreExitCode?: ExitCode;
  startedAt: string;
}

/** The first 12 hex digits of a digest, after its scheme prefix (`sha256sum8:…`), enough to tell two apart. */
const shortDigest = (d: string) => d.replace(/^(sha256sum8|sha256):/, '').slice(0, 12);

/** Lists where two fingerprints disagree: counts, per-item digests and counts, the overall digest. */
export function compareFingerprints(expected: Fingerprint, actual: Fingerprint): FingerprintDifference[] {
  const diffs: FingerprintDifference[] = [];
  for (const key of new Set([...Object.keys(expected.summary), ...Object.keys(actual.summary)])) {
    const e = expected.summary[key];
    const a = actual.summary[key];
    if (e !== a) diffs.push({ item: key, expected: String(e ?? '—'), actual: String(a ?? '—') });
  }
  // A fingerprint recorded without items (an older backup, a flat tree of too many names) is compared by its
  // counts and digest only: the restored side's items have nothing to meet.
  for (const { item, recorded: e, found: a } of itemDifferences(expected.items, expected.items ? actual.items : undefined)) {
    if (!e || !a) diffs.push({ item, expected: e ? `present (${e.count ?? '?'})` : 'absent', actual: a ? `present (${a.count ?? '?'})` : 'absent' });
    else diffs.push({ item, expected: `${e.count ?? '?'} / ${shortDigest(e.digest)}`, actual: `${a.count ?? '?'} / ${shortDigest(a.digest)}` });
  }
  if (expected.digest !== actual.digest && diffs.length === 0) diffs.push({ item: 'digest', expected: expected.digest.slice(0, 16), actual: actual.digest.slice(0, 16) });
  return diffs;
}

/**
 * The restore drill: restore a backup into a throwaway target, fingerprint
 * what landed there independently of the restore, compare it with what the
 * backup recorded, and hold the achieved RPO/RTO against the objectives.
 * It reports rather than throws, so the report reaches the summary and Slack
 * even when the drill fails.
 */
export async function drill(opts: DrillOptions, ctx: CommandContext): Promise<DrillReport> {
  const startedAt = new Date();
  const report: DrillReport = {
    ok: false,
    name: opts.name,
    storage: opts.from,
    target: opts.target,
    maxAgeMs: opts.maxAgeMs,
    maxRestoreMs: opts.maxRestoreMs,
    differences: [],
    failures: [],
    startedAt: startedAt.toISOString(),
  };
  // Which backup, first: its id, kind and age (the RPO) belong in the report even when its restore fails.
  let manifest: Manifest;
  let checks: RestoreReport['checks'];
  // A step that fails goes into the report (the drill's outcome); bad input stays the user's error.
  const failed = (step: string, err: unknown): DrillReport => {
    if (err instanceof BakupError && err.exitCode === ExitCode.USAGE) throw err;
    report.failures.push(`${step} failed: ${errorMessage(err)}`);
    report.restoreExitCode = asBakupError(err).exitCode;
    return report;
  };
  // One handle for the manifest and the restore: a GitHub artifact store downloads once.
  let storage: Storage | undefined;
  try {
    try {
      storage = await openStorage(opts.from, '--from', opts.storageOptions);
      manifest = await readManifest(storage, await resolveBackup(storage, opts.name, opts.backupId));
      Object.assign(report, { backupId: manifest.id, kind: manifest.source.kind, storage: storage.location, rpoMs: startedAt.getTime() - Date.parse(manifest.finishedAt) });
    } catch (err) {
      return failed('reading the backup', err);
    }
    try {
      const r = await restore(
        { from: opts.from, name: opts.name, backupId: manifest.id, manifest, storage, target: opts.target, sourceOptions: opts.sourceOptions, storageOptions: opts.storageOptions, keys: opts.keys },
        ctx,
      );
      Object.assign(report, { storage: r.storage, target: r.target, rtoMs: r.durationMs, restored: r.report.summary });
      checks = r.report.checks;
    } catch (err) {
      return failed('restore', err);
    }
  } finally {
    await storage?.close?.().catch(() => undefined);
  }
  if (checks) {
    // The target holds data the manifest has no fingerprint of; the restore compared what could be compared.
    report.compared = checks.compared;
    report.notCompared = checks.notCompared;
    return finish(report, opts);
  }
  const target = await openTarget(manifest.source.kind, opts.target, '--target', opts.sourceOptions);
  try {
    const progress = new Progress(ctx.log, `drill fingerprint ${opts.name}`);
    try {
      report.differences = compareFingerprints(manifest.fingerprint, await target.fingerprint({ log: ctx.log, progress }, manifest));
    } finally {
      progress.stop();
    }
  } catch (err) {
    report.failures.push(`fingerprinting the target failed: ${errorMessage(err)}`);
  } finally {
    await target.close?.().catch(() => undefined);
  }
  if (report.differences.length) report.failures.push(`restored data differs from the backup's fingerprint in ${report.differences.length} place(s)`);
  return finish(report, opts);
}

/** Holds the achieved RPO and RTO against the objectives and sets the verdict. */
function finish(report: DrillReport, opts: DrillOptions): DrillReport {
  if (opts.maxAgeMs !== undefined && (report.rpoMs ?? 0) > opts.maxAgeMs) {
    report.failures.push(`RPO missed: the backup is ${formatDuration(report.rpoMs!)} old, the objective is ${formatDuration(opts.maxAgeMs)}`);
  }
  if (opts.maxRestoreMs !== undefined && (report.rtoMs ?? 0) > opts.maxRestoreMs) {
    report.failures.push(`RTO missed: the restore took ${formatDuration(report.rtoMs!)}, the objective is ${formatDuration(opts.maxRestoreMs)}`);
  }
  report.ok = report.failures.length === 0;
  return report;
}
