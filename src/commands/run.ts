import { ExitCode } from '../errors.js';
import type { Inputs } from '../config/schema.js';
import type { CommandName } from '../config/options.js';
import { renderSummary } from '../notify/summary.js';
import { formatBytes, formatDuration } from '../util/format.js';
import { backup } from './backup.js';
import type { CommandContext } from './context.js';
import { list } from './list.js';
import { restore } from './restore.js';
import { verify } from './verify.js';

/** What a command produced, in the forms each front end needs. */
export interface Outcome {
  command: CommandName;
  exitCode: ExitCode;
  /** The --json document. */
  json: unknown;
  /** Lines for a human on stdout. */
  text: string[];
  /** Markdown for the job summary. */
  summary: string;
  /** Action outputs. */
  outputs: Record<string, string>;
}

export async function runCommand<K extends CommandName>(command: K, inputs: Inputs[K], ctx: CommandContext): Promise<Outcome> {
  switch (command) {
    case 'backup': {
      const i = inputs as Inputs['backup'];
      const r = await backup(
        {
          source: i.source,
          to: i.to,
          name: i.name,
          compression: i.compression,
          compressionLevel: i['compression-level'],
          sourceOptions: { include: i.include, exclude: i.exclude },
        },
        ctx,
      );
      const m = r.manifest;
      const ok = r.destinations.filter((d) => d.ok);
      const failed = r.destinations.filter((d) => !d.ok);
      return {
        command,
        exitCode: failed.length ? ExitCode.OPERATIONAL : ExitCode.OK,
        json: {
          id: m.id,
          name: m.name,
          type: m.type,
          kind: m.source.kind,
          size: m.size,
          plainSize: m.artifacts.reduce((n, a) => n + a.plain.size, 0),
          durationMs: m.durationMs,
          startedAt: m.startedAt,
          finishedAt: m.finishedAt,
          artifacts: m.artifacts,
          fingerprint: m.fingerprint,
          warnings: m.warnings,
          destinations: r.destinations,
        },
        text: [
          `${m.id}  ${formatBytes(m.size)}  ${formatDuration(m.durationMs)}  ${summaryCounts(m.fingerprint.summary)}`,
          ...ok.map((d) => `  stored in ${d.location}`),
          ...failed.map((d) => `  FAILED ${d.location}: ${d.error}`),
        ],
        summary: renderSummary({ command: 'backup', result: r }),
        outputs: {
          'backup-id': m.id,
          'size-bytes': String(m.size),
          'duration-seconds': (m.durationMs / 1000).toFixed(3),
          manifest: ok.map((d) => `${d.location.replace(/\/$/, '')}/${d.manifestKey}`).join('\n'),
        },
      };
    }
    case 'restore': {
      const i = inputs as Inputs['restore'];
      const r = await restore(
        {
          from: i.from,
          name: i.name,
          backupId: i['backup-id'],
          target: i.target,
          sourceOptions: { overwrite: i.overwrite, include: i.include, exclude: i.exclude, allowExternalLinks: i['allow-external-links'] },
        },
        ctx,
      );
      return {
        command,
        exitCode: ExitCode.OK,
        json: { id: r.manifest.id, name: r.manifest.name, target: r.target, durationMs: r.durationMs, summary: r.report.summary, warnings: r.report.warnings },
        text: [`restored ${r.manifest.id} into ${r.target} in ${formatDuration(r.durationMs)}  ${summaryCounts(r.report.summary)}`],
        summary: renderSummary({ command: 'restore', result: r }),
        outputs: {
          'backup-id': r.manifest.id,
          'size-bytes': String(r.manifest.size),
          'duration-seconds': (r.durationMs / 1000).toFixed(3),
          manifest: `${r.storage.replace(/\/$/, '')}/${r.manifest.name}/${r.manifest.id}/manifest.json`,
        },
      };
    }
    case 'verify': {
      const i = inputs as Inputs['verify'];
      const r = await verify({ from: i.from, name: i.name, backupId: i['backup-id'] }, ctx);
      const last = r.backups[r.backups.length - 1];
      return {
        command,
        exitCode: r.ok ? ExitCode.OK : ExitCode.VERIFICATION,
        json: r,
        text: r.backups.map((b) => `${b.ok ? 'ok    ' : 'FAILED'} ${b.id}${b.ok ? '' : `  ${b.error ?? b.artifacts.filter((a) => !a.ok).map((a) => a.error).join('; ')}`}`),
        summary: renderSummary({ command: 'verify', result: r }),
        outputs: last ? { 'backup-id': last.id } : {},
      };
    }
    case 'list': {
      const i = inputs as Inputs['list'];
      const r = await list({ from: i.from, name: i.name }, ctx);
      const newest = r.backups[r.backups.length - 1];
      return {
        command,
        exitCode: ExitCode.OK,
        json: r.backups,
        text: r.backups.length
          ? r.backups.map((b) =>
              b.error
                ? `${b.name}  ${b.id}  UNREADABLE: ${b.error}`
                : `${b.name}  ${b.id}  ${b.type}  ${b.kind}  ${formatBytes(b.size ?? 0)}  ${formatDuration(b.durationMs ?? 0)}`,
            )
          : [`no backups in ${r.storage}${i.name ? ` named '${i.name}'` : ''}`],
        summary: renderSummary({ command: 'list', result: r }),
        outputs: newest ? { 'backup-id': newest.id, 'size-bytes': String(newest.size ?? 0) } : {},
      };
    }
  }
  throw new Error(`unknown command ${String(command)}`);
}

function summaryCounts(summary: Record<string, number>): string {
  return Object.entries(summary)
    .map(([k, v]) => `${k}=${v}`)
    .join(' ');
}
