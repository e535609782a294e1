import type { BackupResult } from '../commands/backup.js';
import type { CopyResult } from '../commands/copy.js';
import type { ListEntry } from '../commands/list.js';
import type { PruneResult } from '../commands/prune.js';
import type { DrillReport } from '../commands/drill.js';
import type { RestoreResult } from '../commands/restore.js';
import type { VerifyResult } from '../commands/verify.js';
import { formatBytes, formatDuration } from '../util/format.js';

export type SummaryInput =
  | { command: 'backup'; result: BackupResult }
  | { command: 'restore'; result: RestoreResult }
  | { command: 'verify'; result: VerifyResult }
  | { command: 'list'; result: { storage: string; backups: ListEntry[] } }
  | { command: 'prune'; result: PruneResult }
  | { command: 'drill'; result: DrillReport; history?: ListEntry[] }
  | { command: 'copy'; result: CopyResult };

/** GitHub caps a step's summary near 1 MiB; long tables are cut well before that. */
const MAX_ROWS = 500;

function esc(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function table(head: string[], rows: string[][]): string {
  const shown = rows.slice(0, MAX_ROWS);
  const lines = [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...shown.map((r) => `| ${r.map(esc).join(' | ')} |`)];
  if (rows.length > shown.length) lines.push(`\n_${rows.length - shown.length} more rows not shown_`);
  return lines.join('\n');
}

/**
 * A mermaid chart (GitHub renders it in summaries) of stored size (bars, MiB)
 * and duration (line, s) of the newest backups of one name.
 */
export function historyChart(backups: ListEntry[], max = 30): string {
  const rows = backups.filter((b) => b.size !== undefined && b.finishedAt).slice(-max);
  if (rows.length < 2) return '';
  const label = (b: ListEntry) => `"${b.finishedAt!.slice(5, 16).replace('T', ' ')}"`;
  const mib = rows.map((b) => ((b.size ?? 0) / 1048576).toFixed(2));
  const secs = rows.map((b) => ((b.durationMs ?? 0) / 1000).toFixed(1));
  return [
    '```mermaid',
    'xychart-beta',
    `  title "${esc(rows[0]!.name)}: stored size (MiB, bars) and duration (s, line)"`,
    `  x-axis [${rows.map(label).join(', ')}]`,
    `  bar [${mib.join(', ')}]`,
    `  line [${secs.join(', ')}]`,
    '```',
  ].join('\n');
}

/** Chains with incrementals (their restorable range) and broken ones; nothing when every backup is a plain full. */
function chainsTable(backups: ListEntry[]): string[] {
  const chains = backups.filter((b) => b.restorable?.incrementals);
  const broken = backups.filter((b) => b.orphan);
  if (!chains.length && !broken.length) return [];
  return [
    '### Chains',
    table(
      ['name', 'full backup', 'incrementals', 'restorable from', 'restorable to', 'points'],
      chains.map((b) => [b.name, b.id, String(b.restorable!.incrementals), b.restorable!.from, b.restorable!.to, b.restorable!.continuous ? 'any moment' : 'backup points only']),
    ),
    ...(broken.length ? ['', '### Broken chains (cannot be restored)', ...broken.map((b) => `- ${b.name} ${b.id}: ${esc(b.orphan!)}`)] : []),
    '',
  ];
}

/** Markdown for the job summary: what, where, sizes, durations. */
export function renderSummary(input: SummaryInput): string {
  switch (input.command) {
    case 'backup': {
      const { manifest: m, destinations } = input.result;
      const failed = destinations.filter((d) => !d.ok);
      return [
        `## ${failed.length ? '⚠️' : '✅'} bakup backup \`${m.name}\``,
        '',
        table(
          ['backup id', 'source', 'stored', 'before compression', 'duration'],
          [[m.id, `${m.source.kind}: ${m.source.location}`, formatBytes(m.size), formatBytes(m.artifacts.reduce((n, a) => n + a.plain.size, 0)), formatDuration(m.durationMs)]],
        ),
        '',
        '### Contents',
        table(['what', 'count'], Object.entries(m.fingerprint.summary).map(([k, v]) => [k, String(v)])),
        '',
        '### Artifacts',
        table(['artifact', 'size', 'sha256', 'compression'], m.artifacts.map((a) => [a.name, formatBytes(a.size), `\`${a.sha256.slice(0, 16)}…\``, a.compression])),
        '',
        '### Destinations',
        table(['storage', 'result'], destinations.map((d) => [d.location, d.ok ? 'ok' : `FAILED: ${d.error ?? ''}`])),
        ...(m.warnings.length ? ['', '### Warnings', ...m.warnings.map((w) => `- ${esc(w)}`)] : []),
        '',
      ].join('\n');
    }
    case 'restore': {
      const r = input.result;
      return [
        `## ✅ bakup restore \`${r.manifest.name}\``,
        '',
        table(['backup id', 'from', 'into', 'duration'], [[r.manifest.id, r.storage, r.target, formatDuration(r.durationMs)]]),
        '',
        table(['restored', 'count'], Object.entries(r.report.summary).map(([k, v]) => [k, String(v)])),
        ...checkLines(r.report.checks?.compared, r.report.checks?.notCompared),
        ...(r.report.warnings.length ? ['', '### Warnings', ...r.report.warnings.map((w) => `- ${esc(w)}`)] : []),
        '',
      ].join('\n');
    }
    case 'verify': {
      const r = input.result;
      const rows = r.backups.flatMap((b) =>
        b.artifacts.length ? b.artifacts.map((a) => [b.id, a.name, a.ok ? 'ok' : `FAILED: ${a.error ?? ''}`]) : [[b.id, '(manifest)', b.ok ? 'ok' : `FAILED: ${b.error ?? ''}`]],
      );
      return [`## ${r.ok ? '✅' : '❌'} bakup verify \`${r.name}\` in ${r.storage}`, '', table(['backup id', 'artifact', 'result'], rows), ''].join('\n');
    }
    case 'prune': {
      const r = input.result;
      return [
        `## bakup prune \`${r.name}\` in ${r.storage}${r.dryRun ? ' (dry run)' : ''}`,
        '',
        table(['backup id', 'finished', 'decision', 'kept by'], r.plan.map((p) => [p.id, p.finishedAt ?? '?', p.keep ? 'keep' : r.dryRun ? 'would remove' : 'removed', p.reasons.join(', ')])),
        ...(r.orphans.length ? ['', '### Orphaned folders swept', ...r.orphans.map((o) => `- ${o.folder} (${o.objects} objects)`)] : []),
        '',
      ].join('\n');
    }
    case 'drill': {
      const r = input.result;
      const objective = (v: number | undefined, max: number | undefined) =>
        // Unknown (the restore failed before it could be measured) is not "missed": the failure says what happened.
        `${v === undefined ? '?' : formatDuration(v)}${max === undefined ? '' : ` (objective ${formatDuration(max)}${v === undefined ? '' : v <= max ? ': met' : ': MISSED'})`}`;
      const names = [...new Set((input.history ?? []).map((b) => b.name))];
      return [
        `## ${r.ok ? '✅' : '❌'} bakup restore drill \`${r.name}\`: ${r.ok ? 'passed' : 'FAILED'}`,
        '',
        table(
          ['backup id', 'from', 'throwaway target', 'RPO (backup age)', 'RTO (restore time)'],
          [[r.backupId ?? '?', r.storage, r.target, objective(r.rpoMs, r.maxAgeMs), objective(r.rtoMs, r.maxRestoreMs)]],
        ),
        '',
        ...(r.restored ? [table(['restored', 'count'], Object.entries(r.restored).map(([k, v]) => [k, String(v)])), ''] : []),
        ...checkLines(r.compared, r.notCompared),
        ...(r.differences.length ? ['### Differences from the backup\'s fingerprint', table(['item', 'backup', 'restored'], r.differences.map((d) => [d.item, d.expected, d.actual])), ''] : []),
        ...(r.failures.length ? ['### Failures', ...r.failures.map((f) => `- ${esc(f)}`), ''] : []),
        ...names.map((n) => historyChart((input.history ?? []).filter((b) => b.name === n))),
        '',
      ].join('\n');
    }
    case 'copy': {
      const r = input.result;
      const rows = r.backups.flatMap((b) =>
        b.destinations.map((d) => [
          b.id,
          b.type ?? '?',
          b.size === undefined ? '?' : formatBytes(b.size),
          d.location,
          d.status === 'copied' ? 'copied' : d.status === 'skipped' ? 'skipped: identical backup already there' : `FAILED: ${d.reason ?? ''}`,
        ]),
      );
      const failed = r.backups.some((b) => b.destinations.some((d) => d.status === 'failed'));
      return [
        `## ${failed ? '❌' : '✅'} bakup copy \`${r.name}\` from ${r.from}`,
        '',
        table(['backup id', 'type', 'stored size', 'to', 'result'], rows),
        '',
        `${formatBytes(r.bytesRead)} read in ${formatDuration(r.durationMs)}; every artifact checked against its size and SHA-256 on the way.`,
        '',
      ].join('\n');
    }
    case 'list': {
      const r = input.result;
      const names = [...new Set(r.backups.map((b) => b.name))];
      return [
        `## bakup list: ${r.storage}`,
        '',
        table(
          ['name', 'backup id', 'type', 'kind', 'size', 'duration', 'finished'],
          r.backups.map((b) => [b.name, b.id, b.type ?? '?', b.kind ?? '?', b.size === undefined ? '?' : formatBytes(b.size), b.durationMs === undefined ? '?' : formatDuration(b.durationMs), b.error ? `UNREADABLE: ${b.error}` : (b.finishedAt ?? '')]),
        ),
        '',
        ...chainsTable(r.backups),
        ...names.slice(0, 10).map((n) => historyChart(r.backups.filter((b) => b.name === n))),
        '',
      ].join('\n');
    }
  }
}

/** What a restore compared with the backup, and what it could not (incremental chains, replayed oplogs). */
function checkLines(compared: string[] | undefined, notCompared: string[] | undefined): string[] {
  if (!compared && !notCompared) return [];
  return [
    '',
    '### Compared with the backup',
    ...(compared ?? []).map((c) => `- ✔ ${esc(c)}`),
    ...(notCompared ?? []).map((c) => `- not compared: ${esc(c)}`),
    '',
  ];
}
